"""Run a test worker in a subprocess and SIGKILL it mid-work: what a crash-safety test starts from."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def run_and_kill(module: str, *args: str, prefix: str, count: int, timeout: float) -> list[str]:
    """Start `python -m module args`, SIGKILL it once it has printed `count` distinct lines starting
    with `prefix` (its acknowledgements, which a worker may repeat); every line it printed, those
    flushed before it died included."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    try:
        while len({line for line in seen if line.startswith(prefix)}) < count:
            line = lines.get(timeout=timeout)
            if line is None:
                pytest.fail(f"worker ended early: {process.stderr.read() if process.stderr else ''}")
            seen.append(line)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    while (line := lines.get(timeout=10)) is not None:
        seen.append(line)
    assert process.returncode == -signal.SIGKILL
    return seen
