"""Phone previews: each channel drawn as the customer sees it, escaped, with sample values filled."""

from __future__ import annotations

import pytest

from crm_core.catalog import Catalog
from crm_core.channels import channel_text, customer_variable
from crm_core.domain import Channel
from ui.preview import phone

TITLE, BODY, CTA = "NAME님, 겨울 보습 루틴", "<b>촉촉한</b> 크림으로 " + "건조한 겨울을 편안하게 " * 8, "자세히 보기"


def sent(catalog: Catalog, channel: Channel) -> str:
    spec = catalog.channel(channel)
    title = TITLE.replace("NAME", customer_variable(spec) or "")
    return channel_text(title, BODY, CTA, spec, is_ad=True, sender="라네즈", opt_out_number="080-123-4567")


@pytest.mark.parametrize("channel", list(Channel))
def test_every_channel_is_drawn_escaped(ui_catalog: Catalog, channel: Channel) -> None:
    html = phone(sent(ui_catalog, channel), ui_catalog.channel(channel), "라네즈")
    assert html.startswith('<div class="crm-phone">')
    assert "<b>" not in html and "&lt;b&gt;촉촉한&lt;/b&gt;" in html


def test_push_is_cut_as_on_a_lock_screen(ui_catalog: Catalog) -> None:
    html = phone(sent(ui_catalog, Channel.push), ui_catalog.channel(Channel.push), "라네즈")
    assert '<div class="title">(광고) 김아모레퍼시픽님, 겨울 보습 루틴</div>' in html
    assert "건조한 겨울을 편안하게 건조한 …</div>" in html
    assert "잠금 화면: 제목 40자, 본문 약 60자까지 보입니다" in html


def test_kakao_shows_the_cta_as_a_button(ui_catalog: Catalog) -> None:
    html = phone(sent(ui_catalog, Channel.kakao_friendtalk), ui_catalog.channel(Channel.kakao_friendtalk), "라네즈")
    assert '<div class="head">친구톡 도착</div>' in html
    assert '<div class="button">자세히 보기</div>' in html and "▶" not in html


def test_sms_counts_bytes_and_flags_the_overflow(ui_catalog: Catalog) -> None:
    html = phone(sent(ui_catalog, Channel.sms), ui_catalog.channel(Channel.sms), "라네즈")
    assert "(광고)[라네즈]" in html and "무료거부 0801234567" in html  # SMS: the short opt-out form
    assert '<span class="over">' in html and "/90바이트 · 한도 초과</span> (EUC-KR 기준)" in html
