"""Round 37 (readings 90-91: push 3.65), counted over copy_eval's grid sent on push only (push_r36_check's findings,
whose counts it prints beside its own):

- favour_ask (push_r36_check's): a referral push that ends on a favour to us, "…공유해 주시면 감사하겠습니다"
  (s6687: "공유할 거리가 부족함"), where it should say what sharing gives;
- fit_repeats: a push that says one feature twice in other word orders ("끈적임 없이 은은한 윤기 … 끈적임 없이 남는
  은은한 윤기"): a later clause with three or more content stems of an earlier one, most of its own.

    PYTHONPATH=. python bench/push_r37_check.py --n 1500 [--show fit_repeats] [--dump X]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from push_grid import bare_body, run_push_counter
from push_r36_check import findings as r36_findings

# a sentence's content words (two or more Hangul characters, stemmed to their first two), the name cut out
_WORD = re.compile("[가-힣]{2,}")
_CLAUSE = re.compile(r"[^.,!?]+")
_FUNCTION = frozenset({"있어", "있습", "담았", "담은", "제품", "이에", "입니", "에요", "좋아", "좋습", "보세", "보십"})


def _content(sentence: str) -> frozenset[str]:
    return frozenset(w[:2] for w in _WORD.findall(sentence)) - _FUNCTION


def repeats(body: str) -> bool:
    """Whether a clause says again three or more content words of an earlier one, most of its own."""
    said: list[frozenset[str]] = []
    for clause in _CLAUSE.findall(body):
        words = _content(clause)
        if any(len(words & before) >= 3 and len(words & before) * 2 >= len(words) for before in said):
            return True
        said.append(words)
    return False


def findings(result, catalog) -> set[str]:  # type: ignore[no-untyped-def]
    found = r36_findings(result, catalog)
    if repeats(bare_body(result)):
        found.add("fit_repeats")
    return found


if __name__ == "__main__":
    run_push_counter(__doc__, findings)
