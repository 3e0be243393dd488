"""The channel an SMS brief is written for, decided once per brief before any copy is written.

Korean sending services switch an SMS over 90 bytes to LMS on their own; we do it on purpose and
say so. An SMS that stays SMS sells: the product's full name, one concrete benefit and one call to
action for the stage. The benefit is this reader's own catalog fact wherever the catalog states one
("약산성", "주름 개선 기능성", "병풀을 담은"), else a stated catalog reason; for a promotion, the event's
offer with its condition; beside a content or service event's invitation (its SMS wording, "후기 먼저
살펴보세요."), a stated reason. A referral's friend ("원료를 따지는 친구에게") or an invitation alone is
no benefit (blind reading 14: "한 줄뿐이라 추천 이유·혜택이 전혀 없는 틀 문장"). When 90 EUC-KR bytes with
the ad frame cannot carry that, the brief is written as LMS, short (the product, the reason, the offer,
the ask: forms._sms_lms_sentences), and every result carries the flag `sms_to_lms` (LMS costs more to
send). An ad with no event goes as that LMS too (round 24: beside the ad frame it holds only the name and one
clause; blind readers rated every such one-liner 3.5 or less). `sms_overflow=shorten` keeps such a brief SMS with
less said (the one-liner). Other channels and informational notices are never changed.
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
