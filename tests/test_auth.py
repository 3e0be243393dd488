"""The optional login's password hash: salted, verifiable, and a malformed setting is named."""

from __future__ import annotations

import pytest

from crm_core.auth import hash_password, verify_password
from crm_core.errors import InvalidInput


def test_the_right_password_verifies_and_a_wrong_one_does_not() -> None:
    encoded = hash_password("겨울-캠페인-2026", iterations=1000)
    assert verify_password("겨울-캠페인-2026", encoded)
    assert not verify_password("겨울-캠페인-2025", encoded)
    assert "겨울" not in encoded


def test_two_hashes_of_one_password_differ_by_their_salt() -> None:
    assert hash_password("pw", iterations=1000) != hash_password("pw", iterations=1000)


@pytest.mark.parametrize("encoded", ["plain-text-password", "md5$1$00$00", "pbkdf2_sha256$x$00$00"])
def test_a_malformed_setting_is_named(encoded: str) -> None:
    with pytest.raises(InvalidInput, match=r"^password_hash: expected pbkdf2_sha256\$"):
        verify_password("pw", encoded)


def test_an_empty_password_cannot_be_hashed() -> None:
    with pytest.raises(InvalidInput, match=r"^password: "):
        hash_password("")
