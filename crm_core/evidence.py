"""The parts of a brief's evidence that need no search: facts, tone profile, stage rules, templates.

Retrieval adds ranked reviews, closest brand exemplars and past messages on top of these.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from crm_core.catalog import ResolvedBrief
from crm_core.domain import (
    Brand,
    ContextMode,
    Evidence,
    EvidenceItem,
    NameOnlyProduct,
    Product,
    StageGoal,
    StyleTemplate,
)
from crm_core.domain.result import RetrievalMode

_PACK_SIZE = re.compile(r"^(\d+(?:\.\d+)?)\s?(ml|mL|g|매)$")


def unit_price(price: int | None, volume: str | None) -> tuple[str, str] | None:
    """The regular price per 1ml (1g, 1매) of a single pack, computed from the catalog's price and size
    ("50ml", 28,000 → ("1ml", "560")): a whole-won figure as it is (200ml, 25,000 → "125"), else rounded half
    up to 10 won, to 1 won under 100 (150ml, 20,000 → "130"); None for a set ("25ml×10매"), an unknown price or
    under 1 won. A computed figure, stated in the evidence as one, so copy may quote it."""
    size = _PACK_SIZE.match((volume or "").strip())
    if not price or not size or float(size.group(1)) <= 0:
        return None
    each = price / float(size.group(1))
    if each < 1:
        return None
    step = 10 if each >= 100 and each != int(each) else 1  # a reader checks 25,000 / 200 = 125, not "약 120"
    return f"1{size.group(2).lower()}", f"{math.floor(each / step + 0.5) * step:,}"


def product_fact_items(product: Product | NameOnlyProduct) -> list[EvidenceItem]:
    """Each product fact as its own citable item (source ids like SWS-001#claim2); a name-only
    product has its name and nothing else, so no fact about it can be backed."""
    pid = product.id

    def item(suffix: str, text: str) -> EvidenceItem:
        return EvidenceItem(source_id=f"{pid}#{suffix}", collection="product_facts", text=text, score=1.0)

    if isinstance(product, NameOnlyProduct):
        return [item("name", f"{product.brand} {product.name} (카탈로그에 없는 제품: 이름만 사용)")]

    # a product listed in another size has no price of its own: the catalog's is for another pack
    price = "이 용량의 정가는 카탈로그에 없음" if product.price is None else f"정가 {product.price:,}원"
    items = [
        item("basic", f"{product.brand} {product.name}: {product.category}, {product.volume}, {price}"),
        item("ingredients", "주요 성분: " + ", ".join(product.key_ingredients)),
    ]
    per = unit_price(product.price, product.volume)
    if per:
        items.append(item("unit_price", f"정가를 용량으로 나눈 계산값: {per[0]}당 약 {per[1]}원"))
    items += [item(f"claim{i}", claim) for i, claim in enumerate(product.claims, start=1)]
    if product.functional_claims:
        items.append(item("functional", "기능성 화장품 등록: " + ", ".join(product.functional_claims)))
    if product.skin_types:
        items.append(item("skin", "추천 피부 타입: " + ", ".join(product.skin_types)))
    if product.usage:
        items.append(item("usage", "사용법: " + product.usage))
    return items


def next_step_item(product: Product) -> EvidenceItem:
    """The product a line guide names for the routine's next step (ResolvedBrief.next_product): its name and
    step only, so copy may name it; its own claims stay its own evidence."""
    return EvidenceItem(
        source_id=f"{product.id}#next_step",
        collection="product_facts",
        text=f"루틴의 다음 단계로 안내할 같은 브랜드 제품: {product.brand} {product.name} ({product.category})",
        score=1.0,
    )


def brand_profile_items(brand: Brand) -> list[EvidenceItem]:
    """The brand's voice as items: story, tone keywords, do / don't phrases."""

    def item(suffix: str, text: str) -> EvidenceItem:
        return EvidenceItem(source_id=f"brand:{brand.name}#{suffix}", collection="brand_tone", text=text, score=1.0)

    items = [item("story", brand.story), item("tone", "톤 키워드: " + ", ".join(brand.tone_keywords))]
    if brand.do_phrases:
        items.append(item("do", "권장 표현: " + ", ".join(brand.do_phrases)))
    if brand.dont_phrases:
        items.append(item("dont", "피할 표현: " + ", ".join(brand.dont_phrases)))
    if brand.exclusions:
        items.append(item("exclude", "다루지 않을 내용: " + ", ".join(brand.exclusions)))
    return items


def brand_exemplar_items(brand: Brand, limit: int | None = None) -> list[EvidenceItem]:
    exemplars = brand.exemplars[:limit] if limit else brand.exemplars
    return [
        EvidenceItem(source_id=f"brand:{brand.name}#ex{i}", collection="brand_tone", text=text, score=None)
        for i, text in enumerate(exemplars, start=1)
    ]


def stage_rule_items(stage: StageGoal) -> list[EvidenceItem]:
    def item(suffix: str, text: str) -> EvidenceItem:
        return EvidenceItem(source_id=f"stage:{stage.name}#{suffix}", collection="stage_rules", text=text, score=1.0)

    return [
        item("objective", f"목표: {stage.objective}"),
        item("target", f"목표 상태: {stage.target_state}"),
        item("allowed", "허용 맥락: " + ", ".join(stage.allowed_context)),
        item("forbidden", "금지 맥락: " + ", ".join(stage.forbidden_context)),
        item("focus", "메시지 초점: " + ", ".join(stage.message_focus)),
        item("cta", f"CTA 스타일: {stage.cta_style}"),
    ]


def style_templates_for(resolved: ResolvedBrief) -> tuple[StyleTemplate, ...]:
    """The style family's templates for this stage; event templates only when there is an event."""
    templates = resolved.style.for_stage(resolved.stage.index)
    if resolved.event is None:
        templates = tuple(t for t in templates if not t.needs_event)
    return templates


def assemble_evidence(
    resolved: ResolvedBrief,
    *,
    reviews: Sequence[EvidenceItem] = (),
    exemplars: Sequence[EvidenceItem] | None = None,
    past_messages: Sequence[EvidenceItem] = (),
    retrieval_mode: RetrievalMode = "none",
    status: str = "",
) -> Evidence:
    """Evidence for one brief under its context mode.

    no_rag keeps product facts, stage rules, templates and the event only; rag adds reviews;
    rag_brand adds the brand's tone profile and exemplars too.
    """
    mode = resolved.brief.context_mode
    with_reviews = mode in (ContextMode.rag, ContextMode.rag_brand)
    with_brand = mode == ContextMode.rag_brand
    if exemplars is None:
        exemplars = brand_exemplar_items(resolved.brand, limit=3)
    return Evidence(
        product_facts=tuple(product_fact_items(resolved.product))
        + ((next_step_item(resolved.next_product),) if resolved.next_product else ()),
        reviews=tuple(reviews) if with_reviews else (),
        brand_tone=tuple(brand_profile_items(resolved.brand) + list(exemplars)) if with_brand else (),
        past_messages=tuple(past_messages) if with_brand else (),
        stage_rules=tuple(stage_rule_items(resolved.stage)),
        style_templates=style_templates_for(resolved),
        event=resolved.event,
        retrieval_mode=retrieval_mode if with_reviews else "none",
        status=status if with_reviews else "context mode no_rag: retrieval not used",
    )
