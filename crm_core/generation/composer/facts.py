"""What the copy may say about the product, ranked for the reader's angle; nothing else is stated."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache

from crm_core.domain import ListedProduct, Product
from crm_core.domain.catalog import short_product_name
from crm_core.generation.composer.angles import Angle, fit, speaks_past

# Categories whose name is not a noun for one product ("이 헤어" → "이 헤어 제품").
CATEGORY_NOUNS = {"헤어": "헤어 제품", "립": "립 제품", "바디": "바디 제품", "쿠션·베이스": "쿠션", "마스크·팩": "팩"}
PREMIUM_PRICE = 100_000  # KRW: at or above, copy never leans on price or volume-for-money
# What a product is called at the end of a phrase that defines it ("… 수분 크림"): such phrases say
# what the product is, so a message states one of them, never two.
PRODUCT_NOUNS = (
    "크림", "세럼", "에센스", "앰플", "토너", "스킨", "로션", "에멀젼", "에멀전", "유액", "미스트", "선크림",
    "선스크린", "선스틱", "쿠션", "파운데이션", "팩", "마스크", "모델링팩", "패드", "시트", "클렌저", "세안제",
    "클렌징폼", "폼", "오일", "젤", "밤", "립스틱", "틴트", "스틱", "샴푸", "트리트먼트", "바디워시", "리무버",
    "워터", "소프너", "아이크림", "화장품", "제품",
)  # fmt: skip
# Actives a sensitive reader should meet with care (leave-on products only): ingredient → how copy names it.
STRONG_ACTIVES = {
    "비타민C": "비타민C",
    "레티놀": "레티놀",
    "레티날": "레티날",
    "레티노이드": "레티노이드",
    "살리실산": "살리실산",
    "베타인살리실레이트": "BHA 성분",
    "글루코노락톤": "PHA 성분",
    "글리콜산": "AHA 성분",
    "락틱산": "AHA 성분",
    "젖산": "AHA 성분",
    "카올린": "클레이",
}
# The exfoliating acids a wash-off product may hold (a salicylic foam, a BHA shampoo): rinsed away, so no strong active
# (strong_actives), but what a sensitive reader starts gently (fit.wash_off_care) and so never left out of their story.
EXFOLIATING_ACIDS = frozenset({"살리실산", "베타인살리실레이트", "글루코노락톤", "글리콜산", "락틱산", "젖산"})
# Actives that are gentle at everyday strength but can sting sensitive skin when the product's own
# text states a high one (name or claims): the ingredient → the lowest such strength, in percent.
STRONG_AT = {"나이아신아마이드": 10.0}
WASH_OFF = frozenset({"클렌저", "헤어", "바디"})
# Where the catalog puts a product in the day: "메이크업 전", "아침" (never "아침저녁", nor the morning after a night
# product: "다음 날 아침", "자고 일어난 아침"); and in the evening.
DAY_WORDS = re.compile("아침저녁|아침과 저녁|다음 날 아침|자고 일어난 아침|일어난 아침")
DAY_USE = re.compile("메이크업 전|아침")
EVENING_USE = re.compile("저녁|밤|잠들기 전|자기 전|잠듭니다|수면")
NIGHT_USE = re.compile("저녁|밤(?:에|사이|새|마다)|잠들기 전|자기 전|잠듭니다|수면")  # never a balm ("밤 제형")
MOISTURE_WORDS = re.compile("보습|수분|촉촉|건조|당김|당기")
DRYNESS_UNANSWERED = frozenset({"선크림", "쿠션·베이스", "클렌저", "립"})
NIGHT_WORDS = ("수면", "슬리핑", "나이트")  # a product named for the night is worn to bed, not on a busy morning
# Categories whose word is no name for one product ("헤어", "립"), or names only some of them (a liquid
# foundation filed under 쿠션·베이스 is no "쿠션"): the product's own word is used where its name has
# one ("… 영양케어 샴푸" → "샴푸", "꾸뛰르 립 틴트 벨벳" → "립 틴트", "프로테일러 파운데이션 비 글로우" → "파운데이션").
OWN_WORD_CATEGORIES = frozenset({"헤어", "립", "바디", "쿠션·베이스"})
# Words a catalog files under one another's name: the product's own word wins ("… 에센스" filed as 세럼, an
# "… 로션" filed as 로션·에멀젼 is no "에멀젼").
_SERUMS = frozenset({"세럼", "에센스", "앰플"})
SIBLING_WORDS = {
    "세럼": _SERUMS,
    "에센스": _SERUMS,
    "앰플": _SERUMS,
    "로션·에멀젼": frozenset({"로션", "에멀젼", "에멀전"}),
    "클렌저": frozenset({"리무버"}),  # reading 92, s2572: "리무버를 '클렌저'로 부르고" (a lip-and-eye remover)
}
_OWN_WORD_PREFIXES = ("헤어", "두피", "립", "바디")
_OWN_WORD_FIXES = {
    ("립", "밤"): "립밤",
    ("립", "마스크"): "립 마스크",
    ("바디", "로션"): "바디 로션",
    ("바디", "클렌저"): "바디 클렌저",
}
_STRENGTH = re.compile(r"(\d+(?:\.\d+)?)\s?%")
# Humectants and bases in nearly every formula: no reason a formula-minded reader would welcome (reading 10:
# "반가운 건 글리세린을 담았다는 점").
BASE_INGREDIENTS = frozenset({"글리세린", "정제수", "부틸렌글라이콜", "프로판다이올", "다이프로필렌글라이콜", "베타인"})
# Soothing and moisturising helpers found in many formulas: said beside the product's signature ingredient,
# never as the reason on their own ("프로폴리스 토너인데 판테놀만 내세움", reading 11), unless the name says them.
SUPPORTING = frozenset({"판테놀", "덱스판테놀", "알란토인", "스쿠알란", "히알루론산", "아미노산", "토코페롤"})
# The words a product's name uses for a key ingredient besides its head word ("그린티" is 녹차, "시카" 병풀).
NAME_WORDS = {"녹차": ("그린티",), "병풀": ("시카",), "베타인살리실레이트": ("BHA",), "살리실산": ("BHA",)}
# A base any cream holds (an emollient, a humectant, a common helper): never what a luxury reader's message leads
# with while the catalog lists the house's own ingredient (reading 31, s2662: "성분부터 살펴보면, 자음유액 EX에는
# 시어버터가 담겨 있습니다": "설화수인데 인삼이 아닌 시어버터를 앞세웠고"), unless the name says it.
PLAIN_BASES = BASE_INGREDIENTS | SUPPORTING | {"시어버터", "미네랄 오일"}
# Round 39 (readings 94-95: s1684 "탄력·근거를 찾는 고객에게 순한 보습만 말해 각도가 어긋남", s5310 "럭셔리 고객이 볼
# 근거나 성분 없음", s7938 "근거 성분을 보는 고객에게 줄 정보가 약산성 하나뿐"): a product with no anti-ageing active,
# strength or weighed function told a luxury reader a texture, or a helper's bare name ("성분표에서 세라마이드를 확인할
# 수 있어요"). A reader who weighs "근거가 분명한 성분" hears the ingredient with what it does: an ordinary cosmetic
# role (guard_rules: 보습, 진정, 피부 장벽 pass), said only where the catalog states the same job of this product (the
# gate: a 수분 essence's 히알루론산, a 진정 toner's 마데카소사이드), never an anti-ageing promise (fit.luxury_role_fit).
TRUSTED_ROLES: dict[str, tuple[str, str]] = {
    # ingredient head: (what it does, adnominal; the catalog words that must state that job of the product)
    "세라마이드": ("피부 장벽을 이루는", "보습|장벽|건조|촉촉|예민"),
    "히알루론산": ("수분을 머금는", "수분|보습|촉촉"),
    "소듐하이알루로네이트": ("수분을 머금는", "수분|보습|촉촉"),
    "마데카소사이드": ("병풀에서 얻어 진정을 돕는", "진정|예민|편안"),
    "병풀": ("진정에 쓰이는", "진정|예민|편안|시카"),
    "스쿠알란": ("피부 유분과 닮아 보습을 돕는", "보습|촉촉|부드|건조"),
    "판테놀": ("보습과 진정에 두루 쓰이는", "보습|촉촉|진정|당김"),
    "덱스판테놀": ("보습과 진정에 두루 쓰이는", "보습|촉촉|진정|당김"),
    "알란토인": ("피부를 진정시키는", "진정|예민|편안"),
    "베타글루칸": ("보습에 쓰이는", "보습|촉촉|수분"),
    "살리실산": ("각질을 정돈하는", "각질|모공|피지|트러블"),
    "베타인살리실레이트": ("각질을 정돈하는", "각질|모공|피지|트러블"),
    "산화아연": ("자외선을 반사해 막는", "자외선"),
    "이산화티타늄": ("자외선을 반사해 막는", "자외선"),
    "케라틴": ("모발을 이루는", "모발|손상"),
    # round 40 (readings 96-97: s9327 리얼아트 클렌징 오일 "럭셔리 고객 각도 없음", s7882 "근거·탄력 중시 고객 관점이
    # 없음"): the plant oils, butters and calming extracts a catalog lists, each with the job it is commonly used for
    # and only where the catalog states that job of the product (no anti-ageing word among them)
    "호호바": ("피부 유분과 닮은", "보습|촉촉|부드"),
    "아줄렌": ("진정에 쓰이는", "진정|예민|편안|붉"),
    "알로에": ("진정과 보습에 두루 쓰이는", "진정|열감|수딩"),
    "카모마일": ("진정에 쓰이는", "진정|자극|예민|편안"),
    "글루코노락톤": ("각질을 부드럽게 정돈하는", "각질|피부결|PHA"),
    "동백": ("윤기 있는 보습을 더하는", "보습|윤기|촉촉"),
    "올리브": ("씻은 뒤 촉촉함을 남기는", "촉촉|당기지|당김"),
    "해바라기씨": ("씻은 뒤 촉촉함을 남기는", "촉촉|당기지|당김"),
}


NOT_SKIN_CATEGORIES = ("립", "헤어")  # a tint or a shampoo hears no role "of the skin" (피부 장벽, 피부 유분)


def trusted_role(ingredient: str, stated: str, category: str = "") -> str | None:
    """What a trusted ingredient does (TRUSTED_ROLES), None where it is none, `stated` (the catalog's words of the
    product) does not state that job of the product, or the role is the skin's and the product is no skin care."""
    role = TRUSTED_ROLES.get(ingredient.split()[0])
    if not role or not re.search(role[1], stated) or ("피부" in role[0] and category in NOT_SKIN_CATEGORIES):
        return None
    return role[0]


STORY_SIZE = 2  # the ingredients one message may name: the ingredient line says both, a tip the first
# Soothing and barrier helpers a sensitive reader looks for on the label (fit.py names them to that reader).
SOOTHING = (
    "병풀", "마데카소사이드", "시카", "판테놀", "덱스판테놀", "알란토인", "세라마이드", "어성초", "쑥", "카렌듈라",
    "알로에", "감초",
)  # fmt: skip


# Ingredient names that say where they come from (a plant, a place); "미네랄 오일" or "프로바이오틱스 발효 용해물"
# says no such thing (fit.py tells a natural reader these).
NATURAL_SOURCES = re.compile(
    "추출물|녹차|제주|씨드|쑥|꽃|쌀|인삼|동백|새싹|꿀|프로폴리스|유자|알로에|한란|비자|병풀|(?<!미네랄) 오일"
    "|홍삼|백화고|시어버터|식물"
)
# Round 38 (readings 92-93, natural readers wrote 6 of the 7 weakest notes, "자연 유래 관점 없음": s6264 said only
# "픽싱 틴트에는 호호바 오일이 들어 있어요", s5259 named 프로폴리스 with no word of where it comes from): where a plant
# ingredient comes from, true by its own name (a seed its name says, 씨 of 해바라기씨), or by what the ingredient is
# (jojoba oil is pressed from the seed, propolis is gathered in the hive, shea butter is the fat of the shea nut);
# never of a lab ingredient, and never "천연", "100%" or a place the name does not say.
_ORIGIN_SOURCES = {
    "호호바": "호호바 씨앗",
    "해바라기씨": "해바라기 씨앗",
    "녹차씨": "녹차 씨앗",
    "살구씨": "살구 씨앗",
    "올리브": "올리브 열매",
    "꿀": "꿀",
    "벌꿀": "벌꿀",
    "베리 믹스": "여러 베리",
}
_ORIGIN_WHOLE = {
    "프로폴리스": "벌집에서 얻은 프로폴리스",
    "프로폴리스 추출물": "벌집에서 얻은 프로폴리스 추출물",
    "시어버터": "시어나무 열매에서 얻은 버터",
    "식물성 펩타이드": "식물에서 얻은 펩타이드",
    "제주 화산송이": "제주에서 얻은 화산송이",
}
_ORIGIN_TAILS = ("발효 여과물", "발효 추출물", "발효물", "추출물", "오일", "사포닌")  # the longest first


@lru_cache(maxsize=1024)
def plant_origin(ingredient: str) -> str | None:
    """Where a plant ingredient comes from, as a noun phrase ("호호바 오일" → "호호바 씨앗에서 얻은 오일", "녹차 추출물"
    → "녹차에서 얻은 추출물", "쌀 발효 여과물" → "쌀을 발효해 얻은 여과물"); None for an ingredient that names no
    plant or hive (NATURAL_SOURCES) or one whose source its name does not give."""
    if ingredient in _ORIGIN_WHOLE:
        return _ORIGIN_WHOLE[ingredient]
    if not NATURAL_SOURCES.search(ingredient) or lab_active(ingredient):
        return None
    tail = next((t for t in _ORIGIN_TAILS if ingredient.endswith(" " + t)), None)
    if tail is None:
        return None
    head = ingredient[: -len(tail) - 1].strip()
    if not head:
        return None
    if tail.startswith("발효"):
        made = tail.split()[-1] if " " in tail else "원료"
        return f"{head}{'을' if _final(head) else '를'} 발효해 얻은 {made}"
    return f"{_ORIGIN_SOURCES.get(head, head)}에서 얻은 {tail}"


def _final(word: str) -> bool:
    """Whether a Hangul word ends in a final consonant (을, not 를)."""
    last = word[-1]
    return "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0


# Anti-ageing actives a natural reader is never led with (reading 23, s5701: "내추럴 뷰티 고객에게 레티놀·펩타이드를
# 내세워 관심사와 어긋남").
LAB_ACTIVES = ("레티놀", "레티날", "레티노이드", "펩타이드", "아데노신", "바쿠치올", "콜라겐")


# Anti-ageing actives a luxury reader looks for on the label (fit.AGE_ACTIVES): their story names one of the
# catalog's next to the ingredient the name says, before a helper or a plant the name does not say (reading 28:
# "럭셔리 고객이 원하는 성분 근거가 없고"), so that the ingredient line, the opener and the referral tip name it.
AGE_ACTIVES = ("아데노신", "펩타이드", "레티놀", "레티날", "바쿠치올", "사포닌", "콜라겐", "진세노사이드")


# A UV filter, silica or a pigment: no origin a natural reader looks for, and no plant ("'실리카·산화아연' 소구가
# 내추럴 고객에 어색", readings 37-38): their story never names one (round 25).
MINERALS = re.compile("산화아연|이산화티타늄|징크옥사이드|티타늄디옥사이드|실리카|피그먼트")


def lab_active(ingredient: str) -> bool:
    """An anti-ageing active made in a lab, not a plant ("식물성 펩타이드" is a plant's)."""
    return any(a in ingredient for a in LAB_ACTIVES) and not NATURAL_SOURCES.search(ingredient)


_PLAIN_INGREDIENT_WORDS = frozenset({"추출물", "오일", "파우더", "발효물", "여과물", "제주", "잎", "열매", "유도체"})


def named_for_its_plant(name: str, ingredients: tuple[str, ...] | list[str]) -> bool:
    """Whether the product's name says the own word of a plant ingredient it holds (어린쑥 트러블 미스트): that plant,
    and the house that explains it, is the luxury reader's evidence, never a trusted helper's role in its place."""
    return any(NATURAL_SOURCES.search(i) and i.split()[0] in name for i in ingredients)


def names_ingredient(name: str, ingredient: str) -> bool:
    """Whether the product's name says this key ingredient ("풀핏 프로폴리스 라이트 크림" says 프로폴리스 추출물,
    "그린티 씨드 …" 녹차 추출물, "워터뱅크 블루 히알루로닉 …" 히알루론산, "화산송이 …" 제주 화산송이)."""
    words = [w for w in ingredient.split() if len(w) >= 2 and w not in _PLAIN_INGREDIENT_WORDS]
    head = ingredient.split()[0]
    words += NAME_WORDS.get(head, ())
    return any(w in name for w in words) or (len(head) >= 4 and head[:3] in name)


# Calming ingredients a sensitive reader takes as theirs beyond SOOTHING's label helpers (a name that says one: "카밍 샷
# 아줄렌 …", "어린쑥 …").
CALMING = (*SOOTHING, "아줄렌", "카모마일", "어린쑥")


def fits_reader(ingredient: str, reader: str) -> bool:
    """Whether an ingredient is one this reader looks for: calming (sensitive), a plant (natural), an anti-ageing
    active (luxury); any, to another reader."""
    if reader == "sensitive":
        return ingredient.startswith(CALMING)
    if reader == "natural":
        return bool(NATURAL_SOURCES.search(ingredient))
    if reader == "luxury":
        return any(a in ingredient for a in AGE_ACTIVES)
    return True


@lru_cache(maxsize=4096)
def named_ingredients(name: str, ingredients: tuple[str, ...]) -> tuple[str, ...]:
    """The key ingredients the product's name says ("카밍 샷 아줄렌 선크림": 아줄렌), in the catalog's order: no
    short form leads on another where the name says one (sms._lead_ingredients, by_another)."""
    return tuple(i for i in ingredients if names_ingredient(name, i))


@lru_cache(maxsize=4096)
def by_another(phrase: str, name: str, ingredients: tuple[str, ...], reader: str = "") -> bool:
    """Whether a modifier ("병풀 추출물을 담은", "병풀을 담은") introduces a product whose name names one of its
    key ingredients by another one: "병풀을 담은 카밍 샷 아줄렌 선크림" read as the 아줄렌 product sold as 병풀 (reading
    29, s1923: "아줄렌 제품을 병풀로 소개"), where the name's ingredient is one this reader looks for (a calming
    one to a sensitive reader, a plant to a natural one, an anti-ageing active to a luxury one: `fits_reader`); a
    phrase naming it repeats the name and is left out too, so no such modifier stands before that name. A name
    whose ingredient is no such one ("비자 트러블 클렌징폼" to a sensitive reader) still hears the reader's own."""
    if not phrase.endswith("담은"):
        return False
    named = [i for i in named_ingredients(name, ingredients) if fits_reader(i, reader)]
    held = [i for i in ingredients if i.split()[0] in phrase]
    return bool(named) and bool(held) and not set(held) & set(named)


@lru_cache(maxsize=4096)
def story(
    name: str,
    ingredients: tuple[str, ...],
    category: str = "",
    reader: str = "",
    points: str = "",
    stated: str = "",
) -> tuple[str, ...]:
    """The product's ingredient story: the key ingredients every sentence of a message that names one draws
    from (reading 16: "성분 앞뒤 불일치(판테놀·히알루론산 vs 병풀)", "프로폴리스 크림에 프로폴리스 언급 없음",
    "어린쑥 미스트인데 어성초를 대표 성분으로 소개"). The ones its name says come first, then those its selling
    points (`points`, joined) say ("아줄렌과 마데카소사이드를 담은 크림": a definition copy states), then a strong
    active (a product left on the skin),
    then the catalog's other key ingredients (a common helper after a signature one, a base never while
    another is listed); at most STORY_SIZE, so the ingredient line and the referral tip name the same. A
    sensitive reader's story keeps a soothing helper the catalog lists in its second place, unless the product
    carries an active (then the active and how to start are that reader's story). A natural reader's story leads
    with the plant ingredients the catalog lists and names a lab-made anti-ageing active (레티놀, 펩타이드 …) last
    (reading 23, s5701), and a strong active never takes a plant's place there; it names no UV filter, silica or
    pigment (MINERALS) the name does not say. `stated`: the catalog's claims and points, which back a trusted
    ingredient's role for a luxury reader (trusted_role)."""
    kept = [i for i in ingredients if i not in BASE_INGREDIENTS] or list(ingredients)
    natural = reader == "natural"
    if natural:  # a mineral is no story for this reader (MINERALS), unless the name says it
        kept = [i for i in kept if not MINERALS.search(i) or names_ingredient(name, i)]
        if not kept:
            return ()
    if natural and all(lab_active(i) for i in kept):
        # reading 24 (s3180, 퍼펙트리뉴 3X 에멀젼: "레티놀 강조가 내추럴 뷰티 고객과 어긋나고"): a formula of lab
        # actives alone is no story for a reader who looks for where the ingredients come from; the message speaks
        # of how it feels on the skin instead (a name that says an active still says it)
        return ()
    order = sorted(
        range(len(kept)),
        key=lambda k: (
            natural and not NATURAL_SOURCES.search(kept[k]),
            natural and lab_active(kept[k]),
            not names_ingredient(name, kept[k]),
            kept[k].split()[0] not in points,
            kept[k] not in STRONG_ACTIVES or category in WASH_OFF,
            kept[k] in SUPPORTING,
            k,
        ),
    )
    chosen = [kept[k] for k in order][:STORY_SIZE]
    active = next((i for i in kept if i in STRONG_ACTIVES and category not in WASH_OFF), None)
    acid = next((i for i in kept if i in EXFOLIATING_ACIDS), None) if category in WASH_OFF else None
    if reader == "sensitive" and active is None and acid and acid not in chosen:
        # round 42: a wash-off product's exfoliating acid is a sensitive reader's story too (its caution, fit's
        # wash_off_care, names it): never left out for a soothing helper ("비자 오일·병풀 추출물" of a salicylic foam)
        active = acid
    if natural and any(NATURAL_SOURCES.search(i) for i in chosen):
        active = None  # the plant is this reader's story; the active's how-to-start lines stand on `strong`
    if active and active not in chosen:  # two named ingredients and an active: the active is the story's
        chosen[-1] = active
    aged = next((i for i in kept if any(a in i for a in AGE_ACTIVES)), None)
    if reader == "luxury" and aged and not active:
        if not any(any(a in i for a in AGE_ACTIVES) for i in chosen):
            chosen[-1] = aged  # the signature first, the anti-ageing active beside it
        # where neither the name nor a selling point names an ingredient, the active leads (the referral tip's)
        chosen.sort(
            key=lambda i: (
                not (names_ingredient(name, i) or i.split()[0] in points),
                not any(a in i for a in AGE_ACTIVES),
            )
        )
    if reader == "luxury" and chosen and chosen[0] in PLAIN_BASES and not names_ingredient(name, chosen[0]):
        # the house's own ingredients lead, a base only where the catalog lists too few others (PLAIN_BASES)
        ranked = [kept[k] for k in order]
        if any(i not in PLAIN_BASES for i in ranked):
            chosen = [*(i for i in ranked if i not in PLAIN_BASES), *(i for i in ranked if i in PLAIN_BASES)]
            chosen = chosen[:STORY_SIZE]
    if reader == "luxury" and not aged and not active and stated:
        # round 39: no anti-ageing active: an ingredient whose role the catalog backs (TRUSTED_ROLES) is in the story,
        # in place of a plant oil or extract the name does not say ("새싹 추출물·세라마이드", not "…·호호바 오일")
        # round 40: never where the story holds one already (카밍 샷 아줄렌 크림's 마데카소사이드), nor for a
        # product named for its own plant (어린쑥 트러블 미스트: fit.luxury_fits tells it no role; its 2nd plant stays)
        # (a plant oil's role is the weaker evidence: 오가니언스 에멀젼 names 세라마이드 before its 호호바 오일)
        roled = [i for i in kept if trusted_role(i, stated, category)]
        trusted = next((i for i in roled if not NATURAL_SOURCES.search(i)), roled[0] if roled else None)
        held = trusted in chosen or (bool(NATURAL_SOURCES.search(trusted or "")) and any(i in roled for i in chosen))
        named_plant = named_for_its_plant(name, kept)
        # round 41: never a helper any cream may hold, nor in place of a trusted ingredient (플로라 글로우 로즈 스무딩
        # 크림 named 스쿠알란, backed by "부드럽게 펴 발린", in place of its 세라마이드, which this reader trusts)
        if trusted and not held and not named_plant and len(chosen) == STORY_SIZE and trusted not in SUPPORTING:
            lab = chosen[-1].split()[0] in TRUSTED_ROLES and not NATURAL_SOURCES.search(chosen[-1])
            kept_last = names_ingredient(name, chosen[-1]) or lab
            chosen[-1] = chosen[-1] if kept_last else trusted
    soothing = next((i for i in kept if i.startswith(SOOTHING)), None)
    if reader == "sensitive" and soothing and not active and not any(i.startswith(SOOTHING) for i in chosen):
        chosen = [*chosen[: STORY_SIZE - 1], soothing]
    return tuple(chosen)


@lru_cache(maxsize=1024)
def own_noun(name: str, category: str) -> str | None:
    """The product's own category word from its name, the last one from the end ("샴푸", "두피
    에센스", "립스틱"); None when the name has none."""
    words = short_product_name(name).split()
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if not word.endswith(PRODUCT_NOUNS) or word in ("제품", "화장품"):
            continue
        if i and words[i - 1] in _OWN_WORD_PREFIXES:
            return f"{words[i - 1]} {word}"
        if i and words[i - 1] == "쿠션":  # a cushion foundation is a cushion: one word for it (reading 13)
            return "쿠션"
        return _OWN_WORD_FIXES.get((category, word), word)
    return None


@lru_cache(maxsize=4096)
def repeats_name(definition: str, name: str) -> bool:
    """A definition that says a word of the product's own name before its head noun ("자양윤모 샴푸와
    함께 쓰는 트리트먼트" for 자양윤모 트리트먼트) reads as a tautology after the name."""
    return any(len(word) >= 2 and word in name.split() for word in definition.split()[:-1])


# Words that compare with what follows them ("피부와 비슷한 약산성"): a definition is never cut right after one
# ("피부와 비슷한 토너", reading 13).
_COMPARING = frozenset({"비슷한", "같은", "닮은"})


@lru_cache(maxsize=1024)
def name_free(definition: str, name: str, noun: str) -> str:
    """A definition whose last two or more words are words of the name, said with the product's own noun
    instead: "워터 슬리핑 마스크는 자는 동안 수분을 채우는 슬리핑 마스크예요" reads as a tautology (reading 11),
    "… 자는 동안 수분을 채우는 팩이에요" does not."""
    words = definition.split()
    named = set(name.split())
    cut = len(words)
    while cut > 1 and words[cut - 1] in named:
        cut -= 1
    if len(words) - cut < 2 or cut == 0 or words[cut - 1] in _COMPARING:
        return definition
    return " ".join([*words[:cut], noun])


@dataclass(frozen=True)
class ProductFacts:
    """The product's facts in the order this reader should meet them."""

    name: str
    category: str
    points: tuple[str, ...]  # selling points (noun phrases), best fit first
    claims: tuple[str, ...]  # claim sentences (합쇼체, as in the catalog), best fit first
    ingredients: tuple[str, ...]
    usage: str | None
    volume: str
    price: int | None  # None: not stated (a name-only product, or one listed in another pack size)
    premium: bool  # the line's register: copy never leans on price or volume-for-money
    strong: tuple[str, ...] = ()  # strong actives, as the copy names them ("고농도 비타민C")
    definitions: tuple[str, ...] = ()  # selling points that say what the product is, best fit first
    features: tuple[str, ...] = ()  # selling points about how it feels or works, best fit first
    feature_claims: tuple[str, ...] = ()  # claims beyond what the product is (functional ones included)
    claim_definitions: tuple[str, ...] = ()  # defining claims as noun phrases ("… 수분 크림")
    skin_types: tuple[str, ...] = ()  # the catalog's skin types ("민감성" speaks to a sensitive reader)
    functional: tuple[str, ...] = ()  # the catalog's registered functions ("자외선차단", "주름개선")

    def __hash__(self) -> int:
        """The hash dataclass would give (of every field, in order), worked out once: the same facts key a dozen
        caches per message (fit.fits, fit.toned, …), and their tuples were hashed again each time."""
        known = self.__dict__.get("_hash")
        if known is None:
            known = hash(tuple(getattr(self, f.name) for f in fields(self)))
            object.__setattr__(self, "_hash", known)
        return known

    @property
    def generous(self) -> bool:
        """Whether the catalog itself calls the size generous ("넉넉한 용량", "대용량"): only then is the
        volume a reason for a budget reader (a 3.5g balm's size is no selling point)."""
        return any(word in text for text in (*self.points, *self.claims) for word in ("넉넉", "대용량"))

    @property
    def overnight(self) -> bool:
        """Worn to bed: no morning scene ("바쁜 아침저녁에는 … 슬리핑 마스크를 쓰는 몇 분이", reading 9)."""
        return any(word in self.name for word in NIGHT_WORDS)

    @cached_property
    def daytime(self) -> bool:
        """Whether the catalog places the product in the morning or before make-up and never in the evening
        ("메이크업 전에 쓰기 좋은 수분 크림", "아침 세안을 개운하게 여는 …"): no evening ritual is its moment
        (reading 25, s9447: "메이크업 전 사용과 '고요한 저녁' 사용이 충돌")."""
        said = self._said_of_the_day
        return any(DAY_USE.search(t) for t in said) and not any(EVENING_USE.search(t) for t in said)

    @cached_property
    def evening(self) -> bool:
        """Whether the catalog places the product in the evening and never in the morning ("저녁에만 얇게 바르는
        크림"): no morning is its moment (reading 29, s5139: "'저녁에만 바르는' 크림을 '아침저녁에 손이 갈'이라 해
        모순")."""
        said = self._said_of_the_day
        return any(NIGHT_USE.search(t) for t in said) and not any(DAY_USE.search(t) for t in said)

    @cached_property
    def _said_of_the_day(self) -> tuple[str, ...]:
        """The catalog's sentences with "아침저녁" and the morning after a night cut out (DAY_WORDS): what is left says
        when in the day the product is used (daytime, evening)."""
        return tuple(DAY_WORDS.sub(" ", t) for t in (*self.points, *self.claims, self.usage or ""))

    @cached_property
    def answers_dryness(self) -> bool:
        """Whether the catalog says the product moisturises (보습, 수분, 촉촉, 건조, 당김): only then is a dry season
        its reason; never a sunscreen, a base or a cleanser (reading 25, s4619: "건조한 실내와 선크림 연결이 어색")."""
        if self.category in DRYNESS_UNANSWERED or "SPF" in self.name:
            return False
        return any(MOISTURE_WORDS.search(t) for t in (*self.points, *self.claims))

    @cached_property  # asked for by most sentences of a message; the facts never change
    def noun(self) -> str:
        """What to call the product once it has been named ("이 크림", "이 헤어 제품")."""
        if not self.category:  # a name-only product: nothing is known but its name
            return "제품"
        if self.category == "바디" and any("얼굴" in p for p in self.points):  # face and body: not a "바디 제품"
            last = self.name.split()[-1]
            return last if last.endswith(PRODUCT_NOUNS) else "제품"
        if self.category in OWN_WORD_CATEGORIES:
            own = own_noun(self.name, self.category)
            if own:
                return own
        words = short_product_name(self.name).split()
        if words[-1] in SIBLING_WORDS.get(self.category, ()):  # "브라이트닝 기미 에센스" filed as a 세럼
            return words[-1]
        if "밤" in words[1:]:  # a balm filed as a cream is no "이 크림" (reading 8), and "이 밤" reads as a night
            return f"{words[words.index('밤') - 1]} 밤"
        return CATEGORY_NOUNS.get(self.category, self.category.split("·")[-1])

    def point(self, k: int) -> str:
        """The k-th selling point (cycling); a key-ingredient phrase when the product has none, and
        only its name for a name-only product (no facts, so no claim)."""
        if not self.points and not self.ingredients:
            return self.name
        if not self.points:
            return f"{self.ingredients[0]}을 담은 {self.category}"
        return self.points[k % len(self.points)]


# Texture words that pull opposite ways: a light feel that sinks in fast, and a rich one that stays on the skin.
_LIGHT_FEEL = re.compile("끈적임이 적|끈적임 없|가벼운|물처럼|흡수가 빠르|빠르게 흡수|빠르게 스며")
_RICH_FEEL = re.compile("도톰|꿀처럼|막을 남기|묵직|두툼|리치")


@lru_cache(maxsize=16384)
def texture_clash(text: str, other: str) -> bool:
    """Whether two facts tell the texture opposite ways: said in one message they read as a contradiction
    (reading 13: "끈적임이 적은 토너" + "꿀처럼 살짝 도톰한 제형"; "촉촉한 막을 남기는 에멀젼" + "흡수가
    빠르다는" review)."""
    light, rich = _LIGHT_FEEL.search, _RICH_FEEL.search
    return bool((light(text) and rich(other)) or (rich(text) and light(other)))


@lru_cache(maxsize=4096)
def is_definition(text: str) -> bool:
    """Whether a selling point or claim says what the product is ("… 수분 크림(입니다)")."""
    core = text.rstrip(". ").removesuffix("입니다").split()
    return bool(core) and core[-1].endswith(PRODUCT_NOUNS) and "기능성" not in text


def strong_actives(product: Product) -> tuple[str, ...]:
    """How the copy names the product's strong actives ("고농도 비타민C"); none for wash-off products."""
    if product.category in WASH_OFF:
        return ()
    found = [STRONG_ACTIVES[i] for i in product.key_ingredients if i in STRONG_ACTIVES]
    strength = _STRENGTH.search(product.name)
    if found and strength and float(strength.group(1)) >= 10:
        found[0] = f"고농도 {found[0]}"
    for ingredient, floor in STRONG_AT.items():
        if ingredient in product.key_ingredients and _stated_strength(product, ingredient) >= floor:
            found.append(f"고농도 {ingredient}")
    return tuple(dict.fromkeys(found))


def _stated_strength(product: Product, ingredient: str) -> float:
    """The highest strength the product's name or claims give this ingredient ("나이아신아마이드 15%",
    "더 나이아신아마이드 15 세럼"); 0 where none is stated."""
    pattern = re.compile(rf"{re.escape(ingredient)}\s?(\d+(?:\.\d+)?)\s?%?")
    found = [float(m.group(1)) for text in (product.name, *product.claims) for m in pattern.finditer(text)]
    return max(found, default=0.0)


# ---- how often a product is used ---------------------------------------------------------------------
# A product the catalog has one use some days, not every day: a mask washed or peeled off, a usage giving a
# frequency ("주 1~2회") or an interval ("처음에는 2~3일 간격으로"). Such a product is never said to be used
# "매일" (reading 15, s8005: "모델링팩 '매일' 표현 부정확"), unless its own selling points say daily.
_SOME_DAYS = re.compile(r"주\s?\d|\d\s?~\s?\d일 간격|간격으로|가끔")
_WASHED_OR_PEELED = re.compile("씻어 냅니다|떼어 냅니다|헹궈 냅니다|떼어 냅")
_DAILY = re.compile("매일|데일리")


# A leave-on exfoliant (AHA/BHA/PHA) whose catalog never says daily: its frequency is the reader's call, and the
# copy does not make it "매일" ("다 떨어지고 나면 매일 쓰던 순서부터" for a peeling pad).
EXFOLIANTS = frozenset({"글루코노락톤", "베타인살리실레이트", "살리실산", "글리콜산", "락틱산", "젖산"})


@lru_cache(maxsize=4096)  # a pure function of the facts (hashed once): asked of every message
def occasional(facts: ProductFacts) -> bool:
    """Whether the catalog has this product used some days rather than every day (or, for a leave-on
    exfoliant, never says every day)."""
    usage = facts.usage or ""
    if any(_DAILY.search(t) for t in (*facts.points, *facts.claims)):
        return False
    if _SOME_DAYS.search(usage):
        return True
    if facts.category not in WASH_OFF and EXFOLIANTS & set(facts.ingredients):
        return True
    return facts.category == "마스크·팩" and bool(_WASHED_OR_PEELED.search(usage))


# "매일" phrases of the shared banks and their wording for a product used some days: the same sentence without
# the claim of daily use. Longer phrases first; a bare adverb left over is dropped ("매일 바르면" → "바르면").
NOT_DAILY = (
    ("을 매일 쓰는 이유", "을 즐겨 쓰는 이유"),
    ("를 매일 쓰는 이유", "를 즐겨 쓰는 이유"),
    ("매일 쓰는 순서", "쓰는 순서"),
    ("매일 쓰실 때는 ", "쓰실 때는 "),
    ("매일 쓰신다면 ", "즐겨 쓰신다면 "),
    ("매일 쓰는 ", "즐겨 쓰는 "),
    ("매일 쓰던 ", "즐겨 쓰던 "),
    ("매일 쓸 ", "꾸준히 쓸 "),
    ("매일 쓰기에", "꾸준히 쓰기에"),
    ("매일 쓰기엔", "꾸준히 쓰기엔"),
    ("매일 손이 갈 ", "즐겨 찾게 될 "),
    ("매일 손이 가는 ", "즐겨 찾는 "),
    ("매일의 관리", "꾸준한 관리"),
    ("매일의 루틴", "나만의 루틴"),
    ("매일 같은 손길로", "늘 같은 손길로"),
    ("매일 ", ""),
)


def not_daily(text: str) -> str:
    """`text` with every "매일" phrase said without daily use (for an occasional product)."""
    if "매일" not in text:
        return text
    for phrase, wording in NOT_DAILY:
        text = text.replace(phrase, wording)
    return text


# ---- actives a careful reader meets with care --------------------------------------------------------
# Any active a sensitive reader weighs before trying a product (reading 15, s5860: "예민한 날에 미백 에센스를
# 권하는 연결이 어색"), strong or not: how the copy names it.
CARE_ACTIVES = {
    **STRONG_ACTIVES,
    "비타민C 유도체": "비타민C 유도체",
    "나이아신아마이드": "나이아신아마이드",
    "트라넥삼산": "트라넥삼산",
}


def care_actives(facts: ProductFacts) -> tuple[str, ...]:
    """The product's actives a sensitive reader weighs, named as the copy names them; none for wash-off
    products (a cleanser's salicylic acid is rinsed away)."""
    if facts.category in WASH_OFF:
        return ()
    return tuple(dict.fromkeys(CARE_ACTIVES[i] for i in facts.ingredients if i in CARE_ACTIVES))


# An ampoule or essence whose texture the catalog likens to a serum is not called a serum.
_LIKENED = re.compile(r"세럼 제형")


# Catalog phrases that read odd once they stand in a sentence (reading 13), said as a copywriter would, with
# the same fact: a cleanser is no "세안 후 산뜻한 세안제", a sunscreen no "담아 당김 없는 선크림".
CATALOG_WORDING = (
    ("점도 있는", "점도가 있는"),
    ("세안 후 산뜻한 데일리 세안제", "씻고 나면 산뜻한 데일리 세안제"),
    ("번지는 입술 연출에 어울리는 틴트", "블러 처리한 듯 번지는 립 연출에 어울리는 틴트"),
    ("세라마이드를 담아 당김 없는 선크림", "세라마이드를 담아 바른 뒤에도 당기지 않는 선크림"),
    # round 41 (reading 101, s2805: "'감도는 맑은 광' 등 문장 어색", "사용감 묘사가 과하게 꾸며짐"): said plainly
    ("빠르게 흡수된 뒤 도는 맑은 광", "빠르게 흡수된 뒤 남는 맑은 광"),
    ("뽀득하게 당기지 않고", "당기지 않고"),
)


def _own_texture(point: str, category: str) -> str:
    """'묽은 세럼 제형' → '묽은 세럼 같은 제형' for an ampoule or essence (it is no serum); '점도 있는 제형' →
    '점도가 있는 제형': without its particle readers took "점도" for "점(point) + 도" (reading 11: "정돈하는
    점도 있는 제형입니다" read as a broken sentence); CATALOG_WORDING's other phrases likewise."""
    for phrase, wording in CATALOG_WORDING:
        if phrase in point:
            point = point.replace(phrase, wording)
    return _LIKENED.sub("세럼 같은 제형", point) if category in ("앰플", "에센스") else point


_SIZE_TALK = re.compile("넉넉|대용량")


def _ranked(texts: tuple[str, ...], angle: Angle, concerns: tuple[str, ...]) -> tuple[str, ...]:
    """Best fit first; a fact that speaks past the reader is left out while another remains."""
    kept = tuple(t for t in texts if not speaks_past(t, angle)) or texts
    order = sorted(range(len(kept)), key=lambda i: (-fit(kept[i], angle, concerns), i))
    return tuple(kept[i] for i in order)


@lru_cache(maxsize=4096)
def product_facts(product: Product, angle: Angle, concerns: tuple[str, ...] = ()) -> ProductFacts:
    """Selling points and claims ranked by fit with the angle; ingredients are the product's story (`story`)."""
    claims = tuple(
        _own_texture(c, product.category) for c in product.claims if "기능성" not in c or product.functional_claims
    )
    points = tuple(_own_texture(p, product.category) for p in product.selling_points)
    if register_price(product) >= PREMIUM_PRICE:  # a premium line is never sold on its size (reading 17: "'넉넉한
        # 용량'을 내세워 고가 탄력크림 격이 떨어짐"), to any reader
        points = tuple(p for p in points if not _SIZE_TALK.search(p)) or points
        claims = tuple(c for c in claims if not _SIZE_TALK.search(c)) or claims
    points = _ranked(points, angle, concerns)
    ranked_claims = _ranked(claims, angle, concerns)
    return ProductFacts(
        name=short_product_name(product.name),
        category=product.category,
        points=points,
        claims=ranked_claims,
        ingredients=story(
            short_product_name(product.name),
            product.key_ingredients,
            product.category,
            angle.key,
            " ".join(product.selling_points),
            " ".join((product.name, *product.claims, *product.selling_points)),
        ),
        usage=product.usage,
        volume=product.volume,
        price=product.price,
        premium=register_price(product) >= PREMIUM_PRICE,
        strong=strong_actives(product),
        definitions=tuple(p for p in points if is_definition(p)),
        features=tuple(p for p in points if not is_definition(p)),
        feature_claims=tuple(c for c in ranked_claims if not is_definition(c)),
        claim_definitions=tuple(
            c.rstrip(". ").removesuffix("입니다") for c in ranked_claims if is_definition(c) and c.endswith("입니다.")
        ),
        skin_types=product.skin_types,
        functional=tuple(product.functional_claims),
    )


def register_price(product: Product) -> int:
    """The price that sets the line's register: the catalog pack's for a listed size, 0 when unknown."""
    if isinstance(product, ListedProduct):
        return product.catalog_price
    return product.price or 0
