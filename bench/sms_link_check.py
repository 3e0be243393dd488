"""Round 22: the brief's link in SMS/LMS text (readings 30-32: every kept SMS marked down for "링크 없음").

Over copy_eval's grid, each brief sent as SMS and as LMS with and without a short link (LINK, as a marketer pastes
one), and on push / KakaoTalk with the link:

- carried: SMS/LMS texts that carry the link on their own line before the opt-out;
- kept_sms / sms_lms: SMS briefs kept SMS / written as the flagged LMS, without and with the link (and under
  sms_overflow=shorten, which keeps every SMS brief SMS);
- over_limit: texts longer than their channel's limit as the guard counts them (measure, variables at their longest);
- leaked: push / KakaoTalk texts that carry the link (they link from the button, never from the text).

    PYTHONPATH=. python bench/sms_link_check.py --n 1200 [--show 5]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, grid

from crm_core.channels import measure
from crm_core.domain import Brief
from crm_core.errors import CrmError

LINK = "https://bit.ly/3Kx9aZq"  # a typical short link: 22 bytes
BUTTONED = ("push", "kakao_friendtalk")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200, help="briefs of copy_eval's grid")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", type=int, default=0, help="print this many SMS briefs without and with the link")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    counts: Counter[str] = Counter()
    shown = 0
    for spec in grid(catalog, args.n, args.seed):
        texts = {}
        for channel, overflow in (("sms", "lms"), ("sms", "shorten"), ("lms", "lms")):
            for link in (None, LINK):
                brief = spec | {"channel": channel, "link_url": link, "sms_overflow": overflow}
                result = pipeline.run_one(Brief(**brief))[0]
                key = f"{channel}{'+link' if link else ''}{' shorten' if overflow == 'shorten' else ''}"
                sent = result.message.channel_text
                written = catalog.channel(result.brief.channel if not result.sms_to_lms else "lms")
                counts[f"{key} messages"] += 1
                counts[f"{key} over_limit"] += measure(sent, written).length > written.body_limit
                if channel == "sms":
                    counts[f"{key} {'sms_lms' if result.sms_to_lms else 'kept_sms'}"] += 1
                if link:
                    lines = sent.split("\n")
                    counts[f"{key} carried"] += any(line.endswith(LINK) for line in lines[:-1])
                texts[key] = (result.sms_to_lms, sent)
        for channel in BUTTONED:
            try:
                result = pipeline.run_one(Brief(**(spec | {"channel": channel, "link_url": LINK})))[0]
            except CrmError:
                continue
            counts[f"{channel}+link messages"] += 1
            counts[f"{channel}+link leaked"] += LINK in result.message.channel_text
        if shown < args.show:
            shown += 1
            for key in ("sms", "sms+link", "sms shorten", "sms+link shorten"):
                lms, sent = texts[key]
                print(f"--- {key}{' (written as LMS)' if lms else ''}\n{sent}")
    for name in sorted(counts):
        print(f"{name}: {counts[name]}")


if __name__ == "__main__":
    main()
