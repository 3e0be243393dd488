"""Round 37 (readings 90-91: SMS briefs 3.79; "SMS로 길다", "SMS 치고 길다", "SMS 길이 초과" on s2835, s5676, s8439,
s1671, s6938): over copy_eval's grid sent as SMS (sms_r34_check.sms_results), how many SMS briefs stay a real 90-byte
SMS, how long the LMS the rest are written as is, and how much of it the close takes.

- groups: kept SMS and SMS briefs written as LMS, with and without an event;
- bytes: the LMS body and its close (its last line, the ask), median / p90 (sms_r36_check's quantiles);
- closes: the most frequent closes with the product's names masked (--top);
- padded_close: a close that says more than its ask: a slow adverb or a feeling to savour ("천천히 누려",
  "차분히 알려", "그 느낌을"), s5966, s5676.

    PYTHONPATH=. python bench/sms_r37_check.py --n 1300 [--show tag,tag] [--top 20]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sms_r34_check import sms_args, sms_results
from sms_r36_check import _quantiles

from crm_core.generation.composer.sms import euckr_bytes
from crm_core.generation.template import short_product_name

PADDED = re.compile("천천히 누려|차분히 알려|그 느낌을")


def main() -> None:
    args = sms_args(__doc__, dump=False, top=True)
    total, found, closes, groups = Counter(), Counter(), Counter(), Counter()
    bodies: list[int] = []
    close_sizes: list[int] = []
    for group, key, result in sms_results(args.n, args.seed, total):
        event = "event" if result.brief.is_event else "no event"
        groups[f"{group} {event}"] += 1
        if group != "sms->lms":
            continue
        body = result.message.body
        close = [x for x in body.split("\n") if x.strip()][-1]
        bodies.append(euckr_bytes(body))
        close_sizes.append(euckr_bytes(close))
        name = result.product.name
        masked = close.replace(name, "<X>").replace(short_product_name(name), "<X>")
        closes[masked] += 1
        tags = ["padded_close"] if PADDED.search(close) else []
        for tag in tags:
            found[tag] += 1
            if tag in args.shows:
                print(tag, result.brief.stage_index, key, name, "|", repr(body))
    print("messages per group:", dict(sorted(groups.items())))
    print(f"sms->lms body bytes: {_quantiles(bodies)}; close bytes: {_quantiles(close_sizes)}")
    for tag in sorted(found):
        print(f"  {tag:18s} {found[tag]}")
    for close, count in closes.most_common(args.top):
        print(f"  {count:4d} {euckr_bytes(close):3d}B {close}")


if __name__ == "__main__":
    main()
