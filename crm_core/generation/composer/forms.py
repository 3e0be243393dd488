"""Lay a plan out for its channel: SMS short forms, push in two or three sentences, long forms for
Kakao, LMS and email; then one speech level for every sentence and the brief's emoji.

Each channel gets its forms richest first; the generator sends the first one the guard passes.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Generic, TypeVar

from crm_core.channels import channel_text, customer_variable, measure
from crm_core.domain import CampaignEvent, Channel, Honorific, SmsOverflow, Tone
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import lines, push, sms
from crm_core.generation.composer.facts import (
    _COMPARING,
    LAB_ACTIVES,
    NATURAL_SOURCES,
    PLAIN_BASES,
    SOOTHING,
    WASH_OFF,
    not_daily,
    occasional,
    short_product_name,
    texture_clash,
)
from crm_core.generation.composer.fit import TREND_FEATURE_READER, brand_house, brand_research, trend_feature_said
from crm_core.generation.composer.owned import OwnedCache
from crm_core.generation.composer.plan import (
    ACTIVATION,
    AS_NAMED,
    NATURAL_PLAIN_LEAD_IN,
    PRESUMES_USE,
    PROMISES_REASON,
    PROMISES_USAGE,
    REASON_KINDS,
    RECOMMENDS,
    REFERRAL,
    STARTER_CLAIM,
    MessagePlan,
    _season_pool,
    as_this,
    as_user,
    by_sheet,
    content_stems,
    gives_usage,
    named_definition,
    off_season,
    owned_active,
    plan_for,
    said_in_season,
    says_again,
    season_of,
    starter_free,
    step_anchor,
)
from crm_core.generation.composer.speech import asked_warmly, conjugate, rieul_modifier
from crm_core.generation.composer.voice import emoji_count, emoji_palette, in_season, lilted, voice_of
from crm_core.korean import final_consonant, particle_for

OPT_OUT_SAMPLE = "080-000-0000"  # sizes the ad footer; the pipeline puts the real number in
MARGIN = 4  # room for a sender name a little longer than the brand's
# A FriendTalk body a reader finishes on one phone screen: past this, the extra proof, then the
# first proof (or the reader's line in its place) make way (what the product is, the style's line, the
# offer, the first-use step and the close stay).
KAKAO_SCREEN = 250
KAKAO_TRENDY_LEAST = 150  # characters of a trendy bubble's sentences without its second proof (_long_sentences)
# After the name where the first sentence has its own comma. A friendly 합쇼체 letter says "반갑습니다":
# "안녕하십니까" reads as a formal notice (reading 8).
GREETINGS = {Honorific.haeyo: "안녕하세요. ", Honorific.hapsho: "반갑습니다. "}
# "반갑습니다" meets someone new: a reader who has the product (the routine and referral stages) is thanked instead
# (reading 26, s3208: "기존 고객에게 '반갑습니다' 어색").
OWNING_STAGES = frozenset({2, 4})
OWNER_GREETING = "늘 찾아 주셔서 감사합니다. "


@dataclass(frozen=True)
class CopyForm:
    """One way to write the message for its channel; `parts` says what it carries."""

    title: str
    body: str
    cta: str
    parts: tuple[str, ...]


def _greeting(request: GenerationRequest) -> str:
    """Friendly copy on a channel with a name variable opens with the customer's name."""
    variable = customer_variable(request.resolved.channel)
    return f"{variable}님, " if variable and request.resolved.brief.tone == Tone.friendly else ""


def _join(sentences: list[str | None]) -> str:
    return " ".join(filter(None, sentences))


# An event's content written for skin care, said of a product of another kind (reading 8): a sunscreen
# is no step of a "토너부터 크림까지" guide, a shampoo or a lip tint meets no "피부 고민", and a cleanser
# is not "발라" on.
SKIN_STEPS = frozenset({"토너", "로션·에멀젼", "에센스", "세럼", "앰플", "크림"})
NOT_SKIN = frozenset({"헤어", "립"})
WASH_OFF_WORDS = (("바르는 법", "쓰는 법"), ("바르는 순서", "쓰는 순서"))


def _not_applied(text: str) -> str:
    """`text` for a product that is washed off or laid on as a sheet: shown how to use, never how to apply ("바르는
    법"). Reading 43 (s9852, 2.0: "샴푸에 '바르는 법'은 틀린 표현(제목·본문 모두)") and reading 41 (s6713: "시트팩에
    '바르는 법' 어색"): the live broadcast's own words reached the title, the ask and the offer."""
    for applied, used in WASH_OFF_WORDS:
        text = text.replace(applied, used)
    return text


def _offer_for(plan: MessagePlan) -> str | None:
    """The event's offer in words that fit the product's category."""
    offer = plan.offer
    category = plan.facts.category
    if offer is None:
        return None
    if category not in SKIN_STEPS:
        offer = offer.replace("토너부터 크림까지 ", "")
    if category in NOT_SKIN:
        offer = offer.replace("피부 고민과 취향", "고민과 취향")
    if category in WASH_OFF:
        offer = _not_applied(offer)
    return offer


def _long_sentences(plan: MessagePlan, channel: Channel, tone: Tone | None) -> list[list[str | None]]:
    """Paragraphs for Kakao, LMS and email; email and LMS carry usage and a second proof. The order is the
    one readers 17-19 asked for ("정보 순서가 뒤섞여 조립된 느낌"): the hook, what it is, why it suits this reader,
    the offer, how to use it, the ask. A caution is a how-to: it leads the usage step where there is one, else
    it comes before the offer (never between what the product is and why it suits)."""
    carries_usage = gives_usage(plan.stage, channel, bool(plan.usage))
    # a referral gives a reason and one ask, a first look a reason to look: no how-to (gives_usage)
    usage = plan.usage if carries_usage else None
    # a proof that tells how to use it ("화장솜에 적셔 …") is said by the usage step where it is given
    proofs = [p for p in plan.proofs if not (carries_usage and _tells_usage_again(p, usage or ""))]
    # a finishing ritual ("바른 뒤 손바닥으로 … 감싸 마무리하는 것도 좋아요") follows the step it finishes: apart from
    # it, the how-to reads as said twice (reading 21: "사용 팁이 두 번 나뉘어 조립된 느낌")
    ritual = next((p for p in proofs if _RITUAL.search(p)), None) if usage else None
    proofs = [p for p in proofs if p != ritual]
    trendy = tone == Tone.trendy
    offer = _offer_for(plan)
    scene = plan.style_line if _sets_the_season(plan) else None
    first = [scene, plan.hook, plan.product_after_hook, proofs[0] if proofs else None]
    if scene and plan.hook.endswith("?") and len(plan.product_after_hook.split()) > 3:
        # the question that names the product first, the season's reason after it: never "…꾸준히 이어 쓰게 돼요. 요즘
        # …, 잘 쓰고 계신가요?" (reading 31, s3208: "첫 문장과 질문 순서가 뒤바뀐 듯"; s2800: "제품명보다 '이
        # 에센스'가 먼저 나오고")
        # (not over a bare kind, which the question's name joins: "…, 잘 쓰고 계신가요? 보습 유액이에요." never stands
        # alone after the season's line)
        first[:2] = [plan.hook, scene]
    felt = [plan.fomo, None if scene else plan.style_line]  # the style, said before the offer
    tip = None if usage else plan.caution  # said before the offer where no usage step carries it
    how = [plan.caution, usage, ritual] if usage else None
    if channel == Channel.email:
        second = [proofs[1] if len(proofs) > 1 else None, proofs[2] if len(proofs) > 2 else None, *felt, tip]
        if not any(second) and not how:  # a letter of three sentences (reading 24, s2662, s3434: "이메일치고 짧고")
            second = [_spare_line(plan, [*first, offer, plan.close], tone)]
        # how to use it, then the offer just before its ask (round 42, readings 102-105, s9002, s3527: "브랜드 소개·
        # 사용법이 혜택과 CTA 사이에 끼어 흐름이 끊기고"; the offer had been set apart before the how-to)
        return _email_fuller(plan, [first, second, [offer], how or [None], [plan.close]], tone)
    if channel == Channel.lms:
        return [
            [*first, proofs[1] if len(proofs) > 1 else None, *felt, tip, offer],
            how or [None],
            [plan.close],
        ]
    # a trendy bubble is short, never thin: under KAKAO_TRENDY_LEAST characters it keeps its second proof (reading
    # 80, s6889, 트렌디한: two sentences and the close, "짧고 무난, 고객 각도 없음"; 57 of 201 trendy grid bubbles were
    # under 150 characters, the other tones' 13-19)
    bare = _chars([[*first, *felt, plan.caution, offer], [plan.close]]) < KAKAO_TRENDY_LEAST
    extra = None if (trendy and not bare) or len(proofs) < 2 else proofs[1]
    # where one proof fits, the reader's own line (it follows the first fact when both fit); a budget
    # reader's follows the price it weighs, so the price stays
    own = plan.reader_line in proofs[1:2] and plan.angle.key != "budget"
    # the reader's own reason from the catalog (plan.fit) is never traded for a care tip (reading 19: a luxury
    # reader of a wrinkle cream heard the tip and not the registered function)
    own = own and not (plan.fit is not None and proofs[:1] == [plan.fit.line])
    one = [*first[:3], plan.reader_line] if own else first
    # Reading 80 (s6889: "짧고 무난, 고객 각도 없음"): where the screen is short, the reader's own reason (a first proof
    # that says why: the fit, the reader's line) outlasts the style's line and a finishing ritual; only then is it cut
    # (469 of 1,200 KakaoTalk bodies of bench/long_r33_check.py's grid carried none of the reader's own reason)
    why = bool(proofs) and (proofs[0] in _reasons(plan) or (plan.fit is not None and proofs[0] == plan.fit.line))
    # the fit a later proof carries (a budget reader's one-step function after the claim it builds on) is said in a
    # first-use bubble too, where the screen has room (the grid's 카멜리아 에센스 워터 said its function, never "한
    # 단계에 담겨 있어 …")
    later_fit = plan.fit.line if plan.fit is not None and plan.fit.line in proofs[1:] else None
    if (
        later_fit
        and plan.fit is not None
        and (plan.fit.kind == "dose" or _tells_usage_again(later_fit, plan.usage or ""))
    ):
        later_fit = None  # the usage step says how much: never the dose twice ("쌀알만큼이라 …", "쌀알만큼 덜어")
    if plan.stage == ACTIVATION and plan.usage:  # the first-use guide is the point of this stage
        steps = [plan.caution, plan.usage, ritual]
        options = [[[*first, later_fit, *felt, offer], steps, [plan.close]]] if later_fit and not own else []
        options.append([[*one, *felt, offer], steps, [plan.close]])
        if why:
            options.append([[*first, offer], steps, [plan.close]])
            options.append([[*first, offer], [plan.caution, plan.usage], [plan.close]])
        options.append([[*first[:3], *felt, offer], steps, [plan.close]])
        # the style's line (now a fact of the product's: plan._style_line) outlasts the finishing ritual
        options.append([[*first[:3], *felt, offer], [plan.caution, plan.usage], [plan.close]])
    else:
        options = [[[*first, extra, *felt, plan.caution, offer], [plan.close]]]
        options.append([[*one, *felt, plan.caution, offer], [plan.close]])
        if why:
            options.append([[*first, plan.caution, offer], [plan.close]])
        options.append([[*first[:3], *felt, plan.caution, offer], [plan.close]])
    return next((o for o in options if _chars(o) <= KAKAO_SCREEN), options[-1])


_RITUAL = re.compile("(?:바른|뿌린) 뒤 손바닥|조명을 낮추")


_LIP_CLAIM = re.compile(r"(?:^|\s)립(?:입니다)?\.?$")  # a claim that only says it is a lip product (plan._LIP_KIND)


# Round 32 (reading 75, s4364: "이메일치고 짧고 자연 유래 관심 반영 없음", three short paragraphs with one fact;
# s3014 "이메일치고 얇고 고객 관점 없음"; s7395, s3372, s9195 "이메일치고 짧음"): an email carries more than a
# KakaoTalk bubble: what the product is and its fact, the reader's own reason, a review or how to use it, the offer,
# the close. Where the laid-out letter is under EMAIL_FULL characters, the evidence's unsaid lines fill its middle
# paragraph, the reader's own first (the fit, the reader's line), then the review, then the catalog's claims, then
# what it holds; never a brand story (a tagline), never a how-to where the stage gives none (plan.gives_usage: a
# first look is a reason to look, s1861, s7008). 289 of 1,200 emails of the grid had under 180 characters of body,
# 101 two paragraphs (bench/long_r32_check.py).
EMAIL_FULL = 300  # characters of the laid-out sentences (the greeting and the close's ask included)
EMAIL_MIDDLE_MOST = 4  # sentences of the middle paragraph
_USERS_SAID = re.compile("후기|이야기")
_ADVISES = re.compile("권해|권합|권하|세요[.]$|십시오[.]$")


def _email_fuller(plan: MessagePlan, laid: list[list[str | None]], tone: Tone | None) -> list[list[str | None]]:
    """`laid` (an email's paragraphs) with unsaid lines of the evidence added to its middle while it reads thin. No
    brand story: after the facts it reads as a pasted tagline (readings 5, 6; test_long_forms' brand-tagline test)."""
    first, second, offer, how, close = laid
    second = [s for s in second if s]
    said = [s for p in laid for s in p if s]
    spare = _spare_lines(plan, said, tone, reader_first=True)  # lazy: a letter that fills up asks no more of it
    for line in spare:
        if _chars([first, second, offer, how, close]) >= EMAIL_FULL or len(second) >= EMAIL_MIDDLE_MOST:
            break
        text = " ".join(said)
        # no feel said twice ("가볍게 발린다는 후기" after "가볍게 스며드는"), no second review ("… 이야기가")
        if _senses(line) & _senses(text) or (_USERS_SAID.search(line) and _USERS_SAID.search(text)):
            continue
        # nor a how-to beside the usage step ("바른 뒤 손바닥으로 … 감싸" beside "손바닥에 덜어", reading 9, s4586)
        if _RITUAL.search(line) or (plan.usage and _tells_usage_again(line, plan.usage)):
            continue
        if any(how) and "단계" in line:  # where it goes in the routine is the usage step's to say
            continue
        if _ADVISES.search(line):  # a claim that advises ("…것을 권해요") is a second ask beside the close
            continue
        if "기능성" in line and "기능성" in text:  # the registered function said once (_function_holds_once)
            continue
        if plan.stage == 0 and PRESUMES_USE.search(line):  # never "…적응한 피부를 위한 다음 농도" to a newcomer
            continue
        if _third_saying(line, said, plan):
            continue
        second.append(line)
        said.append(line)
    if plan.fomo in second:
        # what a reader would miss ends the facts, the offer and the ask after it: never "…놓치기 아깝습니다. 여드름성
        # 피부 완화에 도움을 주는 기능성 화장품입니다." (round 36, readings 88-89, s6859: "제품 설명 문장이 FOMO 문장
        # 뒤에 뒤늦게 붙어"; 58 of 1,200 grid emails said a fact after it)
        second = [s for s in second if s != plan.fomo] + [plan.fomo]
    return [first, second or [None], how, offer, close]


def _third_saying(line: str, said: list[str], plan: MessagePlan) -> bool:
    """Whether a filler line would say a third time a word two sentences of the letter say already (round 36,
    readings 88-89, s5471: "'거품' 설명이 세 번 반복"; the catalog's claim "몽글몽글한 거품이 부드럽게 씻어 내고 …"
    after a hook on "몽글몽글한 거품의 부드러운 세안" and the usage step's "거품을 낸 뒤"; 32 of 1,200 grid emails said
    a word in three sentences, bench/long_r36_check.py)."""
    skip = _name_words(plan)

    def stems(text: str) -> set[str]:
        return {w for unit in _units(text) for w in unit if len(w) >= 2 and w not in _COMMON_WORDS and w not in skip}

    counts: dict[str, int] = {}
    for sentence in (s for text in said for s in _EMAIL_SENTENCE.findall(text) or [text]):
        for word in stems(sentence):
            counts[word] = counts.get(word, 0) + 1
    return any(counts.get(word, 0) >= 2 for word in stems(line))


def _spare_line(plan: MessagePlan, said: list[str | None], tone: Tone | None) -> str | None:
    """A second paragraph for an email that would say its product in one: the quoted review where none is said,
    else a claim of the catalog the message has not said (합쇼체 as written; the level is set later)."""
    return next(_spare_lines(plan, said, tone), None)


def _spare_lines(
    plan: MessagePlan, said: list[str | None], tone: Tone | None, reader_first: bool = False
) -> Iterator[str]:
    """_spare_line's lines, best first; `reader_first`: the reader's own reason (the fit, the reader's line) before
    the review. Each is checked against what is said when it is asked for."""
    told = [s for s in said if s]
    if reader_first:
        for line in (plan.fit.line if plan.fit else None, plan.reader_line):
            if not line or line.endswith("세요.") or line in told:
                continue
            fact = plan.fit.fact if plan.fit and line == plan.fit.line else line
            if not any(says_again(fact, s) or says_again(line, s) or texture_clash(line, s) for s in told):
                told.append(line)
                yield line
    clashing = plan.review is not None and any(texture_clash(plan.review.clause, s) for s in told)
    # the review is said where its clause is, in a fit line's words too ("써 본 분들 사이에서는 바른 느낌이 오래간다는
    # 이야기가 …"): never quoted again beside it
    if plan.review is not None and not clashing and not any("후기" in s or plan.review.clause in s for s in told):
        bank = lines.REVIEW_LINES.get(tone) or lines.REVIEW_LINES[None]
        line = lines.fill(bank[0], plan.values | {"review": plan.review.clause})
        line = as_user(line) if plan.stage in (2, REFERRAL) else line  # a user is no newcomer ("먼저 써 본 분들은")
        told.append(line)
        yield line
    if plan.reader_line and plan.reader_line not in told and not plan.reader_line.endswith("세요."):
        told.append(plan.reader_line)
        yield plan.reader_line  # the reader's own line, a statement (the close is the one ask)
    season = plan.values.get("season", "")
    no_starter = starter_free(plan.angle.key, plan.stage)
    for claim in plan.facts.feature_claims:  # nothing out of season ("더운 계절에 쓰기 좋아요" in winter)
        if off_season(claim, season) or _LIP_CLAIM.search(claim) or (no_starter and STARTER_CLAIM.search(claim)):
            continue
        rating = _RATING.search(claim)  # "SPF50+/PA++++로 … 보호해요" after "자외선 차단 지수 SPF50+/PA++++의 …"
        if rating and any(rating.group() in s for s in told):
            continue
        if _holds_again(claim, told, plan.facts.ingredients):  # what it does, without what it holds said again
            claim = _HELD_LEAD.sub("", claim, count=1)
            if _holds_again(claim, told, plan.facts.ingredients) or len(claim) < _HELD_REST_LEAST:
                continue
        if not any(says_again(claim, s) or claim in s or texture_clash(claim, s) for s in told):
            told.append(claim)
            yield said_in_season(claim, season)  # never "…계절을 타지 않아요" in winter (plan.feature_in_season)
    held = plan.facts.ingredients[:2]
    heads = [i.split()[0] for i in held if i.split() and i.split()[0] not in _NO_HEAD]  # "작약과 인삼 등 …" names them
    if (
        reader_first
        and held
        and plan.values.get("ingredients")
        and not any(i in s for i in (*held, *heads) for s in told)
    ):
        # what it holds, where no sentence names it (a letter that says the toner's texture and never its propolis)
        yield lines.fill(lines.INGREDIENT_LINES[plan.angle.key][0], plan.values)


# Reading 80 (s7994, email: "주요 성분은 인삼 추출물·작약 추출물입니다." then "인삼과 작약 추출물을 담아 건조한 피부에
# 촉촉함을 더합니다.": "성분 중복 서술"): a claim that names an ingredient a sentence already says the product holds
# shares one telling word with it at most, so says_again lets it through; an email's filler never says it again (45 of
# 1,200 emails of bench/long_r33_check.py's grid named one ingredient as held in two sentences): it says what the
# product does without the ingredients. A scent ("장미 향") is no ingredient said again.
_HELD_SAID = re.compile("담아|담은|담았|담겨|더한|더해|배합|성분|들어 있|들어 갔")
_NO_HEAD = frozenset({"비타민", "오일", "추출물", "성분", "워터", "파우더"})  # head words too generic to tell


# the claim's lead on what it holds ("인삼과 작약 추출물을 담아 "), left out where a sentence said it: what it does
# stays ("건조한 피부에 촉촉함을 더합니다.")
_HELD_LEAD = re.compile(r"^[^,.]+?(?:을|를) (?:담아|더해|함유해) ")
_HELD_REST_LEAST = 12  # characters: a shorter rest is no sentence of its own


@lru_cache(maxsize=1024)
def _head_said(head: str) -> re.Pattern[str]:
    """An ingredient's head word, not as a scent: compiled once (see _name_word_patterns)."""
    return re.compile(re.escape(head) + "(?! 향)")


def _holds_again(claim: str, told: list[str], ingredients: tuple[str, ...]) -> bool:
    """Whether `claim` says the product holds an ingredient (its head word: "인삼" of "인삼 추출물") that a sentence
    of `told` names already."""
    if not _HELD_SAID.search(claim):
        return False
    heads = {i.split()[0] for i in ingredients if i.split() and i.split()[0] not in _NO_HEAD}
    named = [h for h in heads if len(h) >= 2 and _head_said(h).search(claim)]
    return any(h in s for h in named for s in told)


# a sunscreen's rating: one sentence says it (round 24: an email said "…SPF50+/PA++++의 기능성 제품이에요.
# SPF50+/PA++++로 일상의 자외선으로부터 …", the Korean words of the two sentences shared nothing)
_RATING = re.compile(r"SPF\s?\d+\+?(?:/PA\+*)?")


def _sets_the_season(plan: MessagePlan) -> bool:
    """Whether the style line is the season's scene: it opens the message, where a season is set, not
    after the facts ("… 감싸 줘요. 찬 바람이 부는 겨울에는 세럼 하나도 …": reading 12 read it as tacked on)."""
    if not plan.style_line or 4 not in plan.styles:
        return False
    return plan.stage != 4 and plan.values["season"] in plan.style_line  # the referral's season line follows the ask


# What a step is done with: a tip and the usage step naming the same one tell how to apply it twice
# ("바른 뒤 손바닥으로 잠시 감싸" beside "손바닥에 덜어 … 두드려", reading 9, s4586).
APPLIED_WITH = ("손바닥", "손끝", "손가락", "화장솜", "퍼프", "스포이트", "브러시", "스패출러")


def _tells_usage_again(proof: str, usage: str) -> bool:
    """Whether a proof says what the usage step says, or is a how-to done with the step's own tool, or places
    the product where the step does ("에센스 다음에 바르는 집중 케어 단계라 …" beside "에센스 다음 단계에서 …")."""
    if says_again(proof, usage):
        return True
    anchor = step_anchor(usage)
    if anchor and anchor in proof:
        return True
    return bool(_HOW_TO.search(proof)) and any(tool in proof and tool in usage for tool in APPLIED_WITH)


def _long_paragraphs(plan: MessagePlan, channel: Channel, tone: Tone | None) -> list[list[str | None]]:
    """The long form's paragraphs: what the product is said together, each word a reader would
    notice said sparingly."""
    laid = _brand_after_its_facts(_what_it_is_first(_long_sentences(plan, channel, tone), plan), plan)
    said = _said_sparingly(laid, plan, channel == Channel.kakao_friendtalk)
    owned = _sun_said_once(_active_owned(_day_said_once(said, plan), plan))
    return _close_told(_function_holds_once(owned, plan), plan)


# The care tip's sunscreen clause, where another sentence (the catalog's usage step) says the sunscreen too: the tip
# keeps its patch test and says the sunscreen no second time (reading 29, s5728: "레티노이드는 저녁에 바르고 낮에는
# 자외선 차단제를 함께 챙기면 되고, … 낮에는 자외선 차단제를 함께 사용하면 됩니다", "자외선 차단제 안내가 두 번 반복").
_SUNSCREEN = "자외선 차단제"
_SUN_CLAUSES = (
    (re.compile("^(?P<lead>.+?)(?:은|는) 저녁에 바르고 낮에는 자외선 차단제를 함께 챙기면 되고, "), "은"),
    (re.compile("^(?P<lead>.+?)(?:을|를) 쓰는 동안에는 낮에 자외선 차단제를 함께 챙기고, "), "은"),
)
# a user's habit line that is only the sunscreen: what the user may do on a sensitive day instead (reader.CAUTION_USER)
_SUN_HABIT = re.compile(
    "^(?P<lead>.+?) 저녁에 바르고 낮에는 자외선 차단제를 함께 챙기는 습관만 지키면 꾸준히 이어 가기 좋아요[.]$"
)
_SUN_HABIT_FREE = " 피부가 예민해진 날에는 하루 쉬어 가도 괜찮아요."


def _sun_said_once(paragraphs: list[list[str | None]]) -> list[list[str | None]]:
    """The paragraphs with the sunscreen said in one sentence: the care tip's clause gives way (_SUN_CLAUSES)."""
    if sum(_SUNSCREEN in s for p in paragraphs for s in p if s) < 2:
        return paragraphs
    out = []
    for paragraph in paragraphs:
        kept: list[str | None] = []
        for sentence in paragraph:
            if sentence and _SUNSCREEN in sentence:
                for clause, particle in _SUN_CLAUSES:
                    found = clause.match(sentence)
                    if found:
                        lead = found.group("lead")
                        sentence = f"{lead}{particle_for(lead, particle)} {sentence[found.end() :]}"
                        break
                habit = _SUN_HABIT.match(sentence)
                if habit:
                    sentence = habit.group("lead") + _SUN_HABIT_FREE
            kept.append(sentence)
        out.append(kept)
    return out


def _close_told(paragraphs: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """The plan's plain close where the laid-out message leaves out the offer its close goes on from (reading 28,
    s3078: an SMS brief's LMS ended "모아 두셨다가 이번 주에 들르실 때 챙겨 와 주세요." with no word on the empties
    campaign: "공병 캠페인 설명 없이 … 맥락 단절")."""
    if not plan.plain_close or any(s == plan.offer for p in paragraphs for s in p):
        return paragraphs
    return [[plan.plain_close if s == plan.close else s for s in p] for p in paragraphs]


def _function_holds_once(paragraphs: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """The luxury reader's registered-function line said alone ("…기능성 화장품이기도 해요.") where the active it
    names is named in another sentence too (reading 28, s2766: "식물성 펩타이드·아데노신을 담았습니다. 피부 주름
    개선에 도움을 주는 기능성 화장품으로, 식물성 펩타이드가 들어 있습니다.": "'식물성 펩타이드' 반복"); the fit
    is chosen before the product line that names the ingredients is written."""
    fit = plan.fit
    if fit is None or fit.kind != "function":
        return paragraphs
    sentences = [s for p in paragraphs for s in p if s]
    if fit.line not in sentences:
        return paragraphs
    others = " ".join(s for s in sentences if s != fit.line).replace(plan.facts.name, "")
    if not any(i in fit.line and i in others for i in plan.facts.ingredients):
        return paragraphs
    # after the sentence that says what the product is, a second "…화장품이에요." reads as a list of definitions
    plain = fit.fact.removesuffix("입니다.") + "이기도 해요."
    return [[plain if s == fit.line else s for s in p] for p in paragraphs]


def _active_owned(paragraphs: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """The care tip, where the laid-out message names its active nowhere else (the proof that did was left out to fit
    the screen), says the active is this product's (plan.owned_active; reading 27, s8621)."""
    if not plan.caution or not plan.values["strong"]:
        return paragraphs
    others = tuple(s for p in paragraphs for s in p if s and s != plan.caution)
    owned = owned_active(plan.caution, plan.values["strong"], plan.facts.noun, others)
    if owned == plan.caution:
        return paragraphs
    return [[owned if s == plan.caution else s for s in p] for p in paragraphs]


def _brand_after_its_facts(paragraphs: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """The brand's introduction said alone ("에스쁘아는 컬러와 피부 표현을 연구해 온 브랜드예요.") after the product's
    facts that follow it, not between what the product is and what it holds (reading 25, s4619: "…수분 선크림입니다.
    에스쁘아는 … 브랜드입니다. 병풀 추출물을 담아 …", "브랜드 소개 문장이 중간에 끼어 흐름이 끊기고")."""
    brand = plan.values.get("brand")
    if not brand:
        return paragraphs
    facts = set(plan.proofs) - {plan.fomo, plan.style_line, plan.caution}
    out = []
    for paragraph in paragraphs:
        said = [s for s in paragraph if s]
        at = next((i for i, s in enumerate(said) if _alone_brand(s, brand)), -1)
        end = at + 1
        while 0 <= at and end < len(said) and said[end] in facts:
            end += 1
        if at > 0 and end > at + 1 and not _supports(said[at], said[at - 1], brand):
            said = [*said[:at], *said[at + 1 : end], said[at], *said[end:]]
            out.append(said)
        else:
            out.append(paragraph)
    return out


# Words of a brand line that name what it knows, where the sentence before says it too ("한율은 … 쑥, 쌀, 유자 같은
# 친숙한 원료로 …" after "어린쑥과 어성초 추출물을 담은 미스트예요"): the brand explains that fact and stays by it.
_HOUSE_WORD = re.compile("[가-힣]+")
_HOUSE_PARTICLES = ("으로", "에서", "은", "는", "이", "가", "을", "를", "의", "로", "과", "와", "에")
_HOUSE_GENERIC = frozenset({"피부", "브랜드", "원료", "성분", "연구해", "스킨케어", "만큼", "필요한", "담는"})
_ONE_SYLLABLE_SOURCES = frozenset({"쑥", "쌀", "꿀", "콩", "차", "꽃", "섬", "물"})


def _supports(brand_line: str, before: str, brand: str) -> bool:
    for word in _HOUSE_WORD.findall(brand_line):
        core = next((word[: -len(p)] for p in _HOUSE_PARTICLES if word.endswith(p) and len(word) > len(p)), word)
        if core == brand or core in _HOUSE_GENERIC:
            continue
        if (len(core) >= 2 or core in _ONE_SYLLABLE_SOURCES) and core in before:
            return True
    return False


def _alone_brand(sentence: str, brand: str) -> bool:
    """A sentence that only introduces the brand ("{brand}는 … 브랜드예요."), no product fact joined to it."""
    return sentence.startswith(f"{brand}{particle_for(brand, '은')} ") and sentence.endswith(
        ("브랜드예요.", "브랜드입니다.")
    )


# A tip or a reason naming the day the hook already named ("피부가 유난히 예민한 날에는 … 피부가 예민한 날에는
# 문지르는 시간을 짧게 …", "… 예민한 날에도 편하게 쓰기 좋아요", reading 12): in the same paragraph it points back.
_SENSITIVE_DAY = re.compile("(?:(?:피부|두피|눈가|입술)(?:가|이) )?예민한 날(에는|이라면|에도)")


def _day_said_once(paragraphs: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """The paragraphs with a proof in the hook's paragraph that names the hook's 예민한 날 again saying "그런 날"."""
    if "예민한 날" not in plan.hook or not paragraphs or plan.hook not in paragraphs[0]:
        return paragraphs
    told = {plan.reader_line, *plan.proofs}
    first = [_SENSITIVE_DAY.sub(r"그런 날\1", s, count=1) if s and s in told else s for s in paragraphs[0]]
    return [first, *paragraphs[1:]]


_INGREDIENT_BANK = tuple(line for bank in lines.INGREDIENT_LINES.values() for line in bank)
_INGREDIENT_SLOTS = tuple(dict.fromkeys(re.findall(r"\{(\w+)\}", "".join(_INGREDIENT_BANK))))


def _ingredient_lines(plan: MessagePlan) -> frozenset[str]:
    """The plan's ingredient lines as this reader reads a label (lines.INGREDIENT_LINES): what it holds."""
    if not plan.values.get("ingredients"):
        return frozenset()
    return _ingredient_lines_of(tuple(plan.values[slot] for slot in _INGREDIENT_SLOTS))


@lru_cache(maxsize=1024)  # some 10 short lines per entry: 2 MB at most
def _ingredient_lines_of(words: tuple[str, ...]) -> frozenset[str]:
    """_ingredient_lines for the words its slots take: a long form asks twice per message, a product's messages
    ask the same, and the bank has some ten lines to fill (two in five of all the lines the composer filled)."""
    values = dict(zip(_INGREDIENT_SLOTS, words, strict=True))
    return frozenset(lines.fill(line, values) for line in _INGREDIENT_BANK)


def _what_it_is_first(paragraphs: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """The functional claim and the ingredients follow the product line, before any tip or review:
    "…요령이에요. 레티놀·펩타이드를 담았어요." reads as an afterthought (readings 7 and 8), and an
    ingredient line alone makes an email paragraph of its own."""
    stated = _ingredient_lines(plan)
    movable = [s for s in plan.proofs if s.endswith(_FUNCTIONAL) or s in stated]
    present = [s for s in movable if any(s in p for p in paragraphs)]
    if not present or not paragraphs or plan.product_after_hook not in paragraphs[0]:
        return paragraphs
    out = [[s for s in p if s not in present] for p in paragraphs]
    at = out[0].index(plan.product_after_hook) + 1
    out[0][at:at] = sorted(present, key=lambda s: not s.endswith(_FUNCTIONAL))  # the claim joins the definition
    return out


# Words a reader notices the second (or third) time in one body, and how often each may come:
# "처음" three times, "소개해 드려요" twice, "하루" twice read as a template (reading 8). "처음" counts
# the title too; the FOMO style's "아까워요" may echo a title that carries the style.
SPARING = {"처음": 2, "소개해 드": 1, "하루": 1, "설렘": 1, "아까": 1, "빈자리": 1, "편안": 1, "여유": 1}
# Adverbs a close may do without where the message has said them already ("가볍게 발린다는 … 가볍게 한 번").
CLOSE_ADVERBS = ("가볍게 ", "편하게 ")
TITLE_COUNTED = ("처음",)
FIRST_USE_LEAD = "처음 쓰실 때는 "
_FIRST_TRIED = "처음 써 본 분들"


def _said_sparingly(
    paragraphs: list[list[str | None]], plan: MessagePlan, screen: bool = False
) -> list[list[str | None]]:
    """The paragraphs without the optional sentences (fomo, extra proofs; never the style
    line, the reader's own line or a caution) that say a SPARING word once too often, latest first.
    Past the limit, a first-use step first loses its "처음 쓰실 때는" lead-in, and a close its adverb.
    Then each sensory idea once (`screen`: a FriendTalk bubble, where no stand-in may be longer)."""
    optional = [plan.fomo, *plan.proofs[:0:-1]]
    optional = [s for s in optional if s and s != plan.reader_line]
    out = [list(p) for p in paragraphs]
    joined: tuple[object, str] = (None, "")  # the paragraphs last joined and their text: out changes rarely

    def count(word: str) -> int:
        nonlocal joined
        if joined[0] is not out:
            joined = (out, "\n".join(s for p in out for s in p if s))
        in_title = plan.title.count(word) if word in TITLE_COUNTED else 0
        return in_title + joined[1].count(word)

    for adverb in CLOSE_ADVERBS:
        plain = plan.close.replace(adverb, "")
        # "오늘 가볍게 만나" never becomes "오늘 만나": it reads as a one-day offer ("오늘만")
        if count(adverb) > 1 and plan.close.count(adverb) == 1 and "오늘 만" not in plain:
            out = [[plain if s == plan.close else s for s in p] for p in out]
    # "…을 처음 쓰실 때 알아 두면 좋은 점을 정리했어요 … 처음 쓰실 때는 …" (reading 12): the lead-in once
    # and any "처음" said by another sentence (reading 25, s8522: "'처음' 반복"): the step starts on what the hand does
    led = any(s and s != plan.usage and "처음" in s for p in out for s in p)
    if count("처음") > SPARING["처음"] or led:
        out = [[s.removeprefix(FIRST_USE_LEAD) if s else s for s in p] for p in out]
    # the close's "처음 써 본 분들의 후기" after an opening that said "처음 쓰는 날": "써 본 분들의 후기" (s8522)
    if _FIRST_TRIED in plan.close and any(s and s != plan.close and "처음" in s for p in out for s in p):
        out = [[s.replace(_FIRST_TRIED, _FIRST_TRIED[3:]) if s == plan.close else s for s in p] for p in out]
    if plan.stage == ACTIVATION:  # "첫 사용", "첫날", "처음" are one idea: the close and the step say it last
        out = _first_use_said_sparingly(out, plan)
    for word, most in SPARING.items():
        for sentence in optional:
            if count(word) <= most:
                break
            if word in sentence:
                out = [[s for s in p if s != sentence] for p in out]
    # reading 11: "권해 보기 좋은 때 … 혼자만 알고 있기엔 아깝습니다 … 오늘 바로 나눌 때": the urge once, unless
    # the FOMO line is the only way the brief's style is said
    if plan.stage == REFERRAL and plan.fomo and plan.styles != (push.FOMO,):
        urged = any(s and any(w in s for w in _SHARING_WORDS) for s in (plan.hook, plan.style_line))
        if urged:
            out = [[s for s in p if s != plan.fomo] for p in out]
    return _each_sense_once(out, plan, screen)


# One sensory idea per stem group: "가볍게 스며드는 촉촉한 세럼 … 가볍게 발린다는 후기 … 촉촉하면서도 가볍게
# 스며들어" said the same feel three times (reading 9). The close and the usage step are not counted:
# their "가볍게 한 번 써 보세요" or "두드려 흡수시키면" is a manner or a step, not a feel.
SENSES = (
    ("가볍", "가벼", "무겁지 않"),  # reading 25, s3180: "'가벼운'과 '무겁지 않은' 중복"
    ("오래 유지", "무너지지 않", "오래가"),  # s1677: "화사하게 오래 유지되는 톤업 … 무너지지 않고 오래 유지돼요"
    ("촉촉",),
    ("스며", "흡수"),
    ("발리", "발린", "발려"),
    ("산뜻",),
    ("보송",),
    ("끈적",),
    ("쫀득", "쫀쫀"),
    ("매끈", "매끄"),
    ("순한", "순하", "순해"),
    ("기분",),
    ("설렘", "설레"),
    # readings 80-81 (s5653: "바른 뒤 은은하게 도는 광" … "바른 뒤 은은한 광이 돌아", "'은은한 광' 두 번 반복"; s9596:
    # "'은은한' 반복"): 17 of 3,600 long messages of bench/long_r33_check.py's grid said it twice
    ("은은",),
)


# A kind's modifier that says a feel the message said already, cut where the sentence must stay (the product's
# definition): "아침에도 무겁지 않은 크림 제형 … 비타민 성분을 담은 가벼운 크림이자 …" reads the feel twice (reading 25,
# s3180, s9337); "비타민 성분을 담은 크림이자 …" keeps the fact.
_FEEL_MODIFIERS = {"가볍": "가벼운 ", "촉촉": "촉촉한 "}  # a SENSES group's first stem: its modifier before a kind
_BEFORE_KIND: dict[str, re.Pattern[str]] = {}


def _modifiers_said_once(paragraphs: list[list[str | None]]) -> list[list[str | None]]:
    """The laid-out paragraphs (sentences as sent, before joining) with a later kind's feel modifier cut where
    an earlier sentence said that feel (_FEEL_MODIFIERS)."""
    said: set[int] = set()
    out = []
    for paragraph in paragraphs:
        kept: list[str | None] = []
        for sentence in paragraph:
            if sentence:
                senses = _senses(sentence)
                for sense in senses & said & _MODIFIED_SENSES.keys():
                    modifier = _MODIFIED_SENSES[sense]
                    pattern = _BEFORE_KIND.get(modifier)
                    if pattern is None:
                        kinds = "|".join(_KIND_NOUNS)
                        pattern = _BEFORE_KIND.setdefault(
                            modifier, re.compile(f"{modifier}(?=(?:[가-힣]+ )?(?:{kinds}))")
                        )
                    sentence = pattern.sub("", sentence, count=1)
                said |= senses
            kept.append(sentence)
        out.append(kept)
    return out


# Two sentences in a row that end on an evaluation ("…권하기 좋아요. …제형이라 꾸준히 쓰기 좋아요.", "…쓰기 좋습니다.
# …쓰기 편합니다.": reading 25, s3208, "'좋습니다·편합니다' 반복"): the second says its fact plainly ("…제형이에요").
_EVALUATES = re.compile(r"(?:좋아요|편해요|좋습니다|편합니다)\.$")
_FACT_THEN_EASE = re.compile(
    r"^(?P<np>[^.?!]*?[가-힣])(?:이라|라) (?:[가-힣]+ ){0,2}(?:쓰기|바르기|덧바르기|챙기기) "
    r"(?:좋아요|편해요|좋습니다|편합니다)\.$"
)


_STEP_TAIL = re.compile("(?:단계|순서)$")


def _evaluations_said_once(paragraph: list[str | None]) -> list[str | None]:
    """The paragraph with the second of two evaluations in a row said as its fact, and a feature "…이어지는" never
    followed by "…이어 쓰기" in its sentence (s3208: "'이어지는/이어 쓰기' 반복")."""
    out = [s.replace(" 이어 쓰기", " 쓰기") if s and "이어지는" in s and " 이어 쓰기" in s else s for s in paragraph]
    out = [s for s in out if s]
    for i in range(1, len(out)):
        said = _FACT_THEN_EASE.match(out[i]) if _EVALUATES.search(out[i - 1]) else None
        if said and not said.group("np").endswith("피부"):  # "…산뜻해지는 피부라 …" is how it leaves the skin
            np = said.group("np")
            joined = _JOINED_TAIL.match(np)
            if joined:  # "…세럼으로, 은은하게 나는 상큼한 녹차 향이에요" (reading 39, s2638: "문장 구조 어색"): the
                # phrase after "…으로," is no predicate; the kind takes the copula and the phrase a verb of its own
                tail = joined.group("tail")
                # a step is no feature ("…이어지는 보습 단계가 특징이에요": readings 62-65, s774, "'데일리 단계가
                # 특징' 같은 빈 설명"): the kind alone
                out[i] = (
                    joined.group("head") + ("이에요." if final_consonant(joined.group("head")) else "예요.")
                    if _STEP_TAIL.search(tail)
                    else f"{joined.group('head')}이고, {tail}{particle_for(tail, '이')} 특징이에요."
                )
            elif not _JOINED_CLAUSE.search(np):
                out[i] = np + ("이에요." if final_consonant(np) else "예요.")
    return out


_MODIFIED_SENSES = {i: _FEEL_MODIFIERS[stems[0]] for i, stems in enumerate(SENSES) if stems[0] in _FEEL_MODIFIERS}
_BODY_WORDS = frozenset({"피부", "두피", "입술", "얼굴"})  # where it goes: no repeat when said twice


@lru_cache(maxsize=16384)
def _senses(text: str) -> frozenset[int]:
    return frozenset(i for i, stems in enumerate(SENSES) if any(stem in text for stem in stems))


def _each_sense_once(
    paragraphs: list[list[str | None]], plan: MessagePlan, screen: bool = False
) -> list[list[str | None]]:
    """The paragraphs with each sensory idea said by one sentence: of two sentences that share one,
    the later optional one (a review, a feature, the FOMO line) gives way, else the
    earlier; the reader's own line, their fit and a caution always stay. A proof the message has not
    said and that repeats no feel takes a dropped proof's place (never a longer one on a phone screen)."""
    kept = {plan.reader_line, plan.caution, plan.fit.line if plan.fit else None}
    # the FOMO line that says the brief's style stays (as in _stems_said_once): a proof sharing its feel gives way
    fomo = None if push.FOMO in plan.styles else plan.fomo
    optional = {s for s in (*plan.proofs, fomo) if s and s not in kept}
    steps = (plan.usage, (plan.usage or "").removeprefix(FIRST_USE_LEAD))
    uncounted = {plan.close, *(plan.close.replace(a, "") for a in CLOSE_ADVERBS), *steps, plan.offer, _offer_for(plan)}
    out = [list(p) for p in paragraphs]
    gone: set[str] = set()
    for _ in range(8):  # each round settles one pair; a message has only a few
        said: dict[int, str] = {}
        clash = None
        for sentence in (s for p in out for s in p if s and s not in uncounted):
            earlier = [said[sense] for sense in sorted(_senses(sentence) & said.keys())]
            clash = sentence if earlier and sentence in optional else next((e for e in earlier if e in optional), None)
            if clash:
                break
            for sense in _senses(sentence):
                said.setdefault(sense, sentence)
        if clash is None:
            return out
        gone.add(clash)
        present = {s for p in out for s in p if s}
        others = set().union(*(_senses(s) for s in present - uncounted - {clash}))
        usage = plan.usage if present & set(steps) else None
        stand_in = next(
            (
                p
                for p in plan.proofs
                if p not in present
                and p not in gone
                and not p.endswith(_FUNCTIONAL)  # its place is beside the definition
                and not _senses(p) & others
                and not any(
                    says_again(p, s) or (content_stems(p) & content_stems(s)) - _BODY_WORDS for s in present - uncounted
                )
                and not (usage and (_HOW_TO.search(p) or says_again(p, usage)))
                and not (screen and len(p) > len(clash))
            ),
            None,
        )
        if clash not in plan.proofs:  # a FOMO line is no place for a fact
            stand_in = None
        out = [[stand_in if s == clash else s for s in p] for p in out]
    return out


# Each content word once (blind reading 16: "'써 보고 좋았던' 반복", "'천천히' 반복", "'미리 챙겨 두기' 반복",
# "'권할 때' 반복", "녹차 성분 반복 언급"): each bank sentence reads well alone, two of them side by side
# say a word twice. Stems are the retrieval analyzer's Kiwi morphemes; words any message needs more than
# once (where it goes, "쓰다", "오늘", "처음" that _first_use_said_sparingly counts) and the product's kind
# ("이 크림") are not counted.
_STEM_TAGS = ("NNG", "NNP", "VV", "VA", "VX", "XR", "MAG")
_ANY_MESSAGE = frozenset(
    {
        "피부", "제품", "사용", "오늘", "지금", "하", "되", "있", "없", "보", "주", "드리", "않", "같", "쓰",
        "알", "오", "가", "좋", "받", "이", "그", "더", "먼저", "함께", "잘", "한번", "매일", "수", "때",
        "것", "분", "점", "고객", "구매", "혜택", "바로", "이제", "아니", "어떻", "그렇", "이렇", "들",
        "살펴보", "확인", "번", "나", "하루", "보이", "모르", "한", "바르", "발리", "두피", "얼굴",
        "입술", "눈가", "모발", "추출물", "처음",
    }
)  # fmt: skip
_KINDS = frozenset(
    {
        "크림", "토너", "스킨", "세럼", "에센스", "앰플", "앰프", "클렌저", "클렌징", "폼", "오일", "쿠션", "로션",
        "에멀젼", "유액", "미스트", "선크림", "마스크", "팩", "패드", "샴푸", "밤", "틴트", "립", "바디", "워시",
        "트리트먼트", "컨디셔너", "파운데이션", "리무버", "젤", "팔레트", "아이크림", "선", "스틱", "헤어", "바디워시",
        "클렌징폼",
    }
)  # fmt: skip
# Adverbs a sentence says as well without, where another sentence has said them ("천천히 손에 익혀 … 첫
# 사용감을 천천히 살펴보면"): the later one lets it go.
_SPARE_ADVERBS = frozenset({"천천히", "꼼꼼히", "한결", "직접", "충분히", "미리", "조금", "훨씬", "살짝"})
# and, between two of the composer's own sentences (never a reason a title promises), "꾸준히" (reading 29: "꾸준히 이어
# 쓰게 됩니다 … 꾸준히 써 온 분들은"; 35 of 3,600 long messages)
_SPARE_BETWEEN = _SPARE_ADVERBS | {"꾸준히"}
# Phrases with another wording that keeps the sentence whole, for a word or phrase said already: the
# later sentence takes the first that no longer says it.
_REWORDED = (
    ("미리 챙겨 두세요", "하나 더 준비해 두세요"),
    ("미리 챙겨 두면 마음이 편해요", "하나 더 준비해 두면 마음이 편해요"),
    ("지금 챙겨 둘 때예요", "지금 준비해 둘 때예요"),
    ("챙겨 두면 좋은", "준비해 두면 좋은"),
    ("챙겨 두세요", "준비해 두세요"),
    ("챙겨 루틴을 이어 가세요", "챙겨 꾸준히 이어 가세요"),
    ("권하고 싶은 분이 떠올랐다면", "알려 주고 싶은 분이 떠올랐다면"),
    ("가까운 분께도 권하기 좋아요", "가까운 분께도 알려 주기 좋아요"),
    ("권하기 좋은 때", "알려 주기 좋은 때"),
    ("써 보고 좋았던 점을", "직접 느낀 좋은 점을"),
    ("써 보니 좋았던 점", "직접 느낀 좋은 점"),
    ("써 보고 느낀 점을 후기로", "사용감을 후기로"),
    ("다 쓰기 전에 미리 채워 두세요", "다 쓰기 전에 하나 더 준비해 두세요"),
    ("미리 채워 두세요", "하나 더 준비해 두세요"),
    ("시작하기 좋은 날", "써 보기 좋은 날"),
    # never "첫 사용을 써 보기 좋은 때" (reading 21, s1811: "'첫 사용을 써 보기' 비문")
    ("첫 사용을 시작하기 좋은 때", "꺼내 써 보기 좋은 때"),  # no third "처음" beside the title and the step
    ("시작하기 좋은 때", "써 보기 좋은 때"),
    ("새로 시작해 볼 때", "새로 꾸려 볼 때"),
    ("마음을 전해", "고마움을 전해"),
    ("계절이 겨울로 바뀌는 길목", "겨울로 접어드는 길목"),
    ("계절이 봄으로 바뀌는 길목", "봄으로 접어드는 길목"),
    ("계절이 여름으로 바뀌는 길목", "여름으로 접어드는 길목"),
    ("계절이 가을로 바뀌는 길목", "가을로 접어드는 길목"),
    ("자연에서 얻은 원료가", "자연에서 얻은 성분이"),
    ("자연에서 얻은 원료를", "자연에서 얻은 성분을"),
    ("정성을 들이는 분", "정성을 쏟는 분"),
    ("다시 들이고 싶다는", "다시 사고 싶다는"),
    ("새로 들여 보기 좋아요", "새로 써 보기 좋아요"),
    ("루틴에 들이기 좋은", "루틴에 더하기 좋은"),
    ("까지 한 단계에 담겨 있어", "까지 함께 갖춰"),
    # "만나" once: the close asks to meet the product, the hook says what the first try shows (reading 29, s7520:
    # "'만나 보기/만나게 돼요' 반복"; 138 of 3,600 long messages said it in two sentences)
    ("부터 놓치지 말고 만나 보세요", "부터 놓치지 말고 느껴 보세요"),
    # after "…을 처음 만나는 설렘은 …" (the emotional hook, readings 30-31)
    ("을 만나 보세요", "을 직접 써 보세요"),
    ("를 만나 보세요", "를 직접 써 보세요"),
    ("부터 기분 좋게 만나게 돼요", "부터 기분 좋게 느끼게 돼요"),
    ("부터 바로 만나게 돼요", "부터 바로 느끼게 돼요"),
    ("첫 느낌부터 차근차근 만나 보기 좋아요", "첫 느낌부터 차근차근 알아 가기 좋아요"),
    ("아직 만나 보지 않으셨다면", "아직 써 보지 않으셨다면"),
    ("처음 만나 보는 제품이라면", "처음 고르는 제품이라면"),
    ("사용감을 제대로 만날 수 있어요", "사용감을 제대로 느낄 수 있어요"),
    ("이번 주가 만나 보기 좋은 때예요", "이번 주가 골라 보기 좋은 때예요"),
    ("안심하고 만날 수 있어요", "안심하고 써 볼 수 있어요"),
    ("평을 만날 수 있어요", "평을 볼 수 있어요"),
    ("한 번 만나 볼 만해요", "한 번 써 볼 만해요"),
    ("이번 주가 만나 보기 좋아요", "이번 주가 골라 보기 좋아요"),
    ("부터 기분 좋게 만나게 돼요", "부터 손끝으로 알게 돼요"),  # where "느끼" is said already ("어떤 느낌일지")
    ("부터 바로 만나게 돼요", "부터 손끝으로 알게 돼요"),
    # "좋았던" once: a referral's close asks for "좋았던 점" (reading 28: "'좋았던' 반복", 133 of 3,600 long messages)
    ("직접 써 보고 좋았던 점을 곁들이면", "직접 써 본 느낌을 곁들이면"),
    ("써 보고 좋았던 느낌이 생생한", "써 본 느낌이 생생한"),
    ("써 보고 좋았던 느낌이 생생할", "써 본 느낌이 생생할"),
    ("써 보고 좋았던 ", "즐겨 쓰는 "),
    ("좋았던 제품은", "마음에 든 제품은"),
    ("좋았던 기억은", "생생한 느낌은"),
    ("라 좋았던 ", "라 마음에 든 "),
    ("의 좋았던 점 한 가지만 적어도", "에 대해 한 가지만 적어도"),
    # "예민한 날" once: a tip for that day beside a line of how it feels that day (reading 29, s9739: "'예민한 날'
    # 문장이 연달아 반복")
    ("피부가 유난히 예민한 날에도 ", "피부 컨디션이 들쭉날쭉한 날에도 "),
    ("피부가 유난히 예민한 날에 ", "피부 컨디션이 들쭉날쭉한 날에 "),
    ("피부가 유난히 예민한 날에는 ", "피부 컨디션이 들쭉날쭉한 날에는 "),  # lines.STYLE_HOOKS[3] (round 31)
    ("두피가 유난히 예민한 날에도 ", "두피 컨디션이 들쭉날쭉한 날에도 "),
    ("두피가 유난히 예민한 날에는 ", "두피 컨디션이 들쭉날쭉한 날에는 "),
    # "꺼내 써 보" once: the hook's "…을 꺼내 쓰면" or "바로 꺼내 써 보기 좋아요" before the close's ask
    ("바로 꺼내 써 보세요", "바로 써 보세요"),
    ("을 꺼내 써 보세요", "을 직접 써 보세요"),
    ("를 꺼내 써 보세요", "를 직접 써 보세요"),
    # "제형" once: the close's content ask after a hook on the texture
    ("성분과 제형 정보부터", "어떤 성분을 담았는지부터"),
    # round 35: "눈여겨볼 만" once (the season's "…찾고 있었다면 눈여겨볼 만한 제품이 있어요" beside a hook or a reason
    # that says it too)
    ("찾고 있었다면 눈여겨볼 만한 제품이 있어요", "찾고 있었다면 반가운 제품이 있어요"),
    ("을 눈여겨볼 만해요", "이 먼저 와닿아요"),
    ("를 눈여겨볼 만해요", "가 먼저 와닿아요"),
    ("한 가지로 눈여겨볼 만해요", "한 가지로 꼽을 만해요"),
    # "촉촉" once (reading 87, s2749: "'촉촉' 반복": "…백탁이 적은 촉촉한 사용감 … 수분 크림처럼 촉촉하게 발리는
    # 선크림"): the later saying in another word of the same feel
    ("촉촉하게 발리는", "부드럽게 발리는"),
    ("촉촉하게 펴 발리는", "부드럽게 펴 발리는"),
    ("촉촉함이 오래간다는", "보습감이 오래간다는"),
    # "선물" once: a gift referral's season line ("…반가운 선물이 돼요") and the event's "선물하기로 주문하시면" before
    # the close "고마운 분께 이 세럼을 선물로 건네 보세요" (109 of 3,600 long messages said it twice or more)
    ("을 선물로 건네 보세요", "을 직접 건네 보세요"),  # never a bare "…분께 건네 보세요" where a text drops "이 팩을"
    ("를 선물로 건네 보세요", "를 직접 건네 보세요"),
    # "고르" once: the hook's "…새 크림을 고른다면" beside the close's "골라 보세요" (96 of 4,800 grid messages); the
    # time-pressed hook's "이번 주" stays (the style said: test_long_asks)
    ("을 고른다면 ", "을 찾는다면 "),
    ("를 고른다면 ", "를 찾는다면 "),
)
_LIKED = "좋았던"  # a single-syllable stem ("좋") Kiwi gives no telling word for: counted as said


_UNITS: dict[str, tuple[str, ...]] = {}  # by word (eojeol): the same words recur in every brief's copy
_UNITS_KEPT = 65536
_PRIMED: set[str] = set()  # sentences whose every word _UNITS holds: one lookup, not a scan of their words


def _prime(sentences: list[str]) -> None:
    """Analyse the words not analysed yet, before said_once_each compares the sentences.
    Words, not sentences, are kept: a catalog's copy says the same few thousand words in ever new sentences,
    so after the first briefs nearly every word is known (sentence by sentence, Kiwi cost three times the
    rest of the composer)."""
    from crm_core.retrieval.analyzer import kiwi

    # a push tier's forms say mostly the same sentences, and most sentences recur message after message
    distinct = [s for s in dict.fromkeys(sentences) if s and s not in _PRIMED]
    if not distinct:
        return
    new = list(dict.fromkeys(w for s in distinct for w in s.split() if w not in _UNITS))
    if len(_UNITS) + len(new) > _UNITS_KEPT or len(_PRIMED) + len(distinct) > _UNITS_KEPT:
        _UNITS.clear()
        _PRIMED.clear()
        new = list(dict.fromkeys(w for s in distinct for w in s.split()))
    analyse = kiwi().tokenize
    for word in new:  # one word at a time: a list goes to Kiwi's worker threads, which on one busy core cost
        _UNITS[word] = tuple(stem for unit in _units_of(analyse(word)) for stem in unit)  # 10x the analysis
    _PRIMED.update(distinct)


def _units(sentence: str) -> tuple[tuple[str, ...], ...]:
    """The sentence's word-units (eojeol), each the tuple of its content stems; a noun + 하다 is one stem
    ("권하")."""
    words = sentence.split()
    if sentence not in _PRIMED and any(w not in _UNITS for w in words):
        _prime([sentence])
    return tuple(map(_UNITS.__getitem__, words))


def _units_of(tokens) -> tuple[tuple[str, ...], ...]:  # type: ignore[no-untyped-def]
    out: list[list[str]] = []
    end = 0
    for i, token in enumerate(tokens):
        if not out or token.start > end:
            out.append([])
        end = token.start + token.len
        tag = token.tag.split("-")[0]
        if tag in ("XSV", "XSA") and out[-1] and i and tokens[i - 1].tag in ("NNG", "XR"):
            out[-1][-1] += token.form
        elif tag in _STEM_TAGS:
            out[-1].append(token.form)
    return tuple(tuple(unit) for unit in out)


_COMMON_WORDS = _ANY_MESSAGE | _KINDS  # words any message of a kind says: never a repeat worth rewording


@lru_cache(maxsize=16384)
def _said_words(sentence: str, skip: frozenset[str]) -> tuple[str, ...]:
    """What a reader hears as said in the sentence, with repeats: its telling stems (not `skip`, the
    name's words) and its phrases of two or three word-units with three syllables of content or more."""
    units = _units(sentence)
    said = [s for unit in units for s in unit if len(s) >= 2 and s not in _COMMON_WORDS and s not in skip]
    said += [_LIKED] * sentence.count(_LIKED)
    for at in range(len(units) - 1):  # phrases of two word-units, then of three (no set built per call: cold,
        pair = units[at] + units[at + 1]  # this function runs for every new sentence)
        if units[at] and units[at + 1] and len("".join(pair)) >= 3 and not _COMMON_WORDS.issuperset(pair):
            if skip.isdisjoint(pair):
                said.append(" ".join(pair))
    for at in range(len(units) - 2):
        if units[at] and units[at + 1] and units[at + 2]:
            triple = units[at] + units[at + 1] + units[at + 2]
            if len("".join(triple)) >= 3 and skip.isdisjoint(triple):
                said.append(" ".join(triple))
    return tuple(said)


@lru_cache(maxsize=16384)
def _said_sets(sentence: str, skip: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(what the sentence says, what it says twice): said_once_each asks both of every sentence in every round."""
    counts = Counter(_said_words(sentence, skip))
    return frozenset(counts), frozenset(w for w, n in counts.items() if n >= 2)


def _without_adverb(sentence: str, adverb: str) -> str:
    """The sentence with one spare adverb left out (the last one said), or as it was where leaving it
    out would read as a one-day offer ("오늘 만나" → "오늘만")."""
    at = sentence.rfind(adverb + " ")
    if at < 0 or (at and sentence[at - 1] not in " ,"):
        return sentence
    plain = sentence[:at] + sentence[at + len(adverb) + 1 :]
    return sentence if "오늘 만" in plain and "오늘 만" not in sentence else plain


def _repeats(said: list[str]) -> int:
    """How many times the telling words and phrases `said` (_said_words) say one of them again."""
    return len(said) - len(set(said))  # each saying of a word after its first


def title_phrases(title: str, skip: frozenset[str]) -> tuple[str, ...]:
    """The phrases a title says ("바닥나기 전에 채워 두기": 채우 두): a body sentence saying one again echoes
    the headline; a single word it shares is how a body keeps the title's promise."""
    return tuple(w for w in _said_words(title, skip) if " " in w)


def _reworded(
    out: list[str | None], k: int, shared: set[str], skip: frozenset[str], heard: tuple[str, ...] = ()
) -> str:
    """Sentence k in another wording (or without a spare adverb it shares) that leaves the message with
    fewer repeats, else as it was."""
    sentence = out[k] or ""
    adverbless = (_without_adverb(sentence, adverb) for adverb in sorted(shared & _SPARE_BETWEEN))
    candidates = [*_rewordings(sentence), *(c for c in adverbless if c != sentence)]
    if not candidates:  # most clashes have none: the message's repeats are not counted for nothing
        return sentence
    others = [w for i, s in enumerate(out) if s and i != k for w in _said_words(s, skip)]
    others += heard  # the title's phrases: counted once, whatever sentence k says

    def said_with(text: str) -> list[str]:  # the message's words with sentence k said as `text`
        return [*others, *_said_words(text, skip)] if text else others

    before = _repeats(said_with(sentence))
    return next((c for c in candidates if _repeats(said_with(c)) < before), sentence)


@lru_cache(maxsize=8192)  # a few MB at most: some hundred characters per sentence and its wordings
def _rewordings(sentence: str) -> tuple[str, ...]:
    """The sentence in each other wording _REWORDED and ROUTINE_FREE give for a phrase it says, in their order
    ("루틴" inside one sentence too): _reworded asks this of the same sentences message after message, and a
    sentence says one of their seventy-odd phrases at most a few times."""
    return tuple(
        sentence.replace(phrase, wording, 1) for phrase, wording in (*_REWORDED, *ROUTINE_FREE) if phrase in sentence
    )


def said_once_each(
    sentences: list[str],
    droppable: frozenset[str],
    fixed: frozenset[str],
    skip: frozenset[str],
    heard: tuple[str, ...] = (),
) -> list[str | None]:
    """The sentences with each telling word and phrase said once (a phrase the title says, `heard`,
    included): of two sentences that share one, the later (else the earlier) takes another wording or
    leaves a spare adverb out; where none is at hand a `droppable` one gives way (the later first: None in
    its place). `fixed` sentences (catalog usage) are never reworded; a pair nothing settles stays as it is.
    The caller primes the words (_prime) with all it will ask about: a push asks this of each of a tier's forms,
    whose sentences are mostly the same."""
    return list(_said_once_each(tuple(sentences), droppable, fixed, skip, heard))


@lru_cache(maxsize=16384)
def _said_once_each(
    sentences: tuple[str, ...],
    droppable: frozenset[str],
    fixed: frozenset[str],
    skip: frozenset[str],
    heard: tuple[str, ...] = (),
) -> tuple[str | None, ...]:
    """said_once_each's work, kept for its inputs: a push asks it of each of a tier's forms, and a brief's variants
    and other briefs on one product ask it of the same sentences again (about 70 % of the calls in copy_eval's
    timed passes). Pure: _said_sets reads only the sentences and Kiwi's analysis of their words."""
    out: list[str | None] = list(sentences)
    sets = [_said_sets(s, skip) for s in sentences]
    settled: set[tuple[str, str, str]] = set()
    title_said = frozenset(heard)
    start = 0
    for _ in range(64):  # each round rewords, drops or settles one repeat; a message has only a few
        clash = _first_clash(out, sets, start, settled, title_said)
        if clash is None:
            break
        i, j, shared = clash
        start = j  # no sentence before the later one clashes: not after a settle, nor after it or i changes
        a, b = out[i] or "", out[j] or ""
        changed = False
        for k in (j, i) if i != j else (j,):
            text = out[k] or ""
            if text in fixed:
                continue
            new = _reworded(out, k, shared, skip, heard)
            if new != text:
                out[k], changed = new, True
                sets[k], start = _said_sets(new, skip), k
                break
        if not changed:
            gone = next((k for k in ((j, i) if i != j else (j,)) if out[k] in droppable), None)
            if i == j and not set(shared) & set(heard):
                gone = None  # a word said twice inside one sentence is its wording, not a reason to drop it
            if gone is not None:
                out[gone], changed, start = None, True, gone
        if not changed:
            settled.update(("" if i == j and set(shared) & set(heard) else a, b, w) for w in shared)
    return tuple(out)


def _first_clash(
    out: list[str | None],
    sets: list[tuple[frozenset[str], frozenset[str]]],
    start: int,
    settled: set[tuple[str, str, str]],
    title_said: frozenset[str],
) -> tuple[int, int, set[str]] | None:
    """said_once_each's next repeat not settled yet, in reading order from sentence `start` on: (j, j, words) for
    words sentence j says twice or the title says too, else (i, j, words) for words it shares with an earlier
    sentence i; None where none is left. The sentences before `start` are those a round before found clear and
    no round changed since: each round looks only at what it changed, not at every pair again."""
    for j in range(start, len(out)):
        later = out[j]
        if later is None:
            continue
        mine, twice = sets[j]
        inside = {w for w in twice if (later, later, w) not in settled} if twice else set()
        echoed = (
            set() if mine.isdisjoint(title_said) else {w for w in mine & title_said if ("", later, w) not in settled}
        )
        if inside or echoed:
            return j, j, inside or echoed
        for i in range(j):
            earlier = out[i]
            if earlier is None or mine.isdisjoint(sets[i][0]):  # most pairs share nothing
                continue
            shared = {w for w in mine & sets[i][0] if (earlier, later, w) not in settled}
            if shared:
                return i, j, shared
    return None


def _adverbs_said_once(body: str, plan: MessagePlan) -> str:
    """The body with a spare adverb said twice ("…천천히 넓혀 가면 … 천천히 골라 보세요") left out of its last
    saying, where that is not the catalog's usage step."""
    usage = (plan.usage or "").removeprefix(FIRST_USE_LEAD)
    start = body.find(usage) if usage else -1
    for adverb in sorted(_SPARE_ADVERBS):
        if body.count(adverb + " ") < 2:
            continue
        at = body.rfind(adverb + " ")
        if start <= at < start + len(usage) and start >= 0:
            continue
        if at and body[at - 1] not in " ,\n":
            continue
        plain = body[:at] + body[at + len(adverb) + 1 :]
        if "오늘 만" not in plain[max(0, at - 4) : at + 4]:
            body = plain
    return body


def _name_words(plan: MessagePlan) -> frozenset[str]:
    """The stems of the product's name and brand: the message names the product as often as it needs."""
    return _stems_of(f"{plan.facts.name} {plan.values.get('brand', '')} {plan.facts.noun}")


@lru_cache(maxsize=1024)
def _stems_of(words: str) -> frozenset[str]:
    return frozenset(s for unit in _units(words) for s in unit)


# What the product is, said with the name's own word again (reading 16: "'약산성 클렌저는 약산성 클렌저'
# 동어반복", "'보습 유액, 자음유액 EX예요' 도입 어색").
_APPOSITIVE = re.compile(r"^(?P<lead>[^,.]+), (?P<name>.+?)(?P<end>이에요|예요)\.$")


def _word_before_another(text: str, word: str) -> int:
    """Where `word` stands whole before another word in text ("약산성 데일리": the 약산성), -1 where it never does.
    A plain scan: a compiled pattern per name word cost more, cold, than the rest of the pass."""
    key = word + " "
    at = text.find(key)
    while at >= 0:
        after = at + len(key)
        if (at == 0 or not "가" <= text[at - 1] <= "힣") and after < len(text) and "가" <= text[after] <= "힣":
            return at
        at = text.find(key, at + 1)
    return -1


def _definition_untangled(sentence: str, plan: MessagePlan, reorder: bool = True) -> str:
    """The sentence that says what the product is without the name's own words in what it says: "보습 유액,
    자음유액 EX예요" (`reorder`, a lead of two words at most) → "자음유액 EX는 보습 유액이에요"; "순정 약산성
    5.5 폼 클렌저는 약산성 데일리 클렌저예요" → "… 클렌저는 데일리 클렌저예요" (a word of the name that is not
    its kind or an ingredient it holds, said before another word; never the last word)."""
    name = plan.facts.name
    if name not in sentence:
        return sentence
    return _untangled(sentence, name, plan.facts.noun, plan.facts.ingredients, plan.values.get("brand"), reorder)


@lru_cache(maxsize=8192)  # a sentence and a few names per entry: a few MB at most
def _untangled(sentence: str, name: str, noun: str, held: tuple[str, ...], brand: str | None, reorder: bool) -> str:
    """_definition_untangled for what it reads of the plan (the product's name, noun, ingredients and brand): a
    product's sentences come back brief after brief, and a push's forms say the same ones again."""
    appositive = _APPOSITIVE.match(sentence)
    if reorder and appositive and appositive.group("name") == name:
        lead = appositive.group("lead")
        # a bare kind before the name ("보습 유액, …") reads cut off; a described one ("피부를 감싸는 …
        # 세럼, …") is a deliberate opening and stays
        if len(lead.split()) <= 2 and any(word in name for word in re.findall(r"[가-힣]{2,}", lead)):
            copula = "이에요" if final_consonant(lead) else "예요"
            sentence = f"{name}{particle_for(name, '은')} {lead}{copula}."
        else:  # "…섞어 만드는 모델링팩, 오리지널 레시피 허니 모델링팩이에요": the lead ends on the product's noun
            words = lead.split()
            if len(words) > 2 and words[-1] in name.split() and noun and noun.split()[-1] != words[-1]:
                if words[-2] not in _COMPARING:
                    sentence = f"{' '.join([*words[:-1], noun])}, {name}{appositive.group('end')}."
    end = _topic_end(sentence, name)
    if end < 0:
        return sentence
    head, rest = sentence[:end], sentence[end:]
    for word in re.findall(r"[가-힣]{2,}", name):
        if word in _KINDS or any(word in i for i in held) or word == brand:
            continue
        said = _word_before_another(rest, word)
        before = rest[:said].split() if said >= 0 else []
        if said < 0 or (before and before[-1] in _COMPARING):  # "피부와 비슷한 약산성 토너" keeps what it compares
            continue
        plain = rest[:said] + rest[said + len(word) + 1 :]
        if re.search(r"[가-힣]+ [가-힣]", plain.split(".")[0]):
            rest = plain
    return head + rest


def _marketers(plan: MessagePlan, request: GenerationRequest) -> frozenset[str]:
    """The sentence the marketer wrote (the brief's key message opens the copy): the said-once pass rewords
    the composer's own lines around it, never it."""
    return frozenset({plan.hook}) if request.resolved.brief.key_message else frozenset()


def _stems_said_once(
    paragraphs: list[list[str | None]], plan: MessagePlan, short: bool = False, theirs: frozenset[str] = frozenset()
) -> list[list[str | None]]:
    """The long form's paragraphs through said_once_each: the optional proofs and a FOMO line the style
    does not need may give way (never the reader's own line, their fit, a caution, an ingredient line or a
    functional claim); the usage step stays as written, and a reason line under a title that promises one."""
    kept = {plan.reader_line, plan.caution, plan.fit.line if plan.fit else None, *_ingredient_lines(plan)}
    kept |= _reasons(plan)  # what speaks to this reader stays: "customer fit" is what readers miss most
    fomo = None if push.FOMO in plan.styles else plan.fomo  # the FOMO line that says the brief's style stays
    droppable = frozenset(s for s in (*plan.proofs[1:], fomo) if s and s not in kept and not s.endswith(_FUNCTIONAL))
    if short:  # an SMS brief's short LMS gives one reason, each variant its own: it is reworded, never cut
        droppable = frozenset()
    fixed = frozenset(s for s in (plan.usage, (plan.usage or "").removeprefix(FIRST_USE_LEAD)) if s) | theirs
    if PROMISES_REASON.search(plan.title):  # "…을 매일 쓰는 이유" points at the reason line as it is worded
        fixed |= _reasons(plan)
    places = [
        (n, s if s in theirs else _definition_untangled(s, plan)) for n, p in enumerate(paragraphs) for s in p if s
    ]
    skip = _name_words(plan)
    sentences = [s for _, s in places]
    _prime(sentences)
    once = said_once_each(sentences, droppable, fixed, skip, title_phrases(plan.title, skip))
    if not short:  # an SMS brief's LMS keeps the SMS helper's own sentences
        guarded = fixed | kept | {plan.offer, plan.close, plan.hook, plan.product_after_hook} | theirs
        guarded |= {_definition_untangled(plan.product_after_hook, plan), _definition_untangled(plan.hook, plan)}
        guarded |= {s for s in sentences if "기능성" in s}  # a registered function is the evidence: never dropped
        # the reader's fit and reasons give way to another guarded sentence saying the same thought (reading 94's
        # grid: "원료부터 꼼꼼히 살피는 분이라면 …에 든 병풀 추출물이 반가울 거예요." then "원료부터 살피는 분이라면
        # 병풀 추출물이 자연에서 얻은 원료라는 점이 반가울 거예요."): the thought stays said, once
        hard = fixed | {plan.offer, plan.close, plan.hook, plan.product_after_hook, plan.caution} | theirs
        soft = frozenset(s for s in kept if s and s not in hard and "기능성" not in s)
        once = thought_said_once(once, frozenset(s for s in guarded if s), skip, plan.facts.name, soft)
    said = iter(_quote_followed(once, plan))
    out: list[list[str | None]] = [[] for _ in paragraphs]
    for n, _ in places:
        out[n].append(next(said))
    return out


# A sentence that says again what an earlier one said in other words (readings 90-91, s6613: "가볍게 발리고
# 오래가는 보습감을 좋아하는 분이라면 …" then the catalog's "가볍게 펴 발리면서도 보습감이 오래 유지돼요";
# s8591: "굳으면서 밀착되는 고무 팩" then "굳으면서 피부에 밀착되어 떼어 낸 뒤 …"): one thought, the same content stems.
_THOUGHT_SHARED_LEAST = 3  # telling stems two sentences share to say one thought
_THOUGHT_SHARE = 0.6  # of the poorer sentence's telling stems
_THOUGHT_KEPT_LEAST = 4  # sentences a message keeps: a drop never leaves it thin
_CLAUSE_LINK = re.compile("(?:면서도|면서|으며|며|되어|해서|어서|아서|고)$")
_FIGURE = re.compile(r"\d+")


def _telling(units: tuple[tuple[str, ...], ...], skip: frozenset[str], least: int = 2) -> set[str]:
    return {s for unit in units for s in unit if len(s) >= least and s not in _COMMON_WORDS and s not in skip}


@lru_cache(maxsize=16384)
def _telling_of(sentence: str, skip: frozenset[str], least: int = 2) -> frozenset[str]:
    """_telling of a whole sentence: thought_said_once asks it of each earlier sentence for every later one, and a
    brief's forms and variants say the same sentences. Pure: _units reads only Kiwi's analysis of the words."""
    return frozenset(_telling(_units(sentence), skip, least))


def thought_said_once(
    sentences: list[str | None],
    guarded: frozenset[str],
    skip: frozenset[str],
    name: str,
    soft: frozenset[str] = frozenset(),
) -> list[str | None]:
    """The sentences with each thought said once, by content stems over the whole text: of two sentences that share
    most of what the poorer says, the poorer gives way (never a `guarded` one unless it is `soft`, never one that
    names the product or one with a figure the other lacks); a sentence that opens on a
    clause said already ("굳으면서 피부에 밀착되어 떼어 낸 뒤 …") keeps only what it adds. Said-once by word
    (said_once_each) rewords one word; this drops the repeated thought."""
    out = list(sentences)
    telling = [_telling_of(s, skip) if s else frozenset() for s in out]  # each sentence's, kept as out changes
    for j, later in enumerate(out):
        if not later or (later in guarded and later not in soft) or name in later:
            continue
        mine = telling[j]
        for i, other in enumerate(out):
            if i == j or not other:
                continue
            theirs = telling[i]
            shared = mine & theirs
            poorer = len(mine) < len(theirs) or (len(mine) == len(theirs) and j > i)
            if (
                poorer
                and len(shared) >= _THOUGHT_SHARED_LEAST
                and len(shared) >= _THOUGHT_SHARE * len(mine)
                and not set(_FIGURE.findall(later)) - set(_FIGURE.findall(other))  # no figure the other lacks
                and sum(1 for s in out if s) > _THOUGHT_KEPT_LEAST
            ):
                out[j] = None
                break
        if out[j] is None:
            continue
        said = set().union(*(_telling_of(s, skip, 1) for s in out[:j] if s))
        out[j] = _said_clause_left_out(later, said, skip)
        telling[j] = _telling_of(out[j], skip)
    return out


def _said_clause_left_out(sentence: str, said: set[str], skip: frozenset[str]) -> str:
    """The sentence without its opening clause where every content stem of that clause (two at least) was said
    before and the rest says something new: "굳으면서 피부에 밀착되어 떼어 낸 뒤 피부가 촉촉하고 매끈해요."
    after "굳으면서 밀착되는 고무 팩이에요." → "떼어 낸 뒤 피부가 촉촉하고 매끈해요." """
    words = sentence.split()
    units = _units(sentence)
    for end in range(len(words) - 2, 0, -1):  # the longest opening clause first
        if not _CLAUSE_LINK.search(words[end - 1].rstrip(",")):
            continue
        head = _telling(units[:end], skip, 1)
        rest = _telling(units[end:], skip)
        if len(head) >= 2 and any(len(s) >= 2 for s in head) and head <= said and rest - said and len(words) - end >= 3:
            return " ".join(words[end:])
    return sentence


def _quote_followed(sentences: list[str | None], plan: MessagePlan) -> list[str | None]:
    """The referral's season line said of the share line's quote right before it ("…는 한마디가 안심되는 추천이
    돼요. 같은 겨울을 보내는 분이라면 더 반갑게 들을 이야기예요."), never a second "…한마디가 …이 돼요" (readings
    28-29, s7520, s8621: "'한마디' 문장이 두 번 반복"). Decided after the said-once pass: only a share line that stays
    is quoted."""
    if not plan.style_line or plan.stage != 4 or "한마디" not in plan.style_line or plan.style_line not in sentences:
        return sentences
    at = sentences.index(plan.style_line)
    quote = next((n for n in range(at - 1, -1, -1) if sentences[n] and "한마디" in (sentences[n] or "")), None)
    if quote is None:
        return sentences
    rest = [*sentences[:at], *sentences[at + 1 :]]  # the season line follows the quote it speaks of
    return [*rest[: quote + 1], lines.fill(lines.SEASON_SHARE_AFTER, plan.values), *rest[quote + 1 :]]


# A first-use message says "처음 / 첫 사용 / 첫날 / 첫 느낌" at most this often, title included: reading 9
# (s4586) met "첫 사용" three times beside "첫날의 설렘".
FIRST_WORDS = re.compile("처음|첫 사용|첫날|첫 느낌")
FIRST_MOST = 3
# A first-use close without its "첫 사용", where the message said it already: the stage is clear.
FIRST_FREE_CLOSES = (
    ("으로 첫 사용을 시작해 보세요", "으로 시작해 보세요"),
    ("로 첫 사용을 시작해 보세요", "로 시작해 보세요"),
    ("바로 첫 사용을 시작해 보세요", "바로 시작해 보세요"),
    ("첫 사용 팁을 먼저 살펴보고 ", "쓰는 요령을 먼저 살펴보고 "),
    ("오늘 첫 사용 팁을 살펴보고 ", "오늘 쓰는 요령을 살펴보고 "),
    ("첫 사용의 느낌을 오늘 직접 만나 보세요", "오늘 직접 써 보고 그 느낌을 만나 보세요"),
)
FIRST_USE_LEADS = (FIRST_USE_LEAD, *(lead.removesuffix("{usage}") for lead in lines.USAGE_LINES[1][1:]))


def _first_use_said_sparingly(paragraphs: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """A first-use message past FIRST_MOST first-use words (or one that said "첫 사용" before the close):
    the close says its ask without "첫 사용", then the usage step loses its lead-in, then the FOMO line
    gives way."""
    out = [list(p) for p in paragraphs]

    def count() -> int:
        return len(FIRST_WORDS.findall(plan.title)) + sum(len(FIRST_WORDS.findall(s)) for p in out for s in p if s)

    closes = {plan.close, *(plan.close.replace(adverb, "") for adverb in CLOSE_ADVERBS)}
    before = " ".join([plan.title, *(s for p in out for s in p if s and s not in closes)])
    ends = []
    for close in (s for p in out for s in p if s in closes):
        plain = close
        for said, free in FIRST_FREE_CLOSES:
            plain = plain.replace(said, free)
        ends.append((close, plain))
    leads = [(s, s.removeprefix(lead)) for lead in FIRST_USE_LEADS for p in out for s in p if s and s.startswith(lead)]
    for n, (old, new) in enumerate([*ends, *leads]):
        # "첫 사용" said before the close: the close never says it again ("첫 사용은 … 첫 사용을 시작해 보세요")
        if count() > FIRST_MOST or (n < len(ends) and "첫 사용" in before):
            out = [[new if s == old else s for s in p] for p in out]
    if count() > FIRST_MOST and plan.fomo and FIRST_WORDS.search(plan.fomo):
        out = [[s for s in p if s != plan.fomo] for p in out]
    return out


# A name this long said twice in one body reads heavy (reading 11: "긴 제품명을 두 번 반복"): the close
# says "이 크림" where the body named the product before it.
LONG_NAME = 8


def _named_once(paragraphs: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """The paragraphs with the last sentence (the ask) calling a long-named product "이 {noun}" where an
    earlier sentence named it."""
    name = plan.facts.name
    said = [(i, j) for i, p in enumerate(paragraphs) for j, s in enumerate(p) if s]
    if len(name) < LONG_NAME or not said:
        return paragraphs
    i, j = said[-1]
    last = paragraphs[i][j] or ""
    if name not in last or not any(name in (paragraphs[a][b] or "") for a, b in said[:-1]):
        return paragraphs
    out = [list(p) for p in paragraphs]
    out[i][j] = as_this(last, name, plan.facts.noun)
    return out


# A 합쇼체 title says what it offers, not an order ("…첫 사용, 쓰는 법만 챙기십시오"), in any tone: reading 80 (s3541,
# 브랜드 기본: "려 헤어 세럼 첫 사용, 쓰는 법만 챙기십시오" … "직접 써 보십시오", "명령형 합쇼체가 딱딱함"; s6304:
# "쓰는 법이면 충분합니다", "제목·끝맺음이 딱딱"); 84 of 3,600 long messages of bench/long_r33_check.py's grid had
# "십시오" in the title. Any other order in a title is said as what to do ("…해 보기").
# The second wording where the body says the first's verb ("…챙겨 두면 좋습니다" under "…챙겨 두기").
_WARM_TITLES = (
    ("쓰는 법만 챙기십시오", ("쓰는 법부터 챙겨 두기", "쓰는 법부터 알아보기")),
    ("떨어지기 전에 챙기십시오", ("떨어지기 전에 챙겨 두기", "떨어지기 전에")),
    ("혜택부터 챙기십시오", ("혜택부터 챙겨 두기", "혜택부터 확인하기")),
)
_TITLE_ORDER = re.compile(r"(?:으)?십시오")
# Tones whose 합쇼체 close may stay one plain order ("…만나 보십시오": a luxury or expert brand's restraint); in any
# other tone (the warm ones and the brand's own) it is asked warmly (speech.asked_warmly). Either way a long message
# orders at most once: an order before the close is wished ("…확인해 보시길 바랍니다"; 105 of 3,600 said two or more)
_ORDER_KEPT_TONES = frozenset({Tone.luxurious, Tone.expert})


def _title_asks_nothing(title: str, body: str) -> str:
    """A 합쇼체 title without an order: its known wordings (_WARM_TITLES, never a verb the body says), any other
    "…십시오" as "…기"."""
    for order, (wording, other) in _WARM_TITLES:
        if order in title:
            title = title.replace(order, other if "챙겨 두" in body else wording)
    return _TITLE_ORDER.sub("기", title)


def _ordered_once(body: str) -> str:
    """A 합쇼체 body whose orders before the last one are wished ("…보시길 바랍니다"): one "…십시오" at most (where a
    must of the usage stays an order, speech.asked_warmly, the close is asked warmly too)."""
    if body.count("십시오.") < 2:
        return body
    last = body.rfind("십시오.")
    start = max(body.rfind(". ", 0, last) + 1, body.rfind("\n", 0, last))  # where the last order's sentence starts
    before, order = body[: start + 1], body[start + 1 :]
    stand_in = "끝."  # a sentence after the orders before the last: asked_warmly wishes them, never closes on them
    joint = "" if before.endswith(("\n", " ")) else " "
    wished = asked_warmly(before + joint + stand_in)
    if not wished.endswith(stand_in) or "십시오." in wished:  # a must stays: the close asks warmly too
        return asked_warmly(body)
    return wished[: -len(joint + stand_in)] + order


# Readings 43-44 (s3564, s5676, s2835: "'반갑겠습니다' 어색", three of nine SMS-brief referrals at 3 or 3.5): an SMS
# brief's LMS asks the reader to tell a friend "…알려 주시면 좋겠습니다", never "…반갑겠습니다" (speech.asked_warmly's
# favour for us); 14 of 1,158 SMS briefs' LMS said it
_GLAD_FAVOUR = re.compile(r"(알려 주|들려주|전해 주|권해 주|소개해 주|나눠 주)시면 반갑겠습니다\.")
# Tones whose 합쇼체 close asks as a request, not a bare order (speech.asked_warmly; reading 25, s5860).
WARM_TONES = frozenset({Tone.friendly, Tone.emotional, Tone.trendy})
_COPULA_ENDS = ("이에요.", "예요.")
_FUNCTIONAL = ("기능성 화장품입니다.", "기능성 화장품이에요.", "기능성을 갖췄습니다.", "기능성을 갖췄어요.")
# The functional claim joined to what the product is, said on a verb: "…크림이자 피부 주름 개선에 도움을 주는 기능성
# 화장품이에요" read as a stock pairing of two definitions (readings 45-48, s4757, s9978, s4811: "'크림 세럼이자 기능성
# 화장품입니다' 정형 문장", "'크림이자 기능성 화장품이에요' 조합 문장이 어색"; 552 of 6,000 grid messages)
_CLAIM_ON_A_VERB = re.compile(r"기능성 화장품(이에요|입니다)\.$")
_HAS_IT = {"이에요": "을 갖췄어요.", "입니다": "을 갖췄습니다."}


_HOLDING_VERB = {"담은, ": "담아 ", "들어 있는, ": "들어 있어 "}
_CLAIM_HOLDING = re.compile("(담은, |들어 있는, )")


def _joined_definitions(paragraph: list[str | None], plan: MessagePlan) -> list[str | None]:
    """What the product is, then its functional-cosmetic claim, said as one sentence ("…크림으로, 피부 주름 개선에
    도움을 주는 기능성을 갖췄어요"): two definitions in a row read as a list."""
    definition = plan.product_after_hook
    sentences = [s for s in paragraph if s]
    out: list[str | None] = []
    for sentence in sentences:
        last = out[-1] if out else None
        if last == definition and sentence.endswith(_FUNCTIONAL):
            # "{name}, …세럼이에요." takes the name as its topic first (readings 92-93, s6314: "'더 나이아신아마이드 15
            # 세럼, 가벼운 세럼이에요'가 투박"): "{name}은 …세럼으로, … 기능성을 갖췄어요"
            last = definition = _named_as_topic(last, plan, sentence)
        appositive = ", " in last if last else False  # "…클렌저, 살리실산 데일리 젠틀 클렌저이자 …" reads as a chain
        if (
            last == definition
            and sentence.endswith(_FUNCTIONAL)
            and last.endswith(_COPULA_ENDS)
            and ". " not in last
            and not appositive
        ):
            cut = len("이에요.") if last.endswith("이에요.") else len("예요.")
            # the claim's own "…을 담은, " said on a verb: "…아이크림이자 아데노신을 담은, 피부 주름 개선에 …" read as
            # a chain of modifiers (reading 25, s9337: "기능성 설명 문장이 길고 겹쳐 어색")
            # and where the definition says what it holds already, the claim says only its function ("비타민 성분을
            # 담은 크림이자 비타민C 유도체가 들어 있는, …" named the vitamin twice)
            held = "담은 " in last and _CLAIM_HOLDING.search(sentence)
            sentence = (
                sentence[held.end() :]
                if held
                else _CLAIM_HOLDING.sub(lambda m: _HOLDING_VERB[m.group(1)], sentence, count=1)
            )
            claim = _CLAIM_ON_A_VERB.sub(lambda m: "기능성" + _HAS_IT[m.group(1)], sentence)
            out[-1] = f"{_joined_kind(last[:-cut], plan)}, {claim}"
        elif (
            last
            and not _SKIN_VARIANT.search(plan.facts.name)  # "…토너 중·건성용은" (test_sms_r29): its own rewrite
            and _holds_after_kind(_named_as_topic(last, plan, sentence), sentence, plan.facts.name)
        ):
            # "…립 마스크예요. 핵심 성분으로 베리 믹스 추출물·시어버터를 담았어요." (readings 62-65, s4851, s7906,
            # s9030: "짧은 '~습니다' 나열이 뚝뚝 끊김", 68 of 3,600 long messages): what it is and what it holds, one
            # sentence;
            # "{name}, …오일이에요." takes the name as its topic first ("{name}은 …오일로, …을 담았어요")
            last = _named_as_topic(last, plan, sentence)
            cut = len("이에요.") if last.endswith("이에요.") else len("예요.")
            held = _HOLDS.match(sentence)
            out[-1] = f"{_joined_kind(last[:-cut], plan)}, {held.group('rest')}"
        elif last and _listed_after_kind(last, sentence, plan.facts.name):
            # "…쓰는 젤이에요. 눈에 띄는 성분은 …이에요." / "…담은 구성이에요." (reading 85, s5592: "사실 나열식
            # 이음새", s5230: "문장 이음이 뚝뚝 끊김"): what it is and what it holds, one sentence on "…이고,"
            cut = len("이에요.") if last.endswith("이에요.") else len("예요.")
            held = _HOLDS_AS_SET.sub(r"\1담았어요.", sentence)
            out[-1] = f"{last[:-cut]}이고, {held}"
        else:
            out.append(sentence)
    return out


# What it holds said as a list or a set after what it is ("눈에 띄는 성분은 …이에요", "…을 담은 구성이에요")
_LISTED = re.compile(r"^(?:눈에 띄는 성분은|주목할 성분은|주요 성분은) [^,.]{2,40}(?:이에요|예요)\.$")
_HOLDS_AS_SET = re.compile(r"^([^,.]{4,50} )담은 구성이에요\.$")
_LISTED_JOINED_MOST = 95  # characters of the joined sentence


def _listed_after_kind(last: str, sentence: str, name: str) -> bool:
    """Whether `sentence` lists what the product holds right after `last` said only what it is, short enough to join."""
    kind = _KIND_BEFORE_COPULA.search(last)
    return (
        kind is not None
        and ". " not in last
        and ", " not in last
        and "담" not in last
        and bool(_LISTED.match(sentence) or _HOLDS_AS_SET.match(sentence))
        and len(last) + len(sentence) <= _LISTED_JOINED_MOST
        and kind.group("kind") not in sentence
    )


# a short sentence of what the product holds, its lead-in ("핵심 성분으로", "원료로는") dropped once joined
_HOLDS = re.compile(
    r"^(?:핵심 성분으로 |주요 성분으로 |원료로는 |성분으로는 )?(?P<rest>[^,.]{4,44}(?:담았어요|들어 있어요)\.)$"
)
_HOLDS_JOINED_MOST = 90  # characters of the joined sentence
_SKIN_VARIANT = re.compile("용$")  # a name that ends on whom it is for ("… 중·건성용")


def _named_as_topic(sentence: str, plan: MessagePlan, held: str) -> str:
    """ "{name}, …크림이에요." said as "{name}은 …크림이에요." (the appositive's comma would be the joined sentence's
    second), unless what it holds is a word of the name ("빨간쌀 … 에센스는 …, 빨간쌀 발효물을 담았어요": 동어반복)."""
    name = plan.facts.name
    if not sentence.startswith(f"{name}, ") or sentence.count(", ") != 1:
        return sentence
    if _says_name_word(held, name):
        return sentence
    return f"{name}{particle_for(name, '은')} {sentence[len(name) + 2 :]}"


def _holds_after_kind(last: str, sentence: str, name: str) -> bool:
    """Whether `sentence` says what the product holds right after `last` said only what it is ("…립 마스크예요.")."""
    return (
        last.endswith(_COPULA_ENDS)
        and _KIND_BEFORE_COPULA.search(last) is not None
        and ". " not in last
        and ", " not in last
        and "담" not in last  # never "…을 담은 …으로, …을 담았어요"
        and _HOLDS.match(sentence) is not None
        and len(last) + len(sentence) <= _HOLDS_JOINED_MOST
        # never "…녹여 내는 오일로, 올리브 오일·호호바 오일을 담았어요" (the kind said again: bench kind_echo)
        and _KIND_BEFORE_COPULA.search(last).group("kind") not in sentence
        # nor "립 슬리핑 마스크 베리는 …로, 베리 믹스 추출물을 담았어요" (a word of the name said again: name_taut)
        and not (name in last and _says_name_word(sentence, name))
    )


def _says_name_word(sentence: str, name: str) -> bool:
    """Whether `sentence` says a word of the name other than its kind ("베리 믹스 추출물" of 립 슬리핑 마스크 베리)."""
    return any(word.search(sentence) for word in _name_word_patterns(name))


@lru_cache(maxsize=1024)
def _name_word_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """_says_name_word's patterns, compiled once per name: re's own cache of 512 lost them to the composer's other
    dynamic patterns, and each recompile of the Hangul range cost about a millisecond."""
    words = [w for w in re.findall("[가-힣A-Za-z]{2,}", name) if w not in _KIND_NOUNS]
    return tuple(re.compile(f"(?<![가-힣]){re.escape(w)}") for w in words)


# What a product is, said as a sentence of its own: a kind (or the functional claim) and a copula. Readers 17-19
# read "…세럼이에요. …을 담았어요. …제형이에요." as short declaratives in a row ("짧은 문장 나열", "단문이 끊김").
_KIND_NOUNS = (
    "자외선 차단제", "기능성 화장품", "선크림", "선 스틱", "크림", "세럼", "에센스", "토너", "클렌저",
    "클렌징폼", "에멀젼", "에멀전", "로션", "앰플", "마스크", "미스트", "틴트", "쿠션", "파운데이션", "밤",
    "패드", "오일", "바디워시", "샴푸", "리무버", "소프너", "팩", "스틱", "젤 크림", "트리트먼트", "시트",
    "폼", "워터", "밀크", "컨실러", "립스틱", "팔레트",
    "젤", "세안제",  # round 34 (reading 85, s5592: "…쓰는 젤이에요. …담은 구성이에요", "사실 나열식 이음새")
)  # fmt: skip
_KIND_BEFORE_COPULA = re.compile("(?P<kind>" + "|".join(_KIND_NOUNS) + ")(?:이에요|예요)\\.$")
# a definition joined to a phrase ("…세럼으로, 은은하게 나는 … 향"): _evaluations_said_once
_JOINED_CLAUSE = re.compile("(?:으로|로), ")
_JOINED_TAIL = re.compile(
    r"^(?P<head>[^,]*(?:" + "|".join(sorted(_KIND_NOUNS, key=len, reverse=True)) + r"))(?:으로|로), (?P<tail>[^,]+)$"
)
_DEFINES = re.compile(r"^(?P<np>[^,.?!]*?(?:" + "|".join(_KIND_NOUNS) + r"))(?:이에요|예요)\.$")
# An ingredient line (lines.INGREDIENT_LINES) that joins a definition as what it holds: "X을 담은 …세럼이에요".
# Each reader's own way of reading a label stays ("핵심 성분으로", "눈에 띄는 성분은", "원료로는": persona-swapped
# messages must differ): only the plain "X을 담았어요" and the luxury reader's "핵심 성분으로 X을 담았어요" become a
# holding of the definition ("X을 (핵심 성분으로) 담은 …크림이에요"); the others join it after "…크림으로,".
# A label line on "담았어요" ("원료로는 X·Y을 담았어요") is no holding: "원료로는 X을 담은, …파운데이션입니다" reads
# as a broken sentence (reading 26, s4048: "'포뮬러에는 …을 담은, … 파운데이션입니다' 문장 호응이 어색").
_HOLDS_LINE = re.compile(
    r"^(?!주요 성분으로 |주요 성분은 |눈에 띄는 성분은 |주목할 성분은 |원료로는 )"
    r"(?P<core>핵심 성분으로 )?(?P<what>[^,.]+?)(?:을|를) 담았어요\.$"
)
_LABEL_LINE = re.compile(r"^(?:주요 성분으로 |주요 성분은 |눈에 띄는 성분은 |주목할 성분은 |원료로는 )[^,]+\.$")
FLOW_MOST = 92  # characters of a joined sentence: past this it reads as a run-on


# A hook on "…때예요" before a sentence that ends on a copula too ("…더하기 좋은 때예요. …을 담은 보습 로션이에요."):
# the hook says the same on a verb ("…더하기 좋아요."), so no two sentences in a row end alike.
_HOOK_ENDINGS = tuple(
    (re.compile(pattern), plain)
    for pattern, plain in (
        (r"기 좋은 때예요\.$", "기 좋아요."),
        (r"볼 때예요\.$", "볼 만해요."),
        (r"확인할 때예요\.$", "확인해 보면 좋아요."),
        (r"둘 때예요\.$", "두면 좋아요."),
        (r"지금이 좋은 때예요\.$", "지금 전하기 좋아요."),  # "권하고 싶은 분 … 지금 권하기" (reading 21)
    )
)
_COPULA_END = re.compile(r"(?:이에요|예요)\.$")
_NOUN_END = re.compile(r"(?:이에요|예요|입니다)\.$")  # the copula under 해요체 and 합쇼체


def _hook_on_a_verb(hook: str) -> str:
    for pattern, plain in _HOOK_ENDINGS:
        if pattern.search(hook):
            return pattern.sub(plain, hook)
    return hook


# A price said as a noun phrase before a comma ("150ml에 정가 65,000원, 계산하면 …") and a formula tacked on as a
# sentence of its own ("여기에 히알루론산까지 더한 구성이에요."): said as a writer joins them (reading 21: "'150ml에
# 정가 65,000원,' 구절은 매끄럽게", "'여기에 히알루론산까지 더한 구성' 덧붙인 문장").
_SMOOTHED = (
    (re.compile(r"(정가 [\d,]+원), 계산하면 "), r"\1이니 계산하면 "),
    (re.compile(r"(정가 [\d,]+원), "), r"\1이고, "),
    (re.compile(r"여기에 ([^.]+?)까지 더한 구성이에요\."), r"\1까지 더했어요."),
)


def _smoothed(sentence: str) -> str:
    if "정가" not in sentence and "더한 구성" not in sentence:
        return sentence
    for pattern, wording in _SMOOTHED:
        sentence = pattern.sub(wording, sentence)
    return sentence


@lru_cache(maxsize=4096)  # the same for each paragraph of a message (read only: never mutate it)
def _proof_kinds(proofs: tuple[str, ...], parts: tuple[str, ...]) -> dict[str, str]:
    kinds = dict(zip(proofs, parts[2:], strict=False))  # plan.parts: angle, styles, then each proof's kind
    kinds |= {_smoothed(proof): kind for proof, kind in kinds.items()}
    return kinds


def _flowing(paragraph: list[str | None], plan: MessagePlan, theirs: frozenset[str] = frozenset()) -> list[str | None]:
    """A paragraph whose definition ("…세럼이에요.") and the fact after it are one sentence: "X을 담은 …세럼이에요"
    where the fact is what it holds and the definition says no holding of its own, else "…세럼으로, {fact}" (a fact
    of the plan's proofs, never the hook, an offer, a tip, a question or a sentence opening on the product)."""
    kinds = _proof_kinds(plan.proofs, plan.parts)
    # a natural or sensitive reader's reason may be the ingredient the name says (어린쑥, 병풀): said, not dropped
    keep = plan.angle.key in _HELD_IS_REASON
    sentences = [_smoothed(_as_named(s, plan.facts.name, keep, plan.facts.ingredients)) for s in paragraph if s]
    out: list[str | None] = []
    i = 0
    while i < len(sentences):
        sentence = sentences[i]
        after = sentences[i + 1] if i + 1 < len(sentences) else None
        kind = kinds.get(after or "")
        joined = _joined_fact(sentence, after, kind, plan) if after and kind and sentence != plan.hook else None
        if joined:
            out.append(joined)
            i += 2
            continue
        if sentence == plan.hook and sentence not in theirs and after and _COPULA_END.search(after):
            sentence = _hook_on_a_verb(sentence)  # the marketer's key message is never reworded
        out.append(sentence)
        i += 1
    if not keep:  # joined since: said once
        out = [_NAMED_HELD.sub("", s, count=1) if s and AS_NAMED in s else s for s in out]
    season = plan.values.get("season") or "\0"
    if season in plan.title or season in plan.plain_title:
        # a season's title over "사계절 쓰기 좋은 …" (reading 31: the title and the body disagree): the same fact, said
        # of the title's season
        out = [s.replace("사계절 ", f"{season}에도 ", 1) if s and "사계절 " in s else s for s in out]
    # "이름 그대로 살리실산을 담은 클렌저예요." after a sentence that named the product says nothing the name did not
    # (where three sentences stay: a short message keeps it rather than thin out)
    named_at = next((i for i, s in enumerate(out) if s and plan.facts.name in s), len(out))
    kept = [s for i, s in enumerate(out) if not (i > named_at and s and _NAMED_ONLY.match(s))]
    out = kept if len(kept) >= 3 and not keep else out
    return _bare_kind_folded(_definition_led(_opener_joined(out, plan), plan), plan)


# Round 36 (readings 88-89, s6859: "제품 정의가 마지막"; s4248: "'놓치기 아깝습니다' 뒤 문장 순서"): the FOMO style's
# hook said its point, then what a reader would miss, then what the product is. plan.py says the missing-out line after
# the facts; here the point and a bare definition after it ("…에서 먼저 눈여겨볼 건 말랑한 제형이에요. 자는 동안 수분을
# 채우는 팩이에요.", two copulas in a row) become one opener that says what the product is first: "워터 슬리핑 마스크는
# 자는 동안 수분을 채우는 팩으로, 베개에 잘 묻어나지 않는 말랑한 제형이 돋보여요."
_POINT_LEADS = (
    re.compile(r"^(?P<name>.+?)에서 먼저 눈여겨볼 건 (?P<feature>[^,.]+?)(?:이에요|예요)\.$"),
    re.compile(r"^(?P<name>.+?)[은는] (?P<feature>[^,.]+?)[이가] (?:돋보여요|매력이에요)\.$"),
)


def _definition_led(sentences: list[str | None], plan: MessagePlan) -> list[str | None]:
    if not plan.fomo or not plan.fomo.startswith(_UNTRIED):
        return sentences
    name = plan.facts.name
    for i in range(len(sentences) - 1):
        hook, definition = sentences[i], sentences[i + 1]
        if hook != plan.hook or not definition:
            continue
        point = next((m for m in (p.match(hook) for p in _POINT_LEADS) if m and m.group("name") == name), None)
        kind = _DEFINES.match(definition)
        if not point or not kind or _USE_SCENE_END.search(point.group("feature")):
            return sentences
        feature = point.group("feature")
        np = kind.group("np")
        said_kind = np.split()[-1]
        # "…크림으로, 덧발라도 답답하지 않은 크림 제형이" says the kind twice: the texture is the kind's
        feature = feature.replace(f" {said_kind} 제형", " 제형")
        led = f"{name}{particle_for(name, '은')} {np}{particle_for(np, '으로')}, "
        led += f"{feature}{particle_for(feature, '이')} 돋보여요."
        if len(led) > FLOW_MOST:
            return sentences
        return [*sentences[:i], led, *sentences[i + 2 :]]
    return sentences


_USE_SCENE_END = re.compile("(?:루틴|날|아침|저녁|밤|순간)$")
_UNTRIED = "아직 써 보지 않으셨다면 "  # the hook's missing-out line plan.py says after the facts


_TRUST_HOLDS = re.compile(r"(?<=로, )성분을 꼼꼼히 보는 분이 믿고 고를 수 있게 (?P<what>.+?)[을를] 담았어요\.$")
# The luxury reader's joined opener (lines.OPENER_JOINED) in three wordings, one by the seed's own choices (the title
# and the close): one clause in all 84 luxury informative leads of a campaign read as a template, and its own wording
# read as a causal slip (reading 33, s3698: "'믿고 고를 수 있게 ~를 담았습니다' 인과가 어색")
_TRUST_WORDINGS = (
    "핵심 성분인 {what}{이} 들어 있어요.",
    "{what}{을} 중심 성분으로 담았어요.",
    "성분표를 먼저 보는 분이 반길 {what}{을} 담았어요.",
)


def _opener_worded(joined: str, plan: MessagePlan) -> str:
    """The joined ingredient opener in the wording the seed picks (_TRUST_WORDINGS), the same fact in each."""
    match = _TRUST_HOLDS.search(joined)
    if not match:
        return joined
    what = match.group("what")
    pick = sum(map(ord, plan.title + plan.close)) % len(_TRUST_WORDINGS)
    worded = _TRUST_WORDINGS[pick].format(what=what, 을=particle_for(what, "을"), 이=particle_for(what, "이"))
    return joined[: match.start()] + worded


def _opener_joined(sentences: list[str | None], plan: MessagePlan) -> list[str | None]:
    """The ingredient opener and the definition right after it as one sentence: "…은 토너 다음에 바르는 보습 에멀젼으로,
    … 나이아신아마이드를 담았어요", never "…에는 나이아신아마이드가 담겨 있어요. 토너 다음에 바르는 보습 에멀젼이에요."
    (reading 32: "조립한 듯한 문장", "문장이 뚝뚝 끊김")."""
    joined = plan.values.get("opener_joined")
    if not joined or plan.hook != plan.values.get("opener"):  # a hook reworded since (a season, a hair word) stays
        return sentences
    joined = _opener_worded(joined, plan)
    for i in range(len(sentences) - 1):
        # only the bare definition: one that carries the functional claim too ("…아이크림이자 … 기능성 화장품") keeps it
        if sentences[i] == plan.hook and sentences[i + 1] == lines.fill(lines.RENAMED_LINE, plan.values):
            return [*sentences[:i], joined, *sentences[i + 2 :]]
    return sentences


_BARE_KIND = re.compile(r"^([가-힣]+(?: [가-힣]+){0,2})(?:이에요|예요)\.$")
_HELD_KIND = re.compile(r"^([가-힣]+)[을를] 담은 [가-힣]+$")  # "살리실산을 담은 클렌저"
# A kind and the words a product's name says it with ("클렌저" in "…클렌징 폼")
_SAME_KIND = {
    "클렌저": ("클렌저", "클렌징", "폼", "워시"),
    "에멀젼": ("에멀젼", "에멀전", "유액", "로션"),
    "유액": ("유액", "에멀젼", "에멀전", "로션"),
    "팩": ("팩", "마스크"),
    "마스크": ("마스크", "팩"),
}


def _bare_kind_folded(sentences: list[str | None], plan: MessagePlan) -> list[str | None]:
    """A bare kind ("보습 에멀젼이에요.") right after a sentence that named the product said with the name: before it
    ("성분부터 살펴보면, 보습 에멀젼 하이드로 리플렉팅 플루이드에는 …"), or not at all where the name already says the
    kind (reading 21: "…의 산뜻한 제형, 쓰는 순간 바로 느껴져요. 보습 유액이에요." reads as assembled)."""
    name = plan.values.get("product") or plan.facts.name
    for i in range(len(sentences) - 1):
        before, bare = sentences[i], sentences[i + 1]
        if not before or bare != plan.product_after_hook or name not in before:
            continue
        match = _BARE_KIND.match(bare)  # any kind ("보습 유액"), not only _KIND_NOUNS: this is the definition line
        noun_phrase = match.group(1) if match else ""
        words = noun_phrase.split()
        if not noun_phrase or "·" in noun_phrase:
            continue
        named = any(kind in name for kind in _SAME_KIND.get(words[-1], (words[-1],)))  # "…유액 … 자음유액"
        held = _HELD_KIND.match(noun_phrase)
        if held and named:
            # "살리실산을 담은 클렌저예요." after the name that says it is a cleanser: what it holds, said of it
            # (reading 24, s8005: "짧은 문장이 끊겨 조립된 느낌")
            what = held.group(1)
            kind = words[-1]
            said = f"이 {kind}에는 {what}{particle_for(what, '이')} 들어 있어요."
            return [*sentences[: i + 1], said, *sentences[i + 2 :]]
        # a described kind ("살리실산을 담은 클렌저") keeps its sentence where the name does not say the kind
        if len(words) > 3 or held:
            continue
        at = before.find(name)
        if named:
            # "각질 케어 토너예요." after "… 청보리 마일드 필링 토너, 잘 쓰고 계신가요?": the name said the kind, the
            # bare sentence only chops the flow (reading 24, s1940: "'보습 유액이에요' 뚝 끊기고")
            return [*sentences[: i + 1], *sentences[i + 2 :]]
        if len(words) > 2:
            continue
        if at == 0 or before[at - 1] == " ":
            folded = f"{before[:at]}{noun_phrase} {before[at:]}"
            return [*sentences[:i], folded, *sentences[i + 2 :]]
    return sentences


# The proofs that say more of what the product is (plan._proofs' kinds): a review, a price, a friend's line or the
# reader's own line after "…크림으로," reads as a non sequitur ("…보습 토너로, 다른 분들도 … 후기를 남겼습니다").
_JOINS_AS_MORE = frozenset({"reason", "claim", "point2", "fit"})
# a fact with its own comma or "…으로", a condition ("예민한 날이라면 …") or a how-to: joined, it runs on
_APART = re.compile(r", |으로 |로, |라면 |다면 |에는 |후기|정가|원꼴|‘|먼저|는 건 ")


def _topic_end(text: str, name: str) -> int:
    """Where what is said of the product begins, after "{name}은 " / "{name}는 "; -1 where the name is no topic."""
    at = text.find(name)
    end = at + len(name) + 2
    return end if at >= 0 and text[end - 2 : end] in ("은 ", "는 ") else -1


_HELD_IS_REASON = frozenset({"natural", "sensitive"})


def _as_named(sentence: str, name: str, keep: bool = False, others: tuple[str, ...] = ()) -> str:
    """ "빨간쌀 보습탄력 에멀젼은 빨간쌀 발효물과 …을 담은 …" says it on purpose: "…에멀젼은 이름 그대로 빨간쌀
    발효물과 …" (reading 19: "'알파인베리 크림은 알파인베리 추출물' 동어반복")."""
    if AS_NAMED in sentence:
        if keep:
            return sentence
        dropped = _NAMED_HELD.sub("", sentence, count=1)
        at = sentence.index(AS_NAMED)
        if dropped != sentence or _topic_end(sentence, name) != at:  # a bare "이름 그대로 …" goes (_flowing)
            return dropped
        # "…크림은 이름 그대로 알파인베리 추출물을 담은 수분 크림이에요" -> "…크림은 수분 크림이에요"
        written = named_definition(sentence[at + len(AS_NAMED) :].rstrip("."), name, True, others)
        return f"{sentence[:at]}{written}{'.' if sentence.endswith('.') else ''}" if written else sentence
    end = _topic_end(sentence, name)
    if end < 0:
        return sentence
    rest = sentence[end:]
    first = rest.split(" ", 1)[0]
    added = _ADDED_TO_NAMED.match(rest)
    if not keep and added and any(first.startswith(word) for word in _held_name_words(name)):
        # "…선크림은 어린쑥 추출물에 병풀 추출물을 더한 선크림이에요" says the name's ingredient back to it (long_flow
        # name_echo): what is added is what the name does not say ("…선크림은 병풀 추출물을 더한 선크림이에요"); a
        # natural or sensitive reader (`keep`) hears the named plant, their reason
        return f"{sentence[:end]}{added.group('added')}"
    if "담은 " in rest and any(first.startswith(word) for word in _held_name_words(name)):
        # said so that it adds to the name where it can: "…크림은 어린쑥에 히알루론산을 더한 …" (reading 32, s1811:
        # "'이름 그대로' 동어반복")
        written = named_definition(rest.rstrip("."), name, not keep, others)
        if written:
            return f"{sentence[:end]}{written}{'.' if rest.endswith('.') else ''}"
        said = f"{sentence[:end]}{AS_NAMED}{rest}"
        return said if keep else _NAMED_HELD.sub("", said, count=1)
    return sentence


# what the name says, said back to it before what the sentence goes on to say ("…선크림은 이름 그대로 어린쑥 추출물을
# 담은 선크림으로, SPF50+/PA++++로 …"): left out, the sentence says the rest of it ("…선크림은 SPF50+/PA++++로 …")
_NAMED_ONLY = re.compile(r"^\W*이름 그대로 [^,.]+?(?:을|를) (?:함께 )?담은 [^,.]+?(?:이에요|예요|입니다)\.$")
_NAMED_HELD = re.compile(r"이름 그대로 [^,.]+?(?:을|를) (?:함께 )?담은 [^,.]+?(?:이자 |으로, |로, )")


_ADDED_TO_NAMED = re.compile(r"^[^,.]+?에 (?P<added>[^,.]+?(?:을|를) 더한 .+)$")


@lru_cache(maxsize=1024)
def _held_name_words(name: str) -> tuple[str, ...]:
    """The words of a product's name that may name an ingredient (two syllables or more, no kind)."""
    return tuple(w for w in re.findall(r"[가-힣]{2,}", name) if w not in _KIND_NOUNS)


def _joined_fact(definition: str, fact: str, kind: str, plan: MessagePlan) -> str | None:
    """The definition and the fact after it as one sentence, or None where they do not join."""
    match = _DEFINES.match(definition)
    if not match or "?" in fact or fact.endswith("세요.") or fact.startswith(("이 ", plan.facts.name)):
        return None
    brand = plan.values.get("brand") or "\0"  # "…클렌저로, 일리윤은 … 브랜드예요": the house is its own topic
    if fact.startswith(tuple(brand + particle for particle in ("은 ", "는 ", "이 ", "가 "))):
        return None
    noun_phrase = match.group("np")
    holds = _HOLDS_LINE.match(fact) if kind == "ingredients" else None
    what = holds.group("what") if holds else None
    if what and "담은" not in noun_phrase and "담아" not in noun_phrase and "·" not in noun_phrase:
        name = plan.facts.name
        topic = ""
        if name in noun_phrase:  # the product is the topic ("곁에 두고 쓰시는 …클렌저는 …"): the holding follows it
            end = _topic_end(noun_phrase, name)
            if end < 0:
                return None
            # "알파인베리 크림은 알파인베리 추출물을 담은 …" (reading 19: "동어반복"): the name's ingredient stays apart
            if any(word in what for word in _held_name_words(name)):
                return None
            topic, noun_phrase = noun_phrase[:end], noun_phrase[end:]
        lead = f"{what}{particle_for(what, '을')} {holds.group('core') or ''}담은"  # type: ignore[union-attr]
        # a bare kind before a comma has no subject: "미스트로, 어린쑥과 … 담았습니다" (reading 26, s1416: "'미스트로,'
        # 문장이 깨짐"), so that wording needs the product as the topic or a described kind
        if (topic or len(noun_phrase.split()) > 3) and not holds.group("core") and (len(noun_phrase) + len(what)) % 2:  # type: ignore[union-attr]
            # two wordings, so no one frame runs through the campaign
            sentence = (
                f"{topic}{noun_phrase}{particle_for(noun_phrase, '으로')}, {what}{particle_for(what, '을')} 담았어요."
            )
        elif len(noun_phrase.split()) > 2:  # a described kind ("…잘 붙는 부드러운 시트") keeps its description apart
            sentence = f"{topic}{lead}, {noun_phrase}"
        else:
            sentence = f"{topic}{lead} {noun_phrase}"
        if not sentence.endswith("."):
            sentence += "이에요." if final_consonant(noun_phrase) else "예요."
    elif kind == "ingredients" and _LABEL_LINE.match(fact) and "담은" not in noun_phrase:
        # on the copula, never "…세럼으로, 눈에 띄는 성분은 …입니다" nor "…크림으로, 주요 성분으로 …" (a label line is a
        # clause of its own, not what the kind is for)
        sentence = f"{noun_phrase}이고, {fact}"  # "…크림이고, 원료로는 …"
    elif kind in ("price", "fit") and fact.endswith("원꼴이에요.") and "후기" not in fact:
        # "…선크림이에요. 60ml에 정가 22,000원, 계산하면 1ml당 약 370원꼴이에요." → "…선크림으로, 60ml에 정가
        # 22,000원이니 계산하면 1ml당 약 370원꼴이에요." (the figure stays a computation: reader_fit's tests)
        fact = fact.replace("원, 계산하면 ", "원이니 계산하면 ")
        if ", " in fact:
            return None
        sentence = f"{_joined_kind(noun_phrase, plan)}, {fact}"
    elif kind not in _JOINS_AS_MORE or _DEFINES.match(fact) or _APART.search(fact) or _HOW_TO.search(fact):
        return None  # a second holding or definition, or a fact with its own comma: joined, it runs on
    elif _NOUN_END.search(fact):  # "…세럼으로, 은은하게 나는 상큼한 녹차 향입니다" (reading 39, s2638: "문장 구조
        return None  # 어색"): a fact that is a noun phrase is no clause to follow "…으로,", in either speech level
    else:
        fact = _kind_said_once(fact, noun_phrase.rsplit(" ", 1)[-1])
        if fact is None:
            return None
        sentence = f"{_joined_kind(noun_phrase, plan)}, {fact}"
    return sentence if len(sentence) <= FLOW_MOST else None


def _joined_kind(noun_phrase: str, plan: MessagePlan) -> str:
    """The definition as the first clause of a joined sentence: "{name}은 …크림으로," where the product is its topic
    or the kind is described at length, else on the copula ("…보습 크림이고,"): a bare kind before "으로," has no
    subject and reads as broken (reading 26, s1416: "'미스트로,' 문장이 깨짐"; s3078: "'수분 크림으로, 히알루론산을
    담았어요' 어색")."""
    # a described kind ("히알루론산을 담은 수분 크림으로, …") reads as the copy it is
    if _topic_end(noun_phrase, plan.facts.name) >= 0 or len(noun_phrase.split()) > 3:
        return f"{noun_phrase}{particle_for(noun_phrase, '으로')}"
    return f"{noun_phrase}이고"


# The particles a kind word takes as a subject or object, and the ones "제형" takes in its place.
_AS_TEXTURE = (("이 ", "이 "), ("가 ", "이 "), ("을 ", "을 "), ("를 ", "을 "), ("은 ", "은 "), ("는 ", "은 "))


def _kind_said_once(fact: str, kind: str) -> str | None:
    """The fact joined after "…{kind}으로, " without the kind again: "…눈가 전용 크림으로, 쫀쫀한 크림이 눈가에
    밀착되어" (reading 22, s4276: "'크림으로…크림이' 반복") says "쫀쫀한 제형이"; a fact that names the kind otherwise
    ("…오일·"), None (the two stay apart)."""
    if kind not in fact:
        return fact
    if fact.startswith(kind):  # "…밤으로, 밤 제형이지만 …": no modifier to keep, the two stay apart
        return None
    fact = fact.replace(f" {kind} 제형", " 제형")
    for particle, texture in _AS_TEXTURE:
        fact = fact.replace(f" {kind}{particle}", f" 제형{texture}")
    return None if kind in fact else fact


def _chars(paragraphs: list[list[str | None]]) -> int:
    return sum(len(s) + 1 for p in paragraphs for s in p if s)


def _frame_size(request: GenerationRequest, title: str, cta: str) -> int:
    """What the channel adds around the body (ad label, sender, footer), in the channel's unit."""
    resolved = request.resolved
    sender = resolved.brief.sender or resolved.brand.name
    frame = channel_text(
        title,
        "",
        cta,
        resolved.channel,
        is_ad=resolved.is_ad,
        sender=sender,
        opt_out_number=OPT_OUT_SAMPLE,
        link=resolved.brief.link_url,  # an SMS/LMS carries it in its text, counted like the frame
    )
    return measure(frame, resolved.channel).length + MARGIN


def _fits(request: GenerationRequest, body: str, frame: int) -> bool:
    return measure(body, request.resolved.channel).length + frame <= request.resolved.channel.body_limit


def _push_form(plan: MessagePlan, greeting: str, request: GenerationRequest, emoji: list[str]) -> tuple[str, str]:
    """(title, body) that fit the display guideline with the emoji `_with_emoji` will add: the
    first tier of push.py's bodies that fits, beside a title that makes a promise where one
    leaves room, else the last-resort title (the name or the event's invitation alone). With an
    event the better title comes first (the product beside the event's invitation), without one
    the richer body. The tightest body when nothing fits (the guard flags it)."""
    titles = push.titles(plan, request.evidence.event, request.variant, request)
    added = sum(len(e) + 1 for e in emoji)
    limit = request.resolved.channel.body_limit
    label = push.button(plan, request.evidence.event)
    rooms = [(title, limit - _frame_size(request, title, label) - added) for title in titles]
    tiers = push.bodies(plan, request)
    title_first = request.evidence.event is not None

    skip = _name_words(plan)
    theirs = _marketers(plan, request)

    fixed = frozenset({plan.usage or ""}) | theirs

    @cache
    def untangled(sentence: str) -> str:  # a tier's forms say mostly the same sentences: each worked out once
        return sentence if sentence in theirs else _definition_untangled(sentence, plan)

    def primed(said: list[str]) -> list[str]:
        _prime(said)
        return said

    @cache
    def sized(tier: int) -> _Replayed[tuple[str, int]]:  # each body said once and measured when a pass reaches it
        forms = ([untangled(s) for s in sentences if s] for sentences in tiers[tier])  # each when a pass reaches it
        bodies = (greeting + _join(_push_said_once(primed(said), skip, fixed)) for said in forms)
        return _Replayed((body, measure(body, request.resolved.channel).length) for body in bodies)

    # Tier by tier (a styled call to action, a plain one, none): within a tier a promising title
    # first, then any title; a richer tier with the last-resort title beats a poorer one with a
    # promising title.
    # Readings 20-21 (short13): a title that opens on the body's first words ("X 로션, 선물엔 …" over "X 로션은 …") says
    # the name twice in a row: beside the title a pass finds first, the tier's body whose product line opens otherwise
    # ("정성이 깃든 X는 …") and says the rest alike, where one fits; the title stays (another title said the offer's
    # condition twice).
    # Reading 22: within a tier, a title its body and button keep (push.mismatched) beats any other pass's title.
    # Round 40 (s9903, 2.5): a sensitive reader's title ("예민하다면 알고 쓰는 …") over a body with no care broke its
    # promise; the first pass takes the tier's body that keeps it (push.title_angle_kept), so the body gives way, not
    # the title: a body whose title would be one it does not keep waits for the next body.
    # Round 41: the first strict passes also pass over a body that says the name's own ingredient beside the name (the
    # tier's demoted echo, next once phrase_twice passes over its first body: "카밍 샷 아줄렌 크림은 아줄렌과 …"), and
    # every strict pass over a sensitive reader's body with no caution where the active needs one (push.cautioned;
    # reading 101, s8443: a retinol push with none under "오늘 시작하는 …").
    name = plan.facts.name
    own = push.name_own_words(name, plan.facts.ingredients)
    careful = push.cautioned(plan)

    def clash(title: str, body: str, clean: bool = True) -> bool:
        return (
            push.mismatched(title, body, name, label)
            or (careful and not push.CAUTION_SAID.search(body))
            or (clean and push.name_echoed(body, name, own))
        )

    passes = (
        (True, True, True),
        (True, False, True),
        (True, False, False),
        (False, False, False),
    )  # strict, kept, clean
    tier = -1
    while tiers.has(tier := tier + 1):  # a tier at a time: a budget chooser's held layout settles as it is read
        for (strict, kept, clean), (usable, by_title) in itertools.product(
            passes, ((rooms[:-1], title_first), (rooms, False))
        ):
            forms = sized(tier)
            if kept:
                found = _angle_kept_pair(forms, usable, by_title, clash)  # the first pass: clean too
            else:
                pairs = ((t, b) for t in usable for b in forms) if by_title else ((t, b) for b in forms for t in usable)
                found = next(  # the size first: most pairs a pass meets do not fit, and mismatched reads both texts
                    (
                        (title, room, body)
                        for (title, room), (body, size) in pairs
                        if size <= room and not (strict and clash(title, body, clean))
                    ),
                    None,
                )
            if found is None:
                continue
            title, room, body = found
            if _opens_alike(title, body.removeprefix(greeting)) and ". " in body:
                rest = body.split(". ", 1)[1]  # what follows the product line stays as it is
                body = next(
                    (
                        b
                        for b, size in forms
                        if size <= room and b.endswith(rest) and not _opens_alike(title, b.removeprefix(greeting))
                    ),
                    body,
                )
            if _opens_alike(title, body.removeprefix(greeting)) and ", " in title:  # else the same promise beside
                said = title.split(", ", 1)[1]  # the product named otherwise ("에스트라 크림, …")
                size = next(size for b, size in forms if b == body)
                title = next(
                    (
                        t
                        for t, r in usable
                        if t.endswith(f", {said}") and size <= r and not _opens_alike(t, body.removeprefix(greeting))
                    ),
                    title,
                )
            return title, body
    return min(titles, key=len), greeting + _join(tiers[-1][-1])


def _angle_kept_pair(
    forms: _Replayed[tuple[str, int]],
    usable: list[tuple[str, int]],
    by_title: bool,
    clash: Callable[[str, str], bool],
) -> tuple[str, int, str] | None:
    """The first (title, room, body) of a strict pass whose body keeps the title's reader angle
    (push.title_angle_kept): title by title, the first body that keeps it; body by body, the body's first fitting
    title, the body passed over where that title is one it does not keep (never a later title in its place)."""

    def fits(title: str, room: int, body: str, size: int) -> bool:
        return size <= room and not clash(title, body)

    if by_title:
        return next(
            (
                (title, room, body)
                for title, room in usable
                for body, size in forms
                if fits(title, room, body, size) and push.title_angle_kept(title, body)
            ),
            None,
        )
    for body, size in forms:
        first = next(((t, r) for t, r in usable if fits(t, r, body, size)), None)
        if first is not None and push.title_angle_kept(first[0], body):
            return first[0], first[1], body
    return None


_T = TypeVar("_T")
_END = object()  # a _Replayed source ran out


class _Replayed(Generic[_T]):
    """An iterator's items computed on first reach and replayed after, for loops nested over it: a push pass
    stops at the first body that fits, so the tier's later bodies (said once, measured: most of a push's cost)
    are never worked out."""

    def __init__(self, items: Iterator[_T]) -> None:
        self._source = items
        self._reached: list[_T] = []

    def __iter__(self) -> Iterator[_T]:
        at = 0
        while True:
            if at == len(self._reached):
                item = next(self._source, _END)
                if item is _END:
                    return
                self._reached.append(item)  # type: ignore[arg-type]
            yield self._reached[at]
            at += 1


def _opens_alike(title: str, body: str) -> bool:
    """Whether a push title and its body open on the same two words ("세라마이드 아토 로션, …" / "세라마이드 아토
    로션은 …")."""
    first = title.split(maxsplit=2)[:2]
    return len(first) == 2 and body.startswith(" ".join(first))


def _push_said_once(said: list[str], skip: frozenset[str], fixed: frozenset[str]) -> list[str | None]:
    """A push body's sentences (the name's words already out of what it says the product is: _definition_untangled)
    with each telling word said once where another wording is at hand (nothing is dropped: each sentence of a push
    carries its part); the `fixed` sentences (the usage step, the marketer's) as written."""
    return said_once_each(said, frozenset(), fixed, skip)


_SmsItem = tuple[int, tuple[str, str], str, str]  # tier, angle, text, form kind
VARIANTS_WANTED = 3  # a Compare grid shows three variants: keep that many distinct bodies at hand
CANDIDATES_KEPT = 24  # fitting SMS bodies worth conjugating: enough distinct angles for every variant
ORDERED = 8  # tier cost of a bare 합쇼체 order: more than leaving the reader's adverb out (4), less than the style (64)
STYLE_ORDERED = 64  # an order said only for the style's sake: no better than a line without the style
SUITED = 6  # of a 합쇼체 ask said as what the product is good for ("…권하기 좋습니다"): less than an order
SMS_FORMS = 8  # forms laid out per SMS: more than the guard ever tries (the template backend tries 6)


def _sms_candidates(request: GenerationRequest, plan: MessagePlan, name: str, frame: int) -> list[_SmsItem]:
    """The bodies naming the product as `name` that fit at the brief's speech level, best tier first
    (합쇼체 is never shorter than 해요체, so the 해요체 budget prunes before conjugating; the tone ends the ask,
    sms.voiced). Only the best
    CANDIDATES_KEPT are conjugated once one of them carries the brief in its style: variants and the
    guard's retries never reach further, and conjugation is most of an SMS's cost."""
    brief = request.resolved.brief
    budget = request.resolved.channel.body_limit - frame
    candidates = _sms_all(request, plan, name, budget)
    calm = _calm(request, plan)
    # a 합쇼체 referral whose ask fits only as the bare order or as praise ("…샴푸, 권해 보십시오.", "…추천할
    # 만합니다!", "…권하기 좋습니다!") asks the reader nothing they would do for a friend (reading 28, s3112: "'권해
    # 보십시오'가 뜬금없고", 2.5; reading 32: "권하기 좋습니다!" 2.5; reading 34, s6498: "공유 유도가 아니라 자화자찬",
    # 2.0; each beside no reason of the reader's own): such a body is no SMS, and the brief goes out as the flagged
    # LMS (referral LMS read 3-4 in reading 34)
    unasked = plan.stage == REFERRAL and brief.honorific == Honorific.hapsho
    key = (brief.tone, brief.honorific, budget, calm, unasked)
    known = _FITTING.get(candidates, key)
    if known is not None:
        return list(known)  # the caller's own list: it may extend it
    fitting: list[_SmsItem] = []
    styled_reason = False
    for candidate in candidates:
        if len(fitting) >= CANDIDATES_KEPT and styled_reason:
            break
        said = sms.voiced(candidate.text, brief.tone, brief.honorific, candidate.toned, calm)  # the tone's ending first
        fit = (t for t in said if t is candidate.text or sms.euckr_bytes(t) <= budget)
        # (beside the reader's own fact the praise has its ground: "미백 기능성 …, 권하기 좋습니다." stays)
        bare = unasked and "fact" not in candidate.carries.split("+")
        # nor is a favour ordered at 합쇼체 ("솔직 후기를 나눠 주십시오", "친구에게 소개해 주십시오"): reading 52,
        # s2538 read 2.0, "'나눠 주십시오'가 명령조", "한 줄 요청뿐"; the brief goes as the flagged LMS, which says what
        # the campaign holds (sms_overflow=shorten still sends it: _sms_within)
        text = next(
            (t for t in fit if not (bare and t.endswith((*sms.ORDER_ENDS, *sms.SUITS_ENDS))) and not sms.bare_order(t)),
            None,
        )
        if text is not None:  # bodies() kept the 해요체 within budget
            styled = "+style" if candidate.styled else ""
            kind = f"sms-{candidate.carries}{styled}" + ("" if candidate.full_name else "-short-name")
            # a 합쇼체 ask said as a bare order ("…보십시오") gives way to one that invites ("…보시길 바랍니다")
            # with the reader's adverb left out (reading 12: "'권해 보십시오'라는 명령조"), never to one without the
            # reason, the offer or the style's word
            ordered = text.endswith(sms.ORDER_ENDS) and text != candidate.text
            # an ask said for the style (sms.STYLE_ASKS) is never worth an order: "…틴트, 느껴 보십시오."
            tier = (
                candidate.tier + ORDERED * ordered + STYLE_ORDERED * (ordered and candidate.angle[1] in sms.STYLE_ASKED)
            )
            tier += SUITED * text.endswith(sms.SUITS_ENDS)  # "…권하기 좋습니다": after an invitation, before an order
            fitting.append((tier, candidate.angle, text, kind))
            styled_reason = styled_reason or (bool(styled) and candidate.carries != "nothing")
    if any(text.endswith((*sms.ORDER_ENDS, *sms.SUITS_ENDS)) for _, _, text, _ in fitting):  # 합쇼체 only; stable
        fitting.sort(key=lambda item: item[0])
    _FITTING.put(candidates, key, tuple(fitting))
    return fitting


def _calm(request: GenerationRequest, plan: MessagePlan) -> bool:
    """A luxury brand's (a brand that never talks price: 설화수, 헤라) SMS, and any premium product's, ends on a
    full stop, never on "…봐요"/"…둬요": "!" reads light for it (reading 15: "헤라 톤에 느낌표 가벼움"), and so does
    the emotional tone's "…써 봐요" (reading 17: "13만 원 세럼에 '겨울엔 써 봐요'는 가볍고"), at every stage, not
    only beside an offer or a referral (the friendly "…볼까요?" stays: an invitation, and the tone's own mark).
    Pricey is where "쟁여" gives way too (sms.STOCKPILE_PRICE)."""
    pricey = plan.facts.premium or (plan.facts.price or 0) >= sms.STOCKPILE_PRICE
    return not voice_of(request.resolved.brand).price_talk or pricey


# _sms_candidates's bodies by the (cached, immutable) candidate tuple they were chosen from, the tone, the
# speech level and the budget: the same for every brief and seed that asks for them.
_FITTING: OwnedCache[tuple[_SmsItem, ...]] = OwnedCache(4096)


def _sms_all(
    request: GenerationRequest, plan: MessagePlan, name: str, budget: int | None, styled: bool = True
) -> tuple[sms.SmsBody, ...]:
    """Every SMS body for `name`: a promotion's offer before the ask, a content or service event's own SMS
    wording as the ask (its invitation); an event without one is left out (sms_carries sends it as LMS). Not
    `styled`: the bodies without the style's word."""
    brief = request.resolved.brief
    price_talk = voice_of(request.resolved.brand).price_talk
    event = request.evidence.event if request.evidence.event and request.evidence.event.is_promotion else None
    when = sms.moment(plan.styles, season_of(brief.scheduled_at), name, event is not None, plan.stage) if styled else ()
    invited = _invitation(request)
    if invited is not None:
        following = plan.values.get("next", "")  # the next step's product, for the line guide (Catalog.next_in_routine)
        return sms.invite_bodies(
            name, plan.facts, plan.angle, brief.tone, plan.stage, invited, price_talk, budget, when, following
        )
    return sms.bodies(name, plan.facts, plan.angle, brief.tone, plan.stage, event, price_talk, budget, when)


def _invitation(request: GenerationRequest) -> CampaignEvent | None:
    """The brief's content or service event when it has an SMS wording (its invitation) that suits the
    product's kind, else None."""
    event = request.evidence.event
    if event is None or event.is_promotion or not event.sms or _unfit_invitation(request):
        return None
    return event


def _unfit_invitation(request: GenerationRequest) -> bool:
    """A content event whose invitation asks nothing of this product ("바뀐 고민은 상담받아 보세요" for a lip
    tint): the SMS gives the reader's reason and the tone's ask instead (sms.invitation_fits)."""
    event = request.evidence.event
    category = getattr(request.resolved.product, "category", None)
    return event is not None and not event.is_promotion and not sms.invitation_fits(event, category)


_SHARING_WORDS = ("아까", "나누", "나눌", "나눠", "권하", "권해")  # a referral's urge to share, said once
_PASS_ON = re.compile("지인|친구|권할 때|권하실 때")  # a referral's line on whom it suits
# A sentence that tells how to apply or rinse: beside the usage step it says usage twice.
_HOW_TO = re.compile("바른 뒤|바른다면|바르고|세안 뒤|세안 후|덜어|펴 바르|두드려|문지르|요령|순서와 양|헹구")


# A verb's adnominal ending before the product's noun ("…용기에 담은 앰플", "…씻는 샴푸", "…가벼운 크림")
_ADNOMINAL = re.compile(r"(?:[가-힣](?:은|는|한|운|된|준|낸|온|린|친|든|진|쓴)|적은|높은|맑은|좋은|얇은) $")


_PRODUCT_SAID = re.compile("제품(?:이에요|입니다|이라|으로|이자|이기도)")


@lru_cache(maxsize=4096)
def _noun_said_once(line: str, name: str, noun: str) -> str:
    """The product line of a product whose name ends on its noun with the noun it says the product is given as
    "제품" ("…토닝 앰플은 빛과 공기를 막는 용기에 담은 제품이에요"): readings 38-40 read "앰플은 ~앰플입니다",
    "샴푸는…씻는 샴푸입니다" as repetition (s4219, s6886, s9733); 608 of 1,158 SMS briefs' LMS said it. Only where a
    verb's adnominal carries the noun: a kind said in a compound ("보습 에멀젼") stays."""
    last = noun.split()[-1] if noun else ""
    at = line.find(name)
    if not last or at < 0 or not name.endswith(last):
        return line
    rest = line[at + len(name) :]
    if not rest.startswith(("은 ", "는 ")):
        return line
    found = re.search(rf"{re.escape(last)}(?=이에요|예요|입니다|으로,|로,|이자 )", rest)
    if not found or "." in rest[: found.start()] or not _ADNOMINAL.search(rest[: found.start()]):
        return line
    end = rest[found.end() :]
    if end.startswith("예요"):
        end = "이에요" + end[2:]
    elif end.startswith("로,"):
        end = "으" + end
    head = line[: at + len(name)] + rest[: found.start()]
    return f"{head}제품{end}"


# An SMS brief's LMS whose reader line ends on the choice ("…민감성 피부도 쓸 수 있어, 요즘 새로 골라 보기 좋아요",
# fit.py) before a close that asks for it ("내 루틴에 맞는 이 선크림, 지금 골라 보세요") asks twice: the line keeps its
# fact and its tone's words, the close asks ("…쓸 수 있어, 요즘 매일 챙겨도 부담 없어요", fit.py's own; the calm
# "믿고 곁에 두기 좋아요"), or where the close says "요즘" the fact alone ("…쓸 수 있어요.")
_CHOICE_TAIL = re.compile(r"(?<=어), (요즘 새로|믿고 천천히|믿고 여유 있게) (?:골라 보기|들이기) 좋아요\.")
_CHOICE_KEPT = {"요즘 새로": ", 요즘 매일 챙겨도 부담 없어요.", "믿고 천천히": ", 믿고 곁에 두기 좋아요."}
_CHOICE_ASK = re.compile("골라|고르|들여|들이")
_EASES = re.compile("순하|순한|자극|민감|예민|편안|부드럽|가볍|가벼|산뜻|약산성|당김")


# Reading 43 (s5470: "'~입니다' 연속으로 딱딱"): the product line on what it is and the functional claim after it,
# two copulas in a row ("…캡슐에 담은 제품입니다. 피부 주름 개선에 도움을 주는 기능성 화장품입니다."), read as one
# sentence ("…제품으로, 피부 주름 개선에 도움을 주는 기능성 화장품입니다."); 32 of 1,158 SMS briefs' LMS said both
_COPULA_NOUN = re.compile(r"^(?P<head>[^,]+ (?P<noun>[가-힣A-Za-z]+))(?:이에요|예요)\.$")
_COPULAS_JOINED_MOST = 110  # characters: past this the two stay apart
# Round 31 (reading 65, s3425: "짧은 단문 나열로 딱딱"; reading 64, s2139: "성분 나열식"): the same two copulas with
# what the product holds after the definition ("…필오프 팩이에요. 감초 추출물·연꽃 추출물을 담았어요."), joined the
# same way ("…필오프 팩으로, 감초 추출물·연꽃 추출물을 담았어요."), a label said on "…(으)로" after "…이고,"
# ("…립 마스크이고, 핵심 성분으로 …", never "마스크로, 핵심 성분으로"), and never one that names the product
# again ("크림으로, 이 아이크림에는 …"); 49 of 1,267 grid SMS briefs' LMS said the two apart
_HELD_CLAIM = re.compile(r"^(?!이 |\S+에는 )[^,]{4,40}(?:담았어요|들어 있어요)\.$")
_HELD_THIS = re.compile(r"^이 [가-힣]+에는 (?=[^,]{4,40}(?:담았어요|들어 있어요)\.$)")
# a label said on "…(으)로" ("핵심 성분으로 …", "원료로는 …"): joined on "…이고," (never "팩으로, 원료로는")
_LABELED = re.compile(r"^(?:\S+ )?\S+로(?:는)? ")


def _copulas_joined(laid: list[list[str | None]], name: str) -> list[list[str | None]]:
    """`laid` with its first sentence, where it says what the product is, joined to a functional claim (_FUNCTIONAL)
    or what it holds (_HELD_CLAIM) right after it (no comma in either; the two in one string or in two). A
    definition that says a word of the name again stays its own sentence: joined, it reads as the name said back
    ("이름 그대로 …", _NAMED_HELD) and goes."""
    first = laid[0] if laid else []
    said = [(at, s) for at, s in enumerate(first) if s]
    if not said:
        return laid
    # round 35 (reading 87, s7135: "짧은 문장이 뚝뚝 끊기고": "코스알엑스는 … 브랜드입니다. 풀핏 프로폴리스 라이트
    # 크림은 가벼운 젤 크림입니다. 프로폴리스 추출물을 담았습니다."): the definition is the sentence that names the
    # product, after a house line too
    named = next((k for k, (_, s) in enumerate(said) if name in s), 0)
    at_line, text = said[named]
    line, _, claim = text.partition(". ")
    at_claim = None
    if not claim and len(said) > named + 1:
        at_claim, claim = said[named + 1]
    line += "." if not line.endswith(".") else ""
    # the name set apart ("…라이트 크림, 가벼운 젤 크림이에요.") is the topic of the one sentence, and what "이
    # 크림에는" points back at is said by the joint ("…젤 크림으로, 프로폴리스 추출물을 담았어요."): s7135's copulas
    if line.count(", ") == 1 and f"{name}, " in line:
        line = line.replace(f"{name}, ", f"{name}{particle_for(name, '은')} ", 1)
    this = _HELD_THIS.match(claim)
    claim = claim[this.end() :] if this else claim
    match = _COPULA_NOUN.match(line)
    if not match or not (claim.endswith(_FUNCTIONAL) or _HELD_CLAIM.match(claim)) or ", " in claim or ". " in claim:
        return laid
    # a skin variant of the name is said as its fit on the copula later ("…토너는 중·건성 피부에 맞춘, …토너예요":
    # sms.said_plainly): what it holds stays its own sentence there, never a second comma
    if not claim.endswith(_FUNCTIONAL) and sms._variant_topic(name, match.group("noun")):
        return laid
    rest = line.replace(name, " ")
    if any(len(w) > 1 and w not in sms._GENERIC_WORDS and w in rest for w in name.split()[:-1]):
        return laid
    noun = match.group("noun")
    joint = "이고" if _LABELED.match(claim) else particle_for(noun, "으로")  # "토너이고": written, never "토너고"
    joined = f"{match.group('head')}{joint}, {claim}"
    if len(joined) > _COPULAS_JOINED_MOST:
        return laid
    kept = [joined if i == at_line else s for i, s in enumerate(first) if i != at_claim]
    return [kept, *laid[1:]]


# Round 32 (readings 70-75: "럭셔리 고객의 성분·탄력 관점 없음" s4199, "안티에이징 관심사와 거리" s4035, "내추럴 고객
# 관점 없음" s9078, "민감 피부 관점이 모호함" s9187): an SMS brief's LMS whose sentences say nothing for its reader (on
# bench/push_persona_clause_check.py's wide rule: 26 luxury, 39 natural, 15 sensitive of ~135 each in
# bench/sms_persona_r32_check.py --n 700) gives them the one element the catalog holds, right after the product line,
# where the text before the ask stays within SMS_LMS_HANGUL: a luxury reader the registered function, else the key
# ingredients (no base any cream holds, no UV filter); a natural reader the plant-derived ingredients (no lab active);
# a sensitive reader the soothing ingredients, else their care line (reader.py). _copulas_joined then joins a held
# line to the definition ("…에멀젼으로, 당귀 추출물·인삼 추출물을 담았어요.").
_LUXURY_OWN = re.compile(
    r"주름 개선|미백|탄력|기능성|연구해|연구하는|\d%|세대|탄탄|윤기|아데노신|펩타이드|레티놀|레티날|레티노이드|바쿠치올"
    "|사포닌|콜라겐|진세노사이드"
)
_NATURAL_OWN = re.compile(
    "에서 얻은|에서 자란|유래|발효|제주|우리 쌀|국내산|자연에서|순하게 쓰|순한 사용감|자극 없이|당김이 적|당기지 않"
    "|편안해졌|당김을 덜|향료를 넣지"
)
_SENSITIVE_OWN = re.compile("약산성|무향|향료를 넣지|저자극|순한|순하게|민감|자극|진정|테스트|패치|예민|안심|편안")
# Round 34 (readings 82-85, s4022, s3078, s5415: "트렌드 고객이 반길 새로움·재미는 … 말투뿐", "트렌드 고객의 흥미
# 포인트가 없음"): a trend reader's text that says no finish, texture, talk among users or what is new hears the finish
# or texture the catalog states (_sms_trend_finish), last before an offer, within SMS_LMS_HANGUL
_TREND_OWN = re.compile("사이에서|이야기가|새로 나온|화제|신상")
_HELD_MOST = 2  # ingredients said in the added line
_HELD_CHARS = 14  # "베타인살리실레이트" fits; a longer name reads as a label, not a reason


def _sms_reader_said(plan: MessagePlan, said: str) -> bool:
    """Whether `said` (the product's name cut out) carries something of this reader's own (_LUXURY_OWN,
    _NATURAL_OWN, _SENSITIVE_OWN or an ingredient of theirs); the other readers always (not lifted here)."""
    key = plan.angle.key
    heads = [i.split()[0] for i in plan.facts.ingredients if len(i.split()[0]) >= 2]
    if key == "luxury":
        return bool(_LUXURY_OWN.search(said)) or any(h in said for h in heads)
    if key == "natural":
        plants = [i.split()[0] for i in plan.facts.ingredients if NATURAL_SOURCES.search(i)]
        return bool(_NATURAL_OWN.search(said)) or any(h in said for h in plants if len(h) >= 2)
    if key == "sensitive":
        soothing = [i.split()[0] for i in plan.facts.ingredients if any(s in i for s in SOOTHING)]
        return bool(_SENSITIVE_OWN.search(said)) or any(h in said for h in soothing if len(h) >= 2)
    if key == "trend":
        return bool(_SMS_TREND_FINISH.search(said) or _TREND_OWN.search(said) or _SMS_TREND_FIRST.search(said))
    return True


def _sms_reader_line(plan: MessagePlan, said: tuple[str, ...] = ()) -> str | None:
    """The line _sms_reader_lifted adds for this reader, None where the catalog holds nothing of theirs (a trend
    reader the finish or texture the catalog states, none that `said` says again: _sms_trend_finish)."""
    key = plan.angle.key
    facts = plan.facts
    if key == "trend":  # _sms_reader_lifted keeps the text before the ask within SMS_LMS_HANGUL (s4586)
        return _sms_trend_finish(plan, list(said), sized=False)
    compact = facts.name.replace(" ", "")
    if key == "luxury":
        function = next((p for p in plan.proofs if p.endswith(_FUNCTIONAL) and ", " not in p), None)
        if function:
            return function
    if key == "luxury" and facts.category in sms._MADE_UP:  # a shade's pigment or oil is no formula they weigh
        return None
    fits = {
        "luxury": lambda i: i not in PLAIN_BASES and i not in sms.UV_FILTERS,
        "natural": lambda i: bool(NATURAL_SOURCES.search(i)) and not any(a in i for a in LAB_ACTIVES),
        "sensitive": lambda i: any(s in i for s in SOOTHING),
    }[key]
    held = [
        i
        for i in facts.ingredients
        if fits(i)
        and i.split()[0] not in compact
        and len(i.split()[0]) >= 2  # "꿀 추출물", "쌀 발효 여과물": a syllable reads as no evidence
        and len(i) <= _HELD_CHARS
        # the name's own ingredient in other words is no evidence to a luxury reader ("꿀 … 허니 모델링팩"); a natural
        # reader hears where 시카 comes from ("병풀 추출물")
        and not (key == "luxury" and any(w in facts.name for w in sms.NAME_WORDS.get(i.split()[0], ())))
    ][:_HELD_MOST]
    if key == "luxury":  # an anti-ageing active or the signature first (sms._trusted)
        held.sort(key=lambda i: not sms._trusted(facts, i))
    if held:
        return f"{'·'.join(held)}{particle_for(held[-1], '을')} 담았어요."
    line = plan.reader_line
    if key == "sensitive" and line and _SENSITIVE_OWN.search(line):
        return line
    return None


def _sms_reader_lifted(laid: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """`laid` (an SMS brief's LMS) with the reader's element after the product line where it says none."""
    first = laid[0] if laid else []
    said = " ".join(s for p in laid for s in p if s)
    name = plan.facts.name
    if not first or _sms_reader_said(plan, said.replace(name, " ")):
        return laid
    line = _sms_reader_line(plan, tuple(s for p in laid for s in p if s))
    if line is None or line in said:
        return laid
    at = next((k for k, s in enumerate(first) if s and name in s), 0)
    if not line.endswith(_HELD_ENDS + _FUNCTIONAL):  # a care line: last, before an offer
        at = next((k - 1 for k, s in enumerate(first) if s and plan.offer and plan.offer in s), len(first) - 1)
    elif (defined := first[at]) and defined.startswith(f"{name}, ") and defined.count(", ") == 1:
        # "{name}, …씻는 샴푸예요." takes the name as its topic, its noun said once ("{name}은 …씻는 제품이에요."), so
        # that the held line joins it ("…씻는 제품으로, 박하 추출물·녹차 추출물을 담았어요"), never "샴푸는 …샴푸로"
        topic = f"{name}{particle_for(name, '은')} {defined[len(name) + 2 :]}"
        first = [*first[:at], _noun_said_once(topic, name, plan.facts.noun), *first[at + 1 :]]
    added = [*first[: at + 1], line, *first[at + 1 :]]
    if len(_HANGUL.findall(_join(added))) > SMS_LMS_HANGUL:
        return laid
    return [added, *laid[1:]]


_HELD_ENDS = ("담았어요.", "담았습니다.")
# Reading 74 (s2252: "'이번 겨울…오늘' 이음 어색"): a close that opens on the season says no "오늘" after it ("이번
# 겨울, 첫 사용의 느낌을 오늘 직접 만나 보세요" → "이번 겨울, 첫 사용의 느낌을 직접 만나 보세요"; "…오늘의 마음을 담아"
# → "…마음을 담아"); an evening or a night ("오늘 저녁") stays, as the moment it names
_SEASON_OPENED = re.compile(r"^(?:이번 )?(?:겨울|여름|봄|가을|환절기)[^,.]*, ")
_TODAY_AFTER = re.compile(r"오늘(?:의)? (?!저녁|밤|아침|하루)")
# Reading 74 (s2252: "겨울 각질 패드 주의 없음"): a pad with exfoliating acids sent in winter to a reader choosing or
# starting it gives the care a dry winter skin needs (no number, no claim: how to begin), where no line says it
_ACID = re.compile("살리실|BHA|AHA|PHA|바하|글루코노락톤|락틱|글리콜릭|만델릭")
_WINTER_CARED = re.compile("건조|보습|당김|당기|자극|예민|건너|간격|횟수|천천히 늘")
# Reading 85 (s9810: "겨울에 횟수를 늘리라는 조언이 어색"): the care is to keep the pad's use to what a dry skin takes
# and to moisturise after it, never to use it more often. Round 35 (reading 87, s8389: "SMS 분량을 크게 넘는 LMS급
# 길이", beside the patch-test caution): the care in half the words (21 Hangul, was 45)
WINTER_PAD_CARE = "건조한 겨울에는 쓴 뒤 보습을 넉넉히 챙기는 게 좋아요."
_WINTER_PAD_STAGES = frozenset({0, 1, 3})


# Reading 75 (s9434: "'지금 이번' 중복"; reading 70, s4199: "…지금 이번 혜택과 함께 3종 세트로 골라 보세요",
# "마지막 문장이 겹쳐 어색"): the close's "지금" before "이번 혜택" says the moment twice; "이번 혜택" alone. Reading 72
# (s9187: "'성분과 구성을 살펴보고' … 언급한 '성분' 정보는 본문에 없음"): a close that asks to look at the ingredients
# after a text that names none asks for the set-up alone ("구성을 살펴보고 …")
_NOW_THIS_OFFER = "지금 이번 혜택"
_INGREDIENTS_ASKED = "성분과 구성을 "
_GENERIC_INGREDIENT_WORDS = frozenset({"추출물", "오일", "발효", "여과물", "파우더", "유도체", "가수분해"})


def _sms_close_said_once(laid: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """`laid` with its close free of "지금 이번 혜택" and of an ask to look at ingredients the text never names."""
    close = laid[-1][-1] if laid and laid[-1] else None
    if not close:
        return laid
    told = close.replace(_NOW_THIS_OFFER, "이번 혜택")
    if _INGREDIENTS_ASKED in told:
        said = " ".join(s for p in laid for s in p if s and s is not close)
        words = [w for i in plan.facts.ingredients for w in i.split() if len(w) >= 2]
        if not any(w in said for w in words if w not in _GENERIC_INGREDIENT_WORDS):
            told = told.replace(_INGREDIENTS_ASKED, "구성을 ", 1)
    return laid if told == close else [*laid[:-1], [*laid[-1][:-1], told]]


def _sms_season_today(laid: list[list[str | None]]) -> list[list[str | None]]:
    """`laid` with no "오늘" after a season that opens its close (_SEASON_OPENED)."""
    close = laid[-1][-1] if laid and laid[-1] else None
    if not close or not _SEASON_OPENED.match(close):
        return laid
    told = _TODAY_AFTER.sub("", close[_SEASON_OPENED.match(close).end() :], count=1)
    return [*laid[:-1], [*laid[-1][:-1], close[: _SEASON_OPENED.match(close).end()] + told]]


def _sms_winter_pad(laid: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """`laid` with WINTER_PAD_CARE before its offer or last in its first paragraph, for an acid pad in winter."""
    facts = plan.facts
    first = laid[0] if laid else []
    said = " ".join(s for p in laid for s in p if s)
    acid = _ACID.search(" ".join((facts.name, *facts.ingredients)))
    if facts.category != "패드" or not acid or plan.values.get("season") != "겨울" or not first:
        return laid
    if plan.stage not in _WINTER_PAD_STAGES or _WINTER_CARED.search(said.replace(facts.name, " ")):
        return laid
    at = next((k for k, s in enumerate(first) if s and plan.offer and plan.offer in s), len(first))
    return [[*first[:at], WINTER_PAD_CARE, *first[at:]], *laid[1:]]


# Round 34 (reading 82, s4560, s3078: "'요즘 루틴에 들이기 좋은'은 군말"): an SMS brief's LMS names the product on the
# trendy tone's plain product line ("{product}은 {definition}(이)에요."), never on its lead "요즘 루틴에 들이기 좋은 …",
# which in a text of two sentences says nothing of the product; the trend reader hears its finish (_sms_key_fact)
_TRENDY_LEAD, _TRENDY_PLAIN = lines.PRODUCT_LINES[Tone.trendy][:2]


# Round 35 (readings 86-87, "SMS 분량 초과"): a FOMO brief's promotion said its offer with what it lets the reader not
# miss after it (lines.FOMO_OFFER_CLOSES: "…적립돼요. 다시 채울 때가 가까웠다면 이번 혜택을 놓치기 아쉬워요."), a
# sentence that asks before the ask does; an SMS brief's LMS says the offer alone, and its close carries the style
# ("놓치기 전에 …", _styled_word)
_OFFER_MISSED_LINES = tuple(f" {line}" for line in lines.FOMO_OFFER_CLOSES.values())


def _sms_offer_plain(plan: MessagePlan) -> MessagePlan:
    """`plan` with its offer said without the FOMO line after it (_OFFER_MISSED_LINES); else `plan` itself."""
    offer = plan.offer
    missed = next((m for m in _OFFER_MISSED_LINES if offer and plan.is_promotion and offer.endswith(m)), None)
    if not offer or missed is None or len(offer) == len(missed):
        return plan
    return replace(plan, offer=offer.removesuffix(missed))


def _sms_product_line_plain(plan: MessagePlan) -> MessagePlan:
    """`plan` with the trendy lead's product line (_TRENDY_LEAD) on its plain shape; else `plan` itself."""
    if "{product}" not in _TRENDY_PLAIN or plan.product_line != lines.fill(_TRENDY_LEAD, plan.values):
        return plan
    line = lines.fill(_TRENDY_PLAIN, plan.values)
    after = line if plan.product_after_hook == plan.product_line else plan.product_after_hook
    return replace(plan, product_line=line, product_after_hook=after)


# Round 34 (reading 84, s1072: "LMS로 쓴 보람 없이 정보가 얇음", "제품 정보가 거의 없음": "…데일리 선크림이에요. 50ml
# 한 통을 18,000원에 부담 없이 들일 수 있어요." and the ask): an SMS brief sent as the LMS that says under THIN_HANGUL
# Hangul before its ask gives the product's key catalog fact right after the product line, as a short LMS does (a
# trend reader the finish or texture first, _sms_trend_finish; else _spare_claim's pick), nothing said again, nothing
# out of season, within SMS_LMS_HANGUL
THIN_HANGUL = 50


# stems too common in product copy to tell a fact said twice ("피부", "사용감" …); mildness goes by _KEY_FACT_MILD
_KEY_FACT_COMMON = frozenset(
    {"피부", "제품", "사용", "있어", "있습", "있는", "주는", "도움", "담은", "담았", "함께", "위한"}
)
_KEY_FACT_MILD = re.compile("순하|순한|자극|편안|편하")
_PRICED = re.compile(r"\d[\d,]*원")


def _stems(text: str, name: str) -> set[str]:
    words = re.findall("[가-힣A-Za-z]{2,}", text.replace(name, " "))
    return {w[:2] for w in words} - _KEY_FACT_COMMON


def _sms_key_fact(laid: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """`laid` with the product's key fact where the text before the ask is thin: after what it says of the product
    (a registered function right after the product line), before an offer, a caution or a price (the reader's
    reason ends the paragraph), no stem said again."""
    first = laid[0] if len(laid) > 1 else []
    told = [s for s in first if s]
    if not told or len(_HANGUL.findall(_join(told))) >= THIN_HANGUL:
        return laid
    said = [s for p in laid for s in p if s]
    name = plan.facts.name
    stems = _stems(" ".join(said), name)
    mild = bool(_KEY_FACT_MILD.search(" ".join(said)))
    season = plan.values.get("season", "")
    room = SMS_LMS_HANGUL - len(_HANGUL.findall(_join(told)))
    claims = plan.facts.feature_claims
    if plan.angle.key == "trend":  # the finish or texture first (_sms_trend_finish)
        claims = sorted(claims, key=lambda c: not _SMS_TREND_FINISH.search(c) or c.endswith(_FUNCTIONAL))
    # round 35 (reading 87, s6890: "두 줄로 얇고 사용법이 없어 첫 사용을 이끌기 약함"): a thin text to a reader about
    # to use the product first says how to begin where no claim of the catalog's is left to say (the step is long)
    # ("처음 쓰실 때는 …", else "첫날에는 …" where the product line says "처음 함께하는 …": lines.USAGE_LINES)
    steps: tuple[str, ...] = ()
    if plan.stage == ACTIVATION and plan.usage:
        leads = [lead.replace("{usage}", "") for lead in lines.USAGE_LINES[ACTIVATION]]
        step = next((plan.usage.removeprefix(lead) for lead in leads if plan.usage.startswith(lead)), None)
        steps = tuple(f"{lead}{step}" for lead in leads) if step else (plan.usage,)
        claims = (*claims, *steps)
    claim = next(
        (
            c
            for c in claims
            if not off_season(c, season)
            and not _LIP_CLAIM.search(c)
            and len(_HANGUL.findall(c)) <= room
            and not any(says_again(c, s) or texture_clash(c, s) for s in said)
            and not _stems(c, name) & stems
            and not (mild and _KEY_FACT_MILD.search(c))
            and "버전" not in c  # the name's skin variant ("중·건성용"), which sms.said_plainly says on the copula
            # a usage step is no reason (_HOW_TO, reading 25), save the finish on use a trend reader looks for
            and (plan.angle.key in ("trend", "sensitive") or c in steps or not _HOW_TO.search(c))
        ),
        None,
    )
    if claim is None:
        return laid
    ends = (plan.offer, plan.caution)
    at = next((k for k, s in enumerate(first) if s and (s in ends or _PRICED.search(s)) and name not in s), len(first))
    if claim.endswith(_FUNCTIONAL):  # a registered function right after what the product is (_copulas_joined)
        at = next((k + 1 for k, s in enumerate(first) if s and name in s), at)
    return [[*first[:at], claim, *first[at:]], *laid[1:]]


# Round 35 (readings 86-87: one reader in four caps an SMS brief sent as the LMS at 3 for "SMS 분량 초과", "SMS 분량을
# 크게 넘는 LMS급 길이": s8389, s1123, s3171, s3732, s4933, s6475, s8700, s9038): the text says the product, the
# reader's ONE reason, the offer and the ask. Where the sentences before the ask still give two reasons or more (the
# plan's fact beside a line _sms_reader_lifted added, a claim beside the price per unit: 259 of 1,263 grid SMS briefs'
# LMS said three sentences or more), the reader's own reason stays (_sms_reason_theirs: the first that is theirs, else
# the first) and the others go, while the text keeps THIN_HANGUL Hangul before the ask (reading 84, s1072, and
# reading 87, s6890: "정보가 얇음", "두 줄로 얇고"). The product line, the house, the offer, the event, a caution or
# care line and a season's line for a seasonal brief stay as they are.
# a line on how to begin with an active or when to hold back is care, never a reason to cut
_SMS_CARE = re.compile("팔 안쪽|귀 뒤|정도만|저녁에만|하루 쉬어|줄여 시작|테스트|자외선 차단|천천히 넓혀|천천히 시작")
_BUDGET_OWN = re.compile(r"\d[\d,]*원|용량|오래 두고|넉넉|후기|온 가족|가격|실속|다시 샀|재구매|쟁여|따로 늘리지")


def _sms_reason_theirs(plan: MessagePlan, sentence: str) -> bool:
    """Whether `sentence` carries this reader's own interest (_sms_reader_said; a budget reader's price, size,
    per-use value or review, _BUDGET_OWN)."""
    if plan.angle.key == "budget":
        return bool(_BUDGET_OWN.search(sentence))
    return _sms_reader_said(plan, sentence.replace(plan.facts.name, " "))


def _sms_one_reason(laid: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """`laid` (an SMS brief's LMS) with one reason before the ask, never left thin (THIN_HANGUL)."""
    if len(laid) < 2:
        return laid
    first = laid[0]
    name, brand = plan.facts.name, plan.values.get("brand") or "\0"
    season = plan.values.get("season") or "\0"
    kept_whole = tuple(s for s in (plan.offer, plan.caution, WINTER_PAD_CARE) if s)

    def reason(sentence: str | None) -> bool:
        if not sentence or name in sentence or sentence.startswith(brand) or "혜택" in sentence:
            return False
        if any(k in sentence or sentence in k for k in kept_whole) or _SMS_CARE.search(sentence):
            return False
        if 4 in plan.styles and season in sentence:  # the seasonal brief's line that says the season
            return False
        return True

    reasons = [k for k, s in enumerate(first) if reason(s)]
    if len(reasons) < 2:
        return laid
    theirs = [k for k in reasons if _sms_reason_theirs(plan, first[k] or "")]
    theirs.sort(key=lambda k: not _PRICED.search(first[k] or ""))  # a budget reader's price first (s6537, s8700)
    keep = (theirs or reasons)[0]
    kept = list(first)
    for k in reversed(reasons):
        if k == keep:
            continue
        trial = [s for i, s in enumerate(kept) if i != k]
        if len(_HANGUL.findall(_join(trial))) < THIN_HANGUL:
            break
        kept = trial
    return [kept, *laid[1:]]


# Round 36 (reading 89: reader EL capped 12 of 13 SMS briefs sent as the LMS at 3 for "SMS 분량 초과" while EK gave
# the same texts 4, "간결한 LMS"; median 217 bytes): an SMS brief's LMS says the product with the reader's ONE reason
# in one sentence (joined where they join: _joined_fact, else _sms_reason_joined; else the product's line alone where
# it carries the reader's own and the reason does not), then the offer where there is one, then the ask. A budget
# reader's price stays beside the merit (price AND merit); a caution due on a strong active stays; no greeting.
_SMS_JOINED_MOST = 110  # characters of the product line joined to its reason: past this the two stay apart
_SMS_ALONE_HANGUL = 30  # a product line this long says enough alone where its reason will not join


# a reason that joins "…크림으로, " as its second clause: no comma, quote or condition of its own, no second topic
_SMS_UNJOINED = re.compile(
    r", |‘|'|\?|라면 |다면 |날에는 |날엔 |^이 |^\S+에는 "
    r"|^(?:핵심 |주목할 |눈에 띄는 |주요 )?(?:성분|원료)|(?:이에요|예요|입니다)\.$"
)


def _sms_reason_joined(product: str, reason: str, plan: MessagePlan) -> str | None:
    """`product` ("{name}은 …크림이에요.") and `reason` as one sentence ("{name}은 …크림으로, {reason}"), or None
    where the product line is no plain definition with its name as the topic or the reason does not join."""
    name = plan.facts.name
    match = _COPULA_NOUN.match(product)
    if not match or (not product.startswith(name) and f" {name}" not in product):
        return None
    # "…은 이름 그대로 …을 담은 …앰플로, …" loses its definition to _NAMED_HELD; a skin variant's name is said as
    # its fit on the copula (sms.said_plainly); a review said as new is talked of at a sentence's start
    # (sms.asked_for_stage): the two stay apart
    if reason.startswith((name, plan.values.get("brand") or "\0")) or AS_NAMED in product:
        return None
    if "새로 들여" in reason:
        return None
    functional = reason.endswith(_FUNCTIONAL) and ", " not in reason  # "…크림으로, 피부 주름 개선 기능성 화장품이에요."
    if not functional and (_SMS_UNJOINED.search(reason) or _DEFINES.match(reason)):
        return None
    head, noun = match.group("head"), match.group("noun")
    if _topic_end(head, name) < 0:  # "…앰플, PDRN 카페인샷을 소개해 드려요": no topic to carry the clause
        return None
    return f"{head}{particle_for(noun, '으로')}, {reason}"


_USAGE_LEADS = tuple(
    lead.removesuffix("{usage}")
    for leads in (*lines.USAGE_LINES.values(), *lines.WEEKLY_USAGE_LINES.values())
    for lead in leads
)  # a usage step ("처음 쓰실 때는 …"): how to begin, never a reason to cut (reading 87, s6890)


def _sms_two_sentences(laid: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """`laid` (an SMS brief's LMS, variant 0) with the product and the reader's one reason said as one sentence, the
    other reasons gone while the text keeps THIN_HANGUL Hangul before the ask; what _sms_one_reason keeps whole (the
    house, the offer, a caution or care line, a usage step, the seasonal line) stays, and a budget reader's price."""
    if len(laid) < 2:
        return laid
    first = [s for s in laid[0] if s]
    name = plan.facts.name
    at = next((k for k, s in enumerate(first) if name in s), None)
    if at is None:
        return laid
    product = first[at]
    brand, season = plan.values.get("brand") or "\0", plan.values.get("season") or "\0"
    kept_whole = tuple(s for s in (plan.offer, plan.caution, plan.usage, WINTER_PAD_CARE) if s)

    def reason(sentence: str) -> bool:
        if sentence is product or sentence.startswith(brand) or "혜택" in sentence or _SMS_CARE.search(sentence):
            return False
        if any(k in sentence or sentence in k for k in kept_whole) or sentence.startswith(_USAGE_LEADS):
            return False
        return not (4 in plan.styles and season in sentence)

    reasons = [s for s in first if reason(s)]
    # a budget reader hears the price AND a merit of the product (reading 89, s8417): the price stays beside it
    if plan.angle.key == "budget" and len(reasons) > 1:
        reasons = [s for s in reasons if not _PRICED.search(s)] or reasons
    kept = list(first)
    if reasons:
        kept = _sms_reason_kept(kept, product, reasons, plan)
    return [kept, *laid[1:]]


def _sms_reason_kept(kept: list[str], product: str, reasons: list[str], plan: MessagePlan) -> list[str]:
    """`kept` with the reader's one reason joined to the `product` line where they join, the other `reasons` gone
    while the text keeps THIN_HANGUL Hangul (_sms_two_sentences)."""
    name = plan.facts.name
    theirs = [s for s in reasons if _sms_reason_theirs(plan, s)]
    if sms.FEEL_TITLE in plan.title:  # the title promises the feel (sms.broken_promise)
        theirs.sort(key=lambda s: not sms.FEEL_GIVEN.search(s))
    keep = (theirs or reasons)[0]
    for other in reversed(reasons):
        trial = [s for s in kept if s is not other]
        if other is keep or len(_HANGUL.findall(_join(trial))) < THIN_HANGUL:
            continue
        kept = trial
    joined = None
    # never a word said twice in the one sentence ("…거품으로 바뀌는 오일로, … 거품으로 한 번에 …")
    apart = ", " in product or sms._variant_topic(name, plan.facts.noun) or _stems(keep, name) & _stems(product, name)
    if not apart:
        joined = _joined_fact(product, keep, "fit", plan) or _sms_reason_joined(product, keep, plan)
    if joined and len(joined) <= _SMS_JOINED_MOST:
        return [joined if s is product else s for s in kept if s is not keep]
    rest = [s for s in kept if s is not keep]
    if (
        _sms_reason_theirs(plan, product)
        and not _sms_reason_theirs(plan, keep)
        and len(_HANGUL.findall(product)) >= _SMS_ALONE_HANGUL
        and len(_HANGUL.findall(_join(rest))) >= THIN_HANGUL
    ):
        return rest  # the product's line carries the reader's own; the reason does not
    return kept


def _choice_asked_once(laid: list[list[str | None]]) -> list[list[str | None]]:
    """`laid` with the choice said only by its close (_CHOICE_TAIL)."""
    close = laid[-1][-1] if laid and laid[-1] else None
    if not close or not _CHOICE_ASK.search(close):
        return laid

    def kept_in(sentence: str) -> Callable[[re.Match[str]], str]:
        def kept(match: re.Match[str]) -> str:
            said = _CHOICE_KEPT.get(match.group(1), _CHOICE_KEPT["믿고 천천히"])
            # "…부담 없어요" only after what eases it (reading 82, s3590: "성분표에서 나이아신아마이드를 확인할 수
            # 있어, 요즘 매일 챙겨도 부담 없습니다", "논리가 비약")
            eased = _EASES.search(sentence[: match.start()])
            return "요." if "요즘" in said and ("요즘" in close or not eased) else said

        return kept

    return [[_CHOICE_TAIL.sub(kept_in(s), s) if s and s is not close else s for s in p] for p in laid]


# Round 30 (reading 58, s1454: "라이브 방송 설명 없이 '라이브를 보며'가 돌출"; reading 59, s3214: "'이번 캠페인'이
# 무엇인지 설명 없이 참여 유도"): an SMS brief's LMS for a content event closed on the event's ask ("지금 라이브를 보며
# 그대로 따라 해 보세요", "빈 용기를 모아 이번 캠페인에 참여해 보세요") with the reader's reason beside the product and
# nothing on what the event is: where the close names a live broadcast or a campaign that no sentence explains, the
# event's own line on what it is (its `how`, first sentence: "브랜드 담당자가 바르는 법을 직접 보여 주는 라이브 방송이
# 열려요.") goes before the close, in place of the reason where the text would pass SMS_LMS_HANGUL
_EVENT_NAMED = re.compile("라이브|캠페인")
_EVENT_TOLD = re.compile("방송이 열|라이브 방송|공병|재활용|커뮤니티")


# Round 30 (s6264: "아줄렌과 마데카소사이드를 담은 크림, 카밍 샷 아줄렌 크림을 소개해 드립니다", "'크림, 크림' 중복"; 79
# of 1,316 SMS briefs' LMS in bench/sms_share_check.py): the appositive's kind word that the name says again gives way,
# its modifier going straight before the name ("…담은 카밍 샷 아줄렌 크림을 소개해 드립니다"); a noun before the kind
# ("보습 에센스, …") keeps it, as the modifier it would leave reads as part of the name
_KIND_BEFORE_NAME = re.compile(r"(?P<mod>[가-힣]+) (?P<kind>[가-힣]+), (?=(?P<name>[^,.]+?)(?:을|를) 소개해 드)")
# (s9161: "이번 겨울, 피부가 당기는 건조한 날에 꺼내 쓸 선크림, 오늘 골라 보시면 좋겠습니다."; s1653: "이번 겨울, 최애
# 루틴이 끊기지 않게, 다 쓰기 전에 미리 쟁여 두세요.", "쉼표 과다"): a close with two commas keeps the second only
_CLOSE_COMMAS_MOST = 1
# the last syllables of a verb's or an adjective's modifier ("쓰는", "담은", "가벼운", "편안한", "챙길", "바를"); a noun
# that ends in ㄴ or ㄹ ("수분", "양면", "오일", "젤") is none, and "…담은 수분 워터뱅크 … 크림" reads as another name
_MODIFIER_SYLLABLES = frozenset("는은운한던된진난린른쁜픈간쓸길를할줄될갈을")


def _kind_before_name_once(sentence: str | None) -> str | None:
    if not sentence:
        return sentence
    found = _KIND_BEFORE_NAME.search(sentence)
    if found is None or found.group("kind") not in found.group("name").split():
        return sentence
    mod = found.group("mod")
    if mod[-1] not in _MODIFIER_SYLLABLES:  # "보습 에센스, …", "수분 크림, …", "오일 세럼, …": a noun, not a modifier
        return sentence
    return f"{sentence[: found.start()]}{mod} {sentence[found.end() :]}"


def _close_commas_spared(close: str | None) -> str | None:
    if not close or close.count(",") <= _CLOSE_COMMAS_MOST:
        return close
    return close.replace(", ", " ", 1)


def _sms_lms_sentences(plan: MessagePlan, variant: int = 0, unit: str | None = None) -> list[list[str | None]]:
    """_sms_lms_sentences_core with a content event named in the close said in a few words (_EVENT_NAMED), the kind
    said once before the name (_KIND_BEFORE_NAME), the close on one comma at most (_CLOSE_COMMAS_MOST) and, after
    the offer, on its one ask (_offer_taken)."""
    laid = _sms_lms_sentences_core(plan, variant, unit)
    opening, *rest = laid
    offered = plan.offer is not None and plan.is_promotion and any(s and plan.offer in s for s in opening)
    rest = [[_offer_taken(_close_commas_spared(s), offered) for s in p] for p in rest]
    return _event_told(plan, [[_kind_before_name_once(s) for s in opening], *rest])


# Round 38 (readings 92-93, s2572, 3.0: "겨울 연결·구매 이유가 얇음" under "이번 겨울, 이 클렌저의 사용감이
# 궁금했다면 …"; s7991: "겨울을 맞아 오늘 직접 써 보고 …", "LMS치고 얇음"): a seasonal SMS brief's LMS named the season
# only as the close's frame ("이번 겨울, …", "겨울을 맞아 …"), tied to nothing the product does. Where the text before
# the ask has room (SMS_LMS_HANGUL), the season is said of the product's own fact, as the long forms say it
# (plan._season_pool: where the fact answers the season it is the reason, "…마무리라 이 크림은 겨울에 쓰기 시작하기
# 좋아요"; where it does not, the season sets when to look at it, "겨울에 고른다면 눈가를 세게 문지르지 않는 편안함에
# 먼저 눈이 가요"), and the close, the season heard, goes without the bare frame. Laid last, so that it takes only the
# room the passes before it leave (the house's research, a first use's how-to). Over a 1,300-brief grid, 7 of 208
# seasonal SMS briefs' LMS said the season before the ask; 58 of 213 now (bench/sms_r38_check.py).
def _sms_season_tied(plan: MessagePlan, laid: list[list[str | None]], variant: int) -> list[list[str | None]]:
    """`laid` with the seasonal style's fact line before the ask and the close without its bare season frame
    (_season_framed's "이번 겨울, …", "겨울을 맞아 …"); as it is where the brief is not seasonal, a sentence says the
    season already, the close says it otherwise, the product has no fact left to say or the text has no room left."""
    season = plan.values.get("season", "")
    if 4 not in plan.styles or not season or plan.stage not in lines.SEASON_READERS or len(laid) < 2:
        return laid
    said = [s for p in laid[:-1] for s in p if s]
    close = laid[-1][-1] if laid[-1] else None
    if not said or not close or any(season in s or "계절" in s for s in said):  # "계절을 타지 않는" is said as winter
        return laid
    frames = (f"이번 {season}, ", f"{season}{particle_for(season, '을')} 맞아 ", f"{season}에는 ", f"이번 {season} ")
    close = next((close[len(f) :] for f in frames if close.startswith(f)), close)
    if season in close:
        return laid
    ordering = plan.stage == ACTIVATION and bool(FIRST_ORDER.search(plan.offer or ""))
    pool, values = _season_pool(plan.stage, plan.values, tuple(said), ordering)
    pool = tuple(p for p in pool if not p.endswith("보세요."))  # never a second ask before the close's
    fact = values.get("season_fact", "")
    line = lines.fill(pool[variant % len(pool)], values) if fact and pool else ""
    if not line or fact not in line or off_season(line, season) or any(says_again(s, fact) for s in said):
        return laid  # (the fact said already, or out of season)
    # nor "겨울에도 피지가 많은 날에도 …" (its own "에도"), "건조한 계절에도 … 겨울에" (the season twice),
    # nor beside an acid pad's winter care (_sms_winter_pad: "건조한 겨울에는 …")
    acid = _ACID.search(" ".join((plan.facts.name, *plan.facts.ingredients)))
    if line.count("에도") > 1 or "계절" in line or (plan.facts.category == "패드" and acid):
        return laid
    if len(_HANGUL.findall(_join([*said, line]))) > SMS_LMS_HANGUL:
        return laid
    return [*laid[:-2], [*laid[-2], line], [*laid[-1][:-1], close]]


# Round 37 (readings 90-91, SMS briefs 3.79: "SMS로 길다", "SMS 치고 길다"): after the offer and its condition, the
# close asked to look before it asked to take it ("내 루틴에 맞는지 살펴보고, 놓치기 전에 이번 혜택으로 골라 보시면
# 좋겠습니다", "나에게 주는 선물이라면, 성분과 구성을 살펴보고 이번 혜택과 함께 골라 보십시오"): the offer is the reason
# to act now, the close its one ask; the look goes (a close with no offer before it keeps it: it is that text's ask)
_LOOK_FIRST = re.compile(r"(?:^|(?<=, ))[^,.]*?(?:살펴보고|맞는지 보고),? (?=\S)")


def _offer_taken(close: str | None, offered: bool) -> str | None:
    """`close` without a look asked before its ask where the offer is said before it (`offered`)."""
    return _LOOK_FIRST.sub("", close, count=1) if close and offered else close


def _event_told(plan: MessagePlan, laid: list[list[str | None]]) -> list[list[str | None]]:
    """The SMS brief's LMS with a live broadcast or a campaign its close names said in a few words (_EVENT_NAMED)."""
    how = plan.offer if plan.offer and not plan.is_promotion else None
    close = laid[-1][-1] if laid and laid[-1] else None
    said = " ".join(s for p in laid for s in p if s)
    if not how or not close or not _EVENT_NAMED.search(close) or _EVENT_TOLD.search(said) or how in said:
        return laid
    told = re.split(r"(?<=[.!?]) ", how)[0]
    first = [s for s in laid[0] if s]
    added = [*first, told]
    if len(_HANGUL.findall(_join(added))) > SMS_LMS_HANGUL and len(first) > 1:
        added = [*first[:-1], told]  # the event in place of the last reason: the text stays short
    return [added, *laid[1:]] if len(laid) > 1 else [added, [close]]


def _sms_lms_sentences_core(plan: MessagePlan, variant: int = 0, unit: str | None = None) -> list[list[str | None]]:
    """An LMS written from an SMS brief, short and to the point (blind reading 14: "SMS에 LMS 분량을 넣었고 …
    도입부가 장황"): the product named with what it is, one reason for this reader (a promotion's offer is
    its reason; the reader's own fact goes beside it where it stays short), a caution where one is due,
    then the one ask. No scene, usage step or second proof: an SMS brief asked for a text, not a letter.
    Variants take the next reason in turn (two once each has had its turn), and every other one opens on
    the plan's hook where it names the product and nothing else (offer, caution) is said, so that three
    variants differ."""
    # the reader's own line (fit.py) that ends on the functional claim ("아데노신을 담은, … 기능성 화장품이에요")
    # is their reason, not the claim said last
    own = plan.fit.line if plan.fit else None
    # a price is no reason, save a budget referral's line on what a friend would pay (fit.budget_share: reading
    # 82, s2934, "가성비 고객이 권할 이유(가격·후기)가 없음", where the line it left out was the only one of theirs;
    # a review of value, "여러 개 사 두고 쓴다는 후기", stays theirs)
    shared = plan.stage == REFERRAL and plan.angle.key == "budget"
    shared = shared and not any(_VALUE_REVIEW.search(p) for p in plan.proofs if "정가" not in p)
    proofs = [
        p
        for p in plan.proofs
        if (p == own or not p.endswith(_FUNCTIONAL)) and ("정가" not in p or (shared and _PASS_ON.search(p)))
    ]
    functional = [p for p in plan.proofs if p.endswith(_FUNCTIONAL) and p != own][:1]
    reader = plan.reader_line if plan.reader_line in proofs else None
    if plan.stage == REFERRAL:  # why to pass it on: the line on whom it suits and what to tell them
        reader = next((p for p in proofs if _PASS_ON.search(p)), reader)
    # the reader's catalog fact (fit.py) before a generic care line ("예민한 날이라면 귀 뒤나 팔 안쪽에 …", reading 26:
    # "민감성 고객에 순함 근거 없음"): the first variant says their reason, the next ones the rest in turn
    # (a referral keeps its line on whom it suits first)
    fact_first = own if own in proofs and own != reader and plan.stage != REFERRAL else None
    if fact_first and plan.fit and fact_first.endswith("보세요."):  # said as a fact, never a second ask
        fact_first = plan.fit.short if plan.fit.short and not _points_line(plan.fit.short) else None
    told = {own} if fact_first and fact_first != own else set()  # the same fact is not said again in other words
    reasons = list(dict.fromkeys(p for p in (fact_first, reader, *proofs, *functional) if p and p not in told))
    # round 31 (reading 63, s3593: "성분 근거를 원하는 고객에게 펌프 얘기뿐"): a luxury reader with no line of their own
    # (fit.py) hears the registered function first ("…탈모 증상의 완화에 도움을 주는 기능성 화장품이에요"), never
    # after a texture or a review that says nothing they weigh (a referral keeps its line on whom it suits first)
    if plan.angle.key == "luxury" and own not in reasons and plan.stage != REFERRAL:
        reasons.sort(key=lambda r: r not in functional)
    # reading 25 (s5139: "메이크업 전 크림과 저녁 관리 팁이 엇갈리고"): a usage tip is no reason to a reader who is not
    # sensitive (whose patch tip is their care); a seasonal brief's line that names the season comes first
    if plan.angle.key != "sensitive":
        reasons = [r for r in reasons if not _HOW_TO.search(r)] or reasons
    if 4 in plan.styles:  # the seasonal style (push.SEASON)
        reasons.sort(key=lambda r: plan.values["season"] not in r)
    # a budget reader whose own value line (fit.py) is not said hears what the money buys: the size, price and price
    # per unit (`unit`, push.unit_price_line) first (reading 25, s9739, s3897: "가성비 근거가 없음")
    if unit and (own is None or own not in reasons) and unit not in plan.product_line:
        reasons.insert(0, unit)
    fact = reasons[variant % len(reasons)] if reasons else None
    # reading 23 ("SMS 분량 초과", "SMS치고 김": three sentences and the ask): the name with what it is and ONE
    # more sentence, then the ask. A promotion's offer is its reason; else the caution where one is due (never
    # dropped), else this reader's fact, else a content event's description (the ask names the event anyway).
    promotion = plan.offer is not None and plan.is_promotion
    second = plan.offer if promotion else plan.caution or fact or plan.offer
    caution = plan.caution if promotion else None  # a strong active's caution stays beside an offer
    # the first text's one reason is the reader's own line (fit.py, its short form; a budget reader's price per unit)
    # where the reason first in turn is none of theirs, or there is none (readings 33-36, s2537, s8608: "가성비 고객에게
    # 가격·후기 근거 없음"): in its place, never beside it, so the text stays two sentences; later variants keep theirs
    theirs = {own, fact_first, reader, unit} - {None}
    mine_first = unit if unit and unit not in plan.product_line else _own_short(plan)
    if variant == 0 and mine_first and second not in theirs and second not in (plan.offer, plan.caution):
        second = mine_first
    opening: list[str | None] = [plan.product_line]
    # once every reason has had its turn, a variant opens on the plan's hook where it names the product and nothing
    # else (offer, caution) is said, so that three variants differ
    hooked = plan.facts.name in plan.hook and not (plan.offer or plan.caution)
    if (
        variant >= max(len(reasons), 1)
        and hooked
        and _chars([[plan.hook, plan.product_after_hook, second]]) <= SMS_LMS_SHORT
    ):
        opening = [plan.hook, plan.product_after_hook]
    # else (a Compare grid's third text) two reasons, the next one first, where the whole still reads as a text
    elif variant >= len(reasons) > 1 and not caution:
        pair = [reasons[(variant + 1) % len(reasons)], second]
        if _chars([[plan.product_line, *pair]]) <= SMS_LMS_PAIR:
            return [[plan.product_line, *pair], [_styled_close(plan, [plan.product_line, *pair])]]
    # the offer or the caution in place of the reader's own reason left them none (readings 26, 27: "가성비 근거
    # 없음", "민감성 고객에 순함 근거 없음"): their value, mildness, function or origin line (fit.py, its short form
    # first) goes before it where the whole still reads as a text
    # joined to the product line as one sentence where it joins, else as a sentence of its own, only while the text
    # stays within SMS_LMS_HANGUL before the ask (reading 23: "SMS 분량 초과" at 95-115 Hangul)
    mine = unit if unit and unit not in plan.product_line else _own_short(plan)
    # round 31 (reading 63, s2094: "민감 피부 관점 없음"; 12 of 37 sensitive SMS briefs' LMS with no reassurance had
    # an offer in place of it): a sensitive reader with no fact of their own hears their care tip (reader.py: "예민한
    # 날이라면 귀 뒤나 팔 안쪽에 먼저 …") beside the offer, where the text stays short
    if mine is None and plan.angle.key == "sensitive" and not plan.caution and promotion:
        mine = plan.reader_line
    if mine and second in (plan.offer, plan.caution) and mine != second:
        joined = _joined_fact(plan.product_line, mine, "fit", plan) if opening == [plan.product_line] else None
        for kept in ([joined, caution, second], [*opening, mine, caution, second]):
            if kept[0] and _chars([kept]) <= SMS_LMS_SHORT and len(_HANGUL.findall(_join(kept))) <= SMS_LMS_HANGUL:
                return [kept, [_styled_close(plan, kept)]]
    if second is None and caution is None:  # the product line alone (reading 48, s7502: "정보 한 줄뿐")
        second = _spare_claim(plan, opening)
    if plan.angle.key == "trend" and (second is None or _LABEL_LINE.match(second)):
        second = _sms_trend_finish(plan, [*opening, caution]) or second
    return [[*opening, caution, second], [_styled_close(plan, [*opening, caution, second])]]


# Round 33 (readings 76-81: "트렌드 고객 관점 없음", the trend reader's most frequent SMS note; s6099, s9194, s7604): a
# trend reader's SMS brief's LMS whose one reason was the ingredient label ("주목할 성분은 나이아신아마이드·히알루론산
# 이에요") or nothing hears the finish or texture the catalog states ("빠르게 흡수되어 바른 뒤 맑은 광이 돕니다",
# "부드럽게 펴 발리고 바른 뒤 은은한 윤기가 남습니다"): what is seen and felt on use is their "요즘" point, an
# ingredient is the luxury reader's. As _spare_claim: nothing said again, nothing out of season, within SMS_LMS_HANGUL.
_VALUE_REVIEW = re.compile("사 두고|다시 샀|다시 사|재구매|쟁여|가격|실속|원에|원이라")
_SMS_TREND_FINISH = re.compile("광|윤기|발색|피니시|마무리|보송|매트|글로우|톤업|물처럼|말랑|쫀쫀|탱글|거품|밀착|블러")
# Round 35 (reading 87, s4586: "트렌드 팔로워 각도 … 약하고", "레티놀 입문 주의도 부족"): an active made for a first try
# ("레티놀을 처음 써 보는 분을 위한 입문용 농도입니다") is what is new to a trend reader, and says how to begin
_SMS_TREND_FIRST = re.compile("입문")


def _sms_trend_finish(plan: MessagePlan, said: list[str | None], sized: bool = True) -> str | None:
    """(not `sized`: the caller keeps the text before the ask within SMS_LMS_HANGUL, `said` holding the close too)"""
    told = [s for s in said if s]
    season = plan.values.get("season", "")
    size = len(_HANGUL.findall(" ".join(told))) if sized else 0
    for claim in plan.facts.feature_claims:
        trendy = _SMS_TREND_FINISH.search(claim) or _SMS_TREND_FIRST.search(claim)
        if not trendy or off_season(claim, season) or claim.endswith(_FUNCTIONAL):
            continue
        if any(says_again(claim, s) or texture_clash(claim, s) for s in told):
            continue
        if size + len(_HANGUL.findall(claim)) <= SMS_LMS_HANGUL:
            return claim
    return None


# Round 42 (readings 102-105: "트렌드 고객 관점이 없음" on SMS, s2483, s9036, s7481; about 140 trend misses held the
# feature in the product line itself, "…슬리핑 팩으로, 탱글한 젤 제형이 얇게 펴 발리고 끈적임이 적습니다"): a reader
# who has not used the product hears the texture or finish the text already states as what a first try meets ("…팩으로,
# 처음 써 보면 탱글한 젤 제형이 …"), in the trend reader's own word, where no sentence says anything of theirs
_TREND_VOICED = re.compile(
    "새로|새롭|재미|사진|눈길|눈에 들어|눈에 띄|기분 좋|처음 쓸|처음 써|처음 만나|신선|색다른|세대|입문"
    "|사이에서|이야기가|화제"
)
_TREND_UNTRIED = frozenset({0, 1, 3})  # stages whose reader has not used the product yet
_TREND_TRIES = ("처음 써 보면 ", "새로 써 보면 ")
_CLAIM_AFTER_KIND = re.compile(r"^(.*?(?:으로|로)), (.+)$")
# never beside a second condition or reason ("처음 써 보면 … 수시로 뿌리면 …", "… 발색이라 …") nor a moment it says
_TREND_NOT_TRIED = re.compile(
    r"수 있|\S면 |\S라 |^(?:바른 뒤|바르고 나|바르는 순간|바를 때|세안 후|세안 직후|헹군 뒤|샤워 후|쓸 때마다)"
)


def _sms_trend_voiced(laid: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """`laid` (an SMS brief's LMS to a trend reader) with the texture or finish its text states said as what a first
    try meets, where nothing of this reader's own is said; as it is otherwise."""
    if plan.angle.key != "trend" or plan.stage not in _TREND_UNTRIED or len(laid) < 2:
        return laid
    name = plan.facts.name
    told = " ".join(s for p in laid for s in p if s)
    body = [s for p in laid[:-1] for s in p if s]
    if any(_TREND_VOICED.search(s.replace(name, " ")) for s in body):
        return laid
    word = next((w for w in _TREND_TRIES if w.split()[0] not in told.replace(name, " ")), None)
    if word is None:
        return laid
    for k, sentence in enumerate(laid[0]):
        if not sentence:
            continue
        joined = _CLAIM_AFTER_KIND.match(sentence) if name in sentence else None
        head, claim = (joined.group(1) + ", ", joined.group(2)) if joined else ("", sentence)
        if (name in claim) or (name in sentence and not joined) or _TREND_NOT_TRIED.search(claim):
            continue
        if not trend_feature_said(claim):
            continue
        return [[*laid[0][:k], head + word + claim, *laid[0][k + 1 :]], *laid[1:]]
    return laid


# Round 42 (s3723, s4612: "용량·가격 나열만"; s8069: "가성비 근거 없음"): the size, price and price per unit said bare
# ("100ml 28,000원, 1ml당 약 280원이에요.") is no reason: the reader's own value line (fit.py) where it prices the same
# pack with why it is worth it ("…1ml당 약 280원꼴이라 듬뿍 써도 아깝지 않아요"), else the figure with its reason
_UNIT_BARE_END = "원이에요."
UNIT_REASONED_END = "원꼴이라 부담 없이 쓰기 좋아요."
_VALUE_REASONED = re.compile("써도|부담 없이|아깝지|오래 두고|곁에 둘|들일 수")


def _unit_reasoned(unit: str | None, plan: MessagePlan) -> str | None:
    """`unit` (push.unit_price_line's bare figure) said with why it is worth it (see above); None stays None."""
    if not unit or not unit.endswith(_UNIT_BARE_END):
        return unit
    fit = plan.fit
    price = f"{plan.facts.price:,}원" if plan.facts.price else None
    if fit is not None and fit.kind == "value" and price:
        # the price per unit kept (test_sms: a budget reader's SMS brief states it at every stage but the referral)
        line = next(
            (t for t in (fit.line, fit.short) if t and price in t and "당 약" in t and _VALUE_REASONED.search(t)), None
        )
        if line and not _points_line(line):
            return line
    return unit.removesuffix(_UNIT_BARE_END) + UNIT_REASONED_END


# Round 28 (part 2; reading 51, s5348): an SMS brief's LMS to a reader who uses the product (the routine, "오늘도
# 이어 가는 …", and the referral, "쓰고 계신 …") said the trend reader's short feel line as a newcomer's ("새로 써
# 보면 묵직하고 풍성한 크림이 …"), as plan's proofs no longer do at those stages: the feel alone (7 of 2,400 grid SMS
# briefs, bench/sms_event_check.py owner_as_new)
_OWNERS = frozenset({2, REFERRAL})
_AS_NEW = "새로 써 보면 "


def _owner_worded(laid: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """An SMS brief's LMS sentences with a newcomer's "새로 써 보면 " said as the feel alone to a user (stages 2
    and 4); the close (the last paragraph) as it is."""
    if plan.stage not in _OWNERS or not any(s and _AS_NEW in s for p in laid[:-1] for s in p):
        return laid
    return [[s.replace(_AS_NEW, "") if s else s for s in p] for p in laid[:-1]] + laid[-1:]


def _spare_claim(plan: MessagePlan, said: list[str | None]) -> str | None:
    """A catalog claim for an SMS brief's LMS that would say only what the product is (no fact, offer or caution
    of this reader's to give: a luxury reader's mood-only house line is none), as _spare_line picks one: none that the
    opening says again, no lip kind, nothing out of season, and one that keeps the text within SMS_LMS_HANGUL
    ("…보습 미스트입니다. 아주 고운 입자로 분사되어 메이크업 위에도 물방울이 맺히지 않습니다."; 합쇼체 as written,
    the level is set later)."""
    told = [s for s in said if s]
    season = plan.values.get("season", "")
    size = len(_HANGUL.findall(" ".join(told)))
    for claim in plan.facts.feature_claims:
        if off_season(claim, season) or _LIP_CLAIM.search(claim):
            continue
        if any(says_again(claim, s) or texture_clash(claim, s) for s in told):
            continue
        if size + len(_HANGUL.findall(claim)) <= SMS_LMS_HANGUL:
            return claim
    return None


# The style family heard in an SMS brief's short LMS (style 0 the moment, 2 what is missed, 3 a feeling, 4 the
# season): readings 33-36 read its two sentences as the brief's style unheard ("계절감 없음" in s2556, s3856, s4417,
# "FOMO는 제목에만 있음", "시간 긴박 없음", "감성 공감 톤 부족"; 504 of 842 such texts said no word of it)
_STYLE_HEARD = {  # ("루틴이 끊기지 않게": what the routine reader would miss)
    0: re.compile("지금|오늘|바로|서둘"),
    2: re.compile("놓치|아직|전에|아쉽|아쉬운|아까|아깝|먼저|끊기지|즈음|다 쓰|바닥"),
    3: re.compile("마음|나를|나에게|설렘|설레|오늘 밤|고마운|소중한|기분|포근|따뜻|위로|느껴|느낌|선물"),
}
_TITLE_HEARD = frozenset({0, 3})
_CLOSE_LEADS = {"오늘 저녁, ": "{season} 저녁, "}  # a close on the evening says the season's evening
_CONDITIONAL = ("라면", "다면")
_ASKED_IF = re.compile(r"^[^,.]*?(?:다면|라면),? ")  # a close that opens on the reader's condition
# The SMS's style word said whole in the LMS's ask, by stage: a bare "아직이라면" leaves unsaid what is not yet (a
# first-use reader has the product: reading 27, "'새로 들이신' … 모순"), and "나를 위해" before an ask to read or
# compare ("나를 위해 브랜드가 걸어온 길과 …을 읽어 보세요") reads as no feeling at all
# Round 25 (readings 37-39: "'설레는 마음으로 용량과 구성' 어색", twice; "설레는 마음으로 … 온라인 상담을 신청해",
# "설레는 마음으로 간단한 문답으로"): a thrill leads an ask to try the product, never one to compare, read, check or
# consult, which a first contact and a reader still choosing hear: they take the time for it, or make the choice one
# they love; a "…마음으로" lead is said as "…마음을 담아" before a close with its own "…으로".
# Round 26 (readings 42-43, s4114, s9820, s6518: "마음에 꼭 드는 선택이 되도록, 용량과 구성을 살펴보고 …" read as
# "마지막 문장이 어색"): a reader still choosing takes the time because the choice is their own ("나를 위한 선택인
# 만큼, …"); 47 of 1,158 SMS briefs' LMS said the old lead.
# Round 28 (reading 50, s3405, s3839: "'나를 위한 선택인 만큼' 템플릿 연결 어색", twice): a reason clause ("…인 만큼")
# argues before an ask to look, compare or consult, which it gives no ground for; the feeling is said as the care it
# comes from ("나를 아끼는 마음으로 성분과 구성을 살펴보고 …"), as the other stages' leads are (54 of 2,400 grid SMS
# briefs said the old lead, bench/sms_event_check.py for_me_choice).
_LMS_LEADS = {
    "아직이라면": {0: "아직 모르셨다면", 1: "아직 시작 전이라면", 3: "아직 고민 중이라면"},
    "나를 위해": {
        0: "나를 위한 시간을 잠시 내어",
        1: "설레는 마음으로",
        2: "나를 챙기는 마음으로",
        3: "나에게 주는 선물이라면",
    },
}
_FRONTED = (*_CONDITIONAL, "내어", "되도록", "만큼")  # leads said first, with a comma
# "떨어지기 전에" leads an ask to refill or keep the product at hand; before any other (a report, a guide: reading 44,
# s3791: "'떨어지기 전에 리포트를 받아 보세요' 연결이 어색") what is missed is the time
# Round 29 (readings 53-54, s7224, s6668: "'나를 아끼는 마음으로' 어색", "'스스로를 아끼는 마음' 같은 상투구"): the
# choice said as the gift it is to oneself ("나에게 주는 선물이라면, 용량과 구성을 살펴보고 골라 보십시오"), and
# only before an ask to choose or try; before a consultation, a report or a read the close goes unled (s8111: "나를
# 아끼는 마음으로 … 온라인 상담을 신청해 보십시오", "상담 권유 문장 어색")
_MY_CHOICE, _DEAR_CHOICE = "나에게 주는 선물이라면", "스스로에게 주는 선물이라면"
_CHOSEN = re.compile("골라|고르|들여|들이|써 보|만나 보|더해 보|챙겨|곁에")
# "사용감으로", "순서로", "단계로는" (never "새로", "바로", "따로", "그대로" …)
_INSTRUMENTAL = re.compile(r"(?<!\S)(?!(?:새|바|서|따|그대|스스|절)로 )\S*?[가-힣](?:으로|로)(?:는)? ")
_SET_APART = re.compile(r"(?<![가-힣])(이 [가-힣]+(?: [가-힣]+)?), ")  # "…맞는 이 선크림, 지금 …"
_TRIED_ASK = re.compile(r"(?:써|발라|만나) 보")  # an ask to try the product itself
_SAYS_ME = re.compile("나에게|나를|내 ")
_RUNS_OUT = "떨어지기 전에"
# Round 29 (reading 53, s1996: "'놓치기 전에 고마운 분께' 억지 FOMO", "'놓치기 전에' 근거 없음"): what is missed beside
# the offer never leads an ask to give the product or thank someone: a gift is not hurried; the close goes unled
_OFFER_MISSED = "놓치기 전에"
_GIVING = re.compile("고마운|건네|선물로|마음을 전")
_REFILLS = re.compile("챙겨|채워|쟁여|들여|주문|구매(?! 내역)|곁에|이어|다시|미리")
_BEFORE_LATE = "늦기 전에"


# What is missed said in other words where the style's word says the title again ("혼자 알기 아까운 에멀젼" over
# "혼자 알기 아깝다면, …", reading 40, s2781: "제목과 본문 '알기 아깝다' 중복") or a close that opens on its own
# condition follows a conditional one ("아직 모르셨다면, 어떤 느낌일지 궁금했다면 …"): the first that fits
_OTHER_LEADS = {
    "아직 모르셨다면": ("지나치기 전에",),
    # no offer is lost by waiting (reading 43, s5192: "혜택 없는 '놓치기 전에'가 공허"): the product passed by
    "아직 고민 중이라면": ("고민만 하다 지나치기 전에", "지나치기 전에"),
    "혼자 알기 아깝다면": ("써 본 느낌을 잊기 전에",),
}
_STYLE_LEADS = (  # the close's words for what is missed (_styled_close), as said
    *(lead for by_stage in _LMS_LEADS.values() for lead in by_stage.values() if "아직" in lead),
    "혼자 알기 아깝다면",
    "떨어지기 전에",
    *(lead for leads in _OTHER_LEADS.values() for lead in leads),
)
_CLAUSE_LEADS = frozenset(w for leads in _OTHER_LEADS.values() for w in leads if len(w.split()) > 2)  # a clause: ","
_LEAD_WORD = re.compile("[가-힣]{2,}")
_LEAD_PLAIN = frozenset({"아직", "지금", "오늘", "이번", "전에", "먼저"})  # a time word in both says no phrase again


def _echoes(word: str, title: str) -> bool:
    """Whether a lead says a word of the title again (its first two syllables: "알기 아깝다면" / "알기 아까운")."""
    return any(w[:2] in title for w in _LEAD_WORD.findall(word) if w[:2] not in _LEAD_PLAIN)


def _unechoed_lead(word: str, title: str, asked_if: bool, close: str = "") -> str | None:
    """`word`, or where it says the title again or is a second condition before a close that opens on one, other
    words for what is missed that do neither; None where none does (the close goes unled). Of those, the first that
    says no word of the `close` it leads either (round 30: "아직 고민 중이라면, 계절 따라 달라진 고민에 맞춰 …")."""
    fitting = [
        lead
        for lead in (word, *_OTHER_LEADS.get(word, ()))
        if not _echoes(lead, title) and not (asked_if and lead.endswith(_CONDITIONAL))
    ]
    if fitting:
        return next((lead for lead in fitting if not _echoes(lead, close)), fitting[0])
    # none: the style stays said (_fomo_title_kept then changes the title that says it), never a second condition
    return None if asked_if and word.endswith(_CONDITIONAL) else word


_OPENS_ON = re.compile(r"(?:[^,.]*, )?(?:[^,.]*?(?:다면|라면),? )?")
_EVENT_GENERIC = frozenset({"가이드", "모음", "콘텐츠", "안내", "캠페인", "이벤트"})


def _event_led(
    paragraphs: list[list[str | None]], plan: MessagePlan, event: CampaignEvent | None
) -> list[list[str | None]]:
    """An SMS brief's LMS that leaves out its content event's description (its one reason takes that place) and
    closes on the stage's ask, which names nothing of the event beyond its button's word (reading 40, s2781: a
    referral with the 선물 추천 모음 closed "고마운 분께 이 에멀젼을 선물로 건네 보세요", "선물 추천 모음 이벤트
    미언급"; 38 of 558 such texts with an event said none of it): the close led by the event's own SMS words
    ("선물 추천 모음을 보고 …"), after a frame or a condition it opens on."""
    if event is None or event.is_promotion or event.offer is None or not event.offer.sms or not paragraphs:
        return paragraphs
    close = paragraphs[-1][-1] if paragraphs[-1] else None
    if not close or event.offer.sms in close:
        return paragraphs
    said = " ".join(s for p in paragraphs for s in p if s)
    own = [w[:2] for w in event.name.split() if w not in _EVENT_GENERIC and w[:2] not in plan.cta]
    if not own or plan.cta == event.button or any(w in said or w in plan.title for w in own):
        return paragraphs
    opened = _OPENS_ON.match(close).end()  # "이번 겨울, ", "…있다면 ": the event after the frame
    led = f"{close[:opened]}{event.offer.sms} {close[opened:]}"
    return [*paragraphs[:-1], [*paragraphs[-1][:-1], led]]


# Readings 37-40 read a time-pressed SMS brief's "지금 이 에멀전을 꺼내 써 보세요" as no urgency at all (s3011, s7075,
# s6668, s9858: "긴박감 없음", "시간 긴박감 없음"): a bare "지금" opening the close says why now, from what the brief
# holds (the season; at a referral, what was felt), never a deadline
_URGENT_NOW = {4: "써 본 느낌이 생생한 지금"}
# beside a close that asks what was tried and felt ("써 보고 느낀 점을 후기로", reading 43, s6758: "'써 본 느낌이
# 생생한 지금, 써 보고 느낀 점' 반복") the memory is what is fresh
_URGENT_NOW_TRIED = (re.compile("써 보|느낀|느낌"), "기억이 생생한 지금")
# the season presses a care step (use, refill, choose), never reading or checking ("겨울이 깊어지기 전에, 지금 브랜드
# 이야기를 읽어 보세요"), nor a close that says "…전에" already or runs on a comma of its own
_NOT_SEASON_PRESSED = re.compile("전에|읽어|살펴|확인|알아보|둘러|, ")


_FIRST_FEEL_WORDS = "첫 느낌"
_ALERT_SAID = "알림을 신청하시면"
_FIRST_FEEL = re.compile(r"(이 [^,.]+?)의 첫 느낌을 ")


def _styled_close(plan: MessagePlan, said: list[str | None]) -> str:
    """_styled_word's close (its "요즘" said once, _now_said_once), where the brief is time-pressed first and the
    close opens on a bare "지금" that the title does not say, with why now before it ("겨울이 깊어지기 전에, 지금
    …")."""
    close = _BENEFIT_WHILE.sub(r"이번 혜택과 함께 \1 골라", _now_said_once(_styled_word(plan, said), said))
    if lines.LIVE_SCHEDULED in close and not any(s and _ALERT_SAID in s for s in said):
        # the text left out the alert that brings the schedule: the close asks for it, once, with no "지금"
        close = close.replace(f"지금 {lines.LIVE_SCHEDULED}", lines.LIVE_SCHEDULED)
        close = close.replace(lines.LIVE_SCHEDULED, lines.LIVE_ALERTED)
    felt = _FIRST_FEEL.search(close) if _FIRST_FEEL_WORDS in plan.title else None
    if felt:  # "궁금했던 앰플의 첫 느낌" over "이 앰플의 첫 느낌을 …" (reading 46, s5510: "'첫 느낌' 반복")
        this = felt.group(1)
        close = f"{close[: felt.start()]}{this}{particle_for(this, '을')} {close[felt.end() :]}"
    if plan.styles[:1] != (0,) or not close.startswith("지금 ") or "지금" in plan.title:
        return close
    season = plan.values.get("season", "")
    if plan.stage in _URGENT_NOW:
        rest = close.removeprefix("지금 ")
        tried, fresh = _URGENT_NOW_TRIED
        return f"{fresh if tried.search(rest) else _URGENT_NOW[plan.stage]}, {rest}"
    offered = plan.offer is not None and plan.is_promotion and plan.offer in said
    if not season or season in close or any(season in s for s in said if s):
        return _now_reasoned(plan, close, "", offered)
    if _NOT_SEASON_PRESSED.search(close):
        return _now_reasoned(plan, close, season, offered)
    return f"{season}{particle_for(season, '이')} 깊어지기 전에, {close}"


# Round 26 (part 2): 78 of 241 time-pressed SMS briefs' LMS still closed on a bare "지금" where the season could not
# press the ask (a close that reads, checks or runs on a comma: "지금 성분과 제형 정보부터 확인해 보십시오.", "지금 이
# 크림, 이번 혜택과 함께 직접 써 보세요."): the "지금" is given the reason the plan holds, never a deadline: the offer
# said before it ("혜택이 있는 지금, 이 크림을 직접 써 보세요."), the product running out at the routine stage ("다 쓰기
# 전에, 지금 확인하고 …"), else the season's routine by stage (choosing "겨울 루틴을 고르는 지금, …", starting "겨울
# 루틴을 시작하는 지금, …", keeping it up "겨울이 깊어지는 지금도 …").
_OFFER_AGAIN = re.compile(r" ?이번 혜택(?:과 함께|으로)(?= )")
_THIS_ONE = re.compile(r"^(이 \S+), ")
_NOW_STAGE_LEADS = {
    0: "{season} 루틴을 고르는 지금",
    1: "{season} 루틴을 시작하는 지금",
    3: "{season} 루틴을 고르는 지금",
}


def _now_reasoned(plan: MessagePlan, close: str, season: str, offered: bool) -> str:
    """`close` opening on a bare "지금" with why now before it (the offer said, running out, the season's routine
    by stage: `season` where no sentence says it yet), or as it is where the plan holds none or the close says one
    already ("지금 다 쓰기 전에 …")."""
    if not close.startswith("지금 ") or "전에" in close:
        return close
    rest = close.removeprefix("지금 ")
    comma = "" if ", " in rest else ","  # never "…지금, 익숙한 손길 그대로, …"
    if offered:  # the offer said before the close: its window is the reason
        rest = _OFFER_AGAIN.sub("", rest).lstrip()
        this = _THIS_ONE.match(rest)
        if this:  # "이 크림, 직접 써 보세요" → "이 크림을 직접 써 보세요"
            rest = f"{this.group(1)}{particle_for(this.group(1), '을')} {rest[this.end() :]}"
        comma = "" if ", " in rest else ","
        return f"혜택이 있는 지금{'도' if plan.stage == 2 and '이어' in rest else ''}{comma} {rest}"
    if plan.stage == 2 and "미리" in rest:  # the routine's product runs out
        return f"다 쓰기 전에, {close}"
    if not season or season in plan.title:  # the title's season said once
        return close
    if plan.stage == 2 and "이어" in rest:
        return f"{season}{particle_for(season, '이')} 깊어지는 지금도 {rest}"
    lead = _NOW_STAGE_LEADS.get(plan.stage)
    if lead is None:
        return close
    if "루틴" in rest:  # not "겨울 루틴을 고르는 지금, … 맞는 루틴을"
        lead = f"{season}{particle_for(season, '을')} 맞는 지금"
    rest = rest.replace("쓰는 제품", "쓰고 계신 제품", 1) if rest.startswith("쓰는 제품") else rest
    return f"{lead.format(season=season)}{comma} {rest}"


# Readings 41 and 43 (s5801, s6867: "'요즘 루틴' 반복"): the trendy product line ("요즘 루틴에 들이기 좋은 …") said
# "요즘" and the close says it again ("요즘 루틴에 새로 들일 한 가지", "요즘 나에게 맞는 이 토너"): the close's goes
# ("내 루틴에 …", "나에게 맞는 …"); 18 of 1,158 SMS briefs' LMS said it twice.
_NOW_WORD = "요즘 "
# Reading 42 (s4586: "'혜택이 있을 때 골라 보십시오' 어색"): the offer's time said before what is chosen ("…살펴보고
# 혜택이 있는 동안 이 크림을 골라 보십시오"); 15 of 1,158 SMS briefs' LMS said it after
_BENEFIT_WHILE = re.compile(r"(이 \S+?[을를]) 혜택이 있을 때 골라")


def _now_said_once(close: str, said: list[str | None]) -> str:
    """`close` without its "요즘" where the sentences before it say it."""
    if _NOW_WORD not in close or not any(s and _NOW_WORD in s for s in said):
        return close
    at = close.index(_NOW_WORD)
    rest = close[at + len(_NOW_WORD) :]
    return close[:at] + ("내 " if rest.startswith("루틴") else "") + rest


# Readings 41-44 (s5589, s6890, s7789: "'이번 겨울, 요즘 루틴에' 어색", "'이번 겨울, 오늘' 어색"): a close that opens
# on its own time word takes the season into that frame, never a second one before it: "요즘 루틴에" becomes "이번
# 겨울 루틴에" (round 37), and before "오늘", "지금" or "다 쓰기 전에" the season is the occasion ("겨울을 맞아 오늘
# …"); 33 of 1,158 SMS briefs' LMS said the two frames.
_TIME_OPENING = re.compile("(?:오늘|지금|다 쓰|떨어지|바닥나) ")


# Reading 91 (s5589, 3.5: "'겨울인 요즘'이 어색"): the season said in place of "요즘", never beside it: "요즘 루틴에
# 새로 들일 한 가지" becomes "이번 겨울 루틴에 새로 들일 한 가지", as it did already where "요즘" was said before it.


def _season_framed(close: str, season: str) -> str:
    """The close with the season said as its frame (_styled_word's seasonal word): "요즘" as "이번 겨울"."""
    if "이번" in close:
        return f"{season}에는 {close}"
    if close.startswith("요즘 "):
        return f"이번 {season} {close.removeprefix('요즘 ')}"
    if _TIME_OPENING.match(close):
        return f"{season}{particle_for(season, '을')} 맞아 {close}"
    return f"이번 {season}, {close}"


# Reading 48 (s7502, 2.0: "'고민 중이라면, 요즘 내 루틴에 맞는 이 미스트, 지금' 어색"): the trendy choosing close
# (lines.CLOSE_VARIANTS (3, trendy)) frames its ask twice ("요즘 …, 지금"), and the style's lead before it made three;
# in an SMS brief's LMS it is one ask with one frame: the season's routine (the seasonal style), "지금" (the
# time-pressed one: _styled_close says why now), else "요즘"
_TRENDY_CHOICE = re.compile(r"^요즘 내 루틴에 맞는 (이 [^,]+), 지금 골라 보세요\.$")


_OPENING_PHRASE = re.compile(r"^([^,.]+), ")  # a close's opening phrase before a comma


def _one_frame(close: str, plan: MessagePlan) -> str:
    """The trendy choosing close said with one time frame ("이 미스트를 요즘 새로 들여 보세요."); any other as it
    is."""
    match = _TRENDY_CHOICE.match(close) if close else None
    if match is None:
        return close
    this = match.group(1)
    held = f"{this}{particle_for(this, '을')}"
    season = plan.values.get("season", "")
    # "들여" where the product line says no "들이기 좋은" (the trendy product line), else "골라"
    drawn = "들이" not in plan.product_line
    verb = "들여" if drawn else "골라"
    if plan.styles[:1] == (0,):
        return f"지금 {held} {verb} 보세요."
    # no "루틴": the stage's title says it ("내 루틴에 더하는 미스트", set after the plan: _fomo_title_kept)
    if 4 in plan.styles and season:  # the season as "요즘" (the trendy tone's word kept: _season_framed), said once
        if "요즘" in plan.product_line:
            return f"이번 {season}, {held} {verb} 보세요."
        return f"{season}인 요즘, {held} {'새로 들여' if drawn else '골라'} 보세요."
    return f"{held} 요즘 새로 들여 보세요." if drawn else f"{held} 이번에 골라 보세요."


def _styled_word(plan: MessagePlan, said: list[str | None]) -> str:
    """The close led by the SMS's own word for the brief's first style (sms.moment: "지금", "아직이라면",
    "놓치기 전에" beside the offer, "나를 위해", "마음을 담아", "겨울엔") where neither the sentences before it nor
    the close say the style: the ask carries it, the text before the ask stays as short (SMS_LMS_HANGUL), and the
    season now said lets the plan's seasonal title stand (sms.promise_kept). Never a deadline or a number."""
    # the close _close_told leaves: the plain one where the offer it goes on from is not said
    close = _one_frame(plan.plain_close if plan.plain_close and plan.offer not in said else plan.close, plan)
    text = " ".join(s for s in (*said, close) if s)
    season = plan.values.get("season", "")
    heard = {**_STYLE_HEARD, 4: re.compile(season or "\0")}
    marked = [s for s in plan.styles if s in heard]
    # a moment or a feeling the title says is heard ("에멀젼, 지금 고르기 좋은 때" over "지금 …" says it twice); what is
    # missed (reading 33: "FOMO는 제목에만 있음") and the season (sms.promise_kept drops a season title the body never
    # says) must be said in the text
    titled = [s for s in marked if s in _TITLE_HEARD and heard[s].search(plan.title)]
    if not close or not marked or titled or any(heard[s].search(text) for s in marked):
        return close
    offer = plan.offer is not None and plan.is_promotion and plan.offer in said
    words = sms.moment(plan.styles, season, plan.facts.name, offer, plan.stage)
    word = next((w for w in words if w != "오늘 루틴에"), None)
    if word is None:
        return close
    if word.endswith(sms.SEASON_END):  # "겨울엔 궁금하셨다면 …" reads as a bare adverb: the season as the frame
        for lead, styled in _CLOSE_LEADS.items():
            if close.startswith(lead):
                return styled.format(season=season) + close.removeprefix(lead)
        return _season_framed(close, season)
    word = _LMS_LEADS.get(word, {}).get(plan.stage, word)
    if word == _MY_CHOICE and not _CHOSEN.search(close):
        return close
    if word == _MY_CHOICE and _SAYS_ME.search(close):  # never "나에게 주는 … 지금 나에게 맞는지"
        word = _DEAR_CHOICE
    if word == _OFFER_MISSED and _GIVING.search(close):  # "놓치기 전에 고마운 분께 …" (s1996: "억지 FOMO")
        return close
    if word == _RUNS_OUT and not _REFILLS.search(close):  # "떨어지기 전에 … 리포트를 받아 보세요" (reading 44, s3791)
        word = _BEFORE_LATE
    # a title urging not to miss it over no offer gives way to another (_fomo_title_kept): no echo of it to shun
    shown = plan.title if not _FOMO_TITLE.search(plan.title) or (plan.offer and plan.offer in said) else ""
    word = _unechoed_lead(word, shown, bool(_ASKED_IF.match(close)), close)
    if word is None:
        return close
    opened = _OPENING_PHRASE.match(close)  # "써 본 느낌을 잊기 전에, 써 본 느낌, 친구에게 …": the lead says it
    if opened and opened.group(1) in word:
        close = close[opened.end() :]
    # a "…마음으로" lead takes the product set apart in the close as its object ("…마음으로 이 클렌저, 이번 혜택과
    # …" is no sentence); before a close with its own "…(으)로" ("…순서로", "…사용감으로") it reads as one sentence
    # only as "…마음을 담아" before an ask to try the product; before a look, a comparison or a report ("나를 아끼는
    # 마음을 담아 … 다음 단계는 성분과 사용감으로 비교해 보십시오", "나를 챙기는 마음을 담아 구매 내역으로 점검한 …
    # 리포트를 받아 보세요") no lead reads well: the close goes unled (round 28, part 2; bench/sms_event_check.py
    # stiff_lead)
    if word.endswith("마음으로") or word in (_MY_CHOICE, _DEAR_CHOICE):
        apart = _SET_APART.search(close)
        if apart:  # "설레는 마음으로 이 클렌저를 이번 혜택과 함께 …", never "…마음으로 이 클렌저, …"
            this = apart.group(1)
            close = f"{close[: apart.start(1)]}{this}{particle_for(this, '을')} {close[apart.end() :]}"
        if _INSTRUMENTAL.search(close) and word.endswith("마음으로"):
            if not _TRIED_ASK.search(close):
                return close
            word = word.removesuffix("으로") + "을 담아"
    comma = "," if word.endswith(_FRONTED) or word in _CLAUSE_LEADS else ""
    led = _missed_before_ask(word, close) if word in _MISSED_LEADS else None
    if led:  # what is missed leads the ask it hurries
        return led
    for lead in _CLOSE_LEADS:  # "오늘 저녁, 설레는 마음으로 이 토너를 꺼내 써 보세요."
        if close.startswith(lead) and not comma:
            return f"{lead}{word} {close.removeprefix(lead)}"
    asked = _ASKED_IF.match(close)  # "궁금하셨다면 지금 …", never "지금 궁금하셨다면"
    if asked and not comma:
        return f"{asked.group(0)}{word} {close[asked.end() :]}"
    return f"{word}{comma} {close}"


# Round 35 (readings 78-81, s8247: "지나치기 전에 지금 나에게 맞는지 보고 이 팩을 골라 보시면 좋겠습니다", "마지막
# 문장이 꼬였고"; s3016: "'지나치기 전에' 연결이 어색"): "지나치기/놓치기 전에" said before what it does not govern. The
# check goes first and the lead stands before the ask it hurries; before a consultation the worry it answers is said
# first; before a test or a chat consultation, which nothing is missed by, it is left out. (sms.asked_for_stage patched
# this in the written text until round 35; said so here, where the close is led.)
_MISSED_LEADS = frozenset({"지나치기 전에", "놓치기 전에"})
_CHECK_FIRST = re.compile(r"^(?:지금 )?((?:나에게|내 \S+에) 맞는지) (?:보고|살펴보고) ")
_WORRY_FIRST = re.compile(r"^([^,.]*? 고민)에 맞춰 ")
_NOTHING_MISSED = re.compile("^(?:간단한 문답|매장이나 온라인|온라인 채팅)")


def _missed_before_ask(word: str, close: str) -> str | None:
    """The close led by what is missed (`word`), said where it governs the ask; None where the close opens on no
    check, worry or service (the lead goes first as usual)."""
    if _NOTHING_MISSED.match(close):
        return close
    check = _CHECK_FIRST.match(close)
    if check:
        return f"{check.group(1)} 살펴보고, {word} {close[check.end() :]}"
    worry = _WORRY_FIRST.match(close)
    if worry:
        return f"{worry.group(1)}, {word} {close[worry.end() :]}"
    return None


# What the house is, said with the brand as its topic (fit.LUXURY_HOUSE, LUXURY_BRAND, the house formula): the luxury
# reader's reason, the adnominal before the brand ("피부 장벽을 연구해 온 에스트라") and what the sentence says after it
_HOUSE_SAID = re.compile(
    r"^(?P<brand>\S+?)(?:은|는) (?P<what>.+?)"
    r"(?: 브랜드(?:예요\.|입니다\.|라, [^.]+\.|로, (?P<rest>이 [^,.]+에는 [^.]+\.))|(?P<came>해 왔(?:어요|습니다)\.))$"
)
_ADNOMINAL_END = ("는", "은", "한", "온", "된", "운", "인", "던")


def _house_clause(sentence: str, brand: str) -> tuple[str, str] | None:
    """A house sentence as the words before the brand ("피부 장벽을 연구해 온 에스트라", "…출발한 스킨케어 브랜드
    라네즈") and what it goes on to say of the product ("이 크림에는 …을 담았어요."), or None where it is no such
    sentence."""
    match = _HOUSE_SAID.match(sentence)
    if not match or match.group("brand") != brand:
        return None
    what = match.group("what")
    if match.group("came"):
        what += "해 온"
    elif not what.endswith(_ADNOMINAL_END):  # "…출발한 스킨케어": the kind of house stays a brand
        what += " 브랜드"
    return f"{what} {brand}", match.group("rest") or ""


def _house_in_product_line(laid: list[list[str | None]], plan: MessagePlan) -> list[list[str | None]]:
    """The house line of a luxury reader's SMS brief joined into the product line (reading 33: "브랜드 소개 문장이
    따로 떨어져 붙은 느낌"): before the name where the line opens on it ("피부 장벽을 연구해 온 에스트라의 아토베리어365
    크림은 …"), else after the definition ("…크림으로, 피부 장벽을 연구해 온 에스트라가 만들었어요."). It stays said:
    it is that reader's reason."""
    brand = plan.values.get("brand") or ""
    first = laid[0] if laid else []
    if not brand or not first or first[0] is None:
        return laid
    line, name = first[0], plan.facts.name
    for at, sentence in enumerate(first[1:], 1):
        house = _house_clause(sentence, brand) if sentence else None
        if house is None:
            continue
        clause, rest = house
        if f", {name}" in line:  # "가벼운 젤 크림, …브랜드 코스알엑스의 풀핏 … 크림을 소개해 드립니다" (reading 42,
            return laid  # s7135: "첫 문장이 수식어를 이어 붙여 어색"): the house keeps its own sentence
        if line.startswith(name) and clause.endswith(f" 브랜드 {brand}"):
            # never "…스킨케어 브랜드 아이오페의 {name}은 …" (reading 78, s7076, s4625: "브랜드 소개와 제품
            # 설명을 한 문장에 몰아넣어 무겁고", "첫 문장이 너무 길고 무거움"; sms.asked_for_stage set it apart
            # after): the house a sentence of its own before the product's definition
            topic = f"{name}{particle_for(name, '은')} " if line.startswith(f"{name}, ") else ""
            said = f"{topic}{line.removeprefix(f'{name}, ')}" if topic else line
            house_line = f"{brand}{particle_for(brand, '는')} {clause.removesuffix(f' {brand}')}예요."
            return [[house_line, said, *first[1:at], rest or None, *first[at + 1 :]], *laid[1:]]
        if line.startswith(name):
            at_name = line.find(name)
            joined = f"{line[:at_name]}{clause}의 {line[at_name:]}"
        else:
            match = _DEFINES.match(line)
            if not match:
                return laid
            joined = f"{_joined_kind(match.group('np'), plan)}, {clause}{particle_for(brand, '이')} 만들었어요."
        return [[joined, *first[1:at], rest or None, *first[at + 1 :]], *laid[1:]]
    return laid


@lru_cache(maxsize=64)
def _luxury_research(brand: str, story: str) -> str | None:
    """What a house whose story calls it a luxury one ("…한국의 럭셔리 스킨케어 브랜드") researches, else None."""
    house = brand_house(brand, story)
    return brand_research(story) if house and "럭셔리" in house else None


_HOUSE_INTRODUCED = frozenset({0, 1, 3})  # stages whose reader is not yet a user (plan.py: no house to a user)


def _house_before_name(laid: list[list[str | None]], plan: MessagePlan, story: str) -> list[list[str | None]]:
    """Reading 46 (s4270, 2.5: "'보습 유액이에요' 설화수답지 않게 밋밋", "설화수 격 부족"): a luxury house's SMS
    brief's LMS that names neither the house nor what it researches (fit.brand_research) opens its product
    line with them ("인삼을 비롯한 한방 원료를 연구해 온 설화수의 자음유액 EX는 보습 유액이에요."), for a reader who is
    not yet a user, where the text before the ask stays within SMS_LMS_HANGUL."""
    brand = plan.values.get("brand") or ""
    first = laid[0] if laid else []
    if not brand or plan.stage not in _HOUSE_INTRODUCED or not first or not first[0]:
        return laid
    line, name = first[0], plan.facts.name
    # a line that joins a second clause ("…고보습 크림으로, 써 보면 …") is long enough: it is split, its noun said twice
    subject = _luxury_research(brand, story) if line.startswith(name) and ", " not in line[len(name) + 2 :] else None
    said = " ".join(s for p in laid for s in p if s).replace(name, "")
    # nor where its raw material is said already ("…인삼 추출물처럼 자연에서 얻은 원료": 인삼 twice)
    if not subject or brand in said or subject.split()[0].rstrip("을를") in said:
        return laid
    # the longer line is said apart from a next sentence that says the noun ("…크림입니다. … 풍성한 크림이")
    if any(s and plan.facts.noun in s for s in first[1:]):
        return laid
    joined = f"{subject}{particle_for(subject, '을')} 연구해 온 {brand}의 {line}"
    if len(_HANGUL.findall(_join([joined, *first[1:]]))) > SMS_LMS_HANGUL:
        return laid
    return [[joined, *first[1:]], *laid[1:]]


def _house_after_definition(paragraph: list[str | None], plan: MessagePlan) -> list[str | None]:
    """A long form's house sentence right after the definition joined to it (reading 34, s7357, s4031: "브랜드 소개
    문장이 끼어든 느낌"; reading 33, s8777: "'연구해 왔습니다' 군더더기"): "…밤으로, 섬에서 얻은 원료를 연구해 온
    이니스프리가 만들었어요", where the whole still reads as one sentence."""
    brand = plan.values.get("brand") or ""
    if not brand:
        return paragraph
    for at in range(1, len(paragraph)):
        sentence, before = paragraph[at], paragraph[at - 1]
        # a house said with the reader's trust in it ("…브랜드라, 믿고 여유 있게 들이기 좋아요") keeps it: joined, the
        # trust would go (tests/generation/test_fit.py, the luxury reader's tone)
        toned = bool(sentence and _TONED_HOUSE.search(sentence))
        house = _house_clause(sentence, brand) if sentence and before and not toned else None
        match = _DEFINES.match(before) if house and before else None
        if not house or not match:
            continue
        # the ingredient opener joins this definition (_opener_joined): it stays that one sentence
        if at >= 2 and paragraph[at - 2] == plan.hook and plan.values.get("opener_joined"):
            continue
        # "한율의 어린쑥 트러블 미스트를 소개해 드려요. …한율이 만들었어요": the brand said just before, not twice
        if any(s and brand in s for s in paragraph[: at - 1]):
            continue
        clause, rest = house
        kind = _joined_kind(match.group("np"), plan)
        joined = f"{kind}, {clause}{particle_for(brand, '이')} 만들었어요."
        # the formula the house line went on to ("…브랜드로, 이 크림에는 녹차 추출물을 담았어요") is said by the house
        # that made it: never "…이니스프리가 만들었습니다. 이 크림에는 녹차 추출물을 담았습니다." (round 36, readings
        # 86-87, s4331: "성분 문장이 끊겨 어색", "성분 문장이 뚝뚝 끊기고"; 6 of 3,600 long messages)
        held = _HOUSE_FORMULA_REST.match(rest or "")
        if held:
            verb = "넣어" if "담" in f"{kind}{clause}" else "담아"  # "…을 담은 미스트로, …을 담아" says it twice
            with_it = f"{kind}, {clause}{particle_for(brand, '이')} {held.group('what')} {verb} 만들었어요."
            if len(with_it) > _HOUSE_JOINED_MOST:  # the house's own sentence says its formula whole
                continue
            joined, rest = with_it, ""
        # a bare kind ("맑은 워터 토너이고, …") has no subject to join: the two stay apart
        if not kind.endswith("이고") and len(joined) <= _HOUSE_JOINED_MOST:
            return [*paragraph[: at - 1], joined, rest or None, *paragraph[at + 1 :]]
    return paragraph


_TONED_HOUSE = re.compile(r" 브랜드라, [^.]+\.$")
_HOUSE_FORMULA_REST = re.compile(r"^이 [^,.]+에는 (?P<what>[^,.]+?(?:을|를)) 담았어요\.$")
_HOUSE_JOINED_MOST = 100  # characters: the house clause is long; past this the two stay apart


_HANGUL = re.compile("[가-힣]")
SMS_LMS_HANGUL = 100  # Hangul before the ask of an SMS brief's LMS (reading 23: "SMS 분량 초과" past it)


_PER_UNIT_SAID = re.compile(r"당 약 ([\d,]+)원")
# how it feels (readings 17-19), or a helper named from the label ("성분표에 콜레스테롤이 들어 있어요"): no reason
_NO_REASON_KINDS = frozenset({"texture", "formula"})


def _points_line(text: str) -> bool:
    """A line kept off the SMS/LMS reason: one naming 포인트 (beside an event it reads as an invented points offer)
    or the trend feature's short line (fit.TREND_FEATURE_SHORT, which said "…반가운 포인트예요" until round 36 and
    does not join the product's sentence)."""
    return "포인트" in text or TREND_FEATURE_READER in text


def _own_short(plan: MessagePlan) -> str | None:
    """The reader's own line (fit.py), short where its short form is no points offer to the guard ("…반가운
    포인트예요" beside an event reads as an invented 포인트), none that the product line says, that only tells how
    the product feels, or that prices a unit past what reads as a reason (sms.UNIT_PRICE_SAID: "1ml당 약 1,500원")."""
    fit = plan.fit
    if fit is None or fit.kind in _NO_REASON_KINDS or (fit.fact and fit.fact in plan.product_line):
        return None
    # nor one naming an ingredient the product line names ("…여과물을 담은 에센스로, … 여과물을 96% 담았어요")
    said = plan.product_line.replace(plan.facts.name, "")  # the name's own words ("비자 …") are no repeat
    if any(i.split()[0] in fit.line and i.split()[0] in said for i in plan.facts.ingredients):
        return None
    line = next((t for t in (fit.short, fit.line) if t and not _points_line(t)), None)
    per = _PER_UNIT_SAID.search(line or "")
    if line is None or (per and int(per.group(1).replace(",", "")) > sms.UNIT_PRICE_SAID):
        return None
    return line


SMS_LMS_SHORT = 150  # characters before the ask: past this an LMS from an SMS brief reads as a letter
SMS_LMS_PAIR = 120  # a Compare grid's third variant gives two reasons only within this (reading 23: "SMS 분량 초과")


@lru_cache(maxsize=1024)
def _says_something(
    kind: str, promotion: bool, referral: bool = False, invite: bool = False, has_fact: bool = False
) -> bool:
    """A body that gives the reader one concrete benefit beside the name and the ask: the event's offer
    with its condition (a promotion); else this reader's own catalog fact ("약산성", "주름 개선 기능성")
    wherever the catalog states one (`has_fact`), or a stated reason or the care tip where it states
    none (a quality word alone, "가벼운 토너", is none); beside a content event's invitation, any stated
    reason. A content event's invitation and a referral's
    friend ("원료를 따지는 친구에게") are asks, not reasons: a body with only those says nothing (blind
    reading 14: "'…할 때입니다!' 한 줄로 끝나 구매 이유가 전혀 없음")."""
    carried = set(kind.removeprefix("sms-").removesuffix("-short-name").removesuffix("+style").split("+"))
    if promotion:
        return "offer" in carried
    # beside the event's own invitation, any stated catalog reason for the product, or the product the catalog names
    # for the routine's next step, which a line guide's invitation names (sms.next_step_asks)
    if invite:
        return "invite" in carried and bool(carried & {"fact", "reason", "next"})
    if has_fact:
        return "fact" in carried
    return bool(carried & ({"fact", "reason"} if referral else {"fact", "reason", "tip"}))


def _gives_reason(kind: str) -> bool:
    """Whether an SMS form (its kind, "sms-fact+offer+style") gives a reason beside any offer: a fact, a reason or
    the care tip (round 38: a promotion kept SMS on its offer alone read "한 줄뿐", s5893)."""
    carried = kind.removeprefix("sms-").removesuffix("-short-name").removesuffix("+style").split("+")
    return bool({"fact", "reason", "tip"} & set(carried))


def _has_fact(plan: MessagePlan, name: str) -> bool:
    """Whether the catalog states this reader's own fact in a form an SMS can put before `name`."""
    return bool(sms.reader_facts(plan.facts, plan.angle.key, name)) or sms.name_says_fact(name, plan.angle.key)


def sms_carries(request: GenerationRequest) -> bool:
    """True when an SMS can carry this brief whole within 90 bytes at its speech level: the full
    name, one concrete benefit (_says_something: the event's offer for a promotion, else this reader's
    catalog fact where the catalog states one) and a call to action; the style's word goes in where
    bytes remain, never at the cost of the SMS. An ad with no event is never carried (its LMS says more);
    a content or service event travels as its invitation (the event's SMS wording) after the full name
    and a stated reason, else as LMS; a name-only product has no reason to give."""
    event = request.evidence.event
    resolved = request.resolved
    # Round 24: an ad with no event has only the name and one clause beside the ad frame (~28 Hangul): it goes as
    # the flagged LMS, which says the reason, the product and the style, unless the marketer asks for the text
    # (sms_overflow=shorten keeps today's one-liner). Eleven blind readings rated all 30 kept one-liners 3.5 or
    # less (mean 2.8, no-event ones 2.0-3.0: "한 줄뿐", "이유·혜택·링크 없음"); an SMS brief's LMS read 3.3-3.8.
    # A promotion's offer, an invitation (or an event that suits neither, whose LMS would say it), a notice and a
    # name-only product keep the rule below. (Round 30 kept no-event one-liners that carried the reader's fact;
    # the lead's read of them beside the LMS they replaced, "…한란 아이 크림, 추천 부탁드립니다!", "…선크림, 쓰기
    # 좋습니다.", was again "한 줄뿐": this rule stands.)
    if event is None and not resolved.name_only and resolved.brief.is_ad:
        return False
    # Reading 70 (s5041, 1.5: "(광고)[설화수] 진설크림, 3종 세트 15% 낮은 가격으로 비교해 보십시오.", "설화수에
    # 가격 비교 어투 부적절", "근거가 보이지 않는 '15% 낮은 가격'"): a house that talks no price (voice.price_talk)
    # never sends a price cut as a bare one-liner; its LMS spells out the set and its condition in the house's words
    promotion_event = event is not None and event.is_promotion
    if event is not None and event.offer is not None and event.offer.kind == "price":
        if not voice_of(resolved.brand).price_talk:
            return False
    # Round 38 (readings 92-93, s5893 and s6752, 3.0: "(광고)[설화수] 자음수 EX, 첫 주문 시 10% 쿠폰 받고 만나 보세요.",
    # "'공식 온라인몰' 조건이 빠짐", "링크가 없어 행동할 곳이 없음"): 36 of the 37 promotions a 1,300-brief grid kept
    # SMS said the offer alone, its condition cut to fit and no place to act (bench/sms_r38_check.py). An SMS has no
    # button: the brief's link is the only place it can name, so a promotion without one goes as the flagged LMS, which
    # says the product, a reason, the condition whole and its ask line; with one, it is kept only where a reason and
    # the condition whole (sms.condition_kept) fit beside the offer
    if promotion_event and (not resolved.brief.link_url or not sms.condition_kept(event)):
        return False
    invite = _invitation(request) is not None
    # Round 28: a content event whose invitation does not suit the product (sms.invitation_fits) was sent as an SMS
    # that left the event out: reading 52, s4630 (피부 변화 맞춤 상담), "선명한 발색의 꾸뛰르 립 틴트 벨벳, 챙기기
    # 좋습니다." read 2.0, "상담 이벤트 … 없음", "한 줄 소개뿐"; 13 of 120 kept SMS over a 2,400-brief grid said
    # no event (bench/sms_event_check.py event_unsaid). An SMS with an event says it; where its own wording does not
    # suit the product, the flagged LMS says it in the product's terms ("이 립 틴트에 곁들여 쓰면 좋은 제품도 …")
    if event is not None and not event.is_promotion and not invite:
        return False
    if invite and not _invitation_may_fit(request):
        return False  # decided without the plan: the LMS builds its own (331 of 1,200 grid SMS briefs)
    plan = plan_for(request)  # the layout that follows reuses it
    frame = _frame_size(request, plan.title, "") - MARGIN
    if invite:  # no invitation fits even in 해요체: LMS, without conjugating the bodies that leave it out
        budget = request.resolved.channel.body_limit - frame
        if all(body.tier >= sms.DROPPED_OFFER for body in _sms_all(request, plan, plan.facts.name, budget)):
            return False
    fitting = _sms_candidates(request, plan, plan.facts.name, frame)
    if request.resolved.name_only and event is None:
        return bool(fitting)
    promotion = event is not None and event.is_promotion
    # a reader whose own reason the catalog states (fit.py) but no SMS wording carries is better served by the LMS,
    # which says it, than by a text with another reason (reading 27, s3434: "순한 사용감의 순정 디렉터 수분 선크림,
    # 체크해 보세요!" to a budget reader, "'체크해 보세요!' 한 줄뿐, 가성비 근거 없음")
    # (a sensitive reader's patch-test tip is their own care, and stays a reason: "…, 팔 안쪽에 먼저 발라 보세요")
    # (An ad with no event, or with a content event that has no invitation for the product, went as the LMS above;
    # what follows decides a promotion, an invitation and a notice.) A one-liner with no offer gives the reader their
    # own fact, or it goes as the LMS, which says the reason, the product and the style (readings 33-36: kept SMS
    # read 2.78, the LMS 3.32): a stated
    # catalog reason that is none of the reader's ("흡수가 빠른", "끈적임이 적은") does not keep it. A budget reader
    # whose LMS would not say their reason either keeps it (a premium product's could only say fit.py's "실속" lines,
    # no pitch for it; a brand that talks no price, no unit price)
    has_fact = _has_fact(plan, plan.facts.name)
    budget_reader = plan.angle.key == "budget"  # (`budget` above is the invitation's bytes)
    strict = not invite and (not budget_reader or _lms_says_theirs(plan, request))
    referral = plan.stage == REFERRAL
    # a line guide's SMS that names only the next step (sms.next_step_asks) gives a budget reader nothing on what it
    # costs, which their LMS says (bench/persona_reason_check.py budget/sms): that brief goes as the LMS
    unnamed = invite and budget_reader
    # Round 30 (reading 60, s2587, 2.5: "(광고)[라네즈] 녹차를 담은 크림스킨, 브랜드 이야기를 읽어 보십시오.", "링크
    # 없이 '읽어 보십시오'로 끝나 행동 불가"): an SMS has no button, so an invitation to read, see or join something is
    # kept only where the text says where (the brief's link, a place its wording names: "공병은 매장에 모아 주세요") or
    # names the product it is about (a line guide's next step, sms.next_step_asks); else the flagged LMS, whose button
    # line is the way
    placeless = invite and not resolved.brief.link_url and not sms.placed_invitation(event.sms if event else "")
    return any(
        (
            _says_something(kind, promotion, referral, invite, strict or has_fact)
            and not (promotion and not _gives_reason(kind))
            and not (unnamed and not {"fact", "reason"} & set(kind[4:].split("+")))
            and not (placeless and "next" not in kind[4:].split("+"))
        )
        or (not has_fact and _says_something(kind, promotion, referral, invite) and "tip" in kind[4:].split("+"))
        for _, _, _, kind in fitting
    )


def _invitation_may_fit(request: GenerationRequest) -> bool:
    """False where no body of sms.invite_bodies can keep its invitation within the SMS's bytes, decided before
    any plan is built: each such body is an opening ending on " {name}," or "{name}," itself, then a space and
    the event's SMS wording, bare or with a word put in (its tone's or style's), so it takes at least the name,
    ", " and the bare wording. An SMS frame holds no title (channels.channel_text), so the budget is the
    one sms_carries measures from the plan's. True (lay the bodies out) on any other channel."""
    resolved = request.resolved
    event = request.evidence.event
    if resolved.channel.channel != Channel.sms or event is None or not event.sms:
        return True
    budget = resolved.channel.body_limit - (_frame_size(request, "", "") - MARGIN)
    name = short_product_name(resolved.product.name)  # the plan's facts.name (facts.product_facts)
    return sms.euckr_bytes(f"{name}, {event.sms}") <= budget


def _lms_says_theirs(plan: MessagePlan, request: GenerationRequest) -> bool:
    """Whether the SMS brief's LMS would give the reader their own reason (_own_short, or a budget reader's unit
    price): the LMS-only facts, said in no SMS opening."""
    if plan.facts.premium:  # its budget reader keeps the text: fit.py's "실속" lines are no pitch for it
        return False
    unit = push.unit_price_line(plan, request) or sms.referral_unit_line(
        plan.facts, plan.angle.key, plan.stage, voice_of(request.resolved.brand).price_talk
    )
    return bool(unit or _own_short(plan))


def _sms_bodies(request: GenerationRequest, plan: MessagePlan) -> list[tuple[str, str]]:
    """(body, form kind) for SMS. The full name; only under sms_overflow=shorten, when nothing with
    the full name fits, a part of the name (longest first, the kind says so): a shortened name reads
    as another product, so the reason and then the offer give way before the name does. Bodies that
    give the offer or a reason (in the brief's style first) come before any that give nothing. Variant
    k leads with the best
    body of the k-th angle (opening and call to action) that fits; the rest follow (the guard sends
    the first that passes)."""
    frame = _frame_size(request, plan.title, "") - MARGIN  # the brief's own sender: counted exactly
    event = request.evidence.event
    promotion = event is not None and event.is_promotion
    invite = _invitation(request) is not None
    names = [plan.facts.name]
    if request.resolved.brief.sms_overflow == SmsOverflow.shorten:
        names += sms.shortenings(plan.facts.name)
    chosen = _sms_candidates(request, plan, names[0], frame)  # the full name, even at the offer's cost
    following = iter(names[1:] if not chosen else [])
    while not chosen and (name := next(following, None)) is not None:  # the longest part of the name that fits
        chosen = _sms_candidates(request, plan, name, frame)
    while len(chosen) < VARIANTS_WANTED and (name := next(following, None)) is not None:
        more = _sms_candidates(request, plan, name, frame)
        chosen += [item for item in more if item[0] < sms.DROPPED_OFFER or not (promotion or invite)]
    # variants lead with bodies that say something (in tier order: the style's word where it fits)
    has_fact = _has_fact(plan, plan.facts.name)
    referral = plan.stage == REFERRAL
    telling = [item for item in chosen if _says_something(item[3], promotion, referral, invite, has_fact)]
    told = set(telling)  # items are tuples of str and int: a set finds them as the list would
    chosen = telling + [item for item in chosen if item not in told] if telling else chosen
    leaders: dict[tuple[str, str], int] = {}
    for i, (_, angle, _, _) in enumerate(chosen[: len(telling) or len(chosen)]):
        leaders.setdefault(angle, i)
    if leaders:  # past the angles that fit, a variant takes the next body not yet leading
        rest = (i for i in range(len(telling) or len(chosen)) if i not in leaders.values())
        order = [*leaders.values(), *rest]
        lead = order[request.variant % len(order)]
        chosen = [chosen[lead], *chosen[:lead], *chosen[lead + 1 :]]
    if not chosen and request.resolved.brief.link_url:  # kept SMS beside a link: the link is the ask
        chosen = _sms_named_link(request, names, frame)
    if not chosen:  # nothing kept fits: any body at any ending within the bytes (_sms_within)
        chosen = _sms_within(request, plan, names, frame)
    if not chosen:  # nothing fits: the shortest bodies, flagged by the guard as too long
        shortest = sorted(_sms_all(request, plan, names[-1], None), key=lambda body: len(body.text))[:3]
        kind = "sms-too-long"
        brief = request.resolved.brief
        said = [sms.voiced(b.text, brief.tone, brief.honorific, b.toned, _calm(request, plan))[-1] for b in shortest]
        chosen = [(b.tier, b.angle, text, kind) for b, text in zip(shortest, said, strict=True)]
    seen: set[str] = set()
    # what it is, said without the name's own words ("…클렌저는 약산성 데일리 클렌저" → "데일리 클렌저"): never longer
    said = [(_definition_untangled(text, plan, reorder=False), kind) for _, _, text, kind in chosen]
    return [(text, kind) for text, kind in said if not (text in seen or seen.add(text))][:SMS_FORMS]


def _sms_within(
    request: GenerationRequest, plan: MessagePlan, names: list[str], frame: int
) -> list[tuple[int, tuple[str, str], str, str]]:
    """The bodies _sms_candidates turned down that still fit the SMS's bytes, for a brief kept SMS (sms_overflow=
    shorten) that nothing else fits: a 합쇼체 referral's bare order ("…선크림, 권해 보십시오.") and the bodies without
    the style's word before the ones with it, best tier first, the full name first; every ending of each (sms.voiced)
    is tried. Round 26: 2 of 1,200 shortened SMS went out at 92-99 bytes
    ("더마UV365 장벽수분 무기자차 선크림, 놓치기 전에 전해 보십시오.": a name with a number has no shorter form)."""
    brief = request.resolved.brief
    budget = request.resolved.channel.body_limit - frame  # `frame` is the sent frame exactly (MARGIN taken off)
    calm = _calm(request, plan)
    found: list[tuple[tuple[bool, int, int], tuple[str, str], str, str]] = []
    said: set[str] = set()
    for rank, name in enumerate(names):
        for body in (*_sms_all(request, plan, name, None), *_sms_all(request, plan, name, None, styled=False)):
            fits = [
                t
                for t in sms.voiced(body.text, brief.tone, brief.honorific, body.toned, calm)
                if sms.euckr_bytes(t) <= budget
            ]
            # an ask before praise of the product ("…선크림, 전하기 좋습니다": reading 32, "자화자찬")
            text = next((t for t in fits if not t.endswith(sms.SUITS_ENDS)), fits[0] if fits else None)
            if text is not None and text not in said:
                said.add(text)
                kind = f"sms-{body.carries}{'+style' if body.styled else ''}" + (
                    "" if body.full_name else "-short-name"
                )
                found.append(((not body.styled, rank, body.tier), body.angle, text, kind))
    found.sort(key=lambda item: item[0])
    if not found:
        return []
    lead = request.variant % len(found)
    ranked = [found[lead], *found[:lead], *found[lead + 1 :]]
    return [(key[2], angle, text, kind) for key, angle, text, kind in ranked]


def _sms_named_link(
    request: GenerationRequest, names: list[str], frame: int
) -> list[tuple[int, tuple[str, str], str, str]]:
    """An SMS kept under sms_overflow=shorten whose link leaves no room for any ask: the longest form of the name
    that fits stands alone over the link, which is the ask ("(광고)[헤라] 리플렉팅 플루이드" / the link / the
    opt-out), where the shortest ask would be blocked as too long (bench/sms_link_check.py: 401 of 1,200). Variants
    past the first take the shorter forms that fit, where there are any."""
    budget = request.resolved.channel.body_limit - frame
    fitting = [n for n in names if measure(n, request.resolved.channel).length <= budget]
    if not fitting:
        return []
    lead = request.variant % len(fitting)
    return [
        (sms.DROPPED_OFFER, ("", ""), n, "sms-name+link")
        for n in [fitting[lead], *fitting[:lead], *fitting[lead + 1 :]]
    ]


def _with_emoji(title: str, body: str, count: int, palette: list[str], skip: int = 0) -> tuple[str, str]:
    """One emoji closes the title; a second and third close the body's first and last sentences
    (past its first `skip` characters, the greeting)."""
    if count <= 0:
        return title, body
    title = f"{title} {palette[0]}"
    if count >= 2 and len(palette) > 1 and skip:
        _, rest = _with_emoji("", body[skip:], count, palette)
        return title, body[:skip] + rest
    if count >= 2 and len(palette) > 1:
        sentences = body.split(" ")
        first_end = next((i for i, word in enumerate(sentences) if word.endswith((".", "?", "!"))), None)
        if first_end is not None and first_end < len(sentences) - 1:
            sentences[first_end] += f" {palette[1]}"
        body = " ".join(sentences)
        if count >= 3 and len(palette) > 2:
            body += f" {palette[2]}"
        elif first_end is None or first_end >= len(sentences) - 1:
            body += f" {palette[1]}"
    return title, body


def _with_paragraph_emoji(body: str, palette: list[str], count: int) -> str:
    """A playful long form: its body's share of the brand's emoji (`count`, never more) closes
    paragraphs spread over the message, first, last, then between (bunched at the top they do not
    read as playful)."""
    lines_out = body.split("\n")
    paragraphs = [i for i, line in enumerate(lines_out) if line]
    order = list(dict.fromkeys([*paragraphs[:1], *paragraphs[-1:], *paragraphs[1:-1]]))
    for n, i in enumerate(sorted(order[:count])):
        lines_out[i] += f" {palette[(n + 1) % len(palette)]}"
    return "\n".join(lines_out)


# What a referral tells the reader to say to a friend: a tip line ("권할 때는 …", "지인에게는 … 이야기해 주면").
TELLS_A_FRIEND = re.compile("권할 때는|권하실 때는|에게는 [^.]*(?:곁들이면|이야기해 주면|전하면|보여 주면)")
_NO_PROMISE = lines.TITLES[REFERRAL][0][1]  # "생각났을 때 나누는 {product}": it promises nothing to tell


FIRST_ORDER = re.compile("첫 주문|첫 구매")  # an offer to a reader who has not ordered yet


def _kept_title(plan: MessagePlan, body: str) -> str:
    """The plan's title where the body keeps its promise, else its plain title: a review title over a
    body that quotes a review, a how-to title over the usage step (reading 9: "후기로 먼저 만나는 …"
    over a body without one)."""
    said = body.replace(_offer_for(plan) or "\0", "")  # an event's review page is no review quoted
    reviews = {lines.fill(t, plan.values) for t in lines.REVIEW_TITLES}
    usage = plan.usage and (plan.usage in body or plan.usage.removeprefix(FIRST_USE_LEAD) in body)
    if (plan.title in reviews and "후기" not in said) or (PROMISES_USAGE.search(plan.title) and not usage):
        plain = plan.plain_title or plan.title
        if PROMISES_USAGE.search(plain) and not usage:  # every title of the style promises steps (an SMS
            # brief's short LMS at first use gives none): the product, as the reader has it; a first order's reader
            # has not got it yet (reading 27, s2667: "'새로 들이신' 제목과 '처음 써 보세요' 본문이 모순")
            unbought = bool(FIRST_ORDER.search(_offer_for(plan) or ""))
            return f"{'처음 만나는' if unbought else '새로 들이신'} {plan.facts.name}"
        return plain
    # "권할 때 알려 줄 점" over a body with nothing to tell a friend (reading 14: "제목이 약속한 … 빈약")
    if RECOMMENDS.search(plan.title) and not TELLS_A_FRIEND.search(body):
        plain = plan.plain_title
        return plain if plain and not RECOMMENDS.search(plain) else lines.fill(_NO_PROMISE, plan.values)
    # "…을 매일 쓰는 이유" over "어떤 크림인지 한 번 더 정리했습니다" and a definition (reading 12)
    if PROMISES_REASON.search(plan.title) and not _gives_a_reason(plan, body):
        return plan.plain_title or plan.title
    return plan.title


# A title urging not to miss the product ("지나치기 아쉬운 …", "지금 놓치기 아쉬운 …") over an SMS brief's short LMS
# that gives nothing to miss (no offer: the long form's line on what is missed has no room there): the lead counted
# 62 of 991 such subjects. The style's other title, else the stage's plain one, says what the body does.
_FOMO_TITLE = re.compile("놓치기 아쉬|지나치기 아쉬")
_FOMO_TITLE_AFTER = {0: "아직 모르셨다면, {product}"}  # else the stage's plain title (no "지금 고르기 좋은 때")


def _fomo_title_kept(title: str, body: str, plan: MessagePlan) -> str:
    """`title`, or where it urges not to miss the product over a body with no offer, a title the body supports;
    and where the title's words are said again in the body, the stage's plain title."""
    offer = _offer_for(plan)
    if _FOMO_TITLE.search(title) and not (offer and offer in body):
        after = _FOMO_TITLE_AFTER.get(plan.stage, sms.PLAIN_STAGE_TITLES.get(plan.stage, sms.PLAIN_STAGE_TITLES[0]))
        title = lines.fill(after, plan.values)
    if not _title_said_again(title, body, plan.facts.name, plan.facts.noun):
        return title
    # reading 40 (s2781: "에멀젼, 나만 알기 아까울 때" over "혼자 알기 아깝다면, …", "제목과 본문 '알기 아깝다' 중복";
    # "새로 들이신 …" over "새로 들이신 … 크림은"): the stage's plain title, where it says none of the body again
    if plan.stage == 1 and FIRST_ORDER.search(offer or ""):  # "처음 만나는 …" to a first order's reader stays
        return title
    for plain in (
        sms.PLAIN_STAGE_TITLES.get(plan.stage, sms.PLAIN_STAGE_TITLES[0]),
        *_OTHER_TITLES.get(plan.stage, ()),
    ):
        plain = lines.fill(plain, plan.values)
        if not _title_said_again(plain, body, plan.facts.name, plan.facts.noun):
            return plain
    return title


_OTHER_TITLES = {1: ("{product}과 여는 첫날",)}  # past "새로 시작하는 …" over "아직 시작 전이라면, …"


def _title_said_again(title: str, body: str, name: str, noun: str) -> bool:
    """Whether the body says a pair of the title's words again (a word and the next one's first syllable: "알기 아"
    of "나만 알기 아까울 때" in "혼자 알기 아깝다면"), or a word of a style lead the title shares (_STYLE_LEADS), the
    product's name and noun aside."""
    if any(lead in body and _echoes(lead, title) for lead in _STYLE_LEADS):
        return True
    words = [w.strip(",.!?") for w in title.replace(name, " ").split()]
    words = [w for w in words if w and (not noun or noun not in w)]
    bare = body.replace(name, " ")
    return any(len(a) > 1 and f"{a} {b[0]}" in bare for a, b in itertools.pairwise(words))


_TITLE_PARTICLE = re.compile("(으로|로|을|를|이|가|은|는|과|와)(?![가-힣])")


_MODIFIER_FINALS = (4, 8)  # ㄴ, ㄹ: "챙길 크림", "고르는 미스트" carry a bare noun


def _title_names_briefly(title: str, body: str, plan: MessagePlan, framed: bool = False) -> str:
    """A title that calls a long-named product "{brand} {noun}" (the brand alone where the title says the noun
    already) where the body says the full name (reading 14: "긴 제품명이 제목·본문에 반복"): the title points
    at the product, the body names it once. Where the channel's frame already opens on the brand ("(광고)[헤라]"
    before an LMS subject) the title says the noun alone, or drops the name where it says the noun already:
    "(광고)[헤라] 헤라, 알고 고르는 쿠션" names the brand twice in one line."""
    name, noun, brand = plan.facts.name, plan.facts.noun, plan.values.get("brand", "")
    short = noun if framed else f"{brand} {noun}".strip()
    if len(name) < LONG_NAME or name not in title or name not in body or not noun or (not framed and short in title):
        return title
    at = title.find(name)
    rest = title[at + len(name) :]
    if noun in title.replace(name, ""):  # "…, 매일 손이 갈 크림": the brand alone, the noun once
        if framed and rest.startswith(", ") and not title[:at].strip():
            return rest.removeprefix(", ")
        short = short if framed else brand or short
    elif framed and at and final_consonant(title[:at]) not in _MODIFIER_FINALS:
        return title  # "아직 모르셨다면, 에멀젼" reads cut off: the name stays where no modifier carries the noun
    match = _TITLE_PARTICLE.match(rest)
    said = short + (particle_for(short, match.group(1)) if match else "")
    return title[:at] + said + rest[len(match.group(1)) if match else 0 :]


# "…을 담은 세럼이에요. … 원료를 담았다는 점이에요" (reading 14: "'담았' 반복"): after the first, what the product
# holds is said as what is in it.
_HOLDS_AGAIN = re.compile(r"(\S+?)(을|를) (?:함께 )?담(았|은 |은,)")  # "은,": a definition that holds (_flowing)
_HELD = {"았": "들어 있", "은 ": "들어 있는 ", "은,": "들어 있는,"}
# A close that puts a feeling "담아" after the body said what the product holds: said without it.
_CLOSE_HOLDS = (
    ("오늘의 마음을 담아 건네", "오늘 정성껏 건네"),
    ("마음을 담아 건네", "정성껏 건네"),
    ("정성을 담아 마음을", "정성껏 마음을"),
    ("마음을 담아 전해", "정성껏 마음을 전해"),
    ("골라 담아 보", "골라 보"),
)


def _held_said_once(paragraphs: list[str]) -> list[str]:
    """The paragraphs (해요체) with "X을 담았/담은" after the first saying "X이 들어 있(는)"."""
    seen = False
    out = []
    for paragraph in paragraphs:

        def again(match: re.Match[str]) -> str:
            nonlocal seen
            if not seen:
                seen = True
                return match.group(0)
            word = match.group(1)
            return f"{word}{particle_for(word, '이')} {_HELD[match.group(3)]}"

        if "담" in paragraph:  # no "담" no match: the lazy pattern is slow to find none
            paragraph = _HOLDS_AGAIN.sub(again, paragraph)
        if seen:
            for said, plain in _CLOSE_HOLDS:
                paragraph = paragraph.replace(said, plain)
        out.append(paragraph)
    return out


# "루틴" four times in one letter ("…루틴에 작은 변화를 … 늘 쓰는 루틴에 … 내 루틴에 맞게", reading 14): one
# sentence keeps it, the others say the same without it where a wording is at hand.
ROUTINE_FREE = (
    ("늘 쓰는 루틴에 자연스럽게 어울려", "매일 쓰기에 자연스럽게 어울려"),
    ("요즘 루틴에도 잘 어울려", "매일 쓰기에도 잘 어울려"),
    ("내 루틴에 딱 맞게", "나에게 딱 맞게"),
    ("내 루틴에 맞는지", "나에게 맞는지"),
    ("내 루틴에 더해", "매일의 관리에 더해"),
    ("오늘 저녁 루틴에서 ", "오늘 저녁 "),
    ("오늘 루틴에서 ", "오늘 "),
    ("오늘 루틴부터 ", "오늘부터 "),
    ("최애 루틴이 끊기지 않게 ", ""),
    ("최애 루틴이 끊기지 않게, ", ""),
    ("지금 루틴이 끊기지 않게, ", ""),
    ("루틴이 끊기지 않아요", "매일의 관리가 끊기지 않아요"),
    ("루틴에 들일 ", "새로 들일 "),
    ("루틴에 작은 변화를", "매일의 관리에 작은 변화를"),  # a shampoo or a tint is no "피부 관리"
    ("지금 쓰는 루틴, 이번 주에도", "매일의 관리, 이번 주에도"),
    ("내 루틴에 맞는 ", "나에게 맞는 "),  # the trendy choosing close ("요즘 내 루틴에 맞는 {product}, …")
)
_SENTENCE_END = re.compile(r"(?<=[.?!]) ")
# Readings 96-97 (s7392: "'매일의 관리'는 쿠션에 어색함"): a lip or base product is worn, not cared with; its
# ROUTINE_FREE wording says the day's make-up
_CARE = "매일의 관리"
_WORN_CARE = "매일의 메이크업"


def _routine_said_once(paragraphs: list[str], button: str = "", worn: bool = False) -> list[str]:
    """The paragraphs (해요체) with "루틴" kept in one sentence where the others have a ROUTINE_FREE wording:
    the first sentence no wording frees (an event's own words) keeps it, else the ask where the button says
    "루틴" ("루틴 이어가기" under "… 루틴이 끊기지 않게 …"), else the first; for a make-up product (`worn`) the
    wording says make-up where it says care."""
    if worn:  # "익숙한 손길 그대로, 매일의 관리를 이어 가 보세요" to one who wears a foundation
        paragraphs = [p.replace(_CARE, _WORN_CARE) for p in paragraphs]
    split = [_SENTENCE_END.split(p) if p else [] for p in paragraphs]
    said = [(i, j) for i, p in enumerate(split) for j, t in enumerate(p) if "루틴" in t]
    if len(said) < 2:
        return paragraphs

    def freed(text: str) -> str:
        for phrase, wording in ROUTINE_FREE:
            text = text.replace(phrase, wording.replace(_CARE, _WORN_CARE) if worn else wording)
        return text

    fixed = [(i, j) for i, j in said if "루틴" not in freed(split[i][j])]
    keep = next(((i, j) for i, j in said if (i, j) not in fixed), said[-1] if "루틴" in button else said[0])
    for i, j in said:
        if (i, j) != keep:
            split[i][j] = freed(split[i][j])
    return [" ".join(p) for p in split]


BRAND_BUTTON = "브랜드 알아보기"
# What a close that asks to meet the product or look around asks for, as a first look's button.
PRODUCT_BUTTONS = (("만나", "처음 만나보기"), ("둘러", "가볍게 둘러보기"), ("살펴", "가볍게 둘러보기"))


def _button_for_close(plan: MessagePlan, body: str) -> str:
    """The plan's button, except "브랜드 알아보기" under a close that asks to meet the product, not the brand
    (reading 14: "버튼 '브랜드 알아보기'가 제품 소개와 어긋남"): the first-look button its ask names."""
    close = body.rstrip().rsplit("\n", 1)[-1]
    if plan.cta != BRAND_BUTTON or "브랜드" in close or plan.values.get("brand", "\0") in close:
        return plan.cta
    return next((button for verb, button in PRODUCT_BUTTONS if verb in close), plan.cta)


def _reasons(plan: MessagePlan) -> set[str]:
    """The proofs that say why (this reader's reason, fit, tip or what to pass on), as the plan's parts tell."""
    kinds = plan.parts[-len(plan.proofs) :] if plan.proofs else ()
    return {text for kind, text in zip(kinds, plan.proofs, strict=True) if kind in REASON_KINDS}


def _gives_a_reason(plan: MessagePlan, body: str) -> bool:
    """Whether the body says why: a reason proof (_stems_said_once keeps one as worded under such a title)."""
    return any(text in body for text in _reasons(plan))


# Three sentences in a row on one ending read as assembled (reading 23, s8594: "'~입니다'가 세 번 이어져 딱딱하고";
# s1416: "'~이에요'가 연달아 붙어 조립된 느낌"). Where one of them is the plain holding definition ("세라마이드와
# 히알루론산을 담은 보습 스킨입니다."), it says the same on a verb ("보습 스킨으로, 세라마이드와 히알루론산을
# 담았습니다."): the words and the facts stay, the ending changes. Runs on the finished speech level.
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
# "X을 담은 {at most one word} {kind}이에요.": no topic ("…크림은 이름 그대로 …") nor a second definition ("…이자 …")
_HELD_DEFINITION = re.compile(
    r"^(?P<what>(?:(?!은 |는 |이자 )[^,.?!])+?)(?P<obj>을|를) 담은 (?P<np>(?:[가-힣]+ )?(?:"
    + "|".join((*_KIND_NOUNS, "스킨", "유액", "세안제"))
    + r"))(?P<end>이에요|예요|입니다)\.$"
)
_ENDING_CLASS = re.compile(r"(?:이에요|예요|입니다)[.!]?$")


@lru_cache(maxsize=16384)  # a pure function of the sentence: bodies say the same sentences brief after brief
def _ending_class(sentence: str) -> str:
    if _ENDING_CLASS.search(sentence):
        return "copula"
    words = sentence.rstrip(".!? ").split()
    return words[-1][-3:] if words else ""


# Copula sentences that say the same on a verb, at either speech level: (pattern, 해요체 wording, 합쇼체 wording).
# Each keeps every word of fact; only the ending changes.
_ON_A_VERB = tuple(
    (re.compile(pattern), polite, formal)
    for pattern, polite, formal in (
        (r"주요 성분(?:이에요|입니다)\.$", "주요 성분으로 들어 있어요.", "주요 성분으로 들어 있습니다."),
        (r"면 (더 )?안심(?:이에요|입니다)\.$", r"면 \1안심할 수 있어요.", r"면 \1안심할 수 있습니다."),
        (r"기 좋은 때(?:예요|입니다)\.$", "기 좋아요.", "기 좋습니다."),
        (r"볼 때(?:예요|입니다)\.$", "볼 만해요.", "볼 만합니다."),
        (r"^(.+?)(은|는) (\S+) 용량에 정가 ([\d,]+원)(?:이에요|입니다)\.$", r"\1\2 \3 용량을 정가 \4에 만날 수 있어요.",
         r"\1\2 \3 용량을 정가 \4에 만날 수 있습니다."),
        (r"오늘이 (\S+)기 좋은 날(?:이에요|입니다)\.$", r"오늘 \1기 좋아요.", r"오늘 \1기 좋습니다."),
    )
)  # fmt: skip


def _on_a_verb(sentence: str) -> str | None:
    """The sentence said on a verb: a holding definition as "…으로, X을 담았어요", or an _ON_A_VERB wording."""
    if "님" in sentence:
        return None
    formal = sentence.endswith("입니다.")
    match = _HELD_DEFINITION.match(sentence)
    if match:
        # "이 미스트에는 어린쑥과 … 들어 있습니다", never "미스트로, …" (a bare kind before a comma: reading 26, s1416)
        # nor "이 보습 에멀젼에 새싹 추출물과 호호바 오일을 담았어요" (reading 87, s7187: "'이 보습 에멀젼에' 어순
        # 어색"; the maker's verb with no maker said): what the kind holds
        np, what = match.group("np"), match.group("what")
        if what.split()[-1] in _KIND_NOUNS:
            # "세럼을 담은 보습 미스트" is a serum made a mist, never "이 보습 미스트에는 세럼이 들어 있어요" (readings
            # 92-93, s7483: "'세럼이 들어 있어요'가 어색"): a kind is no ingredient to announce
            return None
        return f"이 {np}에는 {what}{particle_for(what, '이')} 들어 {'있습니다.' if formal else '있어요.'}"
    for pattern, polite, hapsho in _ON_A_VERB:
        if pattern.search(sentence):
            return pattern.sub(hapsho if formal else polite, sentence)
    return None


# A sentence of a run of three on one ending ("…수 있습니다. …후기를 남겼습니다. …담았습니다.": round 24, 198 of 3,600
# long messages, mostly "-습니다" three times) said on another ending, every word of fact kept: (pattern, 해요체
# wording, 합쇼체 wording). A review told as what the reviews show ("…분들의 후기에서는 …다는 이야기가 눈에 띕니다"),
# the origins' label as what it holds ("…을 원료로 담은 제품입니다"), the house as what it is ("…연구해 온
# 브랜드입니다"), a review's "…이야기가 있습니다" as "…이야기도 보입니다".
_OFF_THE_RUN = tuple(
    (re.compile(pattern), polite, formal)
    for pattern, polite, formal in (
        (r"^(\S*(?: \S+)*? ?분(?:들)?)(?:은|도) ((?:(?!후기)[^,.?!])+?(?:다는|라는)) (?:이야기를 )?후기(?:를|도|로) "
         r"(?:남겼|남겨 주셨|전해 주셨)(?:어요|습니다)\.$",
         r"\1의 후기에서는 \2 이야기가 눈에 띄어요.", r"\1의 후기에서는 \2 이야기가 눈에 띕니다."),
        (r"^원료로는 ([^,.?!]+?)(을|를) 담았(?:어요|습니다)\.$",
         r"\1\2 원료로 담은 제품이에요.", r"\1\2 원료로 담은 제품입니다."),
        (r"^([^,.?!]+?) 연구해 왔(?:어요|습니다)\.$", r"\1 연구해 온 브랜드예요.", r"\1 연구해 온 브랜드입니다."),
        (r"(다는|라는) (이야기|평)(?:이|가) 있(?:어요|습니다)\.$", r"\1 \2도 보여요.", r"\1 \2도 보입니다."),
        # a tip as advice ("…눌러 주는 게 좋습니다" → "…눌러 주는 것을 권합니다") and a suggestion as one
        # ("지금 챙겨 두면 좋습니다" → "지금 챙겨 두시길 권합니다"; never "있으시길"): readings 41-44 still met 138
        # runs of three in 3,600 long messages, most "…좋습니다" and "…있습니다"
        (r"(는|은) (?:게|것이) 좋(?:아요|습니다)\.$", r"\1 걸 권해요.", r"\1 것을 권합니다."),
        (r"(?<![있없])((?<=[가-힣])(?<!으)|으)면 좋(?:아요|습니다)\.$", r"\1시길 권해요.", r"\1시길 권합니다."),
    )
)  # fmt: skip


def _off_the_run(sentence: str) -> str | None:
    """The sentence on another ending (_OFF_THE_RUN), or None."""
    formal = sentence.endswith("습니다.")
    for pattern, polite, hapsho in _OFF_THE_RUN:
        if pattern.search(sentence):
            return pattern.sub(hapsho if formal else polite, sentence)
    return None


@lru_cache(maxsize=16384)  # a pure function of its words: long bodies say the same lines brief after brief
def _endings_varied(line: str) -> str:
    """A paragraph whose three sentences in a row on the copula keep the facts with one on a verb, and whose
    holding definition ("…을 담은 보습 스킨이에요.") next to another copula sentence says it on a verb (reading 23,
    s1416: "'~이에요'가 연달아 붙어"; s8594: "…제형입니다. …보습 스킨입니다. …있습니다.")."""
    if line.count(".") < 2:
        return line
    sentences = _SENTENCE_SPLIT.split(line)
    for i in range(len(sentences) - 1):
        pair = sentences[i : i + 2]
        if all(_ENDING_CLASS.search(s) for s in pair):
            at = next((i + j for j, s in enumerate(pair) if _HELD_DEFINITION.match(s)), -1)
            reworded = _on_a_verb(sentences[at]) if at >= 0 else None
            if reworded:
                sentences[at] = reworded
    return " ".join(_runs_varied(sentences))


def _runs_varied(sentences: list[str]) -> list[str]:
    """The sentences with one of each run of three on one ending said on a verb or on another ending."""
    classes = [_ending_class(s) for s in sentences]
    i = 0
    while i + 2 < len(sentences):
        run = classes[i]
        if run == classes[i + 1] == classes[i + 2]:
            for at in (i + 1, i + 2, i):
                reworded = _on_a_verb(sentences[at])
                if reworded:
                    sentences[at], classes[at] = reworded, _ending_class(reworded)
                    break
            else:  # none says it on a verb: one on another ending
                for at in (i + 1, i + 2, i):
                    reworded = _off_the_run(sentences[at])
                    if reworded and _ending_class(reworded) != run:
                        sentences[at], classes[at] = reworded, _ending_class(reworded)
                        break
        i += 1
    return sentences


# Round 34 (readings 84-85, s7315, s9338: "'좋습니다' 반복과 군더더기 문장"; 100 of 3,600 long messages said
# "좋습니다/좋아요" twice or more): the first is kept and each later one said another way: a use one suits
# ("…로 쓰기 좋습니다" → "…로 쓰기 알맞습니다"), a step worth taking ("권하기 좋습니다" → "권할 만합니다"), a tip
# ("…두는 게 좋습니다" → "…두는 것을 권합니다", _OFF_THE_RUN), one way among others ("…는 것도 방법입니다")
_GOOD_END = re.compile(r"좋(?:아요|습니다)\.$")
_USE_GOOD = re.compile(r"((?:쓰|사용하|바르|곁에 두)기) 좋(아요|습니다)\.$")  # never "곁에 둘" (test_long_r40)
_STEP_GOOD = re.compile(r"(?<= )([가-힣]+)기 좋(아요|습니다)\.$")
_WAY_GOOD = re.compile(r"(는|은) 것도 좋(아요|습니다)\.$")


def _good_reworded(sentence: str) -> str | None:
    """`sentence` ending on "좋아요/좋습니다" said another way, or None."""
    polite = lambda m, a, b: a if m.group(2) == "아요" else b  # noqa: E731
    found = _WAY_GOOD.search(sentence)
    if found:
        return sentence[: found.start()] + f"{found.group(1)} 것도 방법{polite(found, '이에요', '입니다')}."
    found = _USE_GOOD.search(sentence)
    if found:
        return sentence[: found.start()] + f"{found.group(1)} 알맞{polite(found, '아요', '습니다')}."
    found = _STEP_GOOD.search(sentence)
    if found:
        modifier = rieul_modifier(found.group(1))
        if modifier and not modifier.endswith("을"):
            return sentence[: found.start()] + f"{modifier} 만{polite(found, '해요', '합니다')}."
    told = _off_the_run(sentence)
    return told if told and told.count("권") < 2 else None  # never "권하실 때 … 곁들이시길 권합니다"


def _good_said_once(body: str) -> str:
    """`body` with "좋아요/좋습니다" ending one sentence at most where another wording says it (_good_reworded)."""
    seen = 0
    out = []
    for line in body.split("\n"):
        sentences = _SENTENCE_SPLIT.split(line) if line else [line]
        for i, sentence in enumerate(sentences):
            if not _GOOD_END.search(sentence):
                continue
            seen += 1
            if seen > 1:
                sentences[i] = _good_reworded(sentence) or sentence
        out.append(" ".join(sentences))
    return "\n".join(out)


def _endings_varied_across(body: str) -> str:
    """The body with a run of three on one ending that spans a paragraph break varied as one inside a paragraph is
    (_runs_varied): a reader hears "…좋습니다. / …됩니다. / …좋습니다." across the break too (readings 41-44)."""
    if "\n" not in body or body.count(".") < 3:
        return body
    lines = [_SENTENCE_SPLIT.split(line) if line else [] for line in body.split("\n")]
    flat = [s for line in lines for s in line]
    classes = [_ending_class(s) for s in flat]
    if not any(a == b == c for a, b, c in zip(classes, classes[1:], classes[2:], strict=False)):
        return body
    varied = _runs_varied(list(flat))
    rebuilt, at = [], 0
    for line in lines:
        rebuilt.append(" ".join(varied[at : at + len(line)]))
        at += len(line)
    return "\n".join(rebuilt)


# A spec sentence (size, price, SPF, "…을 담았어요", "…제형이에요", what the product is): three of them in a row
# read as a list ("짧은 문장 나열로 뚝뚝 끊김", "스펙 나열식": readings 57-60, s5897 "감성 첫 문장 뒤로
# 용량·가격·SPF가 한 줄씩 나열"; 24 of 3,600 long messages, bench/fact_run_check.py)
_SPEC = re.compile(
    r"\d+(?:ml|g|매)\b|정가|\d[\d,]*원|SPF\d|PA\+|담았|담은 |제형이에요|제형입니다|성분은|기능성을 갖췄|"
    r"들어 있(?:어요|습니다)|"
    r"(?:크림|세럼|토너|에센스|앰플|로션|클렌저|선크림|미스트|팩|마스크|오일|밤|쿠션|파운데이션|샴푸|트리트먼트|패드|"
    r"리무버|폼|스틱|바디워시|유액|스킨)(?:이에요|예요|입니다)\.$"
)
_SPEC_MAX = 60  # characters: a longer sentence is no short one
# the ending a spec sentence hands on to the next as "…이고, …" / "…했고, …" / "…하고, …" (one flowing sentence)
_JOINABLE = (
    (re.compile(r"(?:이에요|예요|입니다)\.$"), "이고,"),
    (re.compile(r"(?<=[았었였췄졌뒀웠])(?:어요|습니다)\.$"), "고,"),
    (re.compile(r"(?:해요|합니다)\.$"), "하고,"),
    (re.compile(r"(?:돼요|됩니다)\.$"), "되고,"),
    (re.compile(r"(?<=[있없])(?:어요|습니다)\.$"), "고,"),
)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d)")
_ASKS = re.compile(r"(?:세요|십시오|바랍니다|좋겠습니다|좋겠어요)\.$")  # an ask stays a sentence of its own
# a condition ("…라면", "누르면"; never "양면 패드" nor the price's "정가로 치면", "…원이면")
_CONDITION = re.compile(r"(?<!양)(?<!정가로 치)(?<!계산하)(?<!원이)면 ")
_LINKED = re.compile(r", |이라 |라서 |해서 |으로 |하고 |이고 |지만 |" + _CONDITION.pattern)  # a clause joined already


@lru_cache(maxsize=16384)  # a pure function of the sentence: bodies say the same sentences brief after brief
def _is_spec(sentence: str) -> bool:
    """A short spec sentence of one clause (no ", " but a number's), no ask."""
    one_clause = ", " not in _THOUSANDS.sub("", sentence)
    return len(sentence) <= _SPEC_MAX and one_clause and not _ASKS.search(sentence) and bool(_SPEC.search(sentence))


def _handed_on(sentence: str) -> str | None:
    """The spec sentence as the first clause of a joined one ("…원이에요." → "…원이고,"), or None."""
    if _LINKED.search(_THOUSANDS.sub("", sentence)) or "님" in sentence or "?" in sentence or "에는 " in sentence:
        return None
    for pattern, link in _JOINABLE:
        if pattern.search(sentence):
            return pattern.sub(link, sentence)
    return None


@lru_cache(maxsize=16384)  # a pure function of its words: long bodies say the same lines brief after brief
def _specs_flowing(line: str, name: str, noun: str) -> str:
    """A paragraph whose run of three spec sentences or more says two of them as one sentence ("30ml 용량에 정가
    45,000원이고, SPF25/PA++로 자외선 차단 기능을 갖췄어요."), the facts and their order kept."""
    sentences = _SENTENCE_SPLIT.split(line)
    while True:
        specs = [_is_spec(s) for s in sentences]
        run = next((i for i in range(len(specs) - 2) if specs[i] and specs[i + 1] and specs[i + 2]), None)
        if run is None:
            return " ".join(sentences)
        end = run
        while end < len(specs) and specs[end]:
            end += 1
        for at in range(run, end - 1):
            head, after = _handed_on(sentences[at]), sentences[at + 1]
            # the second opens on no topic of its own ("…이고, X는 …": the product said twice in one sentence), joins
            # no clause of its own ("…이고, …원이고, …": a chain) and says no kind the first said ("…클렌저이고, …
            # 클렌저예요")
            chained = ", " in _THOUSANDS.sub("", after) or "이고 " in after or bool(_CONDITION.search(after))
            chained = chained or bool(_ASKS.search(after))
            twice = bool(noun and head) and noun in head and noun in after  # type: ignore[operator]
            if head and not chained and not twice and not after.startswith((name, "이 ")) and len(head + after) <= 100:
                sentences[at : at + 2] = [f"{head} {after}"]
                break
        else:
            return " ".join(sentences)


# What speaks to a reader still deciding ("…을 찾고 있었다면", "…을 고른다면", "…두고 고민하셨다면", "요즘 새로 골라
# 보기 좋아요"): said once before the close. A later sentence keeps its fact without it (reading 44's leftover: "요즘
# 새로 골라 보기 좋아요 … 오래 고민하셨다면 혜택이 있는 지금 들이는 편이 아쉽지 않아요", the decision said twice).
_DECIDING = re.compile(
    "고민하셨다면|들일 생각이었다면|찾고 있었다면|고른다면|골라 보기 좋|들이기 좋|들이는 편이|궁금했다면|살펴볼 만|"
    "눈여겨볼 만"
)
_DECIDED_AGAIN = re.compile(
    r"^오래 고민하셨다면 (?=혜택이 있는 지금)"
)  # the FOMO line after another: "혜택이 있는 지금 …"
# the reader's clause for one still choosing, beside any other deciding sentence: the tone's "요즘" kept
# (persona_reason_check's tone cells) in "…, 요즘 매일 챙겨도 부담 없어요" (never "요즘 같은 날에도": reading 54)
_CHOOSING_CLAUSE = re.compile(r", 요즘 새로 (?:골라 보기|들이기) 좋아요\.$")
_CHOOSING_PLAIN = ", 요즘 매일 챙겨도 부담 없어요."


@lru_cache(maxsize=256)
def _this_noun(noun: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![가-힣])이 {re.escape(noun)}")


_HOUSE_JOINS = "브랜드로, "


def _this_noun_once(body: str, noun: str) -> str:
    """The body saying "이 {noun}" once: the last (most often the close's, pointing back at the product) keeps it, an
    earlier one is the bare noun, its particle unchanged ("이번에 들인 크림은 … 쓰는 법을 먼저 보고 시작하면 이 크림의
    좋은 점을", reading 46, s9534: "'이 크림' 반복"; 201 of 3,600 long messages and 2,195 of 3,726 next-step guides
    said it twice or more). The house's sentence keeps its own: "…브랜드로, 크림에는 …" would speak of all its
    creams."""
    said = f"이 {noun}"
    first = body.find(said)
    if first < 0 or body.find(said, first + len(said)) < 0:
        return body
    this = _this_noun(noun)
    said_at = [m.start() for m in this.finditer(body)]
    if len(said_at) < 2:
        return body
    before = body[: said_at[-1]]

    def bare(match: re.Match[str]) -> str:
        return match.group() if before.endswith(_HOUSE_JOINS, 0, match.start()) else noun

    return this.sub(bare, before) + body[said_at[-1] :]


# A deciding sentence that says nothing of the product ("새 클렌저를 들일 생각이었다면 오늘이 시작하기 좋은 날이에요.",
# "…, 궁금했다면 이번 주가 만나 보기 좋은 때예요."): after another deciding sentence it says that thought again
# (reading 94, s3502: "겨울에 새로 들일 클렌저를 찾고 있었다면 … 새 클렌저를 들일 생각이었다면 오늘 시작하기 좋아요",
# "'새 클렌저를 들일' 문장이 두 번 반복")
_BARE_DECIDING = re.compile(
    r"^[^가-힣#]*(?:새 \S+ 들일 생각이었다면|[^.,]+, 궁금했다면|[^.,]+ 두고 고민하셨다면) "
    r"(?:오늘|이번 주|지금)[^.,]*\.$"
)
_DECIDING_LEAST = 4  # sentences a body keeps (as _THOUGHT_KEPT_LEAST): the bare one goes only from a longer one
# one that names the product keeps it, said as when to start ("청아 딥클렌징 샴푸는 이번 주가 만나 보기 좋은 때예요.")
_NAMED_DECIDING = re.compile(
    r"^([^가-힣#]*)(.+?)(?:, 궁금했다면|(?:을|를) 두고 고민하셨다면) ((?:오늘|이번 주|지금)[^.,]*\.)$"
)


# Readings 96-97 (s1159: "도입부 '새 에센스를 찾는다면'이 두 번 반복": "겨울에 새로 들일 에센스를 찾고 있었다면 …
# 제품이 있어요. 오늘 새 에센스를 찾는다면 … 제형이 먼저 와닿아요"): a later sentence that opens on choosing a new one
# again keeps only what it says of the product ("… 제형이 먼저 와닿아요")
_CHOOSING_AGAIN = re.compile(r"^(?:오늘|이번 주에|요즘|지금) 새 \S+(?:을|를) (?:고른다면|찾는다면) (?=\S)")


def _decided_once(body: str, name: str = "") -> str:
    """The (해요체) body with the decision said once before the close: the reader's "요즘 새로 골라 보기 좋아요" said
    plainly beside another deciding sentence, a later bare one (_BARE_DECIDING) left out where the product stays
    named, a later one that chooses a new one again (_CHOOSING_AGAIN) without its clause, and a later FOMO line
    without its "오래 고민하셨다면"."""
    if len(_DECIDING.findall(body)) + ("새 " in body and "찾는다면" in body) < 2:
        return body
    lines = [_SENTENCE_SPLIT.split(line) if line else [] for line in body.split("\n")]
    flat = [s for line in lines for s in line]
    told = flat[:-1]
    deciding = [at for at, s in enumerate(told) if _DECIDING.search(s)]
    # "…을 고른다면" is "…을 찾는다면" once SAID_ONCE reworded it
    again = [at for at in range(deciding[0] + 1, len(told)) if _CHOOSING_AGAIN.search(flat[at])] if deciding else []
    for at in again:
        flat[at] = _CHOOSING_AGAIN.sub("", flat[at])
    if len(deciding) < 2:
        return _rebuilt(lines, flat) if again else body
    for at in deciding:
        if _CHOOSING_CLAUSE.search(flat[at]):
            flat[at] = _CHOOSING_CLAUSE.sub(_CHOOSING_PLAIN, flat[at])
            break
    for at in deciding[1:]:
        flat[at] = _DECIDED_AGAIN.sub("", flat[at])
        if not _BARE_DECIDING.search(flat[at]):
            continue
        named = _NAMED_DECIDING.search(flat[at])
        if name and named and named.group(2) == name:  # the product named here: its time said without the doubt
            lead, said = named.group(1), named.group(2)
            flat[at] = f"{lead}{said}{particle_for(said, '은')} {named.group(3)}"
        elif name not in flat[at] and len([s for s in flat if s]) > _DECIDING_LEAST:
            flat[at] = ""
    return _rebuilt(lines, flat)


def _rebuilt(lines: list[list[str]], flat: list[str]) -> str:
    """The body's lines again, from `flat` (their sentences in order, a dropped one "")."""
    rebuilt, at = [], 0
    for line in lines:
        rebuilt.append(" ".join(s for s in flat[at : at + len(line)] if s))
        at += len(line)
    return "\n".join(rebuilt)


# A catalog claim that says when one uses it, with no one to use it ("피곤해 보이는 피부에 생기를 더하고 싶은 날
# 사용합니다.", reading 94, s6667: "'사용합니다' 주어가 어색"): said as the day it suits
_USED_WHEN = re.compile(r"(?<=[가-힣] )(날|때) 사용(?:합니다|해요)\.")


def _used_when_said(body: str) -> str:
    return _USED_WHEN.sub(r"\1 쓰기 좋아요.", body)


# The natural reader's lead-in promises where an ingredient comes from: a body that never says it leads in on the
# comfort this reader keeps (plan.NATURAL_PLAIN_LEAD_IN; readings 94-95: "원료가 어디서 왔는지 먼저 보는 분께 …을 권해
# 드려요" before a message with no origin in it)
_ORIGIN_LEAD_IN = "원료가 어디서 왔는지 먼저 보는 분께"
_ORIGIN_TOLD = re.compile("에서 (?:얻은|온|추출한|길러 낸)|유래")


# The sensitive reader's lead-in said again by their fit ("성분표부터 확인하는 분께 …을 권해 드려요. 성분표를 먼저
# 보신다면 …을 담았다는 점부터 확인해 보세요."): the hook names how they choose, the fit what to read on the label
_LABEL_LEAD_IN = "성분표부터 확인하는 분께"
_LABEL_LEAD_IN_PLAIN = "새 제품을 조심스레 고르는 분께"  # angles.NAME_ONLY_WORDING's


def _origin_lead_in_kept(body: str) -> str:
    """The reader's lead-in where the message keeps its promise and says it no second time."""
    at = body.find(_LABEL_LEAD_IN)
    if at >= 0 and "성분표" in body[at + len(_LABEL_LEAD_IN) :]:
        body = body.replace(_LABEL_LEAD_IN, _LABEL_LEAD_IN_PLAIN, 1)
    at = body.find(_ORIGIN_LEAD_IN)
    if at < 0 or _ORIGIN_TOLD.search(body, at + len(_ORIGIN_LEAD_IN)):
        return body
    return body.replace(_ORIGIN_LEAD_IN, NATURAL_PLAIN_LEAD_IN, 1)


# The usage step's "세안 후" where the message said when it goes on already ("세안 직후 바르는 첫 단계 에센스": reading
# 23, s5860: "'세안 후 첫 단계'가 반복되고"): the step starts on what the hand does.
_FACE_START = re.compile("세안 직후|세안 후|첫 단계")
_STEP_FACE_LEAD = re.compile(r"((?:[.!?]\s+|때는 ))세안 (?:직)?후 (?:바로 )?(?=[^.!?]*면 돼요\.)")


def _face_step_once(body: str) -> str:
    first = _FACE_START.search(body)
    end = body.find(".", first.end()) if first else -1
    if end < 0:
        return body
    return body[:end] + _STEP_FACE_LEAD.sub(r"\1", body[end:], count=1)


_EMAIL_SENTENCE = re.compile(r"[^.?!]+[.?!]")
# What the reader does (the usage step) or gets (the event's offer): an email says it in a paragraph of its own
_PRACTICAL = re.compile(
    "(?:면|하면) (?:돼요|됩니다)[.]$|^(?:처음|평소|매일) 쓰실 때는|주문|적립|할인|쿠폰|증정|보내 드|무료|캠페인|가이드|"
    "상담|혜택|신청"
)
_USAGE_STEP = re.compile("(?:면|하면) (?:돼요|됩니다)[.]$|^(?:처음|평소|매일) 쓰실 때는")


def _practical_kind(sentences: list[str]) -> str | None:
    """What a paragraph tells the reader to do: "use" (the usage step), "offer" (the event's offer) or None. An offer
    and a usage step are two thoughts, each its own paragraph (readings 90-91, s8591: "적립 안내와 사용법이 한 문단에
    뒤섞여 있음")."""
    if not all(_PRACTICAL.search(s.strip()) for s in sentences):
        return None
    return "use" if all(_USAGE_STEP.search(s.strip()) for s in sentences) else "offer"


_EMAIL_MOST = 5  # sentences in one paragraph
_EMAIL_PARAGRAPHS_LEAST = 3
_EMAIL_SPLIT_LEAST = 4  # sentences of a lone paragraph that parts in two


def _email_paragraphs(paragraphs: list[str]) -> list[str]:
    """An email's middle paragraphs of one sentence joined to the paragraph before where both say the same sort of
    thing (what the product is and how it feels; or what to do and what the offer is): four one-line paragraphs
    read as fragments in a list (reading 28, s3180: "짧은 문장을 이어 붙인 느낌", "문단이 끊긴 조각 나열"; 329 of
    1,200 emails had three one-sentence paragraphs or more). The close (the last, the ask) stays alone, and a letter
    keeps three paragraphs at least (round 32, reading 75: a two-paragraph email read "이메일치고 짧고 얇음"): a letter
    of one long paragraph and its ask parts the paragraph after what the product is (its first two sentences)."""
    said = [p for p in paragraphs if p]
    if len(said) == 2:
        sentences = [s.strip() for s in _EMAIL_SENTENCE.findall(said[0])]
        if len(sentences) >= _EMAIL_SPLIT_LEAST and "".join(sentences).replace(" ", "") == said[0].replace(" ", ""):
            return [" ".join(sentences[:2]), " ".join(sentences[2:]), said[1]]
    if len(said) < 4:
        return said
    out = [said[0]]
    practical: list[str | None] = [None]
    left = len(said)  # paragraphs the letter would have
    for paragraph in said[1:-1]:
        sentences = _EMAIL_SENTENCE.findall(paragraph) or [paragraph]
        doing = _practical_kind(sentences)
        room = len(_EMAIL_SENTENCE.findall(out[-1])) + len(sentences) <= _EMAIL_MOST
        if len(sentences) == 1 and practical[-1] == doing and room and left > _EMAIL_PARAGRAPHS_LEAST:
            left -= 1
            out[-1] = f"{out[-1]} {paragraph}"
            continue
        out.append(paragraph)
        practical.append(doing)
    return [*out, said[-1]]


def layout(request: GenerationRequest, plan: MessagePlan) -> list[CopyForm]:
    """The plan's forms for the brief's channel, each at one speech level with the brief's emoji."""
    return list(laid_out(request, plan))


def laid_out(request: GenerationRequest, plan: MessagePlan) -> Iterator[CopyForm]:
    """layout's forms one at a time, each finished (speech level, emoji) only when asked for: the
    generator sends the first the guard passes, so the rest are seldom read."""
    resolved, brief = request.resolved, request.resolved.brief
    channel = resolved.channel.channel
    greeting = _greeting(request)
    count = emoji_count(resolved.brand, brief.emoji, channel)
    season = season_of(brief.scheduled_at)
    palette = emoji_palette(resolved.brand, resolved.style.index, season, plan.facts.category)
    if channel == Channel.sms:
        # the body ends on the call to action
        drafts = [(plan.title, body, "", kind) for body, kind in _sms_bodies(request, plan)]
    elif channel == Channel.push:
        label = push.button(plan, request.evidence.event)
        palette = push.fitting_emoji(palette[:count], plan, label, request.resolved.brief.tone)  # fewer, fit
        drafts = [
            (*_push_form(plan, greeting, request, palette[:count]), push.button(plan, request.evidence.event), "push")
        ]
    else:
        palette = in_season(palette, season)  # as a push's (push.fitting_emoji): 🌸 in winter read as a slip
        if request.resolved.sms_to_lms:  # its own order (hook, what, fact), the same sparing words
            plan = _sms_offer_plain(_sms_product_line_plain(plan))
            unit = push.unit_price_line(plan, request) or sms.referral_unit_line(  # budget's value (readings 25, 31)
                plan.facts, plan.angle.key, plan.stage, voice_of(request.resolved.brand).price_talk
            )
            unit = _unit_reasoned(unit, plan)
            laid = _house_in_product_line(_owner_worded(_sms_lms_sentences(plan, request.variant, unit), plan), plan)
            laid = _said_sparingly(_house_before_name(laid, plan, request.resolved.brand.story or ""), plan)
            laid = _event_led(_close_told(_function_holds_once(laid, plan), plan), plan, request.evidence.event)
            laid = _sms_reader_lifted(_sms_season_today(_sms_close_said_once(_choice_asked_once(laid), plan)), plan)
            laid = _sms_key_fact(_sms_winter_pad(laid, plan), plan)
            if request.variant == 0:  # a Compare grid's later texts take the next reasons in turn, two in the third
                laid = _sms_one_reason(laid, plan)
            laid = _copulas_joined(laid, plan.facts.name)  # a set offer's close asks for the set: plan.set_asked
            if request.variant == 0:
                laid = _sms_two_sentences(laid, plan)
            if not any(_PRODUCT_SAID.search(s) for p in laid for s in p if s):  # "…제품이에요" said once
                laid = [[_noun_said_once(s, plan.facts.name, plan.facts.noun) if s else s for s in p] for p in laid]
            laid = _sms_season_tied(plan, laid, request.variant)  # last: only where room is left
            laid = _sms_trend_voiced(laid, plan)
        else:
            laid = [_house_after_definition(p, plan) for p in _long_paragraphs(plan, channel, brief.tone)]
        theirs = _marketers(plan, request)
        laid = _named_once(_stems_said_once(laid, plan, request.resolved.sms_to_lms, theirs), plan)
        flowing = [_flowing(_joined_definitions(p, plan), plan, theirs) for p in laid]
        paragraphs = [_join(_evaluations_said_once(p)) for p in _modifiers_said_once(flowing)]
        paragraphs = _routine_said_once(_held_said_once(paragraphs), plan.cta, plan.facts.category in push.MAKEUP)
        joiner = "\n\n" if channel == Channel.email else "\n"
        if channel == Channel.email:
            paragraphs = _email_paragraphs(paragraphs)
        told = joiner.join(p for p in paragraphs if p)
        # "{name}님, 바쁜 아침저녁, …" reads as a comma chain, and so does the sentence that opens the body when it is
        # not the hook ("#{고객명}님, 실내외 온도 차가 커지는 겨울, …": the season's scene, reading 34): the greeting
        # is then a sentence of its own
        # an SMS brief's LMS says the name alone: no greeting sentence (reading 89, s2042: "늘 찾아 주셔서 감사합니다")
        if (
            greeting
            and not request.resolved.sms_to_lms
            and (", " in plan.hook or ", " in re.match("[^.?!\n]*", told).group())
        ):
            owner = brief.honorific == Honorific.hapsho and plan.stage in OWNING_STAGES
            greeting = greeting + (OWNER_GREETING if owner else GREETINGS[brief.honorific])
        body = _face_step_once(greeting + told)
        drafts = [(plan.title, body, _button_for_close(plan, body), "long")]
        short = greeting + _join([plan.hook, plan.product_after_hook, plan.caution, _offer_for(plan), plan.close])
        drafts.append((plan.title, short, _button_for_close(plan, short), "long-short"))
    for title, body, cta, kind in drafts:
        if kind.startswith("long"):
            framed = channel == Channel.lms or request.resolved.sms_to_lms  # "(광고)[브랜드]" opens the subject
            kept = sms.promise_kept(
                _kept_title(plan, body), plan.plain_title, body, plan.stage, plan.facts.name, cta,
                reason=request.resolved.sms_to_lms,  # an SMS brief's LMS: "…쓰는 이유" over no reason (s8529)
            )  # fmt: skip
            if request.resolved.sms_to_lms:
                kept = _fomo_title_kept(kept, body, plan)
            title = _title_names_briefly(kept, body, plan, framed)
        body = lines.said_once(title, body, kind.startswith("long")) if kind.startswith(("long", "push")) else body
        if kind.startswith(("long", "push")):  # said_once's other wording may be an adverb said already
            body = _adverbs_said_once(body, plan)
        if occasional(plan.facts):  # a pack used some days is never "매일" (reading 15)
            title, body = not_daily(title), not_daily(body)
        if plan.facts.category in WASH_OFF or by_sheet(plan.facts):
            title, body = _not_applied(title), _not_applied(body)
        if kind.startswith("long"):
            body = _used_when_said(_decided_once(body, plan.facts.name))
            if not request.resolved.sms_to_lms:  # an SMS brief's LMS keeps the SMS helper's own wording
                body = _origin_lead_in_kept(_this_noun_once(body, plan.facts.noun))
            else:  # its kind said at most twice where a pointer is all that goes (reading 54, s7988)
                body = sms.kind_said_sparingly(title, body, plan.facts.noun)
                # no buy in a referral, the house a sentence of its own
                body = sms.asked_for_stage(body, plan.stage)
                if not _PRODUCT_SAID.search(body):  # its name now a topic: "샴푸는 … 씻는 제품이에요" (readings 38-40)
                    body = "\n".join(_noun_said_once(x, plan.facts.name, plan.facts.noun) for x in body.split("\n"))
                body = sms.said_plainly(title, body, plan.facts.name, plan.facts.noun)
        title = conjugate(title, brief.honorific)
        body = "\n".join(conjugate(line, brief.honorific) if line else "" for line in body.split("\n"))
        if kind.startswith("long"):
            body = _endings_varied_across("\n".join(_endings_varied(line) for line in body.split("\n")))
            if not request.resolved.sms_to_lms:  # an SMS brief's LMS keeps the SMS helper's own wording
                body = "\n".join(_specs_flowing(line, plan.facts.name, plan.facts.noun) for line in body.split("\n"))
                body = _good_said_once(body)
        if brief.honorific == Honorific.hapsho and kind.startswith("long"):  # a title never orders, a body once
            title = _title_asks_nothing(title, body)
            if brief.tone in _ORDER_KEPT_TONES:
                body = _ordered_once(body)
        if brief.honorific == Honorific.hapsho and (brief.tone in WARM_TONES or brief.tone is None):
            # the close asks, never orders (the brand's own tone too: reading 80, s3541 "직접 써 보십시오")
            if kind.startswith("long"):
                body = asked_warmly(body)
                if request.resolved.sms_to_lms and not voice_of(request.resolved.brand).price_talk:
                    # a luxury brand's text never begs, as its kept SMS never does (reading 16: "추천 부탁드립니다")
                    body = body.replace("주시길 부탁드립니다.", "주시길 바랍니다.")
                if request.resolved.sms_to_lms:  # a word passed to a friend is hoped for, not our gladness
                    body = _GLAD_FAVOUR.sub(r"\1시면 좋겠습니다.", body)
            elif kind.startswith("push") and brief.tone in WARM_TONES:  # where the request still fits the display
                # (reading 28, s6285, s5728: "써 본 느낌을 지금 바로 공유해 주십시오!", "공유 요청이 명령조로 딱딱함")
                warmed = asked_warmly(body)
                added = sum(len(e) + 1 for e in palette[:count])  # the emoji _with_emoji adds below
                body = warmed if _fits(request, warmed, _frame_size(request, title, cta) + added) else body
        if kind.startswith(("long", "push")):
            body = lilted(body, resolved.brand, brief.honorific, brief.tone, kind.startswith("long"))
        if kind == "long" and count >= 3:  # the title's one, the rest closing paragraphs
            title, body = _with_emoji(title, body, 1, palette)
            body = _with_paragraph_emoji(body, palette, count - 1)
        else:  # never right after the greeting ("반갑습니다. 🧪"): the greeting is no sentence of the message
            skip = len(greeting) if kind.startswith("long") else 0
            title, body = _with_emoji(title, body, count, palette, skip=skip)
        yield CopyForm(title, body, cta, (*plan.parts, kind))
