"""bench/results_io.py: every bench writes its result pair the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.results_io import write_results


@pytest.mark.parametrize("name", ["forecast-eval", "forecast-eval.json", "forecast-eval.md"])
def test_a_stem_or_either_file_name_writes_the_same_pair(tmp_path: Path, name: str) -> None:
    written = write_results(tmp_path / "results" / name, {"제품": "수분 크림", "n": 3}, "# 결과\n")
    assert written == [tmp_path / "results/forecast-eval.json", tmp_path / "results/forecast-eval.md"]
    assert (tmp_path / "results/forecast-eval.json").read_text(encoding="utf-8") == (
        '{\n  "제품": "수분 크림",\n  "n": 3\n}\n'
    )
    assert (tmp_path / "results/forecast-eval.md").read_text(encoding="utf-8") == "# 결과\n"


def test_a_dated_stem_keeps_its_dots_and_json_alone_writes_no_markdown(tmp_path: Path) -> None:
    [written] = write_results(tmp_path / "engine-batch-2026.12.03", {"ok": True})
    assert written.name == "engine-batch-2026.12.03.json"
    assert json.loads(written.read_text(encoding="utf-8")) == {"ok": True}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["engine-batch-2026.12.03.json"]
