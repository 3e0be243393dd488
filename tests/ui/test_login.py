"""The optional password login: with a hash configured nothing but the form shows until signed in."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from crm_core.auth import HASH_ENV, hash_password
from tests.ui.helpers import APP, USER
from tests.ui.rendered_text import visible_strings

PASSWORD = "team-pass-2026"
ENCODED = hash_password(PASSWORD, iterations=1000)


@pytest.fixture()
def locked(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv(HASH_ENV, ENCODED)
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["crm"] = {"backend": "template"}
    return at.run()


def sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="login_name").set_value(name)
    at.text_input(key="login_password").set_value(password)
    return next(b for b in at.button if b.key.startswith("FormSubmitter:login_form")).click().run()


def test_nothing_but_the_login_form_shows_before_signing_in(locked: AppTest) -> None:
    assert [t.value for t in locked.title] == ["로그인"]
    assert [b.key for b in locked.button] == ["FormSubmitter:login_form-로그인"]
    assert [t.key for t in locked.text_input] == ["login_name", "login_password"]


def test_a_wrong_password_is_refused_and_the_hash_is_never_shown(locked: AppTest) -> None:
    sign_in(locked, USER, "wrong")
    assert [e.value for e in locked.error] == ["비밀번호가 맞지 않습니다."]
    assert [t.value for t in locked.title] == ["로그인"]
    shown = "\n".join(visible_strings(locked))
    assert ENCODED not in shown and ENCODED.split("$")[3] not in shown


def test_the_right_password_opens_the_app_with_the_name_as_approver(locked: AppTest) -> None:
    sign_in(locked, USER, PASSWORD)
    assert not locked.exception
    assert [t.value for t in locked.title] == ["메시지 작성"]
    assert locked.session_state["user_name"] == USER


def test_a_malformed_hash_keeps_everyone_out_with_a_korean_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HASH_ENV, "not-a-hash")
    at = AppTest.from_file(APP, default_timeout=60).run()
    sign_in(at, USER, PASSWORD)
    assert [e.value for e in at.error] == ["로그인 설정이 올바르지 않아 들어갈 수 없습니다. 관리자에게 알려 주세요."]
    assert [t.value for t in at.title] == ["로그인"]
