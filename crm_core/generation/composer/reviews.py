"""Review praise the copy may paraphrase: only positive, unhedged, non-contrastive sentences.

A sentence qualifies when, after removing the benign negations that are praise in Korean
("끈적임 없이", "자극이 없어서", "당기지 않아요"), it has no negation (안/않/못/없), no contrast or
concession (-지만, -는데, 다만, 근데), no hedge (것 같아요, -듯, 편이에요, 나름) and no complaint
word (약해서, 아쉬워요, 부족). Its aspect must then match a positive pattern, so "보습력은 약해서"
can never become praise of moisture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crm_core.domain import EvidenceItem
from crm_core.korean import final_consonant

# Things whose absence is praise; "X 없이 / X이 없어 / X하지 않아" with these is benign.
_BENIGN = re.compile(
    r"(끈적|자극|트러블|백탁|당김|당기|답답|무겁|뭉침|뭉치|들뜸|들뜨|밀림|밀리|부담|걱정|각질|번들|따갑|건조|텁텁|뻑뻑)"
    r"[가-힣]{0,3}\s*(하나도\s*|전혀\s*)?(없|않)[가-힣]*"
    r"|(안|전혀\s*안)\s*(끈적|당기|번들|무거|답답|따가|밀리|뭉치|들떠|건조)[가-힣]*"
)
_NEGATIVE = re.compile(
    r"(^|\s)(안|못)\s|않|못해|못하|없|별로|아쉽|아쉬|약해|약하|약간|부족|실망|그닥|그다지|애매|글쎄|모르겠"
    r"|같아요|것 같|거 같|듯|나쁘|불편|따가|따끔|뒤집|올라오|올라왔|건조해지|건조해져|지만|는데|은데|인데"
    r"|다만|그런데|근데|반면|대신|아직|그럭저럭|무난|편이|편임|편인|나름|환불|불량|비싸|비싼|강해|강하|\?|ㅠ|ㅜ"
    r"|조금|좀|느낌|결정|고민|써\s*보고|볼게요|볼래요|두고\s*봐"
)


@dataclass(frozen=True)
class Aspect:
    key: str
    pattern: re.Pattern[str]
    clause: str  # "…다는": completes "… 후기"


def _aspect(key: str, pattern: str, clause: str) -> Aspect:
    return Aspect(key, re.compile(pattern), clause)


ASPECTS: tuple[Aspect, ...] = (
    _aspect("끈적", r"끈적[가-힣]{0,3}\s*(하나도\s*|전혀\s*)?(없|않)|안\s*끈적", "끈적임 없이 산뜻하다는"),
    _aspect("흡수", r"흡수[가-힣]*\s*(가\s*)?(빨|빠르|잘|금방)|금방\s*흡수|쏙\s*흡수", "흡수가 빠르다는"),
    _aspect("촉촉", r"촉촉", "촉촉함이 오래간다는"),
    _aspect("보습", r"보습[가-힣]*\s*(이|가|은|도)?\s*(좋|충분|든든|오래)", "보습감이 든든하다는"),
    _aspect("순하", r"순하|순해", "순하게 쓰기 좋다는"),
    _aspect("자극", r"자극[가-힣]{0,3}\s*(하나도\s*|전혀\s*)?(없|않)", "자극이 느껴지지 않았다는"),
    _aspect("향", r"향[이은도]?\s*(좋|은은|향긋|상쾌|편안)", "향이 은은하다는"),
    _aspect("가볍", r"가볍|가벼", "가볍게 발린다는"),
    _aspect("탄력", r"탄력[이가]?\s*(있|좋|생|느껴)|탄탄", "피부가 탄탄하게 느껴진다는"),
    _aspect("윤기", r"윤기|광이\s*(나|돌)|은은한\s*광", "은은한 윤기가 돈다는"),
    _aspect("진정", r"진정[이가]?\s*(잘|돼|되|됐)|편안해", "피부가 편안해졌다는"),
    _aspect("세정", r"세정력[이가]?\s*좋|깔끔하게\s*(씻|지워|닦)|개운", "깔끔하게 씻긴다는"),
    _aspect("백탁", r"백탁[가-힣]{0,3}\s*(하나도\s*|전혀\s*)?(없|않)", "백탁 없이 발린다는"),
    _aspect("가성비", r"가성비[가-힣]*\s*(좋|최고|짱)|가격\s*대비\s*(좋|만족)", "가격 대비 만족스럽다는"),
    _aspect("재구매", r"재구매|또\s*샀|다시\s*샀|또\s*살|쟁여", "다시 찾게 된다는"),
    _aspect("밀착", r"밀착[력이가]?\s*(좋|잘)|착\s*붙|잘\s*붙", "밀착이 좋다는"),
    _aspect("발색", r"발색[이가]?\s*(좋|예쁘|선명)|색[이가]?\s*예뻐|색감[이가]?\s*예", "발색이 예쁘다는"),
    _aspect("지속", r"지속력[이가]?\s*좋|오래\s*(가|유지|지속)", "바른 느낌이 오래간다는"),
)


# What a repurchase review says, closer to its words than one stock "다시 찾게 된다는" (reading 9):
# bought again, stocked up, or meaning to buy again.
_REBOUGHT = re.compile(r"또\s*샀|다시\s*샀|재구매\s*(?:했|한|해서|중|째)|번째\s*재구매")
_STOCKED = re.compile("쟁여")
# Worded for any register: "쟁여 두고" and "또 사고 싶다는" read light in 합쇼체 and for a luxury line (reading 13);
# never "다시 들이고 싶다는 이야기" (reading 82, s5827: "'다시 들이고 싶다는 이야기' 근거가 모호함"): what the review
# says ("재구매 의사 있어요", "또 살게요"), plainly.
REPURCHASE_CLAUSES = ("다 쓰고 다시 샀다는", "여러 개 사 두고 쓴다는", "다시 사겠다는")


# a calm the review says of the scalp ("다음 날 아침까지 두피가 편안해요") is said of the scalp: never "피부가
# 편안해졌다는" of a shampoo (reading 54, s7470: "샴푸 후기를 '피부가 편안해졌다'고 씀")
_SCALP_CALM = re.compile(r"두피[가는도]?\s*(?:[가-힣]+\s*){0,2}편안")
SCALP_CALM_CLAUSE = "두피가 편안해졌다는"


def _clause(aspect: Aspect, text: str, premium: bool = False) -> str:
    if aspect.key == "진정" and _SCALP_CALM.search(text):
        return SCALP_CALM_CLAUSE
    if aspect.key != "재구매":
        return aspect.clause
    if _REBOUGHT.search(text):
        return REPURCHASE_CLAUSES[0]
    # a premium product is not stocked up on: a stock-up review of it says the reader wants it again (reading 57,
    # 자음생세럼 브라이트닝: "21만원 세럼에 '여러 개 사 두고'는 어울리지 않음"); facts.PREMIUM_PRICE sets the register
    return REPURCHASE_CLAUSES[1] if _STOCKED.search(text) and not premium else REPURCHASE_CLAUSES[2]


@dataclass(frozen=True)
class ReviewPoint:
    """A paraphrasable praise and the review sentence it came from (for provenance)."""

    aspect: str
    clause: str
    source_id: str


def _concessive(text: str) -> bool:
    """-ㄴ데 after any stem (예쁜데, 중요한데): a contrast is coming."""
    for i, ch in enumerate(text[1:], start=1):
        if ch == "데" and (i + 1 == len(text) or text[i + 1] in " ,.도요") and final_consonant(text[i - 1]) == 4:
            return True
    return False


def is_plain_praise(text: str) -> bool:
    """True when a review sentence is positive with no negation, contrast, hedge or pending
    decision ("조금 더 써 보고 재구매 결정할게요") left after the benign negations are set aside."""
    return not _NEGATIVE.search(_BENIGN.sub(" ", text)) and not _concessive(text)


# Praise that does not fit a kind of product (reader.product_kind), however the review words it: an exfoliating
# pad or a cleanser does not leave "촉촉함이 오래간다" (reading 15, s1261: "필링 패드에 '촉촉함이 오래간다' 후기는
# 어색"), a wash-off product has no wear, colour or grip, a sunscreen no colour.
_WASHED = ("촉촉", "보습", "탄력", "윤기", "백탁", "발색", "밀착", "지속", "흡수")
UNFIT_ASPECTS: dict[str, tuple[str, ...]] = {
    "pad": ("촉촉", "보습", "탄력", "윤기", "백탁", "발색", "밀착", "지속"),
    "cleanser": _WASHED,
    "body_wash": _WASHED,
    "hair_wash": _WASHED,
    "rinse_mask": ("촉촉", "백탁", "발색", "밀착", "지속"),  # "촉촉함이 오래간다" after a wash-off pack
    "lip": ("백탁", "흡수", "탄력"),
    "sun": ("발색",),
    "hair": ("백탁", "발색", "탄력"),
    "mist": ("백탁", "발색"),
}


# Praise that proves nothing of a strong active (retinol, vitamin C, acids): a scent (reading 24, s5014: "레티놀에 '향이
# 은은하다' 후기").
ACTIVE_UNFIT = ("향",)


def unfit_aspects(kind: str) -> tuple[str, ...]:
    """The review aspects never quoted for this kind of product."""
    return UNFIT_ASPECTS.get(kind, ())


@lru_cache(maxsize=4096)
def review_points(
    items: tuple[EvidenceItem, ...],
    preferred: tuple[str, ...] = (),
    unfit: tuple[str, ...] = (),
    premium: bool = False,
) -> tuple[ReviewPoint, ...]:
    """Distinct praised aspects of the evidence's review sentences, the reader's aspects first; none of the
    `unfit` aspects (see unfit_aspects); `premium` (facts.premium): a stock-up review is said as wanting it again."""
    found: dict[str, ReviewPoint] = dict.fromkeys(unfit)  # type: ignore[arg-type]
    for item in items:
        polarity = item.__dict__.get("polarity")  # a field EvidenceItem may gain; absent means unknown
        if polarity not in (None, "positive") or not is_plain_praise(item.text):
            continue
        for aspect in ASPECTS:
            if aspect.key not in found and aspect.pattern.search(item.text):
                found[aspect.key] = ReviewPoint(aspect.key, _clause(aspect, item.text, premium), item.source_id)
    rank = {key: i for i, key in enumerate(preferred)}
    points = [p for p in found.values() if p is not None]
    return tuple(sorted(points, key=lambda p: rank.get(p.aspect, len(rank))))
