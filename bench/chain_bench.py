"""Times the chain's two generate stages for the real default architectures, per stage and per message.

Drafter Qwen/Qwen2.5-1.5B-Instruct (draft: 512-token prompt, 160 new tokens) and refiner
LGAI-EXAONE/EXAONE-4.0-1.2B (refine: 768-token prompt, 200 new tokens), as in the H100 anchors
(../shared/bench/*.jsonl). Real weights when they are on this machine (models/ or the HF cache),
else --random-weights from the configs below (the hub is unreachable from here; a forward pass
costs the same whatever the weights). Prompts are synthetic token ids of the anchor lengths, so no
tokenizer is needed; every call generates exactly the requested tokens (min_new_tokens).

Reported per stage, batch and mode: first call (warm-up, compile) apart from the median of
--repeats timed calls, taken round-robin across variants (device synchronised before each clock
read), ms per decode step, tokens/s, messages/s, peak memory and the ratio to the memory-bandwidth
floor (params × bytes ÷ bandwidth per step). A chain summary adds draft + refine per message at
batch 1 and messages/s at each batch.
Modes: eager (dynamic cache) and static (cache_implementation="static"; transformers compiles the
decode step on CUDA, not on CPU). Options: --prompt-lookup N for the refine stage (batch 1; with
random weights nothing is accepted, so this measures only its overhead), --constrained (the
refiner's JSON schema through xgrammar over a synthetic vocabulary of the real size).

On one H100, one command (about 10 minutes with static compile; H100 SXM bandwidth preset):
    python -m bench.chain_bench --random-weights --device cuda --gpu h100 --batches 1 32 128 \
        --modes eager static --constrained --prompt-lookup 10 --out bench/results/chain-h100-$(date +%F).json
On a CPU at reduced size (how bench/results/chain-cpu-2026-11-23.json was made):
    python -m bench.chain_bench --random-weights --device cpu --layers 2 --batches 1 8 --draft-prompt 128 \
        --refine-prompt 192 --draft-tokens 32 --refine-tokens 40 --modes eager static --constrained \
        --prompt-lookup 10 --out bench/results/chain-cpu-2026-11-23.json
and the issue's batch sizes on the same cut models (bench/results/chain-cpu-2026-11-23-batches.json):
    python -m bench.chain_bench --random-weights --device cpu --layers 2 --batches 1 32 128 --draft-prompt 128 \
        --refine-prompt 192 --draft-tokens 32 --refine-tokens 40 --modes eager --constrained --repeats 2 \
        --out bench/results/chain-cpu-2026-11-23-batches.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import statistics
import sys
import time
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any

import torch

from bench.results_io import write_results
from crm_core.backends.model_files import locate

# config.json of each default model (written here: the hub is unreachable from the machines we bench on).
QWEN2_5_1_5B_INSTRUCT: dict[str, Any] = {
    "model_type": "qwen2",
    "architectures": ["Qwen2ForCausalLM"],
    "hidden_size": 1536,
    "intermediate_size": 8960,
    "num_hidden_layers": 28,
    "num_attention_heads": 12,
    "num_key_value_heads": 2,
    "max_position_embeddings": 32768,
    "max_window_layers": 21,
    "rms_norm_eps": 1e-06,
    "rope_theta": 1000000.0,
    "sliding_window": 32768,
    "use_sliding_window": False,
    "tie_word_embeddings": True,
    "vocab_size": 151936,
    "bos_token_id": 151643,
    "eos_token_id": 151645,
    "hidden_act": "silu",
    "torch_dtype": "bfloat16",
}
EXAONE_4_0_1_2B: dict[str, Any] = {
    "model_type": "exaone4",
    "architectures": ["Exaone4ForCausalLM"],
    "hidden_size": 2048,
    "intermediate_size": 4096,
    "num_hidden_layers": 30,
    "num_attention_heads": 32,
    "num_key_value_heads": 8,
    "head_dim": 64,
    "max_position_embeddings": 65536,
    "rms_norm_eps": 1e-05,
    "rope_theta": 1000000,
    "rope_scaling": {
        "factor": 16.0,
        "high_freq_factor": 4.0,
        "low_freq_factor": 1.0,
        "original_max_position_embeddings": 8192,
        "rope_type": "llama3",
    },
    "sliding_window": None,
    "sliding_window_pattern": None,
    "layer_types": ["full_attention"] * 30,
    "tie_word_embeddings": True,
    "vocab_size": 102400,
    "bos_token_id": 1,
    "eos_token_id": 361,
    "pad_token_id": 0,
    "hidden_act": "silu",
    "torch_dtype": "bfloat16",
}
STAGES = {
    "draft": {"model": "Qwen/Qwen2.5-1.5B-Instruct", "config": QWEN2_5_1_5B_INSTRUCT},
    "refine": {"model": "LGAI-EXAONE/EXAONE-4.0-1.2B", "config": EXAONE_4_0_1_2B},
}
# Peak HBM bandwidth, bytes/s (vendor figures).
BANDWIDTH = {"h100": 3.35e12, "h100-pcie": 2.0e12, "h200": 4.8e12, "a100": 2.039e12, "l40s": 0.864e12, "l4": 0.3e12}


def synchronize(device: str) -> None:
    if device == "cuda":
        torch.cuda.synchronize()


def build_config(raw: dict[str, Any], layers: int | None) -> Any:
    """The transformers config from the dict, optionally cut to `layers` decoder layers."""
    from transformers import AutoConfig

    values = {k: v for k, v in raw.items() if k not in ("model_type", "architectures", "torch_dtype")}
    if layers:
        values["num_hidden_layers"] = layers
        if "layer_types" in values:
            values["layer_types"] = values["layer_types"][:layers]
        if "max_window_layers" in values:
            values["max_window_layers"] = min(values["max_window_layers"], layers)
    return AutoConfig.for_model(raw["model_type"], **values)


def load_stage_model(stage: str, args: argparse.Namespace, dtype: torch.dtype) -> tuple[Any, str]:
    """(model, weights source): real weights when present and allowed, else random from the config."""
    from transformers import AutoModelForCausalLM

    spec = STAGES[stage]
    found = None if args.random_weights else locate(spec["model"], Path(args.models_dir))
    if found is not None and not args.layers:
        model = AutoModelForCausalLM.from_pretrained(found.path, dtype=dtype, local_files_only=True)
        source = f"real weights from {found.path}"
    else:
        if found is None and not args.random_weights:
            raise SystemExit(f"{spec['model']} is not on this machine; pass --random-weights or run models pull")
        torch.manual_seed(0)
        model = AutoModelForCausalLM.from_config(build_config(spec["config"], args.layers), dtype=dtype)
        source = "random weights from the config" + (f", cut to {args.layers} layers" if args.layers else "")
    return model.to(args.device).eval(), source


def synthetic_prompts(vocab: int, batch: int, length: int, device: str, seed: int = 0) -> dict[str, torch.Tensor]:
    gen = torch.Generator().manual_seed(seed)
    ids = torch.randint(1000, vocab - 1000, (batch, length), generator=gen)
    return {"input_ids": ids.to(device), "attention_mask": torch.ones_like(ids).to(device)}


def json_processor(model: Any, batch: int) -> Any:
    """The chain's own xgrammar processor over a synthetic vocabulary of the model's size."""
    import xgrammar as xgr

    from bench.synthetic_vocab import synthetic_vocab
    from crm_core.backends.json_constraint import JsonLogitsProcessor
    from crm_core.chain import message_schema

    size = model.config.vocab_size
    key = ("grammar", size)
    if key not in _GRAMMARS:
        info = xgr.TokenizerInfo(synthetic_vocab(size), xgr.VocabType.RAW, vocab_size=size, stop_token_ids=[1])
        schema = json.dumps(message_schema())
        _GRAMMARS[key] = xgr.GrammarCompiler(info).compile_json_schema(schema, any_whitespace=False)
    return JsonLogitsProcessor(_GRAMMARS[key], batch, size)


_GRAMMARS: dict[Any, Any] = {}


def generate_once(model: Any, inputs: dict[str, torch.Tensor], new: int, opts: dict[str, Any], device: str) -> float:
    from transformers import LogitsProcessorList

    kwargs = dict(opts) | {"max_new_tokens": new, "min_new_tokens": new, "do_sample": False, "pad_token_id": 0}
    if kwargs.pop("constrained", False):
        kwargs["logits_processor"] = LogitsProcessorList([json_processor(model, inputs["input_ids"].shape[0])])
    synchronize(device)
    started = time.perf_counter()
    with torch.inference_mode():
        model.generate(**inputs, eos_token_id=None, **kwargs)  # no stop token: exactly `new` tokens
    synchronize(device)
    return time.perf_counter() - started


def param_count(model: Any) -> int:
    return sum(p.numel() for p in model.parameters())


def peak_memory_gb(device: str) -> float:
    if device == "cuda":
        return torch.cuda.max_memory_allocated() / 2**30
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # Linux: KiB


def cpu_bandwidth() -> float:
    """Bytes/s of a large memory copy on this machine (read + write), the CPU's weight-streaming floor."""
    src = torch.empty(2**28, dtype=torch.uint8)  # 256 MiB
    dst = torch.empty_like(src)
    dst.copy_(src)
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        dst.copy_(src)
        runs.append(time.perf_counter() - t0)
    return 2 * src.numel() / min(runs)


def variants(stage: str, batch: int, args: argparse.Namespace) -> list[tuple[str, dict[str, Any]]]:
    """(mode, generate options) to time: plain per mode; refine adds constrained JSON and, at batch 1 eager,
    prompt lookup."""
    out: list[tuple[str, dict[str, Any]]] = []
    for mode in args.modes:
        base: dict[str, Any] = {"cache_implementation": "static"} if mode == "static" else {}
        out.append((mode, base))
        if stage == "refine" and args.constrained:
            out.append((mode, base | {"constrained": True}))
        if stage == "refine" and args.prompt_lookup and batch == 1 and mode == "eager":
            out.append((mode, base | {"prompt_lookup_num_tokens": args.prompt_lookup}))
    return out


def bench_batch(model: Any, stage: str, batch: int, args: argparse.Namespace, bandwidth: float) -> list[dict]:
    """Every variant's first call, then the timed repeats round-robin across variants, so a busy
    neighbour on a shared machine slows all variants alike instead of one."""
    draft = stage == "draft"
    prompt, new = (args.draft_prompt, args.draft_tokens) if draft else (args.refine_prompt, args.refine_tokens)
    inputs = synthetic_prompts(model.config.vocab_size, batch, prompt, args.device)
    todo = variants(stage, batch, args)
    if args.device == "cuda":
        torch.cuda.reset_peak_memory_stats()
    firsts = [generate_once(model, inputs, new, opts, args.device) for _, opts in todo]
    runs: list[list[float]] = [[] for _ in todo]
    for _ in range(args.repeats):
        for k, (_, opts) in enumerate(todo):
            runs[k].append(generate_once(model, inputs, new, opts, args.device))
    params = param_count(model)
    floor = params * model.dtype.itemsize * new / bandwidth
    peak = round(peak_memory_gb(args.device), 2)
    rows = []
    for (mode, opts), first, times in zip(todo, firsts, runs, strict=True):
        sec = statistics.median(times)
        rows.append(
            {
                "stage": stage,
                "batch": batch,
                "mode": mode,
                "opts": opts,
                "prompt": prompt,
                "new": new,
                "params_M": round(params / 1e6),
                "first_call_s": round(first, 3),
                "sec_per_call": round(sec, 4),
                "runs_s": [round(t, 4) for t in times],
                "ms_per_step": round(1000 * sec / new, 2),
                "tok_per_s": round(batch * new / sec, 1),
                "msgs_per_s": round(batch / sec, 3),
                "bw_floor_sec": round(floor, 4),
                "floor_ratio": round(sec / floor, 1),
                "peak_mem_gb": peak,
                "load_avg": [round(x, 2) for x in os.getloadavg()],
            }
        )
    return rows


def chain_summary(rows: list[dict]) -> list[dict]:
    """Draft + refine for each mode, batch and refine variant: seconds per batch and messages/s end to end."""
    out = []
    for draft in (r for r in rows if r["stage"] == "draft"):
        for refine in rows:
            same = refine["stage"] == "refine" and (refine["mode"], refine["batch"]) == (draft["mode"], draft["batch"])
            if not same:
                continue
            extra = sorted(k for k in refine["opts"] if k != "cache_implementation")
            sec = draft["sec_per_call"] + refine["sec_per_call"]
            out.append(
                {
                    "mode": draft["mode"],
                    "batch": draft["batch"],
                    "refine_variant": "+".join(extra) or "plain",
                    "draft_s": draft["sec_per_call"],
                    "refine_s": refine["sec_per_call"],
                    "sec_per_batch": round(sec, 4),
                    "msgs_per_s": round(draft["batch"] / sec, 3),
                    "first_call_s": round(draft["first_call_s"] + refine["first_call_s"], 3),
                }
            )
    return out


def device_name(device: str) -> str:
    if device == "cuda":
        return torch.cuda.get_device_name(0)
    for line in Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").exists() else []:
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu", choices=("cuda", "cpu"))
    p.add_argument("--random-weights", action="store_true", help="random weights from the configs above")
    p.add_argument("--models-dir", default="models")
    p.add_argument("--layers", type=int, help="cut each model to this many decoder layers (CPU runs); reported")
    p.add_argument("--batches", type=int, nargs="+", default=[1, 32, 128])
    p.add_argument("--modes", nargs="+", default=["eager", "static"], choices=("eager", "static"))
    p.add_argument("--stages", nargs="+", default=["draft", "refine"], choices=("draft", "refine"))
    p.add_argument("--draft-prompt", type=int, default=512)
    p.add_argument("--refine-prompt", type=int, default=768)
    p.add_argument("--draft-tokens", type=int, default=160)
    p.add_argument("--refine-tokens", type=int, default=200)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--constrained", action="store_true", help="also time refine with the xgrammar JSON constraint")
    p.add_argument("--prompt-lookup", type=int, default=0, help="also time refine at batch 1 with prompt lookup")
    p.add_argument("--gpu", choices=sorted(BANDWIDTH), help="bandwidth preset for the floor (CUDA)")
    p.add_argument("--bandwidth", type=float, help="memory bandwidth in GB/s (overrides --gpu; CPU: measured)")
    p.add_argument("--note", default="", help="free text stored with the results (e.g. why sizes are reduced)")
    p.add_argument("--out", help="write the JSON results here")
    args = p.parse_args(argv)

    dtype = torch.bfloat16 if args.device == "cuda" else torch.float32
    if args.bandwidth:
        bandwidth, how = args.bandwidth * 1e9, "flag"
    elif args.device == "cuda":
        bandwidth, how = BANDWIDTH[args.gpu or "h100"], f"preset {args.gpu or 'h100'}"
    else:
        bandwidth, how = cpu_bandwidth(), "measured memory copy"
    rows: list[dict] = []
    sources = {}
    for stage in args.stages:
        model, sources[stage] = load_stage_model(stage, args, dtype)
        for batch in args.batches:
            for row in bench_batch(model, stage, batch, args, bandwidth):
                rows.append(row)
                print(json.dumps(row), flush=True)
        del model
    result = {
        "bench": "chain",
        "note": args.note,
        "date": date.today().isoformat(),
        "device": args.device,
        "device_name": device_name(args.device),
        "threads": torch.get_num_threads(),
        "load_avg_at_end": os.getloadavg(),
        "dtype": str(dtype).removeprefix("torch."),
        "bandwidth_GBps": round(bandwidth / 1e9, 1),
        "bandwidth_source": how,
        "weights": sources,
        "layers": args.layers,
        "versions": {name: version(name) for name in ("torch", "transformers", "xgrammar")},
        "command": shlex.join(["python", "-m", "bench.chain_bench", *(argv if argv is not None else sys.argv[1:])]),
        "rows": rows,
        "chain": chain_summary(rows),
    }
    if args.out:
        write_results(args.out, result)
    print(json.dumps(result["chain"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
