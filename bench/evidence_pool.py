"""The labelling pool for the evidence check: product × persona pairs with every review of the product.

Readers label each review for the pair's persona as useful / generic / irrelevant / misleading
without seeing what any picker chose, so the pool is built by a fixed rule that knows nothing of
the pickers:

- products with at most MAX_REVIEWS reviews (so every review a picker could quote is labelled);
- per persona, PAIRS_PER_PERSONA products drawn with a seeded RNG, about a third from the
  persona's preferred brands, avoiding a brand or category already drawn for that persona and
  a product already drawn for another persona while any remain;
- every review of the product, all ratings, in id order.

Reproduce (from the repository root):
    python bench/evidence_pool.py --out /work/evidence-labels
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from crm_core.catalog import Catalog
from crm_core.domain import Persona, Product, Review

MAX_REVIEWS = 25
PAIRS_PER_PERSONA = 10
PREFERRED_SHARE = 3  # of every PAIRS_PER_PERSONA draws, this many from the persona's preferred brands
SEED = 17
SHARDS = ("a", "b", "c")


def persona_record(persona: Persona) -> dict:
    return {
        "label": persona.label_kr,
        "description": f"{persona.age_min}–{persona.age_max}세. {persona.shopping_style}. 중요하게 여기는 것: "
        f"{persona.value_focus}",
        "concerns": list(persona.skin_concerns),
    }


def product_record(product: Product) -> dict:
    return {
        "id": product.id,
        "brand": product.brand,
        "name": product.name,
        "category": product.category,
        "key_facts": {
            "price_krw": product.price,
            "volume": product.volume,
            "key_ingredients": list(product.key_ingredients),
            "selling_points": list(product.selling_points),
            "functional_claims": list(product.functional_claims),
            "skin_types": list(product.skin_types),
        },
    }


def review_record(review: Review) -> dict:
    return {"review_id": review.id, "text": review.text, "rating": review.rating}


def draw_products(persona: Persona, eligible: list[Product], used: set[str], rng: random.Random) -> list[Product]:
    """PAIRS_PER_PERSONA varied products for one persona (see the module docstring for the rule)."""
    order = eligible[:]
    rng.shuffle(order)
    chosen: list[Product] = []
    brands: set[str] = set()
    categories: set[str] = set()

    def take(preferred: bool, limit: int) -> None:
        for strict in (True, False):
            for product in order:
                if len(chosen) >= limit:
                    return
                if product in chosen or (product.brand in persona.brand_pref) != preferred:
                    continue
                fresh = product.brand not in brands and product.category not in categories and product.id not in used
                if strict and not fresh:
                    continue
                chosen.append(product)
                brands.add(product.brand)
                categories.add(product.category)

    take(preferred=True, limit=PREFERRED_SHARE)
    take(preferred=False, limit=PAIRS_PER_PERSONA)
    return chosen


def build_pool(catalog: Catalog) -> list[dict]:
    by_product: dict[str, list[Review]] = {}
    for review in catalog.reviews:
        by_product.setdefault(review.product_id, []).append(review)
    eligible = sorted(
        (p for p in catalog.products if 0 < len(by_product.get(p.id, [])) <= MAX_REVIEWS), key=lambda p: p.id
    )
    rng = random.Random(SEED)
    used: set[str] = set()
    pool = []
    for persona in catalog.personas:
        for product in draw_products(persona, eligible, used, rng):
            used.add(product.id)
            reviews = sorted(by_product[product.id], key=lambda r: r.id)
            pool.append(
                {
                    "pair_id": f"{persona.name}|{product.id}",
                    "persona_index": persona.index,
                    "product": product_record(product),
                    "persona": persona_record(persona),
                    "reviews": [review_record(r) for r in reviews],
                }
            )
    return pool


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="catalog folder (default: data/)")
    parser.add_argument("--out", default="/work/evidence-labels", help="folder for pool*.jsonl and READY")
    args = parser.parse_args()
    pool = build_pool(Catalog.load(args.data))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "pool.jsonl", pool)
    for i, shard in enumerate(SHARDS):  # round-robin, so each shard has every persona
        write_jsonl(out / f"pool-{shard}.jsonl", pool[i :: len(SHARDS)])
    (out / "READY").touch()
    reviews = sum(len(p["reviews"]) for p in pool)
    print(f"{len(pool)} pairs, {reviews} reviews → {out}")


if __name__ == "__main__":
    main()
