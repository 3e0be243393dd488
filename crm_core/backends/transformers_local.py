"""Local models through transformers: chat templates, left-padded batches, LoRA merge, constrained JSON.

bf16 on CUDA, fp32 on CPU; 4/8-bit bitsandbytes only on CUDA. Never trust_remote_code: model ids
come from users, so only architectures transformers ships natively (Qwen2, Exaone4, …) load.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from crm_core.backends.base import Chat, Generation, GenerationOptions
from crm_core.backends.model_files import (
    ModelLocation,
    adapter_folder,
    license_of,
    model_folder_problems,
    require_loadable,
    resolve,
)
from crm_core.backends.registry import REGISTRY, ModelRegistry
from crm_core.errors import BackendUnavailable, UnknownModel

DEFAULT_MODELS_DIR = Path(__file__).resolve().parents[2] / "models"


class TransformersOptions(BaseModel):
    """How to load and run one local model; typos fail loudly."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = Field(min_length=1, description="Hugging Face id or local folder")
    role: str = "model"
    adapter: str | None = Field(default=None, description="LoRA adapter folder, merged into the weights")
    quantization: Literal["none", "8bit", "4bit"] = "none"
    device: Literal["auto", "cuda", "cpu"] = "auto"
    max_batch: int = Field(default=32, ge=1, le=512, description="Rows per generate call (memory bound)")
    compile: bool = Field(default=False, description="Static KV cache; transformers compiles the decode step on CUDA")
    max_cache_len: int = Field(default=2048, ge=256, description="Static cache length: one shape for every call")
    enable_thinking: bool = Field(default=False, description="EXAONE 4.0 reasoning mode; off for CRM copy")
    models_dir: Path = DEFAULT_MODELS_DIR


@dataclass
class LoadedModel:
    """A model and tokenizer ready on their device."""

    model: Any
    tokenizer: Any
    device: str
    dtype: str
    location: ModelLocation
    adapter: Path | None
    stop_ids: list[int]
    load_seconds: float
    grammars: Any = None
    stats: dict[str, float] = field(default_factory=dict)


def pick_device(requested: str) -> str:
    import torch

    if requested == "cuda" and not torch.cuda.is_available():
        raise BackendUnavailable("device 'cuda' requested but CUDA is not available; set CRM_DEVICE=auto or cpu")
    if requested == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return requested


def synchronize(device: str) -> None:
    """Wait for queued GPU work so perf_counter measures the work, not its launch."""
    if device == "cuda":
        import torch

        torch.cuda.synchronize()


def stop_token_ids(tokenizer: Any, model: Any) -> list[int]:
    """Every id that ends a turn: the tokenizer's eos plus the generation config's."""
    ids: list[int] = []
    for value in (tokenizer.eos_token_id, getattr(model.generation_config, "eos_token_id", None)):
        for token in value if isinstance(value, list) else [value]:
            if isinstance(token, int) and token not in ids:
                ids.append(token)
    return ids


def load_model(location: ModelLocation, adapter: Path | None, quantization: str, device: str) -> LoadedModel:
    """Load weights and tokenizer from disk only, merge the adapter, move to the device.

    :raises BackendUnavailable: quantization without CUDA.
    :raises UnknownModel: an architecture transformers does not ship, or no chat template.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    started = time.perf_counter()
    if quantization != "none" and device != "cuda":
        raise BackendUnavailable(f"{quantization} quantization needs CUDA (bitsandbytes); set CRM_QUANTIZATION=none")
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    kwargs: dict[str, Any] = {"dtype": dtype, "local_files_only": True, "trust_remote_code": False}
    if quantization != "none":
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = (
            BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=dtype)
            if quantization == "4bit"
            else BitsAndBytesConfig(load_in_8bit=True)
        )
        kwargs["device_map"] = {"": 0}
    try:
        tokenizer = AutoTokenizer.from_pretrained(location.path, local_files_only=True, trust_remote_code=False)
        model = AutoModelForCausalLM.from_pretrained(location.path, **kwargs)
    except ValueError as exc:  # unknown model_type: would need remote code
        raise UnknownModel(
            f"{location.model_id} cannot load without trust_remote_code, which we never enable for user-supplied "
            f"models; use an architecture transformers supports natively ({exc})"
        ) from None
    if not tokenizer.chat_template:
        raise UnknownModel(f"{location.model_id} has no chat template; use an instruct/chat model folder")
    tokenizer.padding_side = "left"  # decoder-only batches must end at the same position
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    if adapter is not None:
        from peft import PeftModel

        # Adapter weights load where the base weights are now (peft would pick CUDA whenever it exists).
        where = "cuda" if quantization != "none" else "cpu"
        model = PeftModel.from_pretrained(model, adapter, torch_device=where).merge_and_unload()  # merged: no LoRA cost
    if quantization == "none":
        model.to(device)
    model.eval()
    synchronize(device)
    return LoadedModel(
        model=model,
        tokenizer=tokenizer,
        device=device,
        dtype=str(dtype).removeprefix("torch."),
        location=location,
        adapter=adapter,
        stop_ids=stop_token_ids(tokenizer, model),
        load_seconds=time.perf_counter() - started,
    )


def render_chat(tokenizer: Any, chat: Chat, enable_thinking: bool) -> str:
    """The model's own chat template; EXAONE 4.0 reads enable_thinking, other templates ignore it."""
    return tokenizer.apply_chat_template(
        chat, add_generation_prompt=True, tokenize=False, enable_thinking=enable_thinking
    )


class TransformersBackend:
    """A local causal LM; cheap to construct, loads once per process on warm_up/generate."""

    name = "transformers"

    def __init__(self, options: TransformersOptions, registry: ModelRegistry = REGISTRY):
        self.options = options
        self.model_id = options.model
        self.registry = registry

    # ---- loading ------------------------------------------------------------------------
    @cached_property
    def resolved(self) -> tuple[ModelLocation, Path | None, str]:
        """Model folder, adapter folder and device, found once (no download).

        :raises UnknownModel: naming the fix when the model or adapter is not on this machine.
        """
        location = resolve(self.options.model, self.options.models_dir, role=self.options.role)
        require_loadable(
            location.path, model_folder_problems(location.path), f"{self.options.role} {location.model_id!r}"
        )
        adapter = adapter_folder(self.options.adapter, self.options.models_dir)
        return location, adapter, pick_device(self.options.device)

    def key(self) -> tuple[str, str | None, str, str]:
        location, adapter, device = self.resolved
        return (str(location.path), str(adapter) if adapter else None, self.options.quantization, device)

    def load(self) -> LoadedModel:
        location, adapter, device = self.resolved
        return self.registry.get(self.key(), lambda: load_model(location, adapter, self.options.quantization, device))

    def warm_up(self) -> float:
        """Load once; with compile on, also run one tiny generate so the compile happens now, not for a user."""
        started = time.perf_counter()
        fresh = self.registry.peek(self.key()) is None
        loaded = self.load()
        if self.options.compile and "first_call_seconds" not in loaded.stats:
            t0 = time.perf_counter()
            self.generate([[{"role": "user", "content": "안녕하세요"}]], GenerationOptions(max_new_tokens=8))
            loaded.stats["first_call_seconds"] = time.perf_counter() - t0
            fresh = True
        return time.perf_counter() - started if fresh else 0.0

    # ---- generation ---------------------------------------------------------------------
    def generate(self, prompts: Sequence[Chat], options: GenerationOptions) -> list[Generation]:
        """Left-padded batches of up to max_batch rows, similar lengths together; results in prompt order."""
        import torch

        loaded = self.load()
        tok = loaded.tokenizer
        texts = [render_chat(tok, p, self.options.enable_thinking) for p in prompts]
        ids = [tok(t, add_special_tokens=False).input_ids for t in texts]  # the template already has BOS
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        results: list[Generation | None] = [None] * len(ids)
        with self.registry.device_lock, torch.inference_mode():
            for start in range(0, len(order), self.options.max_batch):
                rows = order[start : start + self.options.max_batch]
                for i, gen in zip(rows, self.generate_batch(loaded, [ids[i] for i in rows], options), strict=True):
                    results[i] = gen
        return [g for g in results if g is not None]

    def generate_batch(self, loaded: LoadedModel, ids: list[list[int]], options: GenerationOptions) -> list[Generation]:
        import torch

        tok, model = loaded.tokenizer, loaded.model
        n = len(ids)
        rows = ids + [ids[-1]] * (self.batch_bucket(n) - n)  # compiled decode: a few batch shapes, not one per size
        enc = tok.pad({"input_ids": rows}, padding=True, return_tensors="pt").to(loaded.device)
        kwargs = self.generate_kwargs(loaded, len(rows), options)
        torch.manual_seed(options.seed)
        synchronize(loaded.device)
        started = time.perf_counter()
        out = model.generate(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"], **kwargs)
        synchronize(loaded.device)
        seconds = (time.perf_counter() - started) / n
        new = out[:n, enc["input_ids"].shape[1] :].tolist()
        prompt_tokens = enc["attention_mask"][:n].sum(dim=1).tolist()
        return [self.to_generation(loaded, row, int(k), seconds) for row, k in zip(new, prompt_tokens, strict=True)]

    def batch_bucket(self, n: int) -> int:
        """With compile on, the next power of two (capped at max_batch), so each bucket compiles once."""
        if not self.options.compile:
            return n
        return min(1 << (n - 1).bit_length(), max(self.options.max_batch, n))

    def generate_kwargs(self, loaded: LoadedModel, batch: int, options: GenerationOptions) -> dict[str, Any]:
        from transformers import LogitsProcessorList

        kwargs: dict[str, Any] = {
            "max_new_tokens": options.max_new_tokens,
            "do_sample": not options.greedy,
            "pad_token_id": loaded.tokenizer.pad_token_id,
            "eos_token_id": loaded.stop_ids,
            "repetition_penalty": options.repetition_penalty,
        }
        if options.greedy:
            kwargs |= {"temperature": None, "top_p": None, "top_k": None}
        else:
            kwargs |= {"temperature": options.temperature, "top_p": options.top_p}
        if self.options.compile:
            kwargs |= {"cache_implementation": "static", "max_cache_len": self.options.max_cache_len}
        # Prompt lookup drafts from the prompt (the refiner copies much of the draft); transformers
        # supports assisted decoding at batch 1 only.
        if options.prompt_lookup_tokens and batch == 1:
            kwargs["prompt_lookup_num_tokens"] = options.prompt_lookup_tokens
        if options.json_schema is not None:
            from crm_core.backends.json_constraint import JsonGrammars, JsonLogitsProcessor

            if loaded.grammars is None:
                loaded.grammars = JsonGrammars(loaded.tokenizer, loaded.model.config.vocab_size, loaded.stop_ids)
            grammar = loaded.grammars.compile(options.json_schema)
            vocab = loaded.model.config.vocab_size
            kwargs["logits_processor"] = LogitsProcessorList([JsonLogitsProcessor(grammar, batch, vocab)])
        return kwargs

    @staticmethod
    def to_generation(loaded: LoadedModel, row: list[int], prompt_tokens: int, seconds: float) -> Generation:
        """Decode up to and including the first stop token; no stop token means the budget ran out."""
        stop = next((k for k, t in enumerate(row) if t in loaded.stop_ids), None)
        kept = row if stop is None else row[: stop + 1]
        text = loaded.tokenizer.decode(kept, skip_special_tokens=True)
        return Generation(
            text=text,
            prompt_tokens=prompt_tokens,
            completion_tokens=len(kept),
            seconds=seconds,
            finish_reason="length" if stop is None else "stop",
        )

    # ---- reporting ----------------------------------------------------------------------
    def describe(self) -> dict[str, Any]:
        """Model, device, adapter, licence and load state, without loading anything."""
        info: dict[str, Any] = {
            "backend": self.name,
            "role": self.options.role,
            "model": self.model_id,
            "adapter": self.options.adapter,
            "quantization": self.options.quantization,
            "max_batch": self.options.max_batch,
            "compile": self.options.compile,
            "enable_thinking": self.options.enable_thinking,
        }
        try:
            location = self.resolved[0]
            key = self.key()
        except (UnknownModel, BackendUnavailable) as exc:
            missing = {"present": False, "loaded": False, "error": str(exc)}
            return info | missing | {"license": license_of(self.model_id, None)}
        loaded: LoadedModel | None = self.registry.peek(key)
        info |= {
            "present": True,
            "path": str(location.path),
            "source": location.source,
            "device": key[3],
            "loaded": loaded is not None,
            "license": license_of(self.model_id, location.path),
        }
        if loaded is not None:
            info |= {"dtype": loaded.dtype, "load_seconds": round(loaded.load_seconds, 3), **loaded.stats}
        return info

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.name, **self.options.model_dump(mode="json")}
