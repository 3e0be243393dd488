"""Round 33 (speed): the composer's shortcuts say exactly what the work they skip would have said.

Each cache or pre-check added for speed (issue #10) must leave every message byte-identical: a gate that lets a
sentence through the pattern would not match, a hash that differs from the fields' own, or a remembered answer handed
out for another plan would change copy a marketer already approved.
"""

from __future__ import annotations

import dataclasses

from crm_core.generation.composer import push
from crm_core.generation.composer.facts import ProductFacts

# sentences of every ending a push says, the copula's two spellings ("…오일이에요." / "…크림예요.") included: the
# first gate tried read "이에요" as ending on "예요" and changed 2 of 6,000 grid messages
SENTENCES = [
    "부드럽게 메이크업을 녹이는 젠틀 딥 클렌징 오일이에요.",
    "눈여겨볼 성분은 해바라기씨 오일이에요.",
    "가볍게 스며드는 수분 크림예요.",
    "촉촉한 보습 스킨이에요.\n",
    "해바라기씨 오일을 담았어요.",
    "아쉬움 없이 내 피부에 맞게 골라 보세요.",
    "주름 개선 기능성 화장품입니다.",
    "SPF50+ 선크림이에요!",
    "",
    "이에요.",
    "예요.",
]


def test_noun_copula_gate_matches_the_pattern_on_every_ending() -> None:
    for sentence in SENTENCES:
        fast, slow = push._noun_copula(sentence), push._NOUN_COPULA.match(sentence)
        assert (fast is None) == (slow is None), sentence
        if slow is not None:
            assert fast.groupdict() == slow.groupdict(), sentence


def test_same_end_finds_two_copulas_on_one_noun() -> None:
    # the case the wrong gate missed: "…클렌징 오일이에요." then "눈여겨볼 성분은 해바라기씨 오일이에요."
    assert push._same_end(SENTENCES[0], SENTENCES[1])
    assert not push._same_end(SENTENCES[0], SENTENCES[4])


def _held_into_offer_reference(form: list[str], name: str, offer: str) -> list[str]:
    """The pass as it was before its pre-check (round 32)."""
    for i, line in enumerate(form[:-1]):
        found = push._HELD_LINE.match(line)
        if found and found.group("name") == name and form[i + 1] == offer and not offer.startswith(name):
            joined = f"{found.group('held')} 담은 {name}, {offer}"
            return [*form[:i], joined, *form[i + 2 :]]
    return form


def test_held_into_offer_joins_as_before() -> None:
    name, offer = "젠틀 딥 클렌징 오일", "지금 주문하시면 미니어처를 드려요."
    forms = [
        [f"{name}은 해바라기씨 오일을 담았어요.", offer, "지금 바로 만나 보세요."],
        [f"{name}은 해바라기씨 오일을 담았어요.\n", offer, "지금 바로 만나 보세요."],
        [f"요즘 {name}은 해바라기씨 오일을 담았어요.", offer, "지금 바로 만나 보세요."],
        [f"{name}은 해바라기씨 오일이 들어 있어요.", offer, "지금 바로 만나 보세요."],
        [f"{name}는 세라마이드·판테놀을 담았어요.", offer, "지금 바로 만나 보세요."],
        ["다른 크림은 세라마이드를 담았어요.", offer, "지금 바로 만나 보세요."],
        [offer, f"{name}은 해바라기씨 오일을 담았어요."],
    ]
    joined = 0
    for form in forms:
        said = push._held_into_offer(list(form), name, offer)
        assert said == _held_into_offer_reference(list(form), name, offer), form
        joined += said != form
    assert joined == 3  # the plain held line, its newline-ended twin and the 는 topic


def _facts(**changes: object) -> ProductFacts:
    base = ProductFacts(
        name="워터뱅크 크림",
        category="크림",
        points=("히알루론산을 담은 수분 크림",),
        claims=("피부에 수분을 채워 줍니다.",),
        ingredients=("히알루론산", "세라마이드"),
        usage="아침저녁 스킨케어 마지막 단계에 바릅니다.",
        volume="50ml",
        price=32000,
        premium=False,
    )
    return dataclasses.replace(base, **changes)


def test_product_facts_hash_is_the_fields_hash() -> None:
    facts = _facts()
    fields_hash = hash(tuple(getattr(facts, f.name) for f in dataclasses.fields(facts)))
    assert hash(facts) == fields_hash
    assert hash(facts) == fields_hash  # kept, not drifted
    other = _facts(price=28000)
    assert other != facts and hash(other) == hash(tuple(getattr(other, f.name) for f in dataclasses.fields(other)))
    assert _facts() == facts and hash(_facts()) == hash(facts)
    assert {facts: 1}[_facts()] == 1  # equal facts find each other's cache entries
