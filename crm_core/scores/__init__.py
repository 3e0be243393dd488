"""Scores shown beside each variant, each in [0, 1] with a one-line Korean explanation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from crm_core.domain import Evidence, Finding, Message, Score
from crm_core.scores.fit import length_fit, novelty, novelty_across, stage_fit
from crm_core.scores.grounding import groundedness
from crm_core.scores.tone import Embed, ToneScorer

if TYPE_CHECKING:
    from crm_core.catalog import ResolvedBrief

SCORE_NAMES = ("groundedness", "brand_tone", "stage_fit", "length_fit", "novelty")


class Scorer:
    """Implements the pipeline's MessageScorer; pass `embed(texts) -> array` for embedding tone."""

    def __init__(self, embed: Embed | None = None):
        self.embed = embed
        self.tone = ToneScorer(embed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "scorer",
            "scores": list(SCORE_NAMES),
            "brand_tone": "embedding" if self.embed else "char-ngram",
        }

    def score(
        self,
        resolved: ResolvedBrief,
        evidence: Evidence,
        message: Message,
        findings: Sequence[Finding],
        siblings: Sequence[Message],
    ) -> tuple[Score, ...]:
        """All five scores for one message, in SCORE_NAMES order."""
        return (
            groundedness(resolved.product, evidence, message, findings),
            self.tone.score(resolved.brand, evidence, message),
            stage_fit(resolved.stage, message, findings),
            length_fit(resolved.channel, message),
            novelty(message, siblings),
        )


__all__ = [
    "SCORE_NAMES",
    "Embed",
    "Scorer",
    "ToneScorer",
    "groundedness",
    "length_fit",
    "novelty",
    "novelty_across",
    "stage_fit",
]
