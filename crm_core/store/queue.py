"""The campaign queue: briefs the stock triggers asked for, and how far each has got.

Policy (the states are the only truth, and no transition can be half done):
- A row is keyed by (day, product, channel, campaign); queuing the same key again adds nothing,
  so a scheduler may re-run a day as often as it likes.
- pending → generated → approved → exported, each step one transaction together with its audit
  row. Generation has no "in progress" state: the copy is written outside any transaction and
  the generated variant, its run and the row's new state are committed at once, so a kill leaves
  a row either pending (its copy is simply written again) or generated, never in between.
- Approving goes through the store's approval policy (a blocked message is refused) in the same
  transaction as the row's state; exporting marks rows exported and returns exactly the approved
  text in one transaction, so a row is exported at most once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from crm_core.domain import ChannelSpec, MessageResult
from crm_core.errors import InvalidInput
from crm_core.store import decisions
from crm_core.store.convert import variant_values
from crm_core.store.decisions import audit
from crm_core.store.errors import required_text
from crm_core.store.models import Approval, Base, Run, Variant, one_of, utcnow
from crm_core.store.store import Store

QUEUE_STATUSES = ("pending", "generated", "approved", "exported")
QueueStatus = Literal["pending", "generated", "approved", "exported"]


class QueueRow(Base):
    """One queued campaign message: its key, its brief, why it was queued and its state."""

    __tablename__ = "campaign_queue"
    __table_args__ = (
        UniqueConstraint("day", "product_id", "channel", "campaign", name="uq_queue_key"),
        one_of("campaign_queue", "status", QUEUE_STATUSES),
        Index("ix_queue_day_status", "day", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    product_id: Mapped[str] = mapped_column(String(120))
    channel: Mapped[str] = mapped_column(String(32))
    campaign: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    brief: Mapped[dict[str, Any]]
    why: Mapped[dict[str, Any]]
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime, doc="Local wall-clock send time (as briefed)")
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id", ondelete="RESTRICT"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    exported_at: Mapped[datetime | None]


@dataclass(frozen=True)
class QueueRequest:
    """What the triggers hand over: one brief for one key, and the numbers behind it."""

    day: date
    product_id: str
    channel: str
    campaign: str
    kind: str
    brief: dict[str, Any]
    why: dict[str, Any]
    scheduled_at: datetime | None


REQUEST_FIELDS = tuple(f.name for f in fields(QueueRequest))
"""The row columns a request fills; the row and the request share these names, so neither is copied by hand."""


@dataclass(frozen=True)
class QueueItem:
    """One queue row as the page and the CLI see it: the request, its state, and its message once generated."""

    id: int
    request: QueueRequest
    status: QueueStatus
    variant_id: int | None
    title: str = ""
    body: str = ""
    cta: str = ""
    channel_text: str = ""
    verdict: str = ""
    needs_edit: bool = False
    exported_at: datetime | None = None


@dataclass(frozen=True)
class EnqueueResult:
    queued: tuple[int, ...]
    already: tuple[int, ...]


@dataclass(frozen=True)
class QueueStep:
    """Rows a bulk step moved, and those it left with the reason."""

    done: tuple[int, ...]
    skipped: tuple[tuple[int, str], ...] = ()


class CampaignQueue:
    """Queue operations over the workbench store (same database, same transactions and audit)."""

    def __init__(self, store: Store):
        self.store = store

    def enqueue(self, requests: Iterable[QueueRequest], user: str) -> EnqueueResult:
        """Add the requests whose key is new; existing keys are reported, never changed."""
        user = required_text("user", user)
        queued: list[int] = []
        already: list[int] = []
        with self.store.writing() as session:
            for request in requests:
                existing = session.scalar(
                    select(QueueRow.id).where(
                        QueueRow.day == request.day,
                        QueueRow.product_id == request.product_id,
                        QueueRow.channel == request.channel,
                        QueueRow.campaign == request.campaign,
                    )
                )
                if existing is not None:
                    already.append(existing)
                    continue
                row = QueueRow(**{name: getattr(request, name) for name in REQUEST_FIELDS})
                session.add(row)
                session.flush()
                queued.append(row.id)
                audit(session, user, "queue_add", "queue", row.id, kind=request.kind, product=request.product_id)
        return EnqueueResult(tuple(queued), tuple(already))

    def record_generated(
        self, row_id: int, result: MessageResult, spec: ChannelSpec | None, user: str, meta: dict[str, Any]
    ) -> bool:
        """Store the written copy as a run + variant and move the row to generated, atomically.

        False (nothing written) when the row is no longer pending (another process got there first).
        """
        with self.store.writing() as session:
            row = session.get(QueueRow, row_id)
            if row is None or row.status != "pending":
                return False
            run = Run(kind="batch", user=user, batch_id=f"queue-{row.day}", n_briefs=1, n_briefs_done=1,
                      n_variants=1, status="done", finished_at=utcnow(), **meta)  # fmt: skip
            session.add(run)
            session.flush()
            variant = Variant(run_id=run.id, **variant_values(result, 0, spec))
            session.add(variant)
            session.flush()
            self._move(session, row, "generated", user, variant_id=variant.id, verdict=result.verdict)
            row.variant_id = variant.id
            return True

    def approve(
        self, row_ids: Sequence[int], user: str, note: str | None = None, allow_warn: bool = False
    ) -> QueueStep:
        """Approve generated rows under the store's bulk policy; the others are skipped with the reason."""
        user = required_text("user", user)
        done: list[int] = []
        skipped: list[tuple[int, str]] = []
        with self.store.writing() as session:
            now = utcnow()
            for row_id in dict.fromkeys(row_ids):
                row = session.get(QueueRow, row_id)
                if row is None or row.status != "generated" or row.variant_id is None:
                    skipped.append((row_id, "not generated" if row is not None else "not found"))
                    continue
                variant = session.get(Variant, row.variant_id)
                assert variant is not None
                reason = decisions.bulk_skip_reason(session, variant, allow_warn)
                if reason is not None:
                    skipped.append((row_id, reason))
                    continue
                decisions.approve(session, row.variant_id, user, note, now)
                self._move(session, row, "approved", user)
                done.append(row_id)
        return QueueStep(tuple(done), tuple(skipped))

    def export(self, row_ids: Sequence[int] | None, user: str) -> list[QueueItem]:
        """Mark approved rows exported and return them with exactly the approved text."""
        user = required_text("user", user)
        with self.store.writing() as session:
            query = select(QueueRow).where(QueueRow.status == "approved")
            if row_ids is not None:
                query = query.where(QueueRow.id.in_(list(row_ids)))
            rows = list(session.scalars(query.order_by(QueueRow.id)))
            now = utcnow()
            for row in rows:
                row.exported_at = now
                self._move(session, row, "exported", user)
            session.flush()
            return [self._item(session, row) for row in rows]

    def items(self, day: date | None = None, status: str | None = None) -> list[QueueItem]:
        """Queue rows, newest day first, with their current message."""
        if status is not None and status not in QUEUE_STATUSES:
            raise InvalidInput("status", f"unknown queue status {status!r}", allowed=list(QUEUE_STATUSES))
        with self.store.reading() as session:
            query = select(QueueRow)
            if day is not None:
                query = query.where(QueueRow.day == day)
            if status is not None:
                query = query.where(QueueRow.status == status)
            rows = session.scalars(query.order_by(QueueRow.day.desc(), QueueRow.id))
            return [self._item(session, row) for row in rows]

    def pending(self, day: date | None = None) -> list[QueueItem]:
        return self.items(day, "pending")

    @staticmethod
    def _move(session: Session, row: QueueRow, status: QueueStatus, user: str, **detail: Any) -> None:
        audit(session, user, f"queue_{status}", "queue", row.id, before=row.status, **detail)
        row.status = status
        row.updated_at = utcnow()

    @staticmethod
    def _item(session: Session, row: QueueRow) -> QueueItem:
        text: dict[str, Any] = {}
        if row.variant_id is not None:
            variant = session.get(Variant, row.variant_id)
            approval = decisions.active_approval(session, row.variant_id)
            source: Variant | Approval | None = (
                approval if row.status in ("approved", "exported") and approval else variant
            )
            if source is not None and variant is not None:
                text = {
                    "title": source.title, "body": source.body, "cta": source.cta,
                    "channel_text": source.channel_text, "verdict": source.verdict, "needs_edit": variant.needs_edit,
                }  # fmt: skip
        request = QueueRequest(**{name: getattr(row, name) for name in REQUEST_FIELDS})
        return QueueItem(
            id=row.id, request=request, status=row.status,  # type: ignore[arg-type]
            variant_id=row.variant_id, exported_at=row.exported_at, **text,
        )  # fmt: skip
