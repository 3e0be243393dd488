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
_GOVERNS = frozenset({"위한", "대한", "더한", "통한"})  # end like adjectives but take an object
_WEAK_WORD = re.compile(r"^([A-Za-z0-9]+|[가-힣])$")  # "BX", "비": too little to tell a product by
REASON_CHARS = 10  # a reason longer than this never fits beside the name and a call to action


def sms_name(name: str) -> str:
    """'어린쑥 속수분 쑥히알 크림' → '쑥히알 크림', '자음수 EX' → '자음수': the head noun and one word."""
    words = name.split()
    while len(words) > 1 and _VARIANT_TOKEN.match(words[-1]):
        words.pop()
    keep = 3 if len(words) > 2 and _WEAK_WORD.match(words[-2]) else 2
    return " ".join(words[-keep:])


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
            free = opener not in _GOVERNS and (opener.endswith(_STANDS_ALONE) or not opener.endswith(_NEEDS_MORE))
            if start < len(words) - 1 and free:
                best = tail
        if best and noun not in best.split() and words[-1] not in (*name.split(), "피부") and best not in out:
            out.append(best)
    return sorted(out, key=lambda reason: not reason.split()[0].endswith(_STANDS_ALONE))  # "은은한 윤기" first


def bodies(name: str, reason_list: list[str], tag: str, closes: list[str], event: str | None) -> list[str]:
    """Candidate bodies (해요체), richest first, each one sentence ending on a call to action;
    `closes` are the stage's call to action with its adverbs, then bare."""
    out = [f"{name} {event} 소식, 확인해 보세요.", f"{name}, {event} 확인해 보세요."] if event else []
    for close in closes:  # the product's reason, then the reader's moment, before a plainer close
        out += [f"{name}의 {reason}, {close}" for reason in reason_list] + [f"{tag} {name}, {close}"]
    return out + [f"{name}, {close}" for close in closes]
