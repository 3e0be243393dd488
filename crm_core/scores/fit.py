"""Stage fit, channel length fit and novelty against sibling variants."""

from __future__ import annotations

from collections.abc import Sequence

from crm_core.channels import fill_variables, measure
from crm_core.domain import ChannelSpec, Finding, Message, Score, StageGoal
from crm_core.scores.text import clip, cosine, ngrams
from crm_core.scores.tone import copy_text


def stage_fit(stage: StageGoal, message: Message, findings: Sequence[Finding] = ()) -> Score:
    """0.4 for a CTA, 0.3 for how close it is to the stage's CTA examples, 0.3 for no forbidden context."""
    cta = message.cta.strip()
    references = [*stage.cta_examples, *(s.strip() for s in stage.cta_style.split("/"))]
    closeness = max((cosine(ngrams(cta), ngrams(r)) for r in references if r), default=0.0) if cta else 0.0
    forbidden = [f for f in findings if f.category == "stage_forbidden"]
    value = 0.4 * bool(cta) + 0.3 * closeness + 0.3 * (not forbidden)
    head = f"CTA '{cta}' · {stage.name_kr} 단계 예시와 유사 {closeness:.2f}" if cta else "CTA 없음"
    if forbidden:
        first = forbidden[0]
        note = f"금지 맥락 {len(forbidden)}건: " + (f"'{first.span.text}'" if first.span else first.message[:40])
    else:
        note = "금지 맥락 없음"
    return Score(name="stage_fit", value=clip(value), explanation=f"{head} · {note}")


def length_fit(spec: ChannelSpec, message: Message) -> Score:
    """1.0 within the limit; 0 past a legal limit; past a display guideline it falls off linearly.
    A title or button past its own limit costs 0.25 each."""
    used = measure(message.channel_text, spec).length
    unit = "바이트" if spec.unit == "bytes" else "자"
    ratio = used / spec.body_limit
    if ratio <= 1:
        value = 1.0
    else:
        value = 0.0 if spec.limit_is_legal else max(0.0, 2.0 - ratio)
    notes = [f"{spec.name_kr} {used:,}/{spec.body_limit:,}{unit}"]
    if spec.title_limit and len(fill_variables(message.title, spec)) > spec.title_limit:
        value -= 0.25
        notes.append(f"제목 {len(fill_variables(message.title, spec))}/{spec.title_limit}자")
    if spec.button_limit and len(fill_variables(message.cta, spec)) > spec.button_limit:
        value -= 0.25
        notes.append(f"버튼 {len(fill_variables(message.cta, spec))}/{spec.button_limit}자")
    if spec.variables:
        notes.append("변수는 가장 긴 예시값으로 계산")
    return Score(name="length_fit", value=clip(value), explanation=" · ".join(notes))


def novelty_across(messages: Sequence[Message]) -> list[Score]:
    """Each message's novelty against every other one shown with it (a Compare grid's columns)."""
    return [novelty(m, [*messages[:k], *messages[k + 1 :]]) for k, m in enumerate(messages)]


def novelty(message: Message, siblings: Sequence[Message]) -> Score:
    """1 minus the character n-gram cosine to the most similar sibling (its brief's other variants and
    the batch's other copy of the same product); 0 with a flag when a sibling has the same words."""
    if not siblings:
        return Score(name="novelty", value=1.0, explanation="비교할 다른 변형이 없습니다")
    text = copy_text(message)
    if any(copy_text(s) == text for s in siblings):
        return Score(name="novelty", value=0.0, explanation=f"같은 문구의 변형이 있습니다 (비교 {len(siblings)}개)")
    grams = ngrams(text)
    closest = max(cosine(grams, ngrams(copy_text(s))) for s in siblings)
    return Score(
        name="novelty",
        value=clip(1.0 - closest),
        explanation=f"가장 비슷한 변형과의 문자 n-그램 유사도 {closest:.2f} (변형 {len(siblings) + 1}개 중)",
    )
