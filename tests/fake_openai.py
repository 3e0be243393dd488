"""A real HTTP server on localhost that speaks enough of the OpenAI chat API for backend tests.

Script it with `enqueue(...)`: a string is the assistant's content, an int is an error status, a
float is a delay in seconds before a default answer (for timeouts). Every request body is kept in `requests`.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

DEFAULT = '{"title": "제목", "body": "본문입니다.", "cta": "보기"}'


class FakeOpenAI:
    """Answers POSTs from a queue; records bodies, paths and auth headers."""

    def __init__(self) -> None:
        self.queue: list[str | int | float] = []
        self.requests: list[dict[str, Any]] = []
        self.auth: list[str | None] = []
        self.paths: list[str] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler())
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def enqueue(self, *answers: str | int | float) -> FakeOpenAI:
        with self.lock:
            self.queue.extend(answers)
        return self

    def next_answer(self) -> str | int | float:
        with self.lock:
            return self.queue.pop(0) if self.queue else DEFAULT

    def handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with fake.lock:
                    fake.requests.append(body)
                    fake.auth.append(self.headers.get("Authorization"))
                    fake.paths.append(self.path)
                answer = fake.next_answer()
                if isinstance(answer, float):
                    time.sleep(answer)
                    answer = DEFAULT
                if isinstance(answer, int):
                    self.reply(answer, {"error": {"message": f"scripted {answer}"}})
                    return
                usage = {"prompt_tokens": 11, "completion_tokens": 7}
                message = {"role": "assistant", "content": answer}
                self.reply(200, {"choices": [{"message": message, "finish_reason": "stop"}], "usage": usage})

            def reply(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler

    def start(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def fake_openai() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()
