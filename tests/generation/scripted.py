"""Scripted review evidence for composer tests: which sentences the composer may paraphrase."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import EvidenceItem
from crm_core.evidence import assemble_evidence
from crm_core.factory import build_guard
from crm_core.generation.template import TemplateGenerator
from crm_core.pipeline import Pipeline
from crm_core.scores import Scorer


class WithReviews:
    """Evidence with fixed review sentences, to control what the composer may paraphrase."""

    def __init__(self, *sentences: str):
        self.items = tuple(
            EvidenceItem(source_id=f"R{i}#s1", collection="reviews", text=t, score=0.9) for i, t in enumerate(sentences)
        )

    def evidence(self, resolved):  # type: ignore[no-untyped-def]
        return assemble_evidence(resolved, reviews=self.items)


def pipeline_with_reviews(catalog: Catalog, settings: Settings, *reviews: str) -> Pipeline:
    """The template pipeline over exactly these review sentences (none: no reviews at all)."""
    return Pipeline(
        catalog, WithReviews(*reviews), TemplateGenerator(), build_guard(catalog, settings), Scorer(), settings
    )
