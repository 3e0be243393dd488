"""The channel an SMS brief is written for, decided once per brief before any copy is written.

Korean sending services switch an SMS over 90 bytes to LMS on their own; we do it on purpose and
say so. When 90 EUC-KR bytes with the ad frame cannot carry the product's full name, one reason
for this reader (a referral: why to pass it on; or the event's offer) and a call to action for the
stage, or, for a content or service event, the full name and the event's invitation (its SMS
wording, "후기 먼저 살펴보세요."), the brief is written as LMS and
every result carries the flag `sms_to_lms` (LMS costs more to send). `sms_overflow=shorten` keeps
such a brief SMS with less said. Other channels and informational notices are never changed.
"""

from __future__ import annotations

from dataclasses import replace

from crm_core.catalog import Catalog, ResolvedBrief
from crm_core.domain import Channel, Evidence, SmsOverflow
from crm_core.errors import InvalidInput
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import sms_carries


def written_channel(resolved: ResolvedBrief, evidence: Evidence, catalog: Catalog) -> ResolvedBrief:
    """The brief as it will be written: unchanged, or an SMS ad brief moved to LMS and flagged.

    :raises InvalidInput: (field sms_overflow) when the catalog has no LMS channel to move it to.
    """
    brief = resolved.brief
    if resolved.channel.channel != Channel.sms or not resolved.is_ad or brief.sms_overflow != SmsOverflow.lms:
        return resolved
    if sms_carries(GenerationRequest(resolved, evidence)):
        return resolved
    try:
        lms = catalog.channel(Channel.lms)
    except InvalidInput:
        raise InvalidInput(
            "sms_overflow",
            "this SMS brief does not fit 90 bytes and the catalog has no lms channel to write it as; "
            "set sms_overflow to shorten",
            allowed=[o.value for o in SmsOverflow],
        ) from None
    return replace(resolved, channel=lms, sms_to_lms=True)
