"""Blind reading samples: the same briefs written by the old composer and the new one, shuffled.

Step 1 runs in each checkout and writes that version's messages (the script only uses APIs both
versions share); step 2 merges them under opaque ids, keeps the key apart, and marks READY.

    cd /work/pristine && PYTHONPATH=. python /work/wt10/bench/copy_blind_sample.py emit --out /tmp/blind-old.jsonl
    cd /work/wt10 && PYTHONPATH=. python bench/copy_blind_sample.py emit --out /tmp/blind-new.jsonl

`emit --link URL` gives every brief the marketer's short link (Brief.link_url), as a sending marketer would: an
SMS/LMS carries it in its text (round 22), push and KakaoTalk link from their button; the brief row shows it.
    python bench/copy_blind_sample.py merge --old /tmp/blind-old.jsonl --new /tmp/blind-new.jsonl \\
        --dir /work/copy-reading
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

N_BRIEFS = 64
SEED = 4242


def briefs(catalog, n: int, seed: int = SEED) -> list[dict]:  # type: ignore[no-untyped-def]
    """n varied briefs over brand, persona, channel, stage, tone, style, emoji, speech level and
    events. Campaign copy is an ad, and AlimTalk carries no ads, so AlimTalk briefs are read as
    FriendTalk (the same Kakao bubble) in both versions; informational notices are not sampled."""
    from copy_eval import grid

    specs = grid(catalog, n * 3, seed)
    random.Random(seed).shuffle(specs)
    picked, seen = [], set()
    for spec in specs:
        key = (spec["brand"], spec["channel"].replace("alimtalk", "friendtalk"), spec["stage_index"])
        if key in seen:
            continue
        if spec["channel"] == "kakao_alimtalk":
            spec = spec | {"channel": "kakao_friendtalk"}
        seen.add(key)
        picked.append(spec)
        if len(picked) == n:
            break
    return picked


def overflow_note(result) -> dict:  # type: ignore[no-untyped-def]
    """An SMS brief written as LMS says so, as the card does (older versions have no such flag)."""
    if not getattr(result, "sms_to_lms", False):
        return {}
    from crm_core.domain import SMS_TO_LMS_NOTE

    return {"written_as": "lms", "note": SMS_TO_LMS_NOTE}


EMOJI_ASKED = {"none": "없음", "few": "1개", "playful": "많이"}
TEXT_CHANNELS_NO_EMOJI = "문자(SMS·LMS)에는 규정상 이모지를 넣지 않음"


def emoji_asked(policy: str, channel: str) -> str:
    """The brief's emoji policy as the reader sees it; on a text channel with the house rule beside it, so a text
    without emoji is not read as the brief ignored (readings 70-75: "이모지 지정 미반영" on SMS)."""
    asked = EMOJI_ASKED[policy]
    return f"{asked} ({TEXT_CHANNELS_NO_EMOJI})" if channel in ("sms", "lms") and policy != "none" else asked


def as_read(result) -> dict:  # type: ignore[no-untyped-def]
    """What a reader judges. A text message as the phone shows it: the channel text whole ((광고)[브랜드],
    an LMS's subject line, the opt-out line); an SMS has no title and no button, so none is shown.
    Other channels as title, body and button."""
    if result.message.channel_text.startswith(("(광고)[", "[")) and result.brief.channel.value in ("sms", "lms"):
        return {"as_sent": result.message.channel_text}
    return {"title": result.message.title, "body": result.message.body, "button": result.message.cta}


def emit(out: Path, brief_seed: int = SEED, link: str | None = None) -> None:
    """A new reading may take a new `brief_seed`, so its readers meet briefs no one tuned the copy on."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from copy_eval import SampledReviews

    from crm_core.catalog import Catalog
    from crm_core.config import load_settings
    from crm_core.domain import Brief
    from crm_core.factory import build_guard
    from crm_core.generation.template import TemplateGenerator
    from crm_core.pipeline import Pipeline
    from crm_core.scores import Scorer

    settings = load_settings()
    catalog = Catalog.load(settings.data_dir)
    pipeline = Pipeline(
        catalog, SampledReviews(catalog), TemplateGenerator(), build_guard(catalog, settings), Scorer(), settings
    )
    with out.open("w", encoding="utf-8") as f:
        for i, spec in enumerate(briefs(catalog, N_BRIEFS, brief_seed)):
            result = pipeline.run_one(Brief(**(spec | {"link_url": link} if link else spec)))[0]
            row = {
                "brief_no": i,
                "brief": {
                    "brand": result.brand.name,
                    "product": result.product.name,
                    "price": f"{result.product.price:,}원",
                    "persona": f"{result.persona.label_kr} ({result.persona.value_focus})",
                    "channel": result.brief.channel.value,
                    **overflow_note(result),
                    "stage": f"{result.stage.name_kr}: {result.stage.objective}",
                    "tone": spec["tone"] or "브랜드 기본",
                    "style": catalog.style(spec["style_index"]).name_kr,
                    "speech_level": spec["honorific"],
                    "emoji": emoji_asked(spec["emoji"], result.brief.channel.value),
                    "event": result.event.name if result.event else None,
                    **({"event_detail": result.event.detail} if result.event else {}),
                    **({"link": link} if link else {}),
                },
                "message": as_read(result),
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def merge(old: Path, new: Path, folder: Path, seed: int = SEED) -> None:
    """A new reading takes a new seed, so its ids and order share nothing with an earlier one."""
    rows = []
    for version, path in (("old", old), ("new", new)):
        for line in path.read_text(encoding="utf-8").splitlines():
            rows.append((version, json.loads(line)))
    rng = random.Random(seed)
    rng.shuffle(rows)
    ids = rng.sample(range(1000, 10000), len(rows))
    key = {}
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "samples.jsonl").open("w", encoding="utf-8") as f:
        for sample_id, (version, row) in zip(ids, rows, strict=True):
            sid = f"s{sample_id}"
            key[sid] = {"version": version, "brief_no": row["brief_no"]}
            f.write(
                json.dumps({"id": sid, "brief": row["brief"], "message": row["message"]}, ensure_ascii=False) + "\n"
            )
    (folder / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (folder / "READY").touch()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("emit")
    e.add_argument("--out", type=Path, required=True)
    e.add_argument("--brief-seed", type=int, default=SEED)
    e.add_argument(
        "--link", default=None, help="a short link every brief carries (link_url), e.g. https://bit.ly/3Kx9aZq"
    )
    m = sub.add_parser("merge")
    m.add_argument("--old", type=Path, required=True)
    m.add_argument("--new", type=Path, required=True)
    m.add_argument("--dir", type=Path, required=True)
    m.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    if args.command == "emit":
        emit(args.out, args.brief_seed, args.link)
    else:
        merge(args.old, args.new, args.dir, args.seed)


if __name__ == "__main__":
    main()
