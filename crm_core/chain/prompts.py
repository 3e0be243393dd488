"""The chain's prompts as versioned pure functions: request (+ draft, + findings) → chat messages.

PROMPT_VERSION is stored with every result; change it whenever a prompt's wording changes so cached
and approved results stay attributable. Prompts are kept compact: prompt length drives latency.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from crm_core.backends.base import Chat
from crm_core.channels import channel_text, customer_variable, measure
from crm_core.domain import TONE_INSTRUCTIONS, EmojiPolicy, Honorific
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose

PROMPT_VERSION = "chain-v2"
OPT_OUT_SAMPLE = "080-000-0000"  # only to size the ad footer the channel text will carry

COMMON_RULES = (
    "- 근거 자료에 있는 사실만 씁니다. 자료에 없는 가격·할인율·숫자·기간·이벤트·효능을 만들지 않습니다.",
    "- 고객 유형 이름이나 분류명을 문구에 쓰지 않습니다.",
    "- 한국어로만 쓰고 한자를 쓰지 않습니다(제품명·성분명 표기는 그대로).",
)
HONORIFIC_RULES = {
    Honorific.haeyo: "- 말투: 해요체(~해요, ~보세요).",
    Honorific.hapsho: "- 말투: 합쇼체(~합니다, ~보십시오).",
}
EMOJI_RULES = {
    EmojiPolicy.none: "- 이모지를 쓰지 않습니다.",
    EmojiPolicy.few: "- 이모지는 1개까지만 씁니다.",
    EmojiPolicy.playful: "- 이모지 2~3개로 경쾌하게 씁니다.",
}


def bullets(texts: Sequence[str]) -> str:
    return "\n".join(f"- {t}" for t in texts)


def copy_budget(request: GenerationRequest) -> int:
    """Room left for title+body+cta once the channel's ad label, sender and opt-out are counted."""
    resolved = request.resolved
    spec = resolved.channel
    sender = resolved.brief.sender or resolved.brand.name
    frame = channel_text(
        "",
        "",
        "",
        spec,
        is_ad=resolved.is_ad,
        sender=sender,
        opt_out_number=OPT_OUT_SAMPLE,
        link=resolved.brief.link_url,
    )
    return max(spec.body_limit - measure(frame, spec).length, 0)


def channel_rule(request: GenerationRequest) -> str:
    """The channel and its limits in the unit the carrier counts."""
    spec = request.resolved.channel
    budget = copy_budget(request)
    if spec.unit == "bytes":
        parts = [f"{spec.name_kr}: 전체 {budget}바이트 이내(한글 1자 2바이트, 약 {budget // 2}자)"]
    else:
        parts = [f"{spec.name_kr}: 전체 {budget}자 이내"]
    if spec.title_limit:
        parts.append(f"제목 {spec.title_limit}자 이내")
    if spec.button_limit:
        parts.append(f"버튼 {spec.button_limit}자 이내")
    variable = customer_variable(spec)
    if variable:
        parts.append(f"고객 이름은 {variable} 변수로만")
    return " · ".join(parts)


def key_message_lines(request: GenerationRequest) -> list[str]:
    """The brief's 강조할 점 for both prompts (none when the brief has none); the guard checks it in the copy."""
    key = request.resolved.brief.key_message
    return [f"[강조할 점] {key} (이 점을 문구에 꼭 담되, 위 사실에 없는 효능·숫자는 쓰지 마세요)"] if key else []


def audience(request: GenerationRequest) -> str:
    """Who the copy is for, by traits only: the persona's label never enters a prompt."""
    p = request.resolved.persona
    return f"{p.age_min}~{p.age_max}세 · 관심: {', '.join(p.skin_concerns[:3])} · 중시: {p.value_focus}"


def draft_messages(request: GenerationRequest) -> Chat:
    """Drafter (Qwen): brief, product facts and review highlights → a short fact-only Korean draft."""
    resolved, evidence = request.resolved, request.evidence
    system = "\n".join(
        [
            "당신은 화장품 CRM 메시지의 사실 초안을 쓰는 카피라이터입니다.",
            "규칙:",
            *COMMON_RULES,
            f"- 분량: {channel_rule(request)}.",
        ]
    )
    lines = [
        f"[브랜드] {resolved.brand.name}",
        "[제품 사실]",
        bullets([item.text for item in evidence.product_facts]),
    ]
    if evidence.reviews:
        lines += ["[고객 후기 요점]", bullets([item.text for item in evidence.reviews])]
    lines += [
        f"[대상 고객] {audience(request)}",
        f"[메시지 목적] {resolved.stage.name_kr}: {resolved.stage.objective}",
        *key_message_lines(request),
        "위 사실만 근거로 대상 고객에게 맞는 제품 소개 초안을 3문장 이내로 쓰세요. 제목·목록·JSON 없이 문장만 씁니다.",
    ]
    return [{"role": "system", "content": system}, {"role": "user", "content": "\n".join(lines)}]


def style_examples(request: GenerationRequest, limit: int = 2) -> list[str]:
    """The offline composer's copy for this variant and the next, as style examples."""
    examples = []
    for k in range(limit):
        form = compose(replace(request, variant=request.variant + k))[0]
        examples.append(f"제목: {form.title} / 본문: {form.body} / 버튼: {form.cta}")
    return examples


def brand_voice(request: GenerationRequest) -> tuple[list[str], list[str]]:
    """Tone keywords and do/don't phrases, and exemplar sentences; the long brand story is left out."""
    profile, exemplars = [], []
    for item in request.evidence.brand_tone:
        part = item.source_id.rsplit("#", 1)[-1]
        if part.startswith("ex"):
            exemplars.append(item.text)
        elif part != "story":
            profile.append(item.text)
    return profile, exemplars


def event_line(request: GenerationRequest) -> str:
    event = request.evidence.event
    if event is None:
        return "[이벤트] 없음: 할인·혜택·이벤트·기간을 언급하지 않습니다."
    return f"[이벤트] {event.name}: {event.detail} (이 내용 그대로만 씁니다)"


def refine_messages(
    request: GenerationRequest,
    draft: str,
    problems: Sequence[str] = (),
    previous: str | None = None,
) -> Chat:
    """Refiner (EXAONE): draft + brand voice + stage rules + style + event + tone → JSON title/body/cta.

    A retry repeats the prompt, shows the previous answer (when it was readable JSON) and lists the
    problems found in it.
    """
    resolved, evidence, brief = request.resolved, request.evidence, request.resolved.brief
    stage = resolved.stage
    emoji = EmojiPolicy.none if resolved.channel.unit == "bytes" else brief.emoji  # SMS/LMS cannot carry emoji
    system = "\n".join(
        [
            f"당신은 {resolved.brand.name}의 CRM 메시지 에디터입니다. 초안을 브랜드 톤과 CRM 구조에 맞게 다듬어",
            'JSON 하나로만 답합니다: {"title": "제목", "body": "본문", "cta": "버튼 문구"}',
            "규칙:",
            *COMMON_RULES,
            f"- 단계 금지 맥락은 쓰지 않습니다: {', '.join(stage.forbidden_context)}.",
            HONORIFIC_RULES[brief.honorific],
            EMOJI_RULES[emoji],
            f"- 분량: {channel_rule(request)}. 본문은 2~4문장으로 간결하게.",
        ]
    )
    lines = [
        f"[초안] {draft.strip() or '(없음: 제품 사실로 씁니다)'}",
        "[제품 사실] " + " / ".join(item.text for item in evidence.product_facts[:2]),
    ]
    profile, exemplars = brand_voice(request)
    if profile:
        lines.append("[브랜드 톤] " + " / ".join(profile))
    if exemplars:
        lines += ["[브랜드 예문]", bullets(exemplars[:2])]
    lines += [
        f"[단계] {stage.name_kr}: {stage.objective} · 허용: {', '.join(stage.allowed_context)}"
        f" · CTA: {stage.cta_style}",
        f"[스타일] {resolved.style.name_kr}: {resolved.style.description}",
    ]
    examples = style_examples(request)
    if examples:
        lines += ["[스타일 예시]", bullets(examples)]
    lines.append(event_line(request))
    lines += key_message_lines(request)
    if brief.tone is not None:
        lines.append(f"[톤] {brief.tone.value}: {TONE_INSTRUCTIONS[brief.tone]} (브랜드 톤이 우선)")
    lines.append("JSON 하나로만 답하세요.")
    chat: Chat = [{"role": "system", "content": system}, {"role": "user", "content": "\n".join(lines)}]
    if problems:
        if previous:
            chat.append({"role": "assistant", "content": previous})
        fix = ["[이전 답의 문제]", bullets(problems), "문제를 모두 고쳐 JSON 하나로만 다시 답하세요."]
        chat.append({"role": "user", "content": "\n".join(fix)})
    return chat
