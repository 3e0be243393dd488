"""Push copy checks from blind reading 8's push notes, on seeded random briefs (no reserved seed).

- reader's line: share of pushes whose title or body carries a word of the reader's angle
  (the marks of tests/generation/test_push.py ANGLE_MARKS), with and without an event;
- distinct titles: event pushes whose title no other push of the sample shares;
- chained descriptions: content/service event pushes that paste the event's whole description
  into the ask ("…에 따라 고른 선물 추천 모음에서 골라 보세요").

Reading 11's push notes (counted on the same briefs):
- awkward frames: "이번에 살펴볼 …은", "지금 (바로) 쓰시는", "익숙해서 더 좋은", "요즘 찾는";
- a name's head noun twice in one sentence ("워터 슬리핑 마스크는 … 슬리핑 마스크입니다");
- time-style pushes with no urgency ("이번 주부터 지금의 루틴을 꾸준히 이어 가세요");
- next-step (conversion) event pushes whose title or ask drifts to another line, not this product;
- pushes for a name carrying a figure ("비타민C 엑스퍼트 25% …") that state the catalog's fact behind it;
- trend readers asked to share (공유하기) with a photo; retained budget users told only "알뜰히 쓰게 돼요".

Reading 12's push notes and copy-eval round 6:
- stock or stiff lines: "나중에 아쉽지 않게", "새로 들이기 좋아요", "… 주요 성분인", "나에게 건네는";
- event pushes whose body is the same with the next tone (copy-eval's swap: none → friendly → expert →
  trendy → luxurious → emotional → friendly).

Reading 13's push notes, counted on the blind sample's tuning seeds (1111, 2222, 3333, 4242) and copy-eval's grid
(1,200 briefs, seed 20261203), pushes only (`reading13`):
- an event's key noun (its button's noun: 첫 주문, 쿠폰, 선물, 리필, 상담 …) more than once in title and body, beyond
  what the offer sentence itself says; the ask restating the offer's key noun;
- a deadline word (오늘, 이번 주, 마감, …까지) in an event push (no event in data/events.json has a period);
- the emotional lead stacked on the consultation ask ("혼자 애쓰지 말고 마음 편히");
- a budget reader's push with no mark of their angle (value, size, price, reviews);
- one predicate twice in a body ("…좋습니다. …좋습니다."), "매일" twice;
- 💄 on a product that is no make-up (lips, cushion or base);
- a title promising a start ("시작") over an ask that is no start (비교해 보기, 상담 신청하기 …).

Reading 14's push notes (push read 3.21), counted on reading 13's pushes (`round9`):
- titles promising a generic 장점 / 이유 / 한 가지 / 팁 the body need not deliver ("…다시 짚어 보는 장점" over
  "보습 에멀젼이에요.");
- a "떨어지기 전에" title over an ask that is no restock (루틴 이어가기);
- "X 선크림은 … 선크림이에요" / "… 스킨, X 스킨이에요": the name's head noun said again as the definition's;
- stock lines of reading 14: "아껴 쓰시는", "고마운 마음을 담아", "마음 편히", "정성을 한 겹";
- care words (관리, 정성을 한 겹, 피부를 위한 정성) on make-up (lips, cushion or base);
- a luxury reader's push whose line for them is a generic hook ("공들인 루틴에 한 단계로 …") though the catalog
  has a feature the push did not state.

Reading 15's push notes (push read 3.20), counted on reading 13's pushes (`15`):
- title length before the emoji (lock screens cut long titles): median, 90th percentile, longest, over 25;
- imperative titles ("…나눠 보십시오") that say the body's ask again;
- a phrase said twice in title and body ("받는 분께" three times); the referral event's description pasted into the
  ask ("가족·친구와 함께 쓸 루틴 소개를 공유해 보세요");
- adverb stacks ("오늘 바로 직접 한 번 써 보세요");
- sensitive readers offered an active (retinol, acids, vitamin C and its derivatives) with no caution (patch test,
  start slowly), and "피부가 예민한 날" titles on such a product;
- time and FOMO pushes whose title and close carry no urgency; playful ("많이") pushes with fewer than two emoji.

    PYTHONPATH=. python bench/push_copy_check.py            # about 40 s on one core
    PYTHONPATH=. python bench/push_copy_check.py 13         # reading 13's and reading 14's tables only
    PYTHONPATH=. python bench/push_copy_check.py 15         # reading 15's table only

Round 13 (`python bench/push_copy_check.py r13 [show]`): closes saying "주문해 두세요", luxury closes that exclaim,
budget event pushes with a bare price line, titles opening on the body's first words, bare offer titles.

Reading 16's push notes, on the same pushes (`python bench/push_copy_check.py 16`): titles that name the product
by a cut name ("지금 살펴볼 스플래쉬 선크림 톤업 래스팅"), titles closing on filler "… 이야기", FOMO titles that are a
bare frame beside the name ("지나치기 아쉬운 … 이야기": nothing worth not missing), content-event titles opening on
"지금" (no event has a date), and 설화수/헤라 pushes that exclaim or say "부탁드립니다".
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline

from crm_core.domain import Brief, Tone
from crm_core.generation.composer.facts import short_product_name

ANGLE_MARKS = {
    "민감성 피부": "예민|순한|조심|작은 부위|자극|진정|팔 안쪽|안심",
    "럭셔리 애호가": "정성|공들|한 단계",
    "가성비 추구": "원에|당 약|용량|따져|매일|넉넉",
    "트렌드 팔로워": "요즘|새로|시즌|재미|새 얼굴",
    "내추럴 뷰티": "원료|추출물|자연|오일|성분|담은|담았",  # "X는 …을 담았어요" (reading 11) names them too
}
ASKING_KINDS = ("content", "service")
AWKWARD = re.compile("이번에 살펴볼|지금 (?:바로 )?쓰시는|익숙해서 더 좋은|요즘 찾는")
FLAT_TIME = re.compile("이번 주부터|지금의 루틴을 꾸준히")
STOCK_12 = re.compile("나중에 아쉽지 않게|새로 들이기 좋|새로 들여 보기 좋|주요 성분인|나에게 건네는")
NEXT_TONE = {None: Tone.friendly, **{tone: [*Tone][(i + 1) % len(Tone)] for i, tone in enumerate(Tone)}}
FIGURE_PRODUCTS = {  # a name carrying a figure, and the catalog's fact behind it
    "비타민C 엑스퍼트 25% 토닝 앰플 23ml": "순수 비타민C 25%",
    "레티놀 엑스퍼트 0.1% 링클 코렉터 20ml": "순수 레티놀 0.1%",
    "어드밴스드 스네일 96 뮤신 파워 에센스 100ml": "96%",
    "더 나이아신아마이드 15 세럼 20ml": "15%",
}


def _head_twice(name: str, body: str) -> bool:
    """Whether one sentence says the name's last two words twice (the definition repeating the name)."""
    words = name.split()
    if len(words) < 3:
        return False
    tail = " ".join(words[-2:])
    return any(sentence.count(tail) > 1 for sentence in re.split(r"(?<=[.!?])\s+", body))


DEADLINE = re.compile("오늘(?:,| 바로|만|까지)|이번 주|마감|까지만|[^ ]+일까지")  # not "오늘도", "오늘은 나를 위해"
HEAVY_LEAD = "혼자 애쓰지 말고"
START_ASKS = frozenset({"한 번 써보기", "지금 시작하기", "처음 만나보기", "첫 주문하기"})
MAKEUP = frozenset({"립", "쿠션·베이스"})
_VERB = re.compile(
    r"\s?(?:신청하기|구매하기|주문하기|알아보기|읽어보기|담아보기|참여하기|공유하기|남기기|받기|보기|하기)$"
)


def key_noun(button: str) -> str:
    """An event's key noun: its button without the verb ("첫 주문하기" → "첫 주문", "쿠폰 받기" → "쿠폰")."""
    noun = _VERB.sub("", button).strip()
    return {"다시": "주문", "함께": ""}.get(noun, noun)  # "다시 주문하기": the act is the order


def _sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", body) if s]


def echoes(body: str) -> tuple[bool, bool]:
    """(two sentences end on 좋아요/좋습니다, "매일" said twice)."""
    ends = [re.sub(r"[.!?]$", "", s).split()[-1] for s in _sentences(body) if s.split()]
    return sum(e.startswith("좋") for e in ends) > 1, body.count("매일") > 1


def reading13_pushes(pipeline, catalog) -> list:  # type: ignore[no-untyped-def]
    """The pushes of the blind sample's tuning seeds and of copy-eval's grid."""
    from copy_blind_sample import N_BRIEFS, briefs
    from copy_eval import grid

    specs = [s for seed in (1111, 2222, 3333, 4242) for s in briefs(catalog, N_BRIEFS, seed)]
    specs += grid(catalog, 1200, 20261203)
    return [pipeline.run_one(Brief(**s))[0] for s in specs if s["channel"] == "push"]


def reading13(pipeline, catalog) -> Counter:  # type: ignore[no-untyped-def]
    seen: Counter = Counter()
    for result in reading13_pushes(pipeline, catalog):
        message, event = result.message, result.event
        title, body = message.title, message.body
        text = f"{title} {body}"
        seen["pushes"] += 1
        if event is not None:
            seen["event"] += 1
            noun = key_noun(message.cta)
            offer = next((s for s in _sentences(body) if event.offer and event.offer.benefit.split()[0] in s), "")
            extra = text.count(noun) - offer.count(noun)
            seen["key noun again"] += bool(noun) and extra > 1
            last = _sentences(body)[-1] if body else ""
            seen["ask restates"] += bool(noun and offer and offer != last and noun in offer and noun in last)
            seen["deadline"] += bool(DEADLINE.search(text))
        seen["heavy lead"] += HEAVY_LEAD in body
        if result.persona.label_kr == "가성비 추구":
            seen["budget"] += 1
            seen["budget no mark"] += not re.search(ANGLE_MARKS["가성비 추구"] + "|후기|가격|원|오래 두고|부담", text)
        predicate, daily = echoes(body)
        seen["same predicate"] += predicate
        seen["매일 twice"] += daily
        seen["lipstick emoji off"] += "💄" in text and result.product.category not in MAKEUP
        if "시작" in title and message.cta not in START_ASKS:
            seen["start title off"] += 1
    return seen


PROMISE_TITLE = re.compile("장점|이유|한 가지|팁|비결")
RESTOCK_ASKS = frozenset({"오늘 루틴 확인", "다시 채워두기", "알림 신청하기", "리필 구매하기", "다시 주문하기"})
STOCK_9 = re.compile("아껴 쓰시는|고마운 마음을 담아|마음 편히|정성을 한 겹")
MAKEUP_CARE = re.compile("관리|정성을 한 겹|피부를 위한 정성|스킨케어")
LUXURY_HOOKS = re.compile(
    "공들인 루틴에 한 단계로|매일의 관리에 정성|공들인 루틴은 하루하루|공들인 루틴일수록 손에 익은|하나를 골라도 공들여"
)
_COPULA = re.compile(r"(?:이에요|예요|입니다|이다)[.!]?$")


def _same_head(word: str, head: str) -> bool:
    """Two nouns of one kind ("선크림", "선스크린"; "에멀젼", "에멀전"; "크림", "수분 크림")."""
    word, head = word.strip(",."), head.strip(",.")
    return bool(word and head) and (word[:2] == head[:2] or head.endswith(word) or word.endswith(head))


def tautology(name: str, body: str) -> bool:
    """Whether a sentence defines the product by its own head noun: "X 선크림은 … 선크림이에요" or
    "… 보습 스킨, X 스킨이에요"."""
    head = name.split()[-1]
    for sentence in _sentences(body):
        if name not in sentence or not _COPULA.search(sentence):
            continue
        before, _, after = sentence.partition(name)
        words = _COPULA.sub("", after).split()
        if after[:1] in "은는" and len(words) > 1 and _same_head(words[-1], head):
            return True  # "X 선크림은 … 선크림이에요"
        if before.endswith(", ") and _same_head(before.split()[-1], head):
            return True  # "… 선크림, X 선크림이에요"
    return False


def round9(pipeline, catalog) -> Counter:  # type: ignore[no-untyped-def]
    seen: Counter = Counter()
    for result in reading13_pushes(pipeline, catalog):
        message = result.message
        title, body = message.title, message.body
        seen["pushes"] += 1
        seen["promise title"] += bool(PROMISE_TITLE.search(title))
        seen["restock title off"] += "떨어지기 전에" in title and message.cta not in RESTOCK_ASKS
        seen["tautology"] += tautology(short_product_name(result.product.name), body)
        seen["stock 9"] += bool(STOCK_9.search(f"{title} {body}"))
        if result.product.category in MAKEUP:
            seen["makeup"] += 1
            seen["makeup care"] += bool(MAKEUP_CARE.search(f"{title} {body}"))
        if result.persona.label_kr == "럭셔리 애호가":
            seen["luxury"] += 1
            seen["luxury hook"] += bool(LUXURY_HOOKS.search(body))
    return seen


def print9(seen: Counter) -> None:
    n = seen["pushes"]
    print(f"| titles promising a generic 장점/이유/한 가지/팁 | {seen['promise title']} of {n} |")
    print(f"| '떨어지기 전에' titles over an ask that is no restock | {seen['restock title off']} of {n} |")
    print(f"| pushes defining the product by its own head noun (X 크림은 … 크림이에요) | {seen['tautology']} of {n} |")
    print(
        "| pushes with a stock line of reading 14 (아껴 쓰시는, 고마운 마음을 담아, 마음 편히, 정성을 한 겹) | "
        f"{seen['stock 9']} of {n} |"
    )
    print(f"| make-up pushes with care words (관리, 정성, 스킨케어) | {seen['makeup care']} of {seen['makeup']} |")
    print(
        f"| luxury readers' pushes whose line for them is a generic hook | {seen['luxury hook']} of {seen['luxury']} |"
    )


def print13(seen: Counter) -> None:
    n, ev = seen["pushes"], seen["event"]
    print(f"| event pushes saying the key noun more than once beyond the offer | {seen['key noun again']} of {ev} |")
    print(f"| event pushes whose ask restates the offer's key noun | {seen['ask restates']} of {ev} |")
    print(f"| event pushes with a deadline word (no event has a period) | {seen['deadline']} of {ev} |")
    print(f"| pushes with the stacked lead '혼자 애쓰지 말고' | {seen['heavy lead']} of {n} |")
    budget = f"{seen['budget no mark']} of {seen['budget']}"
    print(f"| budget readers' pushes with no value, size, price or review mark | {budget} |")
    print(f"| pushes ending two sentences on 좋아요/좋습니다 | {seen['same predicate']} of {n} |")
    print(f"| pushes saying 매일 twice | {seen['매일 twice']} of {n} |")
    print(f"| pushes with 💄 on a product that is no make-up | {seen['lipstick emoji off']} of {n} |")
    print(f"| pushes titled '시작' over an ask that is no start | {seen['start title off']} of {n} |")


EMOJI_CHARS = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]")
IMPERATIVE_TITLE = re.compile("(?:세요|십시오|시오)[.!]?$")
ADVERBS = ("오늘", "지금", "바로", "직접", "한 번", "먼저", "미리", "가볍게", "꼭", "천천히", "편하게", "차근차근")
ADVERB_STACK = re.compile(f"(?:(?:{'|'.join(ADVERBS)}) ){{2,}}(?:{'|'.join(ADVERBS)})")
ACTIVE = re.compile(
    "^(?:레티놀|레티날|레티노이드|비타민C|비타민C 유도체|살리실산|젖산|글리콜산|글루코노락톤|베타인살리실레이트)$"
)
SHOWN_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]")  # not the joiners and selectors
CAUTION = re.compile("이틀에 한 번|바르는 양|팔 안쪽|귀 뒤|작은 부위|천천히|양을 줄|조금씩|격일|얇게|먼저 발라")
URGENT = {
    2: "지금|오늘|바로|미리|늦기 전|늦지 않게|떨어지기 전|깊어지기 전|이번",
    0: "지금|오늘|바로|미리|늦기 전|떨어지기 전",
}
URGENT[2] += "|놓치|아깝|아쉽|아쉬|지나치|기회|미루지 말고"  # round 12: "더 미루지 말고" (not putting it off)
ASSEMBLED = re.compile("루틴 소개를 공유|선물 추천에서 골라|들일지 성분과 사용감으로 따져")  # reading 15's stiff asks
PHRASE_STOP = re.compile("^(?:이|그|더|잘|꼭|한|수|것)$")


def title_chars(title: str) -> int:
    """A title's length as the lock screen shows it, without its emoji."""
    return len(EMOJI_CHARS.sub("", title).strip())


def repeated_phrase(title: str, body: str, name: str) -> str:
    """A two-word phrase said twice or more in title and body, outside the product's name ("받는 분께")."""
    text = f"{title} {body}".replace(name, " ")
    words = [w.strip(".,!?·") for w in EMOJI_CHARS.sub(" ", text).split()]
    pairs = Counter(
        f"{a} {b}" for a, b in itertools.pairwise(words) if a and b and not PHRASE_STOP.match(a) and len(a + b) >= 4
    )
    return next((p for p, c in pairs.items() if c > 1), "")


def has_active(product) -> bool:  # type: ignore[no-untyped-def]
    return any(ACTIVE.search(i) for i in product.key_ingredients)


def reading15(pipeline, catalog, show: int = 0) -> Counter:  # type: ignore[no-untyped-def]
    seen: Counter = Counter()
    lengths: list[int] = []
    for i, result in enumerate(reading13_pushes(pipeline, catalog)):
        message, brief = result.message, result.brief
        title, body = message.title, message.body
        name = short_product_name(result.product.name)
        if i < show:
            print(f"[{brief.style_index} {result.persona.label_kr} s{brief.stage_index} {brief.tone} {brief.emoji}]"
                  f" {title} | {body} | {message.cta}")  # fmt: skip
        seen["pushes"] += 1
        lengths.append(title_chars(title))
        seen["title over 25"] += title_chars(title) > 25
        seen["imperative title"] += bool(IMPERATIVE_TITLE.search(EMOJI_CHARS.sub("", title).strip()))
        seen["repeated phrase"] += bool(repeated_phrase(title, body, name))
        seen["받는 분 twice"] += f"{title} {body}".count("받는 분") > 1
        seen["adverb stack"] += bool(ADVERB_STACK.search(body))
        offer = result.event.offer if result.event is not None else None
        if offer and offer.kind in ASKING_KINDS:  # a content or service event: its description is long
            seen["asking event"] += 1
            seen["description pasted"] += offer.benefit in body
            seen["assembled ask"] += bool(ASSEMBLED.search(body))
        if result.persona.label_kr == "민감성 피부" and has_active(result.product) and brief.stage_index != 4:
            seen["sensitive active"] += 1
            seen["sensitive active no caution"] += not CAUTION.search(body)
            seen["sensitive active 예민한 날 title"] += "예민한 날" in title
        if brief.style_index in URGENT:
            close = _sentences(body)[-1] if body else ""
            seen[f"style {brief.style_index}"] += 1
            seen[f"style {brief.style_index} flat"] += not re.search(URGENT[brief.style_index], f"{title} {close}")
        if brief.emoji.value == "playful":
            seen["playful"] += 1
            seen["playful under 2"] += len(SHOWN_EMOJI.findall(f"{title} {body}")) < 2
    lengths.sort()
    seen["median"], seen["p90"], seen["max"] = lengths[len(lengths) // 2], lengths[len(lengths) * 9 // 10], lengths[-1]
    return seen


def print15(seen: Counter) -> None:
    n, asking, sa = seen["pushes"], seen["asking event"], seen["sensitive active"]
    rows = [
        ("title length before emoji: median / 90th pct / longest", f"{seen['median']} / {seen['p90']} / {seen['max']}"),
        ("titles over 25 characters before emoji", f"{seen['title over 25']} of {n}"),
        ("imperative titles (…보세요/보십시오)", f"{seen['imperative title']} of {n}"),
        ("pushes saying a two-word phrase twice", f"{seen['repeated phrase']} of {n}"),
        ("pushes saying '받는 분' twice", f"{seen['받는 분 twice']} of {n}"),
        ("content/service event pushes pasting the description", f"{seen['description pasted']} of {asking}"),
        ("content/service event pushes with an assembled ask", f"{seen['assembled ask']} of {asking}"),
        ("pushes with an adverb stack (오늘 바로 직접 …)", f"{seen['adverb stack']} of {n}"),
        (
            "sensitive readers offered an active with no caution (sharers aside)",
            f"{seen['sensitive active no caution']} of {sa}",
        ),
        (
            "sensitive readers offered an active under '예민한 날' titles",
            f"{seen['sensitive active 예민한 날 title']} of {sa}",
        ),
        ("time-style pushes with no urgency in title or close", f"{seen['style 0 flat']} of {seen['style 0']}"),
        ("FOMO pushes with no urgency in title or close", f"{seen['style 2 flat']} of {seen['style 2']}"),
        ("playful (많이) pushes with fewer than 2 emoji", f"{seen['playful under 2']} of {seen['playful']}"),
    ]
    for label, figure in rows:
        print(f"| {label} | {figure} |")


# Reading 16's push notes: "제목의 제품명 잘림 어색" ("지금 살펴볼 스플래쉬 선크림 톤업 래스팅"),
# the filler title "지나치기 아쉬운 … 이야기" (FOMO that says nothing worth not missing),
# "라이브 일시 없이 긴박감만" ("지금, …" over a content event).
FILLER_TITLE = re.compile(
    r"이야기(?: \S+)?$"
)  # "… 이야기" closing a title (not the brand's story series it invites to)
GENERIC_FOMO = re.compile(r"^(?:지나치기|놓치기|혼자 알기|미루기|멈추기) (?:아쉬운|아까운) ")


def truncated_name(title: str, name: str) -> bool:
    """A title naming the product by the end of its name only ("스플래쉬 선크림 톤업 래스팅")."""
    words = name.split()
    if name in title or len(words) < 2:
        return False
    return any(
        " ".join(words[start:]) in title
        for start in range(1, len(words))
        if len(words[start:]) >= 2 or len(words[start]) >= 5
    )


def reading16(pipeline, catalog, show: int = 0) -> Counter:  # type: ignore[no-untyped-def]
    seen: Counter = Counter()
    for i, result in enumerate(reading13_pushes(pipeline, catalog)):
        message, brief = result.message, result.brief
        title = EMOJI_CHARS.sub("", message.title).strip()
        name = short_product_name(result.product.name)
        seen["pushes"] += 1
        seen["truncated name"] += truncated_name(title, name)
        seen["filler title"] += bool(FILLER_TITLE.search(title)) and "브랜드 이야기" not in title
        if brief.style_index == 2:
            seen["fomo"] += 1
            bare = GENERIC_FOMO.match(title) and title.split(" ", 2)[-1].strip() in (name, f"{name} 이야기")
            seen["fomo bare frame"] += bool(bare)
            if show and i < 4000 and bare:
                print(f"  FOMO bare: {message.title} | {message.body}")
        event = result.event
        if event is not None and not event.is_promotion:
            seen["content event"] += 1
            seen["content event 지금 title"] += title.startswith("지금")
        if result.brand.name in ("설화수", "헤라"):
            seen["luxury"] += 1
            seen["luxury exclaim or please"] += "!" in f"{title} {message.body}" or "부탁드립니다" in message.body
    return seen


def print16(seen: Counter) -> None:
    n = seen["pushes"]
    rows = [
        ("titles naming the product by a cut name", f"{seen['truncated name']} of {n}"),
        ("titles closing on filler '… 이야기'", f"{seen['filler title']} of {n}"),
        (
            "FOMO titles that are a bare frame + name (nothing worth not missing)",
            f"{seen['fomo bare frame']} of {seen['fomo']}",
        ),
        (
            "content-event pushes titled '지금 …' (no date given)",
            f"{seen['content event 지금 title']} of {seen['content event']}",
        ),
        ("설화수/헤라 pushes with '!' or '부탁드립니다'", f"{seen['luxury exclaim or please']} of {seen['luxury']}"),
    ]
    for label, figure in rows:
        print(f"| {label} | {figure} |")


# Reading 17-19's push notes (`python bench/push_copy_check.py 19`), on the same pushes: frames that read as stock
# or broken ("말로만 듣기엔 아깝다면", "그냥 넘기기 아깝다면", "…의 발림부터 가볍게 둘러보세요" beside a "가볍게
# 둘러보기" button), titles with no context ("샘플도 드립니다" with neither product nor gift), titles that read as
# the product doing the event ("헤라 미스트, 브랜드 이야기를 연재해요"), the luxury title that fits any product
# ("공들인 루틴에 …"), a price listed as if it were the benefit ("… 한 통을 20,000원에 만나실 수 있어요" beside an
# event's offer), and thin bodies: one sentence before the ask (the product line alone).
FRAMES_19 = {
    "말로만 듣기엔 아깝다면": re.compile("말로만 듣기엔 아깝다면"),
    "그냥 넘기기 아깝다면": re.compile("그냥 넘기기 아깝다면"),
    "…부터 가볍게 둘러보세요": re.compile("부터 가볍게 둘러보세요"),
}
BARE_SAMPLE_TITLE = re.compile(r"^샘플도 드(?:립니다|려요)$")
SERIAL_TITLE = re.compile(r", 브랜드 이야기를 연재(?:해요|합니다)$")


def reading19(pipeline, catalog, show: int = 0) -> Counter:  # type: ignore[no-untyped-def]
    seen: Counter = Counter()
    for result in reading13_pushes(pipeline, catalog):
        message = result.message
        title = EMOJI_CHARS.sub("", message.title).strip()
        body = EMOJI_CHARS.sub("", message.body).strip()
        seen["pushes"] += 1
        hits = [label for label, pattern in FRAMES_19.items() if pattern.search(body)]
        for label in hits:
            seen[label] += 1
        seen["bare sample title"] += bool(BARE_SAMPLE_TITLE.match(title))
        seen["product serialises title"] += bool(SERIAL_TITLE.search(title))
        seen["공들인 루틴 title"] += title.startswith("공들인 루틴에")
        event = result.event
        if event is not None and event.offer is not None and event.is_promotion:
            seen["offer"] += 1
            seen["price listed beside an offer"] += "원에 만나실 수 있" in body
        seen["price listed as the line"] += "원에 만나실 수 있" in body
        sentences = _sentences(body.replace("#{고객명}님, ", ""))
        seen["thin body (one sentence before the ask)"] += len(sentences) <= 2
        if show and (hits or BARE_SAMPLE_TITLE.match(title) or SERIAL_TITLE.search(title)):
            print(f"  {message.title} | {message.body}")
    return seen


def print19(seen: Counter) -> None:
    n = seen["pushes"]
    for label in (*FRAMES_19, "bare sample title", "product serialises title", "공들인 루틴 title",
                  "thin body (one sentence before the ask)"):  # fmt: skip
        print(f"| {label} | {seen[label]} of {n} |")
    print(f"| price listed as the product's line | {seen['price listed as the line']} of {n} |")
    print(f"| price listed beside a promotion's offer | {seen['price listed beside an offer']} of {seen['offer']} |")


# Round 13 (readings 20-21: push read 3.50): closes that read as an order ("다시 주문해 두세요", "천천히 다시 주문해
# 두세요"), a luxury push's close that exclaims, a budget reader's event push whose price is a bare line (no price per
# ml/sheet, no review: "가격 나열이 혜택처럼 읽히지 않음", s7114), titles that open on the body's first words, and
# titles that name neither the product nor more than the offer's bare noun ("포인트를 드려요": "제목 밋밋").
ORDER_CLOSE = re.compile("주문해 두")
BARE_PRICE = re.compile(r"원에 만나실 수 있|기준 정가 [0-9,]+원(?:이에요|입니다)")
PRICE_REASON = re.compile("당 약|후기|오래 두고|한 번에|넉넉")
LUXURY_MARKS = ("설화수", "헤라")
_EMOJI = re.compile(r"[^\w\s,.·:%+/()\-]")


def _opening(text: str, n: int = 2) -> str:
    words = _EMOJI.sub("", text).replace("#{고객명}님,", "").split()
    return " ".join(words[:n]).strip(",")


def round13(pipeline, catalog, show: int = 0) -> Counter:  # type: ignore[no-untyped-def]
    seen: Counter = Counter()
    shown: Counter = Counter()
    for result in reading13_pushes(pipeline, catalog):
        message, event = result.message, result.event
        title, body = message.title or "", message.body
        last = _sentences(body)[-1] if body else ""
        seen["pushes"] += 1
        flags = []
        if ORDER_CLOSE.search(last):
            flags.append("order close")
        luxury = result.brand.name in LUXURY_MARKS or result.brief.tone == Tone.luxurious
        seen["luxury"] += luxury
        if luxury and last.endswith("!"):
            flags.append("luxury exclaim")
        if result.persona.label_kr == "가성비 추구" and event is not None:
            seen["budget event"] += 1
            if BARE_PRICE.search(body) and not PRICE_REASON.search(body):
                flags.append("budget bare price")
        if _opening(title) and _opening(title) == _opening(body):
            flags.append("title echoes opening")
        name = short_product_name(result.product.name)
        if name not in title and result.brand.name not in title and name.split()[0] not in title:
            seen["title without product"] += 1
            if len(_EMOJI.sub("", title).split()) <= 3:
                flags.append("bare offer title")
        for flag in flags:
            seen[flag] += 1
            if shown[flag] < show:
                shown[flag] += 1
                print(f"# {flag}: {title} | {body}")
    return seen


def print_round13(seen: Counter) -> None:
    n = seen["pushes"]
    print(f"| pushes (tuning seeds + copy-eval grid) | {n} |")
    print(f"| closes saying 주문해 두세요 | {seen['order close']} of {n} |")
    print(f"| luxury brand or tone closes that exclaim | {seen['luxury exclaim']} of {seen['luxury']} |")
    print(f"| budget event pushes with a bare price (no per-unit, review, dose) | {seen['budget bare price']} of "
          f"{seen['budget event']} |")  # fmt: skip
    print(f"| titles opening on the body's first two words | {seen['title echoes opening']} of {n} |")
    print(
        f"| titles of three words or fewer naming no product ('포인트를 드려요') | {seen['bare offer title']} of {n} |"
    )


def main(seed: int = 11, n: int = 400) -> None:
    pipeline, catalog = checked_pipeline()
    if sys.argv[1:2] == ["r22"]:
        print22(reading22(pipeline, catalog, int(sys.argv[2]) if sys.argv[2:] else 0))
        return
    if sys.argv[1:2] == ["r13"]:
        print_round13(round13(pipeline, catalog, int(sys.argv[2]) if sys.argv[2:] else 0))
        return
    if sys.argv[1:2] == ["19"]:
        print19(reading19(pipeline, catalog, int(sys.argv[2]) if sys.argv[2:] else 0))
        return
    if sys.argv[1:2] == ["16"]:
        print16(reading16(pipeline, catalog, int(sys.argv[2]) if sys.argv[2:] else 0))
        return
    if sys.argv[1:2] == ["15"]:
        print15(reading15(pipeline, catalog, int(sys.argv[2]) if sys.argv[2:] else 0))
        return
    if sys.argv[1:] == ["13"]:
        print13(reading13(pipeline, catalog))
        print9(round9(pipeline, catalog))
        return
    rng = random.Random(seed)
    marked, total, titles, seen = Counter(), Counter(), Counter(), Counter()
    for _ in range(n):
        product = rng.choice(catalog.products)
        brief = Brief(
            persona=rng.randrange(5),
            brand=product.brand,
            product=product.name,
            stage_index=rng.randrange(5),
            style_index=rng.randrange(6),
            tone=rng.choice([None, *Tone]),
            channel="push",
            is_event=rng.random() < 0.6,
            honorific=rng.choice(["해요체", "합쇼체"]),
            seed=rng.randrange(1000),
        )
        result = pipeline.run_one(brief)[0]
        kind = "event" if result.event else "no event"
        text = f"{result.message.title} {result.message.body}"
        seen["awkward"] += bool(AWKWARD.search(text))
        predicate, daily = echoes(result.message.body)
        seen["echo"] += predicate or daily
        seen["stock 12"] += bool(STOCK_12.search(text))
        if result.event:
            swapped = pipeline.run_one(brief.model_copy(update={"tone": NEXT_TONE[brief.tone]}))[0]
            seen["tone same"] += swapped.message.body == result.message.body
        seen["head twice"] += _head_twice(short_product_name(result.product.name), result.message.body)
        if brief.style_index == 0:
            seen["time"] += 1
            seen["flat time"] += bool(FLAT_TIME.search(result.message.body))
        if result.persona.label_kr == "트렌드 팔로워" and result.message.cta == "공유하기":
            seen["trend share"] += 1
            seen["trend share photo"] += "사진" in result.message.body
        if brief.stage_index == 2 and result.persona.label_kr == "가성비 추구" and not result.event:
            seen["budget user"] += 1
            seen["budget user 알뜰히"] += "알뜰히" in result.message.body
        total[kind] += 1
        marked[kind] += bool(re.search(ANGLE_MARKS[result.persona.label_kr], text))
        if result.event:
            titles[re.sub(r"[^\w, ]", "", result.message.title).strip()] += 1
    chained = asked = 0
    for event in (e for e in catalog.events if e.offer and e.offer.kind in ASKING_KINDS):
        products = [p for p in catalog.products if catalog.offers(event, p)]
        for product in rng.sample(products, min(12, len(products))):
            brief = Brief(
                persona=rng.randrange(5),
                brand=product.brand,
                product=product.name,
                stage_index=event.stage,
                style_index=rng.randrange(6),
                tone=rng.choice([None, *Tone]),
                channel="push",
                event_id=event.id,
                seed=rng.randrange(1000),
            )
            result = pipeline.run_one(brief)[0]
            message = result.message
            body = message.body
            asked += 1
            chained += bool(event.offer and event.offer.benefit in body)
            if event.button == "다음 단계 보기":
                seen["next step"] += 1
                angle = ANGLE_MARKS[result.persona.label_kr]
                seen["next step reader"] += bool(re.search(angle, f"{message.title} {body}"))
                named = short_product_name(product.name) in message.title
                seen["next step drift"] += not named or "라인의 다음 단계를" in body
    for name, fact in FIGURE_PRODUCTS.items():
        product = next(p for p in catalog.products if p.name == name)
        for persona in (0, 2, 3, 4):
            for stage in range(4):
                brief = Brief(
                    persona=persona, brand=product.brand, product=name, stage_index=stage, channel="push",
                    style_index=rng.randrange(6), tone=rng.choice([None, *Tone]), seed=rng.randrange(1000),
                )  # fmt: skip
                seen["figure"] += 1
                seen["figure said"] += fact in pipeline.run_one(brief)[0].message.body
    print(f"| pushes carrying the reader's angle, with an event | {marked['event']} of {total['event']} |")
    print(f"| pushes carrying the reader's angle, no event | {marked['no event']} of {total['no event']} |")
    unique = sum(1 for count in titles.values() if count == 1)
    print(f"| event push titles no other push shares | {unique} of {sum(titles.values())} |")
    print(f"| content/service event pushes with the description chained in | {chained} of {asked} |")
    print(f"| pushes with an awkward frame (살펴볼, 쓰시는, 익숙해서 더 좋은, 요즘 찾는) | {seen['awkward']} of {n} |")
    print(f"| pushes saying the name's head noun twice in a sentence | {seen['head twice']} of {n} |")
    print(f"| pushes with a stock or stiff line of reading 12 | {seen['stock 12']} of {n} |")
    print(f"| event pushes whose body is the same with the next tone | {seen['tone same']} of {total['event']} |")
    print(f"| time-style pushes with no urgency (이번 주부터, 꾸준히) | {seen['flat time']} of {seen['time']} |")
    print(f"| next-step event pushes drifting to another line | {seen['next step drift']} of {seen['next step']} |")
    print(f"| next-step event pushes carrying the reader's angle | {seen['next step reader']} of {seen['next step']} |")
    print(f"| pushes for a figure-named product stating its fact | {seen['figure said']} of {seen['figure']} |")
    print(f"| trend readers' share asks with a photo | {seen['trend share photo']} of {seen['trend share']} |")
    print(f"| retained budget users told only '알뜰히' | {seen['budget user 알뜰히']} of {seen['budget user']} |")
    print(f"| pushes ending two sentences on 좋아요/좋습니다 or saying 매일 twice | {seen['echo']} of {n} |")
    print13(reading13(pipeline, catalog))
    print9(round9(pipeline, catalog))
    print15(reading15(pipeline, catalog))


# Reading 22 (push 3.31, SMS 3.25): a push or SMS whose title, body and button say different things. Counted over
# copy_eval's grid (1,200 briefs, seed 20261203) with every brief sent as a push and as an SMS (`r22 [show]`):
# - the product's short name said three times or more in a push's title and body (s2766);
# - a season word in the title (겨울, 환절기 …) the body never says (s5014, s7114);
# - a mood title ("기분") over a body that never says it (s5701); an ingredient title ("X을 담은") whose X the
#   body never says (s9194);
# - a refill title ("다시 채워", "떨어지기 전") over a button that is no restock (s2766: 루틴 이어가기);
# - an event message whose button is not the event's own (s3112: 지금 시작하기 under a review collection);
# - an offer title saying a sample with no condition where the sample is conditional (s3208: "샘플을 드려요");
# - a gift push closing on "취향에 맞춰 골라 보세요" with no gift in it (s9337).
SEASON_WORDS = ("겨울", "여름", "봄", "가을", "환절기", "장마")
MOOD_TITLE = re.compile("기분")
INGREDIENT_TITLE = re.compile(r"([\w·]+?)(?:을|를) 담은")
REFILL_TITLE = re.compile("다시 채워|채워 두|떨어지기 전|바닥나기 전|쟁여")
RESTOCK_BUTTONS = frozenset(
    {"다시 채워두기", "리필 구매하기", "다시 주문하기", "알림 신청하기", "오늘 루틴 확인", "리필 구성 보기"}
)
SAMPLE_TITLE = re.compile("샘플")
SAMPLE_CONDITION = re.compile("첫 주문|주문|선물|구매")
TASTE_CLOSE = re.compile("취향에 맞춰 골라 보")


def _season_missing(title: str, body: str) -> bool:
    return any(word in title and word not in body for word in SEASON_WORDS)


def reading22(pipeline, catalog, show: int = 0, n: int = 1200) -> Counter:  # type: ignore[no-untyped-def]
    from copy_eval import results_on_channels

    seen: Counter = Counter()
    shown: Counter = Counter()
    for channel, result in results_on_channels(pipeline, catalog, n, 20261203, ("push", "sms")):
        message, event = result.message, result.event
        title = EMOJI_CHARS.sub("", message.title or "").strip()
        body = EMOJI_CHARS.sub("", message.body).strip()
        if channel == "sms" and not result.sms_to_lms:  # a kept SMS shows no title: one line, no button
            continue
        seen[f"{channel}"] += 1
        flags = []
        name = short_product_name(result.product.name)
        if channel == "push" and (title + " " + body).count(name) >= 3:
            flags.append("name three times")
        if _season_missing(title, body):
            flags.append("season title not in body")
        if MOOD_TITLE.search(title) and not MOOD_TITLE.search(body):
            flags.append("mood title not in body")
        found = INGREDIENT_TITLE.search(title)
        if found and found.group(1) not in body:
            flags.append("ingredient title not in body")
        if REFILL_TITLE.search(title) and message.cta and message.cta not in RESTOCK_BUTTONS:
            flags.append("refill title, no restock button")
        if event is not None:
            seen[f"{channel} event"] += 1
            if message.cta and message.cta != event.button:
                flags.append("event button not the event's")
            if "후기" in event.button and message.cta and "후기" not in message.cta:
                flags.append("review event, no review button")
            if SAMPLE_TITLE.search(title) and not SAMPLE_CONDITION.search(title):
                flags.append("bare sample title")
        if TASTE_CLOSE.search(body) and "선물" not in _sentences(body)[-1]:
            flags.append("taste close with no gift")
        for flag in flags:
            seen[(channel, flag)] += 1
            if shown[(channel, flag)] < show:
                shown[(channel, flag)] += 1
                print(f"# {channel} {flag}: {title} | {body} | {message.cta}")
    return seen


R22_FLAGS = ("name three times", "season title not in body", "mood title not in body", "ingredient title not in body",
             "refill title, no restock button", "event button not the event's", "review event, no review button",
             "bare sample title", "taste close with no gift")  # fmt: skip


def print22(seen: Counter) -> None:
    print("| reading 22 mismatch | push | SMS brief written as LMS |")
    print("|---|---|---|")
    for flag in R22_FLAGS:
        event = flag.startswith(("event", "review", "bare"))
        of = {ch: seen[f"{ch} event"] if event else seen[ch] for ch in ("push", "sms")}
        print(f"| {flag} | {seen[('push', flag)]} of {of['push']} | {seen[('sms', flag)]} of {of['sms']} |")


if __name__ == "__main__":
    main()
