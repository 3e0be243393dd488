"""Lines that fit the product, the season and the moment of use, counted over copy_eval's grid.

Reading 25 put "customer" lowest (3.17); its readers' notes on this: "메이크업 전 사용과 '고요한 저녁' 사용이 충돌"
(s9447), "메이크업 전 크림과 저녁 관리 팁이 엇갈리고" (s5139), "겨울에 '열감 식혀 줌'이 계절과 어긋나고" (s2662),
"건조한 실내와 선크림 연결이 어색" (s4619), "새로움을 찾는 고객에 '익숙함'을 내세우고" (s7114), "'이번 주가 들이기
좋다'는 근거 없는 긴박감" (s5701). This check runs copy_eval's grid (the whole pipeline with its guard) on every
channel and counts, per channel group (long = Kakao FriendTalk / LMS / email; push; sms):

- day_and_evening: a message that places the product before make-up or in the morning and also in an evening
  ritual ("저녁", "잠들기 전"; "아침저녁" is no clash);
- evening_for_day_product: an evening line for a product whose catalog facts place it in the morning or before
  make-up and never in the evening (a sunscreen, a primer cream);
- day_for_night_product: a morning / before-make-up line for a product the catalog uses only at night;
- winter_cooling: in winter, a line that cools the skin or calms heat (열감, 식혀, 쿨링, 시원);
- dry_air_unanswered: a dry-air season scene ("실내가 건조한 겨울") for a product whose facts answer no dryness
  (no 보습, 수분, 건조, 촉촉, 당김 in its points or claims) or that is a sunscreen, base or cleanser;
- trend_familiar: a trend reader sold familiarity ("익숙한", "익숙해서", "손에 익은");
- hurry_no_event: a message with no event that says this week or now is the good time ("이번 주가 …", "이번
  주에 …", "지금이 … 좋은 때", "지금 고르기 좋은 때");
- luxury_fact_unsaid / budget_fact_unsaid: a luxury (budget) reader's message that states none of that reader's
  own reasons (persona_reason_check.carries_reason) while the catalog row has one of the kind the reader weighs
  (luxury: a wrinkle, brightening or firmness function, or an anti-ageing active; budget: a small dose or a
  registered function).

    PYTHONPATH=. python bench/moment_fit_check.py --n 400 --out /tmp/persona17-moment.json
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels
from persona_reason_check import AGE, carries_reason, house_of, print_and_save

from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

CHANNELS = ("kakao_friendtalk", "lms", "email", "push", "sms")
LONG = frozenset({"kakao_friendtalk", "lms", "email"})
GROUPS = ("long", "push", "sms")

BOTH = re.compile("잠든 뒤 아침|아침저녁|아침과 저녁|아침·저녁|아침, 저녁|아침 저녁|아침이나 저녁|아침 또는 저녁")
DAY = re.compile("메이크업 전|(?<!다음 날 )(?<!자고 난 )(?<!일어난 )아침")  # "다음 날 아침" is a night product's result
EVENING = re.compile("저녁|잠들기 전|자기 전")
NIGHT_ONLY = re.compile("(?<!아침)저녁|잠들기 전|자기 전|밤사이|수면|슬리핑|오버나이트")
COOLING = re.compile("열감|식혀|쿨링|시원|청량")
DRY_SCENE = re.compile("실내가 건조|건조한 겨울|건조해지는")
ANSWERS_DRY = re.compile("보습|수분|건조|촉촉|당김|당기")
FAMILIAR = re.compile("익숙한|익숙해서|익숙함|손에 익은")
HURRY = re.compile(
    "오늘이 [^.!?\n]{0,12}좋은 날|이번 주가|이번 주에|이번 주는|지금이 [^.!?\n]{0,16}좋은 때|지금 고르기 좋은 때"
    "|지금 들이기 좋"
)
LUX_FUNCTION = re.compile("주름|미백|탄력")  # an anti-ageing or brightening function, not sun protection
DOSE = re.compile("쌀알만큼|소량|한 번 펌핑|한두 번 펌핑|두세 방울|한두 방울")


def catalog_text(product) -> str:  # type: ignore[no-untyped-def]
    return " ".join((*product.selling_points, *product.claims, product.usage or ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=400, help="briefs in copy_eval's grid, each sent on every channel")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--show", default="", help="a flag whose messages are printed")
    args = parser.parse_args()
    from crm_core.generation.composer.plan import season_of

    season = season_of(None)
    pipeline, catalog = checked_pipeline()
    total, flags = Counter(), Counter()
    examples: dict[str, list[str]] = {}
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, CHANNELS):
        product = result.product
        if not getattr(product, "category", None):
            continue
        group = "long" if channel in LONG else channel
        total[group] += 1
        message = result.message
        text = " ".join((message.title or "", message.body, message.cta or ""))
        plain = BOTH.sub(" ", text)
        facts = BOTH.sub(" ", catalog_text(product))
        key = angle_for(result.persona).key
        found = set()
        if DAY.search(plain) and EVENING.search(plain):
            found.add("day_and_evening")
        if EVENING.search(plain) and DAY.search(facts) and not EVENING.search(facts):
            found.add("evening_for_day_product")
        night_only = NIGHT_ONLY.search(product.usage or "") and not DAY.search(facts)
        if DAY.search(plain) and night_only:
            found.add("day_for_night_product")
        if season == "겨울" and COOLING.search(text):
            found.add("winter_cooling")
        sun_like = product.category in ("선크림", "쿠션·베이스", "클렌저") or "SPF" in product.name
        if DRY_SCENE.search(text) and (sun_like or not ANSWERS_DRY.search(catalog_text(product))):
            found.add("dry_air_unanswered")
        if key == "trend" and FAMILIAR.search(text):
            found.add("trend_familiar")
        if result.event is None and HURRY.search(text):
            found.add("hurry_no_event")
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        heads = [i.split()[0] for i in product.key_ingredients]
        lux_function = any(LUX_FUNCTION.search(c) for c in product.functional_claims)
        if key == "luxury" and (lux_function or any(a in h for h in heads for a in AGE)):
            total["luxury_has_fact"] += 1
            if not carries_reason("luxury", product, bare, house_of(result.brand.story or "")):
                found.add("luxury_fact_unsaid")
        if key == "budget" and (product.functional_claims or DOSE.search(product.usage or "")):
            total["budget_has_fact"] += 1
            if not carries_reason("budget", product, bare):
                found.add("budget_fact_unsaid")
        for name in found:
            flags[(name, group)] += 1
            rows = examples.setdefault(name, [])
            if len(rows) < 3:
                rows.append(f"[{key}/{channel}] {product.name}: {message.body[:170]}")
            if args.show == name:
                print(f"{name} [{key}/{channel} s{result.brief.stage_index}] {product.name}: {text!r}")
    print(f"season: {season}; messages: " + ", ".join(f"{g} {total[g]}" for g in GROUPS))
    print(
        f"luxury readers of a product with a function/active: {total['luxury_has_fact']}, budget with a dose/function:"
        f" {total['budget_has_fact']}"
    )
    print("| flag | long | push | sms | all |")
    print("|---|---|---|---|---|")
    names = (
        "day_and_evening",
        "evening_for_day_product",
        "day_for_night_product",
        "winter_cooling",
        "dry_air_unanswered",
        "trend_familiar",
        "hurry_no_event",
        "luxury_fact_unsaid",
        "budget_fact_unsaid",
    )
    report = {"total": dict(total), "flags": {}}
    for name in names:
        row = [flags[(name, g)] for g in GROUPS]
        report["flags"][name] = row
        print(f"| {name} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    print_and_save(report, examples, args.out)


if __name__ == "__main__":
    main()
