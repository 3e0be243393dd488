"""Customer fit coverage: how many long-form plans carry a clause for their reader's value focus.

For every second catalog product x 5 personas x 5 stages (LMS, information style, sampled reviews as in
copy_eval.py), a plan counts when its proofs hold a fact chosen for the reader (reason), the reader's
value-focus sentence (fit, see crm_core/generation/composer/fit.py), the reader's care line (angle), a
share line (referral) or a patch-test caution. Blind readings rated customer fit lowest; this is the
mechanical side of it (a reader still judges whether the clause persuades).

    PYTHONPATH=. python bench/copy_fit_coverage.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

READER_KINDS = frozenset({"reason", "fit", "angle", "share"})


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
    total, covered, bare_price = Counter(), Counter(), 0
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
                bare_price += plan.angle.key == "budget" and "price" in kinds and not kinds & {"fit", "review"}
    print("| reader | plans with a clause for them |")
    print("|---|---|")
    for key in total:
        print(f"| {key} | {covered[key]}/{total[key]} ({covered[key] / total[key]:.0%}) |")
    print(f"\nbudget plans stating a price with no review or value sentence: {bare_price} of {total['budget']}")


if __name__ == "__main__":
    main()
