"""Korean lexical tokens: kiwipiepy morphemes, character bigrams, or both (the default).

Particles and endings (을/를, 에서, -어요) are dropped by the morpheme path so "피부가" and
"피부에" meet at "피부"; bigrams inside each word catch spacing variants and words the
morpheme dictionary splits differently ("보습력" ~ "보습").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Literal

AnalyzerMode = Literal["morph", "char2", "morph+char2"]
ANALYZER_MODES: tuple[str, ...] = ("morph", "char2", "morph+char2")
ANALYZER_VERSION = "an-v1"

# Kiwi tags kept as content: nouns, numerals, verb/adjective stems, roots, foreign words, hanja.
# Adverbs (너무, 진짜, 잘) are left out: in reviews they are noise, not topic.
_CONTENT_TAGS = ("NNG", "NNP", "NR", "SN", "SL", "SH", "VV", "VA", "XR")
_WORD = re.compile(r"[0-9A-Za-z가-힣]+")


@lru_cache(maxsize=1)
def kiwi() -> Any:
    """One shared Kiwi instance per process (its model takes 1-2 s to load, so lazily)."""
    from kiwipiepy import Kiwi

    return Kiwi(num_workers=2)


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def char_bigrams(text: str) -> list[str]:
    """Bigrams within each word (single-character words kept whole)."""
    out: list[str] = []
    for word in _WORD.findall(normalise(text)):
        if len(word) == 1:
            out.append(word)
        else:
            out += [word[i : i + 2] for i in range(len(word) - 1)]
    return out


def _morphs_of(tokens: Sequence) -> list[str]:
    out = []
    for tok in tokens:
        tag = tok.tag.split("-")[0]
        if tag in _CONTENT_TAGS and _WORD.fullmatch(tok.form):
            out.append(tok.form.lower())
    return out


def morphemes(text: str) -> list[str]:
    """Content morphemes of one text (stems and nouns; particles and endings dropped)."""
    return _morphs_of(kiwi().tokenize(normalise(text)))


class KoreanAnalyzer:
    """Text → lexical tokens in one of ANALYZER_MODES; namespaced so morphemes and bigrams never collide."""

    def __init__(self, mode: str = "morph+char2"):
        if mode not in ANALYZER_MODES:
            raise ValueError(f"analyzer mode must be one of {list(ANALYZER_MODES)}, got {mode!r}")
        self.mode = mode

    @property
    def version(self) -> str:
        return f"{ANALYZER_VERSION}:{self.mode}"

    def tokens(self, text: str) -> list[str]:
        return self.tokens_many([text])[0]

    def tokens_many(self, texts: Iterable[str]) -> list[list[str]]:
        """Tokens of many texts; the morpheme path runs Kiwi over the whole batch at once."""
        texts = list(texts)
        morph: list[list[str]] = [[] for _ in texts]
        if self.mode in ("morph", "morph+char2") and texts:
            analysed = kiwi().tokenize([normalise(t) for t in texts])
            morph = [["m:" + m for m in _morphs_of(toks)] for toks in analysed]
        if self.mode == "morph":
            return morph
        bigrams = [["c:" + g for g in char_bigrams(t)] for t in texts]
        if self.mode == "char2":
            return bigrams
        return [m + b for m, b in zip(morph, bigrams, strict=True)]
