"""Settings → generator (template / auto / transformers / openai), the Pipeline over the chain, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_core.catalog import Catalog
from crm_core.chain import ModelChainGenerator
from crm_core.cli import main
from crm_core.config import load_settings
from crm_core.domain import Brief
from crm_core.errors import BackendUnavailable, InvalidInput, NeedsKey, UnknownModel
from crm_core.factory import build_generator
from crm_core.generation.template import TemplateGenerator
from crm_core.pipeline import Pipeline
from tests.chain.conftest import BRAND, EVENT, PERSONA, PRODUCT, PUSH, STAGE, STYLE, length_check
from tests.conftest import CatalogFactsOnly


def tiny_settings(tiny_dirs: dict[str, Path], **more: object):  # type: ignore[no-untyped-def]
    return load_settings(
        drafter=str(tiny_dirs["drafter"]),
        refiner=str(tiny_dirs["refiner"]),
        device="cpu",
        draft_max_new_tokens=16,
        refine_max_new_tokens=32,
        **more,
    )


def test_new_settings_have_env_overrides_and_forbid_typos(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_RESULT_CACHE", "0")
    monkeypatch.setenv("CRM_CONSTRAINED_JSON", "false")
    monkeypatch.setenv("CRM_OPENAI_RESPONSE_FORMAT", "json_object")
    s = load_settings()
    assert (s.result_cache, s.constrained_json, s.openai_response_format) == (False, False, "json_object")
    with pytest.raises(InvalidInput, match="refine_max_new_tokens"):
        load_settings(refine_max_new_tokens=0)


@pytest.mark.usefixtures("no_cuda")
def test_template_and_auto_without_cuda_say_why() -> None:
    assert build_generator(load_settings(), "template").reason == "template backend selected"
    auto = build_generator(load_settings(), "auto")
    assert isinstance(auto, TemplateGenerator) and "no CUDA GPU" in auto.reason


@pytest.mark.usefixtures("cuda_present", "empty_hf_cache")
def test_auto_with_cuda_but_no_models_falls_back_with_the_reason(tmp_path: Path) -> None:
    auto = build_generator(load_settings(models_dir=tmp_path), "auto")
    assert isinstance(auto, TemplateGenerator)
    assert "could not be loaded" in auto.reason and "models pull" in auto.reason


@pytest.mark.slow
@pytest.mark.usefixtures("cuda_present")
def test_auto_picks_the_chain_when_cuda_and_both_models_load(tiny_dirs) -> None:  # type: ignore[no-untyped-def]
    auto = build_generator(tiny_settings(tiny_dirs), "auto")
    assert isinstance(auto, ModelChainGenerator) and auto.reason.startswith("auto: CUDA GPU present")


@pytest.mark.usefixtures("empty_hf_cache")
def test_transformers_with_absent_models_fails_fast(tmp_path: Path) -> None:
    with pytest.raises(UnknownModel, match=r"drafter 'Qwen/Qwen2.5-1.5B-Instruct' is not on this machine"):
        build_generator(load_settings(models_dir=tmp_path), "transformers")


def test_openai_needs_a_model_name_and_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(BackendUnavailable, match="CRM_OPENAI_MODEL"):
        build_generator(load_settings(), "openai")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(NeedsKey, match="OPENAI_API_KEY"):
        build_generator(load_settings(openai_model="exaone"), "openai")
    monkeypatch.setenv("OPENAI_API_KEY", "local")
    gen = build_generator(load_settings(openai_model="exaone", openai_drafter_model="qwen"), "openai")
    assert isinstance(gen, ModelChainGenerator)
    assert (gen.drafter.model_id, gen.refiner.model_id) == ("qwen", "exaone")


class LengthGuard:
    """Stands in for crm_core.guard until it lands: channel length only."""

    def check_request(self, resolved, evidence, title, body, cta, channel_text):  # type: ignore[no-untyped-def]
        from crm_core.generation.base import GenerationRequest

        return list(length_check(GenerationRequest(resolved, evidence), title, body, cta).findings)


class NoScores:
    def score(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return ()


def small_catalog() -> Catalog:
    """The conftest records, indexed so persona 0 / stage 1 / style 2 resolve."""
    stages = tuple(STAGE.model_copy(update={"index": i}) for i in range(2))
    styles = tuple(STYLE.model_copy(update={"index": i}) for i in range(3))
    return Catalog(
        brands=(BRAND,),
        products=(PRODUCT,),
        reviews=(),
        personas=(PERSONA,),
        stages=stages,
        styles=styles,
        events=(EVENT,),
        channels=(PUSH,),
    )


@pytest.mark.slow
def test_pipeline_over_tiny_models_returns_flagged_results_with_timing(tiny_dirs, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = tiny_settings(tiny_dirs, adapter=str(tiny_dirs["adapter"]), cache_dir=tmp_path)
    generator = build_generator(settings, "transformers")
    pipeline = Pipeline(small_catalog(), CatalogFactsOnly(), generator, LengthGuard(), NoScores(), settings)
    brief = Brief(persona=0, brand="설화수", product="자음생크림", stage_index=1, style_index=2, is_event=True, n=2)
    results = pipeline.run_one(brief)
    assert len(results) == 2
    for r in results:
        assert r.needs_edit and r.is_template and r.fallback_reason and r.attempts == 2
        assert r.prompt_version == "chain-v2" and r.adapter == str(tiny_dirs["adapter"])
        assert r.timing.draft > 0 and r.timing.refine > 0 and r.timing.total > 0
        d = r.to_prototype_dict()
        assert d["exaone"]["model"] == str(tiny_dirs["refiner"]) and d["exaone"]["result_raw"] == r.refiner_raw
        assert "```" not in json.dumps(d["message"], ensure_ascii=False)
    assert not (tmp_path / "chain").exists()  # fallbacks are not cached


@pytest.mark.usefixtures("empty_hf_cache")
def test_models_status_reports_missing_defaults_with_licences(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["models", "status", "--models_dir", str(tmp_path)]) == 1
    report = json.loads(capsys.readouterr().out)
    refiner = report["models"][1]
    assert refiner["present"] is False and refiner["fix"] == "python -m crm_core models pull"
    assert refiner["license"]["commercial_use"] is False


@pytest.mark.slow
def test_models_status_load_on_tiny_models(capsys, tiny_dirs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CRM_DEVICE", "cpu")  # the CPU path, also where torch reports a GPU
    models = ["--drafter", str(tiny_dirs["drafter"]), "--refiner", str(tiny_dirs["refiner"])]
    assert main(["models", "status", "--load", *models]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [m["architecture"] for m in report["models"]] == ["qwen2", "exaone4"]
    assert report["load"]["refiner"]["loaded"] is True


@pytest.mark.usefixtures("empty_hf_cache")
def test_models_pull_offline_fails_fast_saying_what_to_do(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["models", "pull", "--models_dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "cannot download Qwen/Qwen2.5-1.5B-Instruct" in err and "HF_HUB_OFFLINE" in err and "copy" in err


@pytest.mark.slow
def test_models_make_tiny_writes_loadable_folders(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["models", "make-tiny", str(tmp_path), "--no-adapter"]) == 0
    paths = json.loads(capsys.readouterr().out)
    assert (Path(paths["refiner"]) / "chat_template.jinja").is_file() and "adapter" not in paths


@pytest.mark.slow
def test_must_show_generate_command_on_tiny_models(tiny_dirs, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The issue's must-show, through the CLI with the real catalog, retriever, guard and scores (on the CPU)."""
    monkeypatch.setenv("CRM_DEVICE", "cpu")
    out = tmp_path / "result.json"
    brief = "--persona 0 --brand 설화수 --product 자음생크림 --stage_index 1 --style_index 2".split()
    models = ["--drafter", str(tiny_dirs["drafter"]), "--refiner", str(tiny_dirs["refiner"])]
    code = main(["generate", *brief, "--is_event", "1", "--backend", "transformers", *models, "--out_path", str(out)])
    assert code == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["needs_edit"] is True and result["is_template"] is True
    assert result["fallback_reason"].startswith("model copy rejected after 2 attempt(s)")
    assert result["qwen"]["model"] == str(tiny_dirs["drafter"]) and result["exaone"]["result_raw"]
    assert result["selected_event"] is not None and result["message"]["title"]
    assert result["backend"] == "template" and result["prompt_version"] == "chain-v2"
    assert result["timing"]["qwen"] > 0 and result["timing"]["exaone"] > 0
