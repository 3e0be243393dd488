"""Round 33 (readings 76-81: ~43 of ~80 SMS briefs at 3.0-3.5): over copy_eval's grid sent as SMS (a 90-byte SMS or
the flagged LMS) and as LMS, count the content faults the readers named beside "SMS 분량 초과":

- buy_in_referral: a referral (stage 4) that asks to buy ("새로 들여 보기 좋습니다", reading 80, s4958: "추천 단계인데
  구매 권유 혼재");
- new_in_awkward: "새로 들여 보시면"/"요즘 새로 들여" said to choose (s8012: "'요즘 새로 들여 보시면' 어색");
- benefit_while: "혜택이 있는 동안"/"혜택이 있을 때" where the event names no end date (s9433: "기한 암시");
- massage_tip: "마사지 팁" said bare (s7604: "'마사지 팁'이 도구인지 조언인지 모호");
- gift_box_sent: a gift-box event's "함께 보내 드려" where the detail packs the gift into the box (ev-ref-p3);
- brand_name_run: the house story and the product named in one sentence before the definition ("…브랜드 려의 함빛
  … 샴푸는 …", reading 78, s7076, s4625: "브랜드·제품 소개가 한 문장에 몰려");
- tangled_close: "지나치기 전에 지금 나에게 맞는지 보고 …" (s8247, s3016: "마지막 문장이 꼬였고");
- live_as_on_now: "(지금) 라이브를 보며 그대로 따라 해 보세요" for a broadcast whose schedule comes with the alert
  (reading 79, s2587: "일정 미정인데 '지금 라이브를 보며'는 어긋남");
- first_feel_met: "첫 사용의 느낌을 (오늘) 직접 만나 보세요" (reading 80, s1721: "'첫 사용의 느낌을 만나 보세요' 어색");
- name_apposed: "콜라겐과 히알루론산을 담은 수분 에멀전, 수분가득 콜라겐 에멀전을 소개해 드립니다" (reading 78,
  s9835: "제품명을 두 번 되풀이하는 소개 문장"; s5591);
- safe_as_noun: "…제품이라 안심입니다" (reading 78, s4375: "'안심입니다'가 딱딱함");
- none: nothing for the reader (push_persona_clause_check.carries), per persona.

    PYTHONPATH=. python bench/sms_r33_check.py --n 1500 [--show tag,tag] [--dump X.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels
from persona_reason_check import house_of
from push_persona_clause_check import carries

from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

BUY = re.compile("들여 보|새로 들이|골라 보|장만|구매해 보|주문해 보")
NEW_IN = re.compile("새로 들여 보시면|요즘 새로 들여|새로 들여 보시길")
WHILE = re.compile("혜택이 있는 동안|혜택이 있을 때")
DATED = re.compile(r"\d+월|\d+일|까지|기간")
TIP = re.compile("(?<!용 )마사지 팁")
BOX = re.compile("상자|박스")
RUN = re.compile(r"(?:^|\. |님, )[^.,]+ 브랜드 \S+의 [^.]*?(?:은|는|,) ")
TANGLED = re.compile(
    "(?:지나치기|놓치기) 전에 (?:지금 )?(?:[^,.]*맞는지 보고|[^,.]*고민에 맞춰|간단한 문답|매장이나 온라인)"
)
LIVE_NOW = re.compile("라이브를 보며")
FIRST_FEEL = re.compile("첫 사용의 느낌을 (?:오늘 )?직접 만나")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--channels", default="sms,lms")
    parser.add_argument("--show", default="")
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    total, found, none = Counter(), Counter(), Counter()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    shows = [s for s in args.show.split(",") if s]
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, tuple(args.channels.split(","))):
        product = result.product
        if not getattr(product, "category", None):
            continue
        message = result.message
        sent = "lms" if channel == "lms" or result.sms_to_lms else "sms"
        group = f"{channel}->{sent}" if channel == "sms" else "lms"
        key = angle_for(result.persona).key
        text = " ".join((message.title or "", message.body, message.cta or ""))
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        event = result.event if hasattr(result, "event") else None
        detail = getattr(event, "detail", "") or ""
        stage = result.brief.stage_index
        total[group] += 1
        tags = []
        if stage == 4 and BUY.search(message.body):
            tags.append("buy_in_referral")
        if NEW_IN.search(message.body):
            tags.append("new_in_awkward")
        if WHILE.search(message.body) and not DATED.search(detail):
            tags.append("benefit_while")
        if TIP.search(message.body):
            tags.append("massage_tip")
        if "담아" in detail and BOX.search(detail) and "함께 보내 드" in message.body:
            tags.append("gift_box_sent")
        if RUN.search(message.body):
            tags.append("brand_name_run")
        if TANGLED.search(message.body):
            tags.append("tangled_close")
        if LIVE_NOW.search(message.body):
            tags.append("live_as_on_now")
        bare_name = re.sub(r" [\d.]+(?:ml|g|매|mL)$", "", product.name)
        apposed = re.search(rf"([^.,\n]+), {re.escape(bare_name)}[을를] 소개해 드", message.body)
        if apposed and any(len(w) >= 2 and w in apposed.group(1).split() for w in bare_name.split()):
            tags.append("name_apposed")
        if re.search("제품이라 안심(?:이에요|입니다)", message.body):
            tags.append("safe_as_noun")
        if FIRST_FEEL.search(message.body):
            tags.append("first_feel_met")
        if not carries(key, product, bare, house_of(result.brand.story or "")):
            tags.append(f"none:{key}")
            none[(key, group)] += 1
        for tag in tags:
            found[(tag, group)] += 1
            if any(tag.startswith(s) for s in shows):
                print(tag, group, stage, product.name, "|", repr(text[:420]))
        if dump:
            row = {"group": group, "persona": key, "stage": stage, "tags": tags, "product": product.name}
            row["brief"] = result.brief.model_dump(mode="json", exclude_defaults=True)
            dump.write(json.dumps({**row, "text": text}, ensure_ascii=False) + "\n")
    print("messages per group:", dict(total))
    for tag in sorted({t for t, _ in found}):
        print(f"  {tag:18s}", {g: found[(tag, g)] for g in sorted(total)})


if __name__ == "__main__":
    main()
