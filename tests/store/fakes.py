"""A tiny in-memory catalog, a keyword guard and a simple scorer, so store tests run the real pipeline.

Style 0 always passes; style 1's only templates say '완치', which the guard blocks
(rule ad_law.medical_claim), so its variants come out blocked and flagged needs_edit.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from crm_core.catalog import Catalog, ResolvedBrief
from crm_core.config import Settings, load_settings
from crm_core.domain import (
    Brand,
    Brief,
    Channel,
    ChannelSpec,
    Evidence,
    Finding,
    Message,
    Persona,
    Product,
    Score,
    StageGoal,
    StyleFamily,
    StyleTemplate,
)
from crm_core.evidence import assemble_evidence
from crm_core.generation.template import TemplateGenerator
from crm_core.pipeline import Pipeline
from crm_core.store import Store
from crm_core.workbench import Workbench

STAGE_NAMES = ("Acquisition", "Activation", "Retention", "Revenue", "Referral")
BLOCK_WORD = "완치"
WARN_WORD = "강력 추천"


def stage(index: int) -> StageGoal:
    return StageGoal(
        index=index,
        name=STAGE_NAMES[index],  # type: ignore[arg-type]
        name_kr=f"단계{index}",
        objective="제품을 알린다",
        target_state="관심",
        allowed_context=("제품 소개",),
        forbidden_context=("가격 압박",),
        message_focus=("사용감",),
        cta_style="부드러운 권유",
    )


def templates(style: int) -> tuple[StyleTemplate, ...]:
    if style == 1:
        return tuple(
            StyleTemplate(
                id=f"s1-{i}",
                stage=i,
                title="{product} 소식",
                body=f"{{product}}로 피부 고민 {BLOCK_WORD}",
                cta="지금 보기",
            )
            for i in range(5)
        )
    out = []
    for i in range(5):
        out.append(
            StyleTemplate(
                id=f"s0-{i}a",
                stage=i,
                title="{brand} {product}",
                body="{ingredient} 담은 {product}, 오늘 만나 보세요.",
                cta="자세히 보기",
            )
        )
        out.append(
            StyleTemplate(
                id=f"s0-{i}b",
                stage=i,
                title="{product} 이야기",
                body="{brand}의 {product}로 촉촉한 하루를 시작해요.",
                cta="둘러보기",
            )
        )
    return tuple(out)


def channel_specs() -> tuple[ChannelSpec, ...]:
    def spec(channel: Channel, unit: str, limit: int) -> ChannelSpec:
        return ChannelSpec(
            channel=channel,
            name_kr=channel.value,
            unit=unit,
            body_limit=limit,  # type: ignore[arg-type]
            limit_is_legal=unit == "bytes",
            variables={"#{고객명}": "김아모레퍼시픽"},
        )

    return (
        spec(Channel.push, "chars", 200),
        spec(Channel.sms, "bytes", 90),
        spec(Channel.lms, "bytes", 2000),
        spec(Channel.kakao_friendtalk, "chars", 1000),
        spec(Channel.kakao_alimtalk, "chars", 1000),
        spec(Channel.email, "chars", 5000),
    )


def tiny_catalog() -> Catalog:
    brands = (
        Brand(
            name="설화수",
            name_en="Sulwhasoo",
            story="한방의 지혜로 피부 본연의 힘을 깨우는 브랜드입니다.",
            tone_keywords=("고요한", "품격"),
        ),
        Brand(
            name="라네즈",
            name_en="Laneige",
            story="물의 과학으로 맑고 촉촉한 피부를 만드는 브랜드입니다.",
            tone_keywords=("맑은", "경쾌한"),
        ),
    )
    products = (
        Product(
            id="SWS-001",
            brand="설화수",
            name="자음생크림 60ml",
            category="크림",
            price=250000,
            volume="60ml",
            key_ingredients=("인삼",),
            claims=("인삼 성분을 담은 크림",),
        ),
        Product(
            id="LNG-001",
            brand="라네즈",
            name="워터 슬리핑 마스크 70ml",
            category="마스크",
            price=32000,
            volume="70ml",
            key_ingredients=("히알루론산",),
            claims=("자는 동안 수분을 채우는 마스크",),
        ),
    )
    personas = (
        Persona(
            index=0,
            name="Luxury_Lover",
            label_kr="럭셔리",
            age_min=35,
            age_max=55,
            skin_concerns=("주름",),
            shopping_style="백화점",
            value_focus="품질",
        ),
        Persona(
            index=1,
            name="Sensitive_Skin",
            label_kr="민감",
            age_min=20,
            age_max=40,
            skin_concerns=("민감",),
            shopping_style="온라인",
            value_focus="순함",
        ),
    )
    styles = (
        StyleFamily(
            index=0, name="Information_Universal", name_kr="정보", description="정보 전달", templates=templates(0)
        ),
        StyleFamily(index=1, name="Blocked_Style", name_kr="차단", description="항상 차단", templates=templates(1)),
    )
    return Catalog(
        brands=brands,
        products=products,
        reviews=(),
        personas=personas,
        stages=tuple(stage(i) for i in range(5)),
        styles=styles,
        events=(),
        channels=channel_specs(),
    )


class FactsEvidence:
    """Facts, stage rules and templates only; an optional delay makes batches slow enough to interrupt."""

    def __init__(self, delay_s: float = 0.0):
        self.delay_s = delay_s

    def evidence(self, resolved: ResolvedBrief) -> Evidence:
        if self.delay_s:
            time.sleep(self.delay_s)
        return assemble_evidence(resolved)


class KeywordGuard:
    """Blocks a medical claim word and an over-long message; warns on a pushy phrase."""

    def check_request(
        self, resolved: ResolvedBrief, evidence: Evidence, title: str, body: str, cta: str, channel_text: str
    ) -> list[Finding]:
        findings = []
        if BLOCK_WORD in channel_text:
            findings.append(
                Finding(
                    rule_id="ad_law.medical_claim",
                    category="ad_law",
                    severity="block",
                    message="의약품 오인 표현",
                    field="body",
                )
            )
        if WARN_WORD in channel_text:
            findings.append(Finding(rule_id="tone.pushy", category="quality", severity="warn", message="권유가 강함"))
        if len(channel_text) > resolved.channel.body_limit:
            findings.append(Finding(rule_id="channel.length", category="channel", severity="block", message="너무 김"))
        return findings


class SimpleScorer:
    """length_fit from the body length, novelty 0 when a sibling has the same body."""

    def score(
        self,
        resolved: ResolvedBrief,
        evidence: Evidence,
        message: Message,
        findings: Sequence[Finding],
        siblings: Sequence[Message],
    ) -> tuple[Score, ...]:
        length = min(1.0, len(message.body) / 40)
        novel = 0.0 if any(s.body == message.body for s in siblings) else 1.0
        return (
            Score(name="length_fit", value=round(length, 4), explanation=f"{len(message.body)}자"),
            Score(name="novelty", value=novel, explanation="형제 변형과 비교"),
        )


def make_pipeline(settings: Settings | None = None, delay_s: float = 0.0) -> Pipeline:
    settings = settings or load_settings()
    return Pipeline(
        catalog=tiny_catalog(),
        evidence_source=FactsEvidence(delay_s),
        generator=TemplateGenerator(),
        guard=KeywordGuard(),
        scorer=SimpleScorer(),
        settings=settings,
    )


def make_workbench(db: Path | str, user: str = "tester", delay_s: float = 0.0) -> Workbench:
    url = db if isinstance(db, str) and "://" in db else f"sqlite:///{db}"
    return Workbench(make_pipeline(delay_s=delay_s), Store.open(url), user=user)


def brief(**overrides: object) -> Brief:
    values: dict[str, object] = {
        "persona": 0,
        "brand": "설화수",
        "product": "자음생크림",
        "stage_index": 2,
        "style_index": 0,
    }
    values.update(overrides)
    return Brief.model_validate(values)
