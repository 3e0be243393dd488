"""One speech level per message: conjugate sentence endings between 해요체 and 합쇼체.

Composer lines are written in 해요체 from a closed set of endings (checked by a test over every
line bank); product claims and usage notes in the catalog are written in 합쇼체. Each sentence is
converted at its final predicate only, so a message ends every sentence at the brief's level.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crm_core.domain import Honorific
from crm_core.korean import final_consonant

_BASE, _LAST = 0xAC00, 0xD7A3
_SSANG_SIOT = 20  # final ㅆ of past-tense stems
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_END_PUNCT = re.compile(r"([.!?~]*)$")

# 해요체 endings the line banks may use → 합쇼체, matched at the end of a sentence without its
# punctuation. Questions first (세요? is a question, 세요. a request). Longest first.
_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("실래요", "시겠습니까"),
    ("셨나요", "셨습니까"),
    ("볼까요", "보시겠습니까"),
    ("할까요", "하시겠습니까"),
    ("신가요", "십니까"),
    ("시나요", "십니까"),
    ("세요", "십니까"),
    ("어때요", "어떻습니까"),
)
# Stems whose ㄹ drops before -ㅂ니다 (잠듭니다 ← 잠들다), so the rule below cannot recover them.
_RIEUL_DROP = {"듭니다": "들어요", "돕니다": "돌아요", "만듭니다": "만들어요"}
_STATEMENTS: tuple[tuple[str, str], ...] = (
    ("드릴게요", "드리겠습니다"),
    # the reader's liking in the honorific ("…제형부터 마음에 들 것입니다" read as a written forecast: readings 57-60)
    ("마음에 들 거예요", "마음에 드실 겁니다"),
    ("반가울 거예요", "반가우실 겁니다"),  # lines.OPENER_INGREDIENT: the reader's gladness, never a forecast (round 35)
    ("거예요", "것입니다"),
    ("안녕하세요", "안녕하십니까"),  # the greeting, not a request
    ("세요", "십시오"),
    ("이에요", "입니다"),
    ("예요", "입니다"),
    ("해요", "합니다"),
    ("돼요", "됩니다"),
    ("있어요", "있습니다"),
    ("없어요", "없습니다"),
    ("드려요", "드립니다"),
    ("줘요", "줍니다"),
    ("봐요", "봅니다"),
    ("와요", "옵니다"),
    ("가요", "갑니다"),  # "손이 가요"
    ("익어요", "익습니다"),  # "손에 익어요"
    ("져요", "집니다"),
    ("보여요", "보입니다"),
    ("놓여요", "놓입니다"),  # "미리 챙겨 두면 마음이 놓여요" (lines.SAID_ONCE)
    ("눠요", "눕니다"),
    ("좋아요", "좋습니다"),
    ("아까워요", "아깝습니다"),
    ("어려워요", "어렵습니다"),
    ("아쉬워요", "아쉽습니다"),
    ("쉬워요", "쉽습니다"),  # "모르고 지나치기 쉬워요"
    ("떠올라요", "떠오릅니다"),
    ("않아요", "않습니다"),
    ("남아요", "남습니다"),
    ("맞아요", "맞습니다"),
    ("려요", "립니다"),
    ("겨요", "깁니다"),
    # Catalog claims said to a 해요체 reader come back for a 합쇼체 one (씻어 냅니다 → 씻어 내요 → 씻어 냅니다).
    ("내요", "냅니다"),
    ("나요", "납니다"),  # "향이 은은하게 나요"; a question "…나요?" takes _QUESTIONS
    ("즐거워요", "즐겁습니다"),
    ("설레요", "설렙니다"),  # "새 크림과 친해지는 며칠은 쓰는 몇 분도 괜히 설레요"
    # and the ㄹ-drop verbs back ("윤기가 돌아요" → "윤기가 돕니다"), the stem rule in _to_hapsho leaving ㄹ alone
    *((casual, formal) for formal, casual in _RIEUL_DROP.items()),
)
# Verbs ending in 이 whose -ㅂ니다 form looks like the copula 입니다.
_I_VERBS = {"보입니다": "보여요", "쓰입니다": "쓰여요", "놓입니다": "놓여요", "줄입니다": "줄여요"}


def _syllable(ch: str) -> tuple[int, int, int] | None:
    code = ord(ch) - _BASE
    if not 0 <= code <= _LAST - _BASE:
        return None
    return code // 588, (code % 588) // 28, code % 28


def _compose(initial: int, vowel: int, final: int = 0) -> str:
    return chr(_BASE + initial * 588 + vowel * 28 + final)


_RIEUL = 8  # ㄹ as a final consonant


def ends_open(stem: str) -> bool:
    """Whether the stem's last syllable is Hangul without a final consonant ("만나", not "담" nor "X")."""
    parts = _syllable(stem[-1]) if stem else None
    return parts is not None and parts[2] == 0


def rieul_modifier(stem: str) -> str | None:
    """The stem's prospective modifier -(으)ㄹ ("만나" → "만날", "담" → "담을"); None where its last character
    is no Hangul syllable."""
    parts = _syllable(stem[-1]) if stem else None
    if parts is None:
        return None
    initial, vowel, final = parts
    return f"{stem}을" if final else stem[:-1] + _compose(initial, vowel, _RIEUL)


# Vowel indices: ㅏ0 ㅐ1 ㅓ4 ㅔ5 ㅕ6 ㅗ8 ㅘ9 ㅚ11 ㅜ13 ㅝ14 ㅡ18 ㅣ20 ㅙ10
def _infinitive(stem: str) -> str:
    """The 아/어 form of a vowel-final stem (바르 → 발라, 시키 → 시켜, 주 → 줘, 하 → 해)."""
    last = stem[-1]
    parts = _syllable(last)
    if parts is None:
        return stem + "어"
    initial, vowel, final = parts
    if final:
        return stem + ("아" if vowel in (0, 8) else "어")
    if last == "하":
        return stem[:-1] + "해"
    if last == "르" and len(stem) > 1:
        prev = _syllable(stem[-2])
        if prev is not None and prev[2] == 0:
            bright = prev[1] in (0, 8)
            return stem[:-2] + _compose(prev[0], prev[1], 8) + ("라" if bright else "러")
    merged = {0: 0, 1: 1, 4: 4, 5: 5, 8: 9, 11: 10, 13: 14, 18: 4, 20: 6}.get(vowel)
    if merged is None:
        return stem + "어"
    return stem[:-1] + _compose(initial, merged)


@lru_cache(maxsize=16384)  # stock sentences recur across messages; conjugate() caches whole lines only
def _to_haeyo(sentence: str) -> str:
    body, punct = _split_punct(sentence)
    if body.endswith("십시오"):
        return body[:-3] + "세요" + (punct or ".")
    if body.endswith("십니까"):
        return body[:-3] + "세요" + (punct or "?")
    for formal, casual in _I_VERBS.items():
        if body.endswith(formal):
            return body[: -len(formal)] + casual + punct
    if body.endswith("입니다"):
        noun = body[:-3]
        return noun + ("이에요" if final_consonant(noun) else "예요") + punct
    for formal, casual in _RIEUL_DROP.items():
        if body.endswith(formal) and not body.endswith("바릅니다"):
            return body[: -len(formal)] + casual + punct
    if body.endswith("습니다"):
        stem = body[:-3]
        parts = _syllable(stem[-1]) if stem else None
        if parts is not None and parts[2] == 17 and stem[-1] not in "좁입잡씹뽑":  # ㅂ-irregular: 쉽 → 쉬워
            return stem[:-1] + _compose(parts[0], parts[1]) + "워요" + punct
        return _infinitive(stem) + "요" + punct
    if body.endswith("니다") and len(body) > 2:
        parts = _syllable(body[-3])
        if parts is not None and parts[2] == 17:  # -ㅂ니다 after a vowel stem: 바릅 → 바르
            stem = body[:-3] + _compose(parts[0], parts[1])
            return _infinitive(stem) + "요" + punct
    return sentence


@lru_cache(maxsize=16384)
def _to_hapsho(sentence: str) -> str:
    body, punct = _split_punct(sentence)
    table = _QUESTIONS if punct.startswith("?") else _STATEMENTS
    for casual, formal in table:
        if body.endswith(casual):
            return body[: -len(casual)] + formal + punct
    if len(body) > 2 and body.endswith(("어요", "아요")):
        before = _syllable(body[-3])
        if before is not None and before[2] == _SSANG_SIOT:  # past: 담았어요 → 담았습니다
            return body[:-2] + "습니다" + punct
        # a consonant stem: 적어요 → 적습니다, 좋아요 → 좋습니다; not after ㄹ (걸어요 may be 걸다 or 걷다)
        if before is not None and before[2] not in (0, _RIEUL):
            return body[:-2] + "습니다" + punct
    return sentence


def _split_punct(sentence: str) -> tuple[str, str]:
    match = _END_PUNCT.search(sentence)
    cut = match.start() if match else len(sentence)
    return sentence[:cut], sentence[cut:]


@lru_cache(maxsize=16384)
def conjugate(text: str, honorific: Honorific) -> str:
    """Every sentence of text ended at the given speech level (sentence by sentence)."""
    convert = _to_hapsho if honorific == Honorific.hapsho else _to_haeyo
    return " ".join(convert(s) for s in _SENTENCES.split(text.strip()) if s)


_HAPSHO_END = re.compile(r"(니다|니까|십시오|시오)[.!?]*$")
_HAEYO_END = re.compile(r"요[.!?~]*$")


def speech_level(sentence: str) -> Honorific | None:
    """The level a sentence ends at; None for a noun phrase or a fragment."""
    core = sentence.strip()
    if _HAPSHO_END.search(core):
        return Honorific.hapsho
    if _HAEYO_END.search(core):
        return Honorific.haeyo
    return None


def speech_levels(text: str) -> set[Honorific]:
    """Levels used across a text's sentences and lines (two levels = a mixed message)."""
    levels = set()
    for line in text.splitlines():
        for sentence in _SENTENCES.split(line.strip()):
            level = speech_level(sentence)
            if level is not None:
                levels.add(level)
    return levels


def as_step(instruction: str) -> str | None:
    """A catalog instruction ("… 펴 바릅니다.") as the step a reader takes ("… 펴 바르면 돼요."),
    so that usage reads as part of the message rather than a quoted manual; None when the last
    predicate is not a -ㅂ니다 verb (the caller keeps the sentence as written)."""
    head, _, last = instruction.strip().rpartition(". ")
    body, _ = _split_punct(last)
    stem = None
    for formal, casual in _RIEUL_DROP.items():  # 잠듭니다 → 잠들
        if body.endswith(formal):
            stem = body[: -len(formal)] + casual[:-2]
    if stem is None and body.endswith("니다") and not body.endswith("습니다") and len(body) > 2:
        parts = _syllable(body[-3])
        if parts is not None and parts[2] == 17:  # -ㅂ니다 after a vowel stem: 바릅 → 바르
            stem = body[:-3] + _compose(parts[0], parts[1])
    if stem is None:
        return None
    return (f"{head}. " if head else "") + stem + "면 돼요."


# A 합쇼체 ask in a warm tone (친근한, 감성적인, 트렌디한) is a request a copywriter would send, never the bare order
# "…주십시오/…보십시오" (reading 25, s5860 and s3795: "친근한 톤에 '들려주십시오'가 딱딱함"). A favour asked for us or
# for a friend ("…들려주", "…남겨 주") is one we would be glad of; any other ask is hoped for the reader. After a
# sentence on "좋…" or two on "…습니다" it is wished instead ("…시길 바랍니다", "…주시길 부탁드립니다"), or asked
# ("…보시겠습니까?") where the body wished already: never "…좋습니다. …좋겠습니다" (reading 25, s3208: "'좋습니다·
# 편합니다' 반복"). A prohibition ("…지 마십시오") stays, and so does a must of the usage ("다음 날 자외선 차단제를 꼭
# 사용하십시오": a safety step is asked for plainly, test_long_forms).
_MUST = re.compile(r"(?:^|\s)꼭 \S+십시오\.$")
_ORDER = "십시오."
_GOOD_END = re.compile(r"(?:좋|편하|편합|편해)[가-힣]*니다[.!]?$")


@lru_cache(maxsize=4096)
def asked_warmly(body: str) -> str:
    """The body with its 합쇼체 orders said as requests: the close hoped for ("…써 보시면 좋겠습니다") or, when a
    favour, one we would be glad of ("…들려주시면 반갑겠습니다"); an ask inside the body wished ("아래 쓰는 법을 먼저
    확인해 보시길 바랍니다"). The body as it is where it holds no plain order."""
    if _ORDER not in body:
        return body
    lines = [_SENTENCES.split(line.strip()) if line else [] for line in body.split("\n")]
    said = [s for line in lines for s in line]
    out: list[str] = []
    for at, sentence in enumerate(said):
        if not sentence.endswith(_ORDER) or sentence.endswith("마십시오.") or len(sentence) <= len(_ORDER):
            out.append(sentence)
            continue
        if _MUST.search(sentence):
            out.append(sentence)
            continue
        stem = sentence[: -len(_ORDER)]
        if at < len(said) - 1:
            out.append(stem + "시길 바랍니다.")
            continue
        before = out[-2:]
        wished = (bool(before) and bool(_GOOD_END.search(before[-1]))) or (
            len(before) == 2 and all(s.endswith("습니다.") for s in before)
        )
        if wished and not any(s.endswith("바랍니다.") for s in out):
            out.append(stem + ("시길 부탁드립니다." if stem.endswith("주") else "시길 바랍니다."))
        elif before and _GOOD_END.search(before[-1]):  # the wish said already: asked as a question
            out.append(stem + "시겠습니까?")
        else:  # never "반갑습니다. … 반갑겠습니다." after a greeting (reading 27, s3261)
            glad = stem.endswith("주") and "반갑" not in body
            out.append(stem + ("시면 반갑겠습니다." if glad else "시면 좋겠습니다."))
    rebuilt, at = [], 0
    for line in lines:
        rebuilt.append(" ".join(out[at : at + len(line)]))
        at += len(line)
    return "\n".join(rebuilt)
