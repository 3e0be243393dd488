"""A user's imported next-step guide: an event named like the sample's 다음 단계 라인 안내 (ev-rev-n1) but without
names_next_step. The catalog then offers it with any product in its scope (a cream, a sunscreen, a pack) and
ResolvedBrief.next_product is None, so copy takes the paths for a guide that names no next product."""

from __future__ import annotations

import dataclasses

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.evidence import assemble_evidence
from crm_core.factory import build_guard
from crm_core.generation.template import TemplateGenerator
from crm_core.pipeline import Pipeline
from crm_core.scores import Scorer

NEXT_STEP = "ev-rev-n1"  # 다음 단계 라인 안내


def with_unnamed_guide(catalog: Catalog, event_id: str = NEXT_STEP) -> Catalog:
    """A copy of the catalog whose guide `event_id` does not name the routine's next step."""
    events = tuple(e.model_copy(update={"names_next_step": False}) if e.id == event_id else e for e in catalog.events)
    return dataclasses.replace(catalog, events=events)


class _FactsOnly:
    """Evidence without search: the product's catalog facts alone (as tests/conftest.py's facts_pipeline)."""

    def evidence(self, resolved):  # type: ignore[no-untyped-def]
        return assemble_evidence(resolved)


def unnamed_guide_pipeline(catalog: Catalog, settings: Settings) -> Pipeline:
    """facts_pipeline over `with_unnamed_guide(catalog)`: the template backend, the real guard and scores."""
    imported = with_unnamed_guide(catalog)
    guard = build_guard(imported, settings)
    return Pipeline(imported, _FactsOnly(), TemplateGenerator(), guard, Scorer(), settings)
