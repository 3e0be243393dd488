"""Settings → a ready chain (transformers or openai backends, options, result cache), or why not."""

from __future__ import annotations

from typing import Literal

from crm_core.backends.openai_http import OpenAIBackend, OpenAIOptions
from crm_core.backends.transformers_local import TransformersBackend, TransformersOptions
from crm_core.chain.cache import ResultCache
from crm_core.chain.generator import ChainOptions, ModelChainGenerator
from crm_core.config import Settings
from crm_core.errors import BackendUnavailable
from crm_core.generation.template import TemplateGenerator


def chain_options(settings: Settings) -> ChainOptions:
    return ChainOptions(
        draft_max_new_tokens=settings.draft_max_new_tokens,
        refine_max_new_tokens=settings.refine_max_new_tokens,
        temperature=settings.temperature,
        constrained_json=settings.constrained_json,
        prompt_lookup_tokens=settings.prompt_lookup_tokens,
    )


def transformers_backends(settings: Settings) -> tuple[TransformersBackend, TransformersBackend]:
    """Drafter and refiner (the adapter goes on the refiner); models are located now, loaded later."""
    common = {
        "quantization": settings.quantization,
        "device": settings.device,
        "max_batch": settings.max_batch,
        "compile": settings.compile,
        "models_dir": settings.models_dir,
    }
    drafter = TransformersBackend(TransformersOptions(model=settings.drafter, role="drafter", **common))
    refiner = TransformersBackend(
        TransformersOptions(model=settings.refiner, role="refiner", adapter=settings.adapter, **common)
    )
    for backend in (drafter, refiner):
        backend.resolved  # noqa: B018 - fail fast (UnknownModel naming the fix) before any work
    return drafter, refiner


def openai_backends(settings: Settings) -> tuple[OpenAIBackend, OpenAIBackend]:
    """One server; the drafter may be a different served model (openai_drafter_model)."""
    if not settings.openai_model:
        raise BackendUnavailable("the openai backend needs the served model name: set CRM_OPENAI_MODEL")

    def options(model: str, role: str) -> OpenAIOptions:
        return OpenAIOptions(
            base_url=settings.openai_base_url,
            model=model,
            role=role,
            key_env=settings.openai_key_env,
            timeout_s=settings.openai_timeout_s,
            retries=settings.openai_retries,
            response_format=settings.openai_response_format,
            max_concurrency=settings.openai_max_concurrency,
            deadline_s=settings.openai_deadline_s,
            max_reply_bytes=settings.openai_max_reply_bytes,
        )

    drafter = OpenAIBackend(options(settings.openai_drafter_model or settings.openai_model, "drafter"))
    refiner = OpenAIBackend(options(settings.openai_model, "refiner"))
    refiner.api_key()  # NeedsKey before any work
    return drafter, refiner


def build_chain(
    settings: Settings, backend: Literal["transformers", "openai"], reason: str = ""
) -> ModelChainGenerator:
    drafter, refiner = transformers_backends(settings) if backend == "transformers" else openai_backends(settings)
    cache = ResultCache(settings.cache_dir / "chain", enabled=settings.result_cache)
    return ModelChainGenerator(drafter, refiner, chain_options(settings), cache=cache, reason=reason)


def auto_generator(settings: Settings) -> ModelChainGenerator | TemplateGenerator:
    """The transformers chain when CUDA is present and both models load; else templates, saying why."""
    import torch

    if not torch.cuda.is_available():
        return TemplateGenerator(
            reason="auto: no CUDA GPU, so the template backend runs (--backend transformers runs the models on CPU)"
        )
    try:
        chain = build_chain(settings, "transformers", reason="auto: CUDA GPU present and both models loaded")
        chain.warm_up()
    except Exception as exc:  # any load failure (missing files, OOM, bad weights) → templates, with the reason
        return TemplateGenerator(reason=f"auto: the models could not be loaded, so the template backend runs: {exc}")
    return chain
