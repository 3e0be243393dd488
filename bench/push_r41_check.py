"""Round 41 (readings 98-101: push 3.54 / 3.44 / 3.77 / 3.69, the weakest channel; s8443, 2.0, the only message below
3: a sensitive reader's retinol push with no caution), counted over copy_eval's grid sent on push only
(push_r40_check's findings, whose counts it prints beside its own):

- sens_active / sens_active_bare: a sensitive reader's push of a leave-on product with a stinging active (retinol,
  AHA/BHA/PHA, vitamin C, clay: facts.STRONG_ACTIVES, push.ACTIVES), and those of them whose body says no caution
  (s8443: "민감 피부 고객에게 레티놀 앰플을 테스트·주의 안내 없이 '오늘 바로' 권함");
- name_echo: the name's own ingredient said again beside the name (push.name_echoed: "카밍 샷 아줄렌 크림은
  아줄렌과 …").

--actives sweeps every such product instead: each sensitive push over 5 stages x 6 styles x 2 speech levels x 2 seeds,
no event, and prints the bare ones (strong: plan.caution's actives; mild: a derivative, PHA).

    PYTHONPATH=. python bench/push_r41_check.py --n 1500 [--show sens_active_bare] [--dump X]
    PYTHONPATH=. python bench/push_r41_check.py --actives
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline
from push_grid import reader_key, run_push_counter
from push_r40_check import findings as r40_findings

from crm_core.domain import Brief
from crm_core.generation.composer import facts, push
from crm_core.generation.template import short_product_name

# what a caution says: a test on the arm, a slow start or an interval, night use and sunscreen, a day off
CAUTION = re.compile("자외선 차단제|저녁에 바르|간격|팔 안쪽|천천히|쉬어 가|이틀에 한 번|발라 보|작은 부위")


def stinging(product) -> bool:  # type: ignore[no-untyped-def]
    """Whether a product is a leave-on one with an active a sensitive reader should start with care."""
    if product.category in facts.WASH_OFF:
        return False
    return any(i in facts.STRONG_ACTIVES or i in push.ACTIVES for i in product.key_ingredients)


def findings(result, catalog) -> set[str]:  # type: ignore[no-untyped-def]
    found = r40_findings(result, catalog) or set()
    message, product = result.message, result.product
    if reader_key(result) == "sensitive" and stinging(product):
        found.add("sens_active")
        if not CAUTION.search(message.body):
            found.add("sens_active_bare")
    name = short_product_name(product.name)
    if push.name_echoed(message.body, name, push.name_own_words(name, product.key_ingredients)):
        found.add("name_echo")
    return found


def sweep_actives() -> None:
    """Every sensitive push of a stinging product over stages, styles, speech levels and two seeds."""
    pipeline, catalog = checked_pipeline()
    counts: Counter = Counter()
    for product in (p for p in catalog.products if stinging(p)):
        kind = "strong" if facts.strong_actives(product) else "mild"  # mild: a derivative, PHA (push._gentle_start)
        for stage, style, honorific, seed in itertools.product(range(5), range(6), ("해요체", "합쇼체"), (1, 3)):
            brief = Brief(
                persona=1, brand=product.brand, product=product.name, channel="push", stage_index=stage,
                style_index=style, honorific=honorific, emoji="none", seed=seed,
            )  # fmt: skip
            message = pipeline.run_one(brief)[0].message
            counts[f"sens_active_{kind}"] += 1
            if not CAUTION.search(message.body):
                counts[f"sens_active_{kind}_bare"] += 1
                counts[f"sens_active_{kind}_bare_s{stage}"] += 1
                said = f"{message.title} || {message.body}"
                print(f"bare {kind} s{stage} t{style} {honorific} {seed} {product.name}: {said}")
    for name in sorted(counts):
        print(f"{name}: {counts[name]}")


if __name__ == "__main__":
    if "--actives" in sys.argv:
        sweep_actives()
    else:
        run_push_counter(__doc__, findings)
