"""Per-step cost of constrained JSON decoding: xgrammar vs lm-format-enforcer, batch 1 and 32.

Two measurements, both with the refiner's real schema (crm_core.chain.message_schema):
  tiny  — whole generate() on the tiny random Exaone4 model (832-token vocab) on this machine.
  mask  — the processors over random logits and a synthetic 102,400-token vocabulary (EXAONE 4.0's
          size), 64 greedy steps: what each library costs per step at a real vocabulary size.
Each reports ms per step of the whole call and `processor_ms_per_step`, the time inside the
processor alone (the overhead; subtracting whole-call times is too noisy on a shared CPU).
Fixed seeds; one warm-up run reported apart; median of --repeats.

lm-format-enforcer 0.11's transformers integration module does not import under transformers 5
(it imports transformers.tokenization_utils), so lmfe_processor() below restates its 10 lines.

    python -m bench.json_decoding_bench --out bench/results/chain-json-decoding-cpu-2026-11-23.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import statistics
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

import torch
import xgrammar as xgr
from lmformatenforcer import JsonSchemaParser, TokenEnforcer, TokenEnforcerTokenizerData
from transformers import AutoModelForCausalLM, AutoTokenizer, LogitsProcessorList, PrefixConstrainedLogitsProcessor

from bench.results_io import write_results
from bench.synthetic_vocab import synthetic_vocab
from crm_core.backends.json_constraint import JsonGrammars, JsonLogitsProcessor
from crm_core.backends.tiny import make_tiny_model
from crm_core.chain import message_schema

SCHEMA = message_schema()
PROMPT = [{"role": "user", "content": "설화수 자음생크림 첫 사용 안내 메시지를 JSON으로 써 주세요."}]


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").exists() else []:
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


class Timed:
    """Wraps a logits processor and adds up the time spent inside it (the mask's own cost, free of noise
    from the forward pass, which a shared CPU makes too noisy to subtract)."""

    def __init__(self, processor: Any):
        self.processor, self.seconds, self.calls = processor, 0.0, 0

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        t0 = time.perf_counter()
        out = self.processor(input_ids, scores)
        self.seconds += time.perf_counter() - t0
        self.calls += 1
        return out


def summarise(first: float, runs: list[tuple[float, Timed]]) -> dict[str, Any]:
    """Median over repeats of whole-call ms per step and processor ms per step; the first call apart."""
    return {
        "first_call_s": round(first, 4),
        "steps": runs[-1][1].calls,
        "ms_per_step": round(1000 * statistics.median(s / t.calls for s, t in runs), 3),
        "processor_ms_per_step": round(1000 * statistics.median(t.seconds / t.calls for _, t in runs), 3),
    }


def measure(run: Any, make: Any, repeats: int) -> dict[str, Any]:
    """run(processor) once as warm-up, then `repeats` times; each run gets a fresh processor."""
    results = []
    for _ in range(1 + repeats):
        timed = Timed(make())
        t0 = time.perf_counter()
        run(timed)
        results.append((time.perf_counter() - t0, timed))
    return summarise(results[0][0], results[1:])


def passthrough() -> Any:
    return lambda ids, scores: scores


# ---- tiny: whole generate() ------------------------------------------------------------
def tiny_generate(folder: Path, batch: int, steps: int, repeats: int) -> dict[str, Any]:
    tok = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder).eval()
    text = tok.apply_chat_template(PROMPT, add_generation_prompt=True, tokenize=False)
    enc = tok([text] * batch, return_tensors="pt", add_special_tokens=False)
    eos, vocab = tok.eos_token_id, model.config.vocab_size
    compiled = JsonGrammars(tok, vocab, [eos]).compile(SCHEMA)
    lmfe_data = TokenEnforcerTokenizerData(*_lmfe_args(tok, vocab))
    prompt_len = enc["input_ids"].shape[1]

    def run(processor: Timed) -> None:
        torch.manual_seed(0)
        with torch.inference_mode():
            model.generate(
                **enc,
                max_new_tokens=steps,
                do_sample=False,
                pad_token_id=tok.pad_token_id,
                eos_token_id=eos,
                logits_processor=LogitsProcessorList([processor]),
            )

    out: dict[str, Any] = {"batch": batch, "max_steps": steps, "vocab": vocab}
    out["plain"] = measure(run, passthrough, repeats)
    out["xgrammar"] = measure(run, lambda: JsonLogitsProcessor(compiled, batch, vocab), repeats)
    out["lm-format-enforcer"] = measure(run, lambda: lmfe_processor(lmfe_data, prompt_len), repeats)
    return out


def _lmfe_args(tok: Any, vocab_size: int) -> tuple[Any, ...]:
    """lm-format-enforcer's own tokenizer scan: (id, text, starts a word) for every regular token."""
    zero = tok.encode("0", add_special_tokens=False)[-1]
    regular = []
    for i in range(len(tok)):
        if i in tok.all_special_ids:
            continue
        after_zero, alone = tok.decode([zero, i])[1:], tok.decode([i])
        regular.append((i, after_zero, len(after_zero) > len(alone)))
    return regular, lambda ids: tok.decode(ids).rstrip("\ufffd"), tok.eos_token_id, False, vocab_size


def lmfe_processor(data: TokenEnforcerTokenizerData, prompt_len: int) -> PrefixConstrainedLogitsProcessor:
    """What lm-format-enforcer's transformers integration sets up: a prefix_allowed_tokens_fn processor."""
    enforcer = TokenEnforcer(data, JsonSchemaParser(SCHEMA))

    def allowed(batch_id: int, sent: torch.Tensor) -> list[int]:
        return enforcer.get_allowed_tokens(sent[prompt_len:].tolist()).allowed_tokens

    return PrefixConstrainedLogitsProcessor(allowed, num_beams=1)


# ---- mask: processors alone at a real vocabulary size ------------------------------------
def mask_step_cost(vocab: list[str], batch: int, steps: int, repeats: int) -> dict[str, Any]:
    size, eos = len(vocab), 1
    info = xgr.TokenizerInfo(vocab, xgr.VocabType.RAW, vocab_size=size, stop_token_ids=[eos])
    compiled = xgr.GrammarCompiler(info).compile_json_schema(json.dumps(SCHEMA), any_whitespace=False)
    regular = [(i, t, t.startswith(" ")) for i, t in enumerate(vocab) if i >= 3]
    data = TokenEnforcerTokenizerData(regular, lambda ids: "".join(vocab[i] for i in ids if i >= 3), eos, False, size)

    def run(processor: Timed) -> None:
        """Greedy steps over random logits, each choice allowed by the processor's mask."""
        gen = torch.Generator().manual_seed(0)
        ids = torch.zeros((batch, 4), dtype=torch.long)
        for _ in range(steps):
            scores = processor(ids, torch.randn((batch, size), generator=gen))
            ids = torch.cat([ids, scores.argmax(dim=-1, keepdim=True)], dim=1)

    out: dict[str, Any] = {"batch": batch, "steps": steps, "vocab": size}
    out["plain"] = measure(run, passthrough, repeats)
    out["xgrammar"] = measure(run, lambda: JsonLogitsProcessor(compiled, batch, size), repeats)
    out["lm-format-enforcer"] = measure(run, lambda: lmfe_processor(data, 4), repeats)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--batches", type=int, nargs="+", default=[1, 32])
    p.add_argument("--steps", type=int, default=64)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--vocab", type=int, default=102_400, help="synthetic vocabulary size for the mask test")
    p.add_argument("--out", help="write the JSON results here")
    args = p.parse_args(argv)
    torch.set_num_threads(torch.get_num_threads())
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_tiny_model("exaone4", Path(tmp) / "tiny-exaone4")
        tiny = [tiny_generate(folder, b, args.steps, args.repeats) for b in args.batches]
    vocab = synthetic_vocab(args.vocab)
    mask = [mask_step_cost(vocab, b, args.steps, args.repeats) for b in args.batches]
    result = {
        "bench": "json_decoding",
        "device": "cpu",
        "cpu": cpu_name(),
        "threads": torch.get_num_threads(),
        "load_avg_at_end": os.getloadavg(),
        "note": "shared 2-core VM: other sessions ran beside this one; compare variants within a row, not across runs",
        "versions": {name: version(name) for name in ("torch", "transformers", "xgrammar", "lm-format-enforcer")},
        "schema": SCHEMA,
        "tiny_generate": tiny,
        "mask_only": mask,
        "command": shlex.join(["python", "-m", "bench.json_decoding_bench", *(sys.argv[1:] if argv is None else argv)]),
    }
    if args.out:
        write_results(args.out, result)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
