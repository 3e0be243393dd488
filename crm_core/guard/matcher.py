"""Term matching that survives Korean spacing and particles, and skips declared look-alikes.

How a term matches:
- Text and terms are compared in a *compact* form: whitespace removed and full-width Latin/digits
  folded to ASCII, with a map back to the original offsets. "피부 재생", "피부재생" and "피 부재생"
  are one string, and a finding's span still points at the original text.
- A space inside a term marks a word boundary where a particle may stand: "피부 재생" also matches
  "피부를 재생시켜" and "피부의 재생". Korean suffixes after a term are free ("재생시켜", "재생을").
- Latin letters are compared in lower case (terms and text are lowered; no IGNORECASE flag, which
  would switch off the regex engine's first-character scan and make every search several times slower).
- A term that starts (ends) with a Latin letter or digit must not touch another Latin letter or
  digit on that side in the original text: "MTS" is not found in "SMTS", "1위" not in "21위".
- A hit that runs across a space in the original must begin at a word start, so words that merely
  meet at a space do not form a term ("영화 상영" does not contain 화상).
- Exceptions are look-alikes matched the same way; a term hit that overlaps an exception hit is
  dropped ("재생목록", "재생 플라스틱" for 재생; "저자극" never matches 무자극 in the first place).
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
import sys
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from crm_core.guard.memo import memo

# Particles (and the common 의/에 forms) that may stand where a term has a space.
PARTICLES = (
    "으로",
    "에서",
    "에게",
    "이랑",
    "까지",
    "부터",
    "처럼",
    "을",
    "를",
    "이",
    "가",
    "은",
    "는",
    "의",
    "에",
    "도",
    "로",
    "와",
    "과",
    "랑",
    "만",
)
_PARTICLE_SLOT = "(?:" + "|".join(PARTICLES) + ")?"
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_HAS_FULLWIDTH = re.compile("[\uff01-\uff5e]")
_END = ""  # trie key marking the end of a term
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
# Grams are kept as integers: a character or a pair of characters read as one machine word of their UTF-32
# code units, so a text's pairs come from two memoryview casts instead of one Python string per pair.
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"


# The gram a \\d class stands for: added to a text's grams when its key holds any decimal digit.
ANY_DIGIT = -1
_DECIMAL = re.compile(r"\d")


def gram_code(gram: str) -> int:
    """The integer a one- or two-character gram is stored as (see Compact.grams)."""
    return int.from_bytes(gram.encode(_UTF32, "surrogatepass"), sys.byteorder)


@dataclass(frozen=True)
class Compact:
    """A text with whitespace removed, and where each remaining character came from."""

    original: str
    folded: str
    text: str
    key: str

    @classmethod
    def of(cls, original: str) -> Compact:
        folded = original.translate(_FULLWIDTH) if _HAS_FULLWIDTH.search(original) else original
        text = "".join(folded.split())
        lowered = text.lower()
        key = lowered if len(lowered) == len(text) else text  # a few letters lengthen when lowered
        return cls(original, folded, text, key)

    @memo
    def index(self) -> Sequence[int]:
        """Original offset of each compact character (built on the first hit: most texts have none)."""
        if len(self.text) == len(self.folded):
            return range(len(self.folded))
        return [i for i, ch in enumerate(self.folded) if not ch.isspace()]

    @memo
    def grams(self) -> frozenset[int]:
        """Every character and character pair of the compact key (as gram_code integers), and ANY_DIGIT
        when it holds a digit: what a term's or pattern's start must be among."""
        data, n = self.key.encode(_UTF32, "surrogatepass"), len(self.key)  # lone surrogates too
        codes = set(memoryview(data).cast("I"))  # each character
        codes.update(memoryview(data[: n // 2 * 8]).cast("Q"))  # pairs starting at even offsets
        codes.update(memoryview(data[4 : 4 + (n - 1) // 2 * 8]).cast("Q"))  # pairs starting at odd offsets
        if _DECIMAL.search(self.key):
            codes.add(ANY_DIGIT)
        return frozenset(codes)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of compact characters [start, end)."""
        return self.index[start], self.index[end - 1] + 1


@dataclass(frozen=True)
class Hit:
    """One match in a field's original text."""

    start: int
    end: int
    text: str


def compact_term(term: str) -> str:
    return re.sub(r"\s+", "", term.translate(_FULLWIDTH))


def _atoms(term: str) -> tuple[str, ...]:
    """A term as regex atoms: each character escaped, a particle slot where the term has a space."""
    words = [w for w in term.translate(_FULLWIDTH).lower().split() if w]
    if not words:
        raise ValueError("empty term")
    atoms: list[str] = []
    for k, word in enumerate(words):
        if k:
            atoms.append(_PARTICLE_SLOT)
        atoms += [re.escape(ch) for ch in word]
    return tuple(atoms)


def trie_regex(terms: Iterable[str]) -> str:
    """One regex for many terms, factored by common prefixes so a miss fails after a character or two.

    Longer continuations are tried first, so the longest listed term wins at a position.
    """
    trie: dict[str, Any] = {}
    for term in terms:
        node = trie
        for atom in _atoms(term):
            node = node.setdefault(atom, {})
        node[_END] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [atom + emit(child) for atom, child in node.items() if atom != _END]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if _END in node else body

    return emit(trie)


_LEADING_LOOKBEHIND = re.compile(r"^\(\?<[!=](?:[^()]|\([^()]*\))*\)")
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _joined(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One regex that matches wherever any of the patterns might: a cheap first test.

    Leading lookbehinds are dropped (the test only has to say "maybe"; a lookbehind first keeps the
    engine from scanning for the first character). None when the patterns cannot be joined safely
    (global inline flags, back-references); callers then test them one by one.
    """
    if not patterns:
        return None
    if any(_GROUP_REFERENCE.search(p.pattern) for p in patterns):  # group numbers would shift when joined
        return None if len(patterns) > 1 else patterns[0]
    if len(patterns) == 1:  # no joining, but a leading lookbehind still costs the first-character scan
        stripped = _LEADING_LOOKBEHIND.sub("", patterns[0].pattern)
        try:
            return patterns[0] if stripped == patterns[0].pattern else re.compile(stripped, patterns[0].flags)
        except re.error:
            return patterns[0]
    try:
        return re.compile("|".join(f"(?:{_LEADING_LOOKBEHIND.sub('', p.pattern)})" for p in patterns))
    except re.error:
        return None


def _compile_terms(terms: Sequence[str]) -> re.Pattern[str] | None:
    return re.compile(trie_regex(terms)) if terms else None


def _word_char(ch: str) -> bool:
    return ch.isalnum()


def _bad_edges(text: str, start: int, end: int) -> bool:
    """True when the hit is part of a longer Latin/digit word, or joins two words from mid-word."""
    if _ASCII_WORD.match(text[start]) and start > 0 and _ASCII_WORD.match(text[start - 1]):
        return True
    if _ASCII_WORD.match(text[end - 1]) and end < len(text) and _ASCII_WORD.match(text[end]):
        return True
    crosses_space = any(ch.isspace() for ch in text[start:end])
    return crosses_space and start > 0 and _word_char(text[start - 1])


def start_grams(terms: Iterable[str]) -> frozenset[int]:
    """The first two characters of each term's first word (one when the word is one character long):
    a text whose compact key contains none of them cannot contain any of the terms."""
    out = set()
    for term in terms:
        words = term.translate(_FULLWIDTH).lower().split()
        if words:
            out.add(gram_code(words[0][:2]))
    return frozenset(out)


def pattern_start_chars(pattern: re.Pattern[str]) -> frozenset[int] | None:
    """The grams a non-empty match of the regex can begin with, as they appear in a compact key (the first
    two characters where the pattern starts with two plain characters, else the first one; ANY_DIGIT for
    \\d); optional leading items add their own first grams to those of what follows. None when that cannot
    be told (a wide class range, a dot, whitespace, a negated class, case-insensitive letters, a pattern
    that may match nothing). Lets a rule with patterns be skipped like a term rule."""
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    try:
        first, nullable = _first_of(list(sre_parse.parse(pattern.pattern, pattern.flags)), ignore_case)
    except (re.error, ValueError, TypeError, IndexError):  # an unexpected parse tree: no shortcut
        return None
    return None if first is None or nullable else first


# (grams a match may begin with, or None when unknown; whether the items may match nothing)
_First = tuple[frozenset[int] | None, bool]
_WIDEST_RANGE = 256  # a class range wider than this ([一-龥]) is not spelled out as grams


def _first_of(items: list[Any], ignore_case: bool) -> _First:
    """First grams of a sequence of regex items: those of each item up to the first one that cannot be empty."""
    out: set[int] = set()
    for i, (op, arg) in enumerate(items):
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # look-arounds and anchors consume nothing: the next item starts the match
        if op is sre.LITERAL:
            following = items[i + 1] if i + 1 < len(items) else None
            first = None
            if following is not None and following[0] is sre.LITERAL:
                first = _key_pair(chr(arg), chr(following[1]), ignore_case)
            first, nullable = first or _key_chars([chr(arg)], ignore_case), False
        else:
            first, nullable = _item_first(op, arg, ignore_case)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def _item_first(op: Any, arg: Any, ignore_case: bool) -> _First:
    if op is sre.IN:
        return _class_first(arg, ignore_case), False
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = arg
        return _first_of(list(body), ignore_case or bool(add_flags & re.IGNORECASE))
    if op is sre.BRANCH:
        branches = [_first_of(list(branch), ignore_case) for branch in arg[1]]
        if any(first is None for first, _ in branches):
            return None, False
        return frozenset().union(*(first or () for first, _ in branches)), any(n for _, n in branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = arg
        first, nullable = _first_of(list(body), ignore_case)
        return first, nullable or low == 0
    return None, False


def _class_first(items: list[Any], ignore_case: bool) -> frozenset[int] | None:
    """A character class as key grams: listed characters, narrow ranges, and \\d as ANY_DIGIT."""
    chars: list[str] = []
    digit = False
    for kind, value in items:
        if kind is sre.LITERAL:
            chars.append(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < _WIDEST_RANGE:
            chars += [chr(code) for code in range(value[0], value[1] + 1)]
        elif kind is sre.CATEGORY and value in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
            digit = True
        else:
            return None  # a wide range, another category, a negated class
    first = _key_chars(chars, ignore_case)
    return None if first is None else first | {ANY_DIGIT} if digit else first


def _key_forms(ch: str, ignore_case: bool) -> set[str] | None:
    """How one original character may stand in a compact key (full-width folded, lower-cased or not)."""
    if ch.isspace() or (ignore_case and ch.lower() != ch.upper()):
        return None
    folded = ch.translate(_FULLWIDTH)
    return {c for c in (folded, folded.lower()) if len(c) == 1}


def _key_pair(first: str, second: str, ignore_case: bool) -> frozenset[int] | None:
    """Two adjacent plain characters of a pattern as the key pairs they become (no space can fall between)."""
    a, b = _key_forms(first, ignore_case), _key_forms(second, ignore_case)
    if not a or not b:
        return None
    return frozenset(gram_code(x + y) for x in a for y in b)


def _key_chars(chars: list[str], ignore_case: bool) -> frozenset[int] | None:
    """Each original character as a compact key may hold it (full-width folded, lower-cased or not)."""
    out: set[int] = set()
    for ch in chars:
        forms = _key_forms(ch, ignore_case)
        if forms is None:
            return None
        out |= {gram_code(c) for c in forms}
    return frozenset(out)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering the same characters (so overlap tests can bisect)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _overlaps(disjoint: list[tuple[int, int]], hit: Hit) -> bool:
    """True when the hit overlaps one of the sorted disjoint spans: only the last span that starts
    before the hit ends can reach into it."""
    k = bisect_left(disjoint, (hit.end,)) - 1
    return k >= 0 and disjoint[k][1] > hit.start


class TermMatcher:
    """Finds any of a set of terms in a text, minus hits inside exception look-alikes."""

    def __init__(
        self,
        terms: Iterable[str],
        exceptions: Iterable[str] = (),
        patterns: Iterable[str] = (),
        exception_patterns: Iterable[str] = (),
    ):
        self.terms = tuple(terms)
        self.exceptions = tuple(exceptions)
        self.patterns = tuple(re.compile(p) for p in patterns)
        self.exception_patterns = tuple(re.compile(p) for p in exception_patterns)
        self._terms = _compile_terms(self.terms)
        self._exceptions = _compile_terms(self.exceptions)
        self._any_pattern = _joined(self.patterns)
        # None when a regex pattern could start anywhere: then only the regexes can say "no".
        self.grams: frozenset[int] | None = start_grams(self.terms)
        for compiled in self.patterns:
            firsts = pattern_start_chars(compiled)
            self.grams = None if firsts is None or self.grams is None else self.grams | firsts

    def find(self, compact: Compact) -> list[Hit]:
        """Every non-overlapping hit, left to right, in original-text coordinates."""
        if self.grams is not None and self.grams.isdisjoint(compact.grams):
            return []  # (not might_match: its searches would only be repeated by the ones below)
        hits = [*self._term_hits(compact), *self._pattern_hits(compact.original)]
        if not hits:
            return []
        blocked = _merged(self._exception_spans(compact))
        hits = [h for h in hits if not _overlaps(blocked, h)]
        hits.sort(key=lambda h: (h.start, -h.end))
        out: list[Hit] = []
        for h in hits:
            if not out or h.start >= out[-1].end:
                out.append(h)
        return out

    def might_match(self, compact: Compact) -> bool:
        """Cheap test first: most copy contains none of a rule's terms."""
        if self.grams is not None and self.grams.isdisjoint(compact.grams):
            return False
        if self._terms is not None and self._terms.search(compact.key):
            return True
        if self._any_pattern is not None:
            return self._any_pattern.search(compact.original) is not None
        return any(p.search(compact.original) for p in self.patterns)

    def _term_hits(self, compact: Compact) -> list[Hit]:
        if self._terms is None:
            return []
        hits = []
        for m in self._terms.finditer(compact.key):
            start, end = compact.span(m.start(), m.end())
            if not _bad_edges(compact.folded, start, end):
                hits.append(Hit(start, end, compact.original[start:end]))
        return hits

    def _pattern_hits(self, original: str) -> list[Hit]:
        if self._any_pattern is not None and self._any_pattern.search(original) is None:
            return []  # one search says "none" for all patterns at once
        return [Hit(m.start(), m.end(), m.group(0)) for p in self.patterns for m in p.finditer(original) if m.group(0)]

    def _exception_spans(self, compact: Compact) -> list[tuple[int, int]]:
        spans = [(m.start(), m.end()) for p in self.exception_patterns for m in p.finditer(compact.original)]
        if self._exceptions is not None:
            spans += [compact.span(m.start(), m.end()) for m in self._exceptions.finditer(compact.key)]
        return spans
