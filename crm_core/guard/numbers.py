"""Numbers in Korean copy (prices, percentages, periods, dates, counts) as comparable values.

Copy may only repeat numbers that the evidence states. Korean writes one value many ways
(38,000원 · 3만 8천 원 · 38000원; 20% · 20 % · 20퍼센트 · 이십 퍼센트; 3월 17일 · 3/17), so both sides
are reduced to a key (kind, value, unit) before comparing. Phone numbers, URLs and #{variables}
are not claims and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

Key = tuple[str, float, str]

_NUM = r"\d[\d,]*(?:\.\d+)?"
_BIG = {"억": 100_000_000, "만": 10_000, "천": 1_000}
_SINO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_NATIVE_COUNT = {"한": 1, "두": 2, "세": 3, "석": 3, "네": 4, "다섯": 5, "열": 10}
_NATIVE_PERIOD = {
    "일주일": (1, "주"),
    "한주": (1, "주"),
    "하루": (1, "일"),
    "이틀": (2, "일"),
    "사흘": (3, "일"),
    "나흘": (4, "일"),
    "보름": (15, "일"),
    "한달": (1, "개월"),
    "두달": (2, "개월"),
    "석달": (3, "개월"),
    "세달": (3, "개월"),
}
# Unit → (kind, canonical unit); longer spellings first in the regex so 개월 wins over 개.
_UNITS: dict[str, tuple[str, str]] = {
    "ml": ("volume", "ml"),
    "l": ("volume", "l"),
    "kg": ("volume", "kg"),
    "mg": ("volume", "mg"),
    "g": ("volume", "g"),
    "oz": ("volume", "oz"),
    "개월": ("period", "개월"),
    "달": ("period", "개월"),
    "주일": ("period", "주"),
    "주년": ("count", "주년"),
    "주": ("period", "주"),
    "일": ("period", "일"),
    "년": ("period", "년"),
    "시간": ("period", "시간"),
    "분": ("period", "분"),
    "초": ("period", "초"),
    "세대": ("count", "세대"),
    "세트": ("count", "세트"),
    "세": ("count", "세"),
    "살": ("count", "세"),
    "번째": ("count", "번째"),
    "번": ("count", "회"),
    "회": ("count", "회"),
    "명": ("count", "명"),
    "인": ("count", "명"),  # 100인 (a panel of people); 인기·인용·3인치 are other words (see _UNIT_END)
    "개국": ("count", "개국"),
    "개": ("count", "개"),
    "종": ("count", "종"),
    "가지": ("count", "종"),
    "병": ("count", "병"),
    "매": ("count", "매"),
    "장": ("count", "매"),
    "단계": ("count", "단계"),
    "겹": ("count", "겹"),
    "위": ("count", "위"),
    "배": ("count", "배"),
    "곳": ("count", "곳"),
    "건": ("count", "건"),
}
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
# After a Hangul unit the next syllable must not continue a different word (1위안, 3세트 vs 3세, 3인치 …).
_UNIT_END = (
    r"(?![A-Za-z])(?!(?<=위)안)(?!(?<=장)벽)(?!(?<=시)즌)(?!(?<=세)럼)"
    # 인 counts people only written close to its number and followed by a particle or nothing
    r"(?<!\s인)(?!(?<=인)[가-힣](?<![이의은과도만]))"
)

_MASK = re.compile(
    r"https?://\S+|www\.\S+|#\{[^{}]*\}|\b0\d{1,2}[-.\s]\d{3,4}[-.\s]\d{4}\b|\b1[5-9]\d{2}-\d{4}\b",
    re.IGNORECASE,
)
# Claims written with digits (most of them); only searched when the text has a digit.
_DIGIT_PATTERN = re.compile(
    "|".join(
        [
            rf"(?P<money>(?:{_NUM}\s*(?:억|만|천)\s*)*{_NUM}\s*(?:억|만|천)?\s*원(?![료래인칙형두산]))",
            r"(?P<md>(?P<md_m>\d{1,2})\s*월\s*(?P<md_d>\d{1,2})\s*일)",
            r"(?<![\d/.])(?P<sl>(?P<sl_m>\d{1,2})\s*/\s*(?P<sl_d>\d{1,2}))(?![\d/])",
            r"(?<![\d.])(?P<dot>(?P<dot_m>\d{1,2})\.(?P<dot_d>\d{1,2}))\.?(?=\s*(?:까지|부터|~|\(|-))",
            r"(?P<dday>D\s*-\s*(?P<dday_n>\d+))",
            rf"(?P<pct>(?P<pct_v>{_NUM})\s*(?:%|퍼센트|프로(?!모|그|필|젝|세)))",
            r"(?P<plus>(?P<plus_a>\d)\s*\+\s*(?P<plus_b>\d))(?!\d)",
            r"(?P<year>(?P<year_v>(?:19|20)\d{2})\s*년)",
            r"(?P<clock>(?P<clock_v>\d{1,2})\s*시(?![가-힣])|(?P<clock_w>\d{1,2})\s*시(?=까지|부터|에|전|반))",
            rf"(?P<unit>(?P<unit_v>{_NUM})\s*(?P<unit_big>만|천)?\s*(?P<unit_u>{_UNIT_ALT}){_UNIT_END})",
        ]
    ),
    re.IGNORECASE,
)
# Claims written in words: 만 원, 이십 퍼센트, 반값, 일주일 만에, 두 배.
_WORD_PATTERN = re.compile(
    "|".join(
        [
            r"(?<![가-힣\d])(?P<wmoney>(?:만|천)\s*원)(?![료래인칙형두산])",
            r"(?<![가-힣])(?P<sino>(?P<sino_v>[일이삼사오육칠팔구십백]+)\s*(?:퍼센트|프로(?!모|그|필|젝|세)))",
            r"(?P<half>반값|반액)",
            r"(?<![가-힣])(?P<native>일주일|한\s*주|하루|이틀|사흘|나흘|보름|[한두석세]\s*달)(?=\s*(?:만|간|동안|사용|째))",
            r"(?<![가-힣])(?P<nmul>(?P<nmul_v>한|두|세|네|다섯|열)\s*배)(?=$|[^가-힣]|로|의|나|까지|는|가|를)",
        ]
    )
)
_DIGIT = re.compile(r"\d")
# Where a digit claim can start; the digit pattern is tried only there (much faster than search).
_DIGIT_START = re.compile(r"(?<![\d,.])\d|[Dd](?=\s*-\s*\d)")
# What every word claim contains (each alternative of _WORD_PATTERN without its look-arounds, so 배송 or
# 3,000원 alone do not qualify); the word pattern is skipped without one. Every alternative starts with a
# plain character, so the regex engine can scan for those first characters.
_WORD_HINT = re.compile(
    "|".join(
        [
            r"만\s*원",
            r"천\s*원",
            *(rf"{c}\s*(?:퍼센트|프로)" for c in "일이삼사오육칠팔구십백"),
            *("반값", "반액", "일주일", r"한\s*주", "하루", "이틀", "사흘", "나흘", "보름"),
            *(rf"{c}\s*달" for c in "한두석세"),
            *(rf"{w}\s*배" for w in ("한", "두", "세", "네", "다섯", "열")),
        ]
    )
)
# Four digits in a row: every phone number _MASK blanks has them (a URL has ://, a variable #{, www. …).
_FOUR_DIGITS = re.compile(r"\d\d\d\d")


_RANGE_END = re.compile(r"일\s*[~\-–]\s*$")


def _is_day_of_month(text: str, start: int, end: int) -> bool:
    """'17일까지', '3일부터' and the end of a range ('20일~23일') are dates, not periods of days."""
    if text[end : end + 3].lstrip().startswith(("까지", "부터")):
        return True
    return _RANGE_END.search(text[max(0, start - 4) : start]) is not None


@dataclass(frozen=True)
class NumberMention:
    """One number claim in a text: what kind, its comparable key, and where it stands."""

    key: Key
    start: int
    end: int
    text: str

    @property
    def kind(self) -> str:
        return self.key[0]


def amount(text: str) -> float:
    """'3만 8천' → 38000, '250,000' → 250000, '1.5만' → 15000, '만' → 10000."""
    total, current = 0.0, None
    for m in re.finditer(rf"({_NUM})?\s*(억|만|천)?", text):
        digits, big = m.group(1), m.group(2)
        if not digits and not big:
            continue
        value = float(digits.replace(",", "")) if digits else 1.0
        if big:
            total += value * _BIG[big]
            current = None
        else:
            current = value
    return total + (current or 0.0)


def sino_number(text: str) -> float | None:
    """'이십' → 20, '삼십오' → 35, '백' → 100; None for anything else."""
    total, digit = 0, 0
    for ch in text:
        if ch in _SINO:
            digit = _SINO[ch]
        elif ch in ("십", "백"):
            total += (digit or 1) * (10 if ch == "십" else 100)
            digit = 0
        else:
            return None
    return float(total + digit)


def _key(m: re.Match[str], text: str) -> Key | None:
    """The comparable key of one match, dispatched on which alternative matched."""
    kind, g = m.lastgroup, m.groupdict()
    if kind in ("money", "wmoney"):
        return ("money", amount(m.group(0)[:-1]), "원")
    if kind == "md":
        return ("date", int(g["md_m"]) * 100 + int(g["md_d"]), "md")
    if kind in ("sl", "dot"):
        month, day = int(g[f"{kind}_m"]), int(g[f"{kind}_d"])
        return ("date", month * 100 + day, "md") if 1 <= month <= 12 and 1 <= day <= 31 else None
    if kind == "dday":
        return ("period", float(g["dday_n"]), "D-")
    if kind == "pct":
        return ("percent", float(g["pct_v"].replace(",", "")), "%")
    if kind == "sino":
        value = sino_number(g["sino_v"])
        return ("percent", value, "%") if value is not None else None
    if kind == "half":
        return ("percent", 50.0, "%")
    if kind == "plus":
        return ("event", float(g["plus_a"] + g["plus_b"]), "+")
    if kind == "year":
        return ("date", float(g["year_v"]), "year")
    if kind == "clock":
        return ("time", float(g["clock_v"] or g["clock_w"]), "시")
    if kind == "unit":
        unit = g["unit_u"].lower()
        kind, canonical = _UNITS[unit]
        value = float(g["unit_v"].replace(",", ""))
        if g["unit_big"]:
            value *= _BIG[g["unit_big"]]
        if unit == "일" and _is_day_of_month(text, m.start(), m.end()):
            return ("date", value, "day")
        return (kind, value, canonical)
    if kind == "native":
        value, unit = _NATIVE_PERIOD[re.sub(r"\s+", "", g["native"])]
        return ("period", float(value), unit)
    if kind == "nmul":
        return ("count", float(_NATIVE_COUNT[g["nmul_v"]]), "배")
    raise AssertionError(f"unhandled number pattern {kind}")  # pragma: no cover


def mask_non_claims(text: str) -> str:
    """Blank out phone numbers, URLs and #{variables} (same length, so offsets hold)."""
    if not ("://" in text or "#{" in text or "www." in text.lower() or _FOUR_DIGITS.search(text)):
        return text  # nothing _MASK could match (its case-insensitive search tries every position: slow)
    return _MASK.sub(lambda m: " " * len(m.group(0)), text)


def mentions(text: str) -> list[NumberMention]:
    """Every number claim in the text, left to right."""
    has_digit = _DIGIT.search(text) is not None
    masked = mask_non_claims(text) if has_digit else text
    matches = [*_WORD_PATTERN.finditer(masked)] if _WORD_HINT.search(masked) else []
    if has_digit:
        end = 0
        for start in _DIGIT_START.finditer(masked):
            m = _DIGIT_PATTERN.match(masked, start.start()) if start.start() >= end else None
            if m:
                matches.append(m)
                end = m.end()
    matches.sort(key=lambda m: m.start())
    out: list[NumberMention] = []
    for m in matches:
        if out and m.start() < out[-1].end:
            continue
        key = _key(m, masked)
        if key is not None:
            kind, value, unit = key
            out.append(NumberMention((kind, float(value), unit), m.start(), m.end(), text[m.start() : m.end()]))
    return out


@dataclass(frozen=True)
class EvidenceNumbers:
    """The number keys the evidence states; a mention is backed when its key is among them."""

    keys: frozenset[Key]

    def backs(self, mention: NumberMention) -> bool:
        key = mention.key
        if key in self.keys:
            return True
        kind, value, unit = key
        if kind == "date" and unit == "day":  # "17일까지" is backed by "3월 17일"
            return any(k[0] == "date" and k[2] == "md" and int(k[1]) % 100 == value for k in self.keys)
        if kind == "date" and unit == "md":  # "3/17" is backed by "17일까지"
            return ("date", float(int(value) % 100), "day") in self.keys
        return False


@lru_cache(maxsize=4096)
def evidence_numbers(texts: tuple[str, ...]) -> EvidenceNumbers:
    """Number keys of evidence texts (cached: variants and retries share evidence)."""
    return EvidenceNumbers(frozenset(m.key for text in texts for m in mentions(text)))
