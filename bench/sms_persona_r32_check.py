"""Round 32 (readings 70-75: 20 SMS and LMS messages at 3.0-3.5, most with "… 관점 없음"): over copy_eval's grid sent
as SMS and as LMS, count per persona and group (an SMS brief kept as a 90-byte SMS, an SMS brief sent as the flagged
LMS, an LMS brief) the messages that carry nothing for their reader on the push counter's wide rule
(push_persona_clause_check.carries: a luxury reader's function, active, key ingredient, figure or house research; a
budget reader's price, per-use, dose, size or review; a sensitive reader's mildness word, soothing ingredient or
test; a natural reader's origin, plant or comfort; a trend reader's finish, colour, format or new-look word), and
of those the ones whose catalog row had such a fact ("_had"). Also:

- winter_acid_pad: a pad with exfoliating acids (살리실산, BHA, AHA, PHA, 글루코노락톤 …) sent in winter to a reader
  starting or choosing it, with no word of care for dry winter skin (reading 74, s2252: "겨울 각질 패드 주의 없음");
- season_today: a close that opens on the season and then says "오늘" ("이번 겨울, 첫 사용의 느낌을 오늘 직접
  만나 보세요", s2252: "'이번 겨울…오늘' 이음 어색");
- now_this_offer: "지금 이번 혜택" (reading 75, s9434: "'지금 이번' 중복");
- ingredients_unsaid: a close that asks to look at "성분과 구성" after a text that names no key ingredient (reading 72,
  s9187: "언급한 '성분' 정보는 본문에 없음").

    PYTHONPATH=. python bench/sms_persona_r32_check.py --n 700 [--show none:luxury/sms->lms] [--dump X.jsonl]
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
from persona_reason_check import house_of, plant_heads, reason_in_catalog
from push_persona_clause_check import carries

from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

ACIDS = re.compile("살리실|BHA|AHA|PHA|바하|아하|파하|글루코노락톤|락틱|글리콜릭|만델릭")
WINTER_CARE = re.compile("건조|보습|당김|당기|자극|예민|건너|간격|횟수|천천히 늘")
GENERIC = {"추출물", "오일", "발효", "여과물", "파우더", "유도체", "가수분해"}
SEASON_TODAY = re.compile(r"^(?:이번 )?(?:겨울|여름|봄|가을|환절기)[^,.]*, [^.]*오늘")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=700)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="")
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    total, none, had, found = Counter(), Counter(), Counter(), Counter()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, ("sms", "lms")):
        product = result.product
        if not getattr(product, "category", None):
            continue
        message = result.message
        sent = "lms" if channel == "lms" or result.sms_to_lms else "sms"
        group = f"{channel}->{sent}" if channel == "sms" else "lms"
        key = angle_for(result.persona).key
        text = " ".join((message.title or "", message.body, message.cta or ""))
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        house = house_of(result.brand.story or "")
        total[(key, group)] += 1
        tags = []
        if not carries(key, product, bare, house):
            none[(key, group)] += 1
            tags.append(f"none:{key}/{group}")
            extra = product.key_ingredients if key == "luxury" else plant_heads(product) if key == "natural" else ()
            if reason_in_catalog(key, product, result) or extra:
                had[(key, group)] += 1
                tags.append(f"had:{key}/{group}")
        winter = "겨울" in text
        acids = ACIDS.search(" ".join((product.name, *product.key_ingredients)))
        pad = "패드" in product.name
        if pad and acids and winter and result.brief.stage_index in (0, 1, 3) and not WINTER_CARE.search(bare):
            tags.append(f"winter_acid_pad:{group}")
        close = message.body.strip().split("\n")
        close = (
            close[-1] if sent == "sms" else next((s for s in reversed(close) if not s.startswith(("▶", "무료"))), "")
        )
        if SEASON_TODAY.search(close):
            tags.append(f"season_today:{group}")
        if "지금 이번 혜택" in message.body:
            tags.append(f"now_this_offer:{group}")
        words = [w for i in product.key_ingredients for w in i.split() if len(w) >= 2 and w not in GENERIC]
        told = message.body.replace(close, " ")
        if "성분과 구성을" in close and not any(w in told for w in words):
            tags.append(f"ingredients_unsaid:{group}")
        for tag in tags:
            found[tag.split(":")[0] + ":" + tag.split("/")[-1] if tag.startswith(("none", "had")) else tag] += 1
            if any(tag.startswith(s) for s in args.show.split(",") if s):
                print(tag, result.brief.stage_index, product.name, "|", repr(text[:400]))
        if dump:
            row = {"persona": key, "group": group, "stage": result.brief.stage_index, "tags": tags}
            row["brief"] = result.brief.model_dump(mode="json", exclude_defaults=True)
            dump.write(json.dumps({**row, "product": product.name, "text": text}, ensure_ascii=False) + "\n")
    print("persona/group: nothing for the reader (of them, catalog had one) / messages")
    for k in sorted(total):
        print(f"  {k[0]:9s} {k[1]:10s} {none[k]:4d} ({had[k]:4d}) / {total[k]:4d}")
    print("all:", sum(none.values()), "/", sum(total.values()))
    print(dict(sorted(found.items())))


if __name__ == "__main__":
    main()
