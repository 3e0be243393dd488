"""A line guide names the routine's next product (Catalog.next_in_routine): a function word inside that product's
registered name ("브라이트닝 기미 에센스") names it and claims nothing for the product advertised. Own read of round
27: every 바이오 컨디셔닝 에센스 line guide, on every channel, was blocked as a whitening claim and could not be
approved."""

from __future__ import annotations

import dataclasses

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.guard import Guard
from crm_core.pipeline import Pipeline
from tests.guard.helpers import context

NAMED = (("브라이트닝 기미 에센스", ("미백",)),)


def test_a_function_word_inside_a_named_registered_product_is_its_name(guard: Guard) -> None:
    plain = context(functional_claims=[])
    named = dataclasses.replace(plain, named_products=NAMED)
    text = "이어 쓸 다음 단계로 브라이트닝 기미 에센스를 살펴보세요."
    assert guard.check(text, plain).verdict == "block"
    assert guard.check(text, named).verdict == "pass"


def test_the_same_word_said_of_the_product_advertised_still_blocks(guard: Guard) -> None:
    named = dataclasses.replace(context(functional_claims=[]), named_products=NAMED)
    assert (
        guard.check("이 에센스로 기미 고민을 덜어 보세요. 다음은 브라이트닝 기미 에센스예요.", named).verdict == "block"
    )
    unregistered = dataclasses.replace(named, named_products=(("브라이트닝 기미 에센스", ()),))
    assert guard.check("다음 단계로 브라이트닝 기미 에센스를 살펴보세요.", unregistered).verdict == "block"


def test_every_line_guide_naming_a_whitening_product_can_be_approved(
    catalog: Catalog, facts_pipeline: Pipeline
) -> None:
    product = next(p for p in catalog.products if p.name == "바이오 컨디셔닝 에센스 84ml")
    following = catalog.next_in_routine(product)
    assert following is not None and "기미" in following.name and "미백" in following.functional_claims
    assert "미백" not in product.functional_claims
    for channel in ("push", "kakao_friendtalk", "lms", "email", "sms"):
        for persona in range(5):
            brief = Brief(persona=persona, brand=product.brand, product=product.name, stage_index=3,
                          style_index=persona, channel=channel, is_event=True, event_id="ev-rev-n1",
                          seed=persona)  # fmt: skip
            result = facts_pipeline.run_one(brief)[0]
            assert not result.needs_edit, (channel, result.message.title, result.message.body)
