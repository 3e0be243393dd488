"""Round 40: the trend, natural and budget readers, per channel, over persona_r38_check's grid.

Readings 96-97 put customer fit lowest again; trend 3.25 / 3.08 ("트렌드 고객에게 새로움·결과 포인트가 없음" s2696,
"재미·새로움 관점이 없음" s1236), natural ("원료 관점 없음" s2051, s7392, s3044), budget ("70매 가격 대비 가치 같은
가성비 관점이 없음" s2967, "8만 원대 아이크림의 가치나 후기" s4127, "정가를 나열만 해" s7521). This check sends the
grid's natural briefs (each product on every channel, two briefs each) to each of the three readers and counts, per
cell and channel, the messages that carry the reader's own reason by persona_strict_check's rule (natural: by
persona_r38_check's rule, an origin said where the catalog has one).

    PYTHONPATH=. python bench/reader_r40_check.py [--examples trend] [--dump /tmp/r40.jsonl]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline
from persona_r38_check import cell_of, count_cells, fits_reader, specs
from persona_strict_check import strict_reason

CELLS = ("trend", "natural_origin", "natural_plain", "budget")
READERS = {"trend": 3, "budget": 2}  # persona indexes; the grid's natural briefs (4) stay natural


def cell_for(spec: dict, product) -> str:  # type: ignore[no-untyped-def]
    if spec["persona"] == 4:
        return cell_of("natural", product)
    return "trend" if spec["persona"] == READERS["trend"] else "budget"


def fits(cell: str, product, bare: str, house: str) -> bool:  # type: ignore[no-untyped-def]
    if cell.startswith("natural"):
        return fits_reader(cell, product, bare, house)
    return strict_reason(cell, product, bare)


def main() -> None:
    pipeline, catalog = checked_pipeline()
    natural = [s for s in specs(catalog) if s["persona"] == 4]
    chosen = natural + [s | {"persona": p} for p in READERS.values() for s in natural]
    only = os.environ.get("READER_R40_ONLY")  # e.g. "trend": one reader's cells, for a quicker count
    if only:
        chosen = [s for s in chosen if s["persona"] == (READERS | {"natural": 4})[only]]
    count_cells(pipeline, chosen, cell_for, fits, CELLS)


if __name__ == "__main__":
    main()
