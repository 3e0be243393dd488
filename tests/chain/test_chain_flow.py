"""The chain's control flow, driven deterministically by ScriptedBackend: batching, retry, fallback, cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_core.chain import PROMPT_VERSION, ChainOptions, ModelChainGenerator
from crm_core.chain.cache import ResultCache
from crm_core.errors import BackendUnavailable, UnknownModel
from tests.chain.conftest import EVENT, PERSONA, ScriptedBackend, length_check, make_request, scripted_check

GOOD = json.dumps({"title": "자음생크림, 처음 쓰는 법", "body": "세안 후 적당량을 펴 발라 보세요.", "cta": "사용법"})
GOOD2 = json.dumps({"title": "고요한 첫 사용", "body": "인삼 추출물을 담은 크림을 만나 보세요.", "cta": "자세히 보기"})
TOO_LONG = json.dumps({"title": "제목", "body": "가" * 200, "cta": "보기"})


def chain(drafter: ScriptedBackend, refiner: ScriptedBackend, **options: object) -> ModelChainGenerator:
    return ModelChainGenerator(drafter, refiner, ChainOptions(**options))


def test_batches_all_drafts_then_all_refinements() -> None:
    drafter = ScriptedBackend("drafter").enqueue("초안 하나", "초안 둘", "초안 셋")
    refiner = ScriptedBackend("refiner").enqueue(GOOD, GOOD2, GOOD)
    requests = [make_request(variant=v) for v in range(3)]
    out = chain(drafter, refiner).generate(requests, length_check)
    assert drafter.calls == [3] and refiner.calls == [3]  # one batched call per stage
    assert [c.title for c in out] == ["자음생크림, 처음 쓰는 법", "고요한 첫 사용", "자음생크림, 처음 쓰는 법"]
    assert all(not c.needs_edit and not c.is_template and c.attempts == 1 for c in out)
    assert out[1].draft == "초안 둘" and out[1].raw == GOOD2
    assert out[0].prompt_version == PROMPT_VERSION
    assert (out[0].drafter_model, out[0].refiner_model, out[0].backend) == ("drafter", "refiner", "scripted")
    assert set(out[0].timing) >= {"load", "draft", "refine", "guard"}


def test_each_stage_is_announced_as_it_starts() -> None:
    drafter = ScriptedBackend("drafter").enqueue("초안")
    refiner = ScriptedBackend("refiner").enqueue("not json", GOOD)  # the retry is a second refine stage
    heard: list[str] = []
    chain(drafter, refiner).generate([make_request()], length_check, on_stage=heard.append)
    assert heard[:3] == ["load", "draft", "refine"] and heard.count("refine") == 2


def test_drafts_feed_the_refiner_and_the_refiner_gets_the_event_and_a_schema() -> None:
    drafter = ScriptedBackend().enqueue("자음생크림 초안 문장")
    refiner = ScriptedBackend().enqueue(GOOD)
    chain(drafter, refiner).generate([make_request()], length_check)
    prompt, options = refiner.history[0]
    user = prompt[-1]["content"]
    assert "자음생크림 초안 문장" in user
    assert EVENT.name in user and EVENT.detail in user  # the prototype never passed the event on
    assert options.json_schema is not None and options.json_schema["required"] == ["title", "body", "cta"]
    everything = json.dumps([p for p, _ in drafter.history + refiner.history], ensure_ascii=False)
    assert PERSONA.name not in everything and PERSONA.label_kr not in everything


def test_no_event_prompt_forbids_event_talk() -> None:
    refiner = ScriptedBackend().enqueue(GOOD)
    chain(ScriptedBackend().enqueue("초안"), refiner).generate([make_request(event=False)], length_check)
    assert "[이벤트] 없음" in refiner.history[0][0][-1]["content"]


def test_parse_failure_then_retry_succeeds_with_the_problem_in_the_prompt() -> None:
    refiner = ScriptedBackend().enqueue('```json\n{"title": "제목"', GOOD)
    out = chain(ScriptedBackend().enqueue("초안"), refiner).generate([make_request()], length_check)
    assert refiner.calls == [1, 1]
    assert out[0].title == "자음생크림, 처음 쓰는 법" and not out[0].needs_edit and out[0].attempts == 2
    retry = refiner.history[1][0]
    assert "[이전 답의 문제]" in retry[-1]["content"] and "not closed" in retry[-1]["content"]


def test_guard_findings_are_carried_into_the_retry() -> None:
    refiner = ScriptedBackend().enqueue(TOO_LONG, GOOD)
    out = chain(ScriptedBackend().enqueue("초안"), refiner).generate([make_request()], length_check)
    assert not out[0].needs_edit and out[0].attempts == 2
    retry = refiner.history[1][0]
    assert retry[-2]["role"] == "assistant" and "가가가" in retry[-2]["content"]  # the previous answer, shown
    assert "channel.length" in retry[-1]["content"] and "줄이세요" in retry[-1]["content"]


def test_retries_are_batched_together() -> None:
    refiner = ScriptedBackend().enqueue("oops", GOOD, "{}", GOOD, GOOD2)
    requests = [make_request(variant=v) for v in range(3)]
    out = chain(ScriptedBackend().enqueue("a", "b", "c"), refiner).generate(requests, length_check)
    assert refiner.calls == [3, 2]
    assert [c.attempts for c in out] == [2, 1, 2] and not any(c.needs_edit for c in out)


def test_two_failures_fall_back_to_flagged_template_copy() -> None:
    refiner = ScriptedBackend().enqueue("not json", '{"title": "", "body": "x", "cta": ""}')
    out = chain(ScriptedBackend().enqueue("모델 초안"), refiner).generate([make_request()], length_check)
    c = out[0]
    assert c.needs_edit and c.is_template and c.backend == "template"
    assert "attempt 1: no JSON object" in c.fallback_reason and "attempt 2:" in c.fallback_reason
    assert "template composer angle=luxury" in c.fallback_reason
    assert c.raw.startswith('{"title": ""') and c.draft == "모델 초안"  # kept for review, never in the fields
    assert c.title and c.body and "{" not in c.title + c.body + c.cta
    assert c.refiner_model == "scripted-model" and c.attempts == 2


def test_blocking_guard_twice_falls_back() -> None:
    refiner = ScriptedBackend().enqueue(GOOD, GOOD2)
    check = scripted_check([False, False])
    out = chain(ScriptedBackend().enqueue("초안"), refiner).generate([make_request()], check)
    assert out[0].needs_edit and "test.blocked: scripted block" in out[0].fallback_reason


def test_fences_and_leftover_json_never_reach_the_fields() -> None:
    fenced = '```json\n{"title": "제목", "body": "본문 {\\"cta\\": 1}", "cta": "보기"}\n```'
    refiner = ScriptedBackend().enqueue(fenced, fenced)
    out = chain(ScriptedBackend().enqueue("초안"), refiner, retries=1).generate([make_request()], length_check)
    assert out[0].needs_edit and "leftover" in out[0].fallback_reason
    assert "```" not in out[0].body and "cta" not in out[0].body


def test_a_fenced_but_valid_answer_is_parsed_not_shown_raw() -> None:
    refiner = ScriptedBackend().enqueue("```json\n" + GOOD + "\n```")
    out = chain(ScriptedBackend().enqueue("초안"), refiner).generate([make_request()], length_check)
    assert out[0].body == "세안 후 적당량을 펴 발라 보세요." and out[0].raw.startswith("```json")


def test_backend_failure_mid_run_falls_back_flagged() -> None:
    refiner = ScriptedBackend().enqueue(BackendUnavailable("server at http://x answered 503 twice"))
    out = chain(ScriptedBackend().enqueue("초안"), refiner).generate([make_request()], length_check)
    assert out[0].needs_edit and "503" in out[0].fallback_reason and out[0].attempts == 0


def test_configuration_errors_are_raised_not_hidden() -> None:
    drafter = ScriptedBackend().enqueue(UnknownModel("drafter 'x/y' is not on this machine"))
    with pytest.raises(UnknownModel):
        chain(drafter, ScriptedBackend()).generate([make_request()], length_check)


def test_cache_reuses_accepted_copy_and_rechecks_it(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "chain")
    drafter, refiner = ScriptedBackend().enqueue("초안"), ScriptedBackend().enqueue(GOOD)
    gen = ModelChainGenerator(drafter, refiner, cache=cache)
    first = gen.generate([make_request()], length_check)[0]
    second = gen.generate([make_request()], length_check)[0]
    assert refiner.calls == [1] and second.timing.get("cache_hit") == 1.0
    assert refiner.warm_ups == 1  # a fully cached batch does not load the models
    assert (second.title, second.body, second.cta) == (first.title, first.body, first.cta)
    # A different variant or seed is a different key; a guard that now blocks makes it a miss.
    assert cache.key(make_request(variant=1), gen.identity()) != cache.key(make_request(), gen.identity())
    assert cache.key(make_request(seed=8), gen.identity()) != cache.key(make_request(), gen.identity())
    refiner.enqueue(GOOD2)
    drafter.enqueue("초안")
    third = gen.generate([make_request()], scripted_check([False]))[0]
    assert refiner.calls == [1, 1] and third.title == "고요한 첫 사용"


def test_cache_off_and_fallbacks_are_never_cached(tmp_path: Path) -> None:
    off = ResultCache(tmp_path / "off", enabled=False)
    gen = ModelChainGenerator(ScriptedBackend().enqueue("a", "b"), ScriptedBackend().enqueue(GOOD, GOOD), cache=off)
    gen.generate([make_request()], length_check)
    gen.generate([make_request()], length_check)
    assert not (tmp_path / "off").exists()
    on = ResultCache(tmp_path / "on")
    gen = ModelChainGenerator(ScriptedBackend().enqueue("a"), ScriptedBackend().enqueue("x", "y"), cache=on)
    assert gen.generate([make_request()], length_check)[0].needs_edit
    assert not (tmp_path / "on").exists()


def test_describe_and_to_dict_name_the_parts() -> None:
    gen = chain(ScriptedBackend("d"), ScriptedBackend("r"))
    info = gen.describe()
    assert info["prompt_version"] == PROMPT_VERSION and info["json_constraint"] == "xgrammar"
    assert gen.to_dict()["refiner"] == {"type": "scripted", "model": "r"}
    with pytest.raises(ValueError, match="extra"):
        ChainOptions(refine_tokens=3)  # type: ignore[call-arg]
