"""The contract between the pipeline and whatever writes the copy (templates or the model chain)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from crm_core.catalog import ResolvedBrief
from crm_core.domain import Evidence, Finding, blocking


@dataclass(frozen=True)
class GenerationRequest:
    """One variant to write: the resolved brief, its evidence and which variant it is."""

    resolved: ResolvedBrief
    evidence: Evidence
    variant: int = 0

    @property
    def seed(self) -> int:
        return self.resolved.brief.seed + self.variant


@dataclass(frozen=True)
class CheckOutcome:
    """What the guard says about a candidate, with the exact text that would be sent."""

    channel_text: str
    findings: tuple[Finding, ...]

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return blocking(self.findings)


# Renders the channel text and runs the guard on one candidate's title/body/cta.
CheckFn = Callable[[GenerationRequest, str, str, str], CheckOutcome]
# Told the name of each stage as it starts (rag, load, draft, refine, template, score), for progress.
StageListener = Callable[[str], None]


@dataclass(frozen=True)
class Candidate:
    """A generator's accepted copy for one request, with honest provenance."""

    title: str
    body: str
    cta: str
    outcome: CheckOutcome
    backend: str
    backend_reason: str
    is_template: bool
    draft: str = ""
    raw: str = ""
    drafter_model: str | None = None
    refiner_model: str | None = None
    adapter: str | None = None
    needs_edit: bool = False
    fallback_reason: str | None = None
    attempts: int = 1
    prompt_version: str | None = None
    timing: dict[str, float] = field(default_factory=dict)


class MessageGenerator(Protocol):
    """Writes copy for a batch of requests; checks each candidate with `check` before accepting."""

    name: str
    prompt_version: str

    def generate(
        self, requests: list[GenerationRequest], check: CheckFn, on_stage: StageListener | None = None
    ) -> list[Candidate]: ...

    def describe(self) -> dict[str, object]: ...
