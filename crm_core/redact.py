"""Secrets out of every text we store or show: a server may echo our key back in any reply.

Redact before truncating: a cut in the middle of a key would leave its first half readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "[redacted]"
# Credentials by shape, whatever their value: bearer tokens, authorization headers, sk- keys.
SHAPES = re.compile(
    r"(?i)(authorization\"?\s*[:=]\s*\"?(?:(?:bearer|basic)\s+)?)[^\s\"',;}]+"
    r"|(\bbearer\s+)[^\s\"',;}]+"
    r"|\bsk-[A-Za-z0-9_\-]{6,}"
)


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """`text` with each given secret (4+ characters) and every credential-shaped token masked."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, MASK)
    return SHAPES.sub(lambda m: (m.group(1) or m.group(2) or "") + MASK, text)
