"""Plain frozen values the pages read; no session or ORM object ever leaves the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from crm_core.domain import EvidenceItem, Finding, Score, Timing, rule_ids

VariantStatus = Literal["pending", "approved", "rejected"]
RunStatus = Literal["running", "done", "cancelled", "failed", "interrupted"]
RunKind = Literal["compose", "compare", "batch"]


@dataclass(frozen=True)
class RunInfo:
    """One run: what ran, on what, for whom, and how far it got."""

    id: int
    kind: RunKind
    status: RunStatus
    created_at: datetime
    finished_at: datetime | None
    user: str
    backend: str
    models: dict[str, Any]
    batch_id: str | None
    n_briefs: int
    n_briefs_done: int
    n_variants: int
    n_errors: int
    errors: tuple[dict[str, Any], ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class ApprovalView:
    """The approved text of one revision, exactly as it will be exported."""

    id: int
    variant_id: int
    revision: int
    title: str
    body: str
    cta: str
    channel_text: str
    byte_count: int
    char_count: int
    verdict: str
    scores: dict[str, float]
    approver: str
    approved_at: datetime
    note: str | None


@dataclass(frozen=True)
class VariantView:
    """One stored variant: its current revision, its decision state and its active approval."""

    id: int
    run_id: int
    brief_index: int
    variant_index: int
    created_at: datetime
    brief: dict[str, Any]
    brand: str
    product_id: str
    product_name: str
    persona: str
    persona_index: int
    stage: int
    stage_name: str
    style: int
    style_name: str
    channel: str
    is_ad: bool
    title: str
    body: str
    cta: str
    channel_text: str
    byte_count: int
    char_count: int
    verdict: str
    findings: tuple[Finding, ...]
    scores: dict[str, float]
    timing: Timing
    backend: str
    is_template: bool
    needs_edit: bool
    fallback_reason: str | None
    drafter_model: str | None
    refiner_model: str | None
    adapter: str | None
    prompt_version: str
    seed: int
    revision: int
    status: VariantStatus
    run_kind: RunKind
    batch_id: str | None
    approval: ApprovalView | None = None

    @property
    def blocking_rule_ids(self) -> tuple[str, ...]:
        return rule_ids(self.findings, "block")

    @property
    def sms_to_lms(self) -> bool:
        """An SMS brief written as LMS (90 bytes could not carry it): the brief asked SMS, the copy is LMS."""
        return self.brief.get("channel") == "sms" and self.channel == "lms"

    @property
    def pending_edit(self) -> bool:
        """True when the text was edited after approval: the approved revision is still the one exported."""
        return self.approval is not None and self.approval.revision != self.revision

    @property
    def models(self) -> str:
        """The models that wrote this copy, e.g. 'drafter=Qwen/…; refiner=LGAI-EXAONE/…'."""
        parts = [("drafter", self.drafter_model), ("refiner", self.refiner_model), ("adapter", self.adapter)]
        return "; ".join(f"{name}={value}" for name, value in parts if value) or self.backend


@dataclass(frozen=True)
class HistoryEntry:
    """One decision or edit on a variant, oldest first; edits carry the before/after text."""

    at: datetime
    user: str
    action: str
    revision: int
    reason: str | None = None
    before: dict[str, str] | None = None
    after: dict[str, str] | None = None
    verdict_after: str | None = None


@dataclass(frozen=True)
class BulkResult:
    """What bulk approval did: newly approved ids, ids already approved, and skipped ids with why."""

    approved: tuple[int, ...] = ()
    already: tuple[int, ...] = ()
    skipped: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class PastMessage:
    """Approved copy offered to retrieval as a 'past messages' style exemplar."""

    variant_id: int
    revision: int
    brand: str
    product_id: str
    persona: str
    stage: int
    style: int
    channel: str
    title: str
    body: str
    cta: str
    approved_at: datetime

    @property
    def source_id(self) -> str:
        return f"approved:{self.variant_id}@r{self.revision}"

    @property
    def text(self) -> str:
        return "\n".join(part for part in (self.title, self.body, self.cta) if part)

    def as_evidence(self, score: float | None = None) -> EvidenceItem:
        return EvidenceItem(source_id=self.source_id, collection="past_messages", text=self.text, score=score)


@dataclass(frozen=True)
class RowFailure:
    """A brief of a batch that produced nothing: its row index, the field and why."""

    index: int
    field: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "field": self.field, "message": self.message}


@dataclass(frozen=True)
class Recheck:
    """The guard and scorer's view of an edited message (channel text re-rendered)."""

    channel_text: str
    findings: tuple[Finding, ...]
    verdict: str
    scores: tuple[Score, ...] = ()
