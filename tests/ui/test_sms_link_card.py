"""Compose: a text message has no button, so the brief's link is in the SMS/LMS text the marketer previews and
exports, and the card says when the link is why an SMS brief went out as LMS; an SMS ad without a link says so."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from crm_core.domain import SMS_TO_LMS_LINK_NOTE, SMS_TO_LMS_NOTE
from tests.ui.test_sms_overflow import compose_sms
from ui.brief_form import NO_LINK_NOTE

LINK = "https://bit.ly/3Kx9aZq"


def test_the_sms_text_and_preview_carry_the_link_and_the_card_says_why_it_is_lms(app: AppTest) -> None:
    app.text_input(key="compose_link_url").set_value(LINK)
    compose_sms(app, None)
    assert not app.exception
    assert [i.value for i in app.info if i.value in (SMS_TO_LMS_NOTE, SMS_TO_LMS_LINK_NOTE)] == [SMS_TO_LMS_LINK_NOTE]
    shown = [m.value for m in app.markdown if LINK in m.value]
    assert any("crm-sms" in m for m in shown)  # the phone preview
    assert any("무료수신거부" in m and "crm-sms" not in m for m in shown)  # the exact text to be sent
    assert NO_LINK_NOTE not in [c.value for c in app.caption]


def test_an_sms_ad_without_a_link_says_it_has_none(app: AppTest) -> None:
    compose_sms(app, "shorten")
    assert not app.exception
    assert NO_LINK_NOTE in [c.value for c in app.caption]
    assert not [m.value for m in app.markdown if "bit.ly" in m.value]
