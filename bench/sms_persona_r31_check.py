"""Round 31 (readings 62-65: 22 SMS and 9 LMS messages at 3.0-3.5): over copy_eval's grid sent as SMS and as LMS,
count per persona and channel the messages whose sent text carries none of that persona's own reasons
(persona_reason_check.carries_reason, the wider rule: s2863 "가성비·후기 포인트 없이 추천 이유가 약함", s3593
"럭셔리 고객에게 펌프 얘기뿐", s5861 "민감 피부에 비타민 크림을 권하며 배려가 없음"); a set event's close that asks
for the single product ("세트 … 이 크림을 골라 보십시오", s5861: "CTA가 크림 단품과 세트 사이에서 흔들리고");
and an activation (first use) LMS whose first sentence speaks of a product long in use ("…덕분에 마음 놓고 쓰게
됩니다", s6961: "첫 문장이 첫 사용과 어긋나").

    PYTHONPATH=. python bench/sms_persona_r31_check.py --n 700 [--show none:sensitive/sms] [--dump X.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, grid, results_on_channels
from persona_reason_check import carries_reason, house_of

from crm_core.domain import Brief
from crm_core.errors import CrmError
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

SET_EVENT = re.compile("세트")
CHOICE_ASK = re.compile("골라|들여 보|들이|담아 보")  # the close asks to choose, and not the set
# a sensitive reader's reassurance, which persona_reason_check counts only as a mildness fact or a soothing ingredient:
# a patch test, a care tip for a day the skin is upset ("예민한 날이라면 귀 뒤나 팔 안쪽에 먼저 …")
REASSURED = re.compile("예민|팔 안쪽|귀 뒤|안심|자극|억지로|미지근한")
# the definition and what the product holds said as two short copulas ("…필오프 팩이에요. 감초 추출물·연꽃 추출물을
# 담았어요.": s3425 "짧은 단문 나열로 딱딱", s2139 "성분 나열식")
HELD_APART = re.compile(r"(?:이에요|예요|입니다)\. [^.\n,]{4,40}(?:담았어요|담았습니다|들어 있어요|들어 있습니다)\.")
LONG_IN_USE = re.compile("마음 놓고 쓰게|손이 가게 돼|계속 찾게|다시 찾게")


def results(pipeline, catalog, args):  # type: ignore[no-untyped-def]
    """(channel, result) over copy_eval's grid, every brief given `args.event` where one is named."""
    if not args.event:
        yield from results_on_channels(pipeline, catalog, args.n, args.seed, ("sms", "lms"))
        return
    for spec in grid(catalog, args.n, args.seed):
        for channel in ("sms", "lms"):
            brief = Brief(**(spec | {"channel": channel, "is_event": True, "event_id": args.event}))
            try:
                yield channel, pipeline.run_one(brief)[0]
            except CrmError:
                continue


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=700)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="")
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--event", default="", help="every brief of the grid with this event (e.g. ev-rev-p1)")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    total, none, found = Counter(), Counter(), Counter()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for channel, result in results(pipeline, catalog, args):
        product = result.product
        message = result.message
        sent = "lms" if channel == "lms" or result.sms_to_lms else "sms"
        group = f"{channel}->{sent}" if channel == "sms" else "lms"
        key = angle_for(result.persona).key
        text = " ".join((message.title or "", message.body, message.cta or ""))
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        house = house_of(result.brand.story or "")
        carried = carries_reason(key, product, bare, house, wide=True)
        carried = carried or (key == "sensitive" and bool(REASSURED.search(bare)))
        total[(key, group)] += 1
        none[(key, group)] += not carried
        tags = []
        if not carried:
            tags.append(f"none:{key}/{group}")
        event = result.event
        event_text = event.model_dump_json() if event is not None else ""
        last = message.body.strip().split("\n")[-1]
        if event is not None and SET_EVENT.search(event_text) and CHOICE_ASK.search(last) and "세트" not in last:
            tags.append("set_single_ask")
        if HELD_APART.search(message.body.strip().split("\n")[0]):
            tags.append(f"held_apart:{group}")
        first = message.body.strip().split("\n")[0].split(". ")[0]
        if sent == "lms" and result.brief.stage_index == 1 and LONG_IN_USE.search(first):
            tags.append("first_use_long_in_use")
        for tag in tags:
            found[tag.split(":")[0] if tag.startswith("none") else tag] += 1
            if any(tag.startswith(s) for s in args.show.split(",") if s):
                print(tag, result.brief.stage_index, product.name, "|", repr(text[:400]))
        if dump:
            row = {"persona": key, "group": group, "stage": result.brief.stage_index, "tags": tags}
            row["brief"] = result.brief.model_dump(mode="json", exclude_defaults=True)
            dump.write(
                json.dumps(
                    {**row, "verdict": result.verdict, "product": product.name, "text": text}, ensure_ascii=False
                )
                + "\n"
            )
    print("persona/group: no persona reason / messages")
    for k in sorted(total):
        print(f"  {k[0]:9s} {k[1]:10s} {none[k]:4d} / {total[k]:4d}")
    print("all:", sum(none.values()), "/", sum(total.values()))
    print(dict(found))


if __name__ == "__main__":
    main()
