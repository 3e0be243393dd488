"""Round 37 speed work: a budget chooser's push layout (push.Tiers with held forms) settles tier by tier as forms.py
reads it, and reads the same as the whole layout worked out at once."""

from __future__ import annotations

import itertools

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Tone
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import plan_for, push

STAGE_EVENTS = ((0, None), (0, "ev-acq-p1"), (0, "ev-acq-n1"), (3, None), (3, "ev-rev-p1"))


def _held_tiers(catalog: Catalog) -> list[tuple[GenerationRequest, push.Tiers]]:
    """Budget readers choosing a priced product on push, with an event (several tiers) and without (one)."""
    out = []
    products = [p for p in catalog.products if p.price][:12]
    for product, (stage, event) in itertools.product(products, STAGE_EVENTS):
        spec = dict(
            brand=product.brand, product=product.name, persona=2, stage_index=stage, style_index=1,
            channel="push", tone=Tone.expert, seed=3, honorific="해요체",
        )  # fmt: skip
        if event:
            spec |= dict(is_event=True, event_id=event)
        try:
            resolved = catalog.resolve(Brief(**spec))
        except Exception:  # an event the stage does not take: another brief
            continue
        request = GenerationRequest(resolved, assemble_evidence(resolved), 0)
        tiers = push.bodies(plan_for(request), request)
        if tiers._held is not None:
            out.append((request, tiers))
    return out


def test_a_budget_choosers_push_tiers_read_one_by_one_are_the_whole_layout(catalog: Catalog) -> None:
    briefs = _held_tiers(catalog)
    assert len(briefs) >= 10
    for request, tiers in briefs:
        whole = push.bodies(plan_for(request), request)
        read = []
        at = 0
        while tiers.has(at):
            read.append(list(tiers[at]))
            at += 1
        assert read == [list(whole[i]) for i in range(len(whole))]
        assert list(tiers[-1]) == list(whole[-1])


def test_a_budget_choosers_first_tier_is_read_without_working_out_the_others(catalog: Catalog) -> None:
    several = [(r, t) for r, t in _held_tiers(catalog) if len(t._tiers) >= 2]
    assert several
    for _, tiers in several:
        finished: list[list[push.Form]] = []
        finish = tiers._finish
        tiers._finish = lambda tier, finish=finish, finished=finished: finished.append(tier) or finish(tier)  # type: ignore[method-assign]
        assert tiers.has(0)
        assert tiers[0]
        assert len(finished) < len(tiers._tiers)
