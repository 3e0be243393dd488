"""Compose: an SMS brief 90 bytes cannot carry is written as LMS and the card says so, in Korean;
the marketer can keep it SMS instead."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from crm_core.domain import SMS_TO_LMS_NOTE
from ui import labels

# a name that leaves no room in 90 bytes even for the event's invitation (a short name with a content
# event now stays SMS: "자음생세럼 브라이트닝, 후기 먼저 살펴보세요.")
BRAND, LONG_NAME = "라네즈", "워터뱅크 블루 히알루로닉 에센스 토너 중·건성용 160ml"


def compose_sms(app: AppTest, overflow: str | None) -> AppTest:
    app.selectbox(key="compose_stage").set_value(1)
    app.selectbox(key="compose_persona").set_value(1)
    app.selectbox(key="compose_brand").set_value(BRAND).run()
    app.selectbox(key="compose_product").set_value(LONG_NAME)
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
    # the label names the rule as it stands: an ad with no event goes as LMS too, though its one-liner fits 90 bytes
    assert choice.label == "SMS 90바이트에 이유·혜택을 다 담을 수 없을 때" and choice.value == "lms"
    assert "이벤트 없는 광고" in choice.help
    assert [o for o in choice.options] == [labels.SMS_OVERFLOW["lms"], labels.SMS_OVERFLOW["shorten"]]
    assert [i.value for i in app.info if i.value == SMS_TO_LMS_NOTE] == [SMS_TO_LMS_NOTE]
    assert any(e.label.startswith("발송 미리보기 · 장문 문자(LMS)") for e in app.expander)


def test_shorten_keeps_it_sms_without_the_note(app: AppTest) -> None:
    compose_sms(app, "shorten")
    assert not app.exception
    assert not [i for i in app.info if i.value == SMS_TO_LMS_NOTE]
    assert any(e.label.startswith("발송 미리보기 · 문자(SMS)") for e in app.expander)
