"""Compose: an SMS brief 90 bytes cannot carry is written as LMS and the card says so, in Korean;
the marketer can keep it SMS instead."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from crm_core.domain import SMS_TO_LMS_NOTE
from ui import labels

SERUM = "자음생세럼 브라이트닝 50ml"  # a name that leaves no room for a reason in 90 bytes


def compose_sms(app: AppTest, overflow: str | None) -> AppTest:
    app.selectbox(key="compose_stage").set_value(1)
    app.selectbox(key="compose_persona").set_value(1)
    app.selectbox(key="compose_brand").set_value("설화수").run()
    app.selectbox(key="compose_product").set_value(SERUM)
    app.selectbox(key="compose_style").set_value(2)
    app.selectbox(key="compose_channel").set_value("sms").run()
    if overflow is not None:
        app.radio(key="compose_sms_overflow").set_value(overflow)
    app.number_input(key="compose_n").set_value(1)
    return app.button(key="compose_generate").click().run()


def test_an_sms_that_cannot_fit_is_written_as_lms_and_the_card_says_why(app: AppTest) -> None:
    compose_sms(app, None)
    assert not app.exception
    choice = app.radio(key="compose_sms_overflow")
    assert choice.label == "SMS 90바이트를 넘을 때" and choice.value == "lms"
    assert [o for o in choice.options] == [labels.SMS_OVERFLOW["lms"], labels.SMS_OVERFLOW["shorten"]]
    assert [i.value for i in app.info if i.value == SMS_TO_LMS_NOTE] == [SMS_TO_LMS_NOTE]
    assert any(e.label.startswith("발송 미리보기 · 장문 문자(LMS)") for e in app.expander)


def test_shorten_keeps_it_sms_without_the_note(app: AppTest) -> None:
    compose_sms(app, "shorten")
    assert not app.exception
    assert not [i for i in app.info if i.value == SMS_TO_LMS_NOTE]
    assert any(e.label.startswith("발송 미리보기 · 문자(SMS)") for e in app.expander)
