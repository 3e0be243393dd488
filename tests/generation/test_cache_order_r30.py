"""Round 30: a message must not depend on what the composer wrote before it. _proofs's cache (plan._TOLD) keyed a
subject's proofs without saying whether the message was a long form: a push composed first left its proofs for a
KakaoTalk message or an SMS brief's LMS on the same subject, which then lost the natural reader's origin line
("마몽드는 아줄렌처럼 꽃과 식물에서 얻은 원료를 담아요") when a test that planned pushes ran before it."""

from __future__ import annotations

import pytest

from crm_core.catalog import Catalog
from crm_core.generation.composer import compose
from tests.generation.test_composer_speed import _clear_composer_caches, _request

SUBJECTS = (
    dict(brand="마몽드", product="카밍 샷 아줄렌 토너 300ml", persona=4, stage_index=0, style_index=1),
    dict(brand="설화수", product="자음생크림", persona=0, stage_index=3, style_index=4),
    dict(brand="이니스프리", product="그린티 씨드 히알루론산 크림", persona=1, stage_index=2, style_index=3),
)


@pytest.mark.parametrize("channel", ["kakao_friendtalk", "sms", "lms", "email"])
def test_a_long_message_is_the_same_after_a_push_on_its_subject(catalog: Catalog, channel: str):
    for subject in SUBJECTS:
        spec = subject | dict(honorific="해요체", seed=0)
        _clear_composer_caches()
        fresh = compose(_request(catalog, spec | dict(channel=channel)))
        _clear_composer_caches()
        compose(_request(catalog, spec | dict(channel="push")))
        assert compose(_request(catalog, spec | dict(channel=channel))) == fresh, (subject, channel)
