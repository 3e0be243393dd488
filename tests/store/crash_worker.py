"""A slow batch against a SQLite file that approves as it goes; test_crash.py kills it with SIGKILL.

Prints `APPROVED <id>` only after approve() has returned (committed), `CHUNK <n>` after each
committed chunk, and `DONE` if it ever finishes (the test kills it long before).
"""

from __future__ import annotations

import sys
import threading
import time

from crm_core.store import VariantFilter
from tests.store.builders import blocked_brief, brief, make_workbench

lock = threading.Lock()


def say(line: str) -> None:
    with lock:
        print(line, flush=True)


def main(db: str, n_briefs: int) -> None:
    wb = make_workbench(db, user="worker", delay_s=0.02)

    def approve_pending() -> None:
        while True:
            for view in wb.variants(VariantFilter(status="pending", verdict="pass")):
                wb.approve(view.id, "approver-thread")
                say(f"APPROVED {view.id}")
            # A marketer's page polls; a hot loop would hold the GIL so long that the batch thread's first
            # imports (sklearn, on an idle 2-core box) took minutes and nothing was approved before the kill.
            time.sleep(0.01)

    threading.Thread(target=approve_pending, daemon=True).start()

    def progress(p) -> None:  # type: ignore[no-untyped-def]
        say(f"CHUNK {p.briefs_done}")
        result = wb.bulk_approve(p.new_ids, "progress")  # blocked ones are skipped, not failed
        for variant_id in (*result.approved, *result.already):
            say(f"APPROVED {variant_id}")

    briefs = [(blocked_brief if s % 5 == 0 else brief)(seed=s, n=2) for s in range(n_briefs)]
    wb.generate_many(briefs, on_progress=progress, chunk_size=1)
    say("DONE")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
