"""A message plan per brief: which angle, facts, proof, offer and close each part of the copy carries.

The plan is content only (해요체 sentences with facts filled in); forms.py lays it out per channel
and speech.py sets the speech level. Choices are seeded by the brief and the variant, so the same
brief gives the same plan and variants of one brief take different hooks, facts and proof orders.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from crm_core.domain import Tone
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import lines
from crm_core.generation.composer.angles import Angle, angle_for, for_name_only
from crm_core.generation.composer.facts import ProductFacts, product_facts
from crm_core.generation.composer.key_message import key_sentence
from crm_core.generation.composer.offers import offer_sentence, offer_short
from crm_core.generation.composer.reviews import ReviewPoint, review_points
from crm_core.generation.composer.voice import MANNER_ADVERB, QUIET_MANNERS, voice_of

SEASONS = {12: "겨울", 1: "겨울", 2: "겨울", 3: "봄", 4: "봄", 5: "봄", 6: "여름", 7: "여름", 8: "여름"}
STAGE_LED = (1, 2, 4)  # stages whose own opening joins the style's hooks
MIXED_STYLE = 5  # the mixed family borrows hooks and titles from two of the others
_BASE_STYLES = (0, 1, 2, 3, 4)


def season_of(when: datetime | None) -> str:
    month = (when or datetime.now()).month
    return SEASONS.get(month, "가을")


@dataclass(frozen=True)
class MessagePlan:
    """The parts of one message, each a finished 해요체 sentence (or None when it has no content)."""

    title: str
    hook: str
    nudge: str
    product_line: str  # names the product
    product_after_hook: str  # the same after a hook that already named it ("이 크림은 …")
    proofs: tuple[str, ...]  # best first; long channels take more of them
    usage: str | None  # how to use it: activation copy carries it on every long channel
    stage: int
    offer: str | None
    offer_short: str | None
    is_promotion: bool
    close: str
    signature: str | None
    sms_point: str
    values: dict[str, str]  # the slot values, for the SMS forms
    sms_close: str
    sms_verb: str  # the call to action without its adverb, for the tightest SMS
    cta: str
    facts: ProductFacts
    angle: Angle
    review: ReviewPoint | None
    parts: tuple[str, ...]  # what was chosen, for the draft note and tests


def _pick(pool: tuple[str, ...] | list[str], index: int) -> str:
    return pool[index % len(pool)]


def _style_pools(style: int, rng: random.Random) -> tuple[int, ...]:
    if style != MIXED_STYLE:
        return (style,)
    first = rng.choice(_BASE_STYLES)
    return (first, rng.choice([s for s in _BASE_STYLES if s != first]))


def _point(request: GenerationRequest, facts: ProductFacts, k: int) -> str:
    """The k-th selling point; for a product written from its name (no points), what is true of it:
    who introduces it and what kind of product the name says it is ("라네즈에서 소개하는 토너")."""
    if request.resolved.name_only:
        return f"{request.resolved.brand.name}에서 소개하는 {facts.noun}"
    return facts.point(k)


def _values(request: GenerationRequest, facts: ProductFacts, angle: Angle, k: int) -> dict[str, str]:
    resolved = request.resolved
    voice = voice_of(resolved.brand)
    budget_need = angle.key == "budget" and (not voice.price_talk or facts.premium)
    ingredients = facts.ingredients
    return {
        "product": facts.name,
        "brand": resolved.brand.name,
        "category": facts.noun,
        "point": _point(request, facts, k),
        "point2": _point(request, facts, k + 1),
        "ingredient": ingredients[k % len(ingredients)] if ingredients else facts.name,  # name-only: no facts
        "ingredients": "·".join(ingredients[:2]),
        "need": "매일 손이 가는 기본" if budget_need else angle.need,
        "need_short": angle.need_short,
        "moment": angle.moment,
        "ask": angle.ask,
        "lead_in": angle.lead_in,
        "season": season_of(resolved.brief.scheduled_at),
        "adv": MANNER_ADVERB[voice.manner],
        "volume": facts.volume,
        "price": f"{facts.price:,}" if facts.price else "",
    }


TITLE_CHARS = 30  # titles past this are cut off on many phones (push shows about 30-40)


def _title(pool: list[str], start: int, values: dict[str, str]) -> str:
    """The first title from `start` on that fits TITLE_CHARS, else the shortest."""
    filled = []
    for i in range(len(pool)):
        title = lines.fill(_pick(pool, start + i), values)
        if len(title) <= TITLE_CHARS:
            return title
        filled.append(title)
    return min(filled, key=len)


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip(".,·") for w in text.split() if len(w.strip(".,·")) >= 2)


# Words too common in product copy to tell two facts apart.
_COMMON = frozenset({"담은", "피부", "있는", "위한", "함께", "얼굴", "전체에", "제품", "부드럽게", "가볍게", "제형"})


def _repeats(sentence: str, phrase: str) -> bool:
    """Whether a sentence says what another already said (two shared telling words or more)."""
    return len((_words(sentence) & _words(phrase)) - _COMMON) >= 2


def _proofs(
    request: GenerationRequest,
    facts: ProductFacts,
    angle: Angle,
    review: ReviewPoint | None,
    values: dict[str, str],
    k: int,
) -> list[tuple[str, str]]:
    """Proof sentences (kind, text) in the order this reader should meet them."""
    tone = request.resolved.brief.tone
    out: list[tuple[str, str]] = []
    if review is not None:
        bank = lines.REVIEW_LINES.get(tone) or lines.REVIEW_LINES[None]
        out.append(("review", lines.fill(_pick(bank, k), values | {"review": review.clause})))
    claims = [c for c in facts.claims if not _repeats(c, values["point"])]
    claim = claims[k % len(claims)] if claims else None
    if claim:
        out.append(("claim", claim))  # 합쇼체 as written; forms.py sets the level
    named = f"{values['point']} {claim or ''}"
    if facts.ingredients and not any(i in named for i in facts.ingredients[:2]):  # say the ingredients once
        out.append(("ingredients", lines.fill(_pick(lines.INGREDIENT_LINES, k), values)))
    if len(facts.points) > 1:
        out.append(("point2", lines.fill(_pick(lines.SECOND_POINT_LINES, k), values)))
    voice = voice_of(request.resolved.brand)
    if angle.key == "budget" and voice.price_talk and facts.price and not facts.premium:
        out.append(("price", lines.fill(lines.PRICE_LINES[0], values)))
    kept: list[tuple[str, str]] = []
    for kind, text in out:  # each idea once: drop a proof that repeats the product line or a kept proof
        if not any(_repeats(text, said) for said in [values["point"], *(t for _, t in kept)]):
            kept.append((kind, text))
    out = kept
    first = {
        "luxury": "ingredients",
        "natural": "ingredients",
        "sensitive": "claim",
        "budget": "review",
        "trend": "review",
    }
    lead = first.get(angle.key)
    if angle.key == "budget" and any(kind == "price" for kind, _ in out):
        lead = "price"  # price and volume first; the review follows
    out.sort(key=lambda item: item[0] != lead)
    if k % 2 and len(out) > 2:  # odd variants lead with a different proof
        out = [out[1], out[0], *out[2:]]
    return out


def build_plan(request: GenerationRequest) -> MessagePlan:
    """Choose every part of one message from the brief (who, what, why, how) and the variant."""
    resolved, brief, k = request.resolved, request.resolved.brief, request.variant
    rng = random.Random(
        f"{brief.seed}:{resolved.brand.name}:{resolved.product.id}:{resolved.stage.index}:{resolved.style.index}:"
        f"{resolved.persona.index}:{brief.tone}:{resolved.channel.channel}"
    )
    angle = angle_for(resolved.persona)
    if resolved.name_only:
        angle = for_name_only(angle)
    facts = product_facts(resolved.product, angle, resolved.persona.skin_concerns)
    values = _values(request, facts, angle, k)
    reviews = review_points(request.evidence.reviews, angle.aspects)
    review = reviews[k % len(reviews)] if reviews else None
    styles = _style_pools(resolved.style.index, rng)
    stage = resolved.stage.index
    voice = voice_of(resolved.brand)
    tone = brief.tone
    if tone is None and voice.manner in QUIET_MANNERS:
        tone_bank_key: Tone | None = Tone.luxurious
    else:
        tone_bank_key = tone

    title_pool = [t for s in styles for t in lines.STYLE_TITLES[s]] + list(lines.STAGE_TITLES[stage])
    if review is not None and 2 in styles:
        title_pool += lines.REVIEW_TITLES
    hook_pool = [h for s in styles for h in lines.STYLE_HOOKS[s]]
    if stage in STAGE_LED:  # first use, routine and sharing may open on the stage itself
        hook_pool += lines.STAGE_HOOKS[stage]
    title = _title(title_pool, rng.randrange(len(title_pool)) + k, values)
    hook = lines.fill(_pick(hook_pool, rng.randrange(len(hook_pool)) + k), values)
    if brief.key_message:  # the marketer's point opens the message (see key_message.py)
        hook = key_sentence(brief.key_message)
    it = values | {"product": "이 " + facts.noun}  # for a product already named
    product_bank = _pick(lines.PRODUCT_LINES[tone_bank_key], rng.randrange(2) + k)
    product_line = lines.fill(product_bank, values)
    # after a hook that named the product, "이 크림" reads better; trendy lines open on an appositive
    renamed = facts.name in hook and tone_bank_key != Tone.trendy
    after_hook = lines.fill(product_bank, it) if renamed else product_line
    close = lines.fill(lines.CLOSES[stage][tone], values)
    proofs = _proofs(request, facts, angle, review, values, k)
    usage = None
    if facts.usage:
        usage = lines.fill(_pick(lines.USAGE_LEADS, k), values) + " " + facts.usage
    event = request.evidence.event
    signature = None
    if tone != Tone.trendy:
        signature = lines.fill(_pick(voice.signatures, rng.randrange(len(voice.signatures)) + k), it)
    ctas = resolved.stage.cta_examples or (resolved.stage.cta_style.split("/")[0].strip(),)
    if resolved.name_only:  # no ingredient facts to show behind the button
        ctas = tuple(c for c in ctas if "성분" not in c) or ctas
    points = sorted(facts.points[:2], key=len) if facts.points else [values["point"]]
    return MessagePlan(
        title=title,
        hook=hook,
        nudge=hook if brief.key_message else angle.nudge,  # short push forms open on it too
        product_line=product_line,
        product_after_hook=after_hook,
        proofs=tuple(text for _, text in proofs),
        usage=usage,
        stage=stage,
        offer=offer_sentence(event) if event else None,
        offer_short=offer_short(event) if event else None,
        is_promotion=bool(event and event.is_promotion),
        close=close,
        signature=signature,
        sms_point=points[0],
        values=values,
        sms_close=f"{(values['adv'], '지금', '오늘')[k % 3]} {lines.SMS_CLOSES[tone][stage]}",  # variants differ
        sms_verb=lines.SMS_CLOSES[tone][stage],
        cta=_pick(ctas, rng.randrange(len(ctas)) + k),
        facts=facts,
        angle=angle,
        review=review,
        parts=(f"angle={angle.key}", f"styles={styles}", *(kind for kind, _ in proofs)),
    )
