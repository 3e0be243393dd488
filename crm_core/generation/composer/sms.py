"""SMS bodies as micro-campaigns: the product's short name, one reason and the stage's call to action.

An ad SMS leaves about 45 bytes (some 22 Hangul) for the body, so the full catalog name and a
selling point never fit together. The short name keeps the head noun and one distinguishing word;
the reason is the tail of a selling point ("은은한 윤기"), the reader's moment or the event.
"""

from __future__ import annotations

import re

# Trailing name tokens that tell variants apart but not the product: "EX", "6세대", "중·건성용".
_VARIANT_TOKEN = re.compile(r"^([A-Z0-9.%+/-]+|\d+세대|.+용|\(.*\))$")
# Words that cannot open a reason: verb modifiers and particles need the words before them
# ("얇게 발리는", "인삼을 담은"); adjectives ("은은한", "가벼운") and nouns stand alone.
_NEEDS_MORE = ("는", "은", "을", "를", "이", "게", "히", "고", "서", "에", "로", "의", "과", "와", "인", "좋은", "있는")
_STANDS_ALONE = ("한", "운")
REASON_CHARS = 10  # a reason longer than this never fits beside the name and a call to action


def sms_name(name: str) -> str:
    """'어린쑥 속수분 쑥히알 크림' → '쑥히알 크림', '자음수 EX' → '자음수': the head noun and one word."""
    words = name.split()
    while len(words) > 1 and _VARIANT_TOKEN.match(words[-1]):
        words.pop()
    return " ".join(words[-2:])


def reasons(points: tuple[str, ...], name: str, noun: str) -> list[str]:
    """Short reasons cut from selling points: the longest tail that opens on a free word, names no
    category ("수분 크림" says nothing an SMS reader gains) and repeats nothing of the name."""
    out = []
    for point in points:
        words = point.split()
        best = None
        for start in range(len(words) - 1, -1, -1):
            tail = " ".join(words[start:])
            if len(tail) > REASON_CHARS:
                break
            opener = words[start]
            if start < len(words) - 1 and (opener.endswith(_STANDS_ALONE) or not opener.endswith(_NEEDS_MORE)):
                best = tail
        if best and words[-1] != noun and words[-1] not in name and best not in out:
            out.append(best)
    return out


def bodies(name: str, reason_list: list[str], tag: str, closes: list[str], event: str | None) -> list[str]:
    """Candidate bodies (해요체), richest first, each one sentence ending on a call to action;
    `closes` are the stage's call to action with its adverbs, then bare."""
    out = [f"{name} {event} 소식, 확인해 보세요." for _ in (1,) if event]
    for close in closes:
        out += [f"{name}의 {reason}, {close}" for reason in reason_list]
    out += [f"{tag} {name}, {close}" for close in closes]
    return out + [f"{name}, {close}" for close in closes]
