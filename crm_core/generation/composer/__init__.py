"""The offline composer: deterministic campaign copy planned from the brief and its evidence.

plan.py chooses the content (angle, facts, proof, offer, close), forms.py lays it out for the
channel at one speech level; lines.py holds every sentence it may write. notice.py writes the
plain notice an informational brief gets instead of a pitch.
"""

from collections.abc import Iterator

from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer.facts import short_product_name
from crm_core.generation.composer.forms import CopyForm, laid_out, sms_carries
from crm_core.generation.composer.notice import notice_forms
from crm_core.generation.composer.plan import MessagePlan, build_plan, plan_for, season_of


def compose(request: GenerationRequest) -> list[CopyForm]:
    """The request's copy forms for its channel, richest first; an informational brief gets a notice."""
    return list(forms_of(request))


def forms_of(request: GenerationRequest) -> Iterator[CopyForm]:
    """compose's forms one at a time: a caller that stops at the first the guard passes (the template
    backend) never pays for laying out the rest."""
    if not request.resolved.brief.is_ad:
        return iter(notice_forms(request))
    return laid_out(request, plan_for(request))


__all__ = ["CopyForm", "MessagePlan", "build_plan", "compose", "season_of", "short_product_name", "sms_carries"]
