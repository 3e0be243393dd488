"""An optional shared password for team deployments: only its salted PBKDF2 hash is ever configured.

The hash lives outside the repository and outside Settings (which runs record): in the
CRM_LOGIN_PASSWORD_HASH environment variable or `[login] password_hash` in .streamlit/secrets.toml.
Make one with `python -m crm_core.auth` (asks for the password twice; prints only the hash).
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import secrets

from crm_core.errors import InvalidInput

SCHEME = "pbkdf2_sha256"
ITERATIONS = 310_000
HASH_ENV = "CRM_LOGIN_PASSWORD_HASH"


def hash_password(password: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """'pbkdf2_sha256$iterations$salt_hex$digest_hex' for a non-empty password."""
    if not password:
        raise InvalidInput("password", "the password cannot be empty")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    """Whether the password matches the configured hash (constant-time comparison).

    :raises InvalidInput: (field password_hash) when the configured value is not such a hash.
    """
    try:
        scheme, iterations, salt, digest = encoded.strip().split("$")
        if scheme != SCHEME:
            raise ValueError(scheme)
        expected = bytes.fromhex(digest)
        actual = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(iterations))
    except ValueError:
        raise InvalidInput(
            "password_hash", f"expected {SCHEME}$<iterations>$<salt>$<digest>; make one with python -m crm_core.auth"
        ) from None
    return hmac.compare_digest(actual, expected)


def main() -> int:
    """Print the hash of a password typed twice (never echoed, never stored)."""
    first = getpass.getpass("password: ")
    if first != getpass.getpass("again: "):
        print("the two passwords differ")
        return 2
    print(hash_password(first))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
