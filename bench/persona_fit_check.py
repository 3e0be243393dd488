"""Persona fit: the share of messages that carry a fact of the reader's own angle, per persona and channel.

Every catalog product x 5 personas x 5 stages x 6 styles x channels (Kakao friendtalk, LMS, email: "long"; push),
sampled reviews as in copy_eval.py, the composer's first form (what is sent when the guard
passes it). A message counts for its persona when its sent text (title, body, CTA) states a fact of that
persona's angle taken from the product's own catalog row or its sampled reviews; the markers are defined
here from the catalog, not from the composer's sentences:

- budget: a price per ml/g figure, how little one use takes (the catalog's dose words), a generous size or
  second use the catalog names, one step carrying a registered function, or a value/repurchase review;
- sensitive: the catalog's mildness words (약산성, 무향, 저자극, 순한, 민감성 …), a soothing ingredient of the
  product named (병풀, 판테놀, 세라마이드 …), or a gentleness review;
- luxury: a registered function (주름 개선, 미백 …), an anti-aging active or a stated strength (%) of the
  product, a texture phrase from its selling points/claims, or a firmness/glow review;
- natural: where an ingredient comes from (…에서 얻은, 제주, 유래, 발효) or a plant ingredient of the product;
- trend: the product's finish, texture or format (a selling point about look/feel/pack), or a
  colour/grip/wear/glow review.

Reading 15's checks (customer fit 2.85): luxury readers of an anti-ageing product (주름 개선 function or an
anti-ageing active) whose copy names it, a retinol product's luxury copy naming 레티놀; sensitive readers of a
leave-on product with an active (retinol, AHA/BHA/PHA, vitamin C, niacinamide) whose copy carries a start-slowly
care (patch test, interval, sunscreen), said as a warning ("…이 들어 있으니") or sending them to it on "예민한 날";
occasional products (a washed or peeled-off mask, a usage interval) said "매일"; review praise that does not fit the
product kind (moisture for an exfoliating pad or a cleanser).

Ingredient consistency (reading 16: "성분 앞뒤 불일치(판테놀·히알루론산 vs 병풀)", "프로폴리스 크림에 프로폴리스 언급
없음", "어린쑥 미스트인데 어성초를 대표 성분으로 소개", "녹차 성분 반복"), over every channel, SMS included; an
ingredient is the product's catalog key ingredient, found by its head word or the word copy says for it (BHA,
시카, 그린티), the product's own name cut from the text first:

- name never said: a product whose name carries one of its key ingredients (프로폴리스, 어린쑥, 아줄렌 …) and a
  message that names another key ingredient but never that one;
- drift: two sentences that name ingredients name disjoint sets (the line says A·B, the tip then C);
- scattered: one message naming three or more key ingredients;
- said twice: one key ingredient named in two sentences (a definition, then the referral tip);
- outside the story: a message naming a key ingredient that is not in the composer's chosen story for its
  reader (facts.story: the name's ingredient first, then an active, then the catalog's others, two at most).
  To measure a checkout that has no story, point STORY_FROM at a facts.py that has one.

It also counts premium products (regular price >= 100,000 won) whose copy talks down to them ("어렵지 않아요",
"부담 없이", "가격 걱정").

    PYTHONPATH=. python bench/persona_fit_check.py            # table to stdout
    PYTHONPATH=. python bench/persona_fit_check.py --stages 0 2   # fewer stages, faster
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

CHANNELS = ("kakao_friendtalk", "lms", "email", "push", "sms")
LONG = frozenset({"kakao_friendtalk", "lms", "email"})
PREMIUM = 100_000
TALKS_DOWN = re.compile("어렵지 않아요|부담 없이|가격 걱정|부담 없는")

DOSE = re.compile("쌀알만큼|소량|펌프 한 번|한 번 펌핑|두세 방울|한두 방울")
PER_UNIT = re.compile(r"(?:1\s?(?:ml|g|매)|ml|g)당 (?:약 )?[\d,]+원|[\d,]+원꼴")
VALUE_REVIEW = re.compile("다시 찾|재구매|가격 대비|가성비|또 샀|쟁여")
GENEROUS = re.compile("넉넉|대용량|온 가족|올인원|로도 쓸|로도 쓰|단계를 줄|한 단계")
MILD = re.compile("약산성|무향|향료를 넣지|저자극|순한|순하게|민감성|자극 걱정|편안해졌|진정")
SOOTHING = (
    "병풀", "마데카", "시카", "판테놀", "알란토인", "세라마이드", "어성초", "쑥", "카렌듈라", "알로에", "녹차",
    "티트리", "감초", "위치하젤",
)  # fmt: skip
FUNCTION = re.compile("주름 개선|미백|기능성|탄력 개선")
AGE = ("아데노신", "펩타이드", "레티놀", "레티날", "바쿠치올", "사포닌", "콜라겐", "진세노사이드")
TEXTURE = re.compile("제형|텍스처|밀도|녹아|녹는|쫀쫀|쫀득|크리미|젤리|오일|밤|감싸|밀착|윤기|광")
LUX_REVIEW = re.compile("탄탄|윤기")
ORIGIN = re.compile("에서 얻은|에서 자란|유래|발효|제주|우리 쌀|국내산|자연에서")
PLANTS = re.compile(
    "추출물|녹차|씨드|쑥|꽃|쌀|인삼|동백|새싹|꿀|프로폴리스|유자|알로에|한란|비자|병풀|홍삼|백화고|시어버터|식물|오일"
)
TREND_FEATURE = re.compile(
    "피니시|광|매트|벨벳|발색|컬러|톤업|제형|텍스처|캡슐|스틱|젤|쫀쫀|쫀득|말랑|터지|보송|물처럼|거품|입자|용기|스포이트|색상"
    "|밀착|블러|글로우|커버"
)
TREND_REVIEW = re.compile("발색|밀착|지속|윤기|광이")


def _phrases(product, pattern: re.Pattern[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """Selling points and claims of the product that match `pattern`, cut to a searchable head (the first 8
    characters: the copy conjugates and trims the ends)."""
    return [t[:8] for t in (*product.selling_points, *product.claims) if len(t) >= 8 and pattern.search(t)]


def carries(angle: str, product, text: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether `text` states a fact of `angle` drawn from `product`'s catalog row (or a review clause)."""
    heads = [i.split()[0] for i in product.key_ingredients]
    if angle == "budget":
        funcs = bool(product.functional_claims) and "기능성" in text
        return (
            bool(PER_UNIT.search(text) or DOSE.search(text) or VALUE_REVIEW.search(text) or GENEROUS.search(text))
            or funcs
        )
    if angle == "sensitive":
        soothing = [h for h in heads if any(s in h for s in SOOTHING)]
        return bool(MILD.search(text)) or any(h in text for h in soothing)
    if angle == "luxury":
        if product.functional_claims and FUNCTION.search(text):
            return True
        if any(h in text for h in heads if any(a in h for a in AGE)) or re.search(r"\d+(?:\.\d+)?%", text):
            return True
        return any(p in text for p in _phrases(product, TEXTURE)) or bool(LUX_REVIEW.search(text))
    if angle == "natural":
        plants = [h for h, i in zip(heads, product.key_ingredients, strict=True) if PLANTS.search(i)]
        return bool(ORIGIN.search(text)) or any(h in text for h in plants)
    if angle == "trend":
        return any(p in text for p in _phrases(product, TREND_FEATURE)) or bool(TREND_REVIEW.search(text))
    return False


ANTI_AGE_FUNCTION = re.compile("주름")
CARE_ACTIVE = ("레티놀", "레티날", "살리실", "글루코노락톤", "글리콜산", "락틱산", "비타민C", "나이아신아마이드")
CARE_SAID = re.compile("팔 안쪽|귀 뒤|자외선 차단제|간격|천천히|하루 쉬어")
WARNED = re.compile("들어 있으니")
MOIST_REVIEW = re.compile("촉촉함이 오래간다")
SOME_DAYS = re.compile(r"주\s?\d|\d\s?~\s?\d일 간격|씻어 냅니다|떼어 냅|헹궈 냅니다")


# The words copy says for a key ingredient besides its head word.
ALIASES = {
    "베타인살리실레이트": ("BHA",),
    "살리실산": ("BHA",),
    "녹차": ("그린티",),
    "병풀": ("시카",),
    "글루코노락톤": ("PHA",),
    "글리콜산": ("AHA",),
    "락틱산": ("AHA",),
}
SENTENCE = re.compile(r"(?<=[.!?다요])\s+|\n+")
_VOLUME = re.compile(r"\s*(SPF\S*\s*)?\d[\d.,]*\s*(ml|mL|g|매)$")


def _words(ingredient: str) -> tuple[str, ...]:
    head = ingredient.split()[0]
    return (head, *ALIASES.get(head, ()))


def named_ingredients(product, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The product's key ingredients `text` names, longest words first (녹차씨 is not 녹차)."""
    found, rest = set(), text
    pairs = sorted(((w, i) for i in product.key_ingredients for w in _words(i)), key=lambda p: -len(p[0]))
    for word, ingredient in pairs:
        if word in rest:
            found.add(ingredient)
            rest = rest.replace(word, " ")
    return found


def name_ingredients(product) -> list[str]:  # type: ignore[no-untyped-def]
    """Key ingredients the product's own name says (풀핏 프로폴리스 라이트 크림 → 프로폴리스 추출물)."""
    return [i for i in product.key_ingredients if any(w in product.name for w in _words(i))]


def _story_function():  # type: ignore[no-untyped-def]
    """facts.story from STORY_FROM (a path to a facts.py), else from the checkout under test; None if neither."""
    import importlib.util
    import os

    path = os.environ.get("STORY_FROM")
    if path:
        spec = importlib.util.spec_from_file_location("story_facts", path)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        sys.modules["story_facts"] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        return module.story
    from crm_core.generation.composer import facts

    return getattr(facts, "story", None)


def ingredient_seams(product, title: str, body: str, reader: str = "") -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """Which ingredient seams one message has (see the module docstring)."""
    short = _VOLUME.sub("", product.name)
    sentences = [s for s in SENTENCE.split(f"{title}\n{body}") if s.strip()]
    sets = [named_ingredients(product, s.replace(product.name, " ").replace(short, " ")) for s in sentences]
    sets = [s for s in sets if s]
    said = set().union(*sets) if sets else set()
    own = name_ingredients(product)
    counts = Counter(i for s in sets for i in s)
    return {
        "named_any": bool(said),
        "own_name": bool(own),
        "own_unsaid": bool(own) and bool(said) and not any(i in said for i in own),
        "drift": any(not (a & b) for k, a in enumerate(sets) for b in sets[k + 1 :]),
        "scattered": len(said) >= 3,
        "twice": any(n >= 2 for n in counts.values()),
        "outside": bool(
            said
            - set(_STORY(short, product.key_ingredients, product.category, reader, " ".join(product.selling_points)))
        )
        if _STORY
        else False,
    }


def anti_ageing(product) -> bool:  # type: ignore[no-untyped-def]
    funcs = " ".join(product.functional_claims or ())
    return bool(ANTI_AGE_FUNCTION.search(funcs)) or any(a in i for i in product.key_ingredients for a in AGE)


def occasional(product) -> bool:  # type: ignore[no-untyped-def]
    daily = any(re.search("매일|데일리", t) for t in (*product.selling_points, *product.claims))
    some_days = SOME_DAYS.search(product.usage or "")
    return not daily and bool(some_days) and (product.category == "마스크·팩" or "간격" in (product.usage or ""))


PERSONAS = ("luxury", "sensitive", "budget", "trend", "natural")
_STORY = None
SEAM_LABELS = (
    ("named_any", "names a key ingredient"),
    ("own_unsaid", "name's ingredient never said (of those naming another; base: name carries one)"),
    ("drift", "drift: two ingredient sentences, disjoint sets"),
    ("scattered", "three or more key ingredients"),
    ("twice", "one ingredient in two sentences"),
    ("outside", "names a key ingredient outside the reader's story"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stages", type=int, nargs="*", default=[0, 1, 2, 3, 4])
    parser.add_argument("--styles", type=int, nargs="*", default=[0, 1, 2, 3, 4, 5])
    parser.add_argument("--every", type=int, default=1, help="every k-th catalog product")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from copy_eval import SampledReviews

    from crm_core.catalog import Catalog
    from crm_core.config import load_settings
    from crm_core.domain import Brief
    from crm_core.errors import CrmError
    from crm_core.generation.base import GenerationRequest
    from crm_core.generation.composer import forms_of
    from crm_core.generation.composer.angles import angle_for

    catalog = Catalog.load(load_settings().data_dir)
    reviews = SampledReviews(catalog)
    global _STORY
    _STORY = _story_function()
    total, hit, premium_total, talked_down = Counter(), Counter(), 0, 0
    extra, seams = Counter(), Counter()
    for product in catalog.products[:: args.every]:
        for persona in range(5):
            for stage in args.stages:
                for style in args.styles:
                    for channel in CHANNELS:
                        brief = Brief(
                        persona=persona, brand=product.brand, product=product.name, stage_index=stage,
                        style_index=style, channel=channel,
                    )  # fmt: skip
                        try:
                            resolved = catalog.resolve(brief)
                        except CrmError:
                            continue
                        form = next(iter(forms_of(GenerationRequest(resolved, reviews.evidence(resolved), 0))))
                        text = " ".join((form.title, form.body, form.cta))
                        key = angle_for(resolved.persona).key
                        group = "long" if channel in LONG else channel
                        found = ingredient_seams(product, form.title, form.body, key)
                        seams["messages"] += 1
                        seams[f"messages_{key}"] += 1
                        for name, flag in found.items():
                            seams[name] += flag
                            seams[f"{name}_{key}"] += flag
                        total[(key, group)] += 1
                        hit[(key, group)] += carries(key, product, text)
                        ingredients = " ".join(product.key_ingredients)
                        if key == "luxury" and anti_ageing(product):
                            extra["lux_age"] += 1
                            funcs = " ".join(product.functional_claims or ())
                            named = [a for a in AGE if a in ingredients]
                            extra["lux_age_hit"] += bool(
                                ("주름" in funcs and "주름" in text) or any(a in text for a in named)
                            )
                        if key == "luxury" and "레티놀" in product.name:
                            extra["lux_retinol"] += 1
                            short = re.sub(r"\s*(SPF\S*\s*)?\d+(?:ml|g|매)$", "", product.name)
                            extra["lux_retinol_hit"] += "레티놀" in text.replace(short, "")
                        leave_on = product.category not in ("클렌저", "헤어", "바디")
                        if key == "sensitive" and leave_on and any(a in ingredients for a in CARE_ACTIVE):
                            extra["sens_active"] += 1
                            extra["sens_active_care"] += bool(CARE_SAID.search(text))
                            extra["sens_active_warned"] += bool(WARNED.search(text))
                            extra["sens_active_upset_day"] += "예민한 날" in text and not CARE_SAID.search(text)
                        if occasional(product):
                            extra["occasional"] += 1
                            extra["occasional_daily"] += "매일" in text
                        if product.category in ("패드", "클렌저") or "패드" in product.name:
                            extra["wipe_wash"] += 1
                            extra["wipe_wash_moist"] += bool(MOIST_REVIEW.search(text))
                        if (product.price or 0) >= PREMIUM:
                            premium_total += 1
                            talked_down += bool(TALKS_DOWN.search(text))
    print("| persona | long (Kakao/LMS/email) | push | sms |")
    print("|---|---|---|---|")
    for key in ("luxury", "sensitive", "budget", "trend", "natural"):
        cells = []
        for group in ("long", "push", "sms"):
            n, k = total[(key, group)], hit[(key, group)]
            cells.append(f"{k}/{n} ({k / n:.0%})" if n else "-")
        print(f"| {key} | " + " | ".join(cells) + " |")

    def share(k: str, n: str) -> str:
        return f"{extra[k]}/{extra[n]} ({extra[k] / extra[n]:.0%})" if extra[n] else "-"

    print()
    print(f"luxury x anti-ageing product, copy names the function/active: {share('lux_age_hit', 'lux_age')}")
    print(f"luxury x retinol product, copy names 레티놀 beyond the name: {share('lux_retinol_hit', 'lux_retinol')}")
    print(f"sensitive x leave-on active, copy carries start-slowly care: {share('sens_active_care', 'sens_active')}")
    print(f"sensitive x leave-on active, said as a warning (들어 있으니): {share('sens_active_warned', 'sens_active')}")
    print(f"sensitive x leave-on active, '예민한 날' without care: {share('sens_active_upset_day', 'sens_active')}")
    print(f"occasional product (weekly mask, interval) said 매일: {share('occasional_daily', 'occasional')}")
    print(f"pad/cleanser quoting '촉촉함이 오래간다': {share('wipe_wash_moist', 'wipe_wash')}")
    print("\n| ingredient seam | all | " + " | ".join(PERSONAS) + " |")
    print("|---|---|" + "---|" * len(PERSONAS))
    for name, label in SEAM_LABELS:
        base = "own_name" if name == "own_unsaid" else "messages"
        cells = [f"{seams[name]}/{seams[base]}"]
        cells += [f"{seams[f'{name}_{key}']}/{seams[f'{base}_{key}']}" for key in PERSONAS]
        print(f"| {label} | " + " | ".join(cells) + " |")
    print(
        f"\npremium-product messages talking down (어렵지 않아요/부담 없이/가격 걱정): {talked_down} of {premium_total}"
    )


if __name__ == "__main__":
    main()
