"""Ad-message checks (정보통신망법 제50조): label, sender, free opt-out, AlimTalk, night window."""

from __future__ import annotations

import re
from datetime import time
from functools import lru_cache
from typing import Any

from crm_core.domain import Channel
from crm_core.guard.matcher import compact_term
from crm_core.guard.scan import CompiledRule, RuleHit, Scan


def _reason(rule: CompiledRule, key: str) -> str:
    reasons: Any = rule.params.get("reasons", {})
    return str(reasons.get(key, key))


def ad_label(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """An ad must start with exactly (광고); an unlabelled incentive makes an unlabelled ad."""
    if scan.is_alimtalk or not scan.effective_ad or scan.labelled:
        return []
    like = scan.label_like
    if like is not None:
        return [scan.sent_hit(like.start(), like.end(), reason=_reason(rule, "malformed"))]
    if not scan.ctx.is_ad and scan.incentives:  # (the brief's own ad status first: it costs no search)
        name, hit = scan.incentives[0]
        return [RuleHit(name, hit.start, hit.end, hit.text, {"reason": _reason(rule, "incentive")})]
    return [scan.sent_hit(reason=_reason(rule, "missing"))]


@lru_cache(maxsize=1024)
def _sender_key(sender: str) -> str:
    """A sender name as the compact, lower-cased sent text would hold it (a brand recurs in every check)."""
    return compact_term(sender).lower()


def ad_sender(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """An ad names its sender; unverifiable (no sender known, no [name] tag) is only a warning."""
    if scan.is_alimtalk or not scan.effective_ad:
        return []
    sent = scan.compact("channel_text").text.lower()
    senders = scan.senders
    if any(_sender_key(s) in sent for s in senders):
        return []
    if senders:
        return [scan.sent_hit(sender=senders[0])]
    if re.search(str(rule.params["marker"]), scan.parts.sent):
        return []
    hit = scan.sent_hit(sender="알 수 없음")
    return [RuleHit(hit.field, hit.start, hit.end, hit.text, hit.detail, uncertain=True)]


def ad_opt_out(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """An ad carries a free opt-out: 무료수신거부 + number on SMS/LMS/Kakao, a method on push/email."""
    if scan.is_alimtalk or not scan.effective_ad:
        return []
    patterns: Any = rule.params["patterns"]
    spec = scan.ctx.channel
    key = spec.channel.value if spec else "default"
    wanted = patterns.get(key) or patterns["default"]
    text = scan.parts.sent
    if any(re.search(p, text) for p in wanted):
        return []
    last = text.rfind("\n") + 1
    return [scan.sent_hit(last, len(text), channel=spec.name_kr if spec else "메시지")]


def _promotion_hit(rule: CompiledRule, scan: Scan) -> RuleHit | None:
    """The first incentive or call to buy / cross-sell in the message (what makes a notice an ad)."""
    if scan.incentives:
        name, hit = scan.incentives[0]
        return RuleHit(name, hit.start, hit.end, hit.text, {"reason": _reason(rule, "incentive")})
    promotion: Any = rule.params.get("promotion", ())
    for pattern in promotion:
        if m := re.search(pattern, scan.parts.sent):
            return scan.sent_hit(m.start(), m.end(), reason=_reason(rule, "promotion"))
    return None


def informational_ad(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """A brief marked informational (order, delivery, point-expiry … notice) must carry no promotion:
    a coupon, a call to buy or a cross-sell makes the whole message an ad (AlimTalk has its own rule)."""
    if not scan.ctx.informational or scan.is_alimtalk:
        return []
    hit = _promotion_hit(rule, scan)
    return [hit] if hit else []


def alimtalk_ad(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """AlimTalk is for information only: no ads; an incentive or a call to buy makes a message an ad."""
    if not scan.is_alimtalk:
        return []
    if hit := _promotion_hit(rule, scan):
        return [hit]
    if scan.effective_ad:
        return [scan.sent_hit(reason=_reason(rule, "ad"))]
    return []


def _clock(value: object) -> time:
    hours, minutes = str(value).split(":")
    return time(int(hours), int(minutes))


def night_send(rule: CompiledRule, scan: Scan) -> list[RuleHit] | str:
    """An ad scheduled inside the night window needs separate consent (email is exempt)."""
    if not scan.effective_ad:
        return []
    spec = scan.ctx.channel
    if spec is not None and (not spec.night_rule or spec.channel == Channel.email):
        return []
    when = scan.ctx.send_at
    if when is None:
        return "no send time given"
    start, end = _clock(rule.params["start"]), _clock(rule.params["end"])
    moment = when.time()
    if not (moment >= start or moment < end):
        return []
    return [
        RuleHit(None, detail={"time": when.strftime("%H:%M"), "start": rule.params["start"], "end": rule.params["end"]})
    ]
