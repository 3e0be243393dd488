"""Round 35 (readings 86-87: SMS briefs, most sent as the flagged LMS, 3.53, the lowest channel; one reader in four
caps them at 3 for "SMS 분량 초과" / "SMS 분량을 크게 넘는 LMS급 길이", s8389, s1123, s3171, s3732, s4933, s6475, s8700,
s9038): over copy_eval's grid sent as SMS, the byte length of every SMS brief's LMS body (EUC-KR, the body only: no
title, no button, no opt-out line) as median / p90 / max, and the faults the readers named:

- long: a body over LONG_BYTES bytes;
- two_reasons: three sentences or more before the close (the product line, one reason, the offer: more reads as a
  letter; a greeting not counted);
- season_lead: a close that opens on the season ("이번 겨울, …", "겨울을 맞아 …", "겨울에는 …": s3732, s4586 "겨울
  연결이 형식적");
- long_close: a close over LONG_CLOSE bytes (s1123: "마지막 CTA 문장이 늘어짐");
- greeted_long: a greeting that says more than the name ("#{고객명}님, 늘 찾아 주셔서 감사합니다.", s3171);
- thin: under THIN_HANGUL Hangul before the close (s6890: "두 줄로 얇고", reading 84 s1072: "정보가 얇음");
- choppy: two short copula sentences in a row before the close ("…젤 크림입니다. 프로폴리스 추출물을 담았습니다.",
  s7135: "짧은 문장이 뚝뚝 끊기고");
- slip: "미끄러짐 없이" (s1123), "정성껏 남겨" (s6537, fit.py's);
- none:<persona>: nothing for the reader (push_persona_clause_check.carries).

    PYTHONPATH=. python bench/sms_r35_check.py --n 1300 [--show tag,tag] [--dump X.jsonl]
"""

from __future__ import annotations

import itertools
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from persona_reason_check import house_of
from push_persona_clause_check import carries
from sms_r34_check import sms_args, sms_results

from crm_core.generation.composer.sms import euckr_bytes
from crm_core.generation.template import short_product_name

LONG_BYTES = 240
LONG_CLOSE = 90
THIN_HANGUL = 45
HANGUL = re.compile("[가-힣]")
SENTENCE = re.compile(r"(?<=[.!?])\s+")
GREETED = re.compile(r"#\{고객명\}님, [^.]{0,24}[.!]")
SEASON_LEAD = re.compile(
    r"^(?:이번 )?(?:겨울|여름|봄|가을|환절기)(?:을 맞아|에는|에도|,| 루틴을 고르는| 루틴을 시작하는)"
)
COPULA = re.compile(r"(?:입니다|이에요|예요|담았습니다|담았어요)\.$")
SLIP = re.compile("미끄러짐 없이|정성껏 남겨")


def main() -> None:
    args = sms_args(__doc__)
    total, found = Counter(), Counter()
    sizes: list[int] = []
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    shows = args.shows
    for group, key, result in sms_results(args.n, args.seed, total):
        if group != "sms->lms":
            continue
        product = result.product
        message = result.message
        short = short_product_name(product.name)
        body = message.body
        lines = [x for x in body.split("\n") if x.strip()]
        content = " ".join(lines[:-1]) if len(lines) > 1 else body
        close = lines[-1] if len(lines) > 1 else ""
        size = euckr_bytes(body)
        sizes.append(size)
        tags = []
        said = [s for s in SENTENCE.split(content) if s and not GREETED.fullmatch(s.strip())]
        if size > LONG_BYTES:
            tags.append("long")
        if len(said) >= 3:
            tags.append("two_reasons")
        if SEASON_LEAD.match(close):
            tags.append("season_lead")
        if euckr_bytes(close) > LONG_CLOSE:
            tags.append("long_close")
        greeting = GREETED.match(content)
        if greeting and len(greeting.group()) > len("#{고객명}님, 안녕하세요."):
            tags.append("greeted_long")
        if len(HANGUL.findall(content)) < THIN_HANGUL:
            tags.append("thin")
        if any(
            COPULA.search(a) and COPULA.search(b) and len(HANGUL.findall(a + b)) < 40
            for a, b in itertools.pairwise(said)
        ):
            tags.append("choppy")
        if SLIP.search(body):
            tags.append("slip")
        bare = " ".join((message.title or "", body)).replace(product.name, " ").replace(short, " ")
        if not carries(key, product, bare, house_of(result.brand.story or "")):
            tags.append(f"none:{key}")
        for tag in tags:
            found[tag] += 1
            if any(tag.startswith(s) for s in shows):
                print(tag, size, result.brief.stage_index, product.name, "|", repr(body))
        if dump:
            row = {"persona": key, "stage": result.brief.stage_index, "tags": tags, "bytes": size}
            row["brief"] = result.brief.model_dump(mode="json", exclude_defaults=True)
            row |= {"title": message.title, "body": body, "cta": message.cta}
            dump.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("messages per group:", dict(total))
    if sizes:
        ordered = sorted(sizes)
        p90 = ordered[int(len(ordered) * 0.9)]
        print(f"sms->lms body bytes: median {statistics.median(ordered):.0f} p90 {p90} max {ordered[-1]}")
    for tag in sorted(found):
        print(f"  {tag:14s} {found[tag]}")


if __name__ == "__main__":
    main()
