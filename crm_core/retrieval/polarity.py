"""Read a review sentence by sentence: praise, complaint, mixed, hedged or neutral, and about what.

Evidence may only quote praise, so the reading errs towards doubt: a sentence is praise only when
it praises something and nothing in it complains or hedges.

How a sentence is read (Kiwi morphemes, words from review_lexicon):
- Clauses are cut at contrast and concession endings (-지만, -는데, -으나); each clause is read
  on its own, then combined: praise + complaint → mixed, any hedge → hedged, complaint wins over
  hedge.
- A predicate's subject is the nouns since the previous predicate. A problem word (자극, 트러블,
  백탁) with an absence verb (없다, 줄다, 덜하다) is praise, with a presence verb (있다, 올라오다)
  a complaint; a good word (보습력, 효과) that is missing or weak (없다, 약하다, 모르겠다) is a
  complaint. When a clause ends in an absence verb, the trouble before it is what went away
  ("건조해서 깨던 날이 줄었음" is praise).
- Negation flips a predicate: 안/못/덜 before it, -지 않다 / -지 못하다 after it
  ("안 따가워요", "끈적이지 않아요" are praise; "안 맞아요" is a complaint).
- Hedges (그냥, 무난, 애매, 호불호, 잘 모르겠어요, 나쁘지 않아요) and concessions (좋긴 한데)
  make a sentence hedged; an opener such as 다만 / 굳이 단점을 꼽자면 makes it a complaint, and
  근데 / 하지만 before a sentence with no praise does too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from crm_core.retrieval import review_lexicon as lex
from crm_core.retrieval.analyzer import kiwi


class Polarity(StrEnum):
    praise = "praise"
    complaint = "complaint"
    mixed = "mixed"
    hedged = "hedged"
    neutral = "neutral"


_NOUN_TAGS = ("NNG", "NNP", "XR", "NR")
_PREDICATE_TAGS = ("VV", "VA", "VX", "VCN")
_SPACES = re.compile(r"\s+")
_WISH = re.compile(r"면\s*(좋겠|좋을\s*것\s*같)")


@dataclass(frozen=True)
class Token:
    form: str
    tag: str
    start: int
    end: int

    @property
    def is_noun(self) -> bool:
        return self.tag in _NOUN_TAGS

    @property
    def is_predicate(self) -> bool:
        return self.tag in _PREDICATE_TAGS or self.tag == "PRED"


@dataclass(frozen=True)
class SentenceReading:
    """One sentence's verdict, with the aspects it praises and those it doubts or complains about."""

    text: str
    polarity: Polarity
    praised: frozenset[str]
    doubted: frozenset[str]
    verdict: bool = False  # complains about the product as a whole ("안 맞아요", "실망이에요")

    @property
    def aspects(self) -> frozenset[str]:
        return self.praised | self.doubted


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


_ASPECT_PATTERNS = {
    aid: re.compile(r"(?<![0-9A-Za-z가-힣])(?:" + "|".join(re.escape(k.lower()) for k in keys) + ")")
    for aid, (_, keys) in lex.ASPECTS.items()
}


def aspects_in(text: str) -> frozenset[str]:
    """Aspect ids whose signal words begin a word of the text ("아무거나" is not 무거-, "잔주름" needs its own key)."""
    lowered = normalise(text).lower()
    return frozenset(aid for aid, pattern in _ASPECT_PATTERNS.items() if pattern.search(lowered))


def aspect_label(aspect_id: str) -> str:
    return lex.ASPECTS[aspect_id][0]


def merge_tokens(raw: list[Any]) -> list[Token]:
    """Kiwi tokens with noun + 하다/되다 joined into one predicate (건조 + 하 → 건조하)."""
    tokens: list[Token] = []
    for tok in raw:
        tag = tok.tag.split("-")[0]
        end = tok.start + tok.len
        if tag in ("XSA", "XSV") and tokens and (tokens[-1].is_noun or tokens[-1].tag == "MAG"):  # 덜 + 하
            prev = tokens.pop()
            tokens.append(Token(prev.form + tok.form, "PRED", prev.start, end))
        else:
            tokens.append(Token(tok.form, tag, tok.start, end))
    return tokens


def clauses(tokens: list[Token]) -> list[list[Token]]:
    """Cut after contrast / concession endings; the ending stays with its clause."""
    out: list[list[Token]] = [[]]
    for tok in tokens:
        out[-1].append(tok)
        if tok.tag == "EC" and tok.form in lex.CONTRAST_ENDINGS:
            out.append([])
    return [c for c in out if c]


def negated(tokens: list[Token], i: int) -> bool:
    """안/못/덜 before the predicate (덜 신경 쓰여요), or -지 (도) … 않다 after it (건조하지도 기름지지도 않은)."""
    for back in (1, 2):
        if i - back < 0:
            break
        before = tokens[i - back]
        if before.tag == "MAG" and before.form in lex.NEGATOR_ADVERBS:
            return True
        if not before.is_noun:
            break
    j = i + 1
    while (
        j + 1 < len(tokens)
        and tokens[j].tag == "EC"
        and tokens[j].form in ("어", "아", "게")
        and tokens[j + 1].tag == "VX"
    ):
        j += 2  # 칙칙해지지 않아요, 건조해 보이지 않는
    while j < len(tokens) and tokens[j].tag == "EC" and tokens[j].form == "지":
        j += 1
        while j < len(tokens) and tokens[j].tag == "JX":
            j += 1
        if j < len(tokens) and tokens[j].form in lex.NEGATOR_AUXILIARIES:
            return True
        if j < len(tokens) and tokens[j].is_predicate:
            j += 1
            continue
        return False
    return False


def concession(tokens: list[Token], i: int) -> bool:
    """좋긴 한데 / 좋기는 하지만: predicate + 기 + ㄴ/는/도 + 하 + a contrast ending (not 굴리기만 해도)."""
    window = tokens[i + 1 : i + 6]
    forms = [t.form for t in window]
    if len(window) < 4 or forms[0] != "기" or window[0].tag != "ETN" or forms[1] not in ("ᆫ", "는", "도"):
        return False
    ending = next((t for t in window[3:] if t.tag != "EP"), None)  # 좋긴 했는데: past tense between
    return forms[2] == "하" and ending is not None and ending.form in lex.CONTRAST_ENDINGS


def ending_after(tokens: list[Token], i: int) -> Token | None:
    """The first ending after a predicate (EC, ETM, ETN or EF), skipping tense and honorific suffixes."""
    for tok in tokens[i + 1 : i + 5]:
        if tok.tag in ("EC", "ETM", "ETN", "EF"):
            return tok
        if tok.tag not in ("EP", "VX", "JX"):
            return None
    return None


@dataclass
class _Subject:
    """The nouns (and named troubles) a predicate is about: everything since the previous predicate."""

    forms: list[str]
    span: str
    trouble: bool = False  # a complaint word turned into a noun (따가움, 올라오던 …)

    def has_problem(self) -> bool:
        return (
            self.trouble
            or any(f in lex.PROBLEM_STEMS or f in lex.COMPLAINT_NOUNS for f in self.forms)
            or any(len(p) > 1 and p in self.span for p in lex.PROBLEM_STEMS)
        )

    def has_good(self) -> bool:
        return any(f in lex.GOOD_STEMS for f in self.forms) or any(
            len(g) > 1 and g in self.span for g in lex.GOOD_STEMS
        )

    def has_scent(self) -> bool:
        return any(f in ("향", "향기", "냄새") for f in self.forms)


def predicate_kind(form: str, subject: _Subject, is_negated: bool) -> str | None:
    """'praise', 'complaint', 'hedge' or None for one predicate given its subject."""

    def flip(kind: str) -> str:
        return {"praise": "complaint", "complaint": "praise"}[kind] if is_negated else kind

    if subject.has_scent() and form in lex.SCENT_COMPLAINTS:
        return flip("complaint")  # 향이 강해요
    head = subject.forms[-1] if subject.forms else ""
    if head in lex.GOOD_STEMS:  # 칙칙하던 피부가 생기 있어 보여요: the nearest noun decides
        if form in lex.GOOD_MISSING:
            return flip("complaint")
        if form in lex.GOOD_PRESENT:
            return flip("praise")
    if subject.has_problem():
        if form in lex.ABSENCE_STEMS:
            return flip("praise")
        if form in lex.PRESENCE_STEMS or form in lex.COMPLAINT_STEMS:
            return flip("complaint")
    if subject.has_good():
        if form in lex.GOOD_MISSING:
            return flip("complaint")
        if form in lex.GOOD_PRESENT:
            return flip("praise")
    if form in lex.HEDGE_STEMS:
        return "hedge"
    if form in lex.COMPLAINT_STEMS:
        return flip("complaint")
    if form in lex.PRAISE_STEMS:
        return flip("praise")
    return None


@dataclass
class ClauseCues:
    """What one clause says: ordered verdict events plus flags (hedge, verdict)."""

    events: list[tuple[str, bool, bool]]  # (kind, subordinate: a later verdict overrides it, decisive: may override)
    flags: set[str]

    def kinds(self) -> set[str]:
        """The clause's cue kinds; a closing praise outweighs the troubles it resolves.

        "건조해서 갈라지던 볼이 촉촉해졌음" is praise: the complaint hangs on a subordinate ending.
        """
        events = self.events
        if events and events[-1][0] == "praise" and events[-1][2]:
            events = [e for e in events if not (e[0] in ("complaint", "hedge") and e[1])]
        return {e[0] for e in events} | self.flags


def read_clause(tokens: list[Token], text: str, offset: int = 0) -> ClauseCues:
    """Verdict events of one clause of `text` (tokens carry offsets into the tokenised text)."""
    cues = ClauseCues([], set())
    subject = _Subject([], "")
    span_start = tokens[0].start
    pending: list[str] = []  # complaint nouns (단점, 실패) waiting to see whether they are absent

    for i, tok in enumerate(tokens):
        subject.span = _SPACES.sub("", text[span_start - offset : tok.start - offset])
        following = tokens[i + 1 : i + 3]
        if tok.is_noun:
            subject.forms.append(tok.form)
            if tok.form in lex.COMPLAINT_NOUNS:
                pending.append(tok.form)
            elif tok.form in lex.PRAISE_STEMS:
                cues.events.append(("praise", False, True))  # 최고, 가성비 …
            if tok.form in lex.HEDGE_STEMS:
                cues.flags.add("hedge")
                if tok.form in lex.STRONG_HEDGES:
                    cues.flags.add("strong_hedge")
            continue
        if tok.form == "잠깐" and following and following[0].tag == "VCP":
            cues.flags.add("hedge")  # 보습은 잠깐이에요 (not "잠깐 올려 두기도 해요")
            continue
        if obligation(tokens, i):
            cues.events.append(("complaint", False, True))  # 위에 다른 크림을 또 발라야 해요: it falls short
        form = "없" if (tok.tag == "MAG" and tok.form == "없이") else tok.form
        if tok.tag == "MAG" and form != "없":
            if form in lex.HEDGE_STEMS:
                cues.flags.add("hedge")
                if form in lex.STRONG_HEDGES:
                    cues.flags.add("strong_hedge")
            ends_here = not following or following[0].tag in ("VCP", "EF", "SF", "SP")
            if form in ("별로", "그대로") and ends_here:
                subordinate = any(t.tag == "EC" for t in tokens[i + 1 : i + 4])
                cues.events.append(("complaint", subordinate, True))  # 별로예요, 모공은 그대로예요
                if form == "별로" and not subject.forms:
                    cues.flags.add("verdict")
            continue
        if form == lex.NEGATOR_COPULA and tok.tag == "VCN":
            head = subject.forms[-1] if subject.forms else ""  # what it is not
            if head in ("기대", "취향", "정도") or head in lex.GOOD_STEMS or head in lex.PRAISE_STEMS:
                cues.events.append(("complaint", False, True))  # 기대만큼은 아니에요, 제 취향은 아니에요
            elif subject.has_problem() or head.startswith(("인공", "인위")):
                cues.events.append(("praise", False, True))  # 인공적인 향이 아니라
            pending.clear()
            subject, span_start = _Subject([], ""), tok.end
            continue
        if not (tok.is_predicate or form == "없"):
            continue
        is_negated = negated(tokens, i)
        kind = predicate_kind(form, subject, is_negated)
        ending = ending_after(tokens, i)
        if concession(tokens, i):
            cues.flags.add("hedge")
        if kind == "complaint" and ending is not None and ending.tag in ("ETM", "ETN"):
            subject.trouble = True  # 따가움 없이, 올라오던 붉은기가: a trouble named, judged by what follows
            continue
        softener = tokens[i - 1].form if i > 0 and tokens[i - 1].tag == "MAG" else ""
        if kind is None and tok.tag == "VA" and softener in lex.SOFTENERS:
            kind = (
                "complaint" if softener == "너무" else "hedge"
            )  # 너무 가벼워서, 좀 묽어요 (an event: praise after it wins)
        if pending and form in ("없", "모르") and not is_negated:
            pending.clear()  # 실패가 없어요, 흠잡을 데는 없음, 단점을 모르겠어요
            kind = "praise"
        if kind == "praise" and ending is not None and ending.form in ("면", "으면") and wish(tokens, i):
            kind = "complaint"  # 가격만 조금 착하면 별 다섯 개예요: a wish is a complaint
        if kind == "hedge" and form in lex.HEDGE_STEMS:
            cues.flags.add("hedge")  # 무난하게 촉촉해요: a lexical hedge is never outweighed
            if form in lex.STRONG_HEDGES:
                cues.flags.add("strong_hedge")
        elif kind:
            subordinate = ending is not None and ending.form not in ("고", "며", "으며")
            decisive = not (ending is not None and ending.tag == "ETM")  # 순한 걸로 찾다가: a modifier, not a verdict
            cues.events.append((kind, subordinate, decisive))
            final = ending is None or ending.tag == "EF" or ending.form in lex.CONTRAST_ENDINGS
            if kind != "praise" and (form in lex.VERDICT_STEMS or (form == "맞" and is_negated and final)):
                cues.flags.add("verdict")  # 실망이에요, 저한테는 안 맞아요
        if form not in lex.NEGATOR_AUXILIARIES:
            carried = (
                kind is None
                and ending is not None
                and ending.tag == "ETM"
                and bool(cues.events)
                and cues.events[-1][:2] == ("complaint", True)
            )
            subject, span_start = _Subject([], "", trouble=carried), tok.end  # 건조해서 깨던 날이 줄었음
    for noun in pending:
        cues.events.append(("complaint", False, True))  # 단점은…, 불량이에요
        if noun in lex.VERDICT_STEMS:
            cues.flags.add("verdict")
    return cues


def obligation(tokens: list[Token], i: int) -> bool:
    """-어야 하다 after a predicate other than 보다 ("또 발라야 해요", "두 번 해야 지워져요", not "써 봐야 해요")."""
    tok = tokens[i]
    if tok.tag != "EC" or tok.form not in ("어야", "아야", "야") or i + 1 >= len(tokens) or i == 0:
        return False
    return tokens[i + 1].form == "하" and tokens[i - 1].form != "보"


def wish(tokens: list[Token], i: int) -> bool:
    """X만 …하면 / …했으면: the reviewer wishes the product were otherwise."""
    return any(t.tag == "JX" and t.form == "만" for t in tokens[:i]) or any(
        t.tag == "EP" for t in tokens[i + 1 : i + 3]
    )


def background(clause: list[Token], text: str, offset: int, next_text: str) -> bool:
    """A clause that sets the scene (the reader's skin, the past) before "…인데 이건 괜찮아요"."""
    if clause[-1].tag != "EC" or clause[-1].form not in ("는데", "은데", "ᆫ데", "데"):
        return False
    if next_text.lstrip().startswith(("이건", "이거", "이 제품", "요즘", "이번", "지금", "이제")):
        return True
    if any(t.tag == "EP" and t.form in ("었", "았", "였") for t in clause):
        return True
    body = text[clause[0].start - offset : clause[-1].end - offset]
    return any(marker in body for marker in lex.BACKGROUND_MARKERS)


def combine(kinds: set[str]) -> Polarity:
    if "complaint" in kinds:
        return Polarity.mixed if "praise" in kinds else Polarity.complaint
    if "hedge" in kinds:
        return Polarity.hedged
    return Polarity.praise if "praise" in kinds else Polarity.neutral


def read_tokens(text: str, raw_tokens: list[Any], offset: int = 0) -> SentenceReading:
    """Read one sentence from its Kiwi tokens (offset: where the sentence starts in the tokenised text)."""
    tokens = merge_tokens(raw_tokens)
    parts = clauses(tokens)
    readings = []
    for clause in parts:
        clause_text = text[clause[0].start - offset : clause[-1].end - offset]
        kinds = read_clause(clause, text, offset).kinds()
        if any(p in clause_text for p in lex.PRAISE_PHRASES):
            kinds.add("praise")
        readings.append((clause, kinds, aspects_in(clause_text), clause_text))
    kinds_all: set[str] = set()
    praised: set[str] = set()
    doubted: set[str] = set()
    for n, (clause, kinds, found, _) in enumerate(readings):
        later, later_text = (readings[n + 1][1], readings[n + 1][3]) if n + 1 < len(readings) else (set(), "")
        if (
            kinds - {"verdict", "strong_hedge"} <= {"complaint"}
            and "praise" in later
            and "complaint" not in later
            and background(clause, text, offset, later_text)
        ):
            praised |= found  # "속건조가 심한 편인데 촉촉함이 오래 유지돼요": the trouble it answers
            continue
        if combine(kinds) == Polarity.praise:
            praised |= found
        elif kinds:
            doubted |= found
        kinds_all |= kinds
    if _WISH.search(text):
        kinds_all.add("complaint")  # 리필 제품이 있었으면 좋겠음: what it lacks
    opener = next((t for t in tokens if t.tag not in ("SP", "SF", "SS", "SE", "SO", "SW")), None)
    if opener is not None and (opener.form in lex.NIT_OPENERS or text.lstrip().startswith("아쉬운")):
        kinds_all.add("complaint")
    elif opener is not None and opener.form in lex.CONTRAST_OPENERS and "praise" not in kinds_all:
        kinds_all.add("complaint")
    polarity = combine(kinds_all)
    if polarity != Polarity.praise:
        if polarity != Polarity.neutral:
            doubted |= praised | aspects_in(text)
        praised = set()
    about_nothing = not (praised | doubted)
    verdict = polarity != Polarity.praise and (
        "verdict" in kinds_all
        or ("strong_hedge" in kinds_all and about_nothing)
        or (polarity in (Polarity.complaint, Polarity.mixed) and about_nothing)
    )
    return SentenceReading(text, polarity, frozenset(praised), frozenset(doubted), verdict)


def read_sentence(text: str) -> SentenceReading:
    """Read one sentence as written."""
    text = normalise(text).strip()
    return read_tokens(text, kiwi().tokenize(text))
