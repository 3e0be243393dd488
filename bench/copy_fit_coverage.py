"""Customer fit coverage: how many long-form plans carry a clause for their reader's value focus.

For every second catalog product x 5 personas x 5 stages (LMS, information style, sampled reviews as in
copy_eval.py), a plan counts when its proofs hold a fact chosen for the reader (reason), the reader's
value-focus sentence (fit, see crm_core/generation/composer/fit.py), the reader's care line (angle), a
share line (referral) or a patch-test caution. Blind readings rated customer fit lowest; this is the
mechanical side of it (a reader still judges whether the clause persuades).

A care tip or a share line fits any product of its kind; the second column counts only plans that say a
concrete sentence for the reader from evidence: the reader's fit (fit.py), a catalog fact chosen for them
(reason), the reader's fact-led opener, or a budget reader's dose or function line (reader.py, from the
catalog). The last lines count
what readers marked down: a budget price said bare, a luxury reader offered a common helper (판테놀 …)
as the welcome ingredient while the product's signature goes unnamed in that sentence.

    PYTHONPATH=. python bench/copy_fit_coverage.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

WELCOMED = re.compile(r"반가운 건 ([^을를·]+)")  # "… 반가운 건 판테놀을 담았다는 점이에요"
READER_KINDS = frozenset({"reason", "fit", "angle", "share"})
CONCRETE_KINDS = frozenset({"reason", "fit"})
FALLBACK_END = "을 소개해 드려요."  # lines.OPENER_FALLBACK: no fact to open on
# Helpers in many formulas: no welcome ingredient on their own (kept here so that an older composer measures too).
HELPERS = frozenset({"판테놀", "덱스판테놀", "알란토인", "스쿠알란", "히알루론산", "아미노산", "토코페롤", "글리세린"})


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from copy_eval import SampledReviews

    from crm_core.catalog import Catalog
    from crm_core.config import load_settings
    from crm_core.domain import Brief
    from crm_core.generation.base import GenerationRequest
    from crm_core.generation.composer.plan import build_plan

    catalog = Catalog.load(load_settings().data_dir)
    reviews = SampledReviews(catalog)
    total, covered, concrete, bare_price, helper_alone = Counter(), Counter(), Counter(), 0, 0
    for product in catalog.products[::2]:
        for persona in range(5):
            for stage in range(5):
                brief = Brief(
                    persona=persona, brand=product.brand, product=product.name, stage_index=stage, style_index=1,
                    channel="lms",
                )  # fmt: skip
                resolved = catalog.resolve(brief)
                plan = build_plan(GenerationRequest(resolved, reviews.evidence(resolved), 0))
                kinds = set(plan.parts[2:])
                total[plan.angle.key] += 1
                covered[plan.angle.key] += bool(kinds & READER_KINDS or plan.caution)
                budget_reason = plan.angle.key == "budget" and "angle" in kinds  # dose or function, from the catalog
                # the reader's opener (lines.OPENERS: an ingredient, a review, a fitting feature) as the first
                # sentence; a budget reader's opener is the price, no reason by itself
                opener_led = plan.hook == plan.opener and not plan.opener.endswith(FALLBACK_END)
                opener_led = opener_led and plan.angle.key != "budget"
                concrete[plan.angle.key] += bool(kinds & CONCRETE_KINDS or budget_reason or opener_led)
                bare_price += plan.angle.key == "budget" and "price" in kinds and not kinds & {"fit", "review"}
                line = plan.fit.line if plan.fit and "fit" in kinds else ""
                welcomed = WELCOMED.search(line)
                helper_alone += bool(welcomed and welcomed.group(1) in HELPERS)
    print("| reader | plans with a clause for them | with a concrete sentence from evidence |")
    print("|---|---|---|")
    for key in total:
        print(
            f"| {key} | {covered[key]}/{total[key]} ({covered[key] / total[key]:.0%}) "
            f"| {concrete[key]}/{total[key]} ({concrete[key] / total[key]:.0%}) |"
        )
    print(f"\nbudget plans stating a price with no review or value sentence: {bare_price} of {total['budget']}")
    print(f"luxury plans whose welcome ingredient is a common helper: {helper_alone} of {total['luxury']}")


if __name__ == "__main__":
    main()
