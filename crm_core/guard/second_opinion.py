"""A learned second opinion for claims the rules do not catch: it warns, with the nearest example, never blocks.

A calibrated classifier (character 2–4-gram TF-IDF, logistic regression, sigmoid calibration) trained on
data/guard_claim_corpus.jsonl (scripts/build_claim_corpus.py: thousands of paraphrases per claim family
and clean near-misses). It reads the copy clause by clause and speaks only when the rules reported no
cosmetics-claim finding and one clause reads as a claim family with calibrated probability ≥ threshold.
CPU only, offline; training takes a few seconds, once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier

from crm_core.domain import Finding, Span
from crm_core.errors import InvalidInput
from crm_core.guard.clauses import Clauses
from crm_core.guard.rules import CATEGORY_GROUPS

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "data" / "guard_claim_corpus.jsonl"
CLEAN = "clean"
RULE_ID = "cosmetics.second_opinion"
LABELS_KR = {
    "drug_like": "의약품 오인",
    "functional_misclaim": "기능성 오인",
    "body_reshaping": "체형 변화",
    "deception": "소비자 오인(절대·무해)",
    "superlative": "최상급·절대 표현",
    "endorsement": "전문가·기관 추천",
    "comparison": "타사 비교",
}


@dataclass(frozen=True)
class Opinion:
    """The clause that reads most like a claim, its family, the calibrated probability and the nearest example."""

    label: str
    probability: float
    start: int
    end: int
    clause: str
    nearest: str


class SecondOpinion:
    """Trained once on the claim corpus; judge() reads a message, findings() turns a confident reading into a warn."""

    def __init__(self, corpus: Path = DEFAULT_CORPUS, threshold: float = 0.95):
        if not corpus.is_file():
            raise InvalidInput("corpus", f"claim corpus not found: {corpus} (python scripts/build_claim_corpus.py)")
        lines = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
        self.texts = [x["text"] for x in lines]
        self.labels = np.array([x["label"] for x in lines])
        self.threshold = threshold
        self.vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 4), min_df=2, max_features=30_000, sublinear_tf=True
        )
        self.matrix = self.vectorizer.fit_transform(self.texts)
        # one-vs-rest liblinear: seconds, not the minute multinomial lbfgs takes on this corpus
        model = OneVsRestClassifier(LogisticRegression(C=4.0, solver="liblinear"))
        self.model = CalibratedClassifierCV(model, method="sigmoid", cv=3).fit(self.matrix, self.labels)

    def judge(self, text: str) -> Opinion | None:
        """The most claim-like clause of the text, or None when every clause reads clean."""
        clauses = [c for c in Clauses(text).items if c.end - c.start >= 4]
        if not clauses:
            return None
        pieces = [text[c.start : c.end] for c in clauses]
        vectors = self.vectorizer.transform(pieces)
        probabilities = self.model.predict_proba(vectors)
        classes = list(self.model.classes_)
        claim = [i for i, name in enumerate(classes) if name != CLEAN]
        row, col = np.unravel_index(np.argmax(probabilities[:, claim]), (len(pieces), len(claim)))
        label = classes[claim[col]]
        same = np.flatnonzero(self.labels == label)
        nearest = same[np.argmax((self.matrix[same] @ vectors[row].T).toarray().ravel())]
        clause = clauses[row]
        return Opinion(
            label, float(probabilities[row, claim[col]]), clause.start, clause.end, pieces[row], self.texts[nearest]
        )

    def findings(self, field: str, text: str, rule_findings: list[Finding]) -> list[Finding]:
        """A warn when the rules said nothing about cosmetics claims and the model is confident; else none."""
        if any(CATEGORY_GROUPS.get(f.category) == "cosmetics" for f in rule_findings):
            return []
        opinion = self.judge(text)
        if opinion is None or opinion.probability < self.threshold:
            return []
        family = LABELS_KR.get(opinion.label, opinion.label)
        return [
            Finding(
                rule_id=RULE_ID,
                category=opinion.label,
                severity="warn",
                message=f"규칙에는 걸리지 않았지만 '{family}' 표현과 비슷합니다 ({opinion.probability:.0%}). "
                f"가까운 예: '{opinion.nearest}'",
                field=field,  # type: ignore[arg-type]
                span=Span(start=opinion.start, end=opinion.end, text=opinion.clause),
                basis="학습된 보조 판단 (data/guard_claim_corpus.jsonl) — 경고만 하고 차단하지 않습니다",
                suggestion="표현이 화장품 범위를 넘지 않는지 검토하세요. 문제가 없다면 그대로 승인할 수 있습니다.",
            )
        ]
