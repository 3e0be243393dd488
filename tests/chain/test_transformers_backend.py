"""The real transformers path on CPU with tiny random Qwen2 / Exaone4 models built at test time."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import torch

from crm_core.backends.base import GenerationOptions
from crm_core.backends.registry import ModelRegistry
from crm_core.backends.transformers_local import TransformersBackend, TransformersOptions, render_chat
from crm_core.chain import ChainOptions, ModelChainGenerator, message_schema
from crm_core.errors import BackendUnavailable, UnknownModel
from tests.chain.conftest import length_check, make_request

pytestmark = pytest.mark.slow
CHATS = [
    [{"role": "user", "content": "촉촉한 크림"}],
    [
        {"role": "system", "content": "규칙을 지킵니다."},
        {"role": "user", "content": "보습 크림을 아침저녁 세안 후 발라 주세요."},
    ],
    [{"role": "user", "content": "지금 확인하기"}],
]


def backend(path: Path, registry: ModelRegistry | None = None, **options: object) -> TransformersBackend:
    opts = TransformersOptions(model=str(path), device="cpu", **options)  # type: ignore[arg-type]
    return TransformersBackend(opts, registry) if registry else TransformersBackend(opts)


def test_tiny_models_are_the_real_architectures(tiny_dirs: dict[str, Path]) -> None:
    drafter, refiner = backend(tiny_dirs["drafter"]).load(), backend(tiny_dirs["refiner"]).load()
    assert type(drafter.model).__name__ == "Qwen2ForCausalLM"
    assert type(refiner.model).__name__ == "Exaone4ForCausalLM"
    assert drafter.dtype == "float32" and drafter.device == "cpu"  # fp32 on CPU
    assert drafter.tokenizer.padding_side == "left" and refiner.tokenizer.padding_side == "left"


def test_chat_templates_and_exaone_non_reasoning_mode(tiny_dirs: dict[str, Path]) -> None:
    qwen, exaone = backend(tiny_dirs["drafter"]).load(), backend(tiny_dirs["refiner"]).load()
    q = render_chat(qwen.tokenizer, CHATS[1], enable_thinking=False)
    assert q.startswith("<|im_start|>system\n규칙을 지킵니다.<|im_end|>") and q.endswith("<|im_start|>assistant\n")
    off = render_chat(exaone.tokenizer, CHATS[1], enable_thinking=False)
    on = render_chat(exaone.tokenizer, CHATS[1], enable_thinking=True)
    assert off.endswith("[|assistant|]") and "<think>" not in off
    assert on.endswith("[|assistant|]<think>\n")


def test_left_padded_batch_matches_one_by_one(tiny_dirs: dict[str, Path]) -> None:
    b = backend(tiny_dirs["drafter"])
    options = GenerationOptions(max_new_tokens=8)
    batched = b.generate(CHATS, options)
    single = [b.generate([chat], options)[0] for chat in CHATS]
    assert [g.text for g in batched] == [g.text for g in single]
    assert [g.prompt_tokens for g in batched] == [g.prompt_tokens for g in single]
    assert len({g.prompt_tokens for g in batched}) == 3  # really different lengths, so padding happened
    assert all(g.completion_tokens <= 8 and g.seconds > 0 for g in batched)


def test_max_batch_splits_calls_and_keeps_prompt_order(tiny_dirs: dict[str, Path], monkeypatch) -> None:
    b = backend(tiny_dirs["drafter"], max_batch=2)
    loaded = b.load()
    sizes: list[int] = []
    real = loaded.model.generate

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        sizes.append(kwargs["input_ids"].shape[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(loaded.model, "generate", spy)
    prompts = CHATS + CHATS[:2]
    gens = b.generate(prompts, GenerationOptions(max_new_tokens=4))
    assert sizes == [2, 2, 1]
    lengths = [g.prompt_tokens for g in gens]
    assert lengths[:2] == lengths[3:] and len(set(lengths)) == 3  # sorted for batching, returned in prompt order


def test_lora_adapter_is_loaded_and_merged(tiny_dirs: dict[str, Path]) -> None:
    registry = ModelRegistry()
    base = backend(tiny_dirs["refiner"], registry).load().model
    tuned = backend(tiny_dirs["refiner"], registry, adapter=str(tiny_dirs["adapter"])).load().model
    assert len(registry.keys()) == 2  # the adapter is part of the key
    assert type(tuned).__name__ == "Exaone4ForCausalLM"  # merged back into a plain model
    assert not any("lora" in name for name in tuned.state_dict())
    q_base = base.model.layers[0].self_attn.q_proj.weight
    q_tuned = tuned.model.layers[0].self_attn.q_proj.weight
    assert not torch.allclose(q_base, q_tuned)
    assert torch.equal(base.model.layers[0].mlp.up_proj.weight, tuned.model.layers[0].mlp.up_proj.weight)


def test_registry_loads_a_model_once_for_many_backends(tiny_dirs: dict[str, Path]) -> None:
    registry = ModelRegistry()
    first, second = backend(tiny_dirs["drafter"], registry), backend(tiny_dirs["drafter"], registry, max_batch=4)
    assert first.warm_up() > 0 and second.warm_up() == 0.0
    assert first.load() is second.load() and len(registry.keys()) == 1


def test_concurrent_callers_share_the_model_safely(tiny_dirs: dict[str, Path]) -> None:
    b = backend(tiny_dirs["drafter"])
    expected = b.generate(CHATS, GenerationOptions(max_new_tokens=6))
    results: list[list[str]] = []

    def work() -> None:
        results.append([g.text for g in b.generate(CHATS, GenerationOptions(max_new_tokens=6))])

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [[g.text for g in expected]] * 3


def test_constrained_decoding_yields_schema_valid_json(tiny_dirs: dict[str, Path]) -> None:
    b = backend(tiny_dirs["refiner"])
    short = message_schema()
    for prop in short["properties"].values():
        prop["maxLength"] = 4  # forces the random model to close every string quickly
    gens = b.generate(CHATS, GenerationOptions(max_new_tokens=80, json_schema=short))
    for gen in gens:
        data = json.loads(gen.text, strict=False)  # random weights: any characters, but the shape holds
        assert list(data) == ["title", "body", "cta"] and all(1 <= len(v) <= 4 for v in data.values())
        assert gen.finish_reason == "stop"
    flags = b.generate(CHATS[:1], GenerationOptions(max_new_tokens=20, json_schema={"type": "boolean"}))
    assert flags[0].text in ("true", "false")


def test_constraint_holds_under_prompt_lookup_decoding(tiny_dirs: dict[str, Path]) -> None:
    b = backend(tiny_dirs["refiner"])
    schema = {"type": "object", "properties": {"a": {"type": "string", "maxLength": 6}}, "required": ["a"]}
    plain = b.generate(CHATS[:1], GenerationOptions(max_new_tokens=40, json_schema=schema))[0]
    lookup = b.generate(CHATS[:1], GenerationOptions(max_new_tokens=40, json_schema=schema, prompt_lookup_tokens=4))
    assert lookup[0].text == plain.text and json.loads(plain.text, strict=False)


def test_random_weights_end_in_a_flagged_fallback_not_a_crash(tiny_dirs: dict[str, Path]) -> None:
    drafter = backend(tiny_dirs["drafter"], role="drafter")
    refiner = backend(tiny_dirs["refiner"], role="refiner", adapter=str(tiny_dirs["adapter"]))
    options = ChainOptions(draft_max_new_tokens=24, refine_max_new_tokens=48)
    requests = [make_request(variant=v) for v in range(2)] + [make_request(event=False)]
    out = ModelChainGenerator(drafter, refiner, options).generate(requests, length_check)
    assert len(out) == 3
    for c in out:
        assert c.needs_edit and c.is_template and c.attempts == 2
        assert c.fallback_reason.startswith("model copy rejected after 2 attempt(s): attempt 1:")
        assert c.raw and c.raw not in (c.title, c.body, c.cta)  # garbage kept apart, never in the fields
        assert c.refiner_model == str(tiny_dirs["refiner"]) and c.adapter == str(tiny_dirs["adapter"])
        assert c.timing["draft"] > 0 and c.timing["refine"] > 0


@pytest.mark.usefixtures("empty_hf_cache")
def test_absent_model_fails_fast_naming_the_fix(tmp_path: Path) -> None:
    options = TransformersOptions(model="LGAI-EXAONE/EXAONE-4.0-1.2B", models_dir=tmp_path, role="refiner")
    b = TransformersBackend(options)
    with pytest.raises(UnknownModel, match=r"not on this machine.*models pull"):
        b.warm_up()
    info = b.describe()
    assert info["present"] is False and info["license"]["commercial_use"] is False  # the Models page shows it


def test_unknown_architecture_is_refused_without_remote_code(tiny_dirs: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "custom"
    folder.mkdir()
    for f in tiny_dirs["drafter"].iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps(config | {"model_type": "my_custom_llm", "auto_map": {}}))
    with pytest.raises(UnknownModel, match="trust_remote_code"):
        backend(folder).load()


def test_quantization_needs_cuda(tiny_dirs: dict[str, Path]) -> None:
    with pytest.raises(BackendUnavailable, match="CRM_QUANTIZATION=none"):
        backend(tiny_dirs["drafter"], ModelRegistry(), quantization="4bit").load()


def test_compile_mode_static_cache_bucketed_batches_and_warm_up(tiny_dirs: dict[str, Path], monkeypatch) -> None:
    b = backend(tiny_dirs["drafter"], ModelRegistry(), compile=True, max_batch=8)
    assert [b.batch_bucket(n) for n in (1, 2, 3, 5, 8, 9)] == [1, 2, 4, 8, 8, 9]
    assert b.warm_up() > 0 and b.describe()["first_call_seconds"] > 0  # the compile happens at start-up
    loaded = b.load()
    seen: list[tuple[int, object]] = []
    real = loaded.model.generate

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append((kwargs["input_ids"].shape[0], kwargs.get("cache_implementation")))
        return real(*args, **kwargs)

    monkeypatch.setattr(loaded.model, "generate", spy)
    gens = b.generate(CHATS, GenerationOptions(max_new_tokens=4))
    assert seen == [(4, "static")] and len(gens) == 3  # 3 prompts ran as a bucket of 4; the pad row is dropped
