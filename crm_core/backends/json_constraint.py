"""Constrained JSON decoding for transformers with xgrammar (the library vLLM and SGLang use).

Why xgrammar: its C++ matcher fills a token bitmask for a whole batch in parallel, it is what
OpenAI-compatible servers run for `response_format: json_schema` (so both backends enforce the same
schema the same way), and bench/json_decoding_bench.py measured it far cheaper per step than the
pure-Python lm-format-enforcer at batch 32.
"""

from __future__ import annotations

import json
import threading
from typing import Any

import torch
import xgrammar as xgr
from transformers import LogitsProcessor


class JsonGrammars:
    """Compiles JSON schemas for one tokenizer, each schema once."""

    def __init__(self, tokenizer: Any, vocab_size: int, stop_token_ids: list[int]):
        info = xgr.TokenizerInfo.from_huggingface(tokenizer, vocab_size=vocab_size, stop_token_ids=stop_token_ids)
        self.compiler = xgr.GrammarCompiler(info)
        self.vocab_size = vocab_size
        self._compiled: dict[str, xgr.CompiledGrammar] = {}
        self._lock = threading.Lock()

    def compile(self, schema: dict[str, Any]) -> xgr.CompiledGrammar:
        key = json.dumps(schema, ensure_ascii=False)  # property order matters: it is the output order
        with self._lock:
            if key not in self._compiled:
                # One line, no free whitespace: random or weak models otherwise fill the budget with spaces.
                self._compiled[key] = self.compiler.compile_json_schema(key, any_whitespace=False, strict_mode=True)
            return self._compiled[key]


class JsonLogitsProcessor(LogitsProcessor):
    """Masks every token that would break the schema, row by row.

    It re-reads each row's generated tokens on every call instead of assuming one new token per
    call, rolling the matcher back where the sequence changed, so it is also correct under
    assisted (prompt-lookup) decoding, which scores draft tokens and then drops some. Use one
    instance per generate() call.
    """

    def __init__(self, grammar: xgr.CompiledGrammar, batch_size: int, vocab_size: int):
        self.matchers = [xgr.GrammarMatcher(grammar) for _ in range(batch_size)]
        self.accepted: list[list[int]] = [[] for _ in range(batch_size)]
        self.broken = [False] * batch_size
        self.bitmask = xgr.allocate_token_bitmask(batch_size, vocab_size)
        self.batch = xgr.BatchGrammarMatcher()
        self.prompt_len: int | None = None

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        if self.prompt_len is None:
            self.prompt_len = input_ids.shape[1]
        generated = input_ids[:, self.prompt_len :].tolist()
        for row, tokens in enumerate(generated):
            self.sync(row, tokens)
        active = [i for i, m in enumerate(self.matchers) if not m.is_terminated() and not self.broken[i]]
        if not active:
            return scores
        self.batch.batch_fill_next_token_bitmask([self.matchers[i] for i in active], self.bitmask, indices=active)
        xgr.apply_token_bitmask_inplace(scores, self.bitmask.to(scores.device), indices=active)
        return scores

    def sync(self, row: int, tokens: list[int]) -> None:
        """Bring the row's matcher to exactly `tokens` (accept new ones, roll back replaced ones)."""
        accepted, matcher = self.accepted[row], self.matchers[row]
        if self.broken[row]:
            return
        same = len(tokens) == len(accepted) + 1 and (not accepted or tokens[len(accepted) - 1] == accepted[-1])
        common = len(accepted) if same else _common_prefix(accepted, tokens)
        if common < len(accepted):
            matcher.rollback(len(accepted) - common)
            del accepted[common:]
        for token in tokens[common:]:
            if matcher.is_terminated():
                return  # the rest is padding after the stop token
            if not matcher.accept_token(token):
                self.broken[row] = True  # cannot happen under the mask; leave the row to validation
                return
            accepted.append(token)


def _common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
