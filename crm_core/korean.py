"""Small Korean text helpers: particle agreement after inserted words, speech level, emoji."""

from __future__ import annotations

import re
from functools import lru_cache

_HANGUL_BASE, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL = 8  # index of ㄹ among final consonants

# Final sound of Latin letters and digits as Koreans read them (e.g. "EX" → 엑스, "3" → 삼).
_READ_FINAL = {
    **{c: 0 for c in "abcdefghijkopqstuvwxyz"},
    "l": _RIEUL,
    "m": 16,
    "n": 4,
    "r": _RIEUL,
    "0": 21,
    "1": _RIEUL,
    "2": 0,
    "3": 16,
    "4": 0,
    "5": 0,
    "6": 1,
    "7": _RIEUL,
    "8": _RIEUL,
    "9": 0,
}
# Particle pairs: (form after a consonant, form after a vowel).
_PAIRS = {
    "을": ("을", "를"),
    "를": ("을", "를"),
    "이": ("이", "가"),
    "가": ("이", "가"),
    "은": ("은", "는"),
    "는": ("은", "는"),
    "과": ("과", "와"),
    "와": ("과", "와"),
    "으로": ("으로", "로"),
    "로": ("으로", "로"),
}


def final_consonant(word: str) -> int | None:
    """Index of the last syllable's final consonant (0 = none), None when unreadable."""
    for ch in reversed(word.strip()):
        code = ord(ch)
        if _HANGUL_BASE <= code <= _HANGUL_LAST:
            return (code - _HANGUL_BASE) % 28
        if ch.lower() in _READ_FINAL:
            return _READ_FINAL[ch.lower()]
        if ch in ")]}\"'":
            continue
        return None
    return None


@lru_cache(maxsize=65536)
def particle_for(word: str, particle: str) -> str:
    """The particle form that agrees with the word's last sound (자음생크림을, 라네즈를). Cached: the
    composer asks it for the same few hundred product and ingredient words on every message."""
    pair = _PAIRS.get(particle)
    final = final_consonant(word)
    if pair is None or final is None:
        return particle
    after_consonant, after_vowel = pair
    if particle in ("으로", "로"):
        return after_vowel if final in (0, _RIEUL) else after_consonant
    return after_vowel if final == 0 else after_consonant


_SLOT_PARTICLE = re.compile(r"\{(\w+)\}(으로|로|을|를|이|가|은|는|과|와)(?![가-힣])|\{(\w+)\}")


def fill_slots(template: str, values: dict[str, str]) -> str:
    """Fill {slot}s, fixing the particle right after each slot to agree with the inserted word."""

    def replace(match: re.Match[str]) -> str:
        slot = match.group(1) or match.group(3)
        value = values[slot]
        particle = match.group(2)
        return value + (particle_for(value, particle) if particle else "")

    return _SLOT_PARTICLE.sub(replace, template)


# 해요체 → 합쇼체 for the sentence endings templates use; the model chain handles the rest.
_HAPSHO = [
    (re.compile(r"해 보세요(?=[.!?]|$)"), "해 보십시오"),
    (re.compile(r"하세요(?=[.!?]|$)"), "하십시오"),
    (re.compile(r"보세요(?=[.!?]|$)"), "보십시오"),
    (re.compile(r"드려요(?=[.!?]|$)"), "드립니다"),
    (re.compile(r"있어요(?=[.!?]|$)"), "있습니다"),
    (re.compile(r"없어요(?=[.!?]|$)"), "없습니다"),
    (re.compile(r"([가-힣])어요(?=[.!?]|$)"), lambda m: _past_formal(m)),
    (re.compile(r"할게요(?=[.!?]|$)"), "하겠습니다"),
    (re.compile(r"드릴게요(?=[.!?]|$)"), "드리겠습니다"),
    (re.compile(r"거예요(?=[.!?]|$)"), "것입니다"),
    (re.compile(r"([좋같많])아요(?=[.!?]|$)"), r"\1습니다"),
    (re.compile(r"(이)?에요(?=[.!?]|$)"), "입니다"),
    (re.compile(r"예요(?=[.!?]|$)"), "입니다"),
    (re.compile(r"해요(?=[.!?]|$)"), "합니다"),
    (re.compile(r"돼요(?=[.!?]|$)"), "됩니다"),
    (re.compile(r"와요(?=[.!?]|$)"), "옵니다"),
    (re.compile(r"줘요(?=[.!?]|$)"), "줍니다"),
    (re.compile(r"봐요(?=[.!?]|$)"), "봅니다"),
    (re.compile(r"세요(?=[.!?]|$)"), "십시오"),
]


_SSANG_SIOT = 20  # final ㅆ: past-tense stems (했, 졌, 왔 …)


def _past_formal(match: re.Match[str]) -> str:
    syllable = match.group(1)
    return syllable + "습니다" if final_consonant(syllable) == _SSANG_SIOT else match.group(0)


def to_hapsho(text: str) -> str:
    """Best-effort 합쇼체 for common 해요체 endings (sentence by sentence)."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    out = []
    for sentence in sentences:
        for pattern, repl in _HAPSHO:
            new = pattern.sub(repl, sentence)
            if new != sentence:
                sentence = new
                break
        out.append(sentence)
    return " ".join(out)


_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff\u2b50\u2b55\u203c\u2049\ufe0f\u200d]"
)


def strip_emoji(text: str) -> str:
    return re.sub(r"\s{2,}", " ", _EMOJI.sub("", text)).strip()


def has_emoji(text: str) -> bool:
    return bool(_EMOJI.search(text))
