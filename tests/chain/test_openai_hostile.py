"""The workbench against hostile OpenAI-compatible servers (tests/hostile_openai.py).

Every behaviour must end within the deadline plus 5 s, under 500 MB of extra memory, as a flagged
fallback with a Korean reason (or a clear error), and the API key must appear nowhere: not in the
results, the database, the result cache or anything printed or logged.
"""

from __future__ import annotations

import logging
import resource
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_core.backends.base import GenerationOptions
from crm_core.backends.openai_http import OpenAIBackend, OpenAIOptions
from crm_core.chain import ModelChainGenerator
from crm_core.chain.cache import ResultCache
from crm_core.errors import BackendUnavailable, NeedsKey
from crm_core.store import Store
from crm_core.workbench import Workbench
from tests.hostile_openai import BEHAVIOURS, HostileOpenAI
from tests.store.builders import brief, make_pipeline

KEY = "hk-Zq81xTT-hostile-7f3a"  # not sk- shaped: only the literal match can mask it
DEADLINE_S = 4.0
CHAT = [{"role": "user", "content": "안녕하세요"}]

# Server faults: the Korean reason every variant's fallback_reason starts its backend failure with.
FAULTS = {
    "drip": "서버 응답이 제한 시간을 넘김",
    "drip_headers": "서버 응답이 제한 시간을 넘김",
    "silence": "서버 응답이 제한 시간을 넘김",  # the first try times out after 2 s, the retry meets the deadline
    "endless": "서버 응답이 너무 큼",
    "huge": "서버 응답이 너무 큼",
    "long_content": "생성 문구가 길이 한도를 넘음",
    "usage_string": "서버 응답 형식이 올바르지 않음",
    "content_number": "서버 응답 형식이 올바르지 않음",
    "content_list": "서버 응답 형식이 올바르지 않음",
    "no_choices": "서버 응답 형식이 올바르지 않음",
    "invalid_json": "서버 응답이 JSON이 아님",
    "deep_json": "서버 응답이 JSON이 아님",
    "echo_400": "서버가 요청을 거부함",
    "echo_500": "서버 오류",
}
ECHOED_200 = ("echo_content", "echo_message")  # the server answers; the key it quotes is masked


@pytest.fixture()
def hostile(request: pytest.FixtureRequest) -> Iterator[HostileOpenAI]:
    server = HostileOpenAI(request.param).start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_HOSTILE_KEY", KEY)


def options(server: HostileOpenAI, **extra: object) -> OpenAIOptions:
    values: dict[str, object] = {
        "base_url": server.base_url,
        "model": "served",
        "key_env": "CRM_HOSTILE_KEY",
        "timeout_s": 2.0,  # per read; generous so a loaded machine does not turn a fault into a timeout
        "deadline_s": DEADLINE_S,
        "retries": 1,
        "backoff_s": 0.05,
    }
    return OpenAIOptions(**(values | extra))


def workbench(server: HostileOpenAI, folder: Path) -> Workbench:
    backend = OpenAIBackend(options(server))
    pipeline = make_pipeline()
    pipeline.generator = ModelChainGenerator(backend, backend, cache=ResultCache(folder / "results"))
    return Workbench(pipeline, Store.open(f"sqlite:///{folder / 'wb.sqlite'}"))


def files_text(folder: Path) -> str:
    return "".join(p.read_bytes().decode("utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def test_every_behaviour_is_covered() -> None:
    assert set(BEHAVIOURS) == set(FAULTS) | set(ECHOED_200) | {"echo_401"}


@pytest.mark.parametrize("hostile", sorted(FAULTS), indirect=True)
def test_server_fault_is_a_flagged_fallback_in_time_without_the_key(
    hostile: HostileOpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wb = workbench(hostile, tmp_path)
    rss = peak_rss_mb()
    started = time.monotonic()
    view = wb.generate(brief(n=2))
    assert time.monotonic() - started < DEADLINE_S + 5
    assert peak_rss_mb() - rss < 500
    reason = FAULTS[hostile.behaviour]
    assert [(r.needs_edit, r.is_template) for r in view.results] == [(True, True), (True, True)]
    assert all(f"backend failed: {reason} — openai backend at" in r.fallback_reason for r in view.results)
    assert [v.needs_edit for v in view.variants] == [True, True]  # stored flagged
    printed = capsys.readouterr()
    for text in (files_text(tmp_path), printed.out, printed.err, caplog.text, view.results[0].model_dump_json()):
        assert KEY not in text


@pytest.mark.parametrize("hostile", ECHOED_200, indirect=True)
def test_a_key_quoted_in_a_200_reply_is_masked_everywhere(
    hostile: HostileOpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wb = workbench(hostile, tmp_path)
    view = wb.generate(brief())
    [result] = view.results
    assert "[redacted]" in result.refiner_raw
    printed = capsys.readouterr()
    for text in (files_text(tmp_path), printed.out, printed.err, result.model_dump_json()):
        assert KEY not in text


@pytest.mark.parametrize("hostile", ["echo_401"], indirect=True)
def test_a_rejected_key_is_a_clear_error_and_the_failed_run_does_not_store_it(
    hostile: HostileOpenAI, tmp_path: Path
) -> None:
    wb = workbench(hostile, tmp_path)
    with pytest.raises(NeedsKey, match=r"rejected the key in \$CRM_HOSTILE_KEY \(401\)") as raised:
        wb.generate(brief())
    assert KEY not in str(raised.value)
    assert [r.status for r in wb.runs()] == ["failed"]
    assert KEY not in files_text(tmp_path)


@pytest.mark.parametrize("hostile", ["echo_400", "echo_500"], indirect=True)
def test_backend_errors_quote_the_server_but_mask_the_key(hostile: HostileOpenAI) -> None:
    with pytest.raises(BackendUnavailable, match="request_headers") as raised:
        OpenAIBackend(options(hostile, retries=0)).generate([CHAT], GenerationOptions())
    assert KEY not in str(raised.value) and "Bearer [redacted]" in str(raised.value)


@pytest.mark.parametrize("hostile", ["drip", "silence"], indirect=True)
def test_cancel_reaches_a_request_in_flight(hostile: HostileOpenAI) -> None:
    backend = OpenAIBackend(options(hostile, deadline_s=600.0, timeout_s=300.0))
    errors: list[BaseException] = []

    def run() -> None:
        try:
            backend.generate([CHAT, CHAT], GenerationOptions())
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    while hostile.requests < 2:
        time.sleep(0.05)
    backend.cancel()
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert len(errors) == 1 and str(errors[0]).startswith("요청이 취소됨 — openai backend at")


@pytest.mark.parametrize("hostile", ["silence"], indirect=True)
def test_cancelling_a_batch_ends_the_chunk_in_flight(hostile: HostileOpenAI, tmp_path: Path) -> None:
    backend = OpenAIBackend(options(hostile, deadline_s=600.0, timeout_s=300.0))
    pipeline = make_pipeline()
    pipeline.generator = ModelChainGenerator(backend, backend)
    wb = Workbench(pipeline, Store.open(f"sqlite:///{tmp_path / 'wb.sqlite'}"))
    view = wb.generate_many([brief(seed=s) for s in range(3)], should_cancel=lambda: hostile.requests >= 3)
    assert view.run.status == "cancelled"
    assert all(v.needs_edit for v in view.variants)  # the chunk in flight ended as flagged fallbacks
    assert all("요청이 취소됨" in r for r in (wb.result(v.id).fallback_reason for v in view.variants))
