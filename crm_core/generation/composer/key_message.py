"""The brief's key message (강조할 점) as the sentence that opens the copy.

Kept apart from the composer's own lines: the plan places this one sentence as the hook, so every
channel that opens on a hook carries the marketer's point; the guard then checks it with the copy.
"""

from __future__ import annotations


def key_sentence(key_message: str) -> str:
    """The marketer's words as one sentence (a full stop added when it has no ending)."""
    text = key_message.strip()
    if text.endswith((".", "!", "?", "~")):
        return text
    return text + "."
