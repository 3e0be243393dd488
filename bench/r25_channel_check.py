"""Reading 25's SMS and push notes (SMS read 3.04, push 3.38: again the two weakest channels), counted over
copy_eval's grid (default 1,200 briefs, seed 20261203), every brief sent once as SMS (sms_overflow=lms) and once
as push.

SMS (kept 90-byte SMS and the compact LMS an SMS brief goes out as):
- no_reader_reason: the body says nothing this persona weighs where the catalog has it: budget → a price per unit,
  the volume or a value word (s5728, s3261, s9826, s9739, s3897); sensitive → a mildness fact or a soothing
  ingredient; natural → a plant source (s9088); luxury → a function, the brand's research or an active (s2650);
  trend → what is new;
- no_style_device: the style's device is missing: seasonal → the season (s9826, s9088, s5139); FOMO → why not to
  pass it by (s2650, s5468); time-pressed → today / now;
- kept_stiff_ask: a kept SMS ending on "…둘까요?" or "…보시겠습니까?" (s1416, s5728), or a bare 합쇼체 order
  "…십시오." (s2650);
- lms_second_usage: the compact LMS's sentence after the product line is a usage tip (s5139).

Push:
- pace_clash: a slow title ("천천히") over a body that hurries ("더 미루지 말고", "지금 바로") (s1923);
- offer_repeat: the same offer word (배송비, 무료, 쿠폰, 샘플 …) in both title and body; free_repeat: "무료" said in
  both, word for word (s3112: "배송비가 무료예요" over "… 배송비는 무료예요");
- held_only: a product sentence that only says what it holds ("X는 A·B를 담았습니다", "X에는 … 들어 있습니다":
  s4276, s6153, s2662);
- unit_alone (reading 26, s5468): the price per unit said as a sentence of its own, a noun phrase and nothing else
  ("100ml 28,000원, 1ml당 약 280원이에요."); unit_glued (reading 27, s3795, s6086): glued onto the product sentence
  ("~크림으로, 50ml 30,000원, …", "~제품이고, 50ml 25,000원으로 …");
- name_echo (reading 27, s6328): an ingredient whose name repeats a word of the product's ("알파인베리 워터리 크림은
  알파인베리 추출물을 담았어요"); name_echo_only: a sentence whose whole list of what it holds is such ingredients;
- copula_run (reading 27, s1940): two copula sentences in a row; definition_run: one that ends on the name and one
  that defines the product again with no subject ("~아이크림입니다. 아데노신을 담은 … 화장품입니다.");
- review_basis (reading 27, s5014): the stock "실제 사용자의 평이 확실한 근거가 됩니다";
- budget_unpriced: a budget reader's push (a product bought by size) that says no price at all;
- variety: every tenth brief sent with seeds 0-5: the distinct push bodies (round 18's push fix collapsed them).

Round 20 (readings 28-29's push notes):
- push_reason_<reader>: pushes that carry the persona's own reason, as bench/persona_reason_check.py reads it
  (carries_reason over title, body and button, the name cut out): "설화수다운 격이 부족", "25만 원 제품을 가성비
  고객에게 설득할 근거 없음", "트렌드 팔로워의 새로움 포인트가 없음";
- push_warm_order: a friendly, emotional or trendy push at 합쇼체 whose ask is a bare order ("…공유해
  주십시오!", "명령조로 딱딱함"); push_share_order: the same where the ask is to share, recommend or review;
- push_emoji_clash: an emoji that clashes with the message: a spring flower (🌸, 🌷) or another season's emoji on a
  winter message, 👀 after an ask that is no look ("…루틴을 그대로 이어 가세요. 👀", "👀 이모지 어색");
- push_fomo_deadline: a FOMO line that presses a deadline no event gives ("혜택을 놓치기 전에" over a standing
  service, "과장"); push_fomo_empty: one that names nothing one would miss ("멈추기 아까운 … 루틴", "들인 정성이
  아깝지 않게");
- push_premium_thin: a push for a product of 50,000원 or more whose body says one fact of it (one sentence
  besides the greeting, the offer and the ask: "촉촉하게 펴 발리는 상백선크림입니다.").

Round 21 (readings 30-31's push notes):
- push_price_only: a budget reader's push whose body states no catalog fact of the product besides its name, size and
  price (s3208, 2.0: "프로테일러 파운데이션 비 글로우는 30ml 한 통 기준 정가 45,000원입니다. …", "정가만 말하고 제품
  장점·감성 없음, 구매 이유가 안 보임"; s3376, s7689, s3434): no word of its selling points, claims or ingredients
  outside the name, the price sentence's own words, the opener's question and the ask;
- push_user_unit: a push to a reader who already uses the product (retention, referral) that says a price per unit
  with no reason beside it ("…정가로 치면 1ml당 약 1,400원꼴이에요.", s3897: "유지 단계에 1ml당 가격은 어색");
- push_share_stock: a referral push whose reader line is a stock one that fits any product ("좋은 걸 알아보는 분께
  권하기 좋습니다", s8179, s4914: "제품 장점이 한 줄뿐");
- push_title_commas: a title with two commas or more ("겨울, 바뀐 피부 고민, 함께 살펴 드립니다", s8279: "제목 쉼표
  남발");
- push_lab_emoji_warm: a lab emoji (🔬, 🧪) on an emotional-style or emotional-toned push (s3520: "감성 공감 톤에 실험실
  이모지가 어울리지 않음").

    PYTHONPATH=. python bench/r25_channel_check.py [--n 1200] [--show KEY]
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline
from persona_reason_check import carries_reason, house_of
from r23_channel_check import GREETING, USAGE, Flags, options, sentences, sms_and_push
from r24_channel_check import MILD, SOOTHING

from crm_core.domain import Brief, Honorific, Tone
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import NATURAL_SOURCES, short_product_name

VALUE = re.compile(r"ml당|g당|매당|개당|회당|장당|\d+(?:ml|g|매)|대용량|넉넉|가성비|실속|부담 없는 가격|원,|\d+원")
LUXURY = re.compile("기능성|주름|탄력|연구|개선|미백|브라이트닝|안티에이징|펩타이드|레티놀|아데노신|사포닌|SPF|자외선")
TREND = re.compile("새로|새 |요즘|신상|처음 나온|새롭|트렌드|화제|인기|사진|톤업|컬러|발색|광")
SEASONS = ("겨울", "여름", "봄", "가을", "환절기", "계절", "찬 바람", "건조한 날", "추운")
FOMO = re.compile("놓치|아직|지나치|미루|떨어지기 전|다 쓰기 전|바닥나기 전|아쉽|늦기 전|전에")
URGENT = re.compile("오늘|지금|바로|이번")
STIFF = ("둘까요?", "보시겠습니까?", "십시오.", "십시오!")
SLOW_TITLE = re.compile("천천히|차분히|찬찬히|느긋|여유")
HURRY = re.compile("미루지 말고|지금 바로|서둘러|망설이지 말고|바로 지금")
OFFER_WORDS = ("배송비", "무료", "쿠폰", "샘플", "적립", "할인", "포장", "사은품", "증정")
HELD_ONLY = re.compile(
    r"^\S.*?(?:[은는]|에는) [^.?!]*(?:[을를] 담았(?:어요|습니다)|(?:이|가) 들어 있(?:어요|습니다))[.!]$"
)
UNIT_ALONE = re.compile(r"^[\d.,]+(?:ml|g|매|개|장|회)\S* [\d,]+원, \S+당 약 [\d,]+원(?:이에요|입니다)[.!]$")
UNIT_GLUED = re.compile(r"(?:이고|[가-힣]고|으로|[가-힣]로), [\d.,]+(?:ml|g|매|개|장|회)\S* [\d,]+원")
COPULA_END = re.compile(r"(?:이에요|예요|입니다)[.!]$")
VARIETY_SEEDS = 6
DEFINED_AGAIN = re.compile(
    r"^[^,]*(?:제품|화장품|크림|젤|토너|세럼|에센스|로션|앰플|밤|팩|마스크|에멀젼|에멀전)(?:이에요|예요|입니다)[.!]$"
)

WARM = frozenset({Tone.friendly, Tone.emotional, Tone.trendy})
EMOJI_CHARS = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f]")
ORDER_END = re.compile(r"십시오[.!]$")
SHARE_ASK = re.compile("공유|후기|추천|알려 주|알려 드|나눠|권해|선물")
OFF_SEASON = {"겨울": ("🌸", "🌷", "☀️", "🍂"), "여름": ("❄️", "🍂", "🌸"), "봄": ("❄️", "🍂"), "가을": ("❄️", "🌸", "🌷")}
LOOK = re.compile("보세요|보십시오|살펴|둘러|확인|보시|보기|구경")
FOMO_DEADLINE = re.compile("놓치기 전에|늦기 전에|사라지기 전에|끝나기 전에")
FOMO_EMPTY = re.compile("멈추기 아까운|들인 정성이 아깝지 않게|아깝지 않게 쓰던")
PREMIUM_PRICE = 50_000
_READERS = {"Luxury": "luxury", "Sensitive": "sensitive", "Budget": "budget", "Trend": "trend", "Natural": "natural"}
_URGENT, _FOMO, _SEASONAL = 0, 2, 4
_EMOTION = 3
LAB_EMOJI = ("🔬", "🧪")
_WORDS = re.compile("[가-힣A-Za-z0-9]{2,}")
# stems of the price sentence's and the openers' own words, and words any catalog row uses: no fact of the product
PRICE_WORDS = frozenset(
    {"기준", "정가", "만나", "계산", "꼴이", "부담", "반가", "요즘", "눈여", "정성", "나를", "위한"}
)
COMMON_STEMS = frozenset(
    {"피부", "제품", "화장", "도움", "입니", "있습", "주는", "담은", "담았", "쓰는", "쓰기", "매일"}
)
COMMON_STEMS |= frozenset(
    {"있는", "되는", "하는", "없이", "좋은", "좋아", "함께", "바른", "바르", "사용", "단계", "루틴"}
)
USER_STAGES = (2, 4)
STOCK_SHARE = re.compile("좋은 걸 알아보는 분께|써 본 사람 말이|새 루틴을 찾는 친구에게|천천히 시작해 보라고 권하면")


def _stems(text: str) -> set[str]:
    return {w[:2] for w in _WORDS.findall(text)}


def states_fact(product, body: str, short: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a push body states any catalog fact of the product (a word of its selling points, claims or
    ingredients) outside the name, the opener's question, the price's own words and the closing ask."""
    said = [s for s in sentences(body) if not s.endswith("?") and not GREETING.match(s)][:-1]
    text = " ".join(said).replace(product.name, " ").replace(short, " ")
    named = _stems(product.name)
    catalog = _stems(" ".join((*product.selling_points, *product.claims, *product.key_ingredients)))
    return bool((_stems(text) & catalog) - named - PRICE_WORDS - COMMON_STEMS)


_HELD_AFTER = re.compile(r"^(?:[은는]|에는) (?P<held>[^.?!,]+?)(?:[을를] 담았|[이가] 들어 있)")
_HELD_BEFORE = re.compile(r"(?:^|, )(?P<held>[^.?!,]+?)[을를] 담은 $")
_ITEM = re.compile(r"·|(?<=[가-힣A-Za-z0-9])[과와] ")


def _echo_only(said: list[str], name: str) -> bool:
    """Whether a sentence says the product holds only ingredients named after it ("알파인베리 워터리 크림은 알파인베리
    추출물을 담았어요", "세라마이드를 담은 세라마이드 아토 크림"); "이름처럼 …" says so on purpose."""
    words = set(name.split())
    for sentence in said:
        at = sentence.find(name)
        if at < 0 or "이름처럼" in sentence:
            continue
        found = _HELD_AFTER.search(sentence[at + len(name) :]) or _HELD_BEFORE.search(sentence[:at])
        if found is None:
            continue
        items = [i.strip() for i in _ITEM.split(found.group("held")) if i.strip()]
        if items and all(len(i.split()[0]) > 1 and i.split()[0] in words for i in items):
            return True
    return False


def reader_of(persona_key: str) -> str:
    return next(v for k, v in _READERS.items() if k in persona_key)


def catalog_has(reader: str, product) -> bool:  # type: ignore[no-untyped-def]
    """Whether the catalog gives this reader's reason for the product at all."""
    stated = " ".join((*product.claims, *product.selling_points, *product.key_ingredients, product.name))
    if reader == "budget":
        return bool(product.price and product.volume)
    if reader == "sensitive":
        return bool(MILD.search(stated) or SOOTHING.search(stated))
    if reader == "natural":
        return bool(NATURAL_SOURCES.search(" ".join(product.key_ingredients)))
    if reader == "luxury":
        return bool(LUXURY.search(stated) or product.functional_claims)
    return True


def says_reason(reader: str, body: str) -> bool:
    if reader == "budget":
        return bool(VALUE.search(body))
    if reader == "sensitive":
        return bool(MILD.search(body) or SOOTHING.search(body))
    if reader == "natural":
        return bool(NATURAL_SOURCES.search(body))
    if reader == "luxury":
        return bool(LUXURY.search(body))
    return bool(TREND.search(body))


def style_missing(style: int, body: str) -> bool | None:
    """None where the style has no device to check (information, emotional, mixed)."""
    if style == _SEASONAL:
        return not any(s in body for s in SEASONS)
    if style == _FOMO:
        return not FOMO.search(body)
    if style == _URGENT:
        return not URGENT.search(body)
    return None


def main() -> None:
    args = options(__doc__)
    pipeline, catalog = checked_pipeline()
    products = {(p.brand, p.name): p for p in catalog.products}
    c = Flags(args.show)
    flag = c.flag

    for spec, sms, push in sms_and_push(pipeline, catalog, args.n, args.seed):
        product = products[(spec["brand"], spec["product"])]
        persona_key = getattr(catalog.personas[spec["persona"]], "name", "")
        reader = reader_of(persona_key)
        body = sms.message.body
        form = "lms" if sms.sms_to_lms else "kept"
        text = f"{sms.message.title}\n{body}\n{persona_key} tone {spec['tone']} style {spec['style_index']}"
        c[f"{form}"] += 1
        if catalog_has(reader, product):
            c[f"{form}_reason_base"] += 1
            flag(f"{form}_no_reader_reason", not says_reason(reader, body), text)
            c[f"{form}_no_reason_{reader}"] += not says_reason(reader, body)
        missing = style_missing(spec["style_index"], body)
        if missing is not None:
            c[f"{form}_style_base"] += 1
            flag(f"{form}_no_style_device", missing, text)
        if form == "kept":
            said = sentences(body)
            flag("kept_stiff_ask", bool(said) and said[-1].endswith(STIFF), text)
        else:
            said = [s for s in sentences(body) if not GREETING.match(s)]
            flag("lms_second_usage", len(said) > 2 and bool(USAGE.search(said[1])), text)

        title, pbody = push.message.title or "", push.message.body
        ptext = f"{title}\n{pbody}\n[{push.message.cta}] {persona_key} tone {spec['tone']} style {spec['style_index']}"
        c["push"] += 1
        flag("push_pace_clash", bool(SLOW_TITLE.search(title) and HURRY.search(pbody)), ptext)
        repeated = push.event is not None and any(w in title and w in pbody for w in OFFER_WORDS)
        flag("push_offer_repeat", repeated, ptext)
        flag("push_free_repeat", push.event is not None and "무료" in title and "무료" in pbody, ptext)
        said = sentences(pbody)
        flag("push_held_only", any(HELD_ONLY.match(s) for s in said), ptext)
        flag("push_unit_alone", any(UNIT_ALONE.match(s) for s in said), ptext)
        flag("push_unit_glued", bool(UNIT_GLUED.search(pbody)), ptext)
        named = {w for w in product.name.split() if len(w) > 1}
        echo = [i for i in product.key_ingredients if i.split()[0] in named and len(i.split()) > 1 and i in pbody]
        flag("push_name_echo", bool(echo), ptext)
        flag("push_name_echo_only", _echo_only(said, short_product_name(product.name)), ptext)
        runs = any(COPULA_END.search(a) and COPULA_END.search(b) for a, b in itertools.pairwise(said))
        flag("push_copula_run", runs, ptext)
        short = short_product_name(product.name)
        defined = any(
            a.endswith((f"{short}이에요.", f"{short}예요.", f"{short}입니다."))
            and DEFINED_AGAIN.search(b)
            and short not in b
            for a, b in itertools.pairwise(said)
        )
        flag("push_definition_run", defined, ptext)
        flag("push_review_basis", "확실한 근거가" in pbody, ptext)
        if reader == "budget" and product.price and product.volume and product.category not in ("립", "쿠션·베이스"):
            c["push_budget"] += 1
            flag("push_budget_unpriced", "원" not in re.sub("원료|원스텝", "", pbody), ptext)
        if reader == "budget":
            c["push_budget_all"] += 1
            flag("push_price_only", not states_fact(product, EMOJI_CHARS.sub("", pbody), short), ptext)
        if spec["stage_index"] in USER_STAGES:
            c["push_user"] += 1
            unit = [s for s in sentences(pbody) if "당 약" in s]
            flag("push_user_unit", any("부담" not in s and "꼴이라" not in s for s in unit), ptext)
        if spec["stage_index"] == 4:
            c["push_referral"] += 1
            flag("push_share_stock", bool(STOCK_SHARE.search(pbody)), ptext)
        flag("push_title_commas", title.count(",") >= 2, ptext)
        if spec["style_index"] == _EMOTION or spec["tone"] == Tone.emotional.value:
            c["push_warm_styled"] += 1
            flag("push_lab_emoji_warm", any(e in f"{title} {pbody}" for e in LAB_EMOJI), ptext)
        key = angle_for(push.persona).key
        c[f"push_reason_base_{key}"] += 1
        bare = f"{title} {pbody} {push.message.cta or ''}".replace(product.name, " ").replace(short, " ")
        carried = carries_reason(key, product, bare, house_of(push.brand.story or ""))
        c[f"push_reason_{key}"] += carried
        flag(f"push_reason_miss_{key}", not carried, ptext)
        plain = EMOJI_CHARS.sub("", pbody).strip()
        warm = spec["honorific"] == Honorific.hapsho.value and spec["tone"] in {t.value for t in WARM}
        if warm:
            c["push_warm"] += 1
            ordered = bool(ORDER_END.search(plain))
            flag("push_warm_order", ordered, ptext)
            last = sentences(plain)[-1] if sentences(plain) else ""
            if SHARE_ASK.search(last):
                c["push_warm_share"] += 1
                flag("push_share_order", ordered, ptext)
        clash = any(e in f"{title} {pbody}" for e in OFF_SEASON["겨울"])  # the grid sends in December
        at = pbody.find("👀")
        clash = clash or (at > 0 and not LOOK.search(pbody[max(0, at - 30) : at]))
        flag("push_emoji_clash", clash, ptext)
        flag("push_fomo_deadline", bool(FOMO_DEADLINE.search(pbody)), ptext)
        flag("push_fomo_empty", bool(FOMO_EMPTY.search(f"{title} {pbody}")), ptext)
        if (product.price or 0) >= PREMIUM_PRICE:
            c["push_premium"] += 1
            said = [s for s in sentences(plain) if not s.startswith("#{고객명}") and not GREETING.match(s)]
            facts = len(said) - 1 - (push.event is not None and push.event.offer is not None)
            flag("push_premium_thin", facts <= 1, ptext)
        if c["push"] % 10 == 1:
            seeds = {pipeline.run_one(Brief(**(spec | {"channel": "push", "seed": k})))[0].message.body for k in
                     range(VARIETY_SEEDS)}  # fmt: skip
            c["variety_briefs"] += 1
            c["variety_distinct"] += len(seeds)
            flag("push_variety_one", len(seeds) == 1, ptext)

    for form in ("kept", "lms"):
        print(f"SMS {form} {c[form]}:")
        print(
            f"  {'no_reader_reason':24} {c[form + '_no_reader_reason']:5} of {c[form + '_reason_base']}  (by reader: "
            + ", ".join(f"{r} {c[f'{form}_no_reason_{r}']}" for r in _READERS.values())
            + ")"
        )
        print(f"  {'no_style_device':24} {c[form + '_no_style_device']:5} of {c[form + '_style_base']}")
    print(f"  {'kept_stiff_ask':24} {c['kept_stiff_ask']:5} of {c['kept']}")
    print(f"  {'lms_second_usage':24} {c['lms_second_usage']:5} of {c['lms']}")
    print(f"Push {c['push']}:")
    keys = ("pace_clash", "offer_repeat", "free_repeat", "held_only", "unit_alone", "unit_glued", "name_echo")
    keys += ("name_echo_only",)
    for key in (*(f"push_{k}" for k in keys), "push_copula_run", "push_definition_run", "push_review_basis"):
        print(f"  {key:24} {c[key]:5} ({c[key] / (c['push'] or 1):.1%})")
    print(f"  {'push_budget_unpriced':24} {c['push_budget_unpriced']:5} of {c['push_budget']} budget pushes")
    print(
        "  push_reason (carried / pushes): "
        + ", ".join(f"{r} {c[f'push_reason_{r}']}/{c[f'push_reason_base_{r}']}" for r in _READERS.values())
    )
    print(f"  {'push_warm_order':24} {c['push_warm_order']:5} of {c['push_warm']} warm-toned 합쇼체 pushes")
    print(f"  {'push_share_order':24} {c['push_share_order']:5} of {c['push_warm_share']} of them asking to share")
    for key in ("push_emoji_clash", "push_fomo_deadline", "push_fomo_empty"):
        print(f"  {key:24} {c[key]:5} ({c[key] / (c['push'] or 1):.1%})")
    print(f"  {'push_premium_thin':24} {c['push_premium_thin']:5} of {c['push_premium']} pushes of 50,000원 or more")
    print(f"  {'push_price_only':24} {c['push_price_only']:5} of {c['push_budget_all']} budget pushes")
    print(f"  {'push_user_unit':24} {c['push_user_unit']:5} of {c['push_user']} pushes to users (retention, referral)")
    print(f"  {'push_share_stock':24} {c['push_share_stock']:5} of {c['push_referral']} referral pushes")
    print(f"  {'push_title_commas':24} {c['push_title_commas']:5} ({c['push_title_commas'] / (c['push'] or 1):.1%})")
    print(f"  {'push_lab_emoji_warm':24} {c['push_lab_emoji_warm']:5} of {c['push_warm_styled']} emotional pushes")
    briefs = c["variety_briefs"] or 1
    print(
        f"  variety: {c['variety_briefs']} briefs x {VARIETY_SEEDS} seeds,"
        f" {c['variety_distinct'] / briefs:.2f} distinct bodies a brief,"
        f" {c['push_variety_one']} with one body for every seed"
    )


if __name__ == "__main__":
    main()
