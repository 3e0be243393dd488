"""Notice copy for an informational brief: a plain guide to the product the customer uses, never a pitch.

An informational message (정보통신망법 제50조) must carry no promotion, or the whole message becomes
an ad; AlimTalk takes nothing else. So a notice states only the product's own facts (what it is,
how to use and store it) with a neutral call to action: no persona angle, no review, no event or
offer, no emoji. Lines are 해요체 like the composer's banks; the catalog's 합쇼체 facts and every
sentence are set to the brief's speech level.
"""

from __future__ import annotations

from crm_core.channels import customer_variable
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer.facts import short_product_name
from crm_core.generation.composer.forms import CopyForm
from crm_core.generation.composer.lines import fill
from crm_core.generation.composer.speech import conjugate

# Why the customer gets this notice, per stage; two phrasings so variants of one brief differ.
NOTICE_OPENINGS: dict[int, tuple[str, ...]] = {
    0: ("{brand} {product} 제품 정보를 안내해 드려요.", "{product}의 제품 정보와 사용 방법을 안내해 드려요."),
    1: ("주문하신 {product}의 사용 방법을 안내해 드려요.", "받으신 {product}, 처음 쓰실 때 참고할 사용 방법이에요."),
    2: ("사용 중이신 {product}의 사용 방법을 다시 안내해 드려요.", "쓰고 계신 {product}의 사용 순서를 안내해 드려요."),
    3: ("주문하신 {product}의 사용 안내예요.", "주문하신 {product}의 사용 방법과 보관 방법을 안내해 드려요."),
    4: ("사용 중이신 {product}의 관리 방법을 안내해 드려요.", "쓰고 계신 {product}의 사용 방법을 안내해 드려요."),
}
NOTICE_TITLES: dict[int, str] = {
    0: "{product} 제품 안내",
    1: "{product} 사용 방법 안내",
    2: "{product} 사용 안내",
    3: "주문 제품 사용 안내",
    4: "{product} 관리 안내",
}
TINY = "{product} 사용 안내예요."  # the last resort for a 90-byte SMS
USAGE_LEAD = "사용 방법을 알려 드려요."
STORAGE = "사용 후에는 용기를 잘 닫아 직사광선을 피해 보관해 주세요."
CLOSE = "궁금한 점은 고객센터로 문의해 주세요."
ORDER_CLOSE = "주문 내역은 마이페이지에서 확인하실 수 있어요."
USAGE_CTA = "사용 방법 보기"
ORDER_CTA = "주문 내역 보기"
ORDER_STAGES = (1, 3)  # stages whose notice follows an order


def _greeting(request: GenerationRequest) -> str:
    """A notice addresses its customer by name wherever the channel has a name variable."""
    variable = customer_variable(request.resolved.channel)
    return f"{variable}님, " if variable else ""


def notice_forms(request: GenerationRequest) -> list[CopyForm]:
    """An informational brief's forms, richest first: opening, what it is, how to use and store it."""
    resolved, brief, k = request.resolved, request.resolved.brief, request.variant
    product = resolved.product
    stage = resolved.stage.index
    values = {"product": short_product_name(product.name), "brand": resolved.brand.name}
    openings = NOTICE_OPENINGS[stage]
    opening = fill(openings[k % len(openings)], values)
    title = fill(NOTICE_TITLES[stage], values)
    about = product.claims[k % len(product.claims)] if product.claims else None
    usage = f"{USAGE_LEAD} {product.usage}" if product.usage else None
    close = ORDER_CLOSE if stage in ORDER_STAGES else CLOSE
    cta = ORDER_CTA if stage == 3 else USAGE_CTA
    greeting = _greeting(request)
    drafts: list[tuple[str, list[list[str | None]]]] = [
        ("notice-long", [[opening, about], [usage, STORAGE], [close]]),
        ("notice", [[opening], [usage], [close]]),
        ("notice-short", [[opening, usage]]),
        ("notice-opening", [[opening]]),
        ("notice-min", [[fill(TINY, values)]]),
    ]
    forms = []
    for kind, paragraphs in drafts:
        lines = [" ".join(s for s in p if s) for p in paragraphs]
        body = greeting + "\n".join(conjugate(line, brief.honorific) for line in lines if line)
        forms.append(CopyForm(conjugate(title, brief.honorific), body, cta, ("notice", f"stage={stage}", kind)))
    return forms
