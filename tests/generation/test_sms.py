"""SMS as a micro-campaign: within 90 bytes with the ad frame, the product by its short name, one
reason and a call to action at the brief's speech level; variants and readers get different copy."""

from __future__ import annotations

import pytest

from crm_core.catalog import Catalog
from crm_core.channels import euckr_measure
from crm_core.config import Settings
from crm_core.domain import Brief, Honorific
from crm_core.evidence import assemble_evidence
from crm_core.factory import build_guard
from crm_core.generation.composer.sms import reasons, sms_name
from crm_core.generation.composer.speech import speech_levels
from crm_core.generation.template import TemplateGenerator
from crm_core.pipeline import Pipeline
from crm_core.scores import Scorer

# (brand, catalog name, the short name an SMS reader should see)
PRODUCTS = [
    ("한율", "어린쑥 속수분 쑥히알 크림", "쑥히알 크림"),
    ("설화수", "자음생크림", "자음생크림"),
    ("설화수", "자음유액 EX 125ml", "자음유액"),
    ("이니스프리", "그린티 씨드 히알루론산 크림", "히알루론산 크림"),
    ("라네즈", "워터 슬리핑 마스크", "슬리핑 마스크"),
    ("헤라", "하이드로-듀 플럼핑 크림", "플럼핑 크림"),
]
ENDINGS = {Honorific.haeyo: "요.", Honorific.hapsho: "시오."}


class CatalogEvidence:
    def evidence(self, resolved):  # type: ignore[no-untyped-def]
        return assemble_evidence(resolved)


@pytest.fixture()
def pipeline(catalog: Catalog, settings: Settings) -> Pipeline:
    return Pipeline(catalog, CatalogEvidence(), TemplateGenerator(), build_guard(catalog, settings), Scorer(), settings)


def test_the_short_name_keeps_the_head_noun_and_one_distinguishing_word():
    assert sms_name("어린쑥 속수분 쑥히알 크림") == "쑥히알 크림"
    assert sms_name("자음생크림") == "자음생크림"
    assert sms_name("윤조에센스 6세대") == "윤조에센스"
    assert sms_name("워터뱅크 블루 히알루로닉 에센스 토너 중·건성용") == "에센스 토너"
    assert sms_name("에이지 어웨이 에스테틱 BX 크림") == "에스테틱 BX 크림"


def test_reasons_are_free_standing_tails_of_selling_points_never_a_category_word():
    points = (
        "체온에 부드럽게 녹는 밀도 있는 크림",
        "끈적임 없이 남는 은은한 윤기",
        "앞 단계에 적응한 피부를 위한 다음 농도",
    )
    assert reasons(points, "자음생크림", "크림") == ["은은한 윤기", "다음 농도"]


@pytest.mark.parametrize(("brand", "product", "short"), PRODUCTS)
@pytest.mark.parametrize("honorific", list(Honorific))
def test_every_sms_is_a_sendable_sentence_naming_the_product(
    pipeline: Pipeline, brand: str, product: str, short: str, honorific: Honorific
):
    for stage in range(5):
        for persona in (0, 1, 3):
            brief = Brief(
                brand=brand,
                product=product,
                persona=persona,
                stage_index=stage,
                style_index=stage,
                channel="sms",
                honorific=honorific,
                is_event=stage % 2 == 1,
            )
            result = pipeline.run_one(brief)[0]
            message = result.message
            assert euckr_measure(message.channel_text).length <= 90, message.channel_text
            assert message.channel_text.startswith(f"(광고)[{brand}] ")
            assert short in message.body, message.body
            assert message.body.endswith(ENDINGS[honorific]), message.body
            assert not message.body.endswith(("크림.", "크림")), message.body
            assert message.body != message.title
            assert speech_levels(message.body) <= {honorific}, message.body
            copy_findings = [f for f in result.findings if not f.rule_id.startswith("stage.")]  # not the brief's pick
            assert result.verdict != "block" and not copy_findings, result.findings


def test_a_brief_worth_a_reason_carries_one(pipeline: Pipeline):
    body = pipeline.run_one(
        Brief(brand="설화수", product="자음생크림", persona=0, stage_index=0, style_index=0, channel="sms")
    )
    assert body[0].message.body.startswith("자음생크림의 은은한 윤기, ")


def test_variants_and_readers_get_different_sms(pipeline: Pipeline):
    base = dict(brand="한율", product="어린쑥 속수분 쑥히알 크림", stage_index=3, style_index=1, channel="sms")
    variants = [r.message.body for r in pipeline.run_one(Brief(persona=1, n=3, **base))]
    assert len(set(variants)) == 3, variants
    readers = {pipeline.run_one(Brief(persona=p, **base))[0].message.body for p in range(5)}
    assert len(readers) >= 3, readers


def test_a_promotion_sms_names_the_event_and_the_product(pipeline: Pipeline):
    brief = Brief(
        brand="한율",
        product="어린쑥 속수분 쑥히알 크림",
        persona=2,
        stage_index=0,
        style_index=1,
        channel="sms",
        is_event=True,
        event_id="ev-acq-p1",
    )
    result = pipeline.run_one(brief)[0]
    assert result.message.body == "쑥히알 크림, 첫 주문 웰컴 쿠폰 확인해 보세요."
    assert result.verdict == "pass", result.findings
