"""Tables of the workbench database: runs, variants, approvals, decisions, edits, audit, schema version.

Decisions, edits and audit rows are append-only. An approval row is a snapshot of exactly the
text that was approved; it is never deleted or rewritten, only marked revoked (with who, when
and why). A partial unique index allows one active approval per variant, so approving twice can
never produce two rows.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

RUN_KINDS = ("compose", "compare", "batch")
RUN_STATUSES = ("running", "done", "cancelled", "failed", "interrupted")
VARIANT_STATUSES = ("pending", "approved", "rejected")
DECISION_ACTIONS = ("approve", "reject", "edit", "unapprove")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: one meaning on SQLite and PostgreSQL alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


def one_of(table: str, column: str, values: tuple[str, ...]) -> CheckConstraint:
    allowed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=f"ck_{table}_{column}")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class SchemaVersion(Base):
    """One row per applied schema version; the highest is the database's version."""

    __tablename__ = "schema_version"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class Run(Base):
    """One generate call (compose / compare) or one batch; counts grow as chunks commit."""

    __tablename__ = "runs"
    __table_args__ = (one_of("runs", "kind", RUN_KINDS), one_of("runs", "status", RUN_STATUSES))

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="running", index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    finished_at: Mapped[datetime | None]
    heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow)
    user: Mapped[str] = mapped_column(String(120))
    backend: Mapped[str] = mapped_column(String(64))
    models: Mapped[dict[str, Any]] = mapped_column(default=dict)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    batch_id: Mapped[str | None] = mapped_column(String(64), index=True)
    host: Mapped[str] = mapped_column(String(255), default="")
    pid: Mapped[int] = mapped_column(default=0)
    n_briefs: Mapped[int] = mapped_column(default=0)
    n_briefs_done: Mapped[int] = mapped_column(default=0)
    n_variants: Mapped[int] = mapped_column(default=0)
    n_errors: Mapped[int] = mapped_column(default=0)
    errors: Mapped[list[Any]] = mapped_column(default=list)
    error: Mapped[str | None] = mapped_column(Text)

    variants: Mapped[list[Variant]] = relationship(back_populates="run")


class Variant(Base):
    """One generated message; title/body/cta/verdict/scores are the current revision's."""

    __tablename__ = "variants"
    __table_args__ = (
        UniqueConstraint("run_id", "brief_index", "variant_index", name="uq_variant_slot"),
        one_of("variants", "status", VARIANT_STATUSES),
        Index("ix_variants_filters", "brand", "product_id", "persona", "stage", "style", "channel"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="RESTRICT"), index=True)
    brief_index: Mapped[int]
    variant_index: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    brief: Mapped[dict[str, Any]]
    brand: Mapped[str] = mapped_column(String(120))
    product_id: Mapped[str] = mapped_column(String(120))
    product_name: Mapped[str] = mapped_column(String(255))
    persona: Mapped[str] = mapped_column(String(120))
    persona_index: Mapped[int]
    stage: Mapped[int]
    stage_name: Mapped[str] = mapped_column(String(32))
    style: Mapped[int]
    style_name: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(32))
    is_ad: Mapped[bool]
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    cta: Mapped[str] = mapped_column(Text)
    channel_text: Mapped[str] = mapped_column(Text)
    byte_count: Mapped[int]
    char_count: Mapped[int]
    verdict: Mapped[str] = mapped_column(String(8), index=True)
    findings: Mapped[list[Any]]
    scores: Mapped[dict[str, Any]]
    t_load: Mapped[float] = mapped_column(default=0.0)
    t_rag: Mapped[float] = mapped_column(default=0.0)
    t_draft: Mapped[float] = mapped_column(default=0.0)
    t_refine: Mapped[float] = mapped_column(default=0.0)
    t_guard: Mapped[float] = mapped_column(default=0.0)
    t_total: Mapped[float] = mapped_column(default=0.0)
    backend: Mapped[str] = mapped_column(String(64))
    is_template: Mapped[bool]
    needs_edit: Mapped[bool]
    fallback_reason: Mapped[str | None] = mapped_column(Text)
    drafter_model: Mapped[str | None] = mapped_column(String(255))
    refiner_model: Mapped[str | None] = mapped_column(String(255))
    adapter: Mapped[str | None] = mapped_column(String(255))
    prompt_version: Mapped[str] = mapped_column(String(64))
    seed: Mapped[int]
    result: Mapped[dict[str, Any]] = mapped_column(doc="The current MessageResult (draft, evidence, provenance)")
    revision: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)

    run: Mapped[Run] = relationship(back_populates="variants")


class Approval(Base):
    """A snapshot of the approved text of one revision; revoked, never deleted or rewritten."""

    __tablename__ = "approvals"
    __table_args__ = (
        Index(
            "uq_one_active_approval",
            "variant_id",
            unique=True,
            sqlite_where=text("revoked_at IS NULL"),
            postgresql_where=text("revoked_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id", ondelete="RESTRICT"), index=True)
    revision: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    cta: Mapped[str] = mapped_column(Text)
    channel_text: Mapped[str] = mapped_column(Text)
    byte_count: Mapped[int]
    char_count: Mapped[int]
    verdict: Mapped[str] = mapped_column(String(8))
    scores: Mapped[dict[str, Any]]
    approver: Mapped[str] = mapped_column(String(120))
    approved_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    note: Mapped[str | None] = mapped_column(Text)
    revoked_at: Mapped[datetime | None]
    revoked_by: Mapped[str | None] = mapped_column(String(120))
    revoke_reason: Mapped[str | None] = mapped_column(Text)


class Decision(Base):
    """Append-only log of what a person decided about a variant, with who, when and why."""

    __tablename__ = "decisions"
    __table_args__ = (one_of("decisions", "action", DECISION_ACTIONS),)

    id: Mapped[int] = mapped_column(primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id", ondelete="RESTRICT"), index=True)
    revision: Mapped[int]
    action: Mapped[str] = mapped_column(String(16))
    user: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text)


class Edit(Base):
    """One manual edit: the text before and after, and what the re-check said about the new text."""

    __tablename__ = "edits"

    id: Mapped[int] = mapped_column(primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id", ondelete="RESTRICT"), index=True)
    from_revision: Mapped[int]
    to_revision: Mapped[int]
    user: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)
    before_title: Mapped[str] = mapped_column(Text)
    before_body: Mapped[str] = mapped_column(Text)
    before_cta: Mapped[str] = mapped_column(Text)
    before_channel_text: Mapped[str] = mapped_column(Text)
    before_verdict: Mapped[str] = mapped_column(String(8))
    before_findings: Mapped[list[Any]]
    before_scores: Mapped[list[Any]]
    after_title: Mapped[str] = mapped_column(Text)
    after_body: Mapped[str] = mapped_column(Text)
    after_cta: Mapped[str] = mapped_column(Text)
    after_channel_text: Mapped[str] = mapped_column(Text)
    after_verdict: Mapped[str] = mapped_column(String(8))
    after_findings: Mapped[list[Any]]
    after_scores: Mapped[list[Any]]


class AuditEntry(Base):
    """Everything that changed the database or left it (runs, decisions, exports), in order."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int | None]
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ProductMappingRow(Base):
    """A sheet product name the user mapped to a catalog product (or to name only), reused by every sheet."""

    __tablename__ = "product_mappings"
    __table_args__ = (UniqueConstraint("brand", "sheet_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    brand: Mapped[str] = mapped_column(String(120))
    sheet_name: Mapped[str] = mapped_column(String(500))
    product_id: Mapped[str | None] = mapped_column(String(120))
    user: Mapped[str] = mapped_column(String(120))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
