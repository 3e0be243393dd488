"""Wire settings into a ready Pipeline: catalog, evidence source, generator, guard, scorer.

The CLI and the pages both build pipelines here, so they always run the same configuration.
"""

from __future__ import annotations

from collections.abc import Iterable

from crm_core import retrieval
from crm_core.catalog import Catalog
from crm_core.config import Settings, load_settings
from crm_core.errors import BackendUnavailable
from crm_core.generation.base import MessageGenerator
from crm_core.generation.template import TemplateGenerator
from crm_core.guard import Guard
from crm_core.pipeline import Pipeline
from crm_core.retrieval import RetrievalEvidence
from crm_core.scores import Scorer


def build_evidence_source(
    catalog: Catalog, settings: Settings, past_messages: Iterable[object] = ()
) -> RetrievalEvidence:
    """The hybrid retriever over the catalog (lexical-only when no embedding model loads), warmed up,
    with approved copy as past-message exemplars."""
    source = retrieval.build_evidence_source(catalog, settings, past_messages)
    source.warm_up()
    return source


def build_scorer(evidence_source: RetrievalEvidence) -> Scorer:
    """Brand tone by embedding when the retriever loaded a model, by character n-grams otherwise."""
    embedder = evidence_source.retriever.embedder
    return Scorer(embed=embedder.encode_passages if embedder is not None else None)


def build_generator(settings: Settings, backend: str | None = None) -> MessageGenerator:
    """The generator for a backend name; `auto` says in its reason why it chose what it chose.

    :raises UnknownModel: transformers with a model that is not on this machine (names the fix).
    :raises NeedsKey: openai without its key variable set.
    """
    from crm_core.chain.build import auto_generator, build_chain

    name = backend or settings.backend
    if name == "template":
        return TemplateGenerator(reason="template backend selected")
    if name == "auto":
        return auto_generator(settings)
    if name in ("transformers", "openai"):
        return build_chain(settings, name)
    raise BackendUnavailable(f"unknown backend {name!r}; use auto, template, transformers or openai")


def build_guard(catalog: Catalog, settings: Settings) -> Guard:
    """The guard on the catalog folder's rules file (default data/guard_rules.yaml), knowing every
    persona label so a leaked one is caught."""
    rules = settings.data_dir / "guard_rules.yaml"
    labels = [label for p in catalog.personas for label in (p.name, p.label_kr)]
    return Guard.load(rules if rules.exists() else None, persona_labels=labels, sender=settings.sender_name or None)


def build_pipeline(
    settings: Settings | None = None,
    catalog: Catalog | None = None,
    backend: str | None = None,
    past_messages: Iterable[object] = (),
) -> Pipeline:
    """Everything a run needs, built once: the retriever is warmed here so the first brief does not wait."""
    settings = settings or load_settings()
    catalog = catalog or Catalog.load(settings.data_dir)
    evidence_source = build_evidence_source(catalog, settings, past_messages)
    return Pipeline(
        catalog=catalog,
        evidence_source=evidence_source,
        generator=build_generator(settings, backend),
        guard=build_guard(catalog, settings),
        scorer=build_scorer(evidence_source),
        settings=settings,
    )
