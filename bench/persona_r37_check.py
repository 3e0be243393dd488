"""Round 37: the "customer" notes of readings 90-91, counted over a dump of persona_strict_check (every channel).

The readers' weakest messages spoke to the wrong reader in four cells; each is counted apart, with how many of its
messages carry a reason that fits that reader (persona_strict_check's strict rule, or the r37 reason below):

- natural_active: a natural reader of a product with a strong active (a retinol, 고농도 나이아신아마이드: s5479,
  s6749, s2607): besides the strict origin/plant/earth, the catalog's slow start said as a comfortable pace
  ("…간격으로 편안하게 익혀 가면", "피부가 편안한 속도") or the catalog's comfort ("매일 써도 편안", "순하게");
- luxury_unaged: a luxury reader of a product with no anti-ageing function or active (shampoo, toner, sun stick: s1686,
  s2808, s3958, s9015): the strict rule (the house's research, a figure, firmness);
- sensitive_unfit: a sensitive reader of a product whose catalog does not list sensitive skin (s5516, s1537, s8740,
  s4895): the strict rule (a mildness fact, a soothing ingredient, a test first, a care tip);
- trend_user: a trend reader at retention (stage 2: s3974, s7655, s4240): the strict rule.

    PYTHONPATH=. python bench/persona_strict_check.py --n 600 --dump /tmp/dump.jsonl
    PYTHONPATH=. python bench/persona_r37_check.py /tmp/dump.jsonl [--examples natural_active]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from persona_strict_check import AGEING, CHANNELS

from crm_core.domain import Product
from crm_core.generation.composer.facts import strong_actives
from crm_core.generation.composer.fit import AGE_ACTIVES

# a natural reader's comfort over time, as fit.py says it from the catalog (never "자연 유래" of an active)
NATURAL_PACE = re.compile("편안한 속도|편안하게 익혀|편안하게 쓰면|매일 써도 편안|오래 써도 편안|순하게 쓰기|순한 제품")
CELLS = ("natural_active", "luxury_unaged", "sensitive_unfit", "trend_user")


def cell_of(row: dict, product: dict) -> str | None:
    """The round-37 cell a dumped message belongs to, None where it is in none."""
    persona = row["persona"]
    if persona == "natural" and strong_actives(Product(**product)):
        return "natural_active"
    if persona == "luxury":
        aged = "주름개선" in product.get("functional_claims", []) or any(
            a in i for i in product.get("key_ingredients", []) for a in AGE_ACTIVES
        )
        aged = aged or any(AGEING.search(c) for c in product.get("claims", []))
        return None if aged else "luxury_unaged"
    if persona == "sensitive" and "민감성" not in product.get("skin_types", []):
        return "sensitive_unfit"
    if persona == "trend" and row.get("stage") == 2:
        return "trend_user"
    return None


def fits_reader(cell: str, row: dict, bare: str) -> bool:
    """Whether the message carries a reason that fits the cell's reader (see the module's docstring)."""
    if row["strict"]:
        return True
    return cell == "natural_active" and bool(NATURAL_PACE.search(bare))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--examples", default="", help="cells whose misses are printed (comma-separated)")
    args = parser.parse_args()
    products = {p["name"]: p for p in json.loads(Path("data/products.json").read_text(encoding="utf-8"))}
    total: dict[str, Counter] = defaultdict(Counter)
    hit: dict[str, Counter] = defaultdict(Counter)
    misses: dict[str, list[str]] = defaultdict(list)
    for line in args.dump.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        product = products.get(row["product"])
        if product is None:
            continue
        cell = cell_of(row, product)
        if cell is None:
            continue
        bare = row["text"].replace(row["product"], " ")
        total[cell][row["channel"]] += 1
        if fits_reader(cell, row, bare):
            hit[cell][row["channel"]] += 1
        else:
            misses[cell].append(f"[{row['channel']} s{row.get('stage')}] {row['product']}: {row['text'][:220]}")
    print_cells(CELLS, hit, total, misses, args.examples, 12)


def print_cells(cells: tuple[str, ...], hit: dict, total: dict, misses: dict, examples: str, shown: int) -> None:
    """The fits-the-reader table per cell and channel, then up to `shown` misses of each cell named in `examples`."""
    print("| cell (fits the reader) | " + " | ".join(CHANNELS) + " | all |\n|---|" + "---|" * (len(CHANNELS) + 1))
    for cell in cells:
        counts = [f"{hit[cell][c]}/{total[cell][c]}" for c in CHANNELS]
        print(f"| {cell} | " + " | ".join(counts) + f" | {sum(hit[cell].values())}/{sum(total[cell].values())} |")
    for cell in filter(None, examples.split(",")):
        for text in misses.get(cell, [])[:shown]:
            print(f"  {cell}: {text}")


if __name__ == "__main__":
    main()
