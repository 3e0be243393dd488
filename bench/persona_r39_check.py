"""Round 39: the luxury reader of a product with no anti-ageing fact, and the trend reader, over every product.

Readings 94-95 put customer fit lowest again (3.68 / 3.52): luxury readers of products with no anti-ageing fact were
given "nothing they trust" (s1684, s3365, s5310, s7938: "근거 성분을 보는 고객에게 줄 정보가 약산성 하나뿐"), trend
readers "no trend point" (s9888, s3780, s9542). This check sends persona_r38_check's grid (each product on every
channel, two briefs each) to the luxury and the trend reader and counts, per cell:

- luxury_unaged: persona_r38_check's rule (the strict luxury rule, or 인삼 / 세라마이드 named), or a trusted
  ingredient said with what it does (facts.TRUSTED_ROLES: "세라마이드는 피부 장벽을 이루는 성분"), or the registered
  UV protection said as a function ("자외선 차단 기능성");
- luxury_aged: the same rule, for reference;
- trend: persona_strict_check's trend rule (a catalog feature tied to a trend word in one sentence, or talk among
  users).

    PYTHONPATH=. python bench/persona_r39_check.py [--examples luxury_unaged,trend] [--dump /tmp/r39.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline
from persona_r38_check import cell_of, count_cells, fits_reader, specs
from persona_strict_check import strict_reason

try:  # the roles live in facts.py where round 39's luxury change is applied (reverted on r39-persona: see report)
    from crm_core.generation.composer.facts import TRUSTED_ROLES  # type: ignore[attr-defined]
except ImportError:
    TRUSTED_ROLES: dict[str, tuple[str, str]] = {}

CELLS = ("luxury_aged", "luxury_unaged", "trend")
TREND = 3  # persona index: persona_r38_check's grid sends its natural briefs (4) to the trend reader instead


def role_said(product, bare: str) -> bool:  # type: ignore[no-untyped-def]
    """A trusted ingredient of the product named with its role (facts.TRUSTED_ROLES), in one sentence."""
    for ingredient in product.key_ingredients:
        role = TRUSTED_ROLES.get(ingredient.split()[0])
        if role and any(ingredient.split()[0] in s and role[0] in s for s in bare.replace("\n", ". ").split(". ")):
            return True
    return False


def fits(cell: str, product, bare: str, house: str) -> bool:  # type: ignore[no-untyped-def]
    if cell == "trend":
        return strict_reason("trend", product, bare)
    uv = "자외선차단" in product.functional_claims and "자외선 차단" in bare and "기능성" in bare
    return fits_reader(cell, product, bare, house) or role_said(product, bare) or uv


def main() -> None:
    pipeline, catalog = checked_pipeline()
    chosen = [s | {"persona": TREND} if s["persona"] == 4 else s for s in specs(catalog)]
    count_cells(
        pipeline,
        chosen,
        lambda spec, product: "trend" if spec["persona"] == TREND else cell_of("luxury", product),
        fits,
        CELLS,
    )


if __name__ == "__main__":
    main()
