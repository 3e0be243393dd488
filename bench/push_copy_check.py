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

    PYTHONPATH=. python bench/push_copy_check.py            # about 40 s on one core
    PYTHONPATH=. python bench/push_copy_check.py 13         # reading 13's table only
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import SampledReviews

from crm_core.catalog import Catalog
from crm_core.config import load_settings
from crm_core.domain import Brief, Tone
from crm_core.factory import build_guard
from crm_core.generation.composer.facts import short_product_name
from crm_core.generation.template import TemplateGenerator
from crm_core.pipeline import Pipeline
from crm_core.scores import Scorer

ANGLE_MARKS = {
    "민감성 피부": "예민|순한|조심|작은 부위|자극|진정|팔 안쪽|안심",
    "럭셔리 애호가": "정성|공들|한 단계",
    "가성비 추구": "원에|용량|따져|매일|넉넉",
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


def main(seed: int = 11, n: int = 400) -> None:
    settings = load_settings()
    catalog = Catalog.load(settings.data_dir)
    guard = build_guard(catalog, settings)
    pipeline = Pipeline(catalog, SampledReviews(catalog), TemplateGenerator(), guard, Scorer(), settings)
    if sys.argv[1:] == ["13"]:
        print13(reading13(pipeline, catalog))
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
        products = [p for p in catalog.products if event.applies_to(p)]
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


if __name__ == "__main__":
    main()
