"""What each evidence picker quotes for every pair of the labelling pool, one JSON line per pair.

Pickers:
- `retrieval` — the app's evidence source (`RetrievalEvidence.evidence(...).reviews`) of whatever
  crm_core is on the path, lexical-only as the app runs without a local embedding model;
- `rating` — highest rating first (then review id), whole reviews, the baseline.

Reproduce (from the repository root; main's picks were taken in an untouched checkout of main):
    PYTHONPATH=. python bench/evidence_picks.py --picker retrieval --out bench/results/evidence-picks-new.jsonl
    PYTHONPATH=. python bench/evidence_picks.py --picker rating --out bench/results/evidence-picks-rating.jsonl
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from crm_core.catalog import Catalog
from crm_core.domain import Brief, ContextMode, EvidenceItem
from crm_core.retrieval import CatalogRetriever, RetrievalEvidence

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "bench/data/evidence/pool.jsonl"
TOP_KS = (3, 5)


def load_pool(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def brief_for(pair: dict, number: int, top_k: int) -> Brief:
    """A rag brief for the pair; stage and style vary over pairs (main ignores them for reviews)."""
    product = pair["product"]
    return Brief(
        persona=pair["persona_index"],
        brand=product["brand"],
        product=product["name"],
        stage_index=number % 5,
        style_index=number % 6,
        top_k=top_k,
        context_mode=ContextMode.rag,
    )


def pick_record(rank: int, item: EvidenceItem) -> dict:
    """Every field the item carries (new fields such as polarity appear when the code has them)."""
    record = {"rank": rank, **item.model_dump(mode="json")}
    record["review_id"] = record.get("review_id") or item.source_id.split("#")[0]
    return record


def retrieval_picks(catalog: Catalog, pool: list[dict]) -> list[dict]:
    source = RetrievalEvidence(catalog, CatalogRetriever(catalog, embedder=None, use_cache=False))
    rows = []
    for number, pair in enumerate(pool):
        for top_k in TOP_KS:
            evidence = source.evidence(catalog.resolve(brief_for(pair, number, top_k)))
            picks = [pick_record(rank, item) for rank, item in enumerate(evidence.reviews, start=1)]
            rows.append({"pair_id": pair["pair_id"], "top_k": top_k, "picks": picks, "status": evidence.status})
    return rows


def rating_picks(catalog: Catalog, pool: list[dict]) -> list[dict]:
    rows = []
    for pair in pool:
        reviews = sorted(
            (r for r in catalog.reviews if r.product_id == pair["product"]["id"]), key=lambda r: (-r.rating, r.id)
        )
        for top_k in TOP_KS:
            picks = [
                {"rank": rank, "source_id": r.id, "review_id": r.id, "text": r.text, "rating": r.rating}
                for rank, r in enumerate(reviews[:top_k], start=1)
            ]
            rows.append({"pair_id": pair["pair_id"], "top_k": top_k, "picks": picks, "status": "highest rating first"})
    return rows


PICKERS = {"retrieval": retrieval_picks, "rating": rating_picks}


def code_version() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--picker", choices=sorted(PICKERS), required=True)
    parser.add_argument("--pool", type=Path, default=POOL)
    parser.add_argument("--data", default=None, help="catalog folder (default: data/)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    catalog = Catalog.load(args.data)
    rows = PICKERS[args.picker](catalog, load_pool(args.pool))
    header = {"picker": args.picker, "code": code_version(), "pairs": len(rows) // len(TOP_KS), "top_ks": TOP_KS}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"meta": header}, ensure_ascii=False)] + [json.dumps(r, ensure_ascii=False) for r in rows]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.picker}: {len(rows)} rows → {args.out}")


if __name__ == "__main__":
    main()
