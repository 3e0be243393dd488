"""An event as a sentence a customer reads: condition, benefit and the verb its kind calls for.

Events without a structured offer are written from their name only ("… 소식을 전해요"), never
from the raw detail; the detail stays evidence for the guard's number check. A content or service
event with its own `how` line (what it holds, how one takes part: where the empties go and what becomes
of them, where a live broadcast's schedule is shown) is written with that line, never with the stock
"…도 준비해 두었어요" its kind would give (reading 16: "공병 캠페인 혜택·방법 설명 없이 끝남", "라이브 일시
없이 긴박감만"; 55 of 595 long messages ended an event on that one sentence).
"""

from __future__ import annotations

from functools import lru_cache

from crm_core.domain import CampaignEvent
from crm_core.korean import particle_for

# kind → (sentence with a condition, sentence without one); {b} is the benefit with its particle.
_OFFER_LINES: dict[str, tuple[str, str]] = {
    "coupon": ("{c} {b을} 드려요.", "{b을} 드려요."),
    "points": ("{c} {b이} 적립돼요.", "{b이} 적립돼요."),
    "gift": ("{c} {b을} 함께 보내 드려요.", "{b을} 함께 보내 드려요."),
    "free": ("{c} {b은} 무료예요.", "{b은} 무료예요."),
    "price": ("{c} {b으로} 만나실 수 있어요.", "{b으로} 만나실 수 있어요."),
    "content": ("{c} {b도} 준비해 두었어요.", "{b도} 준비해 두었어요."),
    "service": ("{c} {b도} 신청하실 수 있어요.", "{b도} 신청하실 수 있어요."),
}

_PACKAGING = ("상자", "박스", "케이스", "포장")  # a gift that holds the order


def _with(benefit: str, particle: str) -> str:
    return benefit + (particle if particle == "도" else particle_for(benefit, particle))


def offer_sentence(event: CampaignEvent, said: str = "") -> str:
    """The event's offer as one 해요체 sentence (two where its `how` says where the schedule is shown). `said`: what a
    title beside it says already ("첫 주문은 배송비가 무료예요"): a free delivery is then told in other words."""
    if event.how:
        return event.how
    if event.offer is None:
        return _sentence(event.name, None, "", None)
    if event.offer.kind == "free" and "배송" in event.offer.benefit and "무료" in said:
        # reading 25 (s3112): "배송비가 무료예요" over "… 배송비는 무료예요" ("제목과 본문에서 배송비 무료 반복")
        return f"{event.offer.condition} {_with(event.offer.benefit, '을')} 받지 않아요.".lstrip()
    return _sentence(event.name, event.offer.kind, event.offer.benefit, event.offer.condition)


@lru_cache(maxsize=1024)
def _sentence(name: str, kind: str | None, benefit: str, condition: str | None) -> str:
    if kind is None:
        return f"{_with(name, '을')} 소식으로 전해 드려요."
    with_condition, bare = _OFFER_LINES[kind]
    template = with_condition if condition else bare
    if kind == "gift" and benefit.endswith(_PACKAGING):  # the gift goes in the box, never beside it (ev-ref-p3:
        # "친환경 종이 선물 상자에 담아 발송"; round 33: "… 선물 상자를 함께 보내 드려요" read as a box sent as well)
        template = template.replace("{b을} 함께 보내", "{b에} 담아 보내")
    if kind == "service" and benefit.endswith("테스트"):  # one takes a test, never "신청" one (readings 7 and 8)
        template = template.replace("신청하실 수", "해 보실 수")
    text = template.replace("{c}", condition or "")
    for particle in ("을", "이", "은", "으로", "도", "에"):
        text = text.replace("{b" + particle + "}", _with(benefit, particle))
    return text


def offer_short(event: CampaignEvent) -> str:
    """The event by its name for tight channels: a benefit without its condition would mislead."""
    return event.name
