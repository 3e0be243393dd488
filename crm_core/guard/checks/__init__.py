"""Named checks a rule can call (type: check); each returns hits, or a reason it could not run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from crm_core.guard.checks.ad import ad_label, ad_opt_out, ad_sender, alimtalk_ad, informational_ad, night_send
from crm_core.guard.checks.channel import (
    channel_button,
    channel_display,
    channel_encoding,
    channel_length,
    channel_payload,
)
from crm_core.guard.checks.facts import high_price, invented_events, invented_numbers, name_only_claims
from crm_core.guard.checks.leaks import persona_leak, placeholder
from crm_core.guard.scan import CompiledRule, RuleHit, Scan

CheckFn = Callable[[CompiledRule, Scan], "list[RuleHit] | str"]


@dataclass(frozen=True)
class NamedCheck:
    """A check function and the params a rule must give it."""

    run: CheckFn
    required_params: tuple[str, ...] = ()
    needs_terms: bool = False


NAMED_CHECKS: dict[str, NamedCheck] = {
    "channel_length": NamedCheck(channel_length),
    "channel_display": NamedCheck(channel_display),
    "channel_button": NamedCheck(channel_button),
    "channel_payload": NamedCheck(channel_payload, ("channels", "max_bytes")),
    "channel_encoding": NamedCheck(channel_encoding),
    "ad_label": NamedCheck(ad_label, ("reasons",)),
    "ad_sender": NamedCheck(ad_sender, ("marker",)),
    "ad_opt_out": NamedCheck(ad_opt_out, ("patterns",)),
    "alimtalk_ad": NamedCheck(alimtalk_ad, ("reasons",)),
    "informational_ad": NamedCheck(informational_ad, ("reasons",)),
    "night_send": NamedCheck(night_send, ("start", "end")),
    "invented_numbers": NamedCheck(invented_numbers, ("kinds",)),
    "invented_events": NamedCheck(invented_events, needs_terms=True),
    "high_price": NamedCheck(high_price, ("threshold",)),
    "name_only_claims": NamedCheck(name_only_claims, needs_terms=True),
    "persona_leak": NamedCheck(persona_leak, ("labels",)),
    "placeholder": NamedCheck(placeholder, needs_terms=True),
}
