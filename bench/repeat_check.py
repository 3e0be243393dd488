"""Words, phrases and ideas said twice inside one message (blind reading 16: "'써 보고 좋았던' 반복",
"'천천히' 반복", "'미리 챙겨 두기' 반복", "'루틴' 반복", "녹차 성분 반복 언급", "'약산성 클렌저는 약산성
클렌저' 동어반복", "'보습 유액, 자음유액 EX예요' 도입 어색"), counted over copy_eval's brief grid with
every brief sent on each channel.

What is read is the text the customer gets (title, body and button; the sent SMS/LMS text), without the
legal frame ("(광고)", the sender, the opt-out footer), the customer-name variable, the brand name and the
product's own name (its full and short forms). Each sentence is split into morphemes (Kiwi, as copy_eval
does) and each word-unit (eojeol) reduced to its content morphemes: nouns, verb and adjective stems,
roots and adverbs, a noun + 하다 said as one stem ("권하"); particles, endings, numbers and symbols drop.

- stem_repeat: a content stem said twice or more (nouns of one syllable, and GENERIC words a message
  needs more than once, "피부", "쓰다", "보다", "오늘", are not counted; nor the product's own noun,
  "이 크림" being how a message points back at it);
- phrase_repeat: two word-units in a row said twice with the same content ("써 보고 좋았던" / "써 보고
  좋았던", "미리 챙겨" / "미리 챙겨 두세요"), at least three syllables of content;
- tautology: the sentence that names the product says a word of the name again ("순정 약산성 5.5 폼
  클렌저는 약산성 데일리 클렌저입니다") or introduces the name with its own words before it: a bare kind ("보습
  유액, 자음유액 EX예요") or a word of the name other than its kind (a described lead, "피부를 감싸는 부드러운
  세럼, … 세럼이에요", may end on the kind);
- any_repeat: any of the three.

    PYTHONPATH=. python bench/repeat_check.py [--n 1200] [--seed 20261203] [--examples 20] [--show ITEM]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import _kiwi, checked_pipeline, results_on_channels

from crm_core.generation.template import short_product_name

CHANNELS = ("sms", "lms", "push", "kakao_friendtalk", "email")
# Stems a message may say this often by design ("처음" in a first-use guide's hook and step: forms.SPARING).
ALLOWED = {"처음": 2}
CONTENT = ("NNG", "NNP", "VV", "VA", "VX", "XR", "MAG")
# Content words any message needs more than once (where it goes, an ingredient's "추출물"), and stems of
# verbs that carry an ending ("써 보세요",
# "보내 드려요"): said twice they are not what a reader marks as a repeat.
GENERIC = frozenset(
    {
        "피부", "제품", "사용", "오늘", "지금", "하", "되", "있", "없", "보", "주", "드리", "않", "같", "쓰",
        "알", "오", "가", "좋", "받", "이", "그", "더", "먼저", "함께", "잘", "한번", "매일", "수", "때",
        "것", "분", "점", "고객", "구매", "혜택", "바로", "이제", "아니", "어떻", "그렇", "이렇", "들",
        "만나", "살펴보", "확인", "번", "나", "하루", "보이", "모르", "한", "바르", "발리",
        "두피", "얼굴", "입술", "눈가", "모발", "추출물",
    }
)  # fmt: skip
# What a product is ("이 클렌저", "바디 로션"): how a message points back at the product, not a repeat.
KINDS = frozenset(
    {
        "크림", "토너", "스킨", "세럼", "에센스", "앰플", "앰프", "클렌저", "클렌징", "폼", "오일", "쿠션", "로션",
        "에멀젼", "유액", "미스트", "선크림", "마스크", "팩", "패드", "샴푸", "밤", "틴트", "립", "바디", "워시",
        "트리트먼트", "컨디셔너", "파운데이션", "리무버", "젤", "팔레트", "아이크림", "선", "스틱", "헤어", "바디워시",
        "클렌징폼",
        "퍼프", "베이스", "프라이머", "팩트", "파우더", "블러셔", "섀도", "라이너", "마스카라", "워터",
    }
)  # fmt: skip
FRAME_LINE = re.compile(r"수신거부|보낸 곳:|수신을 원하지 않으시면")
FRAME_HEAD = re.compile(r"^\(광고\)\s*(\[[^\]]*\])?\s*")
VARIABLE = re.compile(r"#\{고객명\}님,?|\{\{name\}\}님,?")
SENTENCE = re.compile(r"[^.?!\n]+[.?!]?")
MASK = " ◇ "  # where the name or the brand stood: no phrase runs across it


def sent_text(result, button: bool = True) -> str:  # type: ignore[no-untyped-def]
    """The message as the customer reads it, without the legal frame (and without its button line)."""
    lines = result.message.channel_text.split("\n")
    cta = result.message.cta
    out = []
    for i, line in enumerate(lines):
        if FRAME_LINE.search(line):
            continue
        if i == 0:
            line = FRAME_HEAD.sub("", line)
        if line.startswith("▶ ") or (line.startswith("[") and line.endswith("]")) or line == cta:
            if not button:
                continue
            line = line.removeprefix("▶ ").strip("[]")
        out.append(line)
    return "\n".join(line for line in out if line)


def masked(text: str, names: list[str], brand: str) -> str:
    text = VARIABLE.sub("", text)
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, MASK)
    return text.replace(brand, MASK) if brand else text


def units(sentence: str) -> list[tuple[str, ...]]:
    """The sentence's word-units, each the tuple of its content stems (empty for a unit that has none;
    a mask ends a run)."""
    out: list[list[str]] = []
    last_end = 0
    tokens = _kiwi().tokenize(sentence)
    for i, t in enumerate(tokens):
        if not out or t.start > last_end:  # a space (or the start) opens a new unit
            out.append([])
        last_end = t.start + t.len
        tag = t.tag.split("-")[0]
        if t.form == "◇":
            out.append(["◇"])
            out.append([])
            continue
        if tag in ("XSV", "XSA") and out[-1] and i and tokens[i - 1].tag in ("NNG", "XR"):
            out[-1][-1] = out[-1][-1] + t.form  # 권 + 하 → 권하
            continue
        if tag in CONTENT:
            out[-1].append(t.form)
    return [tuple(u) for u in out]


def runs(said: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Two and three word-units in a row, each with content, with three syllables of content or more and
    more than the product's kind and words every message says ("써 보고 좋았던": 쓰 보 좋)."""
    out = []
    for size in (2, 3):
        for at in range(len(said) - size + 1):
            window = said[at : at + size]
            stems = tuple(s for unit in window for s in unit)
            if all(window) and "◇" not in stems and len("".join(stems)) >= 3 and not set(stems) <= KINDS | GENERIC:
                out.append(stems)
            elif all(window) and "◇" not in stems and size == 3 and len("".join(stems)) >= 3:
                out.append(stems)  # three units of common words in a row are a phrase all the same
    return out


def check(result) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The message's repeats: stems said twice in the body (the title is a headline over it and the
    button the ask's echo, both by design), phrases said twice anywhere but the button, and a tautology."""
    names = [result.product.name, short_product_name(result.product.name)]
    brand = result.brand.name
    noun = _noun(result)
    title, _, body = masked(sent_text(result, button=False), names, brand).partition("\n")
    stems: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    for part, counted in ((title, False), (body, True)):
        for sentence in SENTENCE.findall(part):
            said = units(sentence)
            for stem in (s for unit in said for s in unit) if counted else ():
                if stem != "◇" and stem not in GENERIC | KINDS and len(stem) >= 2 and not noun.endswith(stem):
                    stems[stem] += 1
            for run in runs(said):
                phrases[" ".join(run)] += 1
    return {
        "stem_repeat": {s: n for s, n in stems.items() if n > ALLOWED.get(s, 1)},
        "phrase_repeat": {p: n for p, n in phrases.items() if n >= 2},
        "tautology": tautology(sent_text(result, button=False), names, brand, list(result.product.key_ingredients)),
    }


def _noun(result) -> str:  # type: ignore[no-untyped-def]
    """The product's kind as the message calls it ("크림"): the last Korean word of its short name."""
    words = re.findall(r"[가-힣]+", short_product_name(result.product.name))
    return words[-1] if words else ""


def tautology(text: str, names: list[str], brand: str, ingredients: list[str]) -> bool:
    """The sentence naming the product says a word of its name again in what it says the product is
    ("순정 약산성 5.5 폼 클렌저는 약산성 데일리 클렌저입니다"), or puts a word of the name before it ("보습 유액,
    자음유액 EX예요"). The product's kind ("클렌저는 … 클렌저입니다") and an ingredient the name carries ("어린쑥 …
    선크림은 어린쑥 추출물을 담았어요", counted by long_copy_check) are how a definition is said, not a repeat."""
    name_words = {w for n in names for w in re.findall(r"[가-힣]{2,}", n)} - {brand} - KINDS
    name_words = {w for w in name_words if not any(w in i for i in ingredients)}
    for sentence in SENTENCE.findall(text):
        for name in sorted(names, key=len, reverse=True):
            if name not in sentence:
                continue
            lead = re.match(f"(.*), {re.escape(name)}(?:이에요|예요|입니다)", sentence)
            said = re.findall(r"[가-힣]{2,}", lead.group(1)) if lead else []
            bare = lead is not None and len(lead.group(1).split()) <= 2  # "보습 유액, 자음유액 EX예요"
            if any(w in name and (bare or w not in KINDS) for w in said):
                return True  # a described lead ("피부를 감싸는 부드러운 세럼, … 세럼이에요") may end on the kind
            rest = sentence[sentence.find(name) + len(name) :]
            if re.match(r"(은|는) ", rest) and "이름 그대로" not in rest:
                if any(re.search(f"(?<![가-힣]){w}", rest[2:]) for w in name_words):
                    return True
            break
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200, help="briefs in copy_eval's grid")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--examples", type=int, default=20)
    parser.add_argument("--show", default="", help="print every message with this repeated item (or 'tautology')")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    counts: Counter[str] = Counter()
    by_channel: Counter[str] = Counter()
    top_stems: Counter[str] = Counter()
    top_phrases: Counter[str] = Counter()
    flagged: list[tuple[str, str, str]] = []
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, CHANNELS):
        flags = check(result)
        by_channel[f"{channel}:messages"] += 1
        counts["messages"] += 1
        top_stems.update(flags["stem_repeat"])  # type: ignore[arg-type]
        top_phrases.update(flags["phrase_repeat"])  # type: ignore[arg-type]
        hit = False
        for key, value in flags.items():
            if value:
                counts[key] += 1
                by_channel[f"{channel}:{key}"] += 1
                hit = True
        if hit:
            counts["any_repeat"] += 1
            by_channel[f"{channel}:any_repeat"] += 1
            said = ", ".join([*flags["stem_repeat"], *flags["phrase_repeat"]])  # type: ignore[list-item]
            said += " [tautology]" if flags["tautology"] else ""
            flagged.append((channel, said, sent_text(result)))
            if args.show and (
                args.show in [*flags["stem_repeat"], *flags["phrase_repeat"]]
                or (  # type: ignore[misc]
                    args.show == "tautology" and flags["tautology"]
                )
            ):
                print(f"## {channel} s{result.stage.index}: {said}\n{sent_text(result)}\n")
    total = counts["messages"] or 1
    for key in ("messages", "stem_repeat", "phrase_repeat", "tautology", "any_repeat"):
        share = f" ({100 * counts[key] / total:.1f} %)" if key != "messages" else ""
        print(f"{key}: {counts[key]}{share}")
    for channel in CHANNELS:
        n = by_channel[f"{channel}:messages"] or 1
        row = ", ".join(
            f"{key} {by_channel[f'{channel}:{key}']} ({100 * by_channel[f'{channel}:{key}'] / n:.1f} %)"
            for key in ("stem_repeat", "phrase_repeat", "tautology", "any_repeat")
        )
        print(f"{channel} ({by_channel[f'{channel}:messages']}): {row}")
    print("top stems: " + ", ".join(f"{w} {n}" for w, n in top_stems.most_common(25)))
    print("top phrases: " + ", ".join(f"{w} {n}" for w, n in top_phrases.most_common(15)))
    rng = random.Random(args.seed)
    for channel, said, text in rng.sample(flagged, min(args.examples, len(flagged))):
        print(f"\n# {channel}: {said}\n{text}")


if __name__ == "__main__":
    main()
