"""Who the message speaks to: a persona's concerns and value focus pick the angle of the copy.

An angle decides which selling point leads, which review aspect counts as proof and which words
frame the reader's need. It never adds a product claim: the need is the reader's, not the product's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from crm_core.domain import Persona


@dataclass(frozen=True)
class Angle:
    """The framing for one kind of reader; pieces are 해요체 phrases used by the line writers."""

    key: str
    moment: str  # a scene of the reader's day: "피부가 유난히 예민한 날"
    need: str  # what they look for, a noun phrase: "순한 사용감"
    need_short: str  # the reader's routine in a few words, for titles and SMS: "민감한 날의 루틴"
    ask: str  # an opening question in 해요체
    lead_in: str  # a dative phrase naming the reader: "성분표부터 확인하는 분께"
    sms_tag: str  # a few characters for SMS: "예민한 날엔"
    nudge: str  # a very short opener for tight channels: "성분표부터 보는 분께 전하는 소식이에요."
    keywords: tuple[str, ...]  # words that make a selling point or claim fit this reader
    aspects: tuple[str, ...]  # review aspects this reader trusts, best first
    persona_words: tuple[str, ...]  # words in a persona profile that select this angle
    avoid: tuple[str, ...] = ()  # words that make a fact speak past this reader ("넉넉한 용량" to a luxury one)


ANGLES: tuple[Angle, ...] = (
    Angle(
        key="luxury",
        sms_tag="정성 루틴엔",
        nudge="오래 곁에 둘 한 가지를 찾는 분께 전하는 소식이에요.",
        need_short="정성 어린 루틴",
        moment="하루를 정돈하는 고요한 저녁",
        need="근거 있는 성분과 밀도 있는 사용감",
        ask="매일의 관리에도 정성을 들이고 계신가요?",
        lead_in="오래 곁에 둘 한 가지를 고르는 분께",
        keywords=(
            "탄력",
            "주름",
            "윤기",
            "영양",
            "밀도",
            "사포닌",
            "인삼",
            "아데노신",
            "펩타이드",
            "레티놀",
            "농축",
            "집중",
            "미백",
            "기능성",
        ),
        aspects=("탄력", "윤기", "촉촉", "흡수", "향"),
        persona_words=("럭셔리", "프리미엄", "안티에이징", "탄력", "주름", "연구", "정품"),
        avoid=("넉넉", "대용량", "아낌없이", "부담 없이", "가성비"),
    ),
    Angle(
        key="sensitive",
        sms_tag="예민한 날엔",
        nudge="성분표부터 보는 분께 전하는 소식이에요.",
        need_short="민감한 날의 루틴",
        moment="피부가 유난히 예민한 날",
        need="순한 사용감",
        ask="새 제품을 들일 때마다 조심스러우신가요?",
        lead_in="성분표부터 확인하는 분께",
        keywords=(
            "순한",
            "순하게",
            "자극",
            "진정",
            "장벽",
            "약산성",
            "민감",
            "시카",
            "병풀",
            "판테놀",
            "세라마이드",
            "편안",
            "테스트",
            "저자극",
            "무향",
        ),
        aspects=("순하", "자극", "진정", "촉촉", "보습"),
        persona_words=("민감", "붉은기", "자극", "장벽", "따가움", "테스트", "순한"),
    ),
    Angle(
        key="budget",
        sms_tag="매일 쓰기엔",
        nudge="실속을 꼼꼼히 따지는 분께 전하는 소식이에요.",
        need_short="매일 쓰는 기본",
        moment="바쁜 아침저녁",
        need="매일 부담 없이 손이 가는 기본",
        ask="매일 쓰는 제품일수록 꼼꼼히 따져 보시나요?",
        lead_in="실제 후기와 쓰임새를 먼저 보는 분께",
        keywords=(
            "매일",
            "데일리",
            "가볍",
            "산뜻",
            "넉넉",
            "용량",
            "피지",
            "모공",
            "유분",
            "보송",
            "간편",
            "올인원",
            "모두",
            "베이스로도",
            "한 번에",
            "줄여",
        ),
        aspects=("재구매", "가성비", "가볍", "흡수", "세정"),
        persona_words=("가성비", "가격", "쿠폰", "세일", "용량", "효율"),
        # a small size is carried, not a value (reading 30, s9194: "가성비 고객에 작은 용량 강조는 엇나감")
        avoid=("작은 용량", "작은 크기", "미니 사이즈"),
    ),
    Angle(
        key="trend",
        sms_tag="새 루틴엔",
        nudge="새로운 걸 먼저 써 보는 분께 전하는 소식이에요.",
        need_short="새 루틴",
        moment="기분 전환이 필요한 날",
        need="써 보는 재미가 있는 새 루틴",
        ask="요즘 루틴에 새로운 재미가 필요하신가요?",
        lead_in="새로운 걸 먼저 써 보는 분께",
        keywords=(
            "밀착",
            "지속",
            "발색",
            "컬러",
            "톤",
            "광",
            "커버",
            "쿠션",
            "틴트",
            "새",
            "가볍게",
            "톡",
            "캡슐",
            "스틱",
            "버블",
            "거품으로",
            "필오프",
            "쿨링",
            "시원",
        ),
        aspects=("밀착", "발색", "지속", "가볍", "광"),
        persona_words=("트렌드", "SNS", "신상", "한정판", "새로움", "재미", "메이크업"),
        # mildness is a sensitive reader's reason, not theirs (readings 37-38: "트렌드 팔로워 대신 민감성 논리", "트렌드
        # 고객에 순한 사용감만 말하고", "트렌드 페르소나에 민감성 문구"), said only where the catalog says nothing else
        avoid=("예민", "민감", "순한", "순하게"),
    ),
    Angle(
        key="natural",
        sms_tag="건조한 날엔",
        nudge="원료부터 살피는 분께 전하는 소식이에요.",
        need_short="원료부터 보는 루틴",
        moment="피부가 당기는 건조한 날",
        need="자연에서 온 원료와 편안한 사용감",
        ask="무엇으로 만들었는지부터 살펴보시나요?",
        lead_in="원료가 어디서 왔는지 먼저 보는 분께",
        keywords=(
            "유래",
            "추출물",
            "제주",
            "녹차",
            "씨드",
            "원료",
            "식물",
            "쑥",
            "꽃",
            "자연",
            "보습",
            "속건조",
            "당김",
            "동백",
            "새싹",
            "꿀",
            "쌀",
            "유자",
            "알로에",
            "한란",
            "비자",
        ),
        aspects=("촉촉", "보습", "순하", "향", "흡수"),
        persona_words=("자연", "친환경", "유래", "내추럴", "속건조", "당김"),
    ),
)
_BY_KEY = {a.key: a for a in ANGLES}


@lru_cache(maxsize=256)
def angle_for(persona: Persona) -> Angle:
    """The angle whose words best match the persona's label, concerns, value focus and shopping style
    (custom personas included); ties go to the first angle in ANGLES order."""
    profile = " ".join(
        (persona.name, persona.label_kr, persona.value_focus, persona.shopping_style, *persona.skin_concerns)
    )
    scored = [(sum(profile.count(word) for word in a.persona_words), -i) for i, a in enumerate(ANGLES)]
    best = max(range(len(ANGLES)), key=lambda i: scored[i])
    return ANGLES[best]


# A product written from its name alone has no facts, so the reader's framing must not talk about
# ingredients either (the guard's facts.name_only_claim refuses 성분 and the like): these readers are
# addressed by how they choose, not by what they check on a label.
NAME_ONLY_WORDING: dict[str, dict[str, str]] = {
    "luxury": {"need": "오래 곁에 둘 한 가지", "lead_in": "오래 곁에 둘 한 가지를 고르는 분께"},
    "sensitive": {
        "nudge": "새 제품을 조심스레 고르는 분께 전하는 소식이에요.",
        "lead_in": "새 제품을 조심스레 고르는 분께",
    },
}


def for_name_only(angle: Angle) -> Angle:
    """The angle with no ingredient talk in the reader's framing, for a product written from its name."""
    return replace(angle, **NAME_ONLY_WORDING.get(angle.key, {}))


def angle(key: str) -> Angle:
    return _BY_KEY[key]


def speaks_past(text: str, angle: Angle) -> bool:
    """Whether a fact leans on what this reader does not weigh (volume-for-money to a luxury reader)."""
    return any(word in text for word in angle.avoid)


def fit(text: str, angle: Angle, concerns: tuple[str, ...] = ()) -> int:
    """How many of the angle's keywords (and the persona's own concerns) a fact mentions."""
    return sum(word in text for word in angle.keywords) + sum(c in text for c in concerns)


# A trend reader looks for what is new: familiarity is no reason for them (reading 25, s7114: "새로움을 찾는 고객에
# '익숙함'을 내세우고"). The retention and emotional lines that lean on it ("익숙해서 더 좋은 …", "익숙한 손길 그대로,
# …") are said without it for this reader. Finished 해요체 phrases, applied by plan.py.
UNFAMILIAR: tuple[tuple[str, str], ...] = (
    ("익숙해서 더 좋은 ", "매일 쓰는 "),
    ("익숙한 사용감이라 피곤한 날에도", "피곤한 날에도"),
    ("익숙한 손길 그대로, ", ""),
    ("익숙한 손길이 이어지도록 ", ""),
    ("늘 같은 손길로, ", ""),
    ("매일 같은 손길로, ", ""),
    ("손에 익은 루틴이", "지금 루틴이"),
    ("손에 익은 ", "써 보고 좋았던 "),
)


def unfamiliar(text: str) -> str:
    """`text` without familiarity sold as the reason (a trend reader's message): see UNFAMILIAR."""
    if "익" not in text and "같은 손길" not in text:
        return text
    for familiar, plain in UNFAMILIAR:
        text = text.replace(familiar, plain)
    return text
