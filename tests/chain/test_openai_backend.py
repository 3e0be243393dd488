"""The openai backend against a real HTTP server on localhost: success, schema, timeouts, 5xx, keys."""

from __future__ import annotations

import json

import pytest

from crm_core.backends.base import GenerationOptions
from crm_core.backends.openai_http import OpenAIBackend, OpenAIOptions
from crm_core.chain import ModelChainGenerator, message_schema
from crm_core.config import load_settings
from crm_core.errors import BackendUnavailable, NeedsKey
from crm_core.factory import build_generator
from tests.chain.conftest import length_check, make_request
from tests.fake_openai import FakeOpenAI

CHAT = [{"role": "user", "content": "안녕하세요"}]


@pytest.fixture(autouse=True)
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_TEST_KEY", "sk-test")


def backend(server: FakeOpenAI, **options: object) -> OpenAIBackend:
    defaults: dict[str, object] = {"base_url": server.base_url, "model": "served", "key_env": "CRM_TEST_KEY"}
    return OpenAIBackend(OpenAIOptions(**(defaults | options)))


def test_success_returns_text_usage_and_sends_the_key(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue("첫째", "둘째")
    gens = backend(fake_openai).generate([CHAT, CHAT], GenerationOptions(max_new_tokens=20))
    assert sorted(g.text for g in gens) == ["둘째", "첫째"]
    assert gens[0].prompt_tokens == 11 and gens[0].completion_tokens == 7
    assert fake_openai.auth == ["Bearer sk-test", "Bearer sk-test"]
    assert fake_openai.paths == ["/v1/chat/completions"] * 2
    body = fake_openai.requests[0]
    assert body["model"] == "served" and body["max_tokens"] == 20 and body["messages"] == CHAT
    assert body["chat_template_kwargs"] == {"enable_thinking": False}  # EXAONE 4.0 non-reasoning on vLLM
    assert "response_format" not in body


def test_json_schema_goes_out_as_response_format(fake_openai: FakeOpenAI) -> None:
    backend(fake_openai).generate([CHAT], GenerationOptions(json_schema=message_schema()))
    fmt = fake_openai.requests[0]["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["schema"]["required"] == ["title", "body", "cta"]
    backend(fake_openai, response_format="json_object").generate([CHAT], GenerationOptions(json_schema={}))
    assert fake_openai.requests[1]["response_format"] == {"type": "json_object"}


def test_5xx_is_retried_once_then_succeeds(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(503, "복구")
    gens = backend(fake_openai, backoff_s=0.01).generate([CHAT], GenerationOptions())
    assert gens[0].text == "복구" and len(fake_openai.requests) == 2


def test_5xx_twice_is_backend_unavailable_naming_the_fix(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(500, 502)
    with pytest.raises(BackendUnavailable, match=r"server error 502.*2 tries.*--backend template"):
        backend(fake_openai, backoff_s=0.01).generate([CHAT], GenerationOptions())


def test_timeout_is_retried_then_reported(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(0.6, 0.6)
    with pytest.raises(BackendUnavailable, match=r"no answer within 0.2 s.*CRM_OPENAI_TIMEOUT_S"):
        backend(fake_openai, timeout_s=0.2, backoff_s=0.01).generate([CHAT], GenerationOptions())


def test_connection_refused_is_backend_unavailable() -> None:
    options = OpenAIOptions(base_url="http://127.0.0.1:9/v1", model="m", key_env="", retries=0)
    with pytest.raises(BackendUnavailable, match="cannot connect"):
        OpenAIBackend(options).generate([CHAT], GenerationOptions())


def test_missing_key_env_var_is_needs_key(monkeypatch: pytest.MonkeyPatch, fake_openai: FakeOpenAI) -> None:
    monkeypatch.delenv("CRM_TEST_KEY")
    with pytest.raises(NeedsKey, match=r"\$CRM_TEST_KEY.*export CRM_TEST_KEY="):
        backend(fake_openai).generate([CHAT], GenerationOptions())
    assert fake_openai.requests == []  # nothing was sent without the key
    assert backend(fake_openai, key_env="").generate([CHAT], GenerationOptions())[0].text
    assert fake_openai.auth == [None]


def test_rejected_key_and_unsupported_schema_say_what_to_do(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(401, 400)
    with pytest.raises(NeedsKey, match="rejected the key"):
        backend(fake_openai).generate([CHAT], GenerationOptions())
    with pytest.raises(BackendUnavailable, match="CRM_OPENAI_RESPONSE_FORMAT=json_object"):
        backend(fake_openai).generate([CHAT], GenerationOptions(json_schema=message_schema()))


def test_chain_over_http_end_to_end(fake_openai: FakeOpenAI) -> None:
    good = json.dumps({"title": "고요한 첫 사용", "body": "인삼 추출물을 담은 크림을 만나 보세요.", "cta": "보기"})
    fake_openai.enqueue("초안 문장", "oops", good)
    gen = ModelChainGenerator(backend(fake_openai, model="drafter"), backend(fake_openai, model="refiner"))
    out = gen.generate([make_request()], length_check)[0]
    assert not out.needs_edit and out.attempts == 2 and out.backend == "openai"
    assert [r["model"] for r in fake_openai.requests] == ["drafter", "refiner", "refiner"]
    assert "response_format" in fake_openai.requests[1]


def test_server_down_mid_chain_is_a_flagged_fallback(fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue("초안", 500, 500)
    b = backend(fake_openai, backoff_s=0.01)
    out = ModelChainGenerator(b, b).generate([make_request()], length_check)[0]
    assert out.needs_edit and out.is_template and "server error 500" in out.fallback_reason


def test_options_forbid_typos_and_to_dict_keeps_only_the_env_name() -> None:
    with pytest.raises(ValueError, match="extra"):
        OpenAIOptions(model="m", api_key="sk-secret")  # type: ignore[call-arg]
    d = OpenAIBackend(OpenAIOptions(model="m", key_env="MY_KEY")).to_dict()
    assert d["key_env"] == "MY_KEY" and "sk-" not in json.dumps(d)


def test_deadline_and_reply_cap_come_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "local")
    monkeypatch.setenv("CRM_OPENAI_DEADLINE_S", "7.5")
    monkeypatch.setenv("CRM_OPENAI_MAX_REPLY_BYTES", "20000")
    gen = build_generator(load_settings(openai_model="exaone"), "openai")
    assert isinstance(gen, ModelChainGenerator)
    assert (gen.refiner.options.deadline_s, gen.refiner.options.max_reply_bytes) == (7.5, 20000)
