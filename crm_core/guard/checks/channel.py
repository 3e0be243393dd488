"""Channel checks: length in the channel's unit, CTA button label, display guideline, encoding."""

from __future__ import annotations

from crm_core.channels import char_bytes, fill_variables, measure, overflow_at
from crm_core.domain import ChannelSpec
from crm_core.guard.scan import CompiledRule, RuleHit, Scan

NO_CHANNEL = "no channel given"


def _unit_kr(spec: ChannelSpec) -> str:
    return "바이트" if spec.unit == "bytes" else "자"


def _over(scan: Scan, spec: ChannelSpec) -> list[RuleHit]:
    text = scan.parts.sent
    length = measure(text, spec).length
    if length <= spec.body_limit:
        return []
    start = overflow_at(text, spec.body_limit, spec) or 0
    detail = {"channel": spec.name_kr, "length": length, "limit": spec.body_limit, "unit": _unit_kr(spec)}
    return [scan.sent_hit(start, len(text), **detail)]


def channel_length(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """A legal length limit (SMS/LMS bytes, Kakao characters after variables are filled)."""
    spec = scan.ctx.channel
    if spec is None:
        return NO_CHANNEL
    return _over(scan, spec) if spec.limit_is_legal else []


def channel_display(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """A display guideline (push title/body): text past it is cut off on many phones."""
    spec = scan.ctx.channel
    if spec is None:
        return NO_CHANNEL
    hits = [] if spec.limit_is_legal else _over(scan, spec)
    title = scan.parts.title
    if spec.title_limit and title and len(fill_variables(title, spec)) > spec.title_limit:
        start = overflow_at(title, spec.title_limit, spec) or 0
        detail = {"channel": spec.name_kr, "length": len(fill_variables(title, spec)), "limit": spec.title_limit}
        hits.append(RuleHit("title", start, len(title), title[start:], {**detail, "unit": "자(제목)"}))
    return hits


def channel_payload(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """A hard size ceiling where the channel's own limit is only a display guideline (push: the 4 KB
    notification payload of FCM and APNs); past it the message cannot be delivered at all."""
    spec = scan.ctx.channel
    if spec is None:
        return NO_CHANNEL
    if spec.channel.value not in rule.params["channels"]:
        return []
    text = fill_variables(scan.parts.sent, spec)
    size, limit = len(text.encode("utf-8")), int(rule.params["max_bytes"])
    if size <= limit:
        return []
    start = len(text.encode("utf-8")[:limit].decode("utf-8", errors="ignore"))
    sent = scan.parts.sent
    return [scan.sent_hit(min(start, len(sent)), len(sent), channel=spec.name_kr, length=size, limit=limit)]


def channel_button(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """The CTA becomes a button label, which has its own character limit (Kakao: 14)."""
    spec = scan.ctx.channel
    if spec is None:
        return NO_CHANNEL
    cta = scan.parts.cta
    if not spec.button_limit or not cta:
        return []
    length = len(fill_variables(cta, spec))
    if length <= spec.button_limit:
        return []
    start = overflow_at(cta, spec.button_limit, spec) or 0
    return [RuleHit("cta", start, len(cta), cta[start:], {"length": length, "limit": spec.button_limit})]


def _encodable(text: str) -> bool:
    try:
        text.encode("cp949")
    except UnicodeEncodeError:
        return False
    return True


def channel_encoding(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """Characters an EUC-KR SMS/LMS cannot carry (emoji and the like), one hit per run."""
    spec = scan.ctx.channel
    if spec is None:
        return NO_CHANNEL
    if spec.unit != "bytes" or _encodable(scan.parts.sent):
        return []
    hits, start = [], None
    for i, ch in enumerate([*scan.parts.sent, "a"]):  # a trailing ASCII sentinel closes the last run
        bad = char_bytes(ch) is None
        if bad and start is None:
            start = i
        elif not bad and start is not None:
            hits.append(scan.sent_hit(start, i, channel=spec.name_kr))
            start = None
    return hits
