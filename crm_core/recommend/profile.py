"""Who a recommendation is for: a customer profile (age group, skin type, concerns) and where it comes from.

Reviews carry no customer id, so a "customer" is the profile a review reveals: its age group,
its skin type and the concerns its text mentions. Concerns are a small closed vocabulary
(CONCERNS); each has Korean cue stems, matched on the NFKC-normalised text, so "붉은기가
가라앉았어요" and "진정" both mean 진정. Personas map onto the same vocabulary through
their skin_concerns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from crm_core.domain import SKIN_TYPES, Persona, Review
from crm_core.errors import InvalidInput
from crm_core.retrieval.analyzer import normalise

AGE_GROUPS = ("10대", "20대", "30대", "40대", "50대", "60대")

# Canonical concern → cue stems (substring match on normalised text). Order is display order.
CONCERN_CUES: dict[str, tuple[str, ...]] = {
    "진정": (
        "진정",
        "붉은기",
        "붉어",
        "홍조",
        "자극",
        "따가",
        "따끔",
        "예민",
        "민감",
        "시카",
        "병풀",
        "판테놀",
        "쿨링",
        "편안",
    ),
    "보습": ("보습", "촉촉", "건조", "수분", "당김", "당기", "히알루론", "속건조"),
    "장벽": ("장벽", "세라마이드", "아토피"),
    "주름·탄력": ("주름", "탄력", "처짐", "안티에이징", "노화", "아데노신", "레티놀", "펩타이드", "리프팅"),
    "미백·톤": ("미백", "잡티", "기미", "톤업", "칙칙", "브라이트닝", "나이아신아마이드", "비타민", "맑아"),
    "트러블": ("트러블", "여드름", "뾰루지", "티트리", "살리실릭", "blemish"),
    "유분·모공": ("유분", "피지", "모공", "번들", "개기름", "블랙헤드", "지성"),
    "자외선": ("자외선", "선크림", "선케어", "spf", "pa+", "백탁"),
    "윤기": ("윤기", "광채", "생기", "윤광"),
    "피부결": ("피부결", "각질", "매끈", "결이", "결정돈"),
}
CONCERNS: tuple[str, ...] = tuple(CONCERN_CUES)


def extract_concerns(text: str) -> tuple[str, ...]:
    """The canonical concerns a text mentions, in CONCERNS order."""
    norm = normalise(text)
    return tuple(c for c, cues in CONCERN_CUES.items() if any(cue in norm for cue in cues))


def age_group_of(age: int) -> str:
    """20 → 20대; ages outside 10..69 are clamped to the nearest group."""
    return f"{min(max(age // 10, 1), 6) * 10}대"


@dataclass(frozen=True)
class CustomerProfile:
    """A customer (or customer type) as the recommender sees them; every field optional but one."""

    age_group: str | None = None
    skin_type: str | None = None
    concerns: tuple[str, ...] = ()
    preferred_brands: tuple[str, ...] = ()
    label: str = "맞춤 프로필"

    def __post_init__(self) -> None:
        if self.age_group is not None and self.age_group not in AGE_GROUPS:
            raise InvalidInput("age", f"unknown age group {self.age_group!r}", allowed=list(AGE_GROUPS))
        if self.skin_type is not None and self.skin_type not in SKIN_TYPES:
            raise InvalidInput("skin_type", f"unknown skin type {self.skin_type!r}", allowed=list(SKIN_TYPES))
        unknown = [c for c in self.concerns if c not in CONCERNS]
        if unknown:
            raise InvalidInput("concern", f"unknown concern(s) {unknown}", allowed=list(CONCERNS))
        if self.age_group is None and self.skin_type is None and not self.concerns:
            raise InvalidInput("profile", "give at least one of age, skin_type or concern")

    @property
    def key(self) -> str:
        """A stable text key (used to group interactions and to name a profile in results)."""
        return f"{self.age_group or '-'}|{self.skin_type or '-'}|{'+'.join(self.concerns) or '-'}"


def custom_profile(age: str | None, skin_type: str | None, concerns: Iterable[str] = ()) -> CustomerProfile:
    """A profile from user input; the age accepts 30대 or a number such as 34 (field names match the CLI)."""
    age_group = None
    if age is not None and str(age).strip():
        text = str(age).strip()
        age_group = age_group_of(int(text)) if text.isdigit() else text
    concern_list: list[str] = []
    for c in concerns:
        c = c.strip()
        mapped = c if c in CONCERNS else (extract_concerns(c) or (c,))[0]
        if mapped not in concern_list:
            concern_list.append(mapped)
    return CustomerProfile(age_group, skin_type or None, tuple(concern_list))


def persona_profile(persona: Persona) -> CustomerProfile:
    """A persona as a profile: its age range's middle group, its concerns, its preferred brands."""
    concerns = extract_concerns(" ".join(persona.skin_concerns))
    skin_type = "민감성" if "진정" in concerns and "민감" in " ".join(persona.skin_concerns) else None
    return CustomerProfile(
        age_group=age_group_of((persona.age_min + persona.age_max) // 2),
        skin_type=skin_type,
        concerns=concerns,
        preferred_brands=persona.brand_pref,
        label=persona.label_kr,
    )


def review_profile(review: Review) -> CustomerProfile | None:
    """The profile one review reveals; None when it reveals nothing (no age, skin type or concern)."""
    concerns = extract_concerns(review.text)
    if review.age_group not in AGE_GROUPS and review.skin_type is None and not concerns:
        return None
    age = review.age_group if review.age_group in AGE_GROUPS else None
    return CustomerProfile(age, review.skin_type, concerns)
