"""How a product name is written vs. which product it names: the normalised key and its variant marks.

Sheets write one product many ways: `자음생크림 60ml`, `설화수 자음생 크림(60mL)`, `NEW 자음생크림`,
`SPF50+ PA++++` vs `SPF50+/PA++++`, `에멀전` vs `에멀젼`, `크림` vs `cream`. `name_key` removes what
is notation only: case and width, spacing and punctuation, brackets, the brand written in front,
pack sizes (a number followed by ml/g/매/…), SPF/PA notation, `NEW`, `대용량`, `단품`, the pack form
`튜브` (the same cream in a tube is the same product in another pack), and spells common Latin
cosmetics words and loan-word variants one way (`어드벤스드` = `어드밴스드`). A texture or line word
(`리치`, `인텐스`, `톤업`, `중·건성용`) is kept: it names another product. Percentages and other numbers stay:
`레티놀 0.1%` and `레티놀 0.3%` are different products.

`variant_marks` records what makes a listing a different thing to sell: a set or gift box
(`기획`, `세트`, `2종`, `기프트`, `에디션`), a refill (`리필`), or a bundle (`+`, `x2`, `*3개`, `2개입`,
`증정`). Two names with the same key but different marks are never treated as the same product.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words that mark a listing as something other than the single product.
_SET_WORDS = ("기획", "세트", "set", "기프트", "gift", "에디션", "edition", "듀오", "duo", "더블", "키트", "kit")
_REFILL_WORDS = ("리필", "refill")
_BUNDLE = re.compile(
    r"\+|증정|\d+\s*종|\d+\s*개입|\d+\s*입\b|(?:[x×*]\s*\d+\s*(?:개|ea|입)?)|\d+\s*(?:개|ea)\b|\d+\s*(?:ml|g)\s*[x×*]"
)
_UNIT = r"(?:ml|mℓ|l|g|kg|mg|oz|매|ea|개|입|회분|p|pcs)"
_VOLUME = re.compile(rf"\d+(?:\.\d+)?\s*{_UNIT}(?![a-z가-힣])")
_MULTIPLY = re.compile(rf"(?:\d+(?:\.\d+)?\s*{_UNIT}?\s*)?[x×*]\s*\d+\s*(?:{_UNIT})?")
_SPF = re.compile(r"spf\s*\d+\s*\+*|pa\s*\++")
_NOTATION_WORDS = re.compile(r"\bnew\b|대용량|단품|본품|정품|튜브")
_PUNCT = re.compile(r"[\s\-_/·・,.:;!?'\"“”‘’`~&()\[\]{}<>【】「」『』|]+")
# One spelling for Latin words and loan-word variants seen in Korean shop listings.
_SPELLINGS = {
    "cream": "크림",
    "serum": "세럼",
    "essence": "에센스",
    "toner": "토너",
    "lotion": "로션",
    "emulsion": "에멀젼",
    "에멀전": "에멀젼",
    "에멀션": "에멀젼",
    "mask": "마스크",
    "pack": "팩",
    "cleansing": "클렌징",
    "cleanser": "클렌저",
    "foam": "폼",
    "oil": "오일",
    "mist": "미스트",
    "ampoule": "앰플",
    "ampule": "앰플",
    "앰풀": "앰플",
    "advanced": "어드밴스드",
    "어드벤스드": "어드밴스드",
    "sun": "선",
    "water": "워터",
    "moisture": "모이스춰",
    "모이스처": "모이스춰",
    "모이스쳐": "모이스춰",
    "vitamin": "비타민",
    "retinol": "레티놀",
    "cica": "시카",
    "lip": "립",
    "balm": "밤",
    "cushion": "쿠션",
    "pad": "패드",
    "패드": "패드",
    "스킨": "스킨",
    "후레쉬": "프레쉬",
    "프레시": "프레쉬",
    "fresh": "프레쉬",
    "시트마스크": "시트마스크",
}
_LATIN_WORD = re.compile(r"[a-z]+")


def fold(text: str) -> str:
    """NFKC (full-width → ASCII), lower case; the base of every comparison."""
    return unicodedata.normalize("NFKC", text).lower()


@lru_cache(maxsize=65536)
def compact(text: str) -> str:
    """Folded with all whitespace removed: what `unique_part` matching compares."""
    return re.sub(r"\s+", "", fold(text))


_HANGUL_VARIANTS = re.compile("|".join(re.escape(v) for v, c in _SPELLINGS.items() if not v.isascii() and v != c))
_MARK_WORDS = re.compile("|".join(re.escape(w) for w in (*_SET_WORDS, *_REFILL_WORDS, "증정")))
_COUNT_WORDS = re.compile(r"\d+\s*(?:종|개입|입|개)(?![가-힣])")
_STRENGTH = re.compile(r"\d+\s*[x×]")


def _respell(text: str) -> str:
    text = _LATIN_WORD.sub(lambda m: _SPELLINGS.get(m.group(0), m.group(0)), text)
    return _HANGUL_VARIANTS.sub(lambda m: _SPELLINGS[m.group(0)], text)


@lru_cache(maxsize=65536)
def name_key(name: str, brand_names: tuple[str, ...] = ()) -> str:
    """The name with notation removed (see the module docstring); equal keys name the same line."""
    text = fold(name)
    for brand in brand_names:
        folded = fold(brand)
        if folded and text.startswith(folded) and len(text) > len(folded):
            text = text[len(folded) :]
            break
    text = _SPF.sub(" ", text)
    text = _MULTIPLY.sub(" ", text)  # "40mlX2개", "*3개", "x2"
    text = _VOLUME.sub(" ", text)
    text = _NOTATION_WORDS.sub(" ", text)
    text = _STRENGTH.sub(" ", text)  # "2X" as a strength mark, spelled "2x" or "2X"
    text = _respell(text)
    text = _MARK_WORDS.sub(" ", text)
    text = _COUNT_WORDS.sub(" ", text)
    return _PUNCT.sub("", text).replace("+", "")


@lru_cache(maxsize=65536)
def variant_marks(name: str) -> frozenset[str]:
    """Which of set / refill / bundle the listing is (empty for a single product)."""
    text = _VOLUME.sub(lambda m: m.group(0).replace(" ", ""), fold(name))
    marks = set()
    if any(word in text for word in _SET_WORDS):
        marks.add("set")
    if any(word in text for word in _REFILL_WORDS):
        marks.add("refill")
    without_spf = _SPF.sub(" ", text)
    if _BUNDLE.search(without_spf):
        marks.add("bundle")
    return frozenset(marks)


def volumes(name: str) -> tuple[str, ...]:
    """Pack sizes written in the name (`60ml`, `4매`), for showing how two names differ."""
    return tuple(re.sub(r"\s+", "", m.group(0)) for m in _VOLUME.finditer(fold(name)))
