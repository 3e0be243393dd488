"""Round 32's long-copy counts (readings 70-75).

Email (s3014, s4364, s7395: "이메일치고 짧고 얇음"; s3372, s9195 "이메일치고 짧고/밋밋하고"): over copy_eval's grid sent
as email, the body's characters (past the "#{고객명}님, …" greeting), paragraphs and sentences, and the emails that are
- short: under SHORT characters of body;
- few: fewer than 3 paragraphs;
- no_reason: without the persona's own reason (persona_strict_check.strict_reason);
- no_use_review: with neither a how-to (usage step) nor a users' review ("후기", "써 본 분들").

Set close (reading 64, s5861: "CTA가 크림 단품과 세트 사이에서 흔들리고"): with --event ev-rev-p1 every brief of the
grid is given the line-set event and sent on Kakao, LMS and email (and SMS, which may go as LMS); set_single_ask counts
the messages whose last line asks to choose (골라, 들여 …) without a word of the set.

Tip (reading 75, s7106: "메이크업 전 팁과 샤워 후 바디 사용법이 뒤섞임"): tip_clash counts long messages of a product
the catalog uses after the shower or on the body that give a make-up tip (메이크업 전/위).

    PYTHONPATH=. python bench/long_r32_check.py --n 1200            (email thinness)
    PYTHONPATH=. python bench/long_r32_check.py --n 1200 --event ev-rev-p1   (set closes)
    PYTHONPATH=. python bench/long_r32_check.py --tips     (tip clash: each body-use product x persona x stage x style
                                                            x 4 tones = 2,400 briefs on Kakao, LMS, email, push)
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import TONES, checked_pipeline, grid
from persona_reason_check import house_of
from persona_strict_check import strict_reason

from crm_core.domain import Brief
from crm_core.errors import CrmError
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

SHORT = 180
GREETING = re.compile(r"^#\{고객명\}님, (?:[^.!?\n]*[.!?] )?")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
USAGE = re.compile(
    "바르면|바르고|발라|펴 바르|두드려|덜어|적셔|감고|헹구|마사지하듯|문질러|뿌리|세안 후|세안 뒤|쓰면 돼|쓰면 됩니다|"
    "사용하면|붙여|떼어|올려|녹여|도포"
)
REVIEW = re.compile("후기|써 본 분들|쓰는 분들|사이에서")
CHOICE_ASK = re.compile("골라|들여 보|들이|담아 보|만나 보|구매")
MAKEUP_TIP = re.compile("메이크업 (?:전|위|직전|하기 전)|메이크업하는|베이스를 올")
BODY_USE = re.compile("샤워 후|샤워 뒤|몸에|바디|목욕")


def body_grid(catalog) -> list[dict]:  # type: ignore[no-untyped-def]
    """Every product the catalog uses after the shower or on the body, each persona, stage, style and tone."""
    specs = []
    for product in catalog.products:
        if not BODY_USE.search(product.usage or ""):
            continue
        for persona, stage, style, tone in itertools.product(range(5), range(5), range(6), TONES[:4]):
            specs.append(
                dict(
                    persona=persona,
                    brand=product.brand,
                    product=product.name,
                    stage_index=stage,
                    style_index=style,
                    tone=tone,
                    seed=stage * 7 + style,
                )
            )
    return specs


def results(pipeline, catalog, args, channels):  # type: ignore[no-untyped-def]
    specs = body_grid(catalog) if args.tips else grid(catalog, args.n, args.seed)
    for spec in specs:
        for channel in channels:
            extra = {"is_event": True, "event_id": args.event} if args.event else {}
            try:
                yield channel, pipeline.run_one(Brief(**(spec | {"channel": channel} | extra)))[0]
            except CrmError:
                continue


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--event", default="")
    parser.add_argument("--tips", action="store_true")
    parser.add_argument("--show", default="", help="comma-separated flags whose messages are printed")
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    shown = {s for s in args.show.split(",") if s}
    counts: Counter[str] = Counter()
    chars: list[int] = []
    paras: list[int] = []
    sents: list[int] = []
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    if args.event:
        channels: tuple[str, ...] = ("sms", "lms", "kakao_friendtalk", "email")
    elif args.tips:
        channels = ("kakao_friendtalk", "lms", "email", "push")
    else:
        channels = ("email",)
    for channel, result in results(pipeline, catalog, args, channels):
        message = result.message
        product = result.product
        body = message.body.strip()
        flags: list[str] = []
        counts[f"messages:{channel}"] += 1
        if args.event:
            if result.event is None or not result.event.sells_line_set:
                continue
            counts[f"set:{channel}"] += 1
            last = body.split("\n")[-1]
            if CHOICE_ASK.search(last) and "세트" not in last:
                flags.append(f"set_single_ask:{channel}")
        elif args.tips:
            if BODY_USE.search(product.usage or "") and MAKEUP_TIP.search(body):
                flags.append(f"tip_clash:{channel}")
        else:
            rest = GREETING.sub("", body, count=1)
            n_chars = len(rest.replace("\n", ""))
            n_paras = len([p for p in rest.split("\n\n") if p.strip()])
            n_sents = len(SENTENCE.findall(rest))
            chars.append(n_chars)
            paras.append(n_paras)
            sents.append(n_sents)
            key = angle_for(result.persona).key
            text = " ".join((message.title or "", body, message.cta or ""))
            bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
            if n_chars < SHORT:
                flags.append("short")
            if n_paras < 3:
                flags.append("few")
            if not strict_reason(key, product, bare, house_of(result.brand.story or "")):
                flags.append("no_reason")
                flags.append(f"no_reason:{key}")
            if not USAGE.search(rest) and not REVIEW.search(rest):
                flags.append("no_use_review")
            if "short" in flags or "few" in flags:
                flags.append(f"thin:st{result.brief.stage_index}")
        for flag in flags:
            counts[flag] += 1
        if any(f in shown or f.split(":")[0] in shown for f in flags):
            brief = result.brief
            print(f"# {flags} {channel} st{brief.stage_index} t{brief.style_index} {brief.persona} {product.name}")
            print(f"  {message.title}\n  {body!r}\n")
        if dump:
            row = {"channel": channel, "flags": flags, "brief": result.brief.model_dump(mode="json")}
            dump.write(json.dumps(row | {"title": message.title, "body": body}, ensure_ascii=False) + "\n")
    if chars:
        chars.sort()
        n = len(chars)
        print(f"emails {n}: chars median {chars[n // 2]} p10 {chars[n // 10]} min {chars[0]}")
        print(f"  paragraphs mean {sum(paras) / n:.2f}, sentences mean {sum(sents) / n:.2f}")
        print("  paragraphs:", dict(sorted(Counter(paras).items())))
    for key in sorted(counts):
        print(f"{key}: {counts[key]}")


if __name__ == "__main__":
    main()
