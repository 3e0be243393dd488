"""What a full template-backend run over briefs_2000.csv produced: rows generated, how each product
was found, and the guard's verdicts (name-only and house-voice rows apart).

Run the CLI first (an empty --mapping file keeps any saved mapping out of the count), then this:
    python -m crm_core generate --backend template --batch_csv ../shared/reference/prototype-data/briefs_2000.csv \
        --unknown_products name_only --house_brand 뷰티몰 --mapping /tmp/none.json --out_path /tmp/b2000.json
    python -m bench.briefs_generation /tmp/b2000.json
Writes bench/results/briefs-2000-generation-<date>.md.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

GENERATE = (
    "python -m crm_core generate --backend template --batch_csv ../shared/reference/prototype-data/briefs_2000.csv "
    "--unknown_products name_only --house_brand 뷰티몰 --mapping /tmp/none.json --out_path /tmp/b2000.json"
)


def counts(items: list[str]) -> str:
    return ", ".join(f"{k} {n}" for k, n in Counter(items).most_common()) or "none"


def report(rows: list[dict[str, Any]]) -> list[str]:
    done = [r["results"][0] for r in rows if r["ok"]]
    name_only = [r for r in done if r["product_match"]["kind"] == "name_only"]
    house = [r for r in done if r["product_match"]["unbranded"]]
    listed = [r for r in done if r["product_match"]["listed_size"]]
    blocks = [f["rule_id"] for r in done for f in r["findings"] if f["severity"] == "block"]
    return [
        f"- rows generated: {len(done)} of {len(rows)} ({len(done) / len(rows):.1%}); not generated: "
        f"{counts([str(r.get('field')) for r in rows if not r['ok']])}",
        f"- by product_match.kind: {counts([r['product_match']['kind'] for r in done])}",
        f"- flagged name-only: {len(name_only)}; of them unbranded (house voice): {len(house)}",
        f"- listed in another pack size (sheet's size, no price): {len(listed)}; of those carrying a price: "
        f"{sum(1 for r in listed if r['product_basic']['price'] is not None)}",
        f"- guard verdicts, all: {counts([r['verdict'] for r in done])}",
        f"- guard verdicts, name-only: {counts([r['verdict'] for r in name_only])}",
        f"- guard verdicts, house voice: {counts([r['verdict'] for r in house])}",
        f"- blocking findings by rule: {counts(blocks)}",
    ]


def main(path: str) -> None:
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    today = date.today().isoformat()
    lines = [
        f"# briefs_2000.csv generated in full, template backend ({today})",
        "",
        f"Commands: `{GENERATE}` then `python -m bench.briefs_generation /tmp/b2000.json`",
        "",
        *report(rows),
    ]
    out = Path(__file__).parent / "results" / f"briefs-2000-generation-{today}.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/b2000.json")
