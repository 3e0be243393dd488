"""Round 32 (readings 70-75) on the long forms: what a marketer sending email, KakaoTalk and LMS depends on.

- an email reads as a letter, not a bubble: three paragraphs or more and a body of some length (s3014, s4364, s7395:
  "이메일치고 짧고 얇음"; bench/long_r32_check.py: 289 of 1,200 emails under 180 characters, 101 of two paragraphs);
- an event that sells the line's set closes on the set, on every long channel (s5861: "CTA가 크림 단품과 세트 사이에서
  흔들리고"; 55 of 70 KakaoTalk, LMS and email messages of the grid asked for the single product);
- a line guide is an event about the line, never the online skin-type test ("온라인" holds "라인");
- no make-up tip beside a catalog step taken after the shower (s7106: "메이크업 전 팁과 샤워 후 바디 사용법이 뒤섞임").
"""

from __future__ import annotations

import itertools
import re

from crm_core.catalog import Catalog
from crm_core.catalog.catalog import ALL_IN_ONE
from crm_core.errors import CrmError
from crm_core.generation.composer import compose
from crm_core.generation.composer import plan as plan_module
from tests.generation.test_long_forms import LONG_CHANNELS
from tests.generation.test_long_written import _request

GREETING = re.compile(r"^#\{고객명\}님, (?:[^.!?\n]*[.!?] )?")
CHOICE_ASK = re.compile("골라|더해 보|들여 보")
MAKEUP_TIP = re.compile("메이크업 전|메이크업하는|베이스를 올|화장이 밀착")


def _emails(catalog: Catalog) -> list[str]:
    """Email bodies over every third product, each persona and the first five stages (the greeting cut)."""
    bodies = []
    for product, persona, stage in itertools.product(catalog.products[::3], range(5), range(5)):
        spec = dict(brand=product.brand, product=product.name, persona=persona, stage_index=stage,
                    style_index=(persona + stage) % 6, channel="email", is_event=False, seed=stage)  # fmt: skip
        try:
            body = compose(_request(catalog, spec))[0].body
        except CrmError:
            continue
        bodies.append(GREETING.sub("", body.strip(), count=1))
    return bodies


def test_an_email_is_a_letter_of_three_paragraphs_or_more(catalog: Catalog):
    bodies = _emails(catalog)
    assert len(bodies) > 300
    two = [b for b in bodies if len([p for p in b.split("\n\n") if p.strip()]) < 3]
    assert len(two) <= len(bodies) // 33, two[:3]  # at most 3 % (r32-base: 115 of 1,150, 10 %)


def test_an_email_says_more_than_a_bubble(catalog: Catalog):
    sizes = sorted(len(b.replace("\n", "")) for b in _emails(catalog))
    assert sizes[len(sizes) // 2] >= 225, sizes[len(sizes) // 2]  # the median letter (r32-base: 210 characters)
    short = [n for n in sizes if n < 180]
    assert len(short) <= len(sizes) // 10, len(short)  # r32-base: 242 of 1,150 under 180 characters


def test_a_line_set_event_closes_on_the_set_on_every_long_channel(catalog: Catalog):
    event = catalog.event("ev-rev-p1")
    assert event.sells_line_set
    checked = 0
    for (i, product), channel in itertools.product(enumerate(catalog.products), LONG_CHANNELS):
        if not catalog.offers(event, product):
            continue
        spec = dict(brand=product.brand, product=product.name, persona=i % 5, stage_index=3, style_index=i % 6,
                    channel=channel, is_event=True, event_id="ev-rev-p1", seed=i)  # fmt: skip
        body = compose(_request(catalog, spec))[0].body
        close = body.strip().split("\n")[-1]
        checked += 1
        assert "세트" in close or not CHOICE_ASK.search(close), body
        assert not re.search(r"(?<![가-힣])이 [가-힣]+[을를] [^.]*세트로", close), close
    assert checked > 40


def test_a_line_guide_is_a_word_of_its_own_never_inside_online():
    assert plan_module.LINE_GUIDE.search("라인 조합 가이드")
    assert plan_module.LINE_GUIDE.search("다음 단계 라인 안내")
    assert not plan_module.LINE_GUIDE.search("온라인 피부 타입 테스트")
    assert plan_module.ALL_IN_ONE == ALL_IN_ONE


def test_no_make_up_tip_beside_a_step_taken_after_the_shower(catalog: Catalog):
    product = next(p for p in catalog.products if p.name == "세라마이드 아토 집중 크림 200ml")
    assert "샤워 후" in (product.usage or "")
    checked = 0
    for stage, style, channel, honorific in itertools.product(range(4), range(6), LONG_CHANNELS, ("해요체", "합쇼체")):
        spec = dict(brand=product.brand, product=product.name, persona=3, stage_index=stage, style_index=style,
                    channel=channel, honorific=honorific, is_event=False, seed=style)  # fmt: skip
        body = compose(_request(catalog, spec))[0].body
        checked += 1
        assert not MAKEUP_TIP.search(body), body
    assert checked == 144
