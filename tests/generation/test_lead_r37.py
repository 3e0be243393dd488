"""Round 37, the lead's fixes from reading 92's weakest messages: a season hook whose topic is the product (s2866),
and a lip-and-eye remover called a remover, never a cleanser (s2572)."""

from __future__ import annotations

import re
from datetime import datetime

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose

LONG_CHANNELS = ("kakao_friendtalk", "lms", "email")
WINTER = datetime(2026, 12, 10, 10, 0)
SEASON = 4
REMOVER = "젠틀 딥 립앤아이 리무버 140ml"


def _candidate(catalog: Catalog, **spec):  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(Brief(**spec))
    return compose(GenerationRequest(resolved, assemble_evidence(resolved), 0))[0]


def test_a_season_hook_says_the_product_before_the_season(catalog: Catalog):
    """s2866 ("겨울에도 비자 트러블 클렌징폼은 … 거품이 돋보입니다" — "첫 문장 주어가 꼬였고"): a fact the winter does
    not ask for is said of the product first ("…클렌징폼은 겨울에도 …이 돋보입니다"), never the season first."""
    product_first = 0
    for i, product in enumerate(catalog.products):
        for stage in (0, 3):
            for channel in LONG_CHANNELS:
                body = _candidate(catalog, brand=product.brand, product=product.name, persona=(i + stage) % 5,
                                  stage_index=stage, style_index=SEASON, channel=channel, is_event=False, seed=i,
                                  scheduled_at=WINTER).body  # fmt: skip
                assert not re.search(r"(?:^|\n|[.!?] |님, )겨울에도 [^.]+ (?:돋보|잘 맞)", body), body
                product_first += bool(re.search(r"[은는] 겨울에도 [^.]+ (?:돋보|잘 맞)", body))
    assert product_first >= 10


def test_a_lip_and_eye_remover_is_called_a_remover(catalog: Catalog):
    """s2572 ("리무버를 '클렌저'로 부르고"): the catalog files the remover under 클렌저, but its title and body call it
    what it is."""
    product = catalog.product("일리윤", REMOVER)
    said = []
    for persona in range(5):
        for stage in range(5):
            for channel in ("sms", "push", *LONG_CHANNELS):
                found = _candidate(catalog, brand=product.brand, product=product.name, persona=persona,
                                   stage_index=stage, style_index=(persona + stage) % 6, channel=channel,
                                   is_event=False, seed=persona * 5 + stage)  # fmt: skip
                said.append(f"{found.title} {found.body}")
    assert not [text for text in said if "클렌저" in text]
    assert sum("리무버" in text.replace(product.name.rsplit(" ", 1)[0], "") for text in said) >= 10
