"""Score evidence picks against the blind labels: misleading picks, nDCG@3, filler, near-duplicates.

Labels (bench/data/evidence/labels.jsonl, from readers who never saw a pick) give every review of a
pair one of useful / generic / irrelevant / misleading for the pair's persona, plus a note that may
copy the review's complaint and filler phrases (`...; complaint: a | b; filler: c`). A pick is a
quoted sentence (or, for the rating baseline, a whole review) and is scored as:

- **misleading** — its review is labelled misleading, or the quote itself carries a complaint
  phrase noted for that review (a complaint quoted from an otherwise useful review);
- **gain** for nDCG — useful 2, generic 1, irrelevant 0, misleading 0 (misleading picks are not
  given a negative gain; they are counted on their own and the target for them is 0). A filler
  quote gains at most 1. The ideal ranking is the pair's best three labelled reviews. Pairs with
  no useful or generic review have no ideal and are left out of the mean (their count is given);
  a picker that quotes nothing where there was something to quote scores 0 there;
- **filler** — the quote is a sentence the reader noted as filler (no aspect, no effect), or,
  when the labels carry no filler notes at all, any pick from a review labelled generic;
- **near-duplicate pair** — two picks of one pair whose texts (Hangul, letters and digits only)
  share ≥ 50 % of their character bigrams (Jaccard), or one contains the other.

Reproduce (from the repository root):
    PYTHONPATH=. python bench/evidence_eval.py --picks main=bench/results/evidence-picks-main.jsonl \\
        --picks rating=bench/results/evidence-picks-rating.jsonl --out bench/results/evidence-eval
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
from itertools import combinations
from pathlib import Path

from bench.results_io import write_results

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "bench/data/evidence/labels.jsonl"
GAIN = {"useful": 2, "generic": 1, "irrelevant": 0, "misleading": 0}
NEAR_DUPLICATE_JACCARD = 0.5
PHRASE_COVERAGE = 0.6
K = 3

_KEEP = re.compile(r"[^0-9A-Za-z가-힣]")


def normalise(text: str) -> str:
    return _KEEP.sub("", text)


def bigrams(text: str) -> set[str]:
    norm = normalise(text)
    return {norm[i : i + 2] for i in range(len(norm) - 1)} or {norm}


def note_phrases(note: str, key: str) -> list[str]:
    """Phrases after `key:` in a label note (several separated by |)."""
    phrases = []
    for segment in note.split(";"):
        head, _, rest = segment.partition(":")
        if head.strip().lower() == key and rest.strip():
            phrases += [p.strip() for p in rest.split("|") if normalise(p)]
    return phrases


def quote_has(quote: str, phrase: str) -> bool:
    """The quote contains the phrase (or most of its bigrams), or is itself a piece of it."""
    q, p = normalise(quote), normalise(phrase)
    if not q or not p:
        return False
    if p in q or q in p:
        return True
    pb = bigrams(phrase)
    return len(pb & bigrams(quote)) / len(pb) >= PHRASE_COVERAGE


def is_filler_quote(quote: str, phrases: list[str]) -> bool:
    """The quote is one of the noted filler sentences, with at most a few other letters around it."""
    rest = normalise(quote)
    for phrase in phrases:
        p = normalise(phrase)
        if p and rest and rest in p:
            return True
        if p:
            rest = rest.replace(p, "")
    return len(re.sub(r"[^가-힣]", "", rest)) < 6 and len(rest) < len(normalise(quote))


def near_duplicate(a: str, b: str) -> bool:
    na, nb = normalise(a), normalise(b)
    if na and nb and (na in nb or nb in na):
        return True
    ba, bb = bigrams(a), bigrams(b)
    return len(ba & bb) / len(ba | bb) >= NEAR_DUPLICATE_JACCARD


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_labels(path: Path) -> dict[tuple[str, str], dict]:
    labels = {}
    for row in load_jsonl(path):
        if row.get("label") not in GAIN:
            raise ValueError(f"{path}: label must be one of {sorted(GAIN)}, got {row.get('label')!r} in {row}")
        labels[(row["pair_id"], row["review_id"])] = row
    return labels


def dcg(gains: list[float]) -> float:
    return sum(g / math.log2(rank + 1) for rank, g in enumerate(gains, start=1))


def score_pick(pick: dict, label: dict, filler_from_notes: bool) -> dict:
    note = label.get("note") or ""
    complaint = any(quote_has(pick["text"], p) for p in note_phrases(note, "complaint"))
    misleading = label["label"] == "misleading" or complaint
    if filler_from_notes:
        filler = is_filler_quote(pick["text"], note_phrases(note, "filler"))
    else:
        filler = label["label"] == "generic"
    gain = 0 if misleading else GAIN[label["label"]]
    if filler:
        gain = min(gain, 1)
    return {"misleading": misleading, "filler": filler, "gain": gain, "label": label["label"]}


def score_picker(rows: list[dict], labels: dict, pool: list[dict], filler_from_notes: bool) -> dict:
    reviews_of = {p["pair_id"]: [r["review_id"] for r in p["reviews"]] for p in pool}
    by_k: dict[int, dict] = {}
    for top_k in sorted({r["top_k"] for r in rows}):
        picks_total = misleading = filler = dup_pairs = unlabelled = empty = 0
        ndcgs, per_pair, no_ideal = [], [], 0
        pairs_misleading = []
        for row in (r for r in rows if r["top_k"] == top_k):
            pair = row["pair_id"]
            scored = []
            for pick in row["picks"]:
                label = labels.get((pair, pick["review_id"]))
                if label is None:
                    unlabelled += 1
                    continue
                scored.append(score_pick(pick, label, filler_from_notes))
            picks_total += len(row["picks"])
            empty += not row["picks"]
            bad = sum(s["misleading"] for s in scored)
            misleading += bad
            if bad:
                pairs_misleading.append(pair)
            filler += sum(s["filler"] for s in scored)
            dup_pairs += sum(near_duplicate(a["text"], b["text"]) for a, b in combinations(row["picks"], 2))
            ideal_gains = sorted(
                (GAIN[labels[(pair, r)]["label"]] for r in reviews_of[pair] if (pair, r) in labels), reverse=True
            )
            ideal = dcg(ideal_gains[:K])
            value = None
            if ideal > 0:
                value = dcg([s["gain"] for s in scored][:K]) / ideal
                ndcgs.append(value)
            else:
                no_ideal += 1
            per_pair.append(
                {"pair_id": pair, "ndcg@3": value, "misleading": bad, "labels": [s["label"] for s in scored]}
            )
        by_k[top_k] = {
            "pairs": len(per_pair),
            "picks": picks_total,
            "misleading_picks": misleading,
            "pairs_with_misleading": len(pairs_misleading),
            "pairs_with_misleading_ids": pairs_misleading,
            "ndcg@3": sum(ndcgs) / len(ndcgs) if ndcgs else None,
            "pairs_without_ideal": no_ideal,
            "filler_picks": filler,
            "filler_rate": filler / picks_total if picks_total else 0.0,
            "near_duplicate_pairs": dup_pairs,
            "unlabelled_picks": unlabelled,
            "pairs_quoting_nothing": empty,
            "per_pair": per_pair,
        }
    return by_k


def paired_bootstrap(a: dict, b: dict, resamples: int = 2000, seed: int = 17) -> tuple[float, float, float]:
    """Mean nDCG@3 difference b − a over pairs both score, with a 95 % bootstrap interval (pairs resampled)."""
    left = {p["pair_id"]: p["ndcg@3"] for p in a["per_pair"] if p["ndcg@3"] is not None}
    right = {p["pair_id"]: p["ndcg@3"] for p in b["per_pair"] if p["ndcg@3"] is not None}
    diffs = [right[k] - left[k] for k in sorted(left.keys() & right.keys())]
    rng = random.Random(seed)
    means = sorted(sum(rng.choices(diffs, k=len(diffs))) / len(diffs) for _ in range(resamples))
    return sum(diffs) / len(diffs), means[int(0.025 * resamples)], means[int(0.975 * resamples)]


def markdown(result: dict) -> str:
    lines = [
        "# Evidence selection against blind labels",
        "",
        f"{result['pairs']} product × persona pairs, {result['labelled_reviews']} reviews labelled "
        f"({result['label_counts']}); filler judged by {result['filler_definition']}.",
        "Scoring rules: see the docstring of bench/evidence_eval.py.",
        "",
    ]
    for top_k in result["top_ks"]:
        lines += [
            f"## top_k {top_k}",
            "",
            "| picker | misleading picks | pairs with a misleading pick | nDCG@3 | filler rate | near-duplicate pairs "
            "| pairs quoting nothing | unlabelled picks |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for name, by_k in result["pickers"].items():
            s = by_k[str(top_k)]
            ndcg = "–" if s["ndcg@3"] is None else f"{s['ndcg@3']:.3f}"
            lines.append(
                f"| {name} | {s['misleading_picks']} / {s['picks']} | {s['pairs_with_misleading']} / {s['pairs']} | "
                f"{ndcg} | {100 * s['filler_rate']:.1f} % | {s['near_duplicate_pairs']} | "
                f"{s['pairs_quoting_nothing']} | {s['unlabelled_picks']} |"
            )
        lines.append("")
        first = next(iter(result["pickers"]))
        for name in list(result["pickers"])[1:]:
            mean, low, high = paired_bootstrap(
                result["pickers"][first][str(top_k)], result["pickers"][name][str(top_k)]
            )
            lines.append(
                f"nDCG@3 {name} − {first}: {mean:+.3f} (95 % paired bootstrap over pairs {low:+.3f} … {high:+.3f})"
            )
        lines.append("")
    lines += ["Picks: " + "; ".join(f"{name} = {src}" for name, src in result["sources"].items()) + ".", ""]
    lines += ["Reproduce: `" + result["command"] + "`", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--pool", type=Path, default=ROOT / "bench/data/evidence/pool.jsonl")
    parser.add_argument("--picks", action="append", required=True, help="name=path of an evidence_picks.py output")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/evidence-eval", help="writes .md and .json")
    args = parser.parse_args()
    labels = load_labels(args.labels)
    pool = load_jsonl(args.pool)
    filler_from_notes = any(note_phrases(lab.get("note") or "", "filler") for lab in labels.values())
    pickers: dict[str, dict] = {}
    sources: dict[str, str] = {}
    for spec in args.picks:
        name, _, path = spec.partition("=")
        lines = load_jsonl(Path(path))
        rows = [r for r in lines if "pair_id" in r]
        pickers[name] = {str(k): v for k, v in score_picker(rows, labels, pool, filler_from_notes).items()}
        meta = next((r["meta"] for r in lines if "meta" in r), {})
        sources[name] = f"{path} ({meta.get('picker', '?')}, code {meta.get('code', '?')})"
    counts: dict[str, int] = {}
    for lab in labels.values():
        counts[lab["label"]] = counts.get(lab["label"], 0) + 1
    result = {
        "pairs": len(pool),
        "labelled_reviews": len(labels),
        "label_counts": counts,
        "filler_definition": "the readers' filler notes"
        if filler_from_notes
        else "picks from reviews labelled generic",
        "top_ks": sorted({int(k) for p in pickers.values() for k in p}),
        "pickers": pickers,
        "sources": sources,
        "command": "PYTHONPATH=. python bench/evidence_eval.py " + " ".join(f"--picks {p}" for p in args.picks),
    }
    write_results(args.out, result, markdown(result))
    print(markdown(result))


if __name__ == "__main__":
    main()
