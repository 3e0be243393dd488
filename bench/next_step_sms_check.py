"""Round 26 (part 2): the line guide to the routine's next step (ev-rev-n1, 다음 단계 라인 안내) sent as SMS, over
every product the catalog names a next step for (Catalog.next_in_routine), each persona, style, tone and speech
level at stage 3:

- kept: briefs the SMS carries (sms_carries) / sent as the flagged LMS;
- named: kept SMS that name the next step's product (short_product_name), unnamed: those that say only "다음 단계도
  비교해 보세요";
- over: kept SMS whose sent text passes 90 bytes.

    PYTHONPATH=. python bench/next_step_sms_check.py [--show named]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import TONES, checked_pipeline

from crm_core.channels import euckr_measure
from crm_core.domain import Brief
from crm_core.generation.template import short_product_name

NEXT_STEP = "ev-rev-n1"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", default="", help="print the kept SMS of one counter")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    counts: Counter[str] = Counter()
    for product in catalog.products:
        following = catalog.next_in_routine(product)
        if following is None:
            continue
        after = short_product_name(following.name)
        for persona in range(len(catalog.personas)):
            for style in range(6):
                tone = TONES[(persona + style) % len(TONES)]
                for honorific in ("해요체", "합쇼체"):
                    spec = dict(
                        persona=persona, brand=product.brand, product=product.name, stage_index=3,
                        style_index=style, tone=tone, channel="sms", honorific=honorific, is_event=True,
                        event_id=NEXT_STEP, seed=persona * 7 + style,
                    )  # fmt: skip
                    try:
                        result = pipeline.run_one(Brief(**spec))[0]
                    except Exception:  # an event outside the product's scope
                        counts["refused"] += 1
                        continue
                    counts["briefs"] += 1
                    if result.sms_to_lms or result.brief.channel.value != "sms":
                        counts["lms"] += 1
                        continue
                    counts["kept"] += 1
                    text = result.message.channel_text
                    kind = "named" if after in text else "unnamed"
                    counts[kind] += 1
                    if euckr_measure(text).length > 90:
                        counts["over"] += 1
                    if args.show == kind:
                        print(f"[{product.name} → {after} {honorific}] {text!r}")
    print(dict(counts))


if __name__ == "__main__":
    main()
