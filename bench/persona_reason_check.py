"""Each persona's own reason: per persona and channel, the messages that carry it, and the stock frames.

Readings 17-19 put customer fit lowest (3.12); the readers' notes: "럭셔리·안티에이징 관심사와 맞지 않는 설명",
"'넉넉한 용량'을 내세워 고가 탄력크림 격이 떨어짐", "가성비 관점 없음", "립 틴트에 1g당 가격 계산은 어색", "1ml당 가격은
정확하나 혜택으로 연결되지 않음", "트렌드 페르소나 미반영", "자연 유래 관심사 미반영". This check runs copy_eval's
grid (same briefs, seed and sampled evidence, the whole pipeline with its guard) on every channel and counts,
per persona x channel group (long = Kakao FriendTalk / LMS / email; push; sms), the messages whose sent text
(title, body, CTA) carries that persona's own reason, from the product's catalog row, the product's own name
cut from the text first (a name that says 어린쑥 tells no natural reader where it comes from):

- luxury (브랜드, 근거 있는 성분, 탄력·주름 안티에이징): the product's registered function named (주름 개선, 미백 …),
  an anti-ageing active of the product, a strength in %, a line's generation (…세대), a firmness/glow review, or
  the brand's research as its story states it (연구해 온, 연구하는: 믿을 수 있는 브랜드), or what the house is as the
  story's first sentence says it ("물과 수분에 대한 호기심에서 출발한 스킨케어", round 13);
- budget (가격 대비 효율, 실제 후기): a per-ml price (never per-g of make-up), how little one use takes, a
  second use or generous size the catalog names, a registered function one step carries, what real users said
  ("써 본 분들은 … 후기");
- trend (새로움, 써 보는 재미, 패키지, 메이크업 결과): a catalog phrase on finish, colour, texture, format or
  pack, or a colour/grip/wear/glow review;
- natural (자연 유래, 환경, 오래 써도 편안함): where an ingredient comes from (…에서 얻은, 제주, 유래, 발효) or a
  plant ingredient of the product named outside its name, or a comfort the catalog or a review states (순한 사용감,
  당김이 적은, 순하게 쓰기 좋다는 후기: 오래 써도 편안한 사용감);
- sensitive: the catalog's mildness words or a soothing ingredient of the product (as persona_fit_check).

Stock frames counted over all messages (any persona unless said): the luxury formulas ("공들인 루틴",
"공들인 관리", "정성 들인 관리", "정성을 들이는/쏟는 분께"), "거울을 보는 재미" (and of a cleanser, body or hair
wash, a rinsed mask), "재미" of a product rinsed away, a per-gram price of a lip or base product, size said to
a luxury reader or of a premium product (넉넉, 대용량), a natural reader's "원료를 꼼꼼히 살피는 지인" tip naming
an ingredient that is no plant (콜레스테롤, 세라마이드 …), and natural readers of a product whose name carries
a plant ingredient (어린쑥, 녹차, 비자 …) who hear nothing of its origin.

Retired frames (round 13, reading 21: "'고르는 이유가 분명해요' 어색, 근거 설명 부족", "'~것도 이유입니다'의 앞 근거가
빠져 어색", "'것도 꾸준히 쓰기 좋은 이유' 연결 어색", "'편안함이라는 점도' 어색"), counted over every message, any
persona: "…이유가 분명", "근거가 분명", the brand's research said as "…라는 점도 믿고 고르는 이유가 돼요" / "…점도 고를
때 믿음을 더해요", "…것도 꾸준히 쓰기 좋은 이유", any "…것도/점도 … 이유예요" (a second reason with no first), and
luxury messages that name a common helper (판테놀, 히알루론산, 글리세린 …) as their formula while carrying none of
the luxury reader's own reasons (no function, anti-ageing active, strength, generation, firmness review or research).

Round 15 (reading 23, s1261: "'루틴이 새로워져요'가 상투적", counted as routine_renewed; "'요즘 눈에 띄는 이유'가
근거 없이 끝남", "레티놀 앰플에 '기분 전환' 연결 부자연스러움", "내추럴 뷰티 고객에게 레티놀·펩타이드를 내세워 관심사와
어긋남"): the reason table is also cut by stage (the weakest persona x channel group x stage cells are listed), and
three more frames are counted: "trend_frame_no_fact", a frame that promises a reason to look ("눈에 띄는 이유") in a
message that states no trend fact of the product (any persona: the trendy tone says it too); "natural_active_lead",
a natural reader's message that names an anti-ageing active (레티놀, 펩타이드 …) before any plant ingredient or origin
(of a product with no plant ingredient: as the first ingredient it names); and "trend_mood_active", a trend
reader's "기분 전환" said of a product with a registered function or an anti-ageing active (a retinol ampoule is no
mood lift).

    PYTHONPATH=. python bench/persona_reason_check.py --n 400 --out /tmp/persona12-reason.json
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

from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

CHANNELS = ("kakao_friendtalk", "lms", "email", "push", "sms")
LONG = frozenset({"kakao_friendtalk", "lms", "email"})
PERSONAS = ("luxury", "budget", "trend", "natural", "sensitive")
PREMIUM = 100_000

FUNCTION_WORDS = re.compile("주름 개선|미백|탄력 개선|여드름성 피부 완화|기능성")
AGE = ("아데노신", "펩타이드", "레티놀", "레티날", "바쿠치올", "사포닌", "콜라겐", "진세노사이드")
LUX_REVIEW = re.compile("탄탄|탄력|윤기")
RESEARCH = re.compile(
    "연구해 온|연구해 왔|연구하는"
)  # the brand's research as brands.json states it (믿을 수 있는 브랜드)
PER_ML = re.compile(r"(?:1\s?ml|ml)당 (?:약 )?[\d,]+원")
PER_G = re.compile(r"(?:1\s?g|g)당 (?:약 )?[\d,]+원")
PER_UNIT_USED = re.compile("원꼴[^.!?\n]*(?:써도|쓰셔도|부담 없이|부담 없어|부담이 적)")
PER_UNIT_BARE = re.compile("용량 대비 가격이 한눈에|분명한 숫자예요|분명한 숫자입니다|용량 대비 가격을 따져 보기")
PER_SHEET = re.compile(r"1매당 (?:약 )?[\d,]+원")  # a pad's price per sheet (round 13)
DOSE = re.compile("쌀알만큼|소량|펌프 한 번|펌프 한두 번|한 번 펌핑|두세 방울|한두 방울")
VALUE_REVIEW = re.compile("다시 찾|재구매|가격 대비|가성비|또 샀|쟁여|다시 들이고|다시 사겠|여러 개 사 두")
# real users' praise (실제 사용자 후기); to a reader who uses it, "실제로 (꾸준히) 쓰는 분들도 … 후기" (round 21)
USERS_SAID = re.compile("(?:써 본|쓰는) 분[^.!?]{0,40}후기")
# round 21: a low price said as what it means to this reader (fit.BUDGET_PRICED_EVERYDAY, BUDGET_EVERYDAY_AFTER,
# BUDGET_EVERYDAY_SHORT), where a per-unit figure does not persuade (the retention stage, a sunscreen, 1,000원 or more)
# round 27: the same reason said as what buying it again or applying it generously costs ("…원이라 부담 없이 다시
# 곁에 둘 수 있어요", "…늘 곁에 두고 부담 없이 덧바를 수 있어요"); the old words counted on as budget_everyday_stock
EVERYDAY = re.compile("가격 걱정 없이|걱정 없이 곁에 둘|부담 없이 들일|부담 없이 다시 곁에 둘|부담 없이 덧바를")
EVERYDAY_STOCK = re.compile("가격 걱정 없이|걱정 없이 곁에 둘")
GENEROUS = re.compile("넉넉|대용량|온 가족|올인원|로도 쓸|로도 쓰|단계를 줄|한 단계")
MILD = re.compile("약산성|무향|향료를 넣지|저자극|순한|순하게|민감성|자극 걱정|편안해졌|진정")
SOOTHING = (
    "병풀",
    "마데카",
    "시카",
    "판테놀",
    "알란토인",
    "세라마이드",
    "어성초",
    "쑥",
    "카렌듈라",
    "알로에",
    "녹차",
    "감초",
)
COMFORT = re.compile("순하게 쓰|순한 사용감|편안하게 쓰|자극 없이|당김이 적|당기지 않")
ORIGIN = re.compile("에서 얻은|에서 자란|유래|발효|제주|우리 쌀|국내산|자연에서")
PLANTS = re.compile(
    "추출물|녹차|씨드|쑥|꽃|쌀|인삼|동백|새싹|꿀|프로폴리스|유자|알로에|한란|비자|병풀|홍삼|백화고|시어버터|식물"
    "|(?<!미네랄) 오일"
)
TREND_FEATURE = re.compile(
    "피니시|광|매트|벨벳|발색|컬러|톤업|제형|텍스처|캡슐|스틱|젤|쫀쫀|쫀득|말랑|터지|보송|물처럼|거품|입자|용기|스포이트|색상"
    "|밀착|블러|글로우|커버|마무리|피부 표현"
    "|윤기|발리|발림|녹는|우윳빛|투명한|필오프"  # round 14: the finish left, the spread, a format seen on first use
    "|묵직|풍성한 크림|유화"  # round 15: a rich cream's body, an oil that turns milky (a format met on first use)
)
TREND_REVIEW = re.compile("발색|밀착|지속|윤기|광이")
# Round 23, the wider rule (--rule both prints it beside the old one): gaps a reader would not see as gaps. An
# anti-ageing active the catalog names 레티노이드 (리제덤365); a trend reader's pack and shade range ("작은 튜브·팁",
# "여러 가지 호수") and a look once worn ("화사해 보여요"); a natural reader's comfort as users or the catalog say it
# ("피부가 편안해졌다는 후기", "당김을 덜어 주는", "향료를 넣지 않아").
AGE_WIDE = (*AGE, "레티노이드")
TREND_FEATURE_WIDE = re.compile(f"{TREND_FEATURE.pattern}|튜브|팁|호수")
TREND_REVIEW_WIDE = re.compile(f"{TREND_REVIEW.pattern}|화사해 보|호수")
COMFORT_WIDE = re.compile(f"{COMFORT.pattern}|편안해졌|당김을 덜|향료를 넣지 않")
# Round 27 (readings 45-47: "내추럴 고객 포인트 없음", "자연 유래 관심사 없음", 12 notes of long messages):
# "natural_no_point", a natural reader's message with none of their points under the wider rule, nor a light feel
# said as lasting comfort ("…끈적임이 남지 않아 매일 써도 편안해요", fit.NATURAL_WORN_EASY), nor the brand's care for
# the earth (fit.NATURAL_EARTH), nor the empties or a refill an event names (환경을 생각하는 소비)
NATURAL_MORE = re.compile("써도 편안|공병|재활용|리필|자연을 아끼|지구와 함께")

STOCK = {
    "lux_formula": re.compile("공들인 루틴|공들인 관리|정성 들인 관리|정성을 들이는 분께|정성을 쏟는 분께"),
    "mirror_fun": re.compile("거울을 보는 재미"),
    # reading 23 (s1261): "'루틴이 새로워져요'가 상투적", a push's trend line that fits any product
    "routine_renewed": re.compile("루틴(?:이|도) 새로워"),
    # reading 24 (s3897): "'아데노신이 들었는데' 인용이 트렌드 고객에게 솔깃하지 않고 틀에 박힘" (round 16)
    "trend_ingredient_tip": re.compile("(?:이|가) 들었는데 써 보니"),
    # round 26 (readings 43-44), reader lines named as assembled or forced: "'후기, 요즘 주목할 만해요' 어색한 조립
    # 문장" (43 s9143), "'마음까지 든든해요' 어색 / 다소 억지" (43 s3675), a make-up buyer told to check what she
    # has ("기존 사용자에게 컬러 립 '확인해 보라'는 등 문장이 조립된 느낌", 44 s5305), and the house said with the
    # formula in one sentence ("브랜드 소개와 성분이 한 문장에 억지로 이어짐", 44 s8973)
    "review_noticed": re.compile("후기, 요즘 주목할 만"),
    "heart_firm": re.compile("마음까지 든든"),
    "makeup_check": re.compile("메이크업 결과를 먼저 보신다면 [^.!?]*확인해"),
    "house_formula_join": re.compile("브랜드로, 이 [^ ]+에는"),
    # "'담은/담아' 중복" (43 s4718): a line that holds its origin after a definition that says "…을 담은 …으로,"
    "held_twice": re.compile("담은 [^.!?\n]*(?:으로|로), [^.!?\n]*(?:담아 |담았)"),
    # not a seam by itself (the brand's own research, brands.json): counted so that it never becomes one
    "brand_research_line": re.compile("연구해 온 (?:브랜드라는|[^ ]+의 제품이라는|[^ ]+(?:이)?라 믿고)"),
}
# round 13: frames that read as assembled, retired from fit.py (see the docstring)
RETIRED = {
    "reason_clear": re.compile("이유가 분명"),
    "evidence_clear": re.compile("근거가 분명"),
    "brand_point_reason": re.compile("라는 점도 믿고 고르는|점도 고를 때 믿음"),
    "keep_using_reason": re.compile("것도 꾸준히 쓰기 좋은 이유"),
    "also_reason_any": re.compile(r"(?:것|점)도 [^.!?\n]{0,40}이유(?:예요|입니다|가 돼요|가 됩니다|이에요)"),
}
HELPERS = ("판테놀", "덱스판테놀", "알란토인", "스쿠알란", "히알루론산", "아미노산", "토코페롤", "글리세린", "베타인")
WASH_KINDS = ("cleanser", "body_wash", "hair_wash", "rinse_mask")
FUN = re.compile("재미")
SIZE = re.compile("넉넉|대용량")
PROMISED = re.compile("눈에 띄는 이유")  # a frame that promises a reason to look
MOOD = re.compile("기분 전환")
TIP = re.compile("꼼꼼히 살피는 지인에게는 ‘([^’]+?)(?:이|가) 들어 있더라")
# Round 25 (readings 37-40): awkward pairings of a reader's line with the message around it, counted over every
# message. "choose_new_to_owner": a tone clause for a reader still choosing ("믿고 천천히 골라 보기 좋아요", "요즘 새로
# 골라 보기 좋아요") said to a reader who has the product (first use without a first order, a next-step campaign:
# "'새로 들이신'과 '새로 골라 보기' 모순"); "excited_lead_odd": "설레는 마음으로" before an ask that is no feeling
# (looking at the size and set, comparing, a consultation: "'설레는 마음으로 용량과 구성' 어색") or beside a second
# "…으로" in its sentence; "sensitive_to_trend": mildness said to a trend reader as the reason ("트렌드 팔로워 대신
# 민감성 논리": 예민, 민감, 순한 outside the product's name); "natural_mineral": a natural reader told of a mineral
# filter, silica or a pigment ("'실리카·산화아연' 소구가 내추럴 고객에 어색").
CHOOSE_NEW = re.compile(
    "천천히 골라 보기 좋|새로 골라 보기 좋|새로 들이기 좋|여유 있게 들이기 좋|처음 고르는 마음|고르는 마음이"
    "|고를 수 있어 마음"
)
EXCITED = re.compile(r"설레는 마음으로 ([^.!?\n]*)")
EXCITED_ODD = re.compile("용량과 구성|성분과 구성|구성을 살펴|상담|비교|골라 두고|읽어 보|확인해|으로")
SENSITIVE_SAFE = re.compile("예민|민감|순한|순하게")  # mildness as the reason, the product's name cut out
MINERAL = re.compile("실리카|산화아연|이산화티타늄|피그먼트|징크옥사이드")


def owner_of_product(result) -> bool:  # type: ignore[no-untyped-def]
    """Whether the brief's reader has the product: first use without a first order ahead, or a next-step campaign
    (plan.py: stage 1 not ordering; stage 3 with the next-step event)."""
    name = result.event.name if getattr(result, "event", None) else ""
    stage = result.brief.stage_index
    first_order = "첫 주문" in name or "첫 구매" in name
    return (stage == 1 and not first_order) or (stage == 3 and "다음 단계" in name) or stage in (2, 4)


def pairings(key: str, result, text: str, bare: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The round-25 awkward pairings `text` (title, body, CTA; `bare`: without the product's name) shows (see
    CHOOSE_NEW … MINERAL)."""
    found = set()
    if CHOOSE_NEW.search(text) and owner_of_product(result):
        found.add("choose_new_to_owner")
    excited = EXCITED.search(text)
    if excited and EXCITED_ODD.search(excited.group(1)):
        found.add("excited_lead_odd")
    if key == "trend" and SENSITIVE_SAFE.search(bare):
        found.add("sensitive_to_trend")
    if key == "natural" and MINERAL.search(text):
        found.add("natural_mineral")
    return found


# Round 22 (readings 30-32: "감성 톤 없음", "감성 톤 약함", "트렌디한 톤이 없음", "고급스러운 톤은 아님"): whether
# the chosen tone is audible in the sent text, by a word that carries it: 감성적인 a sensory or emotional phrase;
# 트렌디한 a current, light phrasing; 고급스러운 restraint (an unhurried, cared-for phrase and no "!"); 전문적인 a
# precise fact (a figure, a registered function, an ingredient or a way of use); 친근한 warmth (a direct, easy
# invitation). Crude by design: a floor, counted per tone x channel group, so that the cells where the tone is
# missing most show.
TONE_AUDIBLE = {
    "감성적인": re.compile(
        "느낌|느껴|마음|설레|포근|따뜻|은은|여유|손끝|손길|순간|기분|편안|감싸|스며|고요|다정|위로|향이|향기"
        "|하루의|하루 끝|햇살|차분히|살며시|스르르|부드럽게 감|촉촉함이 남"
    ),
    "트렌디한": re.compile(
        "요즘|최애|핫한|트렌드|신상|찰떡|픽|인증|쟁여|MZ|요새|힙|바로 써|새로 들|새로 써|새로움|득템"
    ),
    "고급스러운": re.compile("천천히|여유|곁에 두|곁에 둘|섬세|품격|정성|손길|오래 곁|격이|깊이|고요|단정"),
    "전문적인": re.compile(
        r"\d+(?:\.\d+)?\s?(?:%|ml|g|매)|기능성|성분|함량|사용 순서|쓰는 법|사용법|확인|임상|테스트|연구|pH|약산성"
    ),
    "친근한": re.compile(
        "볼까요|편하게|부담 없이|가볍게|반가|함께|살짝|한번|한 번|어떠세요|좋겠어요|좋아요|드려요|챙겨 보세요"
    ),
}


def tone_audible(tone: str, text: str) -> bool:
    """Whether `text` carries the chosen tone (TONE_AUDIBLE); a 고급스러운 message also shows no "!"."""
    pattern = TONE_AUDIBLE.get(tone)
    if pattern is None:
        return True
    return bool(pattern.search(text)) and not (tone == "고급스러운" and "!" in text)


def _phrases(product, pattern: re.Pattern[str]) -> list[str]:  # type: ignore[no-untyped-def]
    return [t[:8] for t in (*product.selling_points, *product.claims) if len(t) >= 8 and pattern.search(t)]


def plant_heads(product) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.split()[0] for i in product.key_ingredients if PLANTS.search(i)]


def house_of(story: str) -> str:
    """What the brand's story says the house is (its first sentence, after the brand's name, without the copula):
    the heritage a luxury reader trusts (믿을 수 있는 브랜드), as brands.json states it."""
    first = (story or "").split(". ")[0].rstrip(".")
    return (
        first.split(" ", 1)[1].removesuffix(" 브랜드입니다") if first.endswith("브랜드입니다") and " " in first else ""
    )


# Round 26 (reading 43 s4264, reading 44 s8973: "브랜드 소개 문구가 상투적", "브랜드 소개와 성분이 한 문장에
# 억지로 이어짐"): a house line of mood alone ("서울의 리듬과 에너지에서 영감을 받는 컨템포러리 뷰티", "물과
# 수분에 대한 호기심에서 출발한 스킨케어", "메이크업을 놀이처럼 즐기는 사람들을 위한") names nothing a
# trust-seeker weighs: no research, ingredient, raw material or dosing. It is no luxury reason (carries_reason
# leaves it out) and is counted on its own line (luxury_mood_house_line; luxury_mood_house_only where it is all a
# luxury message says for that reader).
HOUSE_SUBSTANCE = re.compile("연구|성분|설계|원료|함량|농도|장벽|과학")


# Round 26 (reading 43 s2433, reading 44 s5589: "트렌디한 톤·새로움 포인트가 없음", "트렌드 고객의 재미 포인트 없음"): a
# trend reader's message whose fact counts (carries_reason) but is said in no word of that reader's own point
# (새로움, 써 보는 재미, 눈에 담기는 결과): "trend_fact_unvoiced", counted per group.
TREND_VOICE = re.compile(
    "새로|새롭|재미|사진|눈길|눈에 들어|눈에 띄|기분 좋|처음 쓸|처음 써|처음 만나|신선|색다른|세대"
)


def house_is_mood(house: str) -> bool:
    """Whether the brand's house line (house_of) says a mood alone: none of HOUSE_SUBSTANCE."""
    return bool(house) and not HOUSE_SUBSTANCE.search(house)


def first_at(text: str, words) -> int:  # type: ignore[no-untyped-def]
    """Where the first of `words` occurs in `text` (len(text) if none)."""
    return min((i for i in (text.find(w) for w in words) if i >= 0), default=len(text))


def carries_reason(angle: str, product, text: str, house: str = "", wide: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """Whether `text` (the product's name cut out) states this persona's own reason from the catalog row (or, for a
    luxury reader, the brand's own story: `house`). `wide`: round 23's wider rule (AGE_WIDE, TREND_*_WIDE,
    COMFORT_WIDE)."""
    heads = [i.split()[0] for i in product.key_ingredients]
    age = AGE_WIDE if wide else AGE
    if angle == "luxury":
        if product.functional_claims and FUNCTION_WORDS.search(text):
            return True
        if any(h in text for h in heads if any(a in h for a in age)) or re.search(r"\d+(?:\.\d+)?%", text):
            return True
        said_house = bool(house) and house in text and not house_is_mood(house)
        return "세대" in text or bool(LUX_REVIEW.search(text)) or bool(RESEARCH.search(text)) or said_house
    if angle == "budget":
        per = bool(PER_ML.search(text) or PER_SHEET.search(text))
        per = per or (bool(PER_G.search(text)) and product.category not in ("립", "쿠션·베이스"))
        funcs = bool(product.functional_claims) and "기능성" in text and "한 단계" in text
        said = DOSE.search(text) or VALUE_REVIEW.search(text) or GENEROUS.search(text) or USERS_SAID.search(text)
        said = said or EVERYDAY.search(text)
        return per or funcs or bool(said)
    if angle == "trend":
        feature, review = (TREND_FEATURE_WIDE, TREND_REVIEW_WIDE) if wide else (TREND_FEATURE, TREND_REVIEW)
        return any(p in text for p in _phrases(product, feature)) or bool(review.search(text))
    if angle == "natural":
        comfort = bool((COMFORT_WIDE if wide else COMFORT).search(text))  # 오래 써도 편안한 사용감
        return bool(ORIGIN.search(text)) or any(h in text for h in plant_heads(product)) or comfort
    if angle == "sensitive":
        soothing = [h for h in heads if any(s in h for s in SOOTHING)]
        return bool(MILD.search(text)) or any(h in text for h in soothing)
    return False


def reason_in_catalog(key: str, product, result) -> list[str]:  # type: ignore[no-untyped-def]
    """The catalog sentences (selling points, claims, ingredients) and the sampled reviews that would carry this
    reader's reason by carries_reason(), the product's name cut out: where a miss had a fact to say (--misses)."""
    texts = [*product.selling_points, *product.claims, *product.key_ingredients]
    texts += [f"(review) {e.text}" for e in result.evidence.reviews]
    found = []
    for t in texts:
        bare = t.replace(product.name, " ").replace(short_product_name(product.name), " ")
        if carries_reason(key, product, bare):
            found.append(t[:60])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=400, help="briefs in copy_eval's grid, each sent on every channel")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--misses", default="", help="persona/group whose messages without their reason are printed")
    parser.add_argument("--dump", type=Path, default=None, help="write every message (JSON lines) to read or grep")
    args = parser.parse_args()
    from crm_core.generation.composer.facts import product_facts
    from crm_core.generation.composer.reader import product_kind

    pipeline, catalog = checked_pipeline()
    total, hit, stock, hit_wide = Counter(), Counter(), Counter(), Counter()
    staged_total, staged_hit = Counter(), Counter()
    tone_total, tone_hit = Counter(), Counter()
    examples: dict[str, list[str]] = {}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, CHANNELS):
        product = result.product
        if not getattr(product, "category", None):
            continue
        key = angle_for(result.persona).key
        group = "long" if channel in LONG else channel
        message = result.message
        text = " ".join((message.title or "", message.body, message.cta or ""))
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        total[(key, group)] += 1
        if dump:
            tone_name = getattr(result.brief.tone, "value", result.brief.tone)
            row = {"persona": key, "channel": channel, "stage": result.brief.stage_index, "tone": str(tone_name)}
            dump.write(json.dumps({**row, "product": product.name, "text": text}, ensure_ascii=False) + "\n")
        house = house_of(result.brand.story or "")
        carried = carries_reason(key, product, bare, house)
        hit[(key, group)] += carried
        hit_wide[(key, group)] += carried or carries_reason(key, product, bare, house, wide=True)
        if not carried and f"{key}/{group}" in args.misses.split(","):
            exists = reason_in_catalog(key, product, result)
            print(
                f"MISS {key} [{channel} s{result.brief.stage_index} {result.brief.style_index}] {product.name} | "
                f"{product.brand} | exists={exists} | {text[:300]!r}"
            )
        tone = str(result.brief.tone.value if hasattr(result.brief.tone, "value") else result.brief.tone)
        tone_total[(tone, group)] += 1
        heard = tone_audible(tone, bare)
        tone_hit[(tone, group)] += heard
        if not heard and f"tone:{tone}/{group}" in args.misses.split(","):
            print(
                f"MISS {tone} [{channel} s{result.brief.stage_index} {key}] {product.name} | {product.brand} | {text!r}"
            )
        stage = result.brief.stage_index
        staged_total[(key, group, stage)] += 1
        staged_hit[(key, group, stage)] += carried
        kind = product_kind(product_facts(product, angle_for(result.persona)), product.name)
        found = {name for name, pattern in STOCK.items() if pattern.search(text)}
        found |= {name for name, pattern in RETIRED.items() if pattern.search(text)}
        found |= pairings(key, result, text, bare)
        if key == "luxury" and house and house in bare:  # the house said as a fact: counted so it never runs everywhere
            found.add("luxury_house_line")
            if house_is_mood(house):  # a mood alone, no reason (round 26): counted on its own lines
                found.add("luxury_mood_house_line")
                if not carried:
                    found.add("luxury_mood_house_only")
        if key == "luxury" and any(h in bare for h in HELPERS) and not carries_reason(key, product, bare, house):
            found.add("luxury_helper_only")
        if "mirror_fun" in found and kind in WASH_KINDS:
            found.add("mirror_fun_wash")
        if key == "trend" and kind in WASH_KINDS and FUN.search(text):
            found.add("trend_fun_wash")
        if PER_G.search(text) and product.category in ("립", "쿠션·베이스"):
            found.add("per_gram_makeup")
        if PER_ML.search(text) or PER_G.search(text):
            stock[("per_unit_any", group)] += 1
        if SIZE.search(text) and (key == "luxury" or (product.price or 0) >= PREMIUM):
            found.add("size_to_luxury_or_premium")
        tip = TIP.search(text)
        if (
            tip
            and key == "natural"
            and not PLANTS.search(next((i for i in product.key_ingredients if i.startswith(tip.group(1))), ""))
        ):
            found.add("natural_tip_not_plant")
        named_plants = [h for h in plant_heads(product) if h in product.name or h[:2] in product.name]
        if key == "natural" and named_plants:
            stock[("natural_named_plant", group)] += 1
            if not (ORIGIN.search(bare) or any(h in bare for h in named_plants)):
                found.add("natural_named_plant_no_origin")
        if key == "trend" and carried and not TREND_VOICE.search(bare):
            found.add("trend_fact_unvoiced")
        # round 27 (readings 45-48: "트렌드 고객 포인트 없음" in 25 notes, often beside a texture said plainly): a trend
        # reader's message with no word of their own point at all, whether or not a trend fact is carried
        if key == "trend" and not TREND_VOICE.search(bare):
            found.add("trend_unvoiced_any")
        # readings 46 s5091, 48 s1705: "'가격 걱정 없이 곁에 둘 수' 어색", "'가격 걱정 없이' 상투적, 후기 근거 없음"
        if key == "budget" and EVERYDAY_STOCK.search(bare):
            found.add("budget_everyday_stock")
        # round 28 (readings 49-52: "ml당 770원은 가성비 설득력 약함" s9482, "ml당 가격 문장 '한눈에 보입니다' 어색"
        # s1476 s7759, "가격 나열만 있고 가치 설득 약함" s6553): a budget message whose only budget reason is a
        # per-unit figure (no dose, value review, generous size, second use, one-step function, users' review or
        # everyday price), and the figure said as a bare computation ("용량 대비 가격이 한눈에", "분명한 숫자")
        if key == "budget" and carried and (PER_ML.search(bare) or PER_SHEET.search(bare) or PER_G.search(bare)):
            cut = PER_SHEET.sub(" ", PER_G.sub(" ", PER_ML.sub(" ", bare)))
            if not carries_reason(key, product, cut, house):
                found.add("budget_per_unit_only")
                if not PER_UNIT_USED.search(bare):  # nor said with what it lets the reader do
                    found.add("budget_per_unit_only_unused")
        if key == "budget" and PER_UNIT_BARE.search(bare):
            found.add("budget_per_unit_bare")
        if key == "natural" and not carries_reason(key, product, bare, wide=True) and not NATURAL_MORE.search(bare):
            found.add("natural_no_point")
        if PROMISED.search(text) and not carries_reason("trend", product, bare):
            found.add("trend_frame_no_fact")
        ages = [h for h in (i.split()[0] for i in product.key_ingredients) if any(a in h for a in AGE)]
        plants = plant_heads(product)
        if key == "natural" and ages:
            stock[("natural_active_product", group)] += 1
            origin = ORIGIN.search(bare)
            first_plant = min(first_at(bare, plants), origin.start() if origin else len(bare))
            first_named = first_at(bare, [i.split()[0] for i in product.key_ingredients])
            if first_at(bare, ages) < first_plant and (plants or first_at(bare, ages) == first_named):
                found.add("natural_active_lead")
        if key == "trend" and MOOD.search(text) and (product.functional_claims or ages):
            found.add("trend_mood_active")
        for name in found:
            stock[(name, group)] += 1
            examples.setdefault(name, [])
            if len(examples[name]) < 3:
                examples[name].append(f"[{key}/{channel}] {product.name}: {message.body[:160]}")
    report: dict = {"reason": {}, "stock": {}}
    print("| persona | long (Kakao/LMS/email) | push | sms | all |")
    print("|---|---|---|---|---|")
    report["reason"] = group_table(PERSONAS, total, hit)
    print("\nthe same, round 23's wider rule (carries_reason(wide=True): 레티노이드, 튜브·팁·호수, 편안해졌 …):")
    report["reason_wide"] = group_table(PERSONAS, total, hit_wide)
    cells = [(staged_hit[c] / staged_total[c], c) for c in staged_total if staged_total[c] >= 5]
    print("\nweakest persona x group x stage cells (n >= 5):")
    report["stage"] = {}
    for rate, (key, group, stage) in sorted(cells)[:12]:
        k, n = staged_hit[(key, group, stage)], staged_total[(key, group, stage)]
        report["stage"][f"{key}/{group}/{stage}"] = [k, n]
        print(f"  {key}/{group}/stage {stage}: {k}/{n} ({rate:.0%})")
    print("\n| tone audible | long (Kakao/LMS/email) | push | sms | all |")
    print("|---|---|---|---|---|")
    report["tone"] = group_table(TONE_AUDIBLE, tone_total, tone_hit)
    print("\n| stock frame | long | push | sms |")
    print("|---|---|---|---|")
    names = sorted({name for name, _ in stock})
    for name in names:
        row = [stock[(name, g)] for g in ("long", "push", "sms")]
        report["stock"][name] = row
        print(f"| {name} | " + " | ".join(map(str, row)) + " |")
    print_and_save(report, examples, args.out)


GROUPS = ("long", "push", "sms")


def group_table(keys, total: Counter, hit: Counter) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    """One table row per key: hits of n per channel group and over all groups; returns the cells as [hits, n]."""
    cells: dict[str, list[int]] = {}
    for key in keys:
        row = []
        for group in (*GROUPS, None):
            n = total[(key, group)] if group else sum(total[(key, g)] for g in GROUPS)
            k = hit[(key, group)] if group else sum(hit[(key, g)] for g in GROUPS)
            row.append(f"{k}/{n} ({k / n:.0%})" if n else "-")
            if group:
                cells[f"{key}/{group}"] = [k, n]
        print(f"| {key} | " + " | ".join(row) + " |")
    return cells


def print_and_save(report: dict, examples: dict[str, list[str]], out: Path | None) -> None:
    """The examples under each flag printed, then the report with them written as JSON where `out` is given."""
    for name, rows in examples.items():
        print(f"\n{name}:")
        for row in rows:
            print("  " + row)
    report["examples"] = examples
    if out:
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
