"""Push faults of readings 30-32, counted over copy_eval's grid sent on push only (round 23).

- luxury_reason: a luxury push that carries the luxury reader's reason (persona_reason_check.carries_reason);
  luxury_fit_dropped: a luxury push without it whose plan had a fit.py line for the reader (the fact was there);
- tone: 감성적인 / 고급스러운 pushes whose tone is audible (persona_reason_check.tone_audible);
- trend_stock: a trend reader's push that says a USER_HOOKS line ("이번 시즌 루틴에도 그대로 두기 좋아요", "요즘 새
  루틴을 찾는 친구에게 …") where the product's catalog has a trend fact (persona_reason_check's TREND_FEATURE);
- budget_bare_price: a budget push whose body is the name and the price with no quality of the product (s3208:
  "정가만 말하고 제품 장점·감성 없음"); budget_per_ml_kept: a per-ml price said to a user keeping up the routine
  (stage 2: "유지 단계에 1ml당 가격은 어색");
- lab_emoji: 🔬🧪 beside the emotional tone, or on a product with no active or strength to speak of (a sun stick).

Round 24 (readings 33-36: push 3.42, customer sub-score 2.96):
- reason_<persona>: every persona's push that carries its reader's reason (carries_reason), over <persona>;
- name_consecutive: the product's name (or its short name) in two consecutive body sentences (s1800: "카밍 샷 아줄렌
  크림을 쓰면서 좋았던 점을 나눌 차례입니다. 카밍 샷 아줄렌 크림은 …");
- ingredients_twice: one key ingredient named in two body sentences ("녹차 추출물·세라마이드를 담은 토너예요. 원료를
  보면 녹차 추출물·세라마이드를 담았고");
- stem_echo: two consecutive sentences sharing a verb stem of the product's doing ("녹여 내는 … 녹아 나옵니다");
- stock_hook_<persona>: a reader line that states no fact (push.READER_HOOKS: "매일 쓸 제품은 한 번에 쓰는 양까지 따져
  보면 좋아요", "오래 두고 쓸 한 가지로 고르기 좋아요"; s3491 "세 문장이 서로 연결되지 않는 조립형");
- title_unkept: a title that promises what the body does not give ("피부 타입별 후기를 모았어요", s2197);
- style_<family>_heard: the brief's style family heard in the body (계절, FOMO, 시간, 감성).

Round 24 part 3 (readings 37-38: push 3.09 / 3.37):
- size_twice: two body sentences that speak of the size ("…넉넉한 대용량이라 화장솜 팩으로도 …. 350ml 넉넉한
  용량입니다.", s2430, the only push below 3);
- noun_copula_twice: two consecutive sentences ending on one noun's copula ("…펴 발리는 제품입니다. SPF50+/PA++++
  자외선 차단 기능성 제품입니다.", s5241); name_twice: the name (or "이 {short name}") in two body sentences (s4282);
- grateful_not_gift: "고마운 분을 떠올리며" before an ask that gives no gift (s2430, s1500: "…떠올리며 후기' 어색");
- budget_dear_unit: a budget push quoting a price per ml or g past sms.UNIT_PRICE_SAID (s8645: "1ml당 약 1,500원꼴"
  — "가성비 고객에게 역효과").

Round 25 (readings 39-40: push 3.09-3.50):
- pressure_luxury: "더 미루지 말고" (a pressing lead) said to a luxury reader or in the 고급스러운 tone (s4748, 2.5:
  "'더 미루지 말고' 압박조"); pressure_all: the lead anywhere;
- title_name_alone: a title that is the product's name (or its short name) and nothing else (s4748, s9383: "제목이
  제품명뿐");
- noun_as_name: "이 {noun}" of two words ("이 시카 밤") in a body that named the product already (s4282: read as a
  second name);
- budget_unit_mid: a budget push quoting a per-ml or per-g price of 300-999원 (readers call such a figure clumsy).

Round 26 (readings 41-44: push 3.23-3.47, the lowest channel):
- self_gift_look: the emotional "나를 위해" lead before a look, a check or a coupon, not a try ("오늘은 나를 위해 제품
  페이지에서 가볍게 둘러보십시오", s3168, s9122, s5872, s7015: "'나를 위해 둘러보십시오' 어색");
- self_reward_luxury: "수고한 나에게" said to a luxury reader, in the 고급스러운 tone or of a premium line
  (reads cheap);
- special_cheap: "나를 위한 특별한 선택" over a product under facts.PREMIUM_PRICE (s5249: "1만 원대 세안제를 '특별한
  선택'으로 과장");
- sensitive_no_mild: a sensitive reader's push (title, body, button; the name cut out) with no mildness word a reader
  hears (persona_reason_check.MILD, 예민, 자극, 편안, 안심: a soothing ingredient's name alone is not heard, s5872,
  s9826, s9185, s7015, s1464, s5638: "민감성 고객 안심 포인트 없음"); sensitive_bare_held: of those, the push whose
  product sentence is only what it holds ("X에는 A·B가 들어 있어요.").

Round 27 (readings 45-48: push 3.07-3.83):
- name_ingredient_echo: a body sentence that says the product's name and, outside it, an ingredient that is a word of
  that name ("살리실산 데일리 젠틀 클렌저는 살리실산을 담았습니다", s1686, 2.5: "동어반복"; "아줄렌을 담은 … 카밍 샷
  아줄렌 선크림이에요", s7272); name_ingredient_echo_<persona> per reader;
- next_step_chooser: a next-step guide push (the event names the next product) with no line on the product in hand
  besides what it is or holds (s6552: "다른 라인 크림으로 넘어가 본품 판매가 약함").

Round 28 (readings 49-52: push 3.35, the lowest channel):
- ingredient_added: an ingredient said as an add-on ("…에는 판테놀까지 들어 있어요", "히알루론산까지 더했고", s2501,
  s8653: "살리실산보다 '알란토인까지' 강조가 어색", s3848); ingredient_second: a body with two sentences that name key
  ingredients ("…새싹 추출물을 담은 보습 토너입니다. 성분표에 베타글루칸이 들어 있습니다.", s1123: "끼워 넣은 문장");
- formal_bang: a 합쇼체 sentence ending on "!" ("…공유해 주시면 감사하겠습니다!", s1123, s8653: "톤 흔들림");
- stock_<key>: the stock phrases readers quoted: "아쉽지 않게" (s1949, s2602), "은은한 효과로" (s4873), "…피부까지
  갖췄" (s1839), "…기능성이라 오래 곁에 두" (s8572), "권합니다" in the 친근한 tone (s9757), "어떤 제형인지 제품
  페이지에서" (s9757: "제형은 페이지에서 확인");
- campaign_bare: "이번 캠페인" said with no word of what it is (s2501, s6428: "캠페인 설명 없이 참여 유도").

Round 29 (readings 53-56: push 3.36-3.83):
- stock_put_off: "미루기엔 아깝다면" (s5518, s6183: "어색한 FOMO", "논리 약함");
- look_thrill: "설레는 마음으로" before a look at the page (s9596, s9248: "'설레는 마음으로 … 제형인지 확인' 어색");
- adverb_question: a tone's adverb before a look's question, bound to its subject ("편하게 이 클렌저가 어떤 제형인지 …",
  s7019: "어순 어색");
- stay_title_new: "오래 곁에 둘 …" as the title to a reader who has not got it or has not started it (stages 0-1: s5400,
  s6183: "획득 단계인데 제목 '오래 곁에 둘'");
- gaze_opener: "눈길이 머무는 {product}은 …" (s8587: "군더더기").

    PYTHONPATH=. python bench/push_reader_check.py --n 2000
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels
from persona_reason_check import MILD, PER_ML, TREND_FEATURE, _phrases, carries_reason, house_of, tone_audible

from crm_core.generation.composer import push, sms
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import PREMIUM_PRICE as PREMIUM
from crm_core.generation.composer.facts import register_price
from crm_core.generation.template import short_product_name

LAB = ("🔬", "🧪")
LAB_FIT = re.compile(r"레티|비타민C|나이아신|펩타이드|아데노신|살리실산|PDRN|%|세대|기능성|앰플|세럼")
PRICE = re.compile(r"[\d,]+원")
TREND_STOCK = tuple(push.USER_HOOKS[s]["trend"] for s in push.USER_HOOKS)
STOCK_HOOKS = {
    "budget": ("한 번에 쓰는 양까지 따져", "매일 손이 갈 단계인지부터 따져"),
    "luxury": ("하나를 골라도 제대로 고르고 싶은", "오래 두고 쓸 한 가지로 고르기", "꼼꼼히 비교해 고르는 분께"),
}
SENTENCE = re.compile(r"(?<=[.!?])\s+")
ECHO_ROOTS = (
    "녹(?!차)",
    "닦",
    "씻",
    "감싸",
    "스며",
    "정돈",
    "채워|채우|채운",
    "머금",
)  # a verb said of what the product does
COPULA_NOUN = re.compile(r"(\S+?)(?:이에요|예요|입니다)[.!]?$")
GIFT_WORDS = re.compile("선물|건네|전해|전하")
SELF_GIFT_LOOK = re.compile("나를 위해 [^.]*(?:둘러보|확인해|살펴보|받아 두|알아보)")
MILD_HEARD = re.compile(f"{MILD.pattern}|예민|자극|편안|안심")
BARE_HELD = re.compile(r"[^.!?]+(?:에는|[은는]) [^.!?]+(?:들어 있어요|들어 있습니다|담았어요|담았습니다)[.!]")
UNIT_FIGURE = re.compile(r"1(ml|g)당 약 ([\d,]+)원")
STYLE_HEARD = {  # style index: (family, what makes it heard in the body)
    0: ("time", re.compile("지금|오늘|바로|이번 주|서둘|늦기 전|이맘때")),
    2: ("fomo", re.compile("놓치|지나치|아쉬|아쉽|미루지|아깝|늦지 않게|먼저 챙|떨어지기 전|후회 없|아껴 두지만")),
    3: ("emotion", re.compile("나를 위|마음|수고|위로|포근|따뜻|설레|기분|오늘 하루|하루 끝|손길|내 피부를 위해")),
    4: ("season", re.compile("겨울|계절|찬 바람|건조한 날|연말|이맘때|추운")),
}
# Round 25 part 2 (readings 37-40: "감성 공감 없음" 45 notes, "긴박감 없음" 25): what a reader hears as the style in
# the title or the body together; a push with none of it is style-deaf (style_<family>_deaf).
STYLE_READ = {
    0: ("time", re.compile("지금|오늘|이번 주|바로|서둘|늦기 전|이맘때|늦지 않게")),
    3: (
        "emotion",
        re.compile(
            "나를 위|나에게|마음|수고|위로|포근|따뜻|설레|기분|하루|손길|내 피부를 위해|돌보|떠올리|곁에|아끼는|고마운"
            "|정성|여유|편안|휴식|쉼"
        ),
    ),
}

ADDED = re.compile("까지 (?:더했|더한|들어 있|담았|담은|갖췄)")
FORMAL_BANG = re.compile("(?:니다|십시오|세요)!")
STOCK_PHRASES = {
    "not_sorry": re.compile("(?<!떨어져서 )아쉽지 않게"),  # "떨어져서 아쉽지 않게" names its loss
    "soft_effect": re.compile("은은한 효과로"),
    "skin_equipped": re.compile("피부까지 갖췄"),
    "functional_kept": re.compile("기능성이라 오래 곁에"),
    "advise_friendly": re.compile("권합니다"),
    "texture_page": re.compile("어떤 제형인지 제품 페이지"),
    "put_off": re.compile("미루기엔 아깝다면"),
}
LOOK_THRILL = re.compile("설레는 마음으로 [^.]*지 제품 페이지")
ADVERB_QUESTION = re.compile(r"(?:편하게|차근차근|천천히|여유롭게|바로) 이 [^.]+?[이가을를] 어(?:떤 \S+인지|떻게)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="", help="a count whose messages are printed")
    parser.add_argument("--dump", default="", help="a file each push is written to, one a line (to diff two commits)")
    parser.add_argument("--verbose", action="store_true", help="print the per-kind luxury_fit_dropped counts too")
    args = parser.parse_args()
    plans: dict[int, object] = {}
    requests: dict[int, object] = {}
    real = push.bodies

    def watched(plan, request):  # type: ignore[no-untyped-def]
        plans[id(request.resolved.brief)] = plan
        requests[id(request.resolved.brief)] = request
        return real(plan, request)

    push.bodies = watched  # the plan a push was written from (its fit), read back per brief
    import crm_core.generation.composer.forms as forms

    forms.push.bodies = watched
    pipeline, catalog = checked_pipeline()
    c: Counter = Counter()
    dump = open(args.dump, "w") if args.dump else None
    for _channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, ("push",)):
        product = result.product
        if not getattr(product, "category", None):
            continue
        c["push"] += 1
        message = result.message
        text = " ".join((message.title or "", message.body, message.cta or ""))
        found: set[str] = set()
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        key = angle_for(result.persona).key
        brief = result.brief
        if dump:
            tone_name = getattr(brief.tone, "value", brief.tone)
            head = f"{key} s{brief.stage_index} t{brief.style_index} {tone_name} ev{int(bool(brief.is_event))}"
            reason = carries_reason(key, product, bare, house_of(result.brand.story or ""))
            head = f"{head} seed{brief.seed} r{int(reason)}"
            dump.write(f"{c['push']}\t{head} {product.name}\t{text}\n")
        body = message.body
        sentences = [x for x in SENTENCE.split(body) if x]
        short = short_product_name(product.name)
        c[key] += 1
        if carries_reason(key, product, bare, house_of(result.brand.story or "")):
            c[f"reason_{key}"] += 1
        elif key == "budget":
            fit = getattr(plans.get(id(brief)), "fit", None)
            if fit is not None and fit.short:
                c[f"budget_fit_dropped_{fit.kind}_{'event' if brief.is_event else 'plain'}"] += 1
                if args.show == "budgetfit":
                    print(f"BFIT {fit.kind} s{brief.stage_index} ev{int(brief.is_event)}: {fit.short} || {body}")
        named = [product.name in x or (len(short) > 3 and short in x) for x in sentences]
        if any(a and b for a, b in pairwise(named)):
            found.add("name_consecutive")
        plain = [x.replace(product.name, "").replace(short, "") for x in sentences]
        heads = [i.split()[0] for i in product.key_ingredients if len(i.split()[0]) >= 2]
        for h in heads:
            if sum(h in x for x in plain) >= 2:
                found.add("ingredients_twice")
                break
        plain = [x.replace(product.name, "").replace(short, "") for x in sentences]
        for a, b in pairwise(plain):
            if any(re.search(r, a) and re.search(r, b) for r in ECHO_ROOTS):
                found.add("stem_echo")
        for hook in STOCK_HOOKS.get(key, ()):
            if hook in body:
                found.add(f"stock_hook_{key}")
                if args.show == "hookfit":
                    fit = getattr(plans.get(id(brief)), "fit", None)
                    print(f"HOOK {key} {fit.kind if fit else None}: {fit.short if fit else ''} || {body[:160]}")
        if sum(bool(re.search("용량|넉넉", x)) for x in sentences) >= 2:
            found.add("size_twice")
        ends = [m.group(1) if (m := COPULA_NOUN.search(x)) else None for x in sentences]
        if any(a and a == b for a, b in pairwise(ends)):
            found.add("noun_copula_twice")
        tail = short.split()[-1] if short.split() else short
        said_name = [product.name in x or (len(short) > 3 and short in x) or f"이 {tail}" in x for x in sentences]
        if sum(said_name) >= 2:
            found.add("name_twice")
        gift = message.cta in push.GIFT_ASKS
        if not gift and any("고마운 분을 떠올리며" in x and not GIFT_WORDS.search(x) for x in sentences):
            found.add("grateful_not_gift")
        if key == "budget":
            dear = [m for m in UNIT_FIGURE.finditer(body) if int(m.group(2).replace(",", "")) > sms.UNIT_PRICE_SAID]
            if dear:
                found.add("budget_dear_unit")
        if "미루지 말고" in body:
            c["pressure_all"] += 1
            tone_name = str(getattr(brief.tone, "value", brief.tone))
            if key == "luxury" or tone_name == "고급스러운":
                found.add("pressure_luxury")
        title_words = " ".join(w for w in (message.title or "").split() if re.search("[가-힣A-Za-z0-9]", w))
        if title_words in (product.name, short):
            found.add("title_name_alone")
        noun = getattr(plans.get(id(brief)), "facts", None)
        noun = getattr(noun, "noun", "") if noun is not None else ""
        if " " in noun and f"이 {noun}" in body.replace(product.name, "").replace(short, ""):
            found.add("noun_as_name")
        if key == "budget":
            mid = [m for m in UNIT_FIGURE.finditer(body) if 300 <= int(m.group(2).replace(",", "")) <= 999]
            if mid:
                found.add("budget_unit_mid")
        if SELF_GIFT_LOOK.search(body):
            found.add("self_gift_look")
        tone_value = str(getattr(brief.tone, "value", brief.tone))
        if "수고한 나에게" in text and (
            key == "luxury" or tone_value == "고급스러운" or register_price(product) >= PREMIUM
        ):
            found.add("self_reward_luxury")
        if "특별한 선택" in (message.title or "") and register_price(product) < PREMIUM:
            found.add("special_cheap")
        if key == "sensitive" and not MILD_HEARD.search(bare):
            found.add("sensitive_no_mild")
            if any(BARE_HELD.fullmatch(x) for x in sentences):
                found.add("sensitive_bare_held")
                fit = getattr(plans.get(id(brief)), "fit", None)
                c[f"sensitive_bare_held_fit_{fit.kind if fit else None}"] += 1
        name_words = set(product.name.split())
        echoed = [
            h for i in product.key_ingredients if (h := i.split()[0]) in name_words and len(h) >= 2
        ]  # an ingredient the name carries
        named_as = plans.get(id(brief)).facts.name if id(brief) in plans else short  # the name the body says
        echo = [x for x in sentences if named_as in x and any(h in x.replace(named_as, " ") for h in echoed)]
        if [x for x in echo if "이름처럼" not in x]:  # "이름처럼 …" says it as the name's promise kept, on purpose
            found.add("name_ingredient_echo")
            found.add(f"name_ingredient_echo_{key}")
        if "다음 단계" in (message.cta or "") or "다음 단계로" in body:
            c["next_step"] += 1
            told = [x for x in sentences if "다음 단계" not in x and not BARE_HELD.fullmatch(x)]
            if not any(named_as in x or "이 " in x for x in told):
                found.add("next_step_chooser")
        if "피부 타입별" in (message.title or "") and "피부 타입" not in body:
            found.add("title_unkept")
        ingredient_words = [i for i in product.key_ingredients if len(i) >= 2]
        if ADDED.search(body) and any(f"{i}까지" in body or f"{i.split()[0]}까지" in body for i in ingredient_words):
            found.add("ingredient_added")
        naming = [x for x in plain if any(i in x for i in ingredient_words)]
        if len(naming) >= 2:
            found.add("ingredient_second")
        level = str(getattr(brief.honorific, "value", brief.honorific))
        if level == "합쇼체" and FORMAL_BANG.search(body):
            found.add("formal_bang")
        for stock, pattern in STOCK_PHRASES.items():
            if pattern.search(body) and (stock != "advise_friendly" or tone_value == "친근한"):
                found.add(f"stock_{stock}")
                c["stock_any"] += 1
        if LOOK_THRILL.search(body):
            found.add("look_thrill")
        if ADVERB_QUESTION.search(body):
            found.add("adverb_question")
        if "오래 곁에 둘" in (message.title or "") and brief.stage_index in (0, 1):
            found.add("stay_title_new")
        if "눈길이 머무는" in body:
            found.add("gaze_opener")
        if "이번 캠페인" in body:
            found.add("campaign_bare")
        style = STYLE_HEARD.get(brief.style_index)
        if style:
            c[f"style_{style[0]}"] += 1
            if style[1].search(body):
                c[f"style_{style[0]}_heard"] += 1
            else:
                found.add(f"style_{style[0]}_missing")
        read = STYLE_READ.get(brief.style_index)
        if read and not read[1].search(f"{message.title or ''} {body}"):
            found.add(f"style_{read[0]}_deaf")
            if args.show == "deaftitles":
                plan = plans.get(id(brief))
                req = requests[id(brief)]
                print("DEAF", read[0], plan.styles, push.titles(plan, req.evidence.event, req.variant, req))
        tone = str(brief.tone.value if hasattr(brief.tone, "value") else brief.tone)
        if key == "luxury":
            if carries_reason(key, product, bare, house_of(result.brand.story or "")):
                c["luxury_reason"] += 1
            else:
                plan = plans.get(id(brief))
                fit = getattr(plan, "fit", None)
                if fit is not None and fit.short:
                    found.add("luxury_fit_dropped")
                    c[
                        f"luxury_fit_dropped_{fit.kind}_s{brief.stage_index}_{'event' if brief.is_event else 'plain'}"
                    ] += 1
                    if args.show == "fit":
                        print(f"FIT {fit.kind}: {fit.short} || {message.body[:200]}")
        if tone in ("감성적인", "고급스러운"):
            c[f"tone_{tone}"] += 1
            if tone_audible(tone, bare):
                c[f"tone_{tone}_heard"] += 1
            else:
                found.add(f"tone_{tone}_missing")
        if key == "trend" and any(s in text for s in TREND_STOCK) and _phrases(product, TREND_FEATURE):
            found.add("trend_stock")
            fit = getattr(plans.get(id(brief)), "fit", None)
            c[f"trend_stock_fit_{fit.kind if fit else None}"] += 1
            if args.show == "trendfit" and fit:
                print(f"TFIT {fit.short} || {message.body[:200]}")
        if key == "budget":
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", message.body) if s]
            priced = [s for s in sentences if PRICE.search(s) and product.name in s]
            if priced and len(sentences) <= 2 and not any(s for s in sentences if s not in priced and "원" in s):
                if all(("정가" in s or "한 통" in s) for s in priced) and not re.search(r"당 약", priced[0]):
                    found.add("budget_bare_price")
            if brief.stage_index == 2 and PER_ML.search(text):
                found.add("budget_per_ml_kept")
        if any(e in text for e in LAB):
            c["lab"] += 1
            if tone == "감성적인" or not LAB_FIT.search(f"{product.name} {' '.join(product.key_ingredients)}"):
                found.add("lab_emoji_misfit")
        for name in found:
            c[name] += 1
            if name == args.show:
                head = f"{key} s{brief.stage_index} t{brief.style_index} {tone} seed{brief.seed} ev{brief.is_event}"
                print(f"[{head}] {product.name} | {text[:220]!r}")
    for name in sorted(c):
        if (
            name.startswith(("luxury_fit_dropped_", "trend_stock_fit_", "sensitive_bare_held_fit_", "budget_fit_"))
            and not args.verbose
        ):
            continue
        print(f"{name}: {c[name]}")


if __name__ == "__main__":
    main()
