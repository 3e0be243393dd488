"""The refiner's output contract: JSON {"title","body","cta"}, parsed and validated before the guard.

The same schema drives constrained decoding (xgrammar locally, `response_format` on OpenAI-compatible
servers) and validation, so the two cannot drift. Nothing that fails here reaches a message field;
the raw text is kept apart for review.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from crm_core.domain import ChannelSpec

_THINK = re.compile(r"<think>.*?(</think>|$)", re.DOTALL)
_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*|\s*```\s*$")
_BROKEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffd\ue000-\uf8ff]")
_JSON_KEY = re.compile(r'"\s*(title|body|cta)\s*"\s*:')
_HANGUL = re.compile(r"[가-힣]")


class ContractError(ValueError):
    """Why a refiner output is unusable, in words the retry prompt and the reviewer can read."""


class RefinedMessage(BaseModel):
    """The refiner's answer; every field non-empty, clean text."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: str = Field(min_length=1, description="제목")
    body: str = Field(min_length=1, description="본문")
    cta: str = Field(min_length=1, description="버튼 문구")

    @field_validator("title", "body", "cta")
    @classmethod
    def _clean(cls, value: str) -> str:
        if "```" in value:
            raise ValueError("contains a code fence")
        if _JSON_KEY.search(value):
            raise ValueError("contains leftover JSON keys")
        if _BROKEN.search(value):
            raise ValueError("contains control or broken characters")
        return value

    @field_validator("body")
    @classmethod
    def _korean(cls, value: str) -> str:
        if not _HANGUL.search(value):
            raise ValueError("has no Korean text")
        return value


def message_schema() -> dict[str, Any]:
    """JSON schema of RefinedMessage, properties in output order, for constrained decoding."""
    schema = RefinedMessage.model_json_schema()
    for part in (schema, *schema["properties"].values()):  # names and docs only cost tokens and grammar states
        part.pop("title", None)
        part.pop("description", None)
    return schema


def extract_json(text: str) -> dict[str, Any]:
    """The JSON object in a reply, tolerating a reasoning block, code fences or words around it.

    :raises ContractError: when no complete JSON object is present.
    """
    text = _FENCE.sub("", _THINK.sub("", text).strip())
    start, end = text.find("{"), text.rfind("}")
    if start < 0:
        raise ContractError("no JSON object in the output")
    if end < start:
        raise ContractError("the JSON object is not closed (output cut off?)")
    try:
        # From the first "{" to the last "}" can only parse to an object; control characters get their own reason.
        return json.loads(text[start : end + 1], strict=False)
    except json.JSONDecodeError as exc:
        raise ContractError(f"invalid JSON ({exc.msg} at character {exc.pos})") from None


def leftover_braces(value: str, spec: ChannelSpec) -> bool:
    """Braces that are not one of the channel's declared variables ({{name}}, #{고객명}) are leftovers."""
    for variable in spec.variables:
        value = value.replace(variable, "")
    return "{" in value or "}" in value


def parse_message(text: str, spec: ChannelSpec) -> RefinedMessage:
    """Parse and validate one refiner output for a channel.

    :raises ContractError: naming every field that fails and why.
    """
    try:
        message = RefinedMessage.model_validate(extract_json(text))
    except ValidationError as exc:
        problems = [f"{'.'.join(str(p) for p in e['loc']) or 'output'}: {e['msg']}" for e in exc.errors()]
        raise ContractError("; ".join(problems)) from None
    bad = [name for name in ("title", "body", "cta") if leftover_braces(getattr(message, name), spec)]
    if bad:
        raise ContractError(f"{', '.join(bad)}: leftover braces or unknown placeholders")
    return message


def clean_draft(text: str) -> str:
    """The drafter's prose without a reasoning block or code fences (it is prompt input, not copy)."""
    return _FENCE.sub("", _THINK.sub("", text)).strip()
