"""Sending channels and their limits (facts from reference/korean-rules.md, kept as data)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field

from crm_core.domain.catalog import Record


class Channel(StrEnum):
    push = "push"
    kakao_alimtalk = "kakao_alimtalk"
    kakao_friendtalk = "kakao_friendtalk"
    sms = "sms"
    lms = "lms"
    email = "email"

    @classmethod
    def parse(cls, value: str | Channel) -> Channel:
        """Parse a channel id, raising InvalidInput that lists the known channels."""
        from crm_core.errors import InvalidInput

        if isinstance(value, Channel):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise InvalidInput("channel", f"unknown channel {value!r}", allowed=[c.value for c in cls]) from None


class ChannelSpec(Record):
    """How long a message may be on a channel and how it is counted."""

    channel: Channel
    name_kr: str
    unit: Literal["bytes", "chars"]
    body_limit: int = Field(gt=0, description="Limit for the full channel text (title+body+cta as sent)")
    title_limit: int | None = Field(default=None, gt=0)
    button_limit: int | None = Field(default=None, gt=0, description="CTA button label limit")
    limit_is_legal: bool = Field(description="False where the limit is a display guideline only")
    ads_allowed: bool = True
    night_rule: bool = Field(default=True, description="21:00-08:00 needs separate consent for ads")
    variables: dict[str, str] = Field(
        default_factory=dict,
        description="Declared personalisation variables → longest sample value used for counting",
    )
    basis: str = ""
    source_date: str = ""
