"""Round 42: the luxury reader of a product with no anti-ageing fact, and a sensitive reader of a wash-off acid.

Readings 102-105: most luxury 3.0s were readers of products with no anti-ageing fact told only of moisture or calm
("탄력·주름 고객에게 수분 얘기뿐", s3157, s1800). Over persona_r38_check's grid (every product on every channel, two
briefs each) sent to the luxury reader, this counts the luxury_unaged messages that carry none of this reader's
reasons (persona_r39_check's rule) and speak only of moisture or calm (MOISTURE_ONLY). Over every wash-off product
with an exfoliating acid (fit.WASH_OFF_ACIDS: a salicylic cleanser, a BHA shampoo), sent to the sensitive reader on
every channel, stage and speech level, it counts the messages that give no gentle start or test (CAUTION).

    PYTHONPATH=. python bench/lux_r42_check.py [--show]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import TONES, checked_pipeline, run_briefs
from persona_r38_check import cell_of, specs
from persona_r39_check import fits
from persona_reason_check import house_of
from persona_strict_check import CHANNELS
from push_r41_check import CAUTION as PUSH_CAUTION

from crm_core.generation.composer.facts import WASH_OFF
from crm_core.generation.composer.fit import WASH_OFF_ACIDS
from crm_core.generation.template import short_product_name

MOISTURE_ONLY = re.compile("수분|보습|촉촉|진정|편안|건조")
CAUTION = re.compile(f"{PUSH_CAUTION.pattern}|하루 한 번 정도만|자극이 느껴|따갑")


def _bare(result) -> str:  # type: ignore[no-untyped-def]
    message, product = result.message, result.product
    text = " ".join((message.title or "", message.body, message.cta or ""))
    return text.replace(product.name, " ").replace(short_product_name(product.name), " ")


def luxury(pipeline, catalog, show: bool) -> None:  # type: ignore[no-untyped-def]
    chosen = [s for s in specs(catalog) if s["persona"] == 0]
    count = Counter()
    for spec, result in zip(chosen, run_briefs(pipeline, chosen), strict=True):
        if result is None or cell_of("luxury", result.product) != "luxury_unaged":
            continue
        bare = _bare(result)
        ok = fits("luxury_unaged", result.product, bare, house_of(result.brand.story or ""))
        count["luxury_unaged"] += 1
        count["fits"] += ok
        if not ok and MOISTURE_ONLY.search(bare):
            count["moisture_only"] += 1
            if show:
                print(f"  moisture_only [{spec['channel']}] {result.product.name}: {bare[:200]!r}")
    print(
        f"luxury_unaged: {count['fits']}/{count['luxury_unaged']} fit; "
        f"moisture/calm only: {count['moisture_only']}/{count['luxury_unaged']}"
    )


def wash_off(pipeline, catalog, show: bool) -> None:  # type: ignore[no-untyped-def]
    products = [
        p for p in catalog.products if p.category in WASH_OFF and any(i in WASH_OFF_ACIDS for i in p.key_ingredients)
    ]
    chosen = [
        dict(
            persona=1,
            brand=p.brand,
            product=p.name,
            stage_index=stage,
            style_index=(stage + k) % 6,
            tone=TONES[(stage + k) % len(TONES)],
            channel=channel,
            honorific=honorific,
            seed=11 + k,
        )
        for k, p in enumerate(products)
        for stage in range(5)
        for channel in CHANNELS
        for honorific in ("해요체", "합쇼체")
    ]
    total, bare_count = Counter(), Counter()
    for spec, result in zip(chosen, run_briefs(pipeline, chosen), strict=True):
        if result is None:
            continue
        total[spec["channel"]] += 1
        if not CAUTION.search(result.message.body):
            bare_count[spec["channel"]] += 1
            if show:
                print(
                    f"  bare [{spec['channel']} s{spec['stage_index']}] {spec['product']}: "
                    f"{result.message.body[:160]!r}"
                )
    cells = " ".join(f"{c} {bare_count[c]}/{total[c]}" for c in CHANNELS)
    print(f"wash-off acid, sensitive reader, no caution: {sum(bare_count.values())}/{sum(total.values())} ({cells})")


def main() -> None:
    show = "--show" in sys.argv
    pipeline, catalog = checked_pipeline()
    luxury(pipeline, catalog, show)
    wash_off(pipeline, catalog, show)


if __name__ == "__main__":
    main()
