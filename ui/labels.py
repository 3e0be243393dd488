"""Korean display labels for crm_core values; the values themselves stay as crm_core defines them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pandas as pd

from crm_core.domain import (
    SMS_TO_LMS,
    SMS_TO_LMS_NOTE,
    ChannelSpec,
    ContextMode,
    EmojiPolicy,
    Honorific,
    Persona,
    SmsOverflow,
    StageGoal,
    StyleFamily,
)

VERDICT = {"pass": "통과", "warn": "주의", "block": "차단"}
VERDICT_ICON = {"pass": "✅", "warn": "⚠️", "block": "⛔"}
SEVERITY = {"block": "차단", "warn": "주의"}
STATUS = {"pending": "검토 대기", "approved": "승인됨", "rejected": "반려됨"}

EMOJI = {
    EmojiPolicy.none.value: "이모지 없음",
    EmojiPolicy.few.value: "이모지 조금",
    EmojiPolicy.playful.value: "이모지 많이",
}
HONORIFIC = {Honorific.haeyo.value: "해요체 (기본)", Honorific.hapsho.value: "합쇼체"}
CONTEXT_MODE = {
    ContextMode.none.value: "검색 없음 (no_rag)",
    ContextMode.rag.value: "리뷰 검색 (rag)",
    ContextMode.rag_brand.value: "리뷰 + 브랜드 톤 (rag_brand)",
}
BRAND_VOICE_ONLY = "브랜드 톤만"
CHANNEL = {
    "push": "앱 푸시", "kakao_alimtalk": "카카오 알림톡", "kakao_friendtalk": "카카오 친구톡", "sms": "문자(SMS)",
    "lms": "장문 문자(LMS)", "email": "이메일",
}  # fmt: skip
CHANNEL_FLAG = {SMS_TO_LMS: SMS_TO_LMS_NOTE}


def channel_shown(channel: str, sms_to_lms: bool) -> str:
    """'장문 문자(LMS)', or '장문 문자(LMS) · SMS에서 전환' for an SMS brief written as LMS."""
    return CHANNEL.get(channel, channel) + (" · SMS에서 전환" if sms_to_lms else "")


SMS_OVERFLOW = {
    SmsOverflow.lms.value: "LMS로 작성 (제품명·혜택을 다 담기, 발송 단가가 달라요)",
    SmsOverflow.shorten.value: "SMS로 줄여 작성 (혜택·이유를 덜어 냄)",
}
BACKEND = {"template": "템플릿", "transformers": "로컬 모델", "openai": "모델 서버", "auto": "자동"}
ROLE = {"drafter": "초안 모델", "refiner": "다듬기 모델"}

SCORE = {
    "groundedness": "근거성",
    "brand_tone": "브랜드 톤",
    "tone": "브랜드 톤",
    "stage_fit": "단계 적합",
    "length_fit": "길이 적합",
    "novelty": "새로움",
}
STAGE = {
    "load": "모델 로드",
    "rag": "근거 검색",
    "draft": "초안",
    "refine": "다듬기",
    "guard": "가드·점수",
    "total": "전체",
}
TIMING_STAGES = ("load", "rag", "draft", "refine", "guard")
# What the Compose page shows as each pipeline stage starts.
STAGE_PROGRESS = {
    "rag": "🔎 근거 검색 중 (제품 정보·리뷰·브랜드 톤)",
    "load": "📦 모델 불러오는 중",
    "draft": "✏️ 초안 작성 중 (사실만)",
    "refine": "🎨 브랜드 톤으로 다듬는 중 (JSON)",
    "template": "🧩 템플릿으로 조합 중 (모델 없이)",
    "score": "🛡️ 가드 검사·점수 계산 중",
}

EVIDENCE_COLLECTION = {
    "product_facts": "제품 정보",
    "reviews": "리뷰",
    "brand_tone": "브랜드 톤",
    "past_messages": "승인된 과거 메시지",
    "stage_rules": "단계 규칙",
}
REVIEW_POLARITY = {
    "praise": "칭찬",
    "complaint": "불만",
    "mixed": "칭찬·불만 섞임",
    "hedged": "유보",
    "neutral": "중립",
}
NO_USABLE_REVIEW = (
    "이 페르소나에게 인용할 만한 후기가 없어 후기를 인용하지 않았습니다. "
    "별점 4점 이상 후기 중 페르소나의 관심사를 불만이나 유보 없이 칭찬한 문장이 없습니다."
)
RETRIEVAL_MODE = {
    "hybrid": "하이브리드 (벡터 + 형태소)",
    "lexical": "형태소 검색만 (lexical)",
    "dense": "벡터 검색만",
    "none": "검색 안 함",
}

TEMPLATE_OUTPUT = "템플릿 출력 — AI가 쓴 문구가 아니라 스타일 템플릿과 근거로 조합한 문구입니다."
EXAONE_LICENCE = (
    "EXAONE 4.0 가중치는 비상업적 용도로만 쓸 수 있는 라이선스(EXAONE AI 모델 라이선스)입니다. "
    "상업 발송에 쓰기 전에 LG AI연구원과 라이선스를 확인하세요."
)
NON_COMMERCIAL = "비상업 라이선스 가중치입니다. 상업 발송에 쓰기 전에 권리자와 라이선스를 확인하세요."


def score_name(name: str) -> str:
    return SCORE.get(name, name)


def stage_option(stage: StageGoal) -> str:
    return f"{stage.index} · {stage.name_kr}"


def persona_option(persona: Persona) -> str:
    return f"{persona.index} · {persona.label_kr}"


def style_option(style: StyleFamily) -> str:
    return f"{style.index} · {style.name_kr}"


def backend_name(backend: str) -> str:
    return BACKEND.get(backend, backend)


def licence_label(licence: dict[str, object]) -> str:
    """A model's licence as a marketer needs it: may it be used commercially? (The name is a detail.)"""
    use = licence.get("commercial_use")
    return "상업적 사용 가능" if use else "비상업 전용" if use is False else "확인 필요"


def channel_option(spec: ChannelSpec) -> str:
    unit = "바이트" if spec.unit == "bytes" else "자"
    return f"{spec.name_kr} · {spec.body_limit:,}{unit}"


# An expander whose label starts with this holds codes, rule ids and raw (English) reasons on purpose.
DETAILS = "세부 정보 (코드·원문)"


INDEX_ARM = {"lexical": "형태소", "dense": "벡터"}
INDEX_STEP = {"loaded": "캐시에서 읽음", "built": "새로 만듦"}


def index_state(steps: str) -> str:
    """'lexical loaded, dense built' → '형태소 캐시에서 읽음 · 벡터 새로 만듦'."""
    parts = []
    for step in steps.split(", "):
        arm, _, what = step.partition(" ")
        parts.append(f"{INDEX_ARM.get(arm.split('-')[0], arm)} {INDEX_STEP.get(what, what)}")
    return " · ".join(parts)


ACTION = {"approve": "승인", "reject": "반려", "unapprove": "승인 취소", "edit": "수정"}
KST = ZoneInfo("Asia/Seoul")


def kst(moment: datetime) -> str:
    """A stored time (UTC; naive ones are UTC too) as Korean wall-clock time."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return f"{aware.astimezone(KST):%Y-%m-%d %H:%M} KST"


# The export's send_warnings (crm_core's codes-and-English for the sending system) as Korean advice.
SEND_WARNING = {
    "opt-out number is the placeholder": "무료수신거부 번호가 기본값(080-000-0000)이거나 비어 있습니다. "
    "설정의 opt_out_number에 실제 번호를 넣어야 광고를 보낼 수 있습니다.",
    "approved text carries a placeholder opt-out number": "승인한 문구에 기본값 수신거부 번호가 들어 있습니다. "
    "실제 번호를 설정한 뒤 다시 생성하거나 문구를 고쳐 승인하세요.",
    "sender number is not set": "발신번호가 설정되지 않았습니다. 설정의 sender_number에 등록한 발신번호를 넣으세요.",
    "AlimTalk needs kakao_template_code": "알림톡 템플릿 코드가 없습니다. 작성 화면의 '발송 정보'에 카카오에 등록한 "
    "템플릿 코드를 넣으세요.",
}
SENDER_WARNINGS = tuple(key for key in SEND_WARNING if "number" in key)
"""The warnings about placeholder sender details: an export carrying them is for testing, not sending."""
EXPORT_COLUMN = {
    "brand": "브랜드", "product_id": "제품 코드", "product": "제품", "persona": "페르소나", "stage": "단계",
    "style": "스타일", "channel": "채널", "channel_flag": "채널 안내", "is_ad": "광고", "campaign_id": "캠페인 ID",
    "brief_id": "브리프 ID",
    "scheduled_at_kst": "발송 예정 (KST)", "link_url": "링크 (버튼은 UTM 포함)", "kakao_template_code": "알림톡 템플릿",
    "title": "제목", "body": "본문", "cta": "CTA", "channel_text": "발송 문구", "byte_count": "바이트",
    "char_count": "글자 수", "verdict": "판정", "send_warnings": "발송 전 확인", "approver": "승인자",
    "approved_at_kst": "승인 시각 (KST)", "variant_id": "변형 번호", "revision": "수정본",
}  # fmt: skip


def export_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The export rows for the page: Korean headers and values; codes and scores stay in the file."""
    shown = frame[[c for c in EXPORT_COLUMN if c in frame.columns]].copy()
    shown["verdict"] = shown["verdict"].map(VERDICT)
    shown["is_ad"] = shown["is_ad"].map({True: "광고", False: "정보성"})
    shown["channel"] = shown["channel"].map(lambda c: CHANNEL.get(c, c))
    shown["channel_flag"] = shown["channel_flag"].map(lambda f: CHANNEL_FLAG.get(f, f) if f else "")
    shown["send_warnings"] = shown["send_warnings"].map(
        lambda w: " / ".join(text.split(".")[0] for key, text in SEND_WARNING.items() if key in w)
    )
    return shown.astype(object).where(shown.notna(), "").rename(columns=EXPORT_COLUMN)


RUN_STATUS = {"running": "실행 중", "done": "완료", "cancelled": "취소됨", "failed": "실패", "interrupted": "중단됨"}
THROUGHPUT_COLUMN = {
    "run_id": "실행 번호", "run_kind": "종류", "batch_id": "일괄 ID", "backend": "백엔드", "status": "상태",
    "created_at": "시작", "finished_at": "끝", "n_briefs": "브리프", "n_variants": "메시지", "n_errors": "오류",
    "seconds": "초", "variants_per_s": "초당 메시지",
}  # fmt: skip
