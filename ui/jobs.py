"""A batch run in a background thread, so it survives reruns and page switches and can be cancelled.

The thread only calls the Workbench (never Streamlit); the page polls the job's progress.
The store commits each finished chunk, so a cancel or a crash keeps what was already generated.
Counts the page shows are rows that ran: the sheet's rejected rows are counted apart, never as done.
On the template backend every row is its own chunk, so progress moves row by row (a model backend
keeps its batches, which is where its speed comes from).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from crm_core.briefs import BriefSheet
from crm_core.workbench import BatchFailed, BatchProgress, BatchView, Workbench


@dataclass
class BatchJob:
    """One batch in flight or finished; `done`/`total` count the rows that run (rejected rows apart)."""

    sheet: BriefSheet
    done: int = 0
    total: int = 0
    rejected: int = 0
    chunk_size: int | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    outcome: BatchView | None = None
    error: str | None = None
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    run_id: int | None = None
    thread: threading.Thread | None = None
    user: str | None = None

    @property
    def running(self) -> bool:
        return self.finished is None

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def cancelled(self) -> bool:
        """True only when the run stopped early; a cancel pressed after the last row changes nothing."""
        return self.outcome is not None and self.outcome.cancelled

    def progress(self, report: BatchProgress) -> None:
        self.done, self.run_id = report.briefs_done - self.rejected, report.run_id

    def run(self, workbench: Workbench) -> None:
        try:
            self.outcome = workbench.generate_many(
                self.sheet, kind="batch", on_progress=self.progress, should_cancel=self.cancel.is_set,
                user=self.user, chunk_size=self.chunk_size,
            )  # fmt: skip
            self.run_id = self.outcome.run.id
        except BatchFailed as exc:
            self.error, self.run_id = str(exc), exc.run.id
        except Exception as exc:  # reported on the page; the thread must not die silently
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            self.finished = time.monotonic()


def start(workbench: Workbench, sheet: BriefSheet, user: str | None = None) -> BatchJob:
    """Run the sheet's good rows (its bad rows are recorded as failures) in a background thread."""
    per_row = workbench.run_meta()["backend"] == "template"  # no batching gain: report every row
    job = BatchJob(
        sheet=sheet, total=len(sheet.briefs), rejected=len(sheet.errors), user=user, chunk_size=1 if per_row else None
    )
    job.thread = threading.Thread(target=job.run, args=(workbench,), name="crm-batch", daemon=True)
    job.thread.start()
    return job
