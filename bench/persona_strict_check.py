"""Each persona's own reason, the stricter rule of round 30, per persona x channel (every channel on its own).

Readings 57-60 put "customer" fit lowest (a 2 there caps the whole score at 3); the readers' notes: "트렌드 관심사
없음/미반영" (the most frequent), "내추럴 고객 관점(자연 유래·환경) 미반영", "럭셔리 고객의 성분 근거·안티에이징 관점
없음", "민감 피부 안심 포인트·테스트 여부 언급 없음", "가성비 관심사 없음" and the opposite "26만원 앰플에 가성비 논리
억지" / "21만원 세럼에 '여러 개 사 두고'는 어울리지 않음". persona_reason_check counts any per-ml figure as a budget
reason and any trend fact as a trend reason; this check asks more (the product's name cut out of the sent text):

- luxury: the registered function named, an anti-ageing active, a strength in %, a line's generation, the brand's
  research, or firmness/ageing said (탄력, 탄탄, 주름); a glow review or a mood house line alone is no reason;
- budget: value said as use: how little one use takes, how long one lasts, a generous size or second use, a
  one-step function, users' value review, a per-unit price said with what it lets one do, a low price said as
  everyday; a bare per-ml figure is no reason. A product over PREMIUM_MOST that is sold on price (가성비, 원꼴,
  가격 대비, 여러 개 사 두, 쟁여, 부담 없이 다시) is flagged budget_premium_price_value and counts as none;
- trend: a trend fact of the product (a catalog finish/colour/texture/format phrase or a finish review) AND a word
  of the reader's own point (새로, 재미, 사진, 눈에 들어, 눈길, 요즘 …): a fact said plainly is not their reason;
  or what is talked about (a review said as talk among users: "써 본 분들 사이에서는 … 이야기가 먼저 나와요");
- natural: where an ingredient comes from, a plant ingredient named, or the brand's care for the earth (공병, 리필,
  자연을 아끼 …); comfort alone is not;
- sensitive: a mildness fact (약산성, 무향, 저자극, 순한 …), a soothing ingredient named, a test-first tip (팔 안쪽,
  귀 뒤, 턱선에 먼저), a care tip for a sensitive day or a soothing review; "민감성 피부도 쓸 수 있어요" alone is not.

Round 31 (readings 62-65: about half of the 86 messages rated 3.0-3.5 say the reader's own interest is missing from
the long copy) asks a sentence that ties the product to that interest, not a word of it somewhere:

- luxury: a registered function counts where it is one this reader weighs (주름 개선, 미백: the catalog's 주름개선,
  미백); a sunscreen's UV rating or an acne cleanser's function alone is none ("안티에이징 관점 연결 없음" s1134,
  "럭셔리 고객에게 여드름 클렌저 연결 없음" s2453);
- budget: a product over PREMIUM_MOST needs value said as use (how little one use takes, how long one lasts, a value
  review, one step carrying a function); a plain users' review ("흡수가 빠르다는 후기") is none there ("18만 원 제품을
  가성비 고객에게 권할 이유가 없음", s4851);
- trend: the trend fact and the reader's own word in one sentence (a "요즘" in the title and a texture three
  sentences on do not tie them);
- sensitive: an active's day off on an upset day ("피부가 예민해진 날에는 … 하루 쉬어 가도 괜찮고") is their care
  tip too (the old CARE_TIP missed it).

    PYTHONPATH=. python bench/persona_strict_check.py --n 1200 --out /tmp/persona-strict.json
    (--rule r30 counts by the round-30 rule)
    (--misses trend/push,natural/sms prints the misses of those cells)
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
from persona_reason_check import (
    AGE,
    DOSE,
    EVERYDAY,
    FUNCTION_WORDS,
    GENEROUS,
    MILD,
    ORIGIN,
    PER_G,
    PER_ML,
    PER_SHEET,
    PER_UNIT_USED,
    RESEARCH,
    SOOTHING,
    TREND_FEATURE,
    TREND_REVIEW,
    TREND_VOICE,
    USERS_SAID,
    VALUE_REVIEW,
    _phrases,
    house_is_mood,
    house_of,
    plant_heads,
)

from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

CHANNELS = ("kakao_friendtalk", "lms", "email", "push", "sms")
PERSONAS = ("luxury", "budget", "trend", "natural", "sensitive")
PREMIUM_MOST = 150_000  # 원: above this, value is how long one lasts or how little one uses, never the price

AGEING = re.compile("탄력|탄탄|주름|안티에이징")
LASTS = re.compile("오래 두고 쓸|오래 쓸|오래 쓰|한 통을 오래|오래가")
# one product doing two jobs (fit.py's one-step function: "기능성까지 … 제품을 따로 늘리지 않아도 돼요")
ONE_FOR_TWO = re.compile("따로 늘리지 않아도|단계를 줄|한 번에 챙기")
PRICE_VALUE = re.compile("가성비|원꼴|가격 대비|여러 개 사 두|쟁여|부담 없이 다시|부담 없이 들일|가격 걱정")
EARTH = re.compile("공병|재활용|리필|자연을 아끼|지구와 함께|자연에서")
# round 32: a slow start of a wash-off product's acid ("…클렌저라, 하루 한 번 정도만 쓰면서 피부가 편안한지 살펴보면
# 좋아요", reading 66, s2152: "순함·테스트 안내가 없어") is the same care as a test first
TEST_FIRST = re.compile("팔 안쪽|귀 뒤|턱선에 먼저|먼저 조금 발라|먼저 발라 보|조금만 발라 보|하루 한 번 정도만")
# a care tip for a sensitive day (reader.py: "피부가 예민한 날에는 문지르는 시간을 짧게 …", read as "민감 고객 세안 팁
# 충실", reading 58): the reader's own care, though no fact of the product
CARE_TIP = re.compile(
    "(?:예민한|거칠어진|흔들리는|예민해진) 날(?:에는|이라면|에도|엔)?[^.!?]{0,60}"
    "(?:좋아요|좋습니다|방법|도움|안심|권합니다|쓰면 돼요|쓰면 됩니다|건너뛰|미루|쉬어 가)"
)
# what is talked about (a positive review said as talk among users): the trend reader's "요즘 이야기되는 것"
TALKED = re.compile("사이에서(?:는)? [^.!?]{0,50}이야기|입소문")
SOOTHED = re.compile("진정|편안해졌|자극 없|자극이 없|자극 걱정")
TREND_WORDS = re.compile(f"{TREND_VOICE.pattern}|요즘|사진|인증|화제|입소문|이야기가 먼저")
# round 31: the functions a luxury reader weighs (the catalog's functional_claims), said in the copy's words
LUX_FUNCTIONS = {"주름개선": "주름", "미백": "미백"}
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
RULE = {"name": "r31"}  # --rule r30: the round-30 rule, for the before figure of a tightened cell


def strict_reason(key: str, product, bare: str, house: str = "") -> bool:  # type: ignore[no-untyped-def]
    """Whether `bare` (the sent text, the product's name cut out) carries this reader's reason by the strict rule;
    `house`: what the brand's story says the house is (persona_reason_check.house_of), a luxury reason where it names
    research or dosing (not a mood)."""
    heads = [i.split()[0] for i in product.key_ingredients]
    strict = RULE["name"] != "r30"
    if key == "luxury":
        weighed = [w for f, w in LUX_FUNCTIONS.items() if f in product.functional_claims]
        if strict and any(w in bare for w in weighed):
            return True
        if not strict and product.functional_claims and FUNCTION_WORDS.search(bare):
            return True
        if any(h in bare for h in heads if any(a in h for a in AGE)) or re.search(r"\d+(?:\.\d+)?%", bare):
            return True
        said_house = bool(house) and house in bare and not house_is_mood(house)
        return "세대" in bare or bool(RESEARCH.search(bare)) or bool(AGEING.search(bare)) or said_house
    if key == "budget":
        if (product.price or 0) > PREMIUM_MOST and PRICE_VALUE.search(bare):
            return False
        funcs = bool(product.functional_claims) and "기능성" in bare and "한 단계" in bare
        said = DOSE.search(bare) or LASTS.search(bare) or GENEROUS.search(bare) or VALUE_REVIEW.search(bare)
        premium = strict and (product.price or 0) > PREMIUM_MOST  # a plain review is no value of a dear product
        said = said or (USERS_SAID.search(bare) and not premium) or PER_UNIT_USED.search(bare) or EVERYDAY.search(bare)
        said = said or ONE_FOR_TWO.search(bare)
        return funcs or bool(said)
    if key == "trend":
        phrases = _phrases(product, TREND_FEATURE)

        def tied(text: str) -> bool:
            fact = any(p in text for p in phrases) or bool(TREND_REVIEW.search(text))
            return fact and bool(TREND_WORDS.search(text))

        units = SENTENCE.findall(bare) if strict else [bare]
        return any(tied(u) for u in units) or bool(TALKED.search(bare))
    if key == "natural":
        return bool(ORIGIN.search(bare) or EARTH.search(bare)) or any(h in bare for h in plant_heads(product))
    if key == "sensitive":
        soothing = [h for h in heads if any(s in h for s in SOOTHING)]
        mild = MILD.search(bare.replace("민감성 피부도", ""))
        said = mild or TEST_FIRST.search(bare) or SOOTHED.search(bare) or CARE_TIP.search(bare)
        return bool(said) or any(h in bare for h in soothing)
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200, help="briefs in copy_eval's grid, each sent on every channel")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--misses", default="", help="persona/channel cells whose misses are printed")
    parser.add_argument("--dump", type=Path, default=None, help="every message as JSON lines")
    parser.add_argument("--rule", choices=("r30", "r31"), default="r31", help="r30: the rule before round 31")
    parser.add_argument("--channels", default=",".join(CHANNELS), help="channels to send on (default: all five)")
    args = parser.parse_args()
    RULE["name"] = args.rule
    channels = tuple(c for c in CHANNELS if c in args.channels.split(","))
    pipeline, catalog = checked_pipeline()
    total, hit, flags = Counter(), Counter(), Counter()
    examples: dict[str, list[str]] = {}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    wanted = set(args.misses.split(","))
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, channels):
        product = result.product
        if not getattr(product, "category", None):
            continue
        key = angle_for(result.persona).key
        message = result.message
        text = " ".join((message.title or "", message.body, message.cta or ""))
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        carried = strict_reason(key, product, bare, house_of(result.brand.story or ""))
        total[(key, channel)] += 1
        hit[(key, channel)] += carried
        if key == "budget" and (product.price or 0) > PREMIUM_MOST and PRICE_VALUE.search(bare):
            flags[("budget_premium_price_value", channel)] += 1
            examples.setdefault("budget_premium_price_value", []).append(f"[{channel}] {product.name}: {bare[:200]}")
        if key == "budget" and (PER_ML.search(bare) or PER_G.search(bare) or PER_SHEET.search(bare)) and not carried:
            flags[("budget_per_unit_only", channel)] += 1
        if dump:
            row = {"persona": key, "channel": channel, "stage": result.brief.stage_index, "product": product.name}
            dump.write(json.dumps(row | {"strict": carried, "text": text}, ensure_ascii=False) + "\n")
        if not carried and f"{key}/{channel}" in wanted:
            brief = result.brief
            print(f"MISS {key}/{channel} s{brief.stage_index} t{brief.style_index} {product.name} | {text!r}")
    report: dict = {"strict": {}, "flags": {}}
    print("| persona | " + " | ".join(CHANNELS) + " | all |")
    print("|---|" + "---|" * (len(CHANNELS) + 1))
    for key in PERSONAS:
        row = []
        for channel in CHANNELS:
            k, n = hit[(key, channel)], total[(key, channel)]
            report["strict"][f"{key}/{channel}"] = [k, n]
            row.append(f"{k}/{n} ({k / n:.0%})" if n else "-")
        k, n = sum(hit[(key, c)] for c in CHANNELS), sum(total[(key, c)] for c in CHANNELS)
        print(f"| {key} | " + " | ".join(row) + f" | {k}/{n} ({k / n:.0%}) |")
    long_channels = ("kakao_friendtalk", "lms", "email")
    k = sum(hit[(p, c)] for p in PERSONAS for c in long_channels)
    n = sum(total[(p, c)] for p in PERSONAS for c in long_channels)
    report["long"] = [k, n]
    print(f"\nlong (kakao_friendtalk, lms, email), every persona: {k}/{n} ({k / max(n, 1):.1%})")
    print("\n| flag | " + " | ".join(CHANNELS) + " |")
    for name in sorted({f for f, _ in flags}):
        counts = [flags[(name, c)] for c in CHANNELS]
        report["flags"][name] = counts
        print(f"| {name} | " + " | ".join(map(str, counts)) + " |")
    for name, rows in examples.items():
        print(f"\n{name}:")
        for row in rows[:4]:
            print("  " + row)
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
