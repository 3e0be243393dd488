"""A synthetic Korean-heavy vocabulary of a real model's size, for grammar-mask costs without its tokenizer.

Mask cost depends on vocabulary size and how tokens share prefixes, not on which model made them:
every Hangul syllable (with and without a leading space), ASCII, JSON punctuation, then seeded
2–3 syllable pieces up to the requested size.
"""

from __future__ import annotations

import random

SPECIALS = ["<pad>", "<eos>", "<bos>"]
JSON_PIECES = ['{"', '"}', '":', '": "', '", "', '",', ' "', '"', "{", "}", ",", ":", "\\n", '\\"']


def synthetic_vocab(size: int, seed: int = 0) -> list[str]:
    """`size` distinct token strings; ids 0–2 are <pad>, <eos>, <bos>."""
    syllables = [chr(c) for c in range(0xAC00, 0xD7A4)]
    tokens = SPECIALS + JSON_PIECES + [chr(c) for c in range(32, 127)] + syllables + [" " + s for s in syllables]
    seen = set(tokens)
    rng = random.Random(seed)
    common = syllables[:2000]  # a skew like real text: pieces reuse frequent syllables
    while len(tokens) < size:
        piece = "".join(rng.choice(common) for _ in range(rng.choice((2, 2, 3))))
        piece = (" " + piece) if rng.random() < 0.4 else piece
        if piece not in seen:
            seen.add(piece)
            tokens.append(piece)
    return tokens[:size]
