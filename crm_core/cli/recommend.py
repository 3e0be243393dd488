"""`python -m crm_core recommend`: products for a persona or a custom profile, or `recommend train`."""

from __future__ import annotations

import argparse
import sys
import time

from crm_core.catalog import Catalog
from crm_core.cli import print_json
from crm_core.config import load_settings
from crm_core.errors import InvalidInput
from crm_core.recommend import AGE_GROUPS, CONCERNS, DEFAULT_RECOMMENDER, RECOMMENDERS, TwoTowerSettings, custom_profile


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "recommend",
        help="which products fit a persona or customer profile (or `recommend train`)",
        description="Prints a JSON list [{product_id, name, brand, score, reasons}]; the recommender used and "
        "any flags (e.g. no_trained_model) go to stderr. `recommend train` trains the two-tower model.",
    )
    parser.add_argument("action", nargs="?", choices=["train"], help="train the two-tower model instead")
    parser.add_argument("--persona", help="persona index or name, e.g. 1 or Sensitive_Skin")
    parser.add_argument("--age", help=f"custom profile: age group ({', '.join(AGE_GROUPS)}) or an age")
    parser.add_argument("--skin_type", help="custom profile: 건성, 지성, 복합성, 민감성 or 중성")
    parser.add_argument("--concern", action="append", default=[], help=f"repeatable; one of {', '.join(CONCERNS)}")
    parser.add_argument("--brand", help="only this brand's products")
    parser.add_argument("--k", type=int, default=3, help="how many products (default 3)")
    parser.add_argument("--recommender", default=DEFAULT_RECOMMENDER, help=f"one of {', '.join(RECOMMENDERS)}")
    parser.add_argument("--model", help="two-tower model file (default: models_dir/recommender/two_tower.pt)")
    parser.add_argument("--data", help="catalog folder (default: settings data_dir)")
    parser.add_argument("--seed", type=int, default=0, help="train: random seed (default 0)")
    parser.add_argument("--epochs", type=int, default=TwoTowerSettings.epochs, help="train: epochs")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from crm_core.recommend.service import ProductRecommender, default_model_path, train_two_tower

    settings = load_settings()
    model_path = args.model or default_model_path(settings.models_dir)
    if args.action == "train":
        if args.epochs < 1:
            raise InvalidInput("epochs", f"must be at least 1, got {args.epochs}")
        catalog = Catalog.load(args.data or settings.data_dir)
        start = time.perf_counter()
        model = train_two_tower(catalog, model_path, TwoTowerSettings(seed=args.seed, epochs=args.epochs))
        print(f"trained in {time.perf_counter() - start:.1f}s → {model_path}", file=sys.stderr)
        print_json({"model": str(model_path), "data_hash": model.data_hash, "metrics": model.metrics})
        return 0
    custom = args.age is not None or args.skin_type is not None or bool(args.concern)
    if args.persona is not None and custom:
        raise InvalidInput("persona", "give --persona or a custom profile (--age/--skin_type/--concern), not both")
    if args.persona is None and not custom:
        raise InvalidInput("persona", "give --persona or a custom profile (--age/--skin_type/--concern)")
    profile = None if args.persona is not None else custom_profile(args.age, args.skin_type, args.concern)
    catalog = Catalog.load(args.data or settings.data_dir)
    service = ProductRecommender(catalog, model_path)
    options = {"brand": args.brand, "k": args.k, "recommender": args.recommender}
    recs = service.for_persona(args.persona, **options) if profile is None else service.recommend(profile, **options)
    print(f"recommender: {recs.recommender}; flags: {', '.join(recs.flags) or 'none'}", file=sys.stderr)
    for note in recs.notes:
        print(f"note: {note}", file=sys.stderr)
    print_json([i.to_json() for i in recs.items])
    return 0
