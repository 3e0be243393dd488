"""Reading 24's SMS and push notes (SMS read 2.94, push 3.20: again the two weakest channels), counted over
copy_eval's grid (default 1,200 briefs, seed 20261203), every brief sent once as SMS (sms_overflow=lms) and once
as push.

Push:
- empty_definition: the product line says what it is in two words with no modifier, left after the name's own
  words were taken out ("순정 약산성 5.5 폼 클렌저는 데일리 제품이에요", s6328; "… 보습 유액이에요");
- held_then_offer: "X은 …을 담았어요." and then the offer as a sentence of its own (s2800: "아토베리어365 크림은
  세라마이드를 담았어요. 토너·에멀전·크림 3종을 세트로 고르시면 …": "성분 한 줄이 따로 놀고");
- page_form_check: "제품 페이지에서 … 제형을 확인해" (s3376); fun_line: "써 보는 재미가 있" (s4914), stock_fun_line:
  the trend reader's stock line with no fact in it ("새 패드는 써 보는 재미가 있습니다").

SMS:
- kept_together: a kept 90-byte SMS ending on the emotional tone's "…봐요." / "…둬요." (s8522: "…수분크림, 써 봐요.");
- kept_order: a kept SMS ending on a bare 합쇼체 order "…십시오."; kept_favour_order: one asking a favour so
  (s7689: "…친구에게 소개해 주십시오.": "명령조로 딱딱하고");
- sensitive_no_mild: a sensitive reader's SMS (kept or LMS) for a product whose catalog states a mildness fact
  (MILD words) that says none of them (s8279);
- reason_title_unanswered: an LMS title promising a reason ("…매일 쓰는 이유") over a body with no "…라서/…해서"
  clause giving one (s8529).

    PYTHONPATH=. python bench/r24_channel_check.py [--n 1200] [--show KEY]
"""

from __future__ import annotations

import re
import sys
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline
from r23_channel_check import Flags, options, sentences, sms_and_push

from crm_core.generation.composer.facts import short_product_name

MODIFIER = re.compile("(?:는|은|운|한|된|인|던|의|든|ㄴ|린|진|운)$")
HELD = re.compile(r"(?:을|를) 담았(?:어요|습니다)\.$")
OFFER = re.compile("하시면|드려요|드립니다|무료|만나실 수|적립|신청하실 수")
PAGE_FORM = re.compile("제품 페이지에서[^.?!]*제형[^.?!]*확인")
FUN = re.compile("써 보는 재미가 있")
STOCK_FUN = re.compile(r"(?:새 \S+[은는]|[은는] 바꿔) 써 보는 재미가 있")  # the stock trend line, no fact
TOGETHER_END = re.compile("(?:봐|둬)요\\.$")
MILD = re.compile("순한|순하|저자극|자극|약산성|진정|편안|민감|예민|식혀|테스트 완료|무향|향료를 넣지")
# a soothing ingredient the catalog lists (sms.SOOTHING) is a mildness fact too, where the message names it
SOOTHING = re.compile(
    "|".join(("병풀", "마데카소사이드", "아줄렌", "판테놀", "세라마이드", "알로에", "카모마일", "알란토인", "어린쑥"))
)
REASON_TITLE = re.compile("이유")
REASON_GIVEN = re.compile("(?:라서|이라|어서|아서|해서|여서|덕분|니까|때문|으니|이니)")


def empty_definition(sentence: str, name: str) -> bool:
    """ "{name}은 데일리 제품이에요.": two words, the first no modifier."""
    m = re.search(re.escape(name) + r"[은는] (\S+) (\S+)(?:이에요|예요|입니다)[.!]", sentence)
    return bool(m) and not MODIFIER.search(m.group(1))


def main() -> None:
    args = options(__doc__)
    pipeline, catalog = checked_pipeline()
    products = {(p.brand, p.name): p for p in catalog.products}
    c = Flags(args.show)
    flag = c.flag

    for spec, sms, push in sms_and_push(pipeline, catalog, args.n, args.seed):
        product = products[(spec["brand"], spec["product"])]
        persona = catalog.personas[spec["persona"]]
        persona_key = getattr(persona, "name", str(persona))
        stated = " ".join((*product.claims, *product.selling_points, *product.key_ingredients))
        body = sms.message.body
        c["sms"] += 1
        text = f"{sms.message.title}\n{body}\n[{sms.message.cta}] {persona_key} tone {spec['tone']}"
        if sms.sms_to_lms:
            c["sms_lms"] += 1
            if REASON_TITLE.search(sms.message.title or ""):
                c["sms_reason_title"] += 1
                flag("reason_title_unanswered", not REASON_GIVEN.search(body), text)
        else:
            c["sms_kept"] += 1
            last = sentences(body)[-1] if sentences(body) else body
            flag("kept_together", bool(TOGETHER_END.search(last)), text)
            flag("kept_order", last.endswith(("십시오.", "십시오!")), text)
            flag("kept_favour_order", last.endswith(("주십시오.", "주십시오!")), text)
        if "Sensitive" in persona_key and (MILD.search(stated) or SOOTHING.search(stated)):
            c["sms_sensitive_mild_catalog"] += 1
            flag("sensitive_no_mild", not (MILD.search(body) or SOOTHING.search(body)), text)

        said = sentences(push.message.body)
        short = short_product_name(product.name)
        c["push"] += 1
        ptext = f"{push.message.title}\n{push.message.body}\n[{push.message.cta}] {persona_key} tone {spec['tone']}"
        flag("push_empty_definition", any(empty_definition(s, short) for s in said), ptext)
        held_offer = any(HELD.search(a) and OFFER.search(b) for a, b in pairwise(said)) and push.event is not None
        flag("push_held_then_offer", held_offer, ptext)
        flag("push_page_form_check", bool(PAGE_FORM.search(push.message.body)), ptext)
        flag("push_fun_line", bool(FUN.search(push.message.body)), ptext)
        flag("push_stock_fun_line", bool(STOCK_FUN.search(push.message.body)), ptext)

    print(f"SMS {c['sms']}: kept {c['sms_kept']}, LMS {c['sms_lms']}")
    for key, base in (
        ("kept_together", "sms_kept"),
        ("kept_order", "sms_kept"),
        ("kept_favour_order", "sms_kept"),
        ("sensitive_no_mild", "sms_sensitive_mild_catalog"),
        ("reason_title_unanswered", "sms_reason_title"),
    ):
        print(f"  {key:28} {c[key]:5} of {c[base]}")
    print(f"Push {c['push']}:")
    for key in (
        "push_empty_definition",
        "push_held_then_offer",
        "push_page_form_check",
        "push_fun_line",
        "push_stock_fun_line",
    ):
        print(f"  {key:28} {c[key]:5} ({c[key] / (c['push'] or 1):.1%})")


if __name__ == "__main__":
    main()
