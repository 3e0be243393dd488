"""The push counters' one runner: copy_eval's grid sent on push only, each push's findings counted, shown, dumped.

A counter supplies `findings(result, catalog)`: the set of names it found in one push, or None to leave that push
out of the count. The runner owns the command line (--n, --seed, --show, --dump), the per-reader totals and the
print-out, so the rounds' counters differ only in what they look for.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels

from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

Findings = Callable[[Any, Any], "set[str] | None"]


def bare_body(result: Any) -> str:
    """The push body with the product's full and short names cut out, so a name never counts as a reason."""
    name = result.product.name
    return result.message.body.replace(name, " ").replace(short_product_name(name), " ")


def reader_key(result: Any) -> str:
    return angle_for(result.persona).key


def _head(result: Any) -> str:
    brief = result.brief
    tone = getattr(brief.tone, "value", brief.tone)
    honorific = getattr(brief.honorific, "value", brief.honorific)
    event_name = getattr(getattr(result, "event", None), "name", "") or ""
    return (
        f"{reader_key(result)} s{brief.stage_index} t{brief.style_index} {tone} {honorific} "
        f"ev{int(bool(brief.is_event))} {result.product.name} [{event_name}]"
    )


def run_push_counter(doc: str, findings: Findings) -> None:
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="", help="a count whose messages are printed")
    parser.add_argument("--dump", default="", help="a file each push is written to, one a line")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    counts: Counter = Counter()
    dump = open(args.dump, "w") if args.dump else None
    for _channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, ("push",)):
        if not getattr(result.product, "category", None):
            continue
        found = findings(result, catalog)
        if found is None:
            continue
        counts["push"] += 1
        counts[f"readers_{reader_key(result)}"] += 1
        message = result.message
        said = f"{message.title} || {message.body} || {message.cta}"
        for name in found:
            counts[name] += 1
            if name == args.show:
                print(f"{name} {_head(result)}: {said}")
        if dump:
            dump.write(f"{counts['push']}\t{_head(result)}\t{said}\n")
    for name in sorted(counts):
        print(f"{name}: {counts[name]}")
