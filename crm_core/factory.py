"""Wire settings into a ready Pipeline: catalog, evidence source, generator, guard, scorer.

The CLI and the pages both build pipelines here, so they always run the same configuration.
"""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.config import Settings, load_settings
from crm_core.errors import BackendUnavailable
from crm_core.generation.base import MessageGenerator
from crm_core.generation.template import TemplateGenerator
from crm_core.pipeline import EvidenceSource, Pipeline


def build_evidence_source(catalog: Catalog, settings: Settings) -> EvidenceSource:
    """The hybrid retriever over the catalog (lexical-only when no embedding model loads)."""
    from crm_core.retrieval import build_evidence_source as build

    return build(catalog, settings)


def build_generator(settings: Settings, backend: str | None = None) -> MessageGenerator:
    """The generator for a backend name; `auto` says in its reason why it chose what it chose."""
    name = backend or settings.backend
    if name == "template":
        return TemplateGenerator(reason="template backend selected")
    if name == "auto":
        return TemplateGenerator(reason="auto: model backends are not available in this build; template backend")
    raise BackendUnavailable(f"backend {name!r} is not available in this build; use --backend template")


def build_pipeline(
    settings: Settings | None = None, catalog: Catalog | None = None, backend: str | None = None
) -> Pipeline:
    from crm_core.guard import Guard
    from crm_core.scores import Scorer

    settings = settings or load_settings()
    catalog = catalog or Catalog.load(settings.data_dir)
    return Pipeline(
        catalog=catalog,
        evidence_source=build_evidence_source(catalog, settings),
        generator=build_generator(settings, backend),
        guard=Guard.load(),
        scorer=Scorer(),
        settings=settings,
    )
