"""A real HTTP server on localhost that misbehaves the ways OpenAI-compatible servers have been seen to.

Each behaviour is a name in BEHAVIOURS; the server answers every request with the one it was
started with. The handlers write raw bytes so they can break HTTP itself (drip, silence, endless
bodies), and they echo the request's Authorization header where a careless server would.
`stop()` wakes every handler that is still stalling, so no thread outlives the test.
"""

from __future__ import annotations

import json
import threading
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DRIP_EVERY_S = 0.3  # shorter than the client's per-read timeout: only the overall deadline stops it
HUGE_CHARS = 12_000_000
LONG_CHARS = 300_000  # under the byte cap, far over what max_tokens allows


def chat_reply(content: object, usage: object = None) -> dict[str, object]:
    usage = {"prompt_tokens": 11, "completion_tokens": 7} if usage is None else usage
    return {
        "choices": [{"message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": usage,
    }


def message_json(body: str) -> str:
    return json.dumps({"title": "자음생크림", "body": body, "cta": "보기"}, ensure_ascii=False)


@cache
def huge_reply() -> bytes:
    """Built once, before any request: answering must not wait on serialising 12M characters."""
    return json.dumps(chat_reply("가" * HUGE_CHARS), ensure_ascii=False).encode()


BEHAVIOURS = (
    "drip",  # 200 headers, then one body byte at a time, forever
    "drip_headers",  # the status line and headers one byte at a time
    "silence",  # reads the request, never answers
    "endless",  # a chunked body that never ends
    "huge",  # a 12M-character content, Content-Length announced
    "long_content",  # valid JSON under the byte cap, content far longer than max_tokens allows
    "usage_string",  # "usage": "lots"
    "content_number",  # "content": 42
    "content_list",  # "content": [{"type": "text", ...}]
    "no_choices",  # "choices": []
    "invalid_json",  # "{not json"
    "deep_json",  # 100,000 nested arrays
    "echo_400",  # 400 whose body echoes the request headers, key included
    "echo_500",  # 500 whose body echoes the request headers, key included
    "echo_401",  # 401 whose body echoes the request headers
    "echo_content",  # 200 whose content is not a message and quotes the Authorization header
    "echo_message",  # 200 with a valid message whose body quotes the Authorization header
)


class HostileOpenAI:
    """Answers every POST with `behaviour`; counts requests."""

    def __init__(self, behaviour: str):
        if behaviour not in BEHAVIOURS:
            raise ValueError(f"behaviour: {behaviour!r} (allowed: {', '.join(BEHAVIOURS)})")
        self.behaviour = behaviour
        if behaviour == "huge":
            huge_reply()
        self.requests = 0
        self.stopping = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def start(self) -> HostileOpenAI:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        hostile = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["Content-Length"]))
                hostile.requests += 1
                try:
                    getattr(self, hostile.behaviour)()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should

            # ---- helpers ---------------------------------------------------------------
            def headers_seen(self) -> dict[str, str]:
                return dict(self.headers.items())

            def send_json(self, status: int, payload: object) -> None:
                self.send_bytes(status, json.dumps(payload, ensure_ascii=False).encode())

            def send_bytes(self, status: int, data: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def stall(self) -> None:
                hostile.stopping.wait(600)

            # ---- behaviours ------------------------------------------------------------
            def drip(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                while not hostile.stopping.wait(DRIP_EVERY_S):
                    self.wfile.write(b" ")
                    self.wfile.flush()

            def drip_headers(self) -> None:
                for byte in b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"a" * 10_000:
                    if hostile.stopping.wait(DRIP_EVERY_S):
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()

            def silence(self) -> None:
                self.stall()

            def endless(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"[" * 65536
                frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
                while not hostile.stopping.is_set():
                    self.wfile.write(frame)

            def huge(self) -> None:
                self.send_bytes(200, huge_reply())

            def long_content(self) -> None:
                self.send_json(200, chat_reply(message_json("가" * LONG_CHARS)))

            def usage_string(self) -> None:
                self.send_json(200, chat_reply(message_json("본문"), usage="lots"))

            def content_number(self) -> None:
                self.send_json(200, chat_reply(42))

            def content_list(self) -> None:
                self.send_json(200, chat_reply([{"type": "text", "text": message_json("본문")}]))

            def no_choices(self) -> None:
                self.send_json(200, {"choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 1}})

            def invalid_json(self) -> None:
                self.send_bytes(200, b'{not json, "choices": [')

            def deep_json(self) -> None:
                self.send_bytes(200, b"[" * 100_000 + b"]" * 100_000)

            def echo(self, status: int) -> None:
                self.send_json(status, {"error": {"message": "rejected", "request_headers": self.headers_seen()}})

            def echo_400(self) -> None:
                self.echo(400)

            def echo_500(self) -> None:
                self.echo(500)

            def echo_401(self) -> None:
                self.echo(401)

            def echo_content(self) -> None:
                self.send_json(200, chat_reply(f"I received: {self.headers_seen()}"))

            def echo_message(self) -> None:
                auth = self.headers.get("Authorization", "")
                self.send_json(200, chat_reply(message_json(f"인삼 크림 안내입니다. {auth}")))

        return Handler
