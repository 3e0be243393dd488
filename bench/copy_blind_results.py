"""Join the blind readers' ratings with the key: mean per version, the lowest, the five weakest.

    python bench/copy_blind_results.py --dir /work/copy-reading

Reads samples.jsonl, key.json and every ratings-*.jsonl there (one JSON object per line with
id, score 1-5 and an optional note), copies them beside the results under
bench/results/copy-blind/ and writes bench/results/copy-blind-reading.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASPECTS = ("natural", "brand", "customer", "stage_channel", "facts_law")  # readers' sub-scores, when given


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def rating_of(row: dict) -> tuple[str, float, str]:
    """(sample id, score, note) from a reader's line, whichever common key names it used."""
    sid = row.get("id") or row.get("sample_id")
    score = row.get("overall", row.get("score", row.get("rating")))
    note = row.get("note") or row.get("comment") or row.get("reason") or ""
    if sid is None or score is None:
        raise ValueError(f"rating line without id or score: {row}")
    return str(sid), float(score), str(note)


def _quoted(message: dict) -> list[str]:
    """A message as the readers saw it: a text message whole, as sent; other channels as title, body, button."""
    if "as_sent" in message:
        return [f"> {line}" if line else ">" for line in message["as_sent"].split("\n")]
    body = [f"> {line}" if line else ">" for line in message["body"].split("\n")]
    return [f"> 제목: {message['title']}", ">", *body, ">", f"> 버튼: {message['button']}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=Path("/work/copy-reading"))
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/copy-blind-reading.md")
    parser.add_argument("--keep", type=Path, default=ROOT / "bench/results/copy-blind", help="where inputs are copied")
    parser.add_argument("--about", default="", help="one line on what was read (which commit wrote the new copy)")
    args = parser.parse_args()

    samples = {s["id"]: s for s in read_jsonl(args.dir / "samples.jsonl")}
    key = json.loads((args.dir / "key.json").read_text(encoding="utf-8"))
    rating_files = sorted(args.dir.glob("ratings-*.jsonl"))
    keep = args.keep
    keep.mkdir(parents=True, exist_ok=True)
    for path in [args.dir / "samples.jsonl", args.dir / "key.json", args.dir / "rubric.md", *rating_files]:
        if path.exists():
            shutil.copy(path, keep / path.name)

    scores: dict[str, list[float]] = defaultdict(list)  # sample id → scores from every reader
    notes: dict[str, list[str]] = defaultdict(list)
    for path in rating_files:
        reader = path.stem.removeprefix("ratings-")
        for row in read_jsonl(path):
            sid, score, note = rating_of(row)
            if sid not in key:
                raise ValueError(f"{path.name}: unknown sample id {sid}")
            scores[sid].append(score)
            if note:
                notes[sid].append(f"{reader}: {note}")

    aspects: dict[tuple[str, str], list[float]] = defaultdict(list)  # (version, aspect) → sub-scores
    for path in rating_files:
        for row in read_jsonl(path):
            for aspect in ASPECTS:
                if aspect in row:
                    aspects[(key[rating_of(row)[0]]["version"], aspect)].append(float(row[aspect]))
    by_version: dict[str, list[float]] = defaultdict(list)
    for sid, values in scores.items():
        by_version[key[sid]["version"]].append(statistics.mean(values))
    lines = [
        "# Blind reading: old composer vs new (template backend)",
        "",
        f"{len(samples)} messages ({len(samples) // 2} briefs × 2 versions), shuffled under opaque ids; "
        f"{len(rating_files)} reader file(s) rated {sum(len(v) for v in scores.values())} times. Readers wrote as "
        "native Korean CRM copywriters and did not know which version wrote which message. Rubric, samples, "
        f"key and every rating: {keep.relative_to(ROOT)}/. {args.about}",
        "",
        "| version | messages rated | mean | min | below 3 | 5 / 5 |",
        "|---|---|---|---|---|---|",
    ]
    for version in ("old", "new"):
        values = by_version.get(version, [])
        if values:
            lines.append(
                f"| {version} | {len(values)} | {statistics.mean(values):.2f} | {min(values):.1f} | "
                f"{sum(v < 3 for v in values)} | {sum(v >= 5 for v in values)} |"
            )
    if aspects:
        lines += ["", "| version | " + " | ".join(ASPECTS) + " |", "|---|" + "---|" * len(ASPECTS)]
        for version in ("old", "new"):
            cells = [f"{statistics.mean(aspects[(version, a)]):.2f}" if aspects[(version, a)] else "–" for a in ASPECTS]
            lines.append(f"| {version} | " + " | ".join(cells) + " |")
    channels = sorted({samples[sid]["brief"]["channel"] for sid in scores})
    lines += ["", "| version | " + " | ".join(channels) + " |", "|---|" + "---|" * len(channels)]
    for version in ("old", "new"):
        cells = []
        for channel in channels:
            means = [
                statistics.mean(scores[sid])
                for sid in scores
                if key[sid]["version"] == version and samples[sid]["brief"]["channel"] == channel
            ]
            below = sum(mean < 3 for mean in means)
            cells.append(f"{statistics.mean(means):.2f} ({below} of {len(means)} below 3)" if means else "–")
        lines.append(f"| {version} | " + " | ".join(cells) + " |")
    weakest = sorted(
        (sid for sid in scores if key[sid]["version"] == "new"), key=lambda sid: statistics.mean(scores[sid])
    )[:5]
    lines += ["", "## The five weakest new messages", ""]
    for sid in weakest:
        sample = samples[sid]
        b, m = sample["brief"], sample["message"]
        lines += [
            f"**{sid}** — {statistics.mean(scores[sid]):.1f} / 5 · {b['brand']} {b['product']} · {b['channel']} · "
            f"{b['stage'].split(':')[0]} · {b['persona'].split(' (')[0]} · {b['tone']} · {b['speech_level']}",
            "",
            *_quoted(m),
            "",
            *[f"- {note}" for note in notes.get(sid, [])],
            "",
        ]
    lines += [
        f"Reproduce: `python bench/copy_blind_results.py --dir {args.dir} --out {args.out.relative_to(ROOT)} "
        f"--keep {keep.relative_to(ROOT)}` (the folder holds what {keep.relative_to(ROOT)}/ keeps)",
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines[:12]))


if __name__ == "__main__":
    main()
