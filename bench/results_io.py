"""Writing a benchmark's result files: one JSON (and optionally one Markdown) beside each other.

Every bench ends the same way, so the format lives here once: UTF-8, Korean kept readable
(`ensure_ascii=False`), two-space indent, a trailing newline, the folder created if missing.
The paths written go to stderr, so a bench's stdout stays what it prints itself.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

RESULT_SUFFIXES = (".json", ".md")


def result_stem(path: str | Path) -> Path:
    """`path` without a trailing .json/.md, so `x`, `x.json` and `x.md` all name the pair `x.json` + `x.md`."""
    path = Path(path)
    return path.with_suffix("") if path.suffix in RESULT_SUFFIXES else path


def write_results(path: str | Path, result: dict[str, Any], markdown: str | None = None) -> list[Path]:
    """Write `<stem>.json` (and `<stem>.md` when markdown is given); return and report the paths written."""
    stem = result_stem(path)
    stem.parent.mkdir(parents=True, exist_ok=True)
    files = {stem.with_name(stem.name + ".json"): json.dumps(result, ensure_ascii=False, indent=2) + "\n"}
    if markdown is not None:
        files[stem.with_name(stem.name + ".md")] = markdown
    for file, text in files.items():
        file.write_text(text, encoding="utf-8")
        print(f"wrote {file}", file=sys.stderr)
    return list(files)
