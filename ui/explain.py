"""crm_core's status lines and reasons (written for logs and the CLI, in English) as Korean sentences.

Each function returns the Korean sentence a marketer reads; the original line goes behind the
details expander (widgets.details) so nothing is lost for whoever debugs it.
"""

from __future__ import annotations

import re

from crm_core.errors import BackendUnavailable, CrmError, InvalidInput, NeedsKey, SheetError, SheetProblem, UnknownModel
from crm_core.paths import OutsideFolders
from crm_core.store.errors import ApprovalRefused, DuplicateApproval

# (pattern on crm_core's line, Korean sentence; {n} etc. come from the pattern's named groups)
BACKEND_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^template backend selected"),
        "템플릿 백엔드를 골랐습니다. 모델 없이 스타일 템플릿과 근거로 문구를 조합합니다.",
    ),
    (re.compile(r"^auto: no CUDA GPU"), "자동 선택: 이 컴퓨터에 CUDA GPU가 없어 템플릿 백엔드로 만듭니다."),
    (re.compile(r"^auto: CUDA GPU present"), "자동 선택: GPU에서 두 모델을 불러와 모델이 문구를 씁니다."),
    (re.compile(r"^auto: the models could not be loaded"), "자동 선택: 모델을 불러오지 못해 템플릿 백엔드로 만듭니다."),
    (
        re.compile(r"^(?P<name>\w+) backend selected"),
        "{name} 백엔드를 골랐습니다: 초안 모델과 다듬기 모델이 문구를 씁니다.",
    ),
    (
        re.compile(r"chain fell back to the template backend"),
        "모델 문구가 검사를 통과하지 못해 템플릿 문구로 대신했습니다.",
    ),
)
RETRIEVAL_STATUS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^hybrid retrieval"), "임베딩 모델과 형태소 분석을 함께 써서 근거를 찾습니다."),
    (
        re.compile(r"^lexical-only retrieval: no embedding model configured"),
        "임베딩 모델이 설정되지 않아 형태소 검색만 씁니다.",
    ),
    (
        re.compile(r"^lexical-only retrieval"),
        "임베딩 모델을 이 컴퓨터에서 찾지 못해 형태소 검색만 씁니다. 근거 품질이 조금 낮을 수 있어요.",
    ),
    (re.compile(r"^not warmed up"), "검색 색인을 아직 준비하지 않았습니다."),
    (re.compile(r"^retrieval is not used"), "이 설정에서는 근거 검색을 쓰지 않습니다."),
)
FALLBACK_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^no template passed the guard after (?P<n>\d+) tries"),
        "템플릿 {n}개를 시도했지만 모두 가드 검사에 걸렸습니다. 문구를 직접 고쳐 주세요.",
    ),
    (
        re.compile(r"^model copy rejected after (?P<n>\d+) attempt"),
        "모델 문구가 {n}번 시도 후에도 가드 검사를 통과하지 못해 템플릿 문구로 대신했습니다. 확인 후 고쳐 주세요.",
    ),
)
UNKNOWN = "자세한 이유는 아래 세부 정보를 보세요."


def korean(line: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, sentence in table:
        found = pattern.search(line)
        if found:
            return sentence.format(**found.groupdict())
    return UNKNOWN


def backend_reason(line: str) -> str:
    return korean(line, BACKEND_REASONS)


def retrieval_status(line: str) -> str:
    return korean(line, RETRIEVAL_STATUS)


def fallback_reason(line: str) -> str:
    return korean(line, FALLBACK_REASONS)


FIELD = {
    "persona": "페르소나", "brand": "브랜드", "product": "제품", "stage_index": "단계", "style_index": "스타일",
    "is_event": "이벤트 여부", "event_id": "이벤트", "channel": "채널", "tone": "톤", "n": "변형 수",
    "seed": "시드", "scheduled_at": "발송 시각", "generation": "생성", "reason": "사유", "user": "이름",
    "body": "본문", "title": "제목", "cta": "CTA", "link_url": "링크 URL", "file": "파일",
    "house_brand": "하우스 이름",
}  # fmt: skip


# A field whose allowed values fit in one Korean sentence says them in the table itself.
_ALLOWED = {"link_url": "'링크 URL'은 http:// 또는 https://로 시작하고 공백이 없는 주소여야 합니다."}


def row_problem(field: str) -> str:
    """One bad sheet row's problem in Korean, naming the field (the exact message is a detail)."""
    name = FIELD.get(field)
    if field in _ALLOWED:
        return _ALLOWED[field]
    if name is None:
        return "이 행을 처리하지 못했습니다. 세부 정보를 확인하세요."
    return f"'{name}' 값이 올바르지 않습니다. 세부 정보에서 허용 값을 확인하세요."


def error(exc: CrmError) -> str:
    """What went wrong, in Korean, for an st.error beside the action that failed."""
    if isinstance(exc, ApprovalRefused):
        return f"차단 항목 {len(exc.rule_ids)}건이 남아 있습니다. 가드 결과를 보고 문구를 고치세요."
    if isinstance(exc, DuplicateApproval):
        return "이미 승인한 같은 브리프의 다른 변형과 문구가 똑같습니다. 문구를 고치거나 승인된 변형 하나만 쓰세요."
    if isinstance(exc, UnknownModel):
        return "고른 모델이 이 컴퓨터에 없습니다. 아래 '모델 내려받기'로 먼저 받거나 템플릿 백엔드를 쓰세요."
    if isinstance(exc, NeedsKey):
        return "모델 서버의 API 키가 설정되지 않았습니다. 관리자에게 키 환경 변수를 요청하세요."
    if isinstance(exc, BackendUnavailable):
        return "이 백엔드를 쓸 설정(서버 주소·모델 이름 등)이 없어 시작할 수 없습니다."
    if isinstance(exc, InvalidInput):
        if exc.field in ("reason", "user", "body"):
            return f"'{FIELD[exc.field]}'을(를) 입력하세요."
        return f"'{FIELD.get(exc.field, exc.field)}' 값이 올바르지 않습니다."
    return UNKNOWN


SKIPPED = (
    ("blocked by", "차단 항목이 있어 건너뛰었습니다."),
    ("flagged needs_edit", "수정이 필요한 메시지라 건너뛰었습니다."),
    ("has warnings", "주의 항목이 있어 건너뛰었습니다. 한 건씩 확인하고 승인하세요."),
    ("rejected earlier", "앞서 반려한 메시지라 건너뛰었습니다. 한 건씩 승인하세요."),
    ("not found", "찾을 수 없는 메시지입니다."),
    ("duplicate of", "이미 승인한 다른 변형과 문구가 똑같아 건너뛰었습니다."),
)


def skipped(why: str) -> str:
    """Why bulk approval left a message for a person, in Korean."""
    return next((text for start, text in SKIPPED if why.startswith(start)), UNKNOWN)


def outside_folders(exc: OutsideFolders) -> str:
    """A typed path outside the configured folders, in Korean, naming the folders that are allowed."""
    return f"설정된 폴더 밖의 경로는 쓸 수 없습니다. 허용된 폴더: {', '.join(exc.allowed)}"


SHEET_PROBLEM: dict[SheetProblem, str] = {
    "not_found": "파일을 찾을 수 없습니다.",
    "file_type": "{suffix} 파일은 읽을 수 없습니다. 허용 형식: {allowed}",
    "too_big": "파일이 {size_mb:.1f} MB로, 올릴 수 있는 최대 크기 {limit_mb} MB를 넘습니다. 시트를 나눠서 올리세요.",
    "encoding": "파일의 글자 인코딩을 읽을 수 없습니다. CSV는 UTF-8 또는 CP949(엑셀의 한글 CSV)로 저장해 주세요.",
    "nul_bytes": "텍스트 CSV가 아닙니다. 엑셀에서 'CSV UTF-8(쉼표로 분리)' 형식으로 다시 저장해 주세요.",
    "broken_csv": "CSV 형식이 깨져 있습니다. {hint}",
    "bad_xlsx": "엑셀 통합 문서(.xlsx)로 열 수 없습니다. 파일이 손상되었을 수 있으니 엑셀에서 다시 저장해 주세요.",
    "bad_json": "JSON으로 읽을 수 없습니다. 브리프 목록을 UTF-8 JSON 배열([{{...}}, {{...}}])로 저장해 주세요.",
    "json_not_list": "JSON 파일에는 브리프 목록(대괄호 [ ] 안의 브리프들) 또는 briefs 키 아래의 목록이 있어야 합니다.",
    "duplicate_key": "한 브리프에 {key} 항목이 두 번 있습니다. 하나만 남기세요.",
    "duplicate_column": "'{first}' 열과 '{second}' 열이 모두 {target} 항목입니다. 한 열만 남기세요.",
    "no_rows": "파일에 브리프가 없습니다. 첫 행(열 이름) 아래에 브리프를 한 행 이상 적어 주세요.",
    "missing_columns": "필수 열이 없습니다: {missing}. 브리프 시트의 필수 열: {required}",
    "too_many_rows": "브리프가 {count:,}개로 한 번에 실행할 수 있는 {limit:,}개를 넘습니다. 시트를 나눠서 올리세요.",
}
BROKEN_CSV_HINT = {True: '닫히지 않은 큰따옴표(")가 있는지 확인하세요.', False: "엑셀에서 CSV로 다시 저장해 주세요."}


def column_names(fields: list[str]) -> str:
    """Sheet columns as the marketer reads them: '단계(stage_index)', the Korean name and the column to write."""
    return ", ".join(f"{FIELD[f]}({f})" if f in FIELD else f for f in fields)


def sheet_problem(exc: InvalidInput) -> str:
    """Why an uploaded brief sheet cannot be used, in Korean, naming the column and the allowed values."""
    if not isinstance(exc, SheetError):
        return error(exc)
    p = exc.params
    values: dict[str, object] = {
        "suffix": f"'{p['suffix']}'" if p.get("suffix") else "확장자가 없는",
        "allowed": ", ".join(exc.allowed),
        "hint": BROKEN_CSV_HINT[bool(p.get("unclosed_quote"))],
        "missing": column_names(p.get("missing", [])),
        "required": column_names(p.get("required", [])),
        "target": column_names([p["target"]]) if "target" in p else "",
        "key": column_names([p["key"]]) if "key" in p else "",
    }
    return SHEET_PROBLEM[exc.kind].format(**{**p, **values})
