"""The one clause per message that plainly speaks to this reader's value focus, from true evidence.

Blind readings rated customer fit lowest: a budget reader got a bare price ("150ml 용량에 정가
38,000원이에요"), a luxury reader a list of ingredients with no frame, a natural reader no word on
origin. Each persona names what it weighs (data/personas.json `value_focus`); this module picks the
evidence that answers it and says so in one sentence:

- budget (가격 대비 효율, 실제 사용자 후기): what real users said (a repurchase or value review first),
  how little one use takes, a generous size, or a function one step carries; with the price where
  the brand talks price, so the price never stands alone;
- luxury (근거가 분명한 성분, 안티에이징): the registered function, or the named actives on the label;
- sensitive (순한 사용감, 피부 테스트): a review of gentleness, or the catalog listing sensitive skin;
- trend (새로움, 써 보는 재미, 메이크업 결과): how it looks or feels, from the catalog or a review, else a
  catalog claim on its texture, finish, make-up result or colour range (never "신제품" or "화제");
- natural (자연 유래 성분, 오래 써도 편안한 사용감): where an ingredient comes from, as the catalog says.

Nothing here is a new claim: every sentence restates a catalog fact, a review sentence that passed
reviews.py's negation and hedge filter, or the catalog's usage text, framed by the reader's need.
`line` is for the long forms, `short` for push and SMS (other helpers place it there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crm_core.domain import Honorific
from crm_core.evidence import unit_price
from crm_core.generation.composer import lines
from crm_core.generation.composer.facts import (
    BASE_INGREDIENTS,
    CALMING,
    CARE_ACTIVES,
    NATURAL_SOURCES,
    PLAIN_BASES,
    SOOTHING,
    STRONG_ACTIVES,
    SUPPORTING,
    WASH_OFF,
    ProductFacts,
    named_for_its_plant,
    names_ingredient,
    plant_origin,
    texture_clash,
    trusted_role,
)
from crm_core.generation.composer.reader import (
    budget_lines,
    product_kind,
    reader_lines,
    registered_function,
    small_dose,
)
from crm_core.generation.composer.reviews import ReviewPoint
from crm_core.generation.composer.speech import conjugate


@dataclass(frozen=True)
class Fit:
    """A sentence for this reader's value focus and the evidence it rests on."""

    kind: str  # what it rests on: review, dose, one_step, volume, function, actives, sensitive_type, origin
    line: str  # 해요체 sentence for Kakao, LMS and email
    short: str  # the same point in push or SMS length (해요체); "" where it is no push's point
    fact: str  # the fact it states, so that no other proof says it again
    # the long forms' line without an ask ("…확인해 보세요"), for a referral whose one ask is the share (round 23);
    # "" where `line` asks nothing
    plain: str = ""


# Reviews a budget reader reads as value: coming back to it, or worth the money.
VALUE_ASPECTS = ("재구매", "가성비")
BUDGET_REVIEW = "실제로 써 본 분들은 {review} 후기를 남겼어요."
# The price said with what it buys, never as a bare list ("60ml에 정가 32,000원이고", reading 11).
BUDGET_PRICED_REVIEW = "{volume}에 정가 {price}원, 실제로 써 본 분들은 {review} 후기를 남겼어요."
BUDGET_REVIEW_SHORT = "실제로 써 본 분들이 {review} 후기를 남겼어요."
BUDGET_VOLUME = "{point}(이)라 한 통을 오래 두고 쓸 수 있어요."
BUDGET_VOLUME_SHORT = "{volume} 넉넉한 용량이에요."
# How little one use takes, or a registered function one step carries, with the price it comes at.
BUDGET_PRICED_DOSE = "{volume} 한 {pack}에 정가 {price}원, 한 번에 {dose}만 덜어 쓰니 오래 두고 쓸 수 있어요."
BUDGET_PRICED_FUNCTION = "{volume}에 정가 {price}원으로 {function} 기능성까지 한 단계에 챙길 수 있어요."
# A catalog sentence about the size or a second use ("넉넉한 대용량이라 화장솜 팩으로도 …", "메이크업 베이스로도
# 쓸 수 있습니다"): what the money buys, in the catalog's own words, after the price.
BUDGET_PRICED_CLAIM = "{volume}에 정가 {price}원, {claim}"
# round 33: a lip balm worn alone or over a lipstick ("혼자 발라도 자연스럽고 립 위에 덧발라도 좋습니다") is a
# second use too (a budget SMS of 센슈얼 누드 밤 kept it only while fit.py had nothing else)
_VALUE_CLAIM = re.compile("넉넉|대용량|온 가족|로도 (쓸|쓰|아낌)|올인원|세안 단계를 줄|모두 쓸|팩처럼|위에 덧발라도 좋")
# round 34: a second use the catalog states ("립 위에 덧발라도 좋습니다", "팩처럼 올려 두어도 좋습니다"), said with
# its worth
_SECOND_USE = re.compile("위에 덧발라도 좋|팩처럼 올려 두어도 좋")
_SECOND_USE_END = "좋아요."
BUDGET_SECOND_USE = ", 하나를 두 가지로 쓸 수 있어요."
# Nothing else to say of a low price: it is said as what it costs to keep using it, never as a bare figure (no
# "매일": the reason line beside it often says so already). Round 27 (reading 46 s5091, reading 48 s1705: "'가격 걱정
# 없이 곁에 둘 수' 어색", "'가격 걱정 없이' 상투적, 후기 근거 없음"): the price as what buying it again costs, or, for
# a sunscreen whose usage asks to reapply, what applying it generously costs. One clause, ending "…수 있어요", so that
# the tone's clause still joins it (toned(); tried: "…원, 다 쓰고 다시 들여도 부담이 적은 가격이에요" took the
# emotional clause off, 감성적인 long 436 -> 434, and the restrained "곁에 둘" with the stock, 고급스러운 278 -> 272;
# a sunscreen's per-ml figure made the line too long to carry a tone).
EVERYDAY_PRICE = 30_000
BUDGET_PRICED_EVERYDAY = "{volume}에 정가 {price}원이라 {use} 수 있어요."
BUDGET_EVERYDAY_AFTER = "이 정도 가격이면 {use} 수 있어요."  # the opener told the price
EVERYDAY_USE = "부담 없이 다시 곁에 둘"
# a reader who has not bought it yet is not told "다시 곁에 둘" (round 30, bench/fact_run_check.py keep_new: 12)
EVERYDAY_USE_NEW = "부담 없이 들여 볼"
EVERYDAY_USE_SUN = "늘 곁에 두고 부담 없이 덧바를"  # a sunscreen whose usage asks to reapply ("외출 중 덧바릅니다")
BUDGET_EVERYDAY_SHORT = "{volume} 한 통을 {price}원에 부담 없이 들일 수 있어요."  # push: its own body, the price in it
# Round 33 (reading 80, s4038 헤라 크림, s7994 설화수 자음수: "가성비 고객에게 가격·후기 근거가 없음"): a house that
# never talks price (voice price_talk: 설화수, 헤라), or a line priced as premium, gave a budget reader nothing where
# the catalog states no dose, no generous size, no registered function and the evidence no review (41 of 117 such long
# messages in copy-eval's grid). There the size and the price are said once, plainly, as the catalog states them: a
# figure this reader weighs for themself, with no verdict on it (no "가성비", "부담 없이", "합리적"), so that a
# restrained house keeps its manners (no discount talk, no per-ml sum). Never at first use or in a referral, which
# lean on no price (plan._price_talk), nor where the message said the price already, nor beside a review.
BUDGET_PRICE_PLAIN = "용량은 {volume}, 정가는 {price}원이에요."
# push and SMS: the price with what it buys, never a bare size ("한 통 3.5g 용량입니다" read as a dry non-reason,
# test_push) nor a sentence ending on the figure
BUDGET_PRICE_PLAIN_SHORT = "정가 {price}원에 {volume} 한 {pack}(이)에요."
UNPRICED_STAGES = frozenset({1, 4})
# Round 40 (readings 96-97, s2967 원스텝 패드 70매: "70매 가격 대비 가치 같은 가성비 관점이 없음"; s7521 옥용팩:
# "정가를 나열만 해 가성비 설득이 되지 않음"): how long one pack lasts, worked out from what the catalog states (a
# weekly use it names, a daily pad's sheet count), is value said as use at any stage, a price or none beside it;
# never a pace the catalog does not state
_WEEKLY = re.compile(r"주 ?\d(?:~\d)?회")
_SHEETS = re.compile(r"^(\d+)매$")
_DAILY_PAD = re.compile("매일|데일리")
# the catalog's own sentence carries the pace ("매끈한 피부결이 필요한 날 주 1~2회 사용하기 좋아"), so that no other
# proof says it again beside the line (tried: "주 1~2회 쓰는 팩이라 …" was followed by the claim, "주 1~2회" twice)
_WEEKLY_END = re.compile("(좋|알맞)습니다\\.$")
BUDGET_WEEKLY = "{claim} {volume} 한 통을 오래 두고 쓸 수 있어요."
BUDGET_PRICED_WEEKLY = "{volume}에 정가 {price}원, {claim} 한 통을 오래 두고 쓸 수 있어요."
BUDGET_WEEKLY_SHORT = "{claim} 한 통을 오래 두고 쓸 수 있어요."  # "오래 써요" has no 합쇼체 form in speech.py
BUDGET_SHEETS = "{volume} 한 통이면 하루 한 장씩 써도 {span} 쓸 수 있어요."
_MONTHS = {1: "한 달", 2: "두 달", 3: "석 달"}
# The price per ml (g, sheet) computed from the catalog's price and size, said as a computation ("정가로 계산하면
# … 약 …원꼴"), never as a claim (reading 14: "가성비 고객을 위한 효율 근거가 약합니다").
# Reading 19: "1ml당 가격은 정확하나 혜택으로 연결되지 않음": the figure is said with what it is for (the price
# weighed against the size), and never of a lip colour or a base ("립 틴트에 1g당 가격 계산은 어색"): make-up
# is bought for a shade, not by the gram.
# Round 28 (readings 49-52: "ml당 770원은 가성비 설득력 약함" s9482, "ml당 가격 문장 '한눈에 보입니다' 어색" s1476
# s7759, "ml당 가격 문장 템플릿 느낌"): the figure is said as what it lets the reader do (use it generously, a pad a
# day), never as a figure to look at ("용량 대비 가격이 한눈에 보여요", "분명한 숫자예요", "따져 보기 좋아요"), and
# only where it is low (under UNIT_CHEAP, as sms.UNIT_PRICE_SAID); a dearer figure is said plainly, after a review
# or an everyday price (per_persuades). (forms._smoothed joins "…원, " as "…원이고, ": no "…원이니 …원꼴이라".)
BUDGET_PER_UNIT = (
    "{volume}에 정가 {price}원이면 {unit}당 약 {per}원꼴이라 {use1} 써도 아깝지 않아요.",
    "{volume}에 정가 {price}원, {unit}당 약 {per}원꼴로 {use2} 쓰셔도 좋은 가격이에요.",
)
BUDGET_PER_UNIT_AFTER = (
    "정가로 치면 {unit}당 약 {per}원꼴이라 {use1} 써도 아깝지 않아요.",
    "정가로 따져도 {unit}당 약 {per}원꼴로 {use2} 쓰셔도 좋은 가격이에요.",
)
PER_UNIT_USE = {"매": ("매일 한 장씩", "하루 한 장씩")}  # a pad or a sheet mask: one a day
PER_UNIT_USE_ANY = ("듬뿍", "마음껏 덜어")
# a figure past UNIT_CHEAP: the computation said plainly, never a verdict on it (the last resort, per_persuades)
# round 35 (readings 84-87: "'계산하면 …원꼴' 어색"): the sum said as a copywriter says it, the price it follows from
# ("…원이니 1ml당 약 …원꼴이에요"), never "계산하면", a step of working shown to the reader
BUDGET_PER_UNIT_PLAIN = "{volume}에 정가 {price}원이니 {unit}당 약 {per}원꼴이에요."
BUDGET_PER_UNIT_PLAIN_AFTER = "정가로 따지면 {unit}당 약 {per}원꼴이에요."
NOT_BY_WEIGHT = ("lip", "base")
BUDGET_PER_UNIT_SHORT = "{price}원에 {volume} 한 통이니 {unit}당 약 {per}원꼴이에요."  # past UNIT_CHEAP
BUDGET_PER_UNIT_SHORT_CHEAP = "{price}원에 {volume}, {unit}당 약 {per}원꼴이라 {use1} 써도 돼요."
# Actives whose names a reader who checks formulas looks for on the label (an anti-aging focus).
AGE_ACTIVES = ("아데노신", "펩타이드", "레티놀", "레티날", "바쿠치올", "사포닌", "콜라겐", "진세노사이드", "에이지")
# A luxury reader is addressed by the care they give, never as a label inspector (reading 14: "성분을 하나하나
# 살피는 분", "효능의 근거부터 확인하시는 분" spoke past the luxury reader).
# Reading 19: "공들인 관리에 어울리는 …", "정성 들인 관리를 이어 가는 분께 잘 어울려요" came back whatever the product
# (a cleanser's sunflower oil included): the reason is the ingredient's place in the formula, said plainly in one of
# several wordings (turned by the product, fits() being cached per product), and never for a common helper alone.
# Reading 21: "'고르는 이유가 분명해요' 어색, 근거 설명 부족": the active is said as a fact of the formula, with no
# verdict on it ("근거가 분명", "고르는 이유가 분명" are the reader's words, not the copy's).
# (never "…을 담은 {noun}이에요": a second sentence saying what the product is)
LUXURY_ACTIVES = ("성분표에서 {actives}을 확인할 수 있어요.", "성분표에 {actives}이 들어 있어요.")
LUXURY_ACTIVES_SHORT = ("성분표에 {actives}이 들어 있어요.", "성분표에서 {actives}을 확인할 수 있어요.")
# A strength the catalog states ("달팽이 점액 여과물을 92% 담은", "순수 비타민C 25%를 담은"): the evidence a
# formula-minded reader weighs first (reading 11: "비타민C 25%라는 핵심을 놓침", "스네일 92 포인트가 없음").
_STRENGTH = re.compile(r"([가-힣A-Za-z]+(?: [가-힣A-Za-z]+)*?)(?:을|를)? ?(\d+(?:\.\d+)?%)(?:를|을)? 담은")
LUXURY_STRENGTH = "{ingredient}을 {strength} 담아, 무엇을 얼마나 바르는지 분명히 알고 쓸 수 있어요."
LUXURY_STRENGTH_SHORT = "{ingredient}을 {strength} 담았어요."  # no "…나": 0.1% retinol is a starting strength
# after an opener or a product line that named the ingredient: the figure it adds
LUXURY_STRENGTH_SAID = "{ingredient} 함량까지 {strength}로 밝혀 두어, 무엇을 바르는지 분명히 알고 쓸 수 있어요."
# The signature ingredient named by the product's name: the formula around it, the signature first.
# ("처방" reads as a drug's prescription to the ad-law guard: "구성", "함께 담아")
LUXURY_FORMULA = "{signature}을 중심으로 {support}까지 함께 담은 구성이에요."
# Named by the product line itself: what the formula adds, the signature not named again ("어린쑥과 어성초 추출물을
# 담은 미스트입니다. 어린쑥 추출물을 중심으로 …" read as the ingredient said twice, reading 12).
LUXURY_FORMULA_ADDED = "여기에 {support}까지 더한 구성이에요."
_FUNCTION = re.compile(r"피부 (.+?)에 도움을 주는 (이중 )?기능성")
# The catalog's own functional-cosmetic sentence (its legal wording kept), said as what the product is for.
# A function line that speaks of 성분 names one ("성분과 근거를 말하면서 성분을 하나도 밝히지 않음", reading 10);
# the hero active and the registered function are two catalog facts said in one plain sentence, with no verdict
# tacked on ("…(이)라, 오래 두고 쓸 근거가 분명해요", reading 21: "근거 설명이 얕음").
# Round 35 (reading 85, s7777: "주름 개선 기능성을 펩타이드에 붙인 근거 확인 필요", "'레티놀이 담겨 믿고 쓰기 좋다'
# 논리 비약"): the catalog registers the function for the product, not for one of its actives; the two are two facts
# side by side ("…기능성 화장품이고, 성분표에서 …도 확인할 수 있어요"), never "…을 담아 …에 도움을 주는 기능성"
# (forms.py turned "…을 담은, …기능성 화장품이에요" into "…을 담아 … 기능성을 갖췄어요" after the definition)
# ({head}: the claim before its last word, "화장품", so that no copula follows a slot: test_composer)
LUXURY_FUNCTION = (
    "{head} 화장품이고, 성분표에서 {actives}도 확인할 수 있어요.",
    "{claim}으로, 성분표에는 {actives}이 들어 있어요.",
)
LUXURY_FUNCTION_PLAIN = "{claim}(이)에요."
# (a push's first shape ends on the function, so that push.py says the name as its topic: "…아이크림은 피부 주름 개선
# 기능성 화장품입니다", reading 27, s1940, never two cut statements)
LUXURY_FUNCTION_SHORT = (
    "{function} 기능성 화장품이에요.",
    "{function}에 도움을 주는 기능성 화장품으로, {actives}도 들어 있어요.",
)
LUXURY_FUNCTION_SHORT_PLAIN = ("{function}에 도움을 주는 기능성 화장품이에요.", "{function} 기능성 화장품이에요.")
# A sunscreen, a base or a lip colour is chosen for protection and finish: its plain ingredients are no
# formula a luxury reader weighs (the ritual tip in reader.py speaks to them instead).
WORN_FOR_FINISH = ("sun", "base", "lip")
# Kinds rinsed or wiped away: no formula to dwell on, no "재미" of seeing them on the face.
WASHED = ("cleanser", "body_wash", "hair_wash")
# Humectants and common helpers: never the formula a luxury reader is told of (reading 21: "판테놀을 담아 …").
HELPERS = BASE_INGREDIENTS | SUPPORTING
# What a luxury reader takes as evidence from the product itself (a texture or a helper formula is not).
EVIDENCE_KINDS = frozenset({"strength", "function", "actives", "review", "heritage"})
# The feel on the skin a luxury reader welcomes (a refined texture), as the catalog's selling point says it.
_RICH_TEXTURE = re.compile("밀도|녹아|녹는|감싸|쫀쫀|쫀득|크리미|텍스처|제형|윤기|실키|부드럽게 밀착|얇게 밀착")
# Both wordings put the feature under the hand that applies it: a feature that says when or where the product
# is used ("건조한 실내에서 수시로 더하는 윤기", "밤사이 피부를 감싸는", "아침저녁 얇게 스며드는", "베개에 잘
# 묻어나지 않는") or says applying itself ("두드려 바르기 좋은", "바른 뒤 남는") reads wrong there ("바르는
# 손끝에서 건조한 실내에서 수시로 더하는 윤기가 먼저 느껴져요", a mist, found reading round 20's sample), and a
# mist is sprayed, not applied.
_NOT_UNDER_THE_HAND = re.compile(r"에서 |수시로|아침저녁|밤사이|베개|세안 (?:직)?후|바르|바른")
# never "바를 때마다 …" / "쓸 때마다 …" to a reader who has not used it yet (reading 22, s8179, s1940)
LUXURY_TEXTURE = ("{feature}(이)라, 바르는 손길부터 한결 여유로워져요.", "바르는 손끝에서 {feature}이 먼저 느껴져요.")
LUXURY_TEXTURE_SHORT = ("{feature}, 바르는 손길부터 여유로워져요.", "바르는 손끝에서 {feature}이 먼저 느껴져요.")
# A base or a lip colour is make-up, not care: its texture suits a polished look.
WORN_AS_MAKEUP = ("base", "lip")
LUXURY_MAKEUP_TEXTURE = "{feature}(이)라, 바르는 순간부터 메이크업이 한결 단정하게 정돈돼요."
LUXURY_MAKEUP_TEXTURE_SHORT = "{feature}, 단정한 메이크업에 잘 어울려요."
# A sunscreen or a base the catalog registers for UV protection (functional_claims 자외선차단): that registered
# function, with the rating the catalog states, is the evidence a luxury reader weighs (reading 29, s6614: "스틱에
# 자외선 차단과 무관한 성분 강조, 안티에이징 관심 미반영"; reading 28: "선크림 … 안티에이징 관심사와 무관"), said as the
# fact it is, before the formula's plain ingredients (WORN_FOR_FINISH), after the brand's research.
_RATING = re.compile(r"SPF\s?\d+\+?(?:\s?/\s?PA\+*)?")
# Never "…선크림이에요" after a definition that says what it is: the function is what it adds.
LUXURY_SUN = ("자외선 차단 지수 {rating}의 기능성 제품이에요.", "{rating} 자외선 차단 기능성까지 갖췄어요.")
LUXURY_SUN_SHORT = "{rating} 자외선 차단 기능성 제품이에요."
# Round 42 (reading 102-105, s6640 선스틱: "럭셔리 고객 관점 없음"; most luxury 3.0s were products with no anti-ageing
# fact): a sunscreen's registered UV protection is a step no firmness-minded routine skips, said as that step, never
# as a promise of firmness; a base's protection is no care step (make-up)
LUXURY_SUN_STEP = (
    "자외선 차단 지수 {rating}의 기능성 제품이라, 탄력 관리 루틴에서도 꼭 챙기는 단계예요.",
    "{rating} 자외선 차단 기능성까지 갖춰, 탄력을 챙기는 루틴의 한 단계로 두기 좋아요.",
)
# A line renewed over generations ("윤조에센스 6세대"): the catalog's name says its research heritage.
_GENERATION = re.compile(r"(\d+)세대")
# Never "6세대까지 이어 온 라인이에요" after a name that says "6세대" (reading 89, s1253: "'6세대까지 이어 온
# 라인입니다'가 툭 끊기고"): the generations counted in words, what they did to the line
LUXURY_HERITAGE = "{generations} 세대에 걸쳐 다듬어 온 라인이에요."
_GENERATION_WORDS = {"2": "두", "3": "세", "4": "네", "5": "다섯", "6": "여섯", "7": "일곱", "8": "여덟", "9": "아홉"}
# The brand's own research, as brands.json states it ("인삼을 비롯한 한방 원료를 오랜 시간 연구해 온", "피부 장벽을
# 연구하는"): the trust a luxury reader names first (data/personas.json: "믿을 수 있는 브랜드"), said only where the
# product itself gives no function, active, strength, generation or review for them. Said as a fact of the brand,
# never as "…라는 점도 믿고 고르는 이유가 돼요" (a second reason with no first, reading 21).
_RESEARCH = re.compile(
    r"(?:^|[ ,])((?:[가-힣]+ ){0,3}[가-힣]+?)(?:을|를) (?:오랜 시간 |꼼꼼히 |세심하게 )?연구(?:해 온|하는|해)"
)
_PARTICLE_ENDS = ("을", "를", "으로", "위해", "의")
LUXURY_BRAND = ("{brand}은 {subject}을 연구해 온 브랜드예요.", "{brand}은 {subject}을 연구해 왔어요.")
LUXURY_BRAND_SHORT = "{brand}은 {subject}을 연구해 온 브랜드예요."
# with the signature the product holds, where no other sentence names it: the house and the formula in one sentence,
# so that the ingredient line is not said apart after it ("…토너예요. 핵심 성분으로 …을 담았어요. …브랜드예요.")
LUXURY_BRAND_FORMULA = "{brand}은 {subject}을 연구해 온 브랜드로, 이 {noun}에는 {actives}을 담았어요."
# A brand whose story names no research: its first sentence, what the house is ("라네즈는 물과 수분에 대한 호기심에서
# 출발한 스킨케어 브랜드입니다"), said as the fact it is, with the signature where nothing names it.
LUXURY_HOUSE = "{house}예요."
LUXURY_HOUSE_FORMULA = "{house}로, 이 {noun}에는 {actives}을 담았어요."
_HOUSE_MOST = 60  # characters: a longer first sentence is no line of its own
_TRUSTED_HOUSE = re.compile("원료|성분|연구|장벽|과학")  # what a trust-seeker weighs in a house's own line
_EVIDENCED_HOUSE = re.compile("성분|연구|장벽|과학")  # of those, the evidence itself (not a raw material's story)
HOUSE_SHORT_MOST = 48  # characters: the house line a push or SMS still has room for
# Round 27 (readings 45-48: "럭셔리 고객이 원하는 근거·탄력 포인트 없음", "럭셔리 고객 관점 없음" of a peeling pad, a
# clear pad and an essence whose catalog says what they leave on the skin): a product with no function, active,
# strength or review for this reader, of a house whose line is mood alone (round 26 left it out), said one fact
# only. The catalog's own sentence on a result this reader names among their concerns (data/personas.json
# skin_concerns: 피부결, 윤기; a smooth skin or a clear glow left after use; a texture's 윤기 is LUXURY_TEXTURE's) is
# said as it stands, in 해요체: a fact of the product, never a promise of firmness it does not make. Offered last
# (luxury_fits), where nothing else of the product speaks to this reader: placed before a texture or a formula, it cost
# pushes whose product line states the claim their formula line (tried: 39 messages changed, long 426 -> 423 of 720).
# Not of make-up (a lip's shine, a cushion's glow is a finish) nor of a tone-up ("화사"), nor a definition
# ("…토너입니다": the product line's).
# Tried and left out: a wash that leaves the skin moist ("세안 후 당김이 적고 촉촉합니다", 건조함) and a clear finish
# ("맑게 마무리돼요"): said last, they still took the place of a richer proof or the skin-type line a push or an LMS
# said (tone audible 친근한 long 488 -> 487 of 603)
_LUXURY_RESULT = re.compile("피부결|맑은 광|피부가 [^.]{0,12}(?:매끈|매끄러)")  # the skin, never a pad's side
_NOT_RESULT = re.compile("화사|기분|향")
LUXURY_RESULT_SHORT_MOST = 32  # characters: a longer claim is no push or SMS line (it cost a push its formula)
LUXURY_ASPECTS = ("탄력", "윤기")
LUXURY_REVIEW = "꾸준히 써 본 분들은 {review} 후기를 남겼어요."
LUXURY_REVIEW_SHORT = "꾸준히 써 본 분들이 {review} 후기를 남겼어요."
SENSITIVE_REVIEW = "써 본 분들은 {review} 후기를 남겼어요."
SENSITIVE_ASPECTS = ("순하", "자극", "진정")
# Ingredients a sensitive reader looks for on the label (facts.SOOTHING: soothing and barrier helpers): named as
# what the formula holds, never as a promise of calm (the catalog's claims say what it does).
SENSITIVE_SOOTHING = "성분표를 먼저 보신다면 {ingredients}을 담았다는 점부터 확인해 보세요."
SENSITIVE_SOOTHING_SHORT = "성분표부터 보는 분께 반가운 {ingredients}을 담았어요."
# a referral's: the ingredients as a fact, the share line beside it asks to read the label together (round 23)
SENSITIVE_SOOTHING_PLAIN = "{ingredients}을 담았어요."
# What a sensitive reader checks first, as the catalog states it (reading 11: "민감성 고객이 궁금해할 순함·
# 테스트 정보가 없음"): its own sentence, said where the product line has not named it.
# A claim naming sensitive skin is that word too, said once: never beside the skin-type line ("민감성 피부도 쓸 수
# 있어요" + "민감성·복합성 피부에 잘 맞습니다", reading 11).
_MILD = re.compile("약산성|향료를 넣지 않|무향|저자극|순한 사용감|순한 세안감|민감성")
# The catalog's skin types said as a copywriter would: who can use it, never "사용 피부 타입으로 안내된
# {category}" (translationese, reading 9) nor the category noun the product line has just said.
SKIN_TYPE_ORDER = ("건성", "중성", "복합성", "지성")
SENSITIVE_TYPE_ALL = "피부 타입을 가리지 않아 건성·지성은 물론 민감성 피부도 쓸 수 있어요."
SENSITIVE_TYPE = "{types} 피부는 물론 민감성 피부도 쓸 수 있어요."
SENSITIVE_TYPE_ONLY = "민감성 피부도 쓸 수 있게 나온 제품이에요."
SENSITIVE_TYPE_SHORT = "민감성 피부도 쓸 수 있는 제품이라 안심이에요."
SENSITIVE_REVIEW_SHORT = "예민한 날 살펴볼 후기로는 {review} 이야기가 있어요."
TREND_ASPECTS = ("발색", "밀착", "지속", "윤기")
TREND_REVIEW = "써 본 분들 사이에서는 {review} 이야기가 먼저 나와요."
# A feature about finish, colour, texture or format: what a trend reader tries a product for. Coolness
# is left out (a winter campaign never sells it; the season is not known here).
_TREND_FEATURE = re.compile(
    "피니시|광|매트|벨벳|발색|컬러|톤업|제형|텍스처|캡슐|스틱|젤|쫀쫀|쫀득|말랑|터지|보송|물처럼|거품|입자"
    "|용기|스포이트|색상"  # the pack and the colour range: what a trend reader photographs and picks from
    # the finish left, the spread (reading 22: "트렌디 요소 부족")
    "|윤기|(?<!않)[은는한] 마무리|발리는|발리고|발림|녹는|밀착"
    # a rich cream's body, a peel-off film (reading 23, s5860/s1261: "트렌드 관심사 미반영" where the catalog said it)
    "|묵직|풍성한 크림|필오프"
    # round 33: an oil that turns milky in water ("잔여감 없이 헹궈지는 빠른 유화"), a format met on first use (its
    # claim was dropped as the feature's echo, and the feature was no trend feature: the cleansing oil said nothing)
    "|유화"
)
# a feel that cools (also heat-flushed skin calmed: "열감이 오른 피부를 식혀 주는 …", reading 25, s2662, read as out of
# season in winter): never a trend reader's first meeting with the product (fits() knows no send date)
_COOL = re.compile("시원|쿨링|청량|냉장|열감|식혀|식히")
# The finish, texture or format said plainly as what one meets on trying it, never "써 보는 재미는 …에
# 있어요" forced in (reading 9): a look or a format is seen, a texture is felt.
# a finish left ("산뜻한 마무리") is seen once worn, never "바르는 순간 … 마무리가 먼저 느껴져요" (round 14 sample)
_SEEN = re.compile("피니시|광|매트|벨벳|발색|컬러|톤업|캡슐|스틱|입자|거품|용기|스포이트|색상|윤기|마무리")
# a texture whose words name a finish ("산뜻하게 마무리되는 묽은 워터 제형", "촉촉한 윤기를 남기는 부드러운
# 제형") is still a texture, met on the skin: never "바르고 나면 … 제형부터 눈에 들어와요" (round 29, 8 of 2,000 grid
# messages)
_FELT_HEAD = re.compile("(?:제형|텍스처)$")


# Round 33 (reading 76, s9041: "촉촉한 마무리가 눈에 들어와요" — a feel is not seen): a finish said by how it feels
# on the skin ("끈적임 없이 촉촉한 마무리", "세안 후 당김이 적은 마무리", "파우더의 보송한 마무리") is met on the skin,
# not looked at; a finish said by its look ("맑은 마무리", "물기 어린 듯 맑은 마무리") stays seen
_TACTILE_FINISH = re.compile("(?:촉촉|산뜻|보송|당김|당기|끈적|매끈|매끄|부드러|가볍|가벼|편안|보습)[^.]*마무리$")
_VISIBLE_FINISH = re.compile("맑|광|윤기|투명|매트|발색|톤업|피니시|컬러")


def _looks(feature: str) -> bool:
    """Whether a trend feature is a look (seen) rather than a feel: _SEEN, unless its head noun is a texture or it
    is a finish felt on the skin (_TACTILE_FINISH with no word of a look)."""
    if _TACTILE_FINISH.search(feature) and not _VISIBLE_FINISH.search(feature):
        return False
    return bool(_SEEN.search(feature)) and not _FELT_HEAD.search(feature)


# reading 19-20 notes: "'써 보면 먼저 느껴지는/눈에 띄는 건 …이에요'는 상투적": the quality is the subject, said as met
TREND_SEEN = "처음 쓸 때부터 {feature}이 눈에 들어와요."
# The pack is what a trend reader photographs (data/personas.json: "사진에 잘 담기는 패키지"): said first.
_PACK = re.compile("용기|스포이트|패키지")
TREND_PACK = "손에 들면 {feature}부터 눈에 들어와요."
TREND_PACK_SHORT = "{feature}(이)라 손에 들 때부터 기분이 좋아요."
TREND_FELT = "처음 쓸 때부터 {feature}이 기분 좋게 느껴져요."
# to a user (stages 2, 4: TRIED_STAGES), never "처음 쓸 때부터" (reading 55, 자음생크림 at retention: "유지 단계에 '처음
# 쓸 때부터' 어색"): what each use meets
TREND_SEEN_USER = "쓸 때마다 {feature}이 눈에 들어와요."
TREND_FELT_USER = "쓸 때마다 {feature}이 기분 좋게 느껴져요."
# A feature that says when it is met ("바른 뒤 남는 은은한 윤기", "바를 때 부드럽게 터지는 캡슐") is said without a
# second moment before it ("처음 쓸 때부터 바른 뒤 남는 …", blind sample round 14)
_WHEN = re.compile("^(?:바른 뒤|바르고 나|바르는 순간|바를 때|세안 후|세안 직후|헹군 뒤|샤워 후)")
TREND_SEEN_WHEN = "{feature}이 눈에 들어와요."
# Round 35 (reading 84, s7178 브라이트닝 기미 에센스: "'쓸 때마다 아침저녁' 어순 어색"): a feature that opens on when it
# is used ("아침저녁 얇게 스며드는 묽은 제형") takes the first try or each use after it, never beside it
_TIMED = re.compile("^(?:아침저녁|아침|저녁|밤|낮|매일|하루)")
TREND_FELT_WHEN = "{feature}이 기분 좋게 느껴져요."
# the same point in a second shape, so that not every trend message says "써 보면 먼저 … 건" (reading 18: "상투적")
# Reading 19: "바르고 나서 거울을 보는 재미가 있어요" of a cleanser and a body wash. A look is said as what shows
# once worn, a feel as what one meets on the skin; a product rinsed away gets its feel said plainly (TREND_WASH),
# never "재미"; make-up gets its result (TREND_MAKEUP).
# Round 29 (long_flow_check: "바르고 나면 …부터 눈에 들어와요" in 19 messages, read as assembled): the look said where
# it shows, on the face once worn ("바른 얼굴에서는 … 피니시가 눈에 들어와요")
TREND_SEEN_TOO = "바른 얼굴에서는 {feature}이 눈에 들어와요."
_FORMAT = ("타입",)  # a feature that is the product's form ("…바르는 스틱 타입"), not what it leaves
# Round 27 (readings 45-48: "성분·사용감 설명 좋고 … 트렌드 고객 포인트 없음", s9970; "트렌드 요소 없음" in 25
# notes): the second shapes of a feel (TREND_FELT_TOO, TREND_WASH's second) said the texture with none of the trend
# reader's own words (새로움, 써 보는 재미: bench/persona_reason_check.py TREND_VOICE); they say how good it feels, as
# TREND_FELT does, claiming nothing new of the product. Never "처음 써 보는 순간 …" (tried): fits() knows no stage, and
# a user keeping up a routine ("잘 이어 가고 계신가요?") has tried it long since
TREND_FELT_TOO = "바르는 순간 {feature}이 기분 좋게 느껴져요."
TREND_TIMED = {
    TREND_SEEN: "{feature}이 처음 쓸 때부터 눈에 들어와요.",
    TREND_FELT: "{feature}이 처음 쓸 때부터 기분 좋게 느껴져요.",
    TREND_SEEN_USER: "{feature}이 쓸 때마다 눈에 들어와요.",
    TREND_FELT_USER: "{feature}이 쓸 때마다 기분 좋게 느껴져요.",
    TREND_SEEN_TOO: "{feature}이 바른 얼굴에서 눈에 들어와요.",
    TREND_FELT_TOO: "{feature}이 바르는 순간 기분 좋게 느껴져요.",
}
# never "…부터 확인해 보세요" (reading 44, s5305: "기존 사용자에게 컬러 립 '확인해 보라'는 등 문장이 조립된 느낌"):
# fits() knows no stage, and a reader who has the lip or the cushion checks nothing; said as what the eye goes to
TREND_MAKEUP = (
    "메이크업 결과를 먼저 보신다면 {feature}에 눈길이 가요.",
    "바른 얼굴에서는 {feature}이 눈에 들어와요.",
)
TREND_WASH = ("쓰는 동안 {feature}이 기분 좋게 느껴져요.", "{feature} 덕분에 쓰는 시간이 한결 기분 좋아져요.")
WORN_ON = ("skin", "eye", "sun", "base", "lip", "body")  # "바르고 나면": never of a mist, a pad or a mask
TREND_FEATURE_READER = "새로운 사용감을 찾는 분"  # forms.py keeps this line off the SMS/LMS reason (_points_line)
TREND_FEATURE_SHORT = "{feature}, " + TREND_FEATURE_READER + "이라면 반가울 거예요."  # push and SMS
# Round 26 (reading 43 s2433, reading 44 s5589: "트렌디한 톤·새로움 포인트가 없음"; readings 41-44: "트렌드 고객의
# 재미 포인트 없음"): a line renewed over generations ("윤조에센스 6세대") is the one newness the catalog states; where
# nothing else speaks to the trend reader (the product line said its texture and no review is left), it is said in
# that reader's words, the name saying which generation. Never a newness the catalog does not state. Tried and left
# out: a format that changes or bursts ("…거품으로 바뀌는", "…터지는 캡슐") said again in the reader's words after
# the product line (every such brief's hook already says it so: "…캡슐부터 써 보는 재미", "…만큼은 놓치기
# 아까워요"), and a pointer at any texture ("처음 써 보면 이 제형부터 …": "이 제형" where no line had named one, in
# a review's place; trend sms 142 -> 140 of 240).
TREND_GENERATION = "세대를 거듭해 새로 다듬어 온 라인이라 직접 써 보고 싶어져요."  # the name says which
# to a reader who has it already, the fact alone (reading 88, s8546: "이미 들인 제품에 '써 보고 싶어져요'가 어색함")
TREND_GENERATION_HELD = "세대를 거듭해 새로 다듬어 온 라인이에요."
# never "…후기를 남겨, …참고가 돼요" (reading 13: a clumsy joint): whose help the review is, then the review
# said to a reader who already uses it too (a referral, a refill): never "…찾는 분이라면 … 참고가 돼요" (reading 18),
# nor "… 후기가 이어지는 것도 꾸준히 쓰기 좋은 이유예요" (reading 21: "'~것도 이유입니다'의 앞 근거가 빠져 어색")
NATURAL_REVIEW = ("직접 써 본 분들은 {review} 후기를 남겼어요.", "써 본 분들 사이에서 {review} 후기가 이어져요.")
NATURAL_REVIEW_SHORT = "써 본 분들은 {review} 후기를 남겼어요."
NATURAL_ASPECTS = ("순하", "자극", "재구매", "보습", "촉촉")
TREND_REVIEW_SHORT = "{review} 후기가 있어 새로 들여 보기 좋아요."
# Round 30 (readings 57-60: "트렌드 관심사 없음/미반영", the most frequent customer note; the 2.0 messages were a
# shampoo, a scalp essence, a treatment, a firming cream: products with no finish, look or pack in the catalog, whose
# trend message said their ingredients plainly): what users talk about (a positive review of how it feels on use) is
# the trend reader's "요즘 이야기되는 것", said as talk among users (TREND_REVIEW) where nothing else speaks to them.
# Never a mildness, firmness or value review (another reader's point), never a review the hook or product line said.
TREND_TALKED_ASPECTS = (
    "흡수",
    "가볍",
    "끈적",
    "향",
    "백탁",
    "세정",
)  # moisture is the natural reader's (NATURAL_ASPECTS)
# Round 31 (readings 62-65: "트렌드 고객 관점(새로움·재미) 없음", the most frequent trend note; 172 of 720 trend long
# messages had no fit at all): where the product has no look, finish, pack or feel review to tell, what users keep
# talking about is still this reader's "요즘 이야기되는 것": a moisture or a coming-back review, said last, as talk.
TREND_TALKED_LAST = ("재구매", "촉촉", "보습")
TREND_TALKED_SHORT = "써 본 분들 사이에서 {review} 이야기가 이어져요."  # any stage: never "새로 들여" to a user
# after a hook that said trying it ("…부터 써 보는 재미가 있어요", "써 보기 전엔 …"): "써 보다" said once (reading 25:
# "'써 본' 반복")
TREND_TALKED_USING = "쓰는 분들 사이에서는 {review} 이야기가 먼저 나와요."
_TRIED_SAID = re.compile("써 보|써 본|써 봐")
FIRST_USE = 1  # the activation stage (plan.ACTIVATION)
# Words in a claim that say where an ingredient comes from ("인삼에서 얻은", "제주 녹차", "발효해").
_ORIGIN = re.compile("에서 얻은|에서 자란|유래|발효해|제주|우리 쌀|우리 땅|국내산")
# Where an ingredient comes from, as the catalog words it ("인삼에서 얻은 사포닌", "제주 홍차", "적송에서 얻은
# 성분"): said to a natural reader where the product line has not said it (reading 11: "내추럴 고객에게 원료
# 이야기가 없음"); "원료에서 얻은" names no place.
_ORIGIN_PHRASE = re.compile(
    r"((?:(?<![가-힣])(?!원료)[가-힣]+에서 얻은|제주) [가-힣]+?(?: 오일| 파우더)?)(?=과 |와 |을 |를 |의 | |,|\.|$)"
)
# Said plainly, as what the product holds (reading 21: "자연 유래 관심사와 성분 소개 어긋남"; the frame "…살피신다면
# …눈에 들어와요" carried less than the ingredient itself).
NATURAL_ORIGIN = ("이 {noun}에는 {origin}이 들어 있어요.", "{origin}을 담아 만들었어요.")
NATURAL_ORIGIN_SHORT = "{origin}을 담았어요."
# Said as what the formula holds, never "이름만으로 출처를 알 수 있는 원료" (reading 9).
NATURAL_INGREDIENT = (
    "{ingredients}처럼 자연에서 얻은 원료를 담았어요.",
    "성분표에서 {ingredients}처럼 자연에서 얻은 원료를 찾을 수 있어요.",
)
NATURAL_INGREDIENT_SHORT = "{ingredients}처럼 자연에서 얻은 원료를 담았어요."
# after a hook or a definition that says "담은" (forms.py joins the line to it: "인삼 열매 추출물을 담은 영양 크림으로,
# …"), the line holds without a second 담다 (reading 43, s4718: "'담은/담아' 중복", "담은/담아 반복으로 성분 설명이
# 겹침")
NATURAL_ORIGIN_HELD = "{origin}이 들어 있어요."
NATURAL_INGREDIENT_HELD = "{ingredients}처럼 자연에서 얻은 원료가 들어 있어요."
_HELD_SAID = re.compile("담은|담아|담았")


def budget_lasting(facts: ProductFacts, kind: str, priced: dict[str, str] | None) -> Fit | None:
    """How long one pack lasts where the catalog states the pace (a weekly use, a daily pad's sheets); None else.
    A pad's span is said where no price is (a priced pad hears its price per sheet, a sheet a day)."""
    weekly = next((c for c in facts.claims if _WEEKLY.search(c) and _WEEKLY_END.search(c)), None)
    if weekly and facts.volume:
        told = {"claim": _WEEKLY_END.sub(r"\1아", weekly), "volume": facts.volume}
        line = lines.fill(BUDGET_PRICED_WEEKLY if priced else BUDGET_WEEKLY, told | (priced or {}))
        # the claim is the fact it states: no proof says the weekly use again after it
        return Fit("volume", line, lines.fill(BUDGET_WEEKLY_SHORT, told), weekly)
    sheets = _SHEETS.match(facts.volume or "")
    daily = any(_DAILY_PAD.search(t) for t in (*facts.claims, *facts.points))
    if kind != "pad" or not sheets or not daily or priced:
        return None
    count = int(sheets.group(1))
    months = _MONTHS.get(count // 30)
    if not months:
        return None
    span = f"{months} 넘게" if count % 30 else f"{months} 동안"
    line = lines.fill(BUDGET_SHEETS, {"volume": facts.volume, "span": span})
    return Fit("volume", line, line, line)


def budget_fits(
    facts: ProductFacts,
    kind: str,
    reviews: tuple[ReviewPoint, ...],
    price_talk: bool,
    said: str = "",
    shift: int = 0,
    stage: int = -1,
) -> list[Fit]:
    """What the money buys, said with evidence: a value review, how little one use takes, one step
    carrying a function, a generous size or a second use, else any plain review as what real users
    said; where the price is said, it comes with that reason (never alone)."""
    stated = price_talk and facts.price and facts.volume  # a price is said with its pack size or not at all
    priced = {"volume": facts.volume, "price": f"{facts.price:,}", "noun": facts.noun} if stated else None
    value = next((r for r in reviews if r.aspect in VALUE_ASPECTS), None)
    steps: list[Fit] = []
    if value:
        steps.append(_budget_review(value, priced))
    for line in budget_lines(facts, kind):
        dosed = "한 번에" in line
        if priced:  # the price with the reason: said as the fit, in place of the bare price line
            steps.append(Fit("value", _priced_step(facts, kind, dosed, priced), line, line))
        else:
            steps.append(Fit("dose" if dosed else "one_step", line, line, line))
    claim = _value_claim(facts)
    if claim and priced:
        plain = conjugate(claim, Honorific.haeyo)
        steps.append(Fit("value", lines.fill(BUDGET_PRICED_CLAIM, priced | {"claim": plain}), plain, claim))
    generous = next((p for p in facts.points if "넉넉" in p or "대용량" in p), None)  # the catalog's own words
    if generous and facts.volume:
        filled = {"volume": facts.volume, "point": generous}
        steps.append(
            Fit("volume", lines.fill(BUDGET_VOLUME, filled), lines.fill(BUDGET_VOLUME_SHORT, filled), generous)
        )
    lasting = budget_lasting(facts, kind, priced)
    if lasting and not _echoes(lasting.fact, said):
        steps.append(lasting)
    if claim and not priced and not facts.premium and not _echoes(claim, said):
        # no price said (a first-use guide, a referral, a brand that never talks price): the second use or the
        # size is the value itself, in the catalog's words (reading 22: "가성비 포인트 없음", s3376, s1923, s6328);
        # after the size, which a push has room for
        plain = conjugate(claim, Honorific.haeyo)
        line = plain
        if _SECOND_USE.search(claim) and plain.endswith(_SECOND_USE_END):
            # round 34 (reading 82, s2111 센슈얼 누드 밤: "가성비 고객에게 4만 원 립밤의 가치 근거가 없음"): the second
            # use said as what it is worth to this reader, one product doing two jobs (a push keeps the claim alone:
            # the longer line cost a push its value line, tried)
            line = plain.removesuffix("요.") + BUDGET_SECOND_USE
        steps.append(Fit("one_step", line, plain, claim))
    per = per_unit(facts.price, facts.volume) if facts.price and facts.volume else None
    told_price = bool(facts.price) and f"{facts.price:,}원" in said  # the opener said price and size
    per_fit = None
    if per and kind not in NOT_BY_WEIGHT and (priced or (told_price and facts.volume in said)):
        uses = PER_UNIT_USE.get(per[0].lstrip("0123456789"), PER_UNIT_USE_ANY)
        told = {"volume": facts.volume, "price": f"{facts.price:,}", "unit": per[0], "per": per[1]}
        told |= {"use1": uses[0], "use2": uses[1]}
        if _cheap(per):
            line = lines.fill(turn(BUDGET_PER_UNIT if priced else BUDGET_PER_UNIT_AFTER, facts, shift), told)
            short = lines.fill(BUDGET_PER_UNIT_SHORT_CHEAP, told)
        else:
            line = lines.fill(BUDGET_PER_UNIT_PLAIN if priced else BUDGET_PER_UNIT_PLAIN_AFTER, told)
            short = lines.fill(BUDGET_PER_UNIT_SHORT, told)
        per_fit = Fit("value", line, short, line)
    persuades = per_fit is not None and per_persuades(per, kind, stage)
    if persuades:
        steps.append(per_fit)
    new = next((r for r in reviews if not _shares_word(r.clause, said)), None)
    if new and not value:
        # a review whose words the hook or the definition says already is cut further on ("가볍게 발린다는" after
        # "가볍게 스며드는 … 세럼", leaving the reader no reason): the first that says something new
        steps.append(_budget_review(new, priced))
    if facts.price and facts.volume and facts.price <= EVERYDAY_PRICE:
        short = lines.fill(BUDGET_EVERYDAY_SHORT, {"volume": facts.volume, "price": f"{facts.price:,}"})
        reapplied = kind == "sun" and "덧바" in (facts.usage or "")
        new_reader = stage in lines.NEW_STAGES
        use = {"use": EVERYDAY_USE_SUN if reapplied else EVERYDAY_USE_NEW if new_reader else EVERYDAY_USE}
        if priced:
            line = lines.fill(BUDGET_PRICED_EVERYDAY, priced | use)
            steps.append(Fit("value", line, short, line))
        elif f"{facts.price:,}원" in said:  # the opener said the price bare: what it means to this reader
            line = lines.fill(BUDGET_EVERYDAY_AFTER, use)
            steps.append(Fit("value", line, short, line))
    if per_fit is not None and not persuades:  # the last resort: never a bare price line beside nothing
        steps.append(per_fit)
    plain = not steps and not reviews and not price_talk and facts.price and facts.volume
    if plain and stage not in UNPRICED_STAGES and not told_price:
        # nothing else for this reader, not even a review the plan may quote (real users' words are this reader's
        # other half: an SMS said "…흡수가 빠르다는 이야기도 있습니다" in its place, tried): the size and the price,
        # said once as the catalog states them
        pack = "개" if kind in NOT_BY_WEIGHT else "통"
        filled = {"volume": facts.volume, "price": f"{facts.price:,}", "pack": pack}
        line = lines.fill(BUDGET_PRICE_PLAIN, filled)
        steps.append(Fit("price", line, lines.fill(BUDGET_PRICE_PLAIN_SHORT, filled), line))
    return steps


# A per-unit price persuades only where the figure is small and the reader is choosing: at the retention stage the
# reader has bought it ("유지 단계에 1ml당 가격은 어색", reading 30, s3897), a figure of 1,000원 or more per ml or
# gram is no saving ("1ml당 약 1,400원꼴"), and a sunscreen is weighed by its protection, not by the gram ("19g에 정가
# 20,000원이니 계산하면 1g당 약 1,050원꼴": "계산 문장이 기계적이고 설득력 약함", s5728). There a value review, how
# little one use takes, a second use or an everyday price is said first.
RETENTION = 2
PER_UNIT_MOST = 1_000  # 원 per ml, g or sheet
# Round 28 (reading 49, s9482: "ml당 770원은 가성비 설득력 약함"): a figure of 300원 or more per ml is said after a
# value review or an everyday price, never before them (as sms.UNIT_PRICE_SAID); a sheet keeps PER_UNIT_MOST
UNIT_CHEAP = 300


def per_persuades(per: tuple[str, str] | None, kind: str, stage: int) -> bool:
    """Whether a per-unit price is a value a budget reader weighs here (see PER_UNIT_MOST)."""
    if not per or stage == RETENTION or kind == "sun":
        return False
    return _cheap(per)


def _cheap(per: tuple[str, str]) -> bool:
    """A figure low enough to be a reason: under UNIT_CHEAP a ml or g, under PER_UNIT_MOST a sheet (a pad at 470원 a
    sheet, reading 50: "1매당 가격으로 가성비 전달")."""
    return int(per[1].replace(",", "")) < (PER_UNIT_MOST if per[0].endswith("매") else UNIT_CHEAP)


# A budget reader's referral: what they would pass on about the money's worth, from the catalog's usage (how little
# one use takes) or its registered function (one step carries it); the size only where the catalog calls it generous
# (lines.SHARE_LINES). Reading 25 (s7563, a budget reader of a 78,000원 emulsion: "가성비 관점 없음"): a referral with
# no generous size said nothing of value.
BUDGET_SHARE_DOSE = "실속을 따지는 지인에게는 ‘{dose}만 덜어 써도 되더라’는 한마디가 솔깃한 추천이 돼요."
BUDGET_SHARE_FUNCTION = (
    "실속을 따지는 지인에게는 ‘{function} 기능성까지 한 단계로 챙기게 되더라’는 한마디가 솔깃한 추천이 돼요."
)


# Round 31 (reading 62-65: "가성비·후기 관점이 전혀 없음"): a referral of an everyday-priced product (EVERYDAY_PRICE or
# less) whose catalog names no small dose and no function said nothing of value: the catalog's price and size are the
# value a friend repeats, as what buying it costs ("부담 없이 들일 수 있더라"), never a price computed. Not of a premium
# line (facts.premium: its copy never leans on price) nor of a lip colour (bought for its shade).
BUDGET_SHARE_PRICE = (
    "실속을 따지는 지인에게는 ‘{volume}에 정가 {price}원이라 부담 없이 들일 수 있더라’는 한마디가 솔깃한 추천이 돼요."
)


def budget_share(facts: ProductFacts, kind: str) -> str | None:
    """The value a budget reader passes on to a friend, from the catalog (None where it names none)."""
    dose = small_dose(facts)
    if dose and kind in ("skin", "eye"):
        return lines.fill(BUDGET_SHARE_DOSE, {"dose": dose})
    function = registered_function(facts)
    if function:
        return lines.fill(BUDGET_SHARE_FUNCTION, {"function": function})
    if facts.price and facts.volume and facts.price <= EVERYDAY_PRICE and not facts.premium and kind not in ("lip",):
        return lines.fill(BUDGET_SHARE_PRICE, {"volume": facts.volume, "price": f"{facts.price:,}"})
    return None


# A sensitive reader's referral: what they would pass on to a friend with sensitive skin, from the catalog: a soothing
# ingredient found on the label, else its own word on mildness. Readings 57-60 ("민감 피부 안심 포인트 없음"): the
# share line "‘성분표부터 같이 보자’" named nothing of the product (93 of 198 sensitive long misses of round 30).
SENSITIVE_SHARE_SOOTHING = (
    "피부가 예민한 지인에게는 ‘성분표에 {ingredients}이 들어 있더라’는 한마디가 안심되는 추천이 돼요."
)
SENSITIVE_SHARE_MILD = "피부가 예민한 지인에게는 ‘{mild}’는 한마디가 안심되는 추천이 돼요."
# the catalog's word on mildness (_MILD) as a friend repeats it; "민감성" (a skin type) is not repeated as a finding
MILD_SAID = {
    "약산성": "약산성이더라",
    "향료를 넣지 않": "향료를 넣지 않았더라",
    "무향": "무향이더라",
    "저자극": "저자극으로 나왔더라",
    "순한 사용감": "사용감이 순하더라",
    "순한 세안감": "세안감이 순하더라",
}


# Round 31 (reading 64-65: "민감성 고객의 순함·테스트 관점이 없음", "민감 피부 관점 없음"): a referral of a
# product whose catalog states no soothing ingredient and no mildness still said "‘성분표부터 같이 보자’", naming
# nothing (60 of 104 sensitive long messages with none of their reason in the round-31 grid were such referrals: a
# wrinkle cream, a cushion, a vitamin C cream). The honest bridge is the care a sensitive friend is told to start
# with: a test spot for this kind of product (reader.py's NEW_READER_LINES say the same spots to the reader), no
# claim of the product. A lip, a hair product or a pad (its actives have the caution) has no such spot: the old
# line stays.
# said as the friend would hear it, in a quote: never "…에게 권하실 때는 …" (reading 16: the tell-a-friend template)
SENSITIVE_SHARE_TEST = "피부가 예민한 지인에게는 ‘{spot} 보고 시작해 봐’라는 한마디가 안심되는 추천이 돼요."
SHARE_TEST_SPOTS = {
    "skin": "팔 안쪽에 먼저 조금 발라",
    "body": "팔 안쪽에 먼저 조금 발라",
    "mask": "귀 뒤에 먼저 조금 발라",
    "eye": "눈꼬리 바깥쪽에 먼저 조금 발라",
    "mist": "팔 안쪽에 먼저 뿌려",
    "sun": "턱선에 먼저 조금 발라",
    "base": "턱선에 먼저 두드려",
    "cleanser": "팔 안쪽에 먼저 거품을 내",
    "body_wash": "팔 안쪽에 먼저 거품을 내",
    "rinse_mask": "귀 뒤에 먼저 조금 발라",
}
TESTED = re.compile("팔 안쪽|귀 뒤|턱선에 먼저|눈꼬리 바깥쪽")  # a test spot the message names already


def sensitive_share(facts: ProductFacts, said: str) -> Fit | None:
    """The soothing ingredient or the mildness a sensitive reader passes on to a friend, from the catalog and not
    yet in `said` (the message's other sentences), as the kind of sensitive_fits' line it says (that line is not
    said beside it); None where the catalog states none (or an active, whose caution is the tip, is in it)."""
    if facts.strong:
        return None
    said = said.replace(facts.name, "")
    # the ingredient the product is named after comes first (reading 16: "프로폴리스 크림에 프로폴리스 언급 없음")
    namesake = [i for i in facts.ingredients if i.split()[0] in facts.name]
    unsaid_calming = _unsaid([i for i in facts.ingredients if i.startswith(CALMING)], said)
    soothing = list(dict.fromkeys(_unsaid(namesake, said) + unsaid_calming))[:2] if unsaid_calming else []
    if soothing:
        line = lines.fill(SENSITIVE_SHARE_SOOTHING, {"ingredients": "·".join(soothing)})
        return Fit("soothing", line, line, soothing[0])
    for claim in facts.claims:
        word = _MILD.search(claim)
        if word and word.group(0) in MILD_SAID and word.group(0) not in said:
            line = lines.fill(SENSITIVE_SHARE_MILD, {"mild": MILD_SAID[word.group(0)]})
            return Fit("mild", line, line, claim)
    spot = SHARE_TEST_SPOTS.get(product_kind(facts, facts.name))
    if spot and not TESTED.search(said):
        line = lines.fill(SENSITIVE_SHARE_TEST, {"spot": spot})
        return Fit("test", line, line, line)
    return None


def per_unit(price: int | None, volume: str) -> tuple[str, str] | None:
    """The regular price per 1ml (1g, 1매) as the evidence states it (crm_core.evidence.unit_price), so the
    figure the copy quotes is the one the guard finds in the evidence."""
    return unit_price(price, volume)


@lru_cache(maxsize=1024)
def _value_claim(facts: ProductFacts) -> str | None:
    """The catalog's sentence on a generous size or a second use, if it has one."""
    return next((c for c in facts.claims if _VALUE_CLAIM.search(c)), None)


def _priced_step(facts: ProductFacts, kind: str, dosed: bool, priced: dict[str, str]) -> str:
    """reader.py's dose or function reason, told with the price it comes at."""
    if dosed:
        amount = small_dose(facts) or "소량"
        pack = "통" if "크림" in facts.category else "병"
        return lines.fill(BUDGET_PRICED_DOSE, priced | {"dose": amount, "pack": pack})
    return lines.fill(BUDGET_PRICED_FUNCTION, priced | {"function": registered_function(facts) or ""})


def _budget_review(review: ReviewPoint, priced: dict[str, str] | None) -> Fit:
    values = {"review": review.clause}
    line = lines.fill(BUDGET_PRICED_REVIEW, values | priced) if priced else lines.fill(BUDGET_REVIEW, values)
    return Fit("review", line, lines.fill(BUDGET_REVIEW_SHORT, values), review.clause)


def turn(bank: tuple[str, ...] | str, facts: ProductFacts, shift: int = 0) -> str:
    """One wording of a bank, turned by the product and the variant (`shift`): deterministic, different
    between products and between the variants of one brief."""
    if isinstance(bank, str):
        return bank
    return bank[(sum(map(ord, facts.name)) + shift) % len(bank)]


def _unsaid(ingredients: tuple[str, ...] | list[str], said: str) -> list[str]:
    """Ingredients whose head word ("녹차" of "녹차 추출물") `said` does not already name."""
    return [i for i in ingredients if i.split()[0] not in said]


def signature(facts: ProductFacts) -> str | None:
    """The ingredient the product is known by: the first key ingredient its name or a defining phrase
    names ("풀핏 프로폴리스 시너지 토너" → 프로폴리스 추출물), else the first that is neither a base nor a
    common helper; None where the catalog lists none."""
    return _signature(facts.name, facts.definitions + facts.claim_definitions, facts.ingredients)


@lru_cache(maxsize=1024)
def _signature(name: str, definitions: tuple[str, ...], ingredients: tuple[str, ...]) -> str | None:
    named = " ".join((name, *definitions))
    for ingredient in ingredients:
        head = ingredient.split()[0]
        if ingredient not in BASE_INGREDIENTS and (head in named or head[:3] in name):
            return ingredient
    return next((i for i in ingredients if i not in BASE_INGREDIENTS and i not in SUPPORTING), None)


def signature_named(facts: ProductFacts, kind: str, said: str) -> str | None:
    """The signature ingredient and one more the catalog names ("작약 추출물·인삼 추출물"), never a common helper
    and never for a product washed away; None where `said` names the signature already."""
    key = signature(facts)
    if not key or key in HELPERS or kind in WASHED or kind in WORN_FOR_FINISH or key.split()[0] in said:
        return None
    # nor a base beside it ("인삼 추출물·시어버터", round 21: facts.PLAIN_BASES)
    others = [i for i in facts.ingredients if i not in PLAIN_BASES and i != key and i.split()[0] not in said]
    return "·".join([key, *others[:1]])


@lru_cache(maxsize=64)
def brand_research(story: str) -> str | None:
    """What the brand's story says it researches ("인삼을 비롯한 한방 원료", "피부 장벽"), if it says so. Cached by the
    story's text: a brand's story is searched for every luxury message, and the search scans the whole story."""
    found = _RESEARCH.search(story or "")
    if not found:
        return None
    words = found.group(1).split()
    if "비롯한" in words[1:-1] and words[words.index("비롯한") - 1].endswith(("을", "를")):
        # "인삼을 비롯한 한방 원료": the named raw material is the concrete part, kept with what it leads
        start = words.index("비롯한") - 1
        if not any(w.endswith(_PARTICLE_ENDS) for w in words[start + 2 : -1]):
            return " ".join(words[start:])
    # what follows the last phrase with a particle ("피부를 위해 피부 장벽" → 피부 장벽, "인삼을 비롯한 한방
    # 원료" → 한방 원료, "시선으로 컬러와 피부 표현" → 컬러와 피부 표현)
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.endswith(_PARTICLE_ENDS) or w == "비롯한"), default=0)
    cut = cut + 1 if cut < len(words) - 1 and words[cut] == "비롯한" else cut
    return " ".join(words[cut:])


# Round 36 (reading 88, s2680: "섬에서 얻은 원료를 연구해 온 이니스프리의 올리브 … 미스트" — "'섬에서 얻은
# 원료'가 올리브에 맞지 않아 오해 소지"): a house's research of a raw material from a place ("섬에서 얻은 원료") is
# said only of a product the catalog ties to that place: an ingredient or claim naming it ("제주 홍차 추출물",
# "제주 녹차와 …") or an ingredient among the materials the story names there ("제주의 녹차, 화산송이, 비자 같은
# …"). Olive, retinol or vitamin E are no island material; the house line of that place (brand_house) is not said
# of them either.
_STORY_PLACE = re.compile(r"([가-힣]+)의 ((?:[가-힣]+, )*[가-힣]+) 같은")


def origin_backed(facts: ProductFacts, story: str) -> bool:
    """Whether the house's origin (a research "…에서 얻은 원료", the place its story names) is this product's: True
    where the story names no origin research; else an ingredient or claim names the place, or an ingredient's head
    is among the story's materials of that place."""
    subject = brand_research(story)
    if not subject or "에서 얻은" not in subject:
        return True
    found = _STORY_PLACE.search(story or "")
    if not found:
        return False
    place, materials = found.group(1), set(found.group(2).split(", "))
    heads = {i.split()[0] for i in facts.ingredients if i}
    return any(place in t for t in (*facts.ingredients, *facts.claims)) or bool(heads & materials)


# Round 42 (reading 102, s2876 픽싱 틴트: "'파우더 피그먼트'를 성분 근거로 내세운 건 빈약"): a tint or a shampoo hears
# of no skin, but a house that researches "컬러와 피부 표현" still researched the colour a tint is bought for: the part
# of the research that is no skin's is this reader's trust there (the brand's craft), never a pseudo-ingredient.
SKINLESS_KINDS = ("lip", "hair", "hair_wash")
_AND = re.compile(r"(?<=[가-힣])[와과] ")


def research_of_kind(subject: str | None, kind: str) -> str | None:
    """The brand's research as said of this kind of product: whole, or for a lip or hair product the parts joined by
    "와/과" that name no skin ("컬러와 피부 표현" -> "컬러"); None where every part is the skin's."""
    if not subject or "피부" not in subject or kind not in SKINLESS_KINDS:
        return subject
    kept = [part for part in _AND.split(subject) if "피부" not in part]
    return kept[0] if len(kept) == 1 else None


def house_research(facts: ProductFacts, story: str) -> str | None:
    """brand_research, None where it names an origin this product is not tied to (origin_backed)."""
    return brand_research(story) if origin_backed(facts, story) else None


@lru_cache(maxsize=64)
def brand_house(brand: str, story: str) -> str | None:
    """What the brand's story says the house is, its first sentence without the copula ("라네즈는 … 스킨케어
    브랜드"); None where the story does not open that way."""
    first = (story or "").split(". ")[0].rstrip(".") + "."
    if not brand or not first.startswith(brand) or not first.endswith("브랜드입니다.") or len(first) > _HOUSE_MOST:
        return None
    return first.removesuffix("입니다.")


def luxury_brand_fits(facts: ProductFacts, kind: str, brand: str, story: str, said: str, shift: int = 0) -> list[Fit]:
    """The brand's research as the luxury reader's reason, said as a fact of the house: with the signature ingredient
    where nothing said names it, then alone (none where it is said); a story that names no research gives what
    the house is, as its first sentence says."""
    if not origin_backed(facts, story):
        return []  # neither the island's research nor the island's house line is this product's (s2680)
    subject = brand_research(story)
    if not subject:
        return _house_fits(facts, kind, brand, story, said)
    subject = research_of_kind(subject, kind)
    if not brand or not subject or subject in said:
        return []
    values = {"brand": brand, "subject": subject, "noun": facts.noun}
    short = lines.fill(LUXURY_BRAND_SHORT, values)
    out = []
    named = signature_named(facts, kind, said.replace(facts.name, ""))
    if named:  # the fact it states is the signature: the ingredient line is not said again beside it
        line = lines.fill(LUXURY_BRAND_FORMULA, values | {"actives": named})
        out.append(Fit("brand", line, short, named.split("·")[0]))
    out.append(Fit("brand", lines.fill(turn(LUXURY_BRAND, facts, shift), values), short, subject))
    return out


# Round 35 (readings 84-87, s6363 / s7187 프리메라 오가니언스 에멀젼: "탄력·주름 중심 고객에게 맞는 근거가 없음"): a
# house line of its own raw material ("씨앗과 새싹이 품은 생명력에 주목하는 …") is this reader's trust where the
# product holds that material (새싹 추출물): the house's heritage behind the ingredient, not a mood. (Tried and left
# out: a later story sentence told of the house, "일리윤은 세라마이드처럼 기본이 되는 성분으로 … 순하게 돌보는
# 브랜드예요": it took the place of the product's own function or formula in 59 luxury messages and named nothing of
# the product.)


def _own_material(facts: ProductFacts, house: str) -> str | None:
    """The product's ingredient whose head word the house line names ("새싹 추출물" of "…씨앗과 새싹이 품은 …")."""
    return next((i for i in facts.ingredients if len(i.split()[0]) >= 2 and i.split()[0] in house), None)


def _house_fits(facts: ProductFacts, kind: str, brand: str, story: str, said: str) -> list[Fit]:
    """What the house is (brand_house), said as a fact, with the signature where nothing names it."""
    house = brand_house(brand, story)
    if not house or house.split(" ", 1)[1] in said:
        return []
    # round 26 (reading 43 s4264: "브랜드 소개 문구가 상투적, 안티에이징 관심사 미반영"; reading 44 s8973:
    # "브랜드 소개와 성분이 한 문장에 억지로 이어짐"): a house line of mood alone ("서울의 리듬과 에너지에서
    # 영감을 받는", "물과 수분에 대한 호기심에서 출발한", "메이크업을 놀이처럼 즐기는") names nothing a
    # trust-seeker weighs; it is no luxury reason, neither alone nor carrying the formula: the product's own
    # formula line (luxury_fits) says the signature instead
    if not _TRUSTED_HOUSE.search(house) and not _own_material(facts, house):
        return []
    plain = lines.fill(LUXURY_HOUSE, {"house": house})
    named = signature_named(facts, kind, said.replace(facts.name, ""))
    out = []
    # reading 24 (s4619, s9826: "럭셔리 고객의 신뢰 포인트가 약함"): a push or SMS to a luxury reader of a product with
    # no function, active or review of its own said nothing a trust-seeker weighs; the house as its story states
    # it is that reason there too, where it names what the house works with (_TRUSTED_HOUSE) and is short enough to
    # sit beside the product line; a mood alone ("서울의 리듬과 에너지에서 영감을 받는") is no push's reason
    short = plain if len(plain) <= HOUSE_SHORT_MOST else ""
    if named and ", " not in house:  # the house and the formula in one sentence ("…브랜드로, 이 크림에는 …")
        line = lines.fill(LUXURY_HOUSE_FORMULA, {"house": house, "noun": facts.noun, "actives": named})
        out.append(Fit("house", line, short, named.split("·")[0]))
    # alone, it fits any product of the house: said only where nothing of the product itself speaks to this reader,
    # a formula of common helpers alone (히알루론산·판테놀); a plant oil or extract is said by the ingredient line
    # reading 24 (s3434, s4619: a 려 shampoo to a luxury reader, "럭셔리 고객 관심사가 없음", "신뢰 근거 부족"): a
    # house whose line names its raw materials, ingredients or research is a trust reason for any of its products,
    # said last, where nothing of the product itself speaks to them (a house line of mood alone is none: above)
    out.append(Fit("house_only", plain, short, house))
    return out


# Round 31 (reading 62: "럭셔리 고객에게 여드름 클렌저 연결 없음" s2453, "안티에이징 관점 연결 없음" s1134):
# a registered function this reader does not weigh (an acne cleanser's, a sunscreen's UV rating: neither ageing
# nor brightening) was their only evidence, said as any reader's fact. Where the brand's story states its research
# (LUXURY_BRAND), the function is said as what that house made ("…기능성 화장품으로, 피부 장벽을 연구해 온
# 에스트라가 만들었어요": the trust this reader names first, data/personas.json "믿을 수 있는 브랜드", tied to the
# product's own registered fact in one sentence; reading 62 read "섬에서 얻은 원료를 연구해 온 이니스프리가
# 만들었습니다" as "신뢰 포인트로 좋음"). Never a claim the catalog or the story does not state; a user or a sharer
# (the plan drops the house for them) still hears the function alone, which follows. Not ending on "…기능성
# 화장품이에요" (forms.py joins such a sentence to the definition before it: "…클렌저이고, 에스트라는 …
# 브랜드로, …"), nor opening on "이 클렌저는" (forms.py cuts it to "클렌저는" after a sentence that names the
# product): the definition before it is the topic.
UNWEIGHED_FUNCTIONS = ("여드름완화", "자외선차단", "탈모완화", "아토피보습")
WEIGHED_FUNCTIONS = ("주름개선", "미백")
LUXURY_VOUCHED = "{core}으로, {subject}을 연구해 온 {brand}가 만들었어요."
VOUCHED_MOST = 90  # characters: a longer sentence reads as two


# Round 33 (reading 80, s6889: a luxury reader of 에스트라's acne cleanser at the routine stage, "고객 각도 없음",
# "페르소나 관점 없음"): the definition said the function and the active, the plan drops the house lines for a user
# (plan._HOUSE_FITS: no brand introduced to one who has the product), and nothing was left (139 of 720 luxury long
# messages in copy-eval's grid had no candidate at all). Last of all, where the story states the house's research: the
# product as what that research made, a fact of this product rather than an introduction of the brand. Never of a tint
# or a shampoo when the research is the skin's (luxury_brand_fits).
# (never "…가 만든 제품이라 믿고 쓰기 좋아요": forms.py joins a "…(이)라" sentence to the definition as "…이고, …가
# 만든 제품이 특징이에요", tried; and "믿고 쓰기 좋아요" is a verdict the fact does not need)
LUXURY_RESEARCH_LAST = "{subject}을 연구해 온 {brand}가 만들었어요."


def _research_last(facts: ProductFacts, kind: str, brand: str, story: str, said: str) -> list[Fit]:
    """The house's research as the maker of this product (LUXURY_RESEARCH_LAST), the luxury reader's last candidate;
    [] where the story names no research, the message says it already, or the research is no part of this kind."""
    subject = research_of_kind(house_research(facts, story), kind)
    if not subject or not brand or subject in said:
        return []
    line = lines.fill(LUXURY_RESEARCH_LAST, {"subject": subject, "brand": brand})
    return [Fit("research", line, "", f"{subject} {brand}")]


def _vouched(found: list[Fit], facts: ProductFacts, brand: str, story: str, said: str) -> list[Fit]:
    """The house's research with the product's unweighed registered function (see LUXURY_VOUCHED), as a "brand" fit
    before the function's own; [] where the product has a function or evidence this reader weighs, the story states
    no research, or the message states it already."""
    weighed = any(f in facts.functional for f in WEIGHED_FUNCTIONS)
    if weighed or not any(f in facts.functional for f in UNWEIGHED_FUNCTIONS) or not brand:
        return []
    own = [f for f in found if f.kind in EVIDENCE_KINDS | {"uv"}]
    if not own or any(f.kind not in ("function", "uv") for f in own):
        return []  # an active, a strength, a review or a generation of its own speaks to this reader already
    subject = house_research(facts, story)
    if not subject or subject in said:
        return []
    first = own[0]
    stated = conjugate(first.fact, Honorific.haeyo) if first.kind == "function" else first.line
    core = re.sub("(?:이에요|예요)\\.$", "", stated)
    if core == stated or "," in core:
        return []
    line = lines.fill(LUXURY_VOUCHED, {"noun": facts.noun, "core": core, "subject": subject, "brand": brand})
    if len(line) > VOUCHED_MOST:
        return []
    return [Fit("brand", line, first.short, first.fact)]


def luxury_fits(
    facts: ProductFacts, reviews: tuple[ReviewPoint, ...], kind: str, said: str = "", shift: int = 0
) -> list[Fit]:
    """The evidence a formula-minded reader asks for: a registered function (with the active that goes
    with it), named actives, what users said of firmness or glow, else the formula around the signature
    ingredient; never a base or a common helper offered on its own."""
    out = []
    strength = next((m for c in facts.claims if (m := _STRENGTH.search(c))), None)
    if strength and f"{strength.group(2)} 담" not in said and f"{strength.group(2)}를 담" not in said:
        told = {"ingredient": strength.group(1).removesuffix("을").removesuffix("를"), "strength": strength.group(2)}
        named = told["ingredient"].split()[-1] in said  # the opener or the product line named it
        line = lines.fill(LUXURY_STRENGTH_SAID if named else LUXURY_STRENGTH, told)
        fact = told["strength"] if named else f"{told['ingredient']} {told['strength']}"  # what it adds
        out.append(Fit("strength", line, lines.fill(LUXURY_STRENGTH_SHORT, told), fact))
    sun = _sun_function(facts, kind, said)
    if sun and kind == "sun":  # a sunscreen is chosen for it; a base for its finish (a glow review, a texture first)
        out.append(sun)
    key = signature(facts)
    # the product's own active first (a retinol product names retinol before adenosine, reading 15: "레티놀
    # 제품인데 … 아데노신만 언급"); its name saying it is no reason to leave it out
    aged = [i for i in facts.ingredients if any(a in i for a in AGE_ACTIVES)]
    aged.sort(key=lambda i: i.split()[0] not in facts.name)
    actives = _unsaid(aged, said.replace(facts.name, ""))[:2]
    claim = next((c for c in facts.feature_claims if _FUNCTION.search(c) and c.endswith("화장품입니다.")), None)
    if claim:
        core = claim.removesuffix("입니다.")
        function = registered_function(facts) or ""
        function = function if function.startswith("여드름성") else "피부 " + function
        named = actives[:1] or _unsaid([key] if key and key not in HELPERS else [], said)
        values = {"claim": core, "function": function, "actives": named[0] if named else "", "noun": facts.noun}
        values["head"] = core.removesuffix("화장품").rstrip()  # the claim ends on "…기능성 화장품" (above)
        line = lines.fill(turn(LUXURY_FUNCTION if named else LUXURY_FUNCTION_PLAIN, facts, shift), values)
        short = lines.fill(turn(LUXURY_FUNCTION_SHORT if named else LUXURY_FUNCTION_SHORT_PLAIN, facts, shift), values)
        out.append(Fit("function", line, short, claim))
    if actives:
        values = {"actives": "·".join(actives), "noun": facts.noun}
        line = lines.fill(turn(LUXURY_ACTIVES, facts, shift), values)
        short = lines.fill(turn(LUXURY_ACTIVES_SHORT, facts, shift), values)
        out.append(Fit("actives", line, short, actives[0]))
    result = next((r for r in reviews if r.aspect in LUXURY_ASPECTS), None)
    if result:
        values = {"review": result.clause}
        line = lines.fill(LUXURY_REVIEW, values)
        out.append(Fit("review", line, lines.fill(LUXURY_REVIEW_SHORT, values), result.clause))
    generation = _GENERATION.search(facts.name)
    words = generation and _GENERATION_WORDS.get(generation.group(1))
    if words and f"{generation.group(1)}세대" not in said.replace(facts.name, "") and f"{words} 세대" not in said:
        values = {"generations": words, "noun": facts.noun}
        line = lines.fill(LUXURY_HERITAGE, values)
        out.append(Fit("heritage", line, line, line))
    # round 39: no active, strength or weighed function: the trusted ingredient with what it does, before a texture;
    # never beside an anti-ageing active the message names elsewhere (a collagen mask), and after a base's registered
    # UV protection (below), the stronger evidence
    role = None
    # (nor where the formula line names a care active, 나이아신아마이드 or 비타민C 유도체: that is the evidence told)
    carried = any(i in CARE_ACTIVES for i in facts.ingredients)
    # nor beside a registered function, whose line names the formula already (test_long_season_fact)
    weighed = bool(facts.functional) or any(f.kind in ("strength", "function", "actives") for f in out)
    # nor for a product named for its own plant (어린쑥 트러블 미스트): that plant, and the house that explains it
    # (한율's "쑥, 쌀, 유자 같은 친숙한 원료", test_long_forms), is its evidence, not a helper's role
    # (round 40: the plant's own word in the name, "어린쑥"; a "시카" cream's 병풀 has no house line to explain it)
    named_plant = named_for_its_plant(facts.name, facts.ingredients)
    if not aged and not carried and not weighed and not named_plant:
        role = luxury_role_fit(facts, kind, said, shift)
    if role and not (sun and kind == "base"):
        out.append(role)
    # said last, where nothing else of the product speaks to this reader (a push keeps one fact: placed before a
    # texture or a formula, it cost pushes whose product line states it their formula line)
    result = _luxury_result(facts, kind, said, out)
    texture = next(
        (
            f
            for f in facts.features
            if _RICH_TEXTURE.search(f)
            and not _NOT_UNDER_THE_HAND.search(f)
            and f not in said
            and not texture_clash(f, said)
        ),
        None,
    )
    if texture and kind not in (*WASHED, "mist"):  # a foam's lather is no lingering touch ("바를 때마다 … 거품")
        values = {"feature": texture}
        makeup = kind in WORN_AS_MAKEUP
        line = lines.fill(turn(LUXURY_MAKEUP_TEXTURE if makeup else LUXURY_TEXTURE, facts, shift), values)
        short = lines.fill(turn(LUXURY_MAKEUP_TEXTURE_SHORT if makeup else LUXURY_TEXTURE_SHORT, facts, shift), values)
        out.append(Fit("texture", line, short, texture))
    if sun and kind == "base":
        out.append(sun)
        out += [role] if role else []
    if actives or kind in WORN_FOR_FINISH:
        return [*out, result] if result else out
    # common helpers (판테놀·히알루론산·글리세린) are never the formula told to this reader, neither alone nor
    # beside the signature (reading 19: "공들인 관리에 어울리는 판테놀·히알루론산"; reading 21: "판테놀을 담아 고르는
    # 이유가 분명합니다" of a lotion), nor is a product washed away (a cleanser's sunflower oil "정성 들인 관리")
    others = [i for i in facts.ingredients if i not in HELPERS and i != key]
    if not key or key in HELPERS or kind in WASHED:
        return [*out, result] if result else out
    # the signature is no anti-ageing active: a fact of the formula ("formula"), not the evidence that keeps the
    # brand's research out (fits() says that first where the product has no evidence of its own)
    if named := signature_named(facts, kind, said):  # the signature first, another named ingredient beside it
        values = {"actives": named, "noun": facts.noun}
        line = lines.fill(turn(LUXURY_ACTIVES, facts, shift), values)
        short = lines.fill(turn(LUXURY_ACTIVES_SHORT, facts, shift), values)
        out.append(Fit("formula", line, short, key))
    elif added := _unsaid(others, said)[:2]:  # the product line named it: what the formula adds
        values = {"signature": key, "support": "·".join(added), "noun": facts.noun}
        defined = key.split()[0] in said.replace(facts.name, "")  # the definition says it, not only the name
        line = lines.fill(LUXURY_FORMULA_ADDED if defined else LUXURY_FORMULA, values)
        short = lines.fill(turn(LUXURY_ACTIVES_SHORT, facts, shift), {"actives": values["support"], "noun": facts.noun})
        out.append(Fit("formula", line, short, added[0]))
    return [*out, result] if result else out


# Round 39 (readings 94-95: s1684 "탄력·근거를 찾는 고객에게 순한 보습만 말해 각도가 어긋남", s5310 "럭셔리 고객이 볼
# 근거나 성분 없음", s7938 "근거 성분을 보는 고객에게 줄 정보가 약산성 하나뿐"): a product with no anti-ageing active,
# strength or weighed function told this reader a texture, or a helper's bare name ("성분표에서 세라마이드를 확인할 수
# 있어요"). A reader who weighs "근거가 분명한 성분" hears the ingredient with what it does: an ordinary cosmetic role
# (guard_rules: 보습, 진정, 피부 장벽 pass), said only where the catalog states the same job of this product (the
# gate: a 수분 essence's 히알루론산, a 진정 toner's 마데카소사이드), never an anti-ageing promise.
# what each trusted ingredient does: facts.TRUSTED_ROLES (facts.story puts one in a luxury reader's story)
# a verb ending, never a third copula after a definition's (test_long_forms: three "…입니다" in a row read as a list)
# Round 40 (reading 97, s7941: "…성분, …성분으로 알려져 있어요" read as a textbook; s3580 "고급스러운 톤이 아님"): the
# role is told as the product's own composition, in a wording turned by the product, "알려져 있어요" one of four
# Round 42 (readings 102-105, s9534 / s3157: "'크림의 중심을 잡아 줍니다' 등 군더더기"): no wording says the
# ingredient holds the product together; the role is the fact, the ingredient simply held
LUXURY_ROLE = (
    "{ingredient}은 {role} 성분이라 더 믿음이 가요.",
    "{ingredient}은 {role} 성분으로, 이 {noun}에 담겼어요.",
    "{ingredient}은 {role} 성분으로 알려져 있어요.",
    "{ingredient}은 {role} 성분으로, 이 {noun}의 분명한 근거가 돼요.",
)
# the first is held (named before): its role as its own, the second pointed to beside it, never a second list of the
# two names the definition said (reading 97, s7941)
LUXURY_ROLE_PAIR = "{first}은 {first_role} 성분이고, 여기에 {second_role} {second}까지 담았어요."
# the catalog's key ingredients are its 주요 성분; never "눈여겨볼 성분은 …", a chooser's word a reader who has the
# product does not hear (test_long_forms: an activation message never speaks of choosing)
# round 41 (reading 99, s5930: "…을 주요 성분으로 담아, 무엇이 들었는지 분명해요" — "어색함"): pointed to plainly
LUXURY_ROLE_POINTED = (
    "주요 성분으로 {role} {ingredient}을 담았어요.",
    "여기에 {role} {ingredient}도 주요 성분으로 들어 있어요.",
)
LUXURY_ROLE_SHORT = "주요 성분은 {role} {ingredient}(이)에요."
LUXURY_ROLE_WITH = "{role} {ingredient}과 {other}을 주요 성분으로 담았어요."
# Round 41 (readings 98-101: 23 of the 106 products with no anti-ageing fact told the luxury reader nothing of theirs,
# most of them named for their hyaluronic acid): the ingredient the name is built on, with what it does
LUXURY_ROLE_NAMED = (
    "이름에 담긴 {ingredient}은 {role} 성분으로, 이 {noun}에 들어 있어요.",
    "이름이 말해 주듯 {role} {ingredient}이 이 {noun}의 중심이에요.",
)
_ROLE_VERBS = ("돕는", "쓰이는", "이루는", "닮은")  # words every role may share, no overlap of what they do
# the moisture helpers any cream may hold: their role is a long text's second fact, never a push's one
_PLAIN_ROLES = frozenset(
    {"히알루론산", "소듐하이알루로네이트", "판테놀", "덱스판테놀", "스쿠알란", "베타글루칸", "알란토인"}
)


def _own_helped(facts: ProductFacts, first: str) -> list[str]:
    """The product's own ingredients beside a plain helper's role (no base, no other helper)."""
    return [i for i in facts.ingredients if i not in HELPERS and i != first]


def trusted_roles(facts: ProductFacts) -> list[tuple[str, str]]:
    """The product's ingredients a formula-minded reader trusts, each with the role facts.TRUSTED_ROLES gives it,
    where the catalog states that job of this product (its claims, selling points or name), in the story's order."""
    stated = " ".join((facts.name, *facts.claims, *facts.points))
    out: list[tuple[str, str]] = []
    for ingredient in facts.ingredients:
        role = trusted_role(ingredient, stated, facts.category)
        if role and all(role != r for _, r in out):
            out.append((ingredient, role))
    return out


def luxury_role_fit(facts: ProductFacts, kind: str, said: str, shift: int = 0) -> Fit | None:
    """The trusted ingredients named with what they do (TRUSTED_ROLES), two where the catalog backs two; None where
    the product has none, or what is said already tells the role."""
    roles = [(i, r) for i, r in trusted_roles(facts) if r not in said]
    # a moisture helper after any other (below); an ingredient the name carries after one it does not: its role is a
    # long text's only (short, below), and a push said the name's own again ("카밍 샷 아줄렌 크림은 아줄렌에 …")
    # (a moisture helper the name carries is the formula's signature, not any cream's helper: first of the helpers)
    roles.sort(
        key=lambda pair: (
            (plain := pair[0].split()[0] in _PLAIN_ROLES),
            names_ingredient(facts.name, pair[0]) != plain,
        )
    )
    if not roles:
        return None
    (first, first_role), *rest = roles
    # never two roles that say the same ("병풀은 진정에 쓰이는 성분이고, 마데카소사이드는 병풀에서 얻어 진정을 …")
    words = {*first_role.split(), first.split()[0]}
    # (round 40: by the stem, "진정에 쓰이는 아줄렌" beside "병풀에서 얻어 진정을 돕는 마데카소사이드" too)
    rest = [(i, r) for i, r in rest if not any(w[:2] in r for w in words if len(w) >= 2 and w not in _ROLE_VERBS)]
    values = {"ingredient": first, "role": first_role, "noun": facts.noun}
    short = lines.fill(LUXURY_ROLE_SHORT, values)
    # an ingredient the hook and the definition do not name is pointed to ("주요 성분은 피부 장벽을 이루는
    # 세라마이드예요"), never dropped in as a general fact ("세라마이드는 …") after a definition naming others
    held = first.split()[0] in said.replace(facts.name, "")
    # round 41 (readings 98-99, s3789 "호호바 오일·새싹 추출물을 담았습니다. 주요 성분으로 … 호호바 오일이 들어
    # 있습니다", s5930 올리브 오일: "성분 설명이 중복"): `said` (the hook and the definition) lacks the story's list the
    # long product line may join ("…로, X·Y을 담았습니다"), so an ingredient it does not name may be said right before:
    # it is pointed to ("주요 성분으로 …") only where the definition names the story's other ingredient instead (a
    # 새싹·호호바 definition, its 세라마이드), and told as its own otherwise, which reads right after the list or alone
    others = [i.split()[0] for i in facts.ingredients if i.split()[0] != first.split()[0]]
    bare = not held and not any(o in said.replace(facts.name, "") for o in others)
    if first.split()[0] in _PLAIN_ROLES:
        # round 40: a moisture helper's job alone is no evidence (reading 97, s4180 "주요 성분으로 수분을 머금는
        # 히알루론산을 담았어요": "근거·안티에이징 관심 미반영"; s7941 "히알루론산 반복" after a definition naming it),
        # and it displaced the product's own ingredient the message would have named (test_sms_r32) or the style's
        # hook after the definition (test_long_r36): said only beside that own ingredient, never after its name
        other = _unsaid(_own_helped(facts, first), said)
        if not other and names_ingredient(facts.name, first):
            # round 41: the moisture helper the name is built on (워터뱅크 블루 히알루로닉 크림, nothing of its own
            # beside it) is the formula's signature: its role is told as the name's (long texts only, below)
            line = lines.fill(turn(LUXURY_ROLE_NAMED, facts, shift), values)
            return Fit("role", line, "", first_role)
        if held or not other:
            return None
        line = lines.fill(LUXURY_ROLE_WITH, values | {"other": other[0]})
    elif rest and held:
        second, second_role = rest[0]
        pair = {"first": first, "first_role": first_role, "second": second, "second_role": second_role}
        line = lines.fill(LUXURY_ROLE_PAIR, pair)
    else:
        line = lines.fill(turn(LUXURY_ROLE if held or bare else LUXURY_ROLE_POINTED, facts, shift), values)
    # round 40: a common helper's role is long-text only: a push or an SMS keeps its room for the catalog's claim
    # and the style's hook (test_sms_r27, test_long_r36), which say more of this product than a helper's job;
    # and an ingredient the product's own name carries is a push's formula line ("세라마이드에 히알루론산을
    # 더했어요", test_push_r34), its role a long text's
    short = "" if first.split()[0] in _PLAIN_ROLES or names_ingredient(facts.name, first) else short
    # the fact is the role alone: the ingredient's name, which the definition often says, is not what it adds
    return Fit("role", line, short, first_role)


def _luxury_result(facts: ProductFacts, kind: str, said: str, found: list[Fit]) -> Fit | None:
    """The catalog's claim on a result the luxury reader names among their concerns (_LUXURY_RESULT: 피부결, a
    smooth or clear-glowing skin), in 해요체; None for make-up, where the product gives this reader other evidence
    (a function, an active, a strength, a review), or where what is said already tells the claim."""
    if kind in WORN_AS_MAKEUP or any(f.kind in EVIDENCE_KINDS for f in found):
        return None
    for claim in facts.feature_claims:
        if not _LUXURY_RESULT.search(claim) or _NOT_RESULT.search(claim):
            continue
        if _echoes(claim, said) or texture_clash(claim, said):
            return None
        line = conjugate(claim, Honorific.haeyo)
        return Fit("result", line, line if len(line) <= LUXURY_RESULT_SHORT_MOST else "", claim)
    return None


def _sun_function(facts: ProductFacts, kind: str, said: str) -> Fit | None:
    """The registered UV protection of a sunscreen or a base, with the rating its claim states (LUXURY_SUN); None
    where the product is not registered for it, states no rating, or what is said already names the function."""
    if kind not in ("sun", "base") or "자외선차단" not in facts.functional or "기능성" in said:
        return None
    claim = next((c for c in facts.claims if _RATING.search(c)), None)
    if claim is None:
        return None
    values = {"rating": _RATING.search(claim).group(0), "noun": facts.noun}  # type: ignore[union-attr]
    line = lines.fill(turn(LUXURY_SUN_STEP if kind == "sun" else LUXURY_SUN, facts), values)
    # its own kind: no active is named in it (forms.py's "…기능성 화장품이기도 해요" rewrites a "function" line), and
    # the brand's research, where the story states one, still comes first (fits())
    return Fit("uv", line, lines.fill(LUXURY_SUN_SHORT, values), claim)


def sensitive_fits(facts: ProductFacts, reviews: tuple[ReviewPoint, ...], said: str = "") -> list[Fit]:
    """The catalog's own word on mildness (약산성, no fragrance, a mild feel), a review of gentleness,
    the catalog listing sensitive skin among its skin types; first, a wash-off product's strong active said with
    how to start it gently (wash_off_care)."""
    out = wash_off_care(facts, said)
    mild = next((c for c in facts.claims if _MILD.search(c) and _MILD.search(c).group(0) not in said), None)  # type: ignore[union-attr]
    if mild:
        line = conjugate(mild, Honorific.haeyo)
        out.append(Fit("mild", line, line, mild))
    gentle = next((r for r in reviews if r.aspect in SENSITIVE_ASPECTS), None)
    if gentle:
        values = {"review": gentle.clause}
        short = lines.fill(SENSITIVE_REVIEW_SHORT, values)
        out.append(Fit("review", lines.fill(SENSITIVE_REVIEW, values), short, gentle.clause))
    if "민감성" in facts.skin_types and facts.category not in ("헤어", "립"):  # skin types speak of the face
        line = sensitive_type_line(facts.skin_types)
        # where the catalog's sentence names sensitive skin, this line states that fact: said where it is not
        # said yet, never beside it ("민감성 피부도 쓸 수 있어요" + "민감성·복합성 피부에 잘 맞습니다", reading 11)
        fact = mild if mild and "민감성" in mild else line
        out.append(Fit("sensitive_type", line, SENSITIVE_TYPE_SHORT, fact))
    soothing = _unsaid([i for i in facts.ingredients if any(i.startswith(w) for w in SOOTHING)], said)[:2]
    if (
        soothing and not facts.strong
    ):  # with an active, the caution is the tip (reading 16: "BHA 패드에 판테놀 강조 엉뚱")
        own = facts.ingredients[0]  # the story's first, named before a helper (reading 11: "판테놀만 내세움")
        if own not in soothing and own.split()[0] not in said.replace(facts.name, ""):
            soothing = [own, *soothing][:2]
        values = {"ingredients": "·".join(soothing)}
        short = lines.fill(SENSITIVE_SOOTHING_SHORT, values)
        plain = lines.fill(SENSITIVE_SOOTHING_PLAIN, values)
        out.append(Fit("soothing", lines.fill(SENSITIVE_SOOTHING, values), short, soothing[0], plain))
    return out


# Round 32 (reading 66, s2152, 화산송이 모공 바하 클렌징폼 to a sensitive reader, 2.5: "BHA·단단한 거품을 앞세우고
# 순함·테스트 안내가 없어", "자극 배려가 부족함"): an exfoliating acid in a wash-off product (reader.py's caution skips
# wash-off products by design: it is rinsed away) is still what this reader weighs; said with how to start it gently,
# true of any product that is rinsed off (about once a day, watching how the skin takes it), no claim of the product.
WASH_OFF_ACIDS = ("살리실산", "베타인살리실레이트", "글루코노락톤", "글리콜산", "락틱산", "젖산")
WASH_OFF_CARE = {
    "face": "{active}이 든 {noun}(이)라, 하루 한 번 정도만 쓰면서, 피부가 편안한지 살펴보면 좋아요.",
    "scalp": "{active}이 든 {noun}(이)라, 하루 한 번 정도만 감으면서, 두피가 편안한지 살펴보면 좋아요.",
    "body": "{active}이 든 {noun}(이)라, 하루 한 번 정도만 쓰면서, 피부가 편안한지 살펴보면 좋아요.",
}
# the tip's own comma keeps it a sentence of its own: never joined to the definition as "…클렌저로, 하루 한 번 …"
# (forms._APART; a condition "자극이 걱정된다면 …" beside a hook's "예민한 날에는" was dropped, tried)
WASH_OFF_CARE_SHORT = "{active}이 든 {noun}(이)라 하루 한 번 정도만 쓰는 게 좋아요."
# the fact the line states (a definition naming the acid and the noun is no such fact: "살리실산을 담은 클렌저"); no
# "처음에는": fits() knows no stage, and a user (stage 2) or a referral (4) starts nothing
WASH_OFF_CARE_FACT = "하루 한 번 정도만"


def wash_off_care(facts: ProductFacts, said: str = "") -> list[Fit]:
    """A wash-off product's exfoliating acid (WASH_OFF_ACIDS) said to a sensitive reader with a gentle start:
    [] for a product left on the skin (reader.active_caution speaks there) or one with no such acid."""
    if facts.category not in WASH_OFF:
        return []
    acid = next((i for i in facts.ingredients if i in WASH_OFF_ACIDS), None)
    if acid is None:
        return []
    named = STRONG_ACTIVES[acid]
    # the name says it ("바하 클렌징폼"): the copy's own word for it; "BHA 성분"'s 받침 reads "성분이"
    active = "바하(BHA)" if "바하" in facts.name and acid == "살리실산" else named
    where = "scalp" if facts.category == "헤어" else "body" if facts.category == "바디" else "face"
    noun = facts.noun or facts.category
    values = {"active": active, "noun": noun}
    line = lines.fill(WASH_OFF_CARE[where], values)
    if active.split("(")[0].split()[0] in said:
        # the name or the definition says it ("살리실산을 담은 클렌저예요"): the tip alone, never "살리실산이 든
        # 클렌저라" a second time
        line = line.split(", ", 1)[1]
    short = lines.fill(WASH_OFF_CARE_SHORT, values)
    return [Fit("wash_care", line, short, WASH_OFF_CARE_FACT)]


def sensitive_type_line(skin_types: tuple[str, ...]) -> str:
    """The catalog's skin types, sensitive skin among them, as who can use the product."""
    others = [t for t in SKIN_TYPE_ORDER if t in skin_types]
    if len(others) == len(SKIN_TYPE_ORDER):
        return SENSITIVE_TYPE_ALL
    if not others:
        return SENSITIVE_TYPE_ONLY
    return lines.fill(SENSITIVE_TYPE, {"types": "·".join(others)})


# A catalog claim a trend reader tries a product for (reading 15, about a dozen times: "트렌드 팔로워 소구 없음"):
# the texture met on trying it, the finish or the make-up result, a colour range or a pack. Said as the catalog
# says it, after "써 보면": never "신제품" or "화제", which the catalog does not say.
_TREND_CLAIM = re.compile(
    "제형|텍스처|말랑|쫀쫀|쫀득|녹아|녹여|밀착|보송|광이|윤기|마무리|피부 표현|톤|발색|발리고|발립|펴 발리"
    "|메이크업|색상|용기|튜브|팁|도구|스틱|스패출러|작은 크기|거품|유화|시트|처음 시작|처음 써 보는|입문"
    "|젤|우윳빛|투명한|필오프|굳으면서"  # a format one sees on first use (reading 22: the trend reader's 새로움)
    "|묵직|풍성한 크림|물처럼"  # the body of a rich cream, a watery spread (reading 23)
    # round 34 (reading 84, s8820 려 두피 에센스: "트렌드 고객 재미 요소 없음", "사용감 설명이 없음"): a tool or a
    # format the product is used with (a nozzle, a two-sided pad) is the trend reader's 써 보는 재미 too
    "|노즐|엠보싱"
    # round 35 (reading 84, s4269 에뛰드 크림: "트렌드 팔로워가 끌릴 … 각도가 없음"): a cream's body on the skin
    # ("부드러운 크림이 피부를 촉촉하게 감싸고 끈적임이 적습니다") is the texture met on trying it
    "|크림이 [^.]{0,20}감싸|끈적임이 적"
)
# Claims that are no try-it moment: a function, the sun rating, who it suits, what it soothes.
# nor who it suits ("…고민인 분께 맞습니다" is no feel: s8621-like "써 보면 … 분께 맞아요"), nor a season (a winter
# campaign never hears "더운 계절이나 …")
_NOT_TRIED = re.compile(
    "기능성|SPF|자외선|피부에 (잘 )?맞|예민|민감|붉은기|아토피|탈모|권합니다|가족|분께 맞|고민인|더운|여름|찬바람|겨울"
    "|대용량|넉넉"  # a size is the budget reader's point, no fun of trying ("대용량 펌프 용기라 … 쓰는 재미", tried)
    "|계절"  # "…산뜻하게 흡수되어 계절을 타지 않아요" in a winter campaign (test_long_r52, reading 52 s9239)
)
# a colour range is picked, not felt; a pack claim is said plain; a shade range too (round 34: never "처음 써 보면 여러
# 가지 호수가 있어 …", tried)
_CHOSEN = re.compile("색상|호수")
TREND_CLAIM = "써 보면 {claim}"  # a feel or a finish; a claim that says 쓰다 itself, or make-up, is said plain
TREND_CLAIM_SHORT = "새로 써 보면 {claim}"
# Round 29 (readings 53-56: "트렌드 고객 관점 없음", ~15 notes; 14 of 240 long trend messages said "써 보면 …" with no
# word of the reader's own): the stage says who reads it. A reader still to try it (stages 0, 1 and 3) meets it the
# first time ("처음 써 보면 …": 써 보는 재미, their own point); a user (2, 4) has tried it long since and meets it each
# time ("쓸 때마다 …"), never "써 보면"; no stage known (-1): the old wording
TREND_CLAIM_FIRST = "처음 써 보면 {claim}"
TREND_CLAIM_USER = "쓸 때마다 {claim}"
TRIED_STAGES = frozenset({2, 4})
_SAYS_USE = re.compile("쓰기|쓸 수|써 |바르기|메이크업|처음|입문")
# Round 35 (reading 84, s2749 워터뱅크 UV 베리어 선크림: "트렌드 팔로워의 메이크업·사진 각도가 빠짐"): how a
# skin-care product sits with make-up ("메이크업 전에도 쓰기 좋습니다", "메이크업 위에도 사용할 수 있습니다") is the
# make-up result this reader names (data/personas.json "메이크업 결과"): said as the catalog says it even where a
# plain feature restates it (the plan said neither), never framed as a first try ("처음 써 보면 … 수분 단계로 쓰기
# 좋아요", tried); a cleanser's "메이크업을 녹이는" is no such claim
_MAKEUP_ON = re.compile("메이크업 (?:전|위|베이스)")
TREND_CLAIM_CHOSEN = "{claim} 그날 메이크업에 맞춰 골라 보는 재미가 있어요."
# a pack or a tool the product comes with, said as what it lets one do ("…바를 수 있어요"): the fun of using it
_TOOL = re.compile("용기|튜브|팁|도구|스패출러|크기|노즐|엠보싱")
_TOOL_NEW = re.compile("노즐|엠보싱")  # round 34: tools no line said to a trend reader before
_TOOL_END = " 수 있어요."
TREND_TOOL_TAIL = " 수 있어 쓰는 재미가 있어요."
# a tool claim that goes on past what it lets one do ("노즐 끝으로 두피에 직접 바를 수 있어 흘러내림이 적습니다"): the
# reader's word after what it lets one do, the rest kept ("…바를 수 있어 쓰는 재미가 있고, 흘러내림도 적어요")
_TOOL_ON = re.compile(r"^(.+ 수 있어) ([가-힣]+)[이가] ([^,.]+)\.$")
TREND_TOOL_ON = "{head} 쓰는 재미가 있고, {subject}도 {rest}."
TREND_TOOL_ON_AGAIN = "{head} 쓸 때마다 기분 좋고, {subject}도 {rest}."  # after a hook's "새로운 재미"
# after a hook that asks for "새로운 재미" (a 재미 twice in one message, read as assembled)
TREND_TOOL_TAIL_AGAIN = " 수 있어 쓸 때마다 기분 좋아요."


_WORD = re.compile("[가-힣]{2,}")
_PLAIN_WORDS = frozenset({"피부", "바르", "발리", "바른", "제품", "사용", "있습", "좋습", "쓰기"})


def _shares_word(clause: str, said: str) -> bool:
    """Whether `said` has a telling word of the clause (by its first two syllables)."""
    heads = {w[:2] for w in _WORD.findall(clause)} - _PLAIN_WORDS
    return bool(heads & {w[:2] for w in _WORD.findall(said)})


def _echoes(claim: str, said: str) -> bool:
    """Whether `said` already tells most of what the claim says: two telling words in common (by their first
    two syllables, so "백탁이"/"백탁" and "촉촉하게"/"촉촉한" meet)."""
    heads = {w[:2] for w in _WORD.findall(claim)} - _PLAIN_WORDS
    return len(heads & {w[:2] for w in _WORD.findall(said)}) >= 2


# Round 34 (reading 83, s6934 상백선크림: "새로움·패키지를 중시하는 고객에게 맞춘 각도가 없음"): a claim of two clauses
# whose first the definition says ("촉촉하게 펴 발리는 선크림" + "촉촉하게 펴 발리며 피부 톤을 자연스럽게 정돈해
# 줍니다") was dropped whole as said again; its second clause, a finish of its own, is said alone
_TWO_CLAUSES = re.compile(r"^(.+?[가-힣])며 (.+)$")
_SAID_MOST = 0.6  # share of the first clause's syllable pairs found in what is said


def _pairs(text: str) -> set[str]:
    return {w[i : i + 2] for w in _WORD.findall(text) for i in range(len(w) - 1)}


def _unsaid_part(claim: str, said: str) -> str:
    """The claim's second clause where its first is said already and the second is a trend point (_TWO_CLAUSES);
    else the claim."""
    found = _TWO_CLAUSES.match(claim)
    if not found or not _TREND_CLAIM.search(found.group(2)):
        return claim
    first = _pairs(found.group(1))
    if not first or len(first & _pairs(said)) / len(first) < _SAID_MOST:
        return claim
    return found.group(2)


def trend_feature_said(text: str) -> bool:
    """Whether `text` states a finish, texture or format a trend reader tries a product for (_TREND_FEATURE), none
    that cools (_COOL)."""
    return bool(_TREND_FEATURE.search(text)) and not _COOL.search(text)


def trend_claim(facts: ProductFacts, said: str, stage: int = -1) -> Fit | None:
    """The catalog's claim on how the product feels, finishes or looks, framed as what one meets on trying
    it (the first time, or each time to a user: TREND_CLAIM_FIRST, TREND_CLAIM_USER); None where no claim says so."""
    for claim in facts.feature_claims:
        if not _TREND_CLAIM.search(claim) or _NOT_TRIED.search(claim) or _COOL.search(claim):
            continue
        claim = _unsaid_part(claim, said)
        plain = conjugate(claim, Honorific.haeyo)
        # nor a claim restating a selling point a product line (push, SMS) states: the lead point and those that
        # are no definition ("…을 담은 크림"). Reading 22 ("트렌드 페르소나 미반영", s3897, s7520, s8179): the point
        # that is a texture said as what the product is ("가볍게 펴 발리는 말랑한 크림") is the whole trend case of
        # many products; its claim says more (how it spreads, what it leaves), so it stays unless that point is said.
        echoed = [p for p in facts.points if _echoes(claim, p)]
        # round 34: only a feature the trend reader hears on its own (_TREND_FEATURE) stands for the claim; a
        # feature that is no trend point ("메이크업 전에도 끈적임이 적은 크림", "노즐 끝으로 … 바르는 타입") left a
        # claim that is one unsaid (trend long messages with no candidate: 221 of 720 in copy-eval's grid)
        told = [p for p in echoed if p in facts.features and _TREND_FEATURE.search(p)]
        if _echoes(claim, said) or texture_clash(claim, said) or told:
            continue
        # a claim a plain feature restates is said only in the reader's own words (a tool's 쓰는 재미, a first try):
        # said plain, it took the place of the plan's "…라 새로 들여 보기 좋아요" and of the users' talk (tried)
        restated = any(p in facts.features for p in echoed)
        tooled = False
        if _CHOSEN.search(claim):
            line = lines.fill(TREND_CLAIM_CHOSEN, {"claim": plain})
        elif _TOOL.search(claim) and (on := _TOOL_ON.match(plain)):
            values = {"head": on.group(1), "subject": on.group(2), "rest": on.group(3)}
            line, tooled = lines.fill(TREND_TOOL_ON_AGAIN if "재미" in said else TREND_TOOL_ON, values), True
        elif _TOOL.search(claim) and plain.endswith(_TOOL_END):
            # a tool that comes with it ("동봉된 마사지 도구로 눈가를 부드럽게 눌러 바를 수 있습니다"), said
            # with the trend reader's own word (reading 80, s7604 진설아이크림: "트렌드 고객 각도 없음" where the
            # tool was said plain)
            tail = TREND_TOOL_TAIL_AGAIN if "재미" in said else TREND_TOOL_TAIL  # "재미" said once
            line, tooled = plain.removesuffix(_TOOL_END) + tail, True
        elif _MAKEUP_ON.search(claim):
            line = plain  # tried: "처음 써 보면 … 메이크업 전 수분 단계로 쓰기 좋아요" is no try-it moment
        elif _SAYS_USE.search(claim) or (not _SEEN.search(claim) and _TOOL.search(claim)):
            line = plain
        else:
            line = lines.fill(TREND_CLAIM, {"claim": plain})
        # a push says it as what a first try meets, in the trend reader's word (새로): a bare catalog sentence there
        # reads as any reader's line (round 14, with more products' texture claims now said)
        tried = line == lines.fill(TREND_CLAIM, {"claim": plain})  # a feel or a finish, not a pack or a colour range
        short = lines.fill(TREND_CLAIM_SHORT, {"claim": plain}) if tried else line if tooled else plain
        # (a tube's tip, a pack: the plan says the restating feature as "…팁이라 새로 들여 보기 좋아요" already, and
        # the tip line took the place of a photo tip, tried)
        if restated and not (
            (tooled and _TOOL_NEW.search(claim)) or (tried and stage not in TRIED_STAGES) or _MAKEUP_ON.search(claim)
        ):
            continue
        if tried and stage >= 0:
            line = lines.fill(TREND_CLAIM_USER if stage in TRIED_STAGES else TREND_CLAIM_FIRST, {"claim": plain})
        return Fit("finish", line, short, claim)
    return None


def trend_fits(
    facts: ProductFacts,
    reviews: tuple[ReviewPoint, ...],
    said: str = "",
    kind: str = "skin",
    shift: int = 0,
    stage: int = -1,
) -> list[Fit]:
    """How it looks once worn, as users said it (colour, grip, wear, glow); else the catalog's
    finish, texture or format, the fun of trying it; else a catalog claim on the feel, the finish or the pack."""
    out = []
    worn = next((r for r in reviews if r.aspect in TREND_ASPECTS), None)
    if worn:
        values = {"review": worn.clause}
        out.append(Fit("review", lines.fill(TREND_REVIEW, values), lines.fill(TREND_REVIEW_SHORT, values), worn.clause))
    shown = [f for f in facts.features if trend_feature_said(f) and f not in said and not texture_clash(f, said)]
    shown.sort(key=lambda f: (not _PACK.search(f), not _looks(f)))  # the pack, then the look, then the feel
    for feature in shown[:1]:
        bank = TREND_PACK if _PACK.search(feature) else TREND_SEEN if _looks(feature) else TREND_FELT
        # a second shape for half the features: it varies by product; never "바르고 나면 … 스틱 타입부터" of a
        # format, seen before it is worn (reading 44, s3974, 2.0: "'바르고 나면 … 스틱 타입부터 눈에 들어옵니다'
        # 비논리적")
        if len(feature) % 2 and kind in WORN_ON and not feature.endswith(_FORMAT):
            bank = {TREND_SEEN: TREND_SEEN_TOO, TREND_FELT: TREND_FELT_TOO}.get(bank, bank)
        if stage in TRIED_STAGES and bank in (TREND_SEEN, TREND_FELT):
            bank = TREND_SEEN_USER if bank is TREND_SEEN else TREND_FELT_USER
        if _WHEN.search(feature) and bank in (
            TREND_SEEN,
            TREND_FELT,
            TREND_SEEN_TOO,
            TREND_FELT_TOO,
            TREND_SEEN_USER,
            TREND_FELT_USER,
        ):
            bank = TREND_SEEN_WHEN if _looks(feature) else TREND_FELT_WHEN
        if _TIMED.match(feature) and bank in TREND_TIMED:  # "쓸 때마다 아침저녁 …" (reading 84, s7178: "어순 어색")
            bank = TREND_TIMED[bank]
        if kind in WASHED and bank is not TREND_PACK:  # never "쓰는 동안 헹군 뒤 …" (a wash whose feature says when)
            bank = TREND_FELT_WHEN if _WHEN.search(feature) else turn(TREND_WASH, facts, shift)
        elif kind in WORN_AS_MAKEUP and bank is not TREND_PACK and _looks(feature):
            bank = turn(TREND_MAKEUP, facts, shift)
        line = lines.fill(bank, {"feature": feature})
        short = lines.fill(TREND_PACK_SHORT if _PACK.search(feature) else TREND_FEATURE_SHORT, {"feature": feature})
        out.append(Fit("finish", line, short, feature))
    claimed = trend_claim(facts, said, stage)
    if claimed and not any(f.fact[:6] in claimed.fact for f in out):
        out.append(claimed)
    generation = _GENERATION.search(facts.name)
    if generation and not out and f"{generation.group(1)}세대" not in said.replace(facts.name, ""):
        line = TREND_GENERATION if stage == 0 else TREND_GENERATION_HELD
        out.append(Fit("finish", line, line, line))
    talked = next(
        (
            r
            for r in sorted(reviews, key=lambda r: r.aspect not in TREND_TALKED_ASPECTS)
            if r.aspect in TREND_TALKED_ASPECTS + TREND_TALKED_LAST
            and r.clause not in said
            # never against the texture the message or the catalog's points tell ("촉촉한 막을 남기는 에멀젼" + "흡수가
            # 빠르다는", reading 13)
            and not any(texture_clash(r.clause, t) for t in (said, *facts.points))
        ),
        None,
    )
    # what is talked about, where the product has no look, finish or pack left to tell; never in place of the make-up or
    # photo tip a first-use reader hears for this kind of product (reader.py's trend lines, said where no fit is: the
    # long forms keep a tip on applying at first use alone, plan.APPLY_TIP, and a lip's at any stage)
    # (no stage given: a tip is taken as said)
    tipped = (stage in (-1, FIRST_USE) or kind == "lip") and (
        stage < 0 or bool(reader_lines("trend", kind, stage, 0, {"category": facts.category}, facts))
    )
    # round 40 (readings 96-97, trend customer fit 3.25 / 3.08; s2696, s1236: "새로움·재미 관점이 없음"): what users
    # talk about is also the last candidate behind a finish or a claim, so that where the plan drops those as said
    # (the product line or the hook told the texture plainly) this reader still hears their own point
    if talked and not tipped and not any(f.kind == "review" for f in out):
        values = {"review": talked.clause}
        bank = TREND_TALKED_USING if _TRIED_SAID.search(said) else TREND_REVIEW  # "써 보는 재미 … 써 본 분들" twice
        # the last-resort aspects are no push's point: a push keeps the trend line of its own it had (its title,
        # "새 팩은 써 보는 재미가 있어요")
        short = "" if talked.aspect in TREND_TALKED_LAST else lines.fill(TREND_TALKED_SHORT, values)
        out.append(Fit("review", lines.fill(bank, values), short, talked.clause))
    return out


def natural_fits(facts: ProductFacts, reviews: tuple[ReviewPoint, ...], said: str = "", shift: int = 0) -> list[Fit]:
    """Where the ingredients come from: a catalog claim that says so, the named natural ones."""
    out = []
    # the product's name saying a plant (어린쑥, 그린티, 비자) tells no reader where it comes from: only what the
    # rest of the message says counts as said (reading 19: "자연 유래 관심사 미반영" of an 어린쑥 mist)
    said = said.replace(facts.name, " ")
    if _ORIGIN_SAID.search(said):
        # the hook or the definition says where it comes from ("우리 쌀을 발효해 얻은 보습 에센스"): a second
        # origin line says it again ("…에센스로, 빨간쌀 발효물처럼 자연에서 얻은 원료를 담았어요", reading 31,
        # s2800: "발효 원료 설명이 중복됨"); the comfort users report is this reader's other reason
        return _natural_review(reviews, facts, shift)
    natural = _unsaid([i for i in facts.ingredients if NATURAL_SOURCES.search(i)], said)[:2]
    if natural:
        values = {"ingredients": "·".join(natural)}
        short = lines.fill(NATURAL_INGREDIENT_SHORT, values)
        for claim in facts.feature_claims:
            if _ORIGIN.search(claim):
                # the ingredients it names are part of the fact it states, so that no label line names them again
                # after it ("원료 목록에서는 작약 추출물·인삼 추출물을 찾을 수 있습니다. 작약과 인삼 등 한방 원료에서
                # 얻은 성분을 배합했습니다", reading 31, s9337: "작약·인삼 원료 설명이 두 번 반복됨")
                named = [i for i in facts.ingredients if i.split()[0] in claim]
                if any(i.split()[0] in said for i in named):  # "…에는 작약 추출물이 들어 있어요. 작약과 인삼 등 …"
                    continue
                out.append(Fit("origin", claim, short, " ".join([claim, "·".join(named)]).strip()))
    origin = next((o for o in origin_phrases(facts) if o not in said and not _origin_named(o, said)), None)
    if origin:
        told = {"origin": origin, "noun": facts.noun}
        # the ingredient it names is the fact said ("제주 한란" is 한란 추출물): no ingredients line names it again
        fact = next((i for i in facts.ingredients if i.split()[0] in origin.split()), origin)
        held = _HELD_SAID.search(said)
        line = lines.fill(NATURAL_ORIGIN_HELD if held else turn(NATURAL_ORIGIN, facts, shift), told)
        out.append(Fit("origin", line, lines.fill(NATURAL_ORIGIN_SHORT, told), fact))
    source = specific_origin(natural[0]) if natural else None
    if source:
        # round 38 (s5259: "프로폴리스 … 자연 유래임을 말해 주면"): a source the name does not say (a seed, the hive)
        # said as what the product holds ("이 크림에는 벌집에서 얻은 프로폴리스 추출물이 들어 있어요")
        # the ingredient named as the label lists it ("시어나무 열매에서 얻은 시어버터"), so that no list line names it
        # again after ("원료로는 시어버터·호호바 오일을 담았어요", tried)
        told = {"origin": f"{source[: source.index('얻은') + 2]} {natural[0]}"}
        line = lines.fill(
            NATURAL_SOURCE_LINE, told
        )  # never a bare spec ("이 립밤에는 …이 들어 있습니다", test_longcopy_r30)
        out.append(Fit("origin", line, lines.fill(NATURAL_ORIGIN_SHORT, told), natural[0]))
    elif natural:
        bank = NATURAL_INGREDIENT_HELD if _HELD_SAID.search(said) else turn(NATURAL_INGREDIENT, facts, shift)
        line = lines.fill(bank, values)
        out.append(Fit("origin", line, short, natural[0]))
    if not out or natural:
        # after the plant's own line: said where the opener or the definition names the plant ("픽싱 틴트에는 호호바
        # 오일이 들어 있어요") and the plan drops that line as said
        out += _said_plant_origin(facts, said, shift, natural)
    return out + _natural_comfort(facts, reviews, said, shift)


# Round 38 (readings 92-93: s6264 "픽싱 틴트에는 호호바 오일이 들어 있어요" and nothing more, s5259 "프로폴리스 추출물을
# 담았습니다" to a natural reader: "자연 유래 관점 없음"): where the hook or the definition names the plant ingredient
# plainly, the plant's own line was dropped as said and the reader heard no origin at all; the origin of the plant
# they named (facts.plant_origin: "호호바 씨앗에서 얻은 오일", "벌집에서 얻은 프로폴리스") is this reader's line
# instead, said as what it means to one who reads the label for where things come from.
# A source the ingredient's name alone does not say (a seed, a fruit, the hive, a flower, a ferment) is said as what
# the named ingredient is; a plain extract ("유자 추출물") as what it is to this reader, never "유자에서 얻은 유자
# 추출물".
NATURAL_SAID_ORIGIN = (
    "{ingredient}은 {origin}(이)라, 원료부터 살피는 분께 더 반가운 성분이에요.",
    "원료부터 살피신다면 {ingredient}이 {origin}(이)라는 점이 반가울 거예요.",
)
NATURAL_SAID_ORIGIN_SHORT = "{origin}이 들어 있어요."
NATURAL_SOURCE_LINE = "{origin}이 들어 있어, 원료부터 살피는 분이라면 더 반가울 거예요."  # no second definition
NATURAL_SAID_PLANT = "원료부터 살피는 분이라면 {ingredient}이 자연에서 얻은 원료라는 점이 반가울 거예요."
NATURAL_SAID_PLANT_SHORT = "자연에서 얻은 {ingredient}이 들어 있어요."
# the fact these lines state is the origin without the plant's own words ("씨앗에서 얻은", "자연에서 얻은 원료"): the
# opener naming the plant ("픽싱 틴트에는 호호바 오일이 들어 있어요") would drop a fact that names it as said
PLANT_FACT = "자연에서 얻은 원료"


def specific_origin(ingredient: str) -> str | None:
    """The ingredient's origin (facts.plant_origin) where it says more than the name ("호호바 씨앗에서 얻은 오일",
    "벌집에서 얻은 프로폴리스"); None for a plain extract ("유자에서 얻은 추출물" says only what 유자 추출물 does)."""
    origin = plant_origin(ingredient)
    words = ingredient.split()
    return None if not origin or origin == f"{' '.join(words[:-1])}에서 얻은 {words[-1]}" else origin


def _said_plant_origin(facts: ProductFacts, said: str, shift: int, unsaid: list[str]) -> list[Fit]:
    """The origin of a plant ingredient `said` names (the product's name aside), else of the first `unsaid` one (the
    opener may name it): [] where none is or its source is not known from the ingredient (facts.plant_origin)."""
    named = [i for i in facts.ingredients if NATURAL_SOURCES.search(i) and i.split()[0] in said] or unsaid
    told = next(((i, o) for i in named if (o := plant_origin(i))), None)
    if told is None:
        return []
    ingredient, origin = told
    values = {"ingredient": ingredient, "origin": origin}
    if not specific_origin(ingredient):  # the name says it: 유자 추출물
        line = lines.fill(NATURAL_SAID_PLANT, values)
        return [Fit("origin", line, lines.fill(NATURAL_SAID_PLANT_SHORT, values), PLANT_FACT)]
    line = lines.fill(turn(NATURAL_SAID_ORIGIN, facts, shift), values)
    own = ingredient.split()
    fact = " ".join(w for w in origin.split() if not any(w.startswith(o) for o in own)) or PLANT_FACT
    return [Fit("origin", line, lines.fill(NATURAL_SAID_ORIGIN_SHORT, values), fact)]


def _natural_comfort(facts: ProductFacts, reviews: tuple[ReviewPoint, ...], said: str, shift: int) -> list[Fit]:
    """The comfort a natural reader keeps a product for (오래 써도 편안한 사용감): a review of gentleness first, then
    the catalog's own sentence on it ("세안 후에도 피부가 뽀득하게 당기지 않고 촉촉하게 남습니다"), then any other
    review (a repurchase, moisture). Round 23: of 72 natural long messages without their reason in copy-eval's grid,
    the products with no plant or origin in the catalog said their comfort claim nowhere."""
    reviewed = _natural_review(reviews, facts, shift)
    gentle = [f for f in reviewed if any(a in f.fact for a in ("순하", "자극", "편안"))]
    claim = next(
        (c for c in facts.claims if _COMFORT.search(c) and not _NOT_COMFORT.search(c) and not _echoes(c, said)), None
    )
    if not claim:
        worn = _worn_easy(facts, said, shift)  # as the catalog's comfort sentence would stand
        return gentle + worn + [f for f in reviewed if f not in gentle]
    line = conjugate(claim, Honorific.haeyo)
    comfort = Fit("comfort", line, line, claim)
    return gentle + [comfort] + [f for f in reviewed if f not in gentle]


# Round 27 (readings 45-47: "내추럴 고객 포인트 없음" of products with no plant, origin or mild claim, 230 of 720
# natural long messages): a feel the catalog states that stays light on the skin ("끈적임이 남지 않습니다", "덧발라도
# 답답하지 않습니다", "무겁지 않습니다") is what this reader means by 오래 써도 편안한 사용감; said as the catalog's
# sentence with what it means to them. Never of a sunscreen's or an active's caution (_NOT_COMFORT).
# round 33: a serum whose catalog says it leaves little shine ("가벼운 세럼 제형이라 흡수가 빠르고 번들거림이 적습니다")
# is light on the skin the same way (natural long messages with nothing for the reader: 102 of 720 in copy-eval's grid)
# round 40 (readings 96-97, s7392 / s3044 쿠션: "내추럴 고객 관점이 없음"): a base the catalog says sits thin and stays
# put ("얇게 밀착되어 시간이 지나도 무너짐이 적습니다", "… 건조한 피부도 들뜸이 적습니다") is worn all day without
# weighing on the skin: the same comfort (natural_plain long messages with no candidate: 130 of 245 misses)
_WORN_EASY = re.compile(
    "(끈적임이 남지 않|답답하지 않|무겁지 않|달라붙지 않|두꺼워 보이지 않)습니다\\.$"
    "|((?:끈적임|번들거림|들뜸|무너짐)이 적)습니다\\.$|(보송하게 유지)됩니다\\.$"
)
NATURAL_WORN_EASY = ("{claim} 매일 써도 편안해요.", "{claim} 오래 써도 편안한 사용감이에요.")


def _worn_easy_line(claim: str, facts: ProductFacts, shift: int) -> str:
    """The comfort said after the catalog's clause; never "오래" twice ("오래 보송하게 유지되어 오래 써도 …")."""
    bank = NATURAL_WORN_EASY[:1] if "오래" in claim else NATURAL_WORN_EASY
    return lines.fill(turn(bank, facts, shift), {"claim": claim})


# Round 35 (readings 84-87, s4105 아이오페 PDRN 카페인샷, s1631 / s4087: "자연 유래·편안함 관점이 없음"): where
# the catalog names no plant, origin or light feel, a texture it says soaks in quickly ("묽은 세럼 제형이 빠르게
# 흡수되어 …", "말랑한 크림이 가볍게 펴 발리고 금방 흡수됩니다") is the comfort this reader keeps a product for, said
# the same way (the texture as its subject, cut after "흡수되어"); never of a strong active (a retinoid is no everyday
# ease)
_ABSORBED = re.compile("^(.+?[가-힣] (?:금방|빠르게|가볍게|산뜻하게|촉촉하게) 흡수)(?:됩니다|되어|돼)")
# round 40 (readings 96-97: "내추럴 고객 관점 없음"): a thin texture that sinks in ("묽은 제형이 얇게 스며들어
# 아침저녁으로 쓰기 좋습니다") is the same quick-soaking comfort, said as far as it sinks in
_SOAKED = re.compile("^(.+?[가-힣] (?:얇게|빠르게|가볍게|금방) 스며들)(?:어|고|며|어요|ㅂ니다)")


def _absorbed(facts: ProductFacts, said: str, shift: int) -> list[Fit]:
    """The catalog's quick-soaking texture (_ABSORBED) said as a natural reader's comfort ("묽은 세럼 제형이 빠르게
    흡수되어 매일 써도 편안해요"): the last resort of fits(), after the mildness the catalog or the house states; []
    for a strong active, or where the message says it already."""
    if facts.strong:
        return []
    for c in facts.claims:
        if (m := _ABSORBED.match(c)) and not _NOT_WORN.search(c) and not _echoes(m.group(1), said):
            line = _worn_easy_line(m.group(1) + "되어", facts, shift)
            return [Fit("comfort", line, line, c)]
        if (m := _SOAKED.match(c)) and not _NOT_WORN.search(c) and not _echoes(m.group(1), said):
            line = _worn_easy_line(m.group(1) + "어", facts, shift)
            return [Fit("comfort", line, line, c)]
    return []


def _worn_easy(facts: ProductFacts, said: str, shift: int) -> list[Fit]:
    """The catalog's light-on-the-skin sentence (_WORN_EASY) said as a natural reader's comfort, where the message
    has not said it already: "…끈적임이 남지 않아 매일 써도 편안해요." ([] where the catalog has none)."""
    if any(NATURAL_SOURCES.search(i) for i in facts.ingredients) or origin_phrases(facts):
        return []  # a plant or an origin is this reader's point (tried: a 유자 sleeping pack lost its scent line)
    claim = next(
        (c for c in facts.claims if _WORN_EASY.search(c) and not _NOT_WORN.search(c) and not _echoes(c, said)),
        None,
    )
    if not claim:
        return []
    found = _WORN_EASY.search(claim)
    end = (
        f"{found.group(1)}아"
        if found.group(1)
        else f"{found.group(2)}어"
        if found.group(2)
        else f"{found.group(3)}되어"
    )
    stem = claim[: found.start()] + end
    line = _worn_easy_line(stem, facts, shift)
    return [Fit("comfort", line, line, claim)]


# The catalog's words for a feel that stays comfortable (the natural reader's "오래 써도 편안한 사용감"); never of an
# active's caution or of whom it suits alone.
_COMFORT = re.compile(
    "당기지 않|당김을 덜|당김이 적|자극 없이|순한 사용감|순하게|피부를 편안하게|향료를 넣지 않"
    "|편하게 쓸 수|향이 거의 없"  # round 32: "부드러운 시트가 … 편하게 쓸 수 있습니다", "향이 거의 없어 …"
)
_NOT_COMFORT = re.compile("기능성|SPF|자외선|예민해진|붉어진|열감")
# a claim of a trouble's day ("붉은기가 신경 쓰이는 날 덧발라도 …") speaks to a sensitive reader: it kept the
# catalog's "예민해진 피부를 편안하게 감싸 줍니다" and the users' review out of a natural reader's message (tried)
_NOT_WORN = re.compile(f"{_NOT_COMFORT.pattern}|붉은기|트러블")


def _natural_review(reviews: tuple[ReviewPoint, ...], facts: ProductFacts, shift: int) -> list[Fit]:
    gentle = next((r for r in reviews if r.aspect in NATURAL_ASPECTS), None)  # 오래 써도 편안한 사용감
    if not gentle:
        return []
    values = {"review": gentle.clause}
    short = lines.fill(NATURAL_REVIEW_SHORT, values)
    return [Fit("review", lines.fill(turn(NATURAL_REVIEW, facts, shift), values), short, gentle.clause)]


# An origin said already, in the hook or the definition ("발효해 얻은", "적송에서 얻은", "제주 …", "…유래").
_ORIGIN_SAID = re.compile("에서 얻은|해 얻은|에서 자란|유래|자연에서|우리 쌀|우리 땅|국내산")


def _origin_named(origin: str, said: str) -> bool:
    """Whether `said` names the source an origin phrase tells of ("적송에서 얻은 성분" after "적송 성분을 담은 눈가
    전용 크림": "이 아이크림에는 적송에서 얻은 성분이 들어 있어요" said 적송 twice)."""
    words = origin.split()
    source = words[0].removesuffix("에서")
    source = words[1] if source == "제주" and len(words) > 1 else source
    got = words[-1]  # what it gives: a plain "성분" tells nothing new, "사포닌" of 인삼 does (자음생크림)
    return len(source) >= 2 and source in said and (got in ("성분", "원료", "추출물") or got in said)


# A filter, a pigment or a powder is no ingredient a friend is told to trust ("이산화티타늄이 들어 있어 믿고 쓴다",
# reading 19); a humectant is no origin for a natural reader ("콜레스테롤이 들어 있더라", reading 19).
_NOT_TOLD = re.compile("이산화티타늄|산화아연|실리카|피그먼트|파우더")


def tells_reader(angle_key: str, ingredient: str) -> bool:
    """Whether naming this ingredient in a referral tip speaks to the reader's own reason: a natural reader's
    friend hears of a plant or an origin, a luxury reader's of an anti-ageing active (AGE_ACTIVES: 아데노신,
    펩타이드, 사포닌 …); any other reader's tip is as before."""
    if angle_key == "natural":
        return bool(NATURAL_SOURCES.search(ingredient))
    if angle_key == "luxury":  # an anti-ageing active a friend can trust, never a cleanser's mint or rice
        return any(a in ingredient for a in AGE_ACTIVES) and not _NOT_TOLD.search(ingredient)
    if angle_key == "trend":  # reading 24 (s3897): "'아데노신이 들었는데' 인용이 트렌드 고객에게 솔깃하지 않고 틀에
        return False  # 박힘": a friend who likes new things hears how it feels on first use (TREND_SHARE_FEEL)
    return True


# A trend reader's referral tip: the feel a friend notices on first use, from the catalog (plan.py's values["feel"]).
TREND_SHARE_FEEL = "새로운 걸 좋아하는 친구라면 ‘{feel}(이)라 좋더라’는 한마디에 먼저 써 보고 싶어져요."


def origin_phrases(facts: ProductFacts) -> tuple[str, ...]:
    """The catalog's phrases that say where an ingredient comes from, in the catalog's order."""
    return _origin_phrases(facts.claims + facts.points)


@lru_cache(maxsize=1024)
def _origin_phrases(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(1) for t in texts for m in _ORIGIN_PHRASE.finditer(t)))


@lru_cache(maxsize=8192)
def fits(
    angle_key: str,
    facts: ProductFacts,
    kind: str,
    reviews: tuple[ReviewPoint, ...],
    price_talk: bool,
    said: str = "",
    brand: str = "",
    story: str = "",
    variant: int = 0,
    stage: int = -1,
) -> tuple[Fit, ...]:
    """This reader's candidate sentences, best first (the plan keeps the first no other part says);
    none for a product known by its name alone. `said`: what the hook and the product line state
    (an ingredient they name is not named again). Cached: a batch meets the same product, reader and
    hook again and again, and the candidates are a pure function of them."""
    if not facts.category:
        return ()
    shift = variant  # the variant turns each bank's wording too, so that a brief's variants differ
    if angle_key == "budget":
        return tuple(budget_fits(facts, kind, reviews, price_talk, said, shift, stage))
    if angle_key == "luxury":
        found = luxury_fits(facts, reviews, kind, said, shift)
        # round 31 (reading 62, s2453: "럭셔리 고객에게 여드름 클렌저 연결 없음"; s3593: "근거·신뢰 포인트가 없음"):
        # evidence the hook or the definition states already (an acne cleanser's registered function said in its
        # definition) is dropped by the plan as said, and left this reader nothing: the house is said as if the
        # product had none
        if not any(f.kind in EVIDENCE_KINDS and not _echoes(f.fact, said) for f in found):
            # the brand's research where the product has none (or none left unsaid),
            # said first: the house's own heritage, a fact, before a texture or the formula's plant extract
            houses = luxury_brand_fits(facts, kind, brand, story, said, shift)
            # a house whose own line names its research or how it doses its ingredients (_EVIDENCED_HOUSE: "피부 과학
            # 연구를 바탕으로 성분과 농도를 설계하는", "필요한 성분을 필요한 만큼 담는") is this reader's trust alone
            # too, as a brand's research is (LUXURY_BRAND): said before a texture or a plant extract, which speak to no
            # luxury reader (reading 43, s7164: "안티에이징 페르소나 미반영"), after a registered UV protection; a house
            # of raw materials ("우리 땅에서 자란 … 원료로") or of mood stays last, as before
            trusted = [f for f in houses if f.kind == "house_only" and _EVIDENCED_HOUSE.search(f.fact)]
            lead = [f for f in houses if f.kind != "house_only"]
            at = next((i for i, f in enumerate(found) if f.kind in ("texture", "formula")), len(found))
            # round 35: a house line of the raw material this product holds (_own_material) is the heritage behind
            # its ingredient: before a texture, after the formula's named ingredients where there are some
            own = [f for f in houses if f.kind == "house_only" and f not in trusted and _own_material(facts, f.fact)]
            if own:
                formula = [i for i, f in enumerate(found) if f.kind == "formula"]
                spot = formula[-1] + 1 if formula else at
                found = found[:spot] + own + found[spot:]
            last = [f for f in houses if f.kind == "house_only" and f not in trusted and f not in own]
            research = _research_last(facts, kind, brand, story, said)  # before a texture: the plan drops houses
            found = lead + found[:at] + trusted + research + found[at:] + last  # for a user (s6889)
        else:
            vouched = _vouched(found, facts, brand, story, said)
            # the vouched function is a fact of this product, not the house introduced: a user, who hears no house
            # line (plan._HOUSE_FITS), hears it too, in place of the function alone the definition often says (s6889)
            research = [Fit("research", f.line, f.short, f.fact, f.plain) for f in vouched]
            found = vouched + research + found
        return tuple(found)
    if angle_key == "sensitive":
        return tuple(sensitive_fits(facts, reviews, said))
    if angle_key == "trend":
        return tuple(trend_fits(facts, reviews, said, kind, shift, stage))
    if angle_key == "natural":
        found = natural_fits(facts, reviews, said, shift)
        if not any(NATURAL_SOURCES.search(i) for i in facts.ingredients) and not origin_phrases(facts):
            found = story_origin_fits(facts, brand, story, said) + found  # no plant or origin of its own to tell
        if any(NATURAL_SOURCES.search(i) for i in facts.ingredients) or origin_phrases(facts):
            return tuple(found)  # a plant or an origin, said here or by the hook, is this reader's point
        own = [f for f in found if f.kind in ("origin", "comfort")]
        found = own + natural_fewer_fits(facts, said) + [f for f in found if f not in own]
        if not any(f.kind in ("origin", "comfort") or _GENTLE_REVIEW.search(f.fact) for f in found):
            # no origin and no comfort to tell: the mildness the catalog or the house states, before a review of
            # another aspect (a repurchase: no reason of this reader's, reading 70-75)
            mild = natural_mild_fits(facts, brand, story, said, shift) or natural_pace_fits(facts)
            found = (
                mild + found
                if mild
                else found or _absorbed(facts, said, shift) or natural_house_fits(brand, story, said)
            )
        return tuple(found)
    return ()


# Round 30 (reading 59, 마몽드 카밍 샷 아줄렌 선크림 to a natural reader: "아줄렌의 자연 유래·진정 포인트를 살리지
# 못함", "자연 유래 관심사와 연결되지 않음"): an ingredient the catalog names with no origin, which the brand's story
# lists among the raw materials it gets from nature ("장미, 동백, 아줄렌처럼 꽃과 식물에서 얻은 원료를 …"), is said
# with that origin and the story's other examples ("아줄렌은 장미·동백처럼 꽃과 식물에서 얻은 원료예요"), where no
# catalog fact tells the natural reader an origin. Never an origin the story does not state of that ingredient.
# Round 34 (reading 86, s9967: "아줄렌을 장미·동백에서 얻은 원료처럼 읽히게 써 사실 오해 소지"): never said as if it
# came from the other examples. Round 35 (readings 88-89, s2689, s6448: "'아줄렌도 장미·동백처럼'이라는 비교가 어색하고
# 근거가 모호함"): no comparison at all; the house says it, as its story does ("마몽드는 아줄렌처럼 꽃과 식물에서 얻은
# 원료를 담아요").
_STORY_SOURCES = re.compile(r"((?:[가-힣]+, )+[가-힣]+)처럼 ([가-힣 ]+?에서 얻은) 원료")
NATURAL_STORY = "{brand}은 {ingredient}처럼 {source} 원료를 담아요."
NATURAL_STORY_SHORT = "{ingredient}은 {source} 원료예요."


def story_origin_fits(facts: ProductFacts, brand: str, story: str, said: str) -> list[Fit]:
    """The origin the brand's story states of an ingredient the product holds (_STORY_SOURCES), once: none where
    the story names no such source, the product holds none of its examples, or `said` tells an origin already."""
    found = _STORY_SOURCES.search(story or "")
    if not found or _ORIGIN_SAID.search(said.replace(facts.name, " ")):
        return []
    listed = found.group(1).split(", ")
    held = next((i for i in facts.ingredients if i in listed), None)
    if held is None:
        return []
    values = {"brand": brand, "ingredient": held, "source": found.group(2)}
    line = lines.fill(NATURAL_STORY, values)
    # the fact is the origin told of the ingredient, not the ingredient alone: a definition that names it ("아줄렌과
    # 마데카소사이드를 담은 크림") tells no origin, and dropped the line as said (round 32: 카밍 샷 아줄렌 크림 to a
    # natural reader kept no origin in any of its six long messages of copy-eval's grid)
    return [Fit("origin", line, lines.fill(NATURAL_STORY_SHORT, values), f"{held} {found.group(2)}")]


# Round 32 (readings 70-75: "자연 유래 관점 없음" still the natural reader's note; 180 of 720 natural long messages in
# copy-eval's grid said neither an origin nor a comfort, all of products with no plant, origin or comfort claim in the
# catalog and no gentle review in the evidence): the mildness the catalog or the house states, as this reader's other
# reason (오래 써도 편안한 사용감). The catalog listing sensitive skin among its skin types is said as a product one
# uses gently (never of a strong active's product: a retinol is no mild one); else the brand story's
# own sentence on mildness ("향과 자극 요소를 덜어 …", "건조함을 순하게 돌봅니다"), told of the brand as the earth
# care is (natural_house_fits), a house line a user of the product does not hear (plan._HOUSE_FITS). Never
# "천연", "100%" or "무첨가": no catalog states them.
# never the noun again ("…에센스예요. 민감성 피부도 쓸 수 있는 에센스라, …" read twice, tried); two wordings, turned
# by the variant (copy-eval: a brief's three variants were identical for 2 more briefs with one)
# Round 36 (reading 89, s6306 헤라 워터 드롭: "민감성 피부도 함께 쓸 수 있는 제품이라…" to a natural reader, "내추럴
# 고객에게 민감성 안심을 말해 관점이 어긋남"): the sensitive reader's reassurance is theirs; the natural reader hears
# the same catalog fact as everyday comfort in plain words, no skin named
NATURAL_MILD_TYPE = (
    "매일 순하게 쓰기 좋은 제품이라, 편안한 마음으로 손이 가요.",
    "날마다 부담 없이 손이 가는 순한 제품이에요.",
)
_GENTLE_REVIEW = re.compile("순하|자극|편안")  # a review of gentleness (NATURAL_ASPECTS' 순하, 자극)
_MILD_HOUSE = re.compile("자극 요소를 덜어|순하게 돌|순한 사용감|편안한 순한")
_MILD_SAID = re.compile("민감성|순하게|순한|맞아요|맞습니다")  # mildness or whose skin it suits, said already


def natural_mild_fits(facts: ProductFacts, brand: str, story: str, said: str, shift: int = 0) -> list[Fit]:
    """A natural reader's comfort where the product has no plant, origin or comfort claim to tell: the catalog's
    sensitive skin type said as everyday mildness, then the brand story's mildness (_MILD_HOUSE); [] where neither
    is, or the message says it already."""
    out: list[Fit] = []
    if facts.strong or any(i in WASH_OFF_ACIDS for i in facts.ingredients):
        return out  # an active (a retinol, a cleanser's salicylic acid) is no mild product to this reader
    if "민감성" in facts.skin_types and facts.category not in ("헤어", "립"):
        if not _MILD_SAID.search(said.replace(facts.name, " ")):
            line = turn(NATURAL_MILD_TYPE, facts, shift)
            out.append(Fit("comfort", line, line, "민감성 피부"))
    sentence = next((t for t in (story or "").split(". ") if _MILD_HOUSE.search(t)), None)
    told = _told_of_brand(sentence) if sentence and brand else None
    if told and not _MILD_HOUSE.search(said):
        line = lines.fill(NATURAL_EARTH, {"brand": brand, "told": told})
        out.append(Fit("house", line, line, sentence.rstrip(".") + "."))
    return out


# Round 37 (readings 90-91, s5479 레티놀 0.3% push: "내추럴 고객에게 레티놀 0.3%만 내세워 편안함·성분 관점이 없음";
# s6749 레티놀 0.1 크림: "레티놀을 자연 지향 고객에게 주의 없이 제시"): a strong active has no plant, origin or mild
# claim to tell this reader, and natural_mild_fits rightly says none; what is true and theirs (오래 써도 편안한 사용감)
# is the catalog's own slow start: the interval or every other night it gives, or its advice to widen the interval
# where the skin stings, said as a pace the skin is comfortable with. Never "순한" or "자연 유래" of the active.
_START_INTERVAL = re.compile(r"(\d\s?~\s?\d일) 간격")
_START_ALTERNATE = re.compile("격일")
_START_WIDEN = re.compile("간격을 늘리")
# never "처음에는 …": a user of the product hears it too (fits() has no stage for this reader). The long forms' line
# names no figure: their usage line says it ("…처음에는 2~3일 간격으로 사용하면 돼요"), and the figure as the line's
# fact had it dropped as said there (the natural reader kept nothing, 64 of 144 long messages of 더 레티놀 0.1 크림),
# and it is said as what the reader can do ("…쓸 수 있어요"), never as a second how-to beside the usage step ("…쓰면
# 돼요" two paragraphs before "처음 쓰실 때는 …": test_long_written's how-to in one place)
NATURAL_PACE = "{strong}은 간격을 두고 천천히 시작해, 피부가 편안한 속도에 맞춰 늘려 갈 수 있어요."
PACE_FACT = "피부가 편안한 속도"
NATURAL_PACE_SHORT = "{interval} 편안하게 익혀 가면 돼요."  # push and SMS: the definition names the active
NATURAL_PACE_WIDEN = "{strong}은 건조함이 느껴지면 바르는 간격을 늘려, 피부가 편안한 속도에 맞춰 쓸 수 있어요."
NATURAL_PACE_WIDEN_SHORT = "건조하게 느껴지면 간격을 늘려 편안하게 쓰면 돼요."


def natural_pace_fits(facts: ProductFacts) -> list[Fit]:
    """A strong active's slow start as the catalog gives it (an interval, every other night, a wider interval where
    the skin stings), said as the pace a natural reader's skin is comfortable with; [] for a product with no strong
    active or a catalog that gives no start."""
    if not facts.strong:
        return []
    texts = " ".join((facts.usage or "", *facts.claims))
    values = {"strong": facts.strong[0]}
    if interval := _START_INTERVAL.search(texts):
        values["interval"] = f"{interval.group(1)} 간격으로"
    elif _START_ALTERNATE.search(texts):
        values["interval"] = "이틀에 한 번씩"
    elif _START_WIDEN.search(texts):
        line = lines.fill(NATURAL_PACE_WIDEN, values)
        return [Fit("comfort", line, lines.fill(NATURAL_PACE_WIDEN_SHORT, values), "간격을 늘리")]
    else:
        return []
    line = lines.fill(NATURAL_PACE, values)
    return [Fit("comfort", line, lines.fill(NATURAL_PACE_SHORT, values), PACE_FACT)]


# Round 38 (readings 92-93, s2876 톤업 선크림 to a natural reader: "자연 유래 관심과 성분이 맞지 않음"; 10 of 10 of its
# natural messages in bench/persona_r38_check said nothing for this reader): a product the catalog gives a second use
# ("메이크업 베이스로도 쓸 수 있습니다", "얼굴과 몸에 모두 쓸 수 있습니다") or calls an all-in-one is one product
# where two would be, the reader's 환경을 생각하는 소비; said as that, after the plant or comfort the catalog states.
# Never a use the catalog does not give.
_SECOND_USE_CLAIM = re.compile(r"([^,]*?(?:로도|에 모두) 쓸 수 있)습니다\.$")
_CLAUSE_END = re.compile("[어며고,] ")  # the claim's last clause holds the use ("…정돈되어 메이크업 베이스로도 …")
_ALL_IN_ONE = re.compile("올인원")
NATURAL_FEWER = "{use}어, 제품을 따로 늘리지 않아도 돼요."
NATURAL_FEWER_SAID = "하나로 두 가지를 챙기니, 제품을 따로 늘리지 않아도 돼요."
NATURAL_ALL_IN_ONE = "여러 단계를 하나로 챙기는 올인원이라, 제품을 따로 늘리지 않아도 돼요."
FEWER_FACT = "제품을 따로 늘리지 않아도"


def natural_fewer_fits(facts: ProductFacts, said: str) -> list[Fit]:
    """One product in place of two (_SECOND_USE_CLAIM, _ALL_IN_ONE) as a natural reader's reason; [] where the
    catalog gives no second use."""
    texts = (*facts.claims, *facts.points)
    if any(_ALL_IN_ONE.search(t) for t in texts):
        return [Fit("earth", NATURAL_ALL_IN_ONE, NATURAL_ALL_IN_ONE, FEWER_FACT)]
    use = next((m.group(1) for c in facts.claims if (m := _SECOND_USE_CLAIM.search(c))), None)
    if use is None:
        return []
    use = _CLAUSE_END.split(use)[-1]
    head = use.split("로도")[0].split("에 모두")[0]
    line = NATURAL_FEWER_SAID if head and head in said else lines.fill(NATURAL_FEWER, {"use": use})
    return [Fit("earth", line, line, FEWER_FACT)]


def _told_of_brand(sentence: str) -> str | None:
    """A story sentence in 합쇼체 ("…마음을 씁니다", "…제품을 만듭니다") as what the brand is ("…마음을 쓰는",
    "…제품을 만드는"); None where it does not end in a stem with a final ㅂ before "니다"."""
    sentence = sentence.rstrip(".")
    last = sentence[-3:-2]  # "씁" of "씁니다": the stem's last syllable with its final ㅂ
    if not sentence.endswith("니다") or not "가" <= last <= "힣" or (ord(last) - 0xAC00) % 28 != 17:
        return None
    return sentence[:-3] + chr(ord(last) - 17) + "는"


# Round 27 (readings 45-47: "내추럴 고객 포인트 없음"; the reader's third point, 환경을 생각하는 소비): a brand whose
# story states a care for the earth in a sentence of its own ("자연을 아끼는 방식으로 만들고 포장하는 일에도 마음을
# 씁니다", "공병 수거처럼 지구와 함께하는 작은 실천도 꾸준히 이어 갑니다") has that sentence said to a natural reader
# where the product has no plant, origin or comfort to tell (tried wherever natural_fits had nothing left, after a
# hook that named the plant: it pushed out a sunscreen's SPF line, a toner's scent and a texture), as what the
# house is ("…마음을 쓰는 브랜드예요": a copula the speech levels turn; "마음을 써요" stayed 해요체 in a 합쇼체
# message). Never a care the story does not state.
_EARTH_CARE = re.compile("지구와 함께|자연을 아끼|공병 수거")
NATURAL_EARTH = "{brand}은 {told} 브랜드예요."


def natural_house_fits(brand: str, story: str, said: str) -> list[Fit]:
    """The brand story's own sentence on caring for the earth (_EARTH_CARE), told of the brand; [] where the story
    has none or the message has said it."""
    sentence = next((s for s in (story or "").split(". ") if _EARTH_CARE.search(s)), None)
    if not brand or not sentence or _EARTH_CARE.search(said):
        return []
    told = _told_of_brand(sentence)  # "…마음을 씁니다" -> "…마음을 쓰는"
    if told is None:
        return []
    line = lines.fill(NATURAL_EARTH, {"brand": brand, "told": told})
    return [Fit("earth", line, line, sentence.rstrip(".") + ".")]


# ---- the chosen tone in the reader's line -------------------------------------------------------------
# Readings 30-32 ("감성 톤 없음", "감성 톤 약함", "고급스러운 톤은 아님"): a Kakao, LMS or email message to an emotional
# or a luxurious brief said the reader's fact as a dry label ("성분표에 아데노신이 들어 있어요", "설화수는 … 연구해 온
# 브랜드예요"); copy-eval's grid (bench/persona_reason_check.py, tone audible): 감성적인 long 60 %, 고급스러운 long
# 38 %. The same fact carries the tone in a clause after it, which claims nothing more about the product: what the
# fact means to the reader (emotional: a feeling, "마음이 든든해요"; luxurious: restraint, an unhurried pace). Never
# the tone's lead words again (곁에 두고, 손에 익은, 정성, 오래 함께한), never a skin-care word of make-up
# (push.CARE_WORDS), and only where the sentence ends in a shape that joins ("…이에요" → "…이라,"); other tones keep
# the plain line. The push/SMS line (`short`) is kept: a longer one there costs the push its reader's fact (tried:
# luxury push 40 % -> 38 %); so is a natural reader's origin line, which the long forms join to the definition
# ("…토너로, 어린쑥 추출물처럼 자연에서 얻은 원료를 담았어요") and drop where it no longer joins (tried: natural long
# 168 -> 167 of 240); so is a registered function's line, which the long forms join to the definition ("눈가 전용
# 크림이자 … 이중 기능성 화장품이에요") and whose definition went where it no longer joined.
# Round 24 (readings 33-36: "감성 공감 톤 부족", "트렌디 톤 부족"; tone audible 트렌디한 long 42 %, the one tone with
# no clause here): a mild fact (a sensitive reader's skin type, a natural reader's comfort) carries the tone too, as
# what it means to a reader who minds irritation ("calm": ease, an unhurried trust); the trendy tone a current, light
# phrase ("요즘 루틴에 …"), never slang (a luxury reader, a restrained house hear the same words) and never a claim
# that the product is new or talked about (the catalog says neither).
# Round 25 (readings 37-40: "'새로 들이신'과 '새로 골라 보기' 모순"; "믿고 천천히 골라 보기" in a next-step campaign
# to a user of the product): the "…_new" clauses speak to a reader still choosing; a reader who has just got the
# product (first use, no first order ahead) hears the "…_first" ones (from the first day, never choosing nor "이어
# 쓰기", and no "시작하기", which the first-use hooks say: "…로 루틴을 시작하기 좋아요"), a user the plain ones.
_UNHURRIED = ("믿고 천천히 이어 쓰기 좋아요.", "믿고 여유 있게 쓰기 좋아요.", "믿고 오래 이어 쓰기 좋아요.")
# never "믿고 오래 쓰기 좋아요" (reading 39: "고급 톤 부족": a plain promise of use, no restraint heard)
_UNHURRIED_NEW = ("믿고 천천히 골라 보기 좋아요.", "믿고 여유 있게 들이기 좋아요.", "믿고 곁에 두기 좋아요.")
TONE_TAILS: dict[str, dict[str, tuple[str, ...]]] = {
    "감성적인": {
        # "믿음이 가요" is trust, not a feeling (reading 39, s5935: "감성적 톤 부족"): the heart is said
        # never "쓸 때마다 마음까지 든든해요" (reading 43, s3675: "'마음까지 든든해요' 어색", "다소 억지")
        "trust": ("쓸 때마다 마음이 한결 편해요.", "매일 쓰는 마음이 한결 든든해요."),
        # never "고르는 마음이 한결 든든해요" (reading 39, s5935: "'고르는 마음이 든든' 어색")
        "trust_new": ("믿고 고를 수 있어 마음이 한결 든든해요.", "처음 고르는 마음에도 믿음이 가요."),
        "uv": ("햇살 아래서도 마음이 편해요.", "햇살이 강한 날에도 마음이 편해요."),
        # never "편안해요" (a comfort claim says "편하게" already) nor "놓여요" (no 합쇼체 form in speech.py)
        "calm": ("쓸 때마다 마음이 한결 든든해요.", "예민한 날에도 마음이 한결 든든해요."),
        # round 36 (reading 89, s6306: "내추럴 고객에게 민감성 안심을 말해 관점이 어긋남"): a natural reader's comfort
        # hears no "예민한 날", the sensitive reader's
        "comfort": ("쓸 때마다 마음이 한결 든든해요.", "손이 갈 때마다 마음이 편해요."),
        # never "안심하고 고를 수 있어 마음이 편해요" (reading 87, s7139: "'안심하고 고를 수 있어 마음이 편합니다'만
        # 다듬으면 됨": 안심 and 편해 say one thing twice)
        "calm_new": ("처음 고르는 마음에도 안심이 돼요.", "처음부터 편한 마음으로 고를 수 있어요."),
        "trust_first": ("첫날부터 마음이 든든해요.", "첫 사용부터 마음이 한결 든든해요."),
        "calm_first": ("첫 사용부터 안심이 돼요.", "첫날부터 마음이 한결 든든해요."),
        # round 25 part 2: a little per use, a fair price, as what they mean to the heart (never a plant's origin
        # nor a generous size: the long forms join those to the definition, "…토너로, 녹차 추출물처럼 …", and a
        # clause after them split it in two)
        "dose": ("손이 갈 때마다 마음이 편해요.", "아끼지 않고 손이 가니 마음까지 편해요."),
        "value": ("손이 갈 때마다 마음이 편해요.", "아끼지 않고 손이 가니 마음까지 편해요."),
    },
    "고급스러운": {
        "trust": _UNHURRIED,
        "trust_new": _UNHURRIED_NEW,
        # never "매일 아침 여유 있게 챙기기 좋아요" after "…의 기능성 제품이라," (reading 67, s8750: "'기능성 제품이라
        # 여유 있게' 인과 어색")
        "uv": ("외출 전 단정하게 챙기기 좋아요.", "햇살 아래서도 한결 든든해요."),
        # round 25 part 2: one clause with no pace, for a time-pressed or FOMO style (which drops the others)
        "calm": (
            "믿고 여유 있게 이어 가기 좋아요.",
            "믿고 천천히 이어 가기 좋아요.",
            "곁에 두고 믿고 이어 가기 좋아요.",
        ),
        "calm_new": ("믿고 여유 있게 들이기 좋아요.", "믿고 천천히 골라 보기 좋아요.", "믿고 곁에 두기 좋아요."),
        "trust_first": ("첫날부터 믿고 여유 있게 맡기기 좋아요.", "첫날부터 믿고 천천히 손에 익히기 좋아요."),
        "calm_first": ("첫날부터 믿고 여유 있게 맡기기 좋아요.", "첫날부터 믿고 천천히 손에 익히기 좋아요."),
        # round 25 part 2: a little per use spent unhurried; never the price (no price push in a restrained message:
        # a budget reader's price line stays plain)
        "dose": ("아껴 두지 않고 여유 있게 손이 가요.", "매일 여유 있게 곁에 두기 좋아요."),
    },
    # no "루틴" (the titles and closes of a routine message say it: "이어 가는 패드 루틴 | … 요즘 루틴에도 … 지금 루틴이
    # 끊기지 않게")
    "트렌디한": {
        # never "요즘도 …" (reading 86, s5882: "'요즘도 편하게' 등 이음새가 어색함"): the current day said plainly
        "trust": ("요즘 매일 믿고 손이 가요.", "요즘 매일 믿고 꺼내 쓰게 돼요."),
        "trust_new": ("요즘 새로 들이기 좋아요.", "요즘 새로 골라 보기 좋아요."),
        "uv": ("요즘 외출 전에 챙기기 좋아요.", "요즘 아침마다 더하기 좋아요."),
        # never "요즘도 무리 없이" (reading 50, s4618: "'요즘도 무리 없이' 모호": no burden named): the ease itself
        # never "요즘 같은 때" (readings 54-55, s6530 s7470 s9338: "'요즘 같은 때'가 모호함", "논리 비약": which time is
        # not said): the day it is used, said plainly
        "calm": ("요즘 매일 편하게 이어 쓰기 좋아요.", "요즘 매일 부담 없이 손이 가요."),
        "calm_new": ("요즘 새로 들이기 좋아요.", "요즘 새로 골라 보기 좋아요."),
        # never "…이 들어 있어 오늘부터 바로 써 보기 좋아요" (reading 66, s9807: "'발효물이 들어 있어 오늘부터 써 보기
        # 좋다' 인과 어색"): an ingredient is a reason to trust it, not to start today
        "trust_first": ("첫날부터 믿고 손이 가요.", "첫 사용부터 믿음이 가요."),
        # never "요즘 같은 날에도" (reading 54: "'요즘 같은 날' … 막연함"): the day the product came, said plainly; not
        # "새로 들인 첫날부터" after a hook on "새로 들이신 …" (reading 57, s3752: "'새로 들인'이 세 번 반복")
        "calm_first": ("새로 써 보는 첫날부터 부담 없어요.", "첫날부터 부담 없이 손이 가요."),
        # round 25 part 2: current and light, never a claim that the product is new or talked about
        # never "눈여겨볼" (the season hooks say it: "…제형부터 눈여겨볼 만합니다")
        "dose": ("요즘 매일 꺼내 쓰기 좋아요.", "요즘 아끼지 않고 손이 가요."),
        "value": ("요즘 매일 꺼내 쓰기 좋아요.", "요즘 아끼지 않고 손이 가요."),
    },
}
# a natural reader's comfort ("comfort") carries the sensitive reader's calm clauses where its tone has none of its own
for _tails in TONE_TAILS.values():
    for _suffix in ("", "_new", "_first"):
        if f"calm{_suffix}" in _tails:
            _tails.setdefault(f"comfort{_suffix}", _tails[f"calm{_suffix}"])
# kinds a tone leaves plain: the trendy clause on the house line ("에스쁘아는 … 연구해 온 브랜드라, 요즘 …") is no
# longer the brand said alone that forms.py moves after the product's facts, and joined to the definition it loses the
# clause ("…선크림으로, … 연구해 온 에스쁘아가 만들었어요"): the trendy tone is heard in the product's own fact instead
UNTONED_KINDS = {"트렌디한": frozenset({"brand", "house", "house_only"})}
TONE_TAIL_GROUP = {
    **dict.fromkeys(("actives", "strength", "heritage", "brand", "house", "house_only", "formula"), "trust"),
    "uv": "uv",
    **dict.fromkeys(("mild", "sensitive_type"), "calm"),
    "comfort": "comfort",
    "dose": "dose",
    "value": "value",
}
# Round 25 part 2 (readings 37-40: "감성 톤 부족", "고급 톤 부족" in 45 of 270 notes; tone audible in the long forms
# 감성적인 66 %, 고급스러운 47 %): a user's review and a finish seen on the skin carry the tone in their own words, not
# in a clause after them. Emotional: the review is what the heart goes to ("써 본 분들이 남긴 … 후기에 마음이
# 가요"), the finish what touches it ("… 윤기가 마음에 와닿아요"); luxurious: the users are those who kept it close
# ("곁에 두고 써 본 분들은 … 후기를 전해 주셨어요"), the finish felt with care ("… 윤기가 섬세하게 느껴져요"). The
# review's words and the finish's phrase are kept (each persona's reason rests on them); no "!", no new claim.
_REVIEW_SAID = re.compile(r"^((?:실제로 |직접 |꾸준히 )?)(써 본 분들)은 (.+?) 후기를 남겼어요\.$")
TONED_REVIEW = {
    # never "…이 남긴 … 후기에 마음이 가요" (readings 49-50, s1248, s5085: "'남긴 ~후기에 마음이 가요' 어색", "'후기에
    # 마음이 갑니다' 어색": whose heart, and two clauses stacked before 후기): the users' warmth, said of them
    # nor "…순하다는 따뜻한 후기를 전해 주셨어요" (readings 80-83, s2469, s1721, s4432: "'따뜻한 후기' 같은 수식이
    # 어색"): the care the users took in writing it
    # nor "…후기를 정성껏 남겨 주셨어요" (reading 86, s6537: "'정성껏 남겨' 어색"): what the users told, said warmly
    "감성적인": r"\1\2은 \3 후기를 들려주셨어요.",
    "고급스러운": r"\1곁에 두고 \2은 \3 후기를 전해 주셨어요.",
    # trendy: what the review is to a reader still choosing (a light, current aside; never that the product is talked
    # about); a user hears TONED_REVIEW_USER. Never "…후기, 요즘 주목할 만해요" (reading 43, s9143: "'후기, 요즘 주목할
    # 만해요' 등 어색한 조립 문장")
    "트렌디한": r"\1\2이 남긴 \3 후기는 요즘 고를 때 좋은 참고가 돼요.",
}
# Round 31: a review said as talk among users (TREND_REVIEW, TREND_TALKED_USING) carries the tone in its own words too
# (copy-eval: a luxurious and an emotional trend message of a plain sleeping mask read the same, the talk line being
# their only review): the talk going on quietly, or the warmth of what they say
_TALKED_SAID = re.compile(r"^((?:써 본|쓰는) 분들) 사이에서(는)? (.+?) 이야기가 (먼저 나와요|이어져요)\.$")
TONED_TALKED = {
    # never "따뜻한 이야기" (readings 80-83) nor "이야기가 다정하게 오가요" (readings 98-101, s7650, s6628: "어색"):
    # good news one hears, as a copywriter says it
    "감성적인": r"\1 사이에서\2 \3 이야기가 반갑게 들려와요.",
    # never "곁에 두고 …" (hooks and closes say "곁에 두고 …" in 414 of 6,000 grid messages): restraint in the verb
    "고급스러운": r"\1 사이에서\2 \3 이야기가 잔잔히 전해져요.",
}
# to a reader who has the product (first use, a user): the review as why it is reached for now (not where "요즘" is
# said: toned())
# never "…만큼, 요즘 같은 때 더 손이 가요" (readings 53-56: "'요즘 같은 때 더 손이 가요' 논리 비약")
TONED_REVIEW_USER = {"트렌디한": r"\1\2도 \3 후기를 남긴 만큼, 요즘 매일 꺼내 쓰기 좋아요."}
# a finish, a glow or a texture seen or felt (the trend reader's TREND_SEEN/FELT lines), in the tone's verb
# (an emotional "… 기분 좋게 느껴져요" is heard already and stays)
_FINISHED = "(마무리|윤기|피니시|광|제형|발색|피부 표현|텍스처)(이|가|부터) "
TONED_FINISH = {
    "감성적인": (re.compile(_FINISHED + r"눈에 들어와요\.$"), r"\1\2 마음에 와닿아요."),
    "고급스러운": (
        re.compile(_FINISHED + r"(?:눈에 들어와요|기분 좋게 느껴져요|먼저 느껴져요)\.$"),
        # never "섬세하게 느껴져요" alone (round 41: 18 of the long trend misses kept a finish line whose tone took the
        # pleasure of it, this reader's point, away): restrained, and still glad of it
        r"\1\2 섬세하고 기분 좋게 느껴져요.",
    ),
}
# a sensitive reader's soothing ingredients, to be checked on the label (SENSITIVE_SOOTHING): emotional at ease,
# luxurious unhurried (not beside a time-pressed or FOMO ask), trendy as the way readers read labels today
TONED_SOOTHING = {
    "감성적인": ("점부터 확인해 보세요.", "점부터 마음 편히 확인해 보세요."),
    "고급스러운": ("점부터 확인해 보세요.", "점부터 천천히 확인해 보세요."),
    # never "요즘처럼 성분표부터 보신다면" (reading 56, s9141: "'요즘처럼 성분표부터' 어색")
    "트렌디한": ("성분표를 먼저 보신다면 ", "요즘 성분표를 먼저 보신다면 "),
}
_JOINS = (
    ("이에요.", "이라, "),
    ("예요.", "라, "),
    ("들어 있어요.", "들어 있어, "),
    ("담았어요.", "담아, "),
    ("수 있어요.", "수 있어, "),
    ("갖췄어요.", "갖춰, "),
)
TONED_LINE_MOST = 60  # characters: a longer sentence reads as two (a registered function said in full)
_CARE = re.compile("관리")
# the line's own verb of use, or a telling word of it, is not said again in the clause ("민감성 피부도 쓸 수 있어, 믿고
# 오래 쓰기 좋아요", "예민한 피부도 편하게 쓸 수 있어, 예민한 날에도 …")
_USE = re.compile("쓸 |쓰기|쓰는|바를 |바르기")
# an unhurried pace is never said beside a time-pressed or FOMO style's ask (test_long_forms: "여유 있게" after "바로")
_PACE = re.compile("여유|천천히")


# a current phrase said once: the title, the hook or the trendy product line ("요즘 루틴에 들이기 좋은 …") says it
_NOW = "요즘"


@lru_cache(maxsize=4096)
def toned(
    candidates: tuple[Fit, ...],
    tone: str,
    kind: str,
    variant: int = 0,
    hurried: bool = False,
    new: bool = True,
    now_said: bool = False,
    first: bool = False,
) -> tuple[Fit, ...]:
    """The candidates with their long forms' line carrying the chosen tone (TONE_TAILS), where the tone has a clause
    for the fact's kind and the line joins; the push/SMS line and the fact are kept. `hurried`: a time-pressed or
    FOMO style, which hears no unhurried pace; `new`: a reader still choosing, never told "쓸 때마다" as if they used
    it (the "…_new" clauses); `now_said`: the hook or the definition says "요즘", which no clause says again;
    `first`: a reader who has just got the product and starts using it (the "…_first" clauses)."""
    tails = TONE_TAILS.get(str(tone))
    if not tails:
        return candidates
    out = []
    for fit in candidates:
        group = "" if fit.kind in UNTONED_KINDS.get(str(tone), ()) else TONE_TAIL_GROUP.get(fit.kind, "")
        said = (tails.get(f"{group}_first") if first else None) or (tails.get(f"{group}_new") if new else None)
        said = said or tails.get(group, ())
        bank = [t for t in said if not (hurried and _PACE.search(t)) and not (now_said and _NOW in t)]
        bank = [t for t in bank if not (_USE.search(t) and _USE.search(fit.line)) and not _shares_word(t, fit.line)]
        plain = fit.line.replace("담은, ", "담은 ", 1)  # "아데노신을 담은, … 화장품이에요": one comma, the tone's
        head = next(((plain[: -len(end)] + join) for end, join in _JOINS if plain.endswith(end)), None)
        joined = False
        if bank and head and "," not in plain:
            start = (variant + len(fit.line)) % len(bank)
            # the variant's clause, else the next one of the bank that keeps the sentence short (round 25: a long
            # clause left the line plain, with no tone, where a shorter one of the same bank fitted)
            for tail in bank[start:] + bank[:start]:
                line = head + tail
                if len(line) <= TONED_LINE_MOST and not (kind in WORN_AS_MAKEUP and _CARE.search(tail)):
                    fit, joined = Fit(fit.kind, line, fit.short, fit.fact, fit.plain), True
                    break
        if not joined and not (now_said and str(tone) == "트렌디한"):
            fit = _reworded(fit, str(tone), hurried, new)
        out.append(fit)
    return tuple(out)


def _reworded(fit: Fit, tone: str, hurried: bool = False, new: bool = True) -> Fit:
    """A review, a finish or a soothing line said in the tone's own words (TONED_REVIEW, TONED_FINISH,
    TONED_SOOTHING); others as they are. `hurried`: no unhurried pace; `new`: a reader still choosing, else a review
    is said as TONED_REVIEW_USER has it where it has the tone (toned())."""
    if fit.kind == "soothing" and tone in TONED_SOOTHING and fit.line.startswith("성분표를 먼저 보신다면 "):
        was, now = TONED_SOOTHING[tone]
        line = fit.line if hurried and _PACE.search(now) else fit.line.replace(was, now)
    elif fit.kind == "review" and tone in TONED_REVIEW:
        said = TONED_REVIEW[tone] if new else TONED_REVIEW_USER.get(tone, TONED_REVIEW[tone])
        line = _REVIEW_SAID.sub(said, fit.line)
        if line == fit.line and tone in TONED_TALKED:  # a review said as talk among users (the trend reader's)
            line = _TALKED_SAID.sub(TONED_TALKED[tone], fit.line)
    elif fit.kind == "finish" and tone in TONED_FINISH:
        seen, said = TONED_FINISH[tone]
        line = seen.sub(said, fit.line)
    else:
        return fit
    return fit if line == fit.line else Fit(fit.kind, line, fit.short, fit.fact, fit.plain)


def every_fit_line() -> list[str]:
    """All fixed sentences here, for the test that each converts to 합쇼체."""
    banks = [
        BUDGET_REVIEW,
        BUDGET_SHARE_DOSE,
        BUDGET_SHARE_FUNCTION,
        BUDGET_SHARE_PRICE,
        BUDGET_PRICED_REVIEW,
        BUDGET_REVIEW_SHORT,
        BUDGET_VOLUME,
        BUDGET_VOLUME_SHORT,
        BUDGET_PRICED_DOSE,
        BUDGET_PRICED_FUNCTION,
        BUDGET_PRICED_EVERYDAY,
        BUDGET_EVERYDAY_AFTER,
        BUDGET_EVERYDAY_SHORT,
        BUDGET_PRICE_PLAIN,
        BUDGET_PRICE_PLAIN_SHORT,
        LUXURY_ACTIVES,
        LUXURY_ACTIVES_SHORT,
        LUXURY_FUNCTION,
        LUXURY_FUNCTION_PLAIN,
        LUXURY_FUNCTION_SHORT,
        LUXURY_FUNCTION_SHORT_PLAIN,
        LUXURY_FORMULA,
        LUXURY_FORMULA_ADDED,
        LUXURY_STRENGTH,
        LUXURY_STRENGTH_SHORT,
        LUXURY_STRENGTH_SAID,
        LUXURY_REVIEW,
        LUXURY_REVIEW_SHORT,
        LUXURY_TEXTURE,
        LUXURY_TEXTURE_SHORT,
        LUXURY_HERITAGE,
        LUXURY_SUN,
        LUXURY_SUN_SHORT,
        LUXURY_BRAND,
        LUXURY_BRAND_SHORT,
        LUXURY_BRAND_FORMULA,
        LUXURY_HOUSE_FORMULA,
        LUXURY_ROLE,
        LUXURY_ROLE_PAIR,
        LUXURY_ROLE_POINTED,
        LUXURY_ROLE_SHORT,
        LUXURY_ROLE_WITH,
        LUXURY_ROLE_NAMED,
        SENSITIVE_SOOTHING,
        SENSITIVE_SOOTHING_SHORT,
        SENSITIVE_SOOTHING_PLAIN,
        *WASH_OFF_CARE.values(),
        WASH_OFF_CARE_SHORT,
        *NATURAL_MILD_TYPE,
        *(SENSITIVE_SHARE_TEST.replace("{spot}", spot) for spot in SHARE_TEST_SPOTS.values()),
        *(
            bank.replace("{use1}", use[0]).replace("{use2}", use[1])
            for bank in BUDGET_PER_UNIT + BUDGET_PER_UNIT_AFTER
            for use in (PER_UNIT_USE_ANY, *PER_UNIT_USE.values())
        ),
        BUDGET_PER_UNIT_SHORT,
        *(BUDGET_PER_UNIT_SHORT_CHEAP.replace("{use1}", use[0]) for use in (PER_UNIT_USE_ANY, *PER_UNIT_USE.values())),
        BUDGET_PER_UNIT_PLAIN,
        BUDGET_PER_UNIT_PLAIN_AFTER,
        BUDGET_WEEKLY,
        BUDGET_PRICED_WEEKLY,
        BUDGET_WEEKLY_SHORT,
        BUDGET_SHEETS,
        SENSITIVE_REVIEW_SHORT,
        SENSITIVE_REVIEW,
        SENSITIVE_TYPE,
        SENSITIVE_TYPE_ALL,
        SENSITIVE_TYPE_ONLY,
        SENSITIVE_TYPE_SHORT,
        TREND_REVIEW,
        TREND_REVIEW_SHORT,
        TREND_SEEN,
        TREND_PACK,
        TREND_PACK_SHORT,
        TREND_FELT,
        TREND_SEEN_WHEN,
        TREND_FELT_WHEN,
        TREND_SEEN_USER,
        TREND_FELT_USER,
        TREND_SEEN_TOO,
        TREND_FELT_TOO,
        TREND_FEATURE_SHORT,
        TREND_CLAIM_CHOSEN,
        LUXURY_RESEARCH_LAST,
        "함께 들어 있는 팁으로 바를" + TREND_TOOL_TAIL,
        "함께 들어 있는 팁으로 바를" + TREND_TOOL_TAIL_AGAIN,
        # TREND_CLAIM and TREND_CLAIM_MAKEUP end on the catalog's claim, conjugated
        NATURAL_REVIEW,
        NATURAL_REVIEW_SHORT,
        NATURAL_INGREDIENT,
        NATURAL_INGREDIENT_SHORT,
        NATURAL_ORIGIN,
        NATURAL_ORIGIN_SHORT,
        NATURAL_ORIGIN_HELD,
        NATURAL_INGREDIENT_HELD,
        NATURAL_SAID_ORIGIN,
        NATURAL_SAID_ORIGIN_SHORT,
        NATURAL_SAID_PLANT,
        NATURAL_SAID_PLANT_SHORT,
        NATURAL_SOURCE_LINE,
        NATURAL_FEWER_SAID,
        NATURAL_ALL_IN_ONE,
        "메이크업 베이스로도 쓸 수 있어, 제품을 따로 늘리지 않아도 돼요.",  # NATURAL_FEWER filled
        *NATURAL_WORN_EASY,
        NATURAL_EARTH,
        TREND_MAKEUP,
        TREND_WASH,
        *TREND_TIMED.values(),
        *(tail for bank in TONE_TAILS.values() for tails in bank.values() for tail in tails),
        "써 본 분들은 순하다는 후기를 들려주셨어요.",  # TONED_REVIEW, TONED_FINISH filled
        "곁에 두고 써 본 분들은 순하다는 후기를 전해 주셨어요.",
        "써 본 분들이 남긴 순하다는 후기는 요즘 고를 때 좋은 참고가 돼요.",
        "써 본 분들도 순하다는 후기를 남긴 만큼, 요즘 매일 꺼내 쓰기 좋아요.",
        "써 본 분들 사이에서는 순하다는 이야기가 반갑게 들려와요.",  # TONED_TALKED filled
        "쓰는 분들 사이에서는 순하다는 이야기가 잔잔히 전해져요.",
        "바른 뒤 도는 은은한 윤기가 마음에 와닿아요.",
        "바른 뒤 도는 은은한 윤기가 섬세하고 기분 좋게 느껴져요.",
        *(SENSITIVE_SOOTHING.replace(was, now) for was, now in TONED_SOOTHING.values()),
    ]
    return [line for bank in banks for line in ((bank,) if isinstance(bank, str) else bank)]
