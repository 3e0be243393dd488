"""How a real brief sheet fares against the catalog: rows that resolve (by match kind), rows refused
(by field), with and without name-only; plus a spot check listing 50 normalised matches to review.

Run: python -m bench.briefs_report ../shared/reference/prototype-data/briefs_2000.csv
Writes bench/results/briefs-2000-<date>.md and bench/results/briefs-2000-spot-check-<date>.md.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from crm_core.briefs import load_sheet
from crm_core.catalog import Catalog

COMMAND = "python -m bench.briefs_report ../shared/reference/prototype-data/briefs_2000.csv"


def summary(path: Path, catalog: Catalog) -> tuple[list[str], list[tuple[str, str, str]]]:
    raw = load_sheet(path)
    lines, normalised = [], []
    for mode in ("error", "name_only"):
        sheet = raw.prepared(None, mode).validate(catalog)
        kinds = Counter(r.product_match.kind for r in sheet.resolved.values() if r.product_match)
        fields = Counter(e.field for e in sheet.errors)
        total = sheet.total
        lines += [
            f"### --unknown_products {mode}",
            f"- rows: {total}; resolve (will generate): {len(sheet.briefs)} ({len(sheet.briefs) / total:.1%}); "
            f"row-level errors: {len(sheet.errors)} ({len(sheet.errors) / total:.1%})",
            "- by match kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()),
            "- errors by field: " + ", ".join(f"{k} {n}" for k, n in fields.most_common()),
            f"- errors with no field named: {sum(1 for e in sheet.errors if not e.field or e.field == '(row)')}",
            "",
        ]
        if mode == "error":
            normalised = [
                (r.brand.name, r.product_match.from_, r.product.name)
                for r in sheet.resolved.values()
                if r.product_match and r.product_match.kind == "normalised"
            ]
    return lines, normalised


def main(path: str) -> None:
    catalog = Catalog.load()
    lines, normalised = summary(Path(path), catalog)
    today = date.today().isoformat()
    out = Path(__file__).parent / "results"
    head = [f"# {Path(path).name} against the sample catalog ({today})", "", f"Command: `{COMMAND}`", ""]
    (out / f"briefs-2000-{today}.md").write_text("\n".join(head + lines) + "\n", encoding="utf-8")
    distinct = sorted(set(normalised))
    sample = random.Random(7).sample(distinct, min(50, len(distinct)))
    rows = ["| # | brand | sheet text | matched catalog product | verdict |", "|---|---|---|---|---|"]
    rows += [f"| {i} | {b} | {s} | {p} | |" for i, (b, s, p) in enumerate(sample, 1)]
    spot = [f"# Spot check: {len(sample)} of {len(distinct)} distinct normalised matches ({today})", "",
            f"Command: `{COMMAND}` (sample: random.Random(7))", "", *rows]  # fmt: skip
    (out / f"briefs-2000-spot-check-{today}.md").write_text("\n".join(spot) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/prototype-data/briefs_2000.csv")
