"""Round 30 part 2: two push patterns, counted over a push grid.

- keep_title_plain: a push title "오래 곁에 둘 {product}" (a luxury reader's frame) for a product that is not premium
  (facts.premium false: a 16,000원 toner at the conversion stage); the long channels say "오래 곁에 둘" only for
  a premium line (plan.py), keep_title_premium for reference; keep_body_plain: the same words in the body (the
  luxury opener "오래 곁에 둘 한 가지를 찾고 계신가요?", the feature line "오래 곁에 둘 이유는 …");
  routine_title: the title said instead ("이제 곁에 둘 {product}");
- time_no_day: a time-style (style 0) push of a content or service event (not a promotion) whose closing ask says
  no time word (오늘/지금/바로): "계절 따라 달라진 고민에 맞춰 온라인 상담을 신청해 보세요.";
- today_modifier: "오늘" bound to the modifier phrase that opens the event's ask ("…궁금하다면 오늘 계절 따라
  달라진 고민에 …", read as "today's season").

    PYTHONPATH=. python bench/push_keep_check.py [--show time_no_day]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline

from crm_core.domain.brief import Brief
from crm_core.errors import CrmError
from crm_core.generation.composer.facts import PREMIUM_PRICE, register_price

SENTENCE = re.compile(r"(?<=[.!?])\s+")
TIME_WORDS = re.compile("오늘|지금|바로")
TODAY_MODIFIER = re.compile(r"오늘 계절 따라")  # "오늘 매장이나 온라인 채팅으로 …" reads as the day


def run(pipeline, spec):  # type: ignore[no-untyped-def]
    try:
        return pipeline.run_one(Brief(**spec))[0]
    except CrmError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", default="", help="a count whose messages are printed")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    events = json.loads((Path(__file__).resolve().parents[1] / "data" / "events.json").read_text())
    content = [e for e in events if not e["is_promotion"]]
    products = list(catalog.products)
    c: Counter = Counter()

    def show(key: str, spec: dict, message) -> None:  # type: ignore[no-untyped-def]
        if args.show and key.startswith(args.show):
            print(
                f"[{key}] p{spec['persona']} s{spec['stage_index']} t{spec['style_index']} {spec.get('event_id')} "
                f"seed{spec['seed']} {spec['product']} | {message.title} | {message.body}"
            )

    # keep_title: a luxury reader (persona 0), every product, the stages past the first two, every style
    for i, product in enumerate(products):
        premium = register_price(product) >= PREMIUM_PRICE
        for stage in (2, 3, 4, 5):
            for style in range(6):
                spec = dict(
                    persona=0,
                    brand=product.brand,
                    product=product.name,
                    stage_index=stage,
                    style_index=style,
                    channel="push",
                    is_event=(i + style) % 2 == 0,
                    seed=(i + stage) % 4,
                )
                result = run(pipeline, spec)
                if result is None:
                    continue
                c["luxury_push"] += 1
                title = result.message.title or ""
                if title.startswith("오래 곁에 둘"):
                    key = "keep_title_premium" if premium else "keep_title_plain"
                    c[key] += 1
                    show(key, spec, result.message)
                if "오래 곁에 둘" in result.message.body and not premium:  # the opener or the feature line
                    c["keep_body_plain"] += 1
                    show("keep_body_plain", spec, result.message)
                if title.startswith("이제 곁에 둘"):  # the title a plain product's luxury reader gets instead
                    c["routine_title"] += 1
                    show("routine_title", spec, result.message)
    # time style: every content event at its stage, every persona, every product its categories allow, seeds 0-1
    for i, product in enumerate(products):
        for event in content:
            if event.get("categories") and product.category not in event["categories"]:
                continue
            for persona in range(5):
                spec = dict(
                    persona=persona,
                    brand=product.brand,
                    product=product.name,
                    stage_index=event["stage"],
                    style_index=0,
                    channel="push",
                    is_event=True,
                    event_id=event["id"],
                    seed=(i + persona) % 2,
                )
                result = run(pipeline, spec)
                if result is None:
                    continue
                c["time_event_push"] += 1
                last = [s for s in SENTENCE.split(result.message.body) if s][-1]
                if not TIME_WORDS.search(last):
                    c["time_no_day"] += 1
                    c[f"time_no_day_{event['id']}"] += 1
                    show("time_no_day", spec, result.message)
                if TODAY_MODIFIER.search(last):
                    c["today_modifier"] += 1
                    show("today_modifier", spec, result.message)
    for name in sorted(c):
        print(f"{name}: {c[name]}")


if __name__ == "__main__":
    main()
