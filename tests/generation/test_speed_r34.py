"""Round 34 (speed, issue #10): build_plan looks a subject's grounds up by the identity of the evidence's reviews
(plan._GROUNDS) before _grounds's own cache, which hashes those pydantic models field by field. A product edited in
the catalog and sent again with the same evidence object must still get its own copy: the subject (the product
compared by value) is part of the key, so an edit never serves the grounds worked out for the product before it."""

from __future__ import annotations

import dataclasses

from crm_core.catalog import Catalog
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose, plan
from tests.generation.test_composer_speed import _clear_composer_caches, _request

SPEC = dict(
    brand="이니스프리",
    product="그린티 씨드 히알루론산 크림",
    persona=0,
    stage_index=0,
    style_index=1,
    channel="kakao_friendtalk",
    honorific="해요체",
    seed=3,
)
EDITED_NAME = "녹차 수분 장벽 크림"


def _edited(request: GenerationRequest) -> GenerationRequest:
    """The same brief and the same evidence object, the product renamed as a marketer's catalog edit would."""
    product = request.resolved.product.model_copy(update={"name": EDITED_NAME})
    return GenerationRequest(dataclasses.replace(request.resolved, product=product), request.evidence, request.variant)


def _cold(request: GenerationRequest) -> list:  # type: ignore[type-arg]
    """The request's forms as a fresh process writes them: no cache of any kind holds anything."""
    _clear_composer_caches()
    for cache in (plan._GROUNDS, plan._BUTTONS, plan._TOLD, plan._LONG):
        cache._entries.clear()
    plan._last_plan = None
    return compose(request)


def test_an_edited_product_with_the_same_evidence_gets_its_own_copy(catalog: Catalog) -> None:
    request = _request(catalog, SPEC)
    before = compose(request)  # the identity cache now holds the grounds for this evidence object
    edited = _edited(request)
    assert edited.evidence is request.evidence
    after = compose(edited)
    bodies = " ".join(form.body for form in after)
    assert EDITED_NAME in bodies
    assert SPEC["product"] not in bodies
    assert after != before
    assert after == _cold(edited)  # exactly what a cold composer writes for the edited product


def test_the_same_request_again_is_the_same_copy_as_a_cold_composer_writes(catalog: Catalog) -> None:
    for variant in range(3):
        request = _request(catalog, SPEC | dict(is_event=True), variant)
        warm = compose(request)
        assert compose(request) == warm  # the identity caches answer the second time
        assert warm == _cold(request)
