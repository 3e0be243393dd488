"""Round 34 (readings 82-85: SMS briefs, most sent as the flagged LMS, 3.73): over copy_eval's grid sent as SMS, count
the faults the readers named in SMS briefs rated 3.5 or less (beside "SMS 분량 초과", the lead's question):

- thin: an SMS brief's LMS whose text before the close holds under THIN_HANGUL Hangul (reading 84, s1072: "LMS로 쓴
  보람 없이 정보가 얇음", "제품 정보가 거의 없음": the product line and the price);
- trend_filler: the trendy product line's "요즘 루틴에 들이기 좋은 …" (reading 82, s4560, s3078: "군말");
- eased_leap: "…있어, 요즘 매일 챙겨도 부담 없어요" after an ingredient (reading 82, s3590: "논리가 비약");
- promise_unkept: a title promising "알아 둘 점" over a text of fewer than three sentences before its ask, a greeting
  not counted (reading 83, s4495: "제목이 약속한 '알아 둘 점'이 없고");
- feel_unkept: a title on "사용감부터 …" over a text that says nothing of the feel (reading 83, s3405);
- winter_more: an acid pad's winter line that says to use it more often (reading 85, s9810: "겨울에 횟수를 늘리라는
  조언이 어색");
- word_twice: a kind word ("워터", "제형", "토너" …) said twice before the close with the name cut out (reading 85,
  s5094: "'워터' 반복");
- none:<persona>: nothing for the reader on push_persona_clause_check.carries (per persona).

    PYTHONPATH=. python bench/sms_r34_check.py --n 1300 [--show tag,tag] [--dump X.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels
from persona_reason_check import house_of
from push_persona_clause_check import carries

from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.forms import THIN_HANGUL
from crm_core.generation.template import short_product_name

HANGUL = re.compile("[가-힣]")
SENTENCE = re.compile(r"(?<=[.!?])\s+")
TREND_FILLER = re.compile("요즘 루틴에 들이기 좋은")
EASED_LEAP = re.compile("있어, 요즘 매일 챙겨도 부담 없")
WINTER_MORE = re.compile("횟수를 (?:천천히 )?늘려")
GREETED = re.compile(r"#\{고객명\}님, [^.]{0,16}[.!]")
FEEL = re.compile(
    "발리|발려|흡수|스며|제형|텍스처|촉촉|산뜻|보송|끈적|거품|부드러운|부드럽게 |가볍게 |가벼운|묽은|도톰|쫀쫀|말랑"
    "|매끄럽|매끈|펴 바르|밀착|마무리|감싸|녹아|녹여|헹궈|윤기|광이"
)
KIND_WORDS = ("워터", "제형", "토너", "크림", "세럼", "에센스", "앰플", "오일", "밤", "쿠션", "패드", "클렌저", "로션")


def sms_args(doc: str, dump: bool = True, top: bool = False) -> argparse.Namespace:
    """The SMS counters' command line (--n, --seed, --show tag,tag and, where the counter has them, --dump and --top);
    `shows` holds the tags to print."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--n", type=int, default=1300)
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--show", default="")
    if dump:
        parser.add_argument("--dump", type=Path, default=None)
    if top:
        parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    args.shows = [s for s in args.show.split(",") if s]
    return args


def sms_results(n: int, seed: int, total: Counter):  # type: ignore[no-untyped-def]
    """(group, reader key, MessageResult) for every brief of copy_eval's grid sent as SMS whose product has a category,
    group "sms->lms" (the SMS brief written as the flagged LMS) or "sms->sms"; `total` counts the messages per group.
    The one loop the SMS counters (sms_r34 to sms_r37) share."""
    pipeline, catalog = checked_pipeline()
    for _channel, result in results_on_channels(pipeline, catalog, n, seed, ("sms",)):
        if not getattr(result.product, "category", None):
            continue
        group = "sms->lms" if result.sms_to_lms else "sms->sms"
        total[group] += 1
        yield group, angle_for(result.persona).key, result


def main() -> None:
    args = sms_args(__doc__)
    total, found = Counter(), Counter()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    shows = args.shows
    for group, key, result in sms_results(args.n, args.seed, total):
        product = result.product
        message = result.message
        short = short_product_name(product.name)
        body = message.body
        lines = [x for x in body.split("\n") if x.strip()]
        content = " ".join(lines[:-1]) if len(lines) > 1 else body
        bare = content.replace(product.name, " ").replace(short, " ")
        text = " ".join((message.title or "", body, message.cta or ""))
        tags = []
        if group == "sms->lms":
            sentences = [s for s in SENTENCE.split(content) if s]
            if len(HANGUL.findall(content)) < THIN_HANGUL:
                tags.append("thin")
            said = [x for x in sentences if not GREETED.fullmatch(x.strip())]
            if "알아 둘 점" in (message.title or "") and len(said) < 3:
                tags.append("promise_unkept")
            if "사용감부터" in (message.title or "") and not FEEL.search(content):
                tags.append("feel_unkept")
        if TREND_FILLER.search(body):
            tags.append("trend_filler")
        if EASED_LEAP.search(body):
            tags.append("eased_leap")
        if WINTER_MORE.search(body):
            tags.append("winter_more")
        words = re.findall("[가-힣]+", bare)
        if any(sum(w.startswith(k) for w in words) >= 2 for k in KIND_WORDS if k not in product.name or k == "워터"):
            tags.append("word_twice")
        if not carries(
            key,
            product,
            " ".join((message.title or "", body)).replace(product.name, " ").replace(short, " "),
            house_of(result.brand.story or ""),
        ):
            tags.append(f"none:{key}")
        for tag in tags:
            found[(tag, group)] += 1
            if any(tag.startswith(s) for s in shows):
                print(tag, group, result.brief.stage_index, product.name, "|", repr(text[:420]))
        if dump:
            row = {"group": group, "persona": key, "stage": result.brief.stage_index, "tags": tags}
            row["brief"] = result.brief.model_dump(mode="json", exclude_defaults=True)
            row |= {"title": message.title, "body": body, "cta": message.cta}
            dump.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("messages per group:", dict(total))
    for tag in sorted({t for t, _ in found}):
        print(f"  {tag:18s}", {g: found[(tag, g)] for g in sorted(total)})


if __name__ == "__main__":
    main()
