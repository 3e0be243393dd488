"""Chain fixtures: an in-memory brief with evidence, channel-length checks, and a ScriptedBackend."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from crm_core.backends.base import Chat, Generation, GenerationOptions
from crm_core.catalog import ResolvedBrief
from crm_core.channels import channel_text, measure
from crm_core.domain import (
    Brand,
    Brief,
    CampaignEvent,
    Channel,
    ChannelSpec,
    EvidenceItem,
    Finding,
    Persona,
    Product,
    StageGoal,
    StyleFamily,
    StyleTemplate,
)
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import CheckFn, CheckOutcome, GenerationRequest
from tests.fake_openai import fake_openai  # noqa: F401  (fixture)
from tests.tiny_models import tiny_dirs  # noqa: F401  (session fixture)

BRAND = Brand(
    name="설화수",
    name_en="Sulwhasoo",
    story="인삼과 한방 원료를 오래 연구해 온 브랜드로, 피부가 스스로 균형을 찾도록 돕는 고요한 관리를 제안합니다.",
    tone_keywords=("고요한", "품격 있는", "절제된"),
    do_phrases=("피부의 균형",),
    dont_phrases=("대박",),
    exemplars=("하루의 끝, 피부에 고요한 쉼을 건네 보세요.", "오래 곁에 두고 싶은 관리의 시간."),
)
PRODUCT = Product(
    id="SWS-001",
    brand="설화수",
    name="자음생크림 60ml",
    category="크림",
    price=250000,
    volume="60ml",
    key_ingredients=("인삼 추출물",),
    claims=("인삼에서 얻은 성분을 담은 크림입니다.", "쫀쫀한 제형이 피부를 촉촉하게 감쌉니다."),
    selling_points=("쫀쫀하게 감싸는 크림",),
    functional_claims=("주름개선",),
    skin_types=("건성",),
)
PERSONA = Persona(
    index=0,
    name="Luxury_Lover",
    label_kr="럭셔리 애호가",
    age_min=35,
    age_max=50,
    skin_concerns=("주름", "탄력", "건조함"),
    shopping_style="프리미엄 루틴을 오래 유지한다",
    value_focus="근거가 분명한 성분",
)
STAGE = StageGoal(
    index=1,
    name="Activation",
    name_kr="활성화",
    objective="첫 사용 경험을 만든다",
    target_state="첫 제품 사용",
    allowed_context=("첫 사용 팁", "사용 순서 안내"),
    forbidden_context=("과도한 할인 강조",),
    message_focus=("첫 경험",),
    cta_style="사용법 보기",
)
STYLE = StyleFamily(
    index=2,
    name="FOMO_Psychology",
    name_kr="놓치기 아쉬운",
    description="실제 후기의 요점으로 관심을 끄는 스타일",
    templates=(
        StyleTemplate(
            id="FO-1-01",
            stage=1,
            title="{product}, 처음 쓰는 법",
            body="{brand}의 {product}, {benefit}. 첫 사용 순서를 확인해 보세요.",
            cta="사용법 보기",
        ),
        StyleTemplate(
            id="FO-1-02",
            stage=1,
            title="{event_name} 소식",
            body="{product}와 함께하는 {event_name}: {event_detail}",
            cta="자세히 보기",
            needs_event=True,
        ),
    ),
)
EVENT = CampaignEvent(
    id="ev-act-p1", stage=1, name="첫 사용 샘플 증정", detail="첫 구매 고객에게 미니 샘플 2종 동봉", is_promotion=True
)
PUSH = ChannelSpec(
    channel=Channel.push,
    name_kr="앱 푸시",
    unit="chars",
    body_limit=160,
    title_limit=40,
    limit_is_legal=False,
    variables={"{{name}}": "김아모레퍼시픽"},
)
SMS = ChannelSpec(
    channel=Channel.sms, name_kr="문자(SMS)", unit="bytes", body_limit=90, limit_is_legal=True, variables={}
)


def make_request(variant: int = 0, event: bool = True, channel: ChannelSpec = PUSH, **brief: Any) -> GenerationRequest:
    """One resolved brief (persona 0, 설화수 자음생크림, stage 1, style 2) with review evidence."""
    fields: dict[str, Any] = dict(
        persona=0, brand="설화수", product="자음생크림", stage_index=1, style_index=2, is_event=event
    )
    fields.update(brief)
    resolved = ResolvedBrief(
        brief=Brief(**fields, channel=channel.channel),
        persona=PERSONA,
        brand=BRAND,
        product=PRODUCT,
        stage=STAGE,
        style=STYLE,
        event=EVENT if event else None,
        channel=channel,
        is_ad=event,
    )
    reviews = [
        EvidenceItem(source_id="r1", collection="reviews", text="흡수가 빠르고 촉촉함이 오래가요.", score=0.9),
    ]
    return GenerationRequest(resolved, assemble_evidence(resolved, reviews=reviews), variant)


def finding(rule_id: str, message: str, suggestion: str | None = None) -> Finding:
    return Finding(rule_id=rule_id, category="test", severity="block", message=message, suggestion=suggestion)


def length_check(request: GenerationRequest, title: str, body: str, cta: str) -> CheckOutcome:
    """Renders the channel text and blocks when it (or the title) is over the channel's limit."""
    spec = request.resolved.channel
    text = channel_text(title, body, cta, spec, is_ad=request.resolved.is_ad, sender="설화수", opt_out_number="080")
    found = []
    size = measure(text, spec)
    if size.length > spec.body_limit:
        found.append(finding("channel.length", f"{size.length}/{spec.body_limit} {size.unit}", "줄이세요"))
    if spec.title_limit and len(title) > spec.title_limit:
        found.append(finding("channel.title_length", f"title {len(title)}/{spec.title_limit}"))
    return CheckOutcome(text, tuple(found))


def scripted_check(verdicts: list[bool]) -> CheckFn:
    """A check that blocks (False) or passes (True) candidates in the given order, then passes."""
    queue = list(verdicts)

    def check(request: GenerationRequest, title: str, body: str, cta: str) -> CheckOutcome:
        base = length_check(request, title, body, cta)
        ok = queue.pop(0) if queue else True
        blocked = () if ok else (finding("test.blocked", "scripted block", "다시 쓰세요"),)
        return CheckOutcome(base.channel_text, base.findings + blocked)

    return check


class ScriptedBackend:
    """A backend that answers from a queue (enqueue) and records every prompt (history)."""

    name = "scripted"

    def __init__(self, model_id: str = "scripted-model"):
        self.model_id = model_id
        self.queue: list[str | Callable[[Chat], str] | Exception] = []
        self.history: list[tuple[Chat, GenerationOptions]] = []
        self.calls: list[int] = []
        self.warm_ups = 0

    def enqueue(self, *answers: str | Callable[[Chat], str] | Exception) -> ScriptedBackend:
        self.queue.extend(answers)
        return self

    def generate(self, prompts: Sequence[Chat], options: GenerationOptions) -> list[Generation]:
        self.calls.append(len(prompts))
        out = []
        for prompt in prompts:
            self.history.append((prompt, options))
            answer = self.queue.pop(0) if self.queue else "{}"
            if isinstance(answer, Exception):
                raise answer
            text = answer(prompt) if callable(answer) else answer
            out.append(Generation(text=text, prompt_tokens=1, completion_tokens=1, seconds=0.0))
        return out

    def warm_up(self) -> float:
        self.warm_ups += 1
        return 0.0

    def describe(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model_id}

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.name, "model": self.model_id}


@pytest.fixture()
def request_factory() -> Callable[..., GenerationRequest]:
    return make_request
