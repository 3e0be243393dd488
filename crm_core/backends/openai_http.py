"""Any OpenAI-compatible chat server (vLLM, TGI, Ollama) over HTTP: the scale-out path.

The refiner's JSON schema goes out as `response_format: json_schema`, which vLLM and SGLang enforce
with xgrammar, the same library the local backend uses. Timeouts, connection errors and 5xx are
retried with backoff, then raised as BackendUnavailable naming the fix. The key is read from the
environment variable named in the options, never stored.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ConfigDict, Field

from crm_core.backends.base import Chat, Generation, GenerationOptions
from crm_core.backends.model_files import license_of
from crm_core.errors import BackendUnavailable, NeedsKey

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


class Retryable(Exception):
    """A failure worth one more try (timeout, connection refused, 5xx)."""


class OpenAIBackend:
    """Chat completions against an OpenAI-compatible server; requests run concurrently."""

    name = "openai"

    def __init__(self, options: OpenAIOptions):
        self.options = options
        self.model_id = options.model

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

    def generate(self, prompts: Sequence[Chat], options: GenerationOptions) -> list[Generation]:
        """One request per prompt, up to max_concurrency at once; results in prompt order."""
        key = self.api_key()
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        started = time.perf_counter()
        with (
            httpx.Client(base_url=self.options.base_url, headers=headers, timeout=self.options.timeout_s) as client,
            ThreadPoolExecutor(max_workers=min(self.options.max_concurrency, max(len(prompts), 1))) as pool,
        ):
            replies = list(pool.map(lambda chat: self.complete(client, self.body(chat, options)), prompts))
        share = (time.perf_counter() - started) / max(len(prompts), 1)
        return [self.to_generation(reply, share) for reply in replies]

    def complete(self, client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
        """POST /chat/completions with retry and backoff on timeouts, connection errors and 5xx."""
        url = f"{self.options.base_url.rstrip('/')}/chat/completions"
        tries = 1 + self.options.retries
        why = ""
        for attempt in range(tries):
            if attempt:
                time.sleep(self.options.backoff_s * 2 ** (attempt - 1))
            try:
                return self.post_once(client, body, url)
            except Retryable as exc:
                why = str(exc)
        raise BackendUnavailable(
            f"openai backend at {url}: {why} ({tries} tries). Check the server is running and serves "
            f"{self.options.model!r}, raise CRM_OPENAI_TIMEOUT_S, or use --backend template"
        )

    def post_once(self, client: httpx.Client, body: dict[str, Any], url: str) -> dict[str, Any]:
        try:
            response = client.post("/chat/completions", json=body)
        except httpx.TimeoutException:
            raise Retryable(f"no answer within {self.options.timeout_s:g} s") from None
        except httpx.TransportError as exc:
            raise Retryable(f"cannot connect ({type(exc).__name__}: {exc})") from None
        if response.status_code >= 500:
            raise Retryable(f"server error {response.status_code}: {response.text[:200]}")
        if response.status_code in (401, 403):
            env, status = self.options.key_env, response.status_code
            raise NeedsKey(f"{url} rejected the key in ${env} ({status}); set a valid key in ${env}")
        if response.status_code >= 400:
            hint = ""
            if "response_format" in body:
                hint = "; if the server lacks json_schema support, set CRM_OPENAI_RESPONSE_FORMAT=json_object or none"
            raise BackendUnavailable(f"{url} answered {response.status_code}: {response.text[:300]}{hint}")
        try:
            return response.json()
        except ValueError:
            raise BackendUnavailable(f"{url} answered with non-JSON: {response.text[:200]}") from None

    @staticmethod
    def to_generation(reply: dict[str, Any], seconds: float) -> Generation:
        try:
            choice = reply["choices"][0]
            text = choice["message"].get("content") or ""
        except (KeyError, IndexError, TypeError, AttributeError):
            raise BackendUnavailable(f"unexpected chat/completions reply shape: {str(reply)[:200]}") from None
        usage = reply.get("usage") or {}
        return Generation(
            text=text,
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            seconds=seconds,
            finish_reason="length" if choice.get("finish_reason") == "length" else "stop",
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
