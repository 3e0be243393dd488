"""Counts behind the SMS complaints (readings 8, 10, 11 and 12), over copy_eval's grid with every brief sent as SMS:
how many briefs stay SMS (and why the rest go out as LMS), whether each kept SMS gives this reader a
concrete catalog fact (or the event's offer) and one clear ask, its bytes with the ad frame, the guard's
verdicts; 합쇼체 SMS that end on a command ("…보십시오", reading 12) and SMS of a product at 50,000원 or more or
of a luxury brand (설화수, 헤라: no price talk) that say "쟁여"; kept SMS that end on a frame, not an ask
("…할 때입니다", "…차례입니다", "소개합니다", a bare "권합니다": reading 15), and a luxury brand's offer or
referral SMS that ends on "!"; and the reading-8 counts (referral SMS with no
reason to pass it on, budget SMS led by a bare price, LMS from SMS briefs with usage at a first look or a
purchase or a sentence after their ask).

The reader's fact is judged here from the catalog alone (not from the composer's own choice): the
registered function, the SPF rating or a key ingredient for a luxury reader; mildness (약산성, 무향료,
향이 거의 없는, 민감성 피부, 순한 사용감, a soothing ingredient) for a sensitive one; size, dose or a step
saved for a budget one; the origin or a plant ingredient for a natural one; a finish or texture for a
trend one. A "concrete benefit" is that, the event's offer, or any stated catalog reason of two words
or more before the name (a bare adjective, "가벼운 토너", is none).

Readings 17-19 (kept SMS read 2.59, the weakest channel): a luxury brand's or a premium product's kept SMS that
ends on "봐요"/"둬요"/"…까요?" (reading 17: "13만 원 세럼에 '겨울엔 써 봐요'는 가볍고") or exclaims at any stage; 합쇼체
orders said with "!" ("살펴보십시오!", "구경해 보십시오!": read as awkward); a kept SMS whose only reason is a bare
texture or a scent ("살짝 점도가 있는", "워터 제형의", "조밀한 거품의", "상쾌한 향의": "점도를 훅으로 쓴 한 줄 추천") or
a UV filter ("산화아연을 담은 … 쿠션"); and what each kept SMS carries, by kind (the reader's fact, the offer, a stated
benefit, a bare ingredient "X을 담은", a texture or scent only, nothing).

Round 13 (reading 20, s1811: "첫 주문 시 10% 쿠폰으로 편안하게 살펴보세요"): kept offer SMS whose offer is said as the
means of the ask ("…쿠폰으로"), and those with the reader's adverb right after the offer; closes saying "주문해 두".

    PYTHONPATH=. python bench/sms_copy_check.py --seeds 1111 2222 3333 [--overflow shorten]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, grid

from crm_core.channels import euckr_measure
from crm_core.domain import Brief
from crm_core.generation.composer.facts import short_product_name
from crm_core.generation.composer.sms import event_phrase, invitation_fits

# a time word said as a deadline: "이번 주", or a bare "오늘" (not the moment: "오늘 밤", "오늘 루틴에", "오늘의")
DEADLINE = re.compile(r"이번 주|오늘(?! 밤| 루틴|의| 하루)")
# an SMS that ends on a frame, not an ask (reading 15): "…할 때입니다", "…차례입니다", "소개합니다", a bare "권합니다"
FRAME_END = re.compile(r"(?:때입니다|차례입니다|때예요|차례예요|소개합니다|, 권합니다|, 추천합니다)[.!]$")
# an offer or referral SMS of a luxury brand that exclaims (reading 15: "헤라 톤에 느낌표 가벼움")
LUXURY_BRANDS = ("설화수", "헤라")
# a skin type said as a claim with no fact behind it (reading 16: "'민감성 피부에도 맞는' 근거 없음")
SKIN_CLAIM = re.compile("민감성 피부에도 맞는|민감성 피부용")
PRICE_LED = re.compile(r"^[0-9.]+(ml|g)에 [0-9,]+원인 ")
FRIEND = re.compile("친구에게 |분께 ")
SENTENCE_END = re.compile(r"[.?!](?:\s|$)")
# the ask's end: 해요체 as the tone puts it ("…세요!", "…볼까요?", "…봐요."), 합쇼체 inviting or (older) commanding
ASK_END = ("세요.", "십시오.", "십시오!", "주세요.", "요.", "요?", "요!", "니다.", "니다!", "니까?")
HELPERS = ("보세요.", "두세요.", "주세요.")
OFFER_ADVERBS = frozenset(
    {"천천히", "편안하게", "잊지", "부담", "넉넉히", "꼼꼼히", "가볍게", "찬찬히", "차분히", "여유", "정성껏"}
)
READERS = ("luxury", "sensitive", "budget", "trend", "natural")
SOOTHING = ("병풀", "마데카소사이드", "아줄렌", "판테놀", "세라마이드", "알로에", "카모마일", "알란토인", "어린쑥")
MILD = ("약산성", "무향료", "향이 거의 없는", "눈 시림", "민감성 피부", "예민해진 피부", "순한 사용감", "편안한 사용감",
        "농도", "당김")  # fmt: skip
VALUE = ("넉넉", "대용량", "한 번이면", "방울이면", "쌀알만큼", "조금씩", "얼굴과 몸", "단계를 줄여", "한 단계로",
         "온 가족", "매 구성")  # fmt: skip
FINISH = ("피니시", "마무리", "광", "발색", "톤업", "제형", "텍스처", "캡슐", "거품", "입자", "보송함", "윤기", "젤",
          "밤", "발림", "백탁", "스며드는", "흡수되는", "떨어지는", "늘어나는", "유화되는", "펴 발리는")  # fmt: skip
LAB = ("레티", "펩타이드", "아데노신", "나이아신아마이드", "살리실산", "히알루론산", "세라마이드", "PDRN", "카페인",
       "비타민", "글루코노락톤", "이산화티타늄", "산화아연", "실리카", "콜라겐", "판테놀", "글리세린")  # fmt: skip


# a reason that only says how the product feels or smells, no gain for the reader (readings 17-19)
BARE_TEXTURE = re.compile(r"(?:점도가 있는|(?:제형|거품|입자|텍스처|질감|향|타입)의) $")
HELD = re.compile(r"^\S+(?: \S+)?[을를] 담은 $")  # "인삼 추출물을 담은 ": an ingredient, not what it does
UV_FILTER_LEAD = re.compile("산화아연|이산화티타늄")
TOGETHER_END = re.compile(r"(?:봐요|둬요|까요\?)[.]?$")


def reader_fact(reader: str, opening: str, product, name: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the words before the name (or the name itself) give this reader their catalog fact."""
    # an extract said by its plant ("병풀을 담은" for 병풀 추출물) names the same ingredient
    ingredients = [i for i in product.key_ingredients if i.removesuffix(" 추출물") in opening]
    if reader == "luxury":
        return (bool(product.functional_claims) and "기능성" in opening) or "SPF" in opening or bool(ingredients)
    if reader == "sensitive":
        return (
            any(w in opening for w in MILD) or any(w in i for i in ingredients for w in SOOTHING) or ("약산성" in name)
        )
    if reader == "budget":
        return any(w in opening for w in VALUE) or product.volume in opening or "올인원" in name
    if reader == "natural":
        return "제주" in opening or "우리 쌀" in opening or any(not i.startswith(LAB) for i in ingredients)
    return any(w in opening for w in FINISH) or "세대" in name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1111, 2222, 3333])
    parser.add_argument("--n", type=int, default=80, help="briefs per seed")
    parser.add_argument("--overflow", choices=["lms", "shorten"], default="lms", help="the briefs' sms_overflow")
    parser.add_argument("--show", action="store_true", help="print each kept SMS with its reader and flags")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    counts: Counter[str] = Counter()
    by_reader: Counter[str] = Counter()
    sizes: list[int] = []
    lms_chars: list[int] = []  # reading 14: an LMS from an SMS brief is a text, not a letter
    lms_sentences: list[int] = []  # sentences before its ask
    for seed in args.seeds:
        for spec in grid(catalog, args.n, seed):
            result = pipeline.run_one(Brief(**(spec | {"channel": "sms", "sms_overflow": args.overflow})))[0]
            body, stage = result.message.body, result.stage.index
            event = result.event
            counts["briefs"] += 1
            counts[f"verdict_{result.verdict}"] += 1
            content = event is not None and not event.is_promotion
            counts["content_or_service_event"] += content
            counts["content_event_unfit_for_kind"] += content and not invitation_fits(event, result.product.category)
            # reading 16: "32만원 크림을 '추천 부탁드립니다' 한 줄로", "'민감성 피부에도 맞는' 근거 없음"
            luxury_brand = result.brand.name in LUXURY_BRANDS
            counts["luxury_brand_briefs"] += luxury_brand
            counts["luxury_brand_please"] += luxury_brand and "부탁드립니다" in body
            counts["luxury_brand_exclaim"] += luxury_brand and "!" in body
            counts["sensitive_skin_claim"] += bool(SKIN_CLAIM.search(body))
            counts["sensitive_skin_claim_refill"] += bool(SKIN_CLAIM.search(body)) and stage == 2
            if not result.sms_to_lms:
                reader = READERS[result.persona.index]
                name = short_product_name(result.product.name)
                opening = body.split(name)[0] if name in body else ""
                offer = event_phrase(event) if event is not None and event.offer is not None else None
                fact = reader_fact(reader, opening, result.product, name)
                has_offer = bool(offer) and offer in body
                concrete = fact or has_offer or len(opening.split()) >= 2
                one_ask = len(SENTENCE_END.findall(body)) == 1 and body.endswith(ASK_END)
                size = euckr_measure(result.message.channel_text).length
                sizes.append(size)
                counts["kept_sms"] += 1
                counts["kept_sms_able"] += not content
                counts["kept_content"] += content  # a content or service event sent as a text
                wording = getattr(event, "sms", None) or "\0"  # main has no SMS wording for content events
                words = wording.split()[:-1]  # its invitation at any speech level: the verb goes, and a main
                words = words[:-1] if wording.endswith(HELPERS) and len(words) > 1 else words  # verb before a helper
                invited = content and " ".join(words) in body  # ("골라 보세요" → "고를 때입니다")
                counts["kept_content_invited"] += invited
                counts["kept_reader_fact"] += fact
                counts["kept_fact_or_offer"] += fact or has_offer
                counts["kept_concrete"] += concrete
                counts["kept_concrete_or_invited"] += concrete or invited
                counts["kept_one_ask"] += one_ask
                # round 13 (reading 20, s1811): "첫 주문 시 10% 쿠폰으로 편안하게 살펴보세요": the offer as a means
                # ("…으로") of an ask that does not follow from it, and the reader's adverb stacked after it
                if has_offer and offer:
                    counts["kept_offer"] += 1
                    after = body.split(offer, 1)[1].split()
                    counts["kept_offer_as_means"] += offer.endswith("으로") or offer.endswith("로")
                    counts["kept_offer_reader_adverb"] += bool(after) and after[0] in OFFER_ADVERBS
                counts["kept_order_close"] += "주문해 두" in body
                counts["kept_over_90"] += size > 90
                hapsho = result.brief.honorific.value == "합쇼체"
                counts["kept_hapsho"] += hapsho
                counts["kept_hapsho_command"] += hapsho and body.rstrip(".!?").endswith("시오")  # "…보십시오"
                premium = (result.product.price or 0) >= 50_000 or result.brand.name in ("설화수", "헤라")
                counts["kept_premium"] += premium
                counts["kept_premium_stockpile"] += premium and "쟁여" in body
                frame_end = bool(FRAME_END.search(body))
                counts["kept_frame_ending"] += frame_end
                loud = result.brand.name in LUXURY_BRANDS and (has_offer or stage == 4) and body.endswith("!")
                counts["kept_luxury_exclaim"] += loud
                # readings 17-19: register and what the one reason is
                lux = premium or result.brand.name in LUXURY_BRANDS
                counts["kept_luxury_or_premium"] += lux
                counts["kept_luxury_casual_end"] += lux and bool(TOGETHER_END.search(body))
                counts["kept_luxury_any_exclaim"] += lux and "!" in body
                counts["kept_hapsho_exclaimed_order"] += body.endswith("십시오!")
                bare_texture = bool(BARE_TEXTURE.search(opening)) and not (fact or has_offer)
                counts["kept_bare_texture_only"] += bare_texture
                counts["kept_uv_filter_lead"] += bool(UV_FILTER_LEAD.search(opening))
                kind = ("offer" if has_offer else "fact" if fact else "tip" if "팔 안쪽" in body
                        else "texture-only" if bare_texture else "ingredient-only" if HELD.match(opening)
                        else "benefit" if opening.strip() else "nothing")  # fmt: skip
                counts[f"carries_{kind}"] += 1
                # round 8 (reading 13): a kept SMS gives this reader their own reason, carries no event ask
                # unfit for the product's kind, and says no deadline no event period gives
                no_reason = not fact
                counts["kept_no_reader_reason"] += no_reason
                counts["kept_no_reader_reason_nor_offer"] += no_reason and not has_offer
                unfit = invited and not invitation_fits(event, result.product.category)
                counts["kept_unfit_event_ask"] += unfit
                deadline = bool(DEADLINE.search(body))  # no event in data/events.json has a period
                counts["kept_deadline_word"] += deadline
                if args.show:
                    flags = ",".join(
                        f
                        for f, on in (
                            ("no-reason", no_reason),
                            ("unfit", unfit),
                            ("deadline", deadline),
                            ("frame", frame_end),
                        )
                        if on
                    )
                    print(f"# {reader} s{stage} {result.brief.tone} {flags}: {body}")
                by_reader[f"{reader}_kept"] += 1
                by_reader[f"{reader}_fact"] += fact or has_offer
                if stage == 4 and event is None:
                    counts["referral_sms"] += 1
                    counts["referral_bare"] += not (FRIEND.search(body) or concrete)
                if stage == 4:  # reading 15: a referral gives the reader's own fact before its ask
                    counts["referral_no_reader_fact"] += not (fact or has_offer)
                if reader == "budget":
                    counts["budget_sms"] += 1
                    counts["budget_price_led"] += bool(PRICE_LED.match(body))
                continue
            counts["lms"] += 1
            by_reader[f"{READERS[result.persona.index]}_lms"] += 1
            paragraphs = [p for p in body.split("\n") if p]
            lms_chars.append(len(body))
            lms_sentences.append(len(SENTENCE_END.findall("\n".join(paragraphs[:-1]))))
            if stage in (0, 3):
                counts["lms_first_look_or_purchase"] += 1
                counts["with_usage"] += len(paragraphs) >= 3
            counts["ask_not_last"] += len(SENTENCE_END.findall(paragraphs[-1])) > 1
    kept, briefs = counts["kept_sms"], counts["briefs"]
    for key in ("briefs", "kept_sms", "kept_sms_able", "lms", "content_or_service_event", "kept_content",
                "kept_content_invited", "kept_reader_fact",
                "kept_fact_or_offer",
                "kept_concrete", "kept_concrete_or_invited",
                "kept_no_reader_reason", "kept_no_reader_reason_nor_offer", "referral_no_reader_fact",
                "content_event_unfit_for_kind",
                "kept_unfit_event_ask",
                "kept_deadline_word", "kept_offer", "kept_offer_as_means", "kept_offer_reader_adverb",
                "kept_order_close", "kept_one_ask", "kept_over_90", "kept_hapsho", "kept_hapsho_command",
                "kept_premium",
                "kept_premium_stockpile", "kept_frame_ending", "kept_luxury_exclaim",
                "verdict_pass", "verdict_warn", "verdict_block",
                "referral_sms", "referral_bare", "budget_sms", "budget_price_led", "lms_first_look_or_purchase",
                "with_usage", "ask_not_last", "luxury_brand_briefs", "luxury_brand_please", "luxury_brand_exclaim",
                "sensitive_skin_claim", "sensitive_skin_claim_refill",
                "kept_luxury_or_premium", "kept_luxury_casual_end", "kept_luxury_any_exclaim",
                "kept_hapsho_exclaimed_order", "kept_bare_texture_only", "kept_uv_filter_lead",
                "carries_offer", "carries_fact", "carries_tip", "carries_benefit", "carries_ingredient-only",
                "carries_texture-only",
                "carries_nothing"):  # fmt: skip
        print(f"{key}: {counts[key]}")
    print(f"share_kept_sms: {kept / briefs:.1%}")
    sendable = briefs - counts["content_or_service_event"]
    print(f"share_kept_of_sms_able (no content/service event): {counts['kept_sms_able'] / max(sendable, 1):.1%}")
    content = counts["content_or_service_event"]
    print(f"share_kept_of_content_events: {counts['kept_content'] / max(content, 1):.1%}")
    if kept:
        print(f"share_kept_with_reader_fact_or_offer: {counts['kept_fact_or_offer'] / kept:.1%}")
        print(f"share_kept_with_concrete_benefit: {counts['kept_concrete'] / kept:.1%}")
        print(f"bytes_kept: median {statistics.median(sizes)}, max {max(sizes)}")
    if lms_chars:
        print(f"lms_chars: median {statistics.median(lms_chars)}, max {max(lms_chars)}")
        print(f"lms_sentences_before_ask: median {statistics.median(lms_sentences)}, max {max(lms_sentences)}")
    for reader in READERS:
        print(f"{reader}: kept {by_reader[reader + '_kept']}, with fact or offer {by_reader[reader + '_fact']}, "
              f"lms {by_reader[reader + '_lms']}")  # fmt: skip


if __name__ == "__main__":
    main()
