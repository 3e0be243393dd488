"""Any OpenAI-compatible chat server (vLLM, TGI, Ollama) over HTTP: the scale-out path.

The refiner's JSON schema goes out as `response_format: json_schema`, which vLLM and SGLang enforce
with xgrammar, the same library the local backend uses. The server is not trusted: every request
has an overall deadline (connect, headers and body together, retries included) and a size cap,
every reply is validated against the chat/completions schema, and every failure becomes
BackendUnavailable with a Korean reason first, so the chain falls back to flagged template copy.
Timeouts, connection errors and 5xx are retried with backoff while the deadline allows. The key is
read from the environment variable named in the options, never stored, and masked in every error
and every text a server sends back (servers have been seen echoing the Authorization header).
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import replace
from typing import Any, Literal

import httpcore
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError

from crm_core.backends.base import Chat, Generation, GenerationOptions
from crm_core.backends.deadline import Cancelled, Deadline, DeadlineBackend, DeadlinePassed, deadline_scope
from crm_core.backends.model_files import license_of
from crm_core.errors import BackendUnavailable, NeedsKey
from crm_core.redact import redact

ResponseFormat = Literal["json_schema", "json_object", "none"]


class OpenAIOptions(BaseModel):
    """Where the server is and how to talk to it; typos fail loudly."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: str = Field(default="http://127.0.0.1:8000/v1", min_length=1)
    model: str = Field(min_length=1, description="The served model name")
    role: str = "model"
    key_env: str = Field(default="OPENAI_API_KEY", description="Env var holding the key; empty = no key")
    timeout_s: float = Field(default=60.0, gt=0)
    retries: int = Field(default=1, ge=0, le=5, description="Extra tries after a timeout or 5xx")
    backoff_s: float = Field(default=0.5, ge=0)
    response_format: ResponseFormat = Field(default="json_schema", description="How JSON output is requested")
    max_concurrency: int = Field(default=8, ge=1, le=256, description="Requests in flight; the server batches them")
    enable_thinking: bool | None = Field(
        default=False, description="Sent as chat_template_kwargs (EXAONE 4.0 on vLLM); None = not sent"
    )
    deadline_s: float = Field(default=120.0, gt=0, description="Whole request, retries included")
    batch_deadline_s: float = Field(default=3600.0, gt=0, description="Whole generate call")
    max_reply_bytes: int = Field(default=1_000_000, ge=1024, description="Bigger replies are refused unread")
    max_chars_per_token: int = Field(
        default=16, ge=1, le=256, description="Content longer than max_tokens × this cannot be honest output"
    )


class ReplyMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    content: StrictStr | None = None


class ReplyChoice(BaseModel):
    model_config = ConfigDict(extra="ignore")
    message: ReplyMessage
    finish_reason: StrictStr | None = None


class ReplyUsage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    prompt_tokens: StrictInt = Field(default=0, ge=0)
    completion_tokens: StrictInt = Field(default=0, ge=0)


class ChatReply(BaseModel):
    """The part of a chat/completions reply we use, with strict types: a number is not a text."""

    model_config = ConfigDict(extra="ignore")
    choices: list[ReplyChoice] = Field(min_length=1)
    usage: ReplyUsage | None = None


class ServerFault(Exception):
    """One failed request: a Korean reason for the marketer, the technical detail, and whether to retry."""

    def __init__(self, reason_ko: str, detail: str, retry: bool = False):
        super().__init__(f"{reason_ko}: {detail}")
        self.reason_ko, self.detail, self.retry = reason_ko, detail, retry


def schema_problem(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "reply"
    return f"{where}: {err['msg']} (got {type(err.get('input')).__name__})"


class OpenAIBackend:
    """Chat completions against an OpenAI-compatible server; requests run concurrently."""

    name = "openai"

    def __init__(self, options: OpenAIOptions):
        self.options = options
        self.model_id = options.model
        self._cancel = threading.Event()

    def api_key(self) -> str | None:
        """The key from the named env var (None when no key is configured).

        :raises NeedsKey: when the variable is named but not set.
        """
        env = self.options.key_env
        if not env:
            return None
        key = os.environ.get(env)
        if not key:
            raise NeedsKey(
                f"the openai backend reads its API key from ${env}, which is not set: export {env}=... "
                "(any value for a local server without auth), or set CRM_OPENAI_KEY_ENV='' if it needs none"
            )
        return key

    def warm_up(self) -> float:
        """Nothing to load; checks the key is there so a missing one fails before any work."""
        self.api_key()
        return 0.0

    def body(self, chat: Chat, options: GenerationOptions) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.options.model,
            "messages": chat,
            "max_tokens": options.max_new_tokens,
            "temperature": options.temperature,
            "seed": options.seed,
        }
        if not options.greedy:
            body["top_p"] = options.top_p
        if options.json_schema is not None and self.options.response_format == "json_schema":
            schema = {"name": "crm_message", "schema": options.json_schema, "strict": True}
            body["response_format"] = {"type": "json_schema", "json_schema": schema}
        elif options.json_schema is not None and self.options.response_format == "json_object":
            body["response_format"] = {"type": "json_object"}
        if self.options.enable_thinking is not None:
            body["chat_template_kwargs"] = {"enable_thinking": self.options.enable_thinking}
        return body

    def cancel(self) -> None:
        """Stop the generate call in flight: its open requests end within a quarter second."""
        self._cancel.set()

    def generate(self, prompts: Sequence[Chat], options: GenerationOptions) -> list[Generation]:
        """One request per prompt, up to max_concurrency at once; results in prompt order.

        The first failed request cancels the others (the chain falls back for the whole batch anyway).
        """
        key = self.api_key()
        headers = [("Content-Type", "application/json")] + ([("Authorization", f"Bearer {key}")] if key else [])
        cancel = self._cancel = threading.Event()
        batch_end = time.monotonic() + self.options.batch_deadline_s
        failures: list[BaseException] = []
        lock = threading.Lock()

        def run(pool: httpcore.ConnectionPool, chat: Chat) -> Generation:
            try:
                return self.complete(pool, headers, self.body(chat, options), Deadline(batch_end, cancel), key)
            except BaseException as exc:
                with lock:
                    failures.append(exc)
                cancel.set()
                raise

        started = time.perf_counter()
        workers = min(self.options.max_concurrency, max(len(prompts), 1))
        backend = DeadlineBackend()
        with (
            httpcore.ConnectionPool(max_connections=workers, network_backend=backend, retries=0) as pool,
            ThreadPoolExecutor(max_workers=workers) as threads,
        ):
            futures = [threads.submit(run, pool, chat) for chat in prompts]
            wait(futures)
        if failures:
            raise failures[0]  # the first to fail caused the others' cancel
        share = (time.perf_counter() - started) / max(len(prompts), 1)
        return [replace(f.result(), seconds=share) for f in futures]

    def url(self) -> str:
        return f"{self.options.base_url.rstrip('/')}/chat/completions"

    def complete(
        self,
        pool: httpcore.ConnectionPool,
        headers: list[tuple[str, str]],
        body: dict[str, Any],
        batch: Deadline,
        key: str | None,
    ) -> Generation:
        """POST /chat/completions; retries timeouts, connection errors and 5xx while the deadline allows.

        :raises BackendUnavailable: Korean reason first, then the detail and the fix; the key masked.
        :raises NeedsKey: the server rejected the key (401/403).
        """
        deadline = Deadline(min(batch.at, time.monotonic() + self.options.deadline_s), batch.cancel)
        tries, attempt = 1 + self.options.retries, 0
        fault = ServerFault("요청을 보내지 못함", "no attempt was made")
        try:
            with deadline_scope(deadline):
                for attempt in range(tries):
                    if attempt and deadline.cancel.wait(self.options.backoff_s * 2 ** (attempt - 1)):
                        raise Cancelled()
                    try:
                        generation = self.post_once(pool, headers, body)
                        return replace(generation, text=redact(generation.text, [key]))
                    except ServerFault as exc:
                        fault = exc
                        if not exc.retry:
                            tries = attempt + 1
                            break
        except DeadlinePassed:
            fault = ServerFault(
                "서버 응답이 제한 시간을 넘김",
                f"no complete answer within the {self.options.deadline_s:g} s deadline (CRM_OPENAI_DEADLINE_S) "
                f"(batch deadline {self.options.batch_deadline_s:g} s)"
                + (f"; the try before: {fault.detail}" if attempt else ""),
            )
            tries = attempt + 1
        except Cancelled:
            fault = ServerFault("요청이 취소됨", "cancelled while the request was in flight")
            tries = attempt + 1
        except NeedsKey as exc:
            raise NeedsKey(redact(str(exc), [key])) from None
        detail = (
            f"openai backend at {self.url()}: {fault.detail} ({tries} tries). Check the server is running and "
            f"serves {self.options.model!r}, raise CRM_OPENAI_TIMEOUT_S, or use --backend template"
        )
        raise BackendUnavailable(redact(f"{fault.reason_ko} — {detail}", [key]))

    def post_once(
        self, pool: httpcore.ConnectionPool, headers: list[tuple[str, str]], body: dict[str, Any]
    ) -> Generation:
        """One request, its reply read up to max_reply_bytes, then checked against the schema."""
        timeout = self.options.timeout_s
        timeouts = {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}
        started = time.perf_counter()
        try:
            with pool.stream(
                "POST", self.url(), headers=headers, content=json.dumps(body).encode(), extensions={"timeout": timeouts}
            ) as response:
                status = response.status
                data = self.read_capped(response)
        except httpcore.TimeoutException:
            raise ServerFault("서버 응답 없음", f"no answer within {timeout:g} s", retry=True) from None
        except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol) as exc:
            raise ServerFault(
                "서버에 연결할 수 없음", f"cannot connect ({type(exc).__name__}: {exc})", retry=True
            ) from None
        return self.parse(status, data, body, time.perf_counter() - started)

    def read_capped(self, response: httpcore.Response) -> bytes:
        """The body, refused as soon as it is announced or grows over max_reply_bytes."""
        cap = self.options.max_reply_bytes
        too_big = ServerFault("서버 응답이 너무 큼", f"reply over the {cap:,}-byte limit (CRM_OPENAI_MAX_REPLY_BYTES)")
        declared = dict((k.lower(), v) for k, v in response.headers).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > cap:
            raise too_big
        data = bytearray()
        for chunk in response.iter_stream():
            data += chunk
            if len(data) > cap:
                raise too_big
        return bytes(data)

    def parse(self, status: int, data: bytes, body: dict[str, Any], seconds: float) -> Generation:
        """Status, JSON and schema checks; the content is bounded by what max_tokens allows."""
        text = data[:300].decode("utf-8", errors="replace")
        if status >= 500:
            raise ServerFault("서버 오류", f"server error {status}: {text[:200]}", retry=True)
        if status in (401, 403):
            env = self.options.key_env
            raise NeedsKey(f"{self.url()} rejected the key in ${env} ({status}); set a valid key in ${env}")
        if status >= 400:
            hint = ""
            if "response_format" in body:
                hint = "; if the server lacks json_schema support, set CRM_OPENAI_RESPONSE_FORMAT=json_object or none"
            raise ServerFault("서버가 요청을 거부함", f"answered {status}: {text}{hint}")
        try:
            payload = json.loads(data)
        except (ValueError, RecursionError):
            raise ServerFault("서버 응답이 JSON이 아님", f"answered with non-JSON: {text[:200]}") from None
        try:
            reply = ChatReply.model_validate(payload)
        except ValidationError as exc:
            raise ServerFault(
                "서버 응답 형식이 올바르지 않음", f"chat/completions reply: {schema_problem(exc)}"
            ) from None
        choice, usage = reply.choices[0], reply.usage or ReplyUsage()
        content = choice.message.content or ""
        most = body["max_tokens"] * self.options.max_chars_per_token
        if len(content) > most:
            raise ServerFault(
                "생성 문구가 길이 한도를 넘음",
                f"content of {len(content):,} characters for max_tokens={body['max_tokens']} (at most {most:,})",
            )
        return Generation(
            text=content,
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            seconds=seconds,
            finish_reason="length" if choice.finish_reason == "length" else "stop",
        )

    def describe(self) -> dict[str, Any]:
        env = self.options.key_env
        return {
            "backend": self.name,
            "role": self.options.role,
            "model": self.model_id,
            "base_url": self.options.base_url,
            "key_env": env,
            "key_set": bool(env and os.environ.get(env)) or not env,
            "response_format": self.options.response_format,
            "license": license_of(self.model_id, None),
        }

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.name, **self.options.model_dump(mode="json")}
