"""Round 19's counts behind the short-text complaints of readings 26 and 27, over copy_eval's grid with every brief
sent as SMS (kept SMS and SMS briefs written as the flagged LMS) and as LMS:

- stage_clash: a message that says the reader already has the product ("새로 들이신", "쓰고 계신", "받으신 날") in
  one part (subject, body, offer, button) and that they have not got it yet ("첫 주문", "처음 써 보세요", "아직
  이라면", "처음 만나") in another, or the reverse (reading 27, s2667: "'새로 들이신' 제목과 '처음 써 보세요' 본문이
  모순", "'새로 들이신'과 첫 주문 혜택이 서로 어긋남"); counted by the pair of parts that clash;
- no_reason: messages whose sent text (subject, body, button; the product's name cut out) carries none of the
  reader's own reasons as persona_reason_check.carries_reason reads them (reader_reason: a trend reader's finish
  word the catalog says counts too), by persona and by form (kept SMS, an SMS
  brief's LMS, an LMS brief), the one-line kept SMS among them (readings 26 and 27: "'체크해 보세요!' 한 줄뿐, 가성비
  근거 없음", "26만원 앰플을 한 줄로만", "민감성 고객에 순함 근거 없음");
- season_bare_ask: a season said as a bare adverb before an ask with no object and no reason after it ("겨울엔
  시작해 보세요", reading 27, s4619: "'겨울엔 시작해 보세요' 어색");
- greeting_not_new: "반갑습니다" said as a greeting to a reader who has the product (stages 2 and 4: routine,
  referral; reading 26, s3208: "기존 고객에게 '반갑습니다' 어색").

Round 20's, for readings 28 and 29 (kept SMS one-liners, SMS briefs' LMS):

- hapsho_order: a kept 합쇼체 SMS whose ask is the bare order "…십시오" (s3112: "1g당 약 80원인 비자 트러블
  클렌징폼, 권해 보십시오." "'권해 보십시오'가 뜬금없고 … 친근한 톤 아님"; s1923 "후기를 들려주십시오"), by tone and
  for the referral stage (hapsho_order_referral);
- style_unmarked: a kept SMS whose text carries no marker of any of its styles (STYLE_MARKS: a season word for the
  seasonal style, a moment for the time-pressed one, what not to miss for FOMO, a feeling for the emotional one;
  the informational style needs none), s9088: "감성·계절감 없이 '써 보세요' 한 줄";
- name_ingredient_clash: an SMS or an SMS brief's LMS that leads on "X을 담은" where the name names another of the
  product's key ingredients (s1923: "병풀을 담은 카밍 샷 아줄렌 선크림", "아줄렌 제품을 병풀로 소개 … 의문");
- noun_repeat / word_repeat: an SMS brief's LMS body (the name cut out) that says the product's category noun in
  two sentences or more ("토너는 … 토너예요", "쿠션 … 쿠션") / a time word twice ("요즘 … 요즘").

Round 21's, for readings 30 and 31:

- unit_only: a kept SMS whose only reason is the price per unit before a bare ask (s6285: "1ml당 약 80원인 청보리
  마일드 필링 토너, 써 보세요." "ml당 가격만 있는 한 줄, 감성 톤·첫 사용 안내 없음"; s9194 "한 줄 나열뿐");
- lms_brand_line: an SMS brief's LMS body with a sentence on the brand itself ("헤라는 서울의 리듬과 …",
  "설화수는 인삼을 비롯한 …": "브랜드 문구가 끼워 넣은 느낌");
- lms_name_tautology: an SMS brief's LMS that defines the product by the ingredients its name already says
  ("PDRN 카페인샷은 PDRN과 카페인을 함께 담은 앰플입니다": "동어반복");
- lms_fomo_title_only: an SMS brief's LMS whose subject says what not to miss and whose body never does ("FOMO는
  제목에만");
- shared_makeup: a message of a lip or base product that asks to share a routine used together with family
  ("가족·친구와 함께 쓸 루틴 소개", s3078: "립 틴트를 가족과 '함께 쓸 루틴'으로 공유하라는 설정이 어색").

Round 24's, for readings 33-36 (an SMS brief's LMS read 3.32, a kept SMS 2.78; "계절감 없음", "FOMO는 제목에만",
"시간 긴박 없음", "감성 공감 톤 부족"):

- style_heard / style_deaf: every SMS brief's message (kept SMS and its LMS) whose title and body carry a word of
  its style family (STYLE_HEARD: 0 time, 2 what is missed, 3 a feeling, 4 the season), per style and per form; a
  mixed brief is heard where any of its marked styles is;
- sms_no_offer_no_reason: a kept SMS that gives neither an offer (its form carries none) nor the reader's own
  reason (no_reason's sense): "어드밴스드 스네일 92 올인원 크림, 느껴 보세요." ("이유·혜택·링크가 없음");
- hangul: the Hangul of an SMS brief's LMS before the ask (the body's last paragraph, the ask, cut off) and in
  the whole body, as percentiles and the count past forms.SMS_LMS_HANGUL.

Round 25's, for readings 39 and 40 (SMS briefs 3.38, 3.67; s2781: "선물 추천 모음 이벤트 미언급", "제목과 본문 '알기
아깝다' 중복", "'에멀젼' 반복"; a shortened SMS at 92 bytes):

- lms_event_dropped: an SMS brief's LMS with an event whose name (a pair of its words, its one word, or each of its
  words but "가이드", "모음" …), its offer's figure or its own button is said nowhere in the subject, body or button;
- lms_title_echo: an SMS brief's LMS whose body says again a pair of the subject's words (the product's name and
  noun cut out; "나만 알기 아까울 때" over "혼자 알기 아깝다면": a word and the next one's first syllable);
- noun_repeat (above) counts the product noun said twice; lms_name_noun_echo, the sentence that names a product whose
  name ends on its noun and says it is that noun again ("…토닝 앰플은 빛과 공기를 막는 용기에 담은 앰플입니다",
  readings 38-40: "'앰플은 ~앰플입니다' 반복", "'샴푸는…씻는 샴푸입니다' 중복");
- lms_bare_now: a time-pressed (first style) SMS brief's LMS whose ask opens on a bare "지금" (s3011, s7075: "지금 이
  에멀전을 꺼내 써 보세요", "긴박감 없음"), of lms_time_pressed;
- sms_over_bytes: a kept SMS whose sent text (ad label, body, opt-out) is past 90 bytes, counted over the grid sent
  as SMS under sms_overflow=shorten too (sms_over_bytes_shorten).

    PYTHONPATH=. python bench/short_copy_check.py --n 700 [--show stage_clash]
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, grid, sms_form_parts
from persona_reason_check import TREND_FEATURE, carries_reason, house_of

from crm_core.channels import euckr_measure
from crm_core.domain import Brief
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.facts import product_facts
from crm_core.generation.composer.fit import brand_research
from crm_core.generation.composer.forms import SMS_LMS_HANGUL
from crm_core.generation.template import short_product_name

SMS_BYTES = 90
PERSONAS = ("luxury", "sensitive", "budget", "trend", "natural")
# the reader has the product in hand
OWNED = re.compile(
    "새로 들이신|들이신 |쓰고 계신|사용 중이신|곁에 두신|곁에 둔 |받으신 날|쓰시던|새로 들인|처음 함께하는"
    "|다 쓰기 전|남은 양|떨어지기 전|바닥나기 전|이어 가는|이어가기|루틴 이어|이제 막 시작하는|이제 막 쓰기 시작"
)
# the reader has not got it yet
UNOWNED = re.compile(
    "첫 주문|첫 구매|처음 써 보세요|처음 써 보시|처음 써 봐|아직이라면|아직 모르|처음 만나|궁금했던|웰컴"
)
SEASONS = "겨울|여름|봄|가을|환절기"
# the season as a bare adverb before an ask, no object or reason between: "겨울엔 시작해 보세요", "겨울엔 써 볼까요?"
ASK_END = r"(?:세요|십시오|까요\?|봐요|둬요|바랍니다|권합니다|드립니다|좋습니다|좋겠습니다|좋겠어요)[.!?]?"
SEASON_ASK = re.compile(rf"(?:{SEASONS})(?:엔|에는) ([^.!?,\n]*{ASK_END})")
HAS_OBJECT = re.compile(r"\S(?:을|를|에|에게|께|로|으로) ")


def season_bare(text: str) -> bool:
    """A season said right before an ask whose words name no object or target ("겨울엔 경험해 보세요.")."""
    return any(not HAS_OBJECT.search(m.group(1) + " ") for m in SEASON_ASK.finditer(text))


GREETING = "반갑습니다. "
ORDER = re.compile(r"십시오[.!]$")
STYLE_NAMES = {0: "urgent", 1: "info", 2: "fomo", 3: "emotional", 4: "seasonal"}
STYLE_MARKS = {
    0: re.compile("지금|오늘|바로|이번|서둘"),
    2: re.compile("놓치|아직|전에|아쉽|아까|먼저"),
    3: re.compile("마음|나를|나에게|설렘|설레|오늘 밤|고마운|소중한|기분|포근|따뜻|위로|느껴|느낌|선물"),
    4: re.compile(SEASONS + "|찬바람|건조한"),
}
# Round 24: the style family heard over a message's title and body; the season is its own word, never "건조한"
STYLE_HEARD = {
    0: re.compile("지금|오늘|바로|이번|서둘|때를|늦기 전"),
    2: re.compile("놓치|아직|전에|아쉽|아쉬운|아까|아깝|먼저|모르셨|끊기지"),
    3: STYLE_MARKS[3],
    4: re.compile(SEASONS),
}
STYLES = re.compile(r"styles=\(([\d, ]+)\)")
# Another name for an ingredient than the catalog's: the name's 시카 is 병풀, 그린티 녹차, 카멜리아 동백, 허니 꿀.
SAME_INGREDIENT = {"시카": ("병풀", "마데카소사이드"), "그린티": ("녹차",), "카멜리아": ("동백",), "허니": ("꿀",)}
HELD = re.compile(r"(\S+?)(?: 추출물| 오일| 발효물)?[을를] 담은 ")
TIME_WORDS = ("요즘", "오늘", "지금", "매일")
PER_UNIT = re.compile(r"\S+당 약 [\d,]+원")
FOMO_TITLE = re.compile("놓치|아쉬운|아깝")
FOMO_BODY = re.compile("놓치|아쉽|아까|아깝|전에|먼저|아직|지금|이번")
SHARED = re.compile("함께 쓸 루틴|함께 쓰는 루틴")
MAKEUP = ("립", "쿠션·베이스")


# Round 26's, for readings 41-44 (SMS briefs 3.31-3.62), each over an SMS brief's LMS close (its last paragraph):
# - lms_frame_twice: a season frame before a close that opens on its own time word ("이번 겨울, 요즘 루틴에 …",
#   "이번 겨울, 오늘 직접 써 보세요", "이번 겨울, 다 쓰기 전에 …": s5589, s6890, s7789, "'이번 겨울, 요즘 루틴에'
#   어색");
# - lms_lead_clash: a lead on what is missed before a close that says it in other words or asks for something
#   that never runs out ("떨어지기 전에 다 써 갈 즈음 받을 알림", "떨어지기 전에 … 리포트를 받아 보세요": s3316,
#   s3791), "놓치기 전에" with no offer to miss (s5192: "혜택 없는 '놓치기 전에'가 공허"), or the moment said twice
#   ("써 본 느낌이 생생한 지금, 써 보고 느낀 점": s6758);
# - lms_choice_lead: "마음에 꼭 드는 선택이 되도록, …" (s4114, s9820, s6518: "마지막 문장이 어색");
# - lms_glad: "…시면 반갑겠습니다" (s3564, s5676, s2835: "'반갑겠습니다' 어색");
# - lms_decision_twice: a body that asks for the choice twice in other words ("요즘 새로 골라 보기 좋아요" + "오래
#   고민하셨다면 … 지금 들이는 편이").
R26_LMS = {
    "lms_frame_twice": re.compile(rf"^이번 (?:{SEASONS}), (?:요즘|오늘|지금|다 쓰|떨어지|이번)"),
    "lms_lead_clash": re.compile(
        r"떨어지기 전에,? [^.]*(?:즈음|리포트|알림|가이드|점검)|써 본 느낌이 생생한 지금, [^.]*써 보"
    ),
    "lms_choice_lead": re.compile("마음에 꼭 드는 선택이 되도록"),
    "lms_glad": re.compile("반갑겠"),
    "lms_decision_twice": re.compile(r"골라 보기 좋[^\n]*\n[^\n]*(?:들이는 편|고르는 편|골라 보)"),
    # the product line and the functional claim, two copulas in a row (s5470: "'~입니다' 연속으로 딱딱")
    "lms_copula_pair": re.compile(r"(?:이에요|예요|입니다)\. [^.\n]*기능성 화장품(?:이에요|입니다)\."),
    # "이 크림을 혜택이 있을 때 골라 보십시오" (s4586: "어색")
    "lms_benefit_after": re.compile("혜택이 있을 때 골라"),
}
# Round 27's, for readings 45-48 (SMS briefs 2.93-3.58), over an SMS brief's LMS:
# - lms_frames_stacked: a close that frames its ask with "요즘" and "지금" both (s7502, 2.0: "'고민 중이라면, 요즘 내
#   루틴에 맞는 이 미스트, 지금' 어색");
# - lms_one_sentence: a body that says one clause before the ask, no second sentence or clause after a comma (s7502:
#   "정보 한 줄뿐");
# - lms_house_unsaid: a luxury house's (its story's first sentence says "럭셔리") LMS to a reader not yet a user
#   (stages 0, 1, 3) that names neither the house nor what it researches (s4270, 2.5: "'보습 유액이에요' 설화수답지
#   않게 밋밋", "설화수 격 부족"), of lms_luxury_house;
# - lms_first_feel_twice: a subject and a close that both say "첫 느낌" ("궁금했던 아이크림의 첫 느낌" over "이
#   아이크림의 첫 느낌을 오늘 가볍게 만나 보십시오", s5510: "'첫 느낌' 반복");
# - lms_close_repeat: a close that says a pair of words twice ("써 본 느낌을 잊기 전에, 써 본 느낌, 친구에게 …").
R27_LMS = {
    "lms_frames_stacked": re.compile(r"요즘[^\n]*지금|지금[^\n]*요즘"),
}
BODY_LEVEL = frozenset({"lms_decision_twice", "lms_copula_pair"})
NOTHING_TO_MISS = re.compile(r"^(?:고민만 하다 )?놓치기 전에")
OFFER_SAID = re.compile("드려요|드립니다|적립|할인|쿠폰|증정|세트 가격|무료|혜택")


def close_repeat(close: str) -> str | None:
    """A pair of words said twice in one close, a word and the next one's first syllable ("써 본 느낌을 잊기 전에, 써 본
    느낌, 친구에게 …": "본 느")."""
    words = [w.strip(",.!?") for w in close.split()]
    pairs = [f"{a} {b[:1]}" for a, b in itertools.pairwise(words) if a and b]
    return next((p for p in pairs if pairs.count(p) > 1), None)


def name_tautology(product, body: str) -> bool:  # type: ignore[no-untyped-def]
    """The body says "{name}은 A와 B를 담은" where every ingredient held is a word of the name."""
    name = short_product_name(product.name)
    words = set(name.replace("·", " ").split())
    for m in re.finditer(re.escape(name) + r"[은는] ([^.,]*?)[을를] (?:함께 )?담은", body):
        held = [w for w in re.split(r"[과와·]| ", m.group(1)) if w]
        if held and all(any(h.startswith(w) or w.startswith(h) for w in words if len(w) > 1) for h in held):
            return True
    return False


def brand_line(brand: str, body: str) -> bool:
    return bool(re.search(rf"(?:^|[.!?\n] ?){re.escape(brand)}[은는] ", body))


def styles_of(draft: str) -> tuple[int, ...]:
    found = STYLES.search(draft)
    return tuple(int(x) for x in found.group(1).split(",") if x.strip()) if found else ()


def style_unmarked(text: str, styles: tuple[int, ...]) -> bool:
    """No marker of any of the message's styles (an informational style needs none)."""
    marked = [s for s in styles if s in STYLE_MARKS]
    return len(marked) == len(styles) and bool(marked) and not any(STYLE_MARKS[s].search(text) for s in marked)


def ingredient_clash(product, text: str) -> bool:  # type: ignore[no-untyped-def]
    """The text leads on an ingredient held ("X을 담은") where the name names another key ingredient, and the
    phrase does not hold the named one too ("어린쑥과 히알루론산을 담은" is no clash)."""
    words = product.name.split()
    named = [i.split()[0] for i in product.key_ingredients if len(i.split()[0]) > 1 and i.split()[0] in words]
    if not named:
        return False
    allowed = set(named) | {w for n in words for w in SAME_INGREDIENT.get(n, ())}
    bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
    for clause in re.split(r"[,.!?\n]", bare):
        said = HELD.findall(clause)
        if said and not any(a in clause for a in allowed):
            if any(x not in allowed and any(x in i for i in product.key_ingredients) for x in said):
                return True
    return False


def style_heard(text: str, styles: tuple[int, ...]) -> bool | None:
    """Whether a word of any of the message's marked styles is heard in `text`; None where none is marked."""
    marked = [s for s in styles if s in STYLE_HEARD]
    return any(STYLE_HEARD[s].search(text) for s in marked) if marked else None


EVENT_GENERIC = frozenset({"가이드", "모음", "콘텐츠", "안내", "캠페인", "이벤트"})
EVENT_FIGURE = re.compile(r"[\d,]+(?:P|%|원|만 원|ml|개|종)")


def event_said(event, text: str, cta: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a message says its event: a pair of the event name's words (or its one word), every word of it but a
    generic one ("가이드", "모음": their first two syllables), a figure of its offer, or its own button."""
    words = event.name.split()
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)] or words
    own = [w[:2] for w in words if w not in EVENT_GENERIC]
    if any(p in text for p in pairs) or (own and all(w in text for w in own)):
        return True
    figures = EVENT_FIGURE.findall(f"{event.detail} {event.offer.benefit if event.offer else ''}")
    return any(f in text for f in figures) or bool(event.button and event.button == cta)


def name_noun_echo(body: str, name: str, noun: str) -> bool:
    """A sentence "{name}은 … {noun}이에요/입니다/으로" where the name ends on the noun."""
    last = noun.split()[-1] if noun else ""
    if not last or not name.endswith(last):
        return False
    said = re.escape(name) + r"(?:은|는) [^.!?]*?" + re.escape(last) + r"(?:이에요|예요|입니다|으로|로|이자|,)"
    return bool(re.search(said, body))


def title_echo(title: str, body: str, name: str, noun: str) -> str | None:
    """A pair of the subject's words said again in the body: a word and the next one's first syllable ("알기 아")."""
    words = [w.strip(",.!?") for w in title.replace(name, " ").split()]
    words = [w for w in words if w and noun not in w]
    bare = body.replace(name, " ")
    for a, b in itertools.pairwise(words):
        if len(a) > 1 and f"{a} {b[0]}" in bare:
            return f"{a} {b[0]}"
    return None


def hangul_before_ask(body: str) -> int:
    """Hangul of an LMS body before its last paragraph (the ask)."""
    return len(re.findall("[가-힣]", body.rsplit("\n", 1)[0]))


def noun_repeated(body: str, name: str, noun: str) -> bool:
    """The category noun in two sentences or more of the body, the name's own words cut out."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n", body.replace(name, " ")) if s.strip()]
    return bool(noun) and sum(noun in s for s in sentences) >= 2


def word_repeated(body: str) -> bool:
    return any(body.count(w) >= 2 for w in TIME_WORDS if w != "오늘") or body.count("요즘") >= 2


OWNING_STAGES = (2, 4)  # routine and referral: the reader has the product (a purchase may be a first one)


def parts_of(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The message's parts as the reader sees them: subject (an LMS's title), body, offer sentence, button."""
    message = result.message
    if result.brief.channel.value == "sms" and not result.sms_to_lms:  # a kept SMS shows no subject or button
        return {"title": "", "body": message.body, "button": ""}
    return {"title": message.title or "", "body": message.body, "button": message.cta or ""}


def clashes(parts: dict[str, str]) -> list[str]:
    """The pairs of parts whose ownership clashes ("title:owned/body:unowned"), and a body that says both."""
    found = []
    for a, text_a in parts.items():
        if not OWNED.search(text_a):
            continue
        for b, text_b in parts.items():
            if b != a and UNOWNED.search(text_b):
                found.append(f"{a}:owned/{b}:unowned")
    body = parts["body"]
    if OWNED.search(body) and UNOWNED.search(body):
        found.append("body:both")
    return found


def reader_reason(key: str, product, text: str, house: str) -> bool:  # type: ignore[no-untyped-def]
    """persona_reason_check.carries_reason, and for a trend reader a finish, texture or format word (TREND_FEATURE)
    that the product's own selling points or claims say too: a short text cuts the catalog's phrase ("맑은 마무리의"
    of "번들거림 없이 맑은 마무리"), which carries_reason (the phrase's first 8 characters) does not find."""
    if carries_reason(key, product, text, house):
        return True
    if key != "trend":
        return False
    catalog = " ".join((*product.selling_points, *product.claims))
    return any(m.group(0) in catalog for m in TREND_FEATURE.finditer(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=700, help="briefs of copy_eval's grid, each sent as SMS and as LMS")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="", help="a count whose messages are printed (stage_clash, no_reason ...)")
    parser.add_argument("--persona", default="", help="with --show no_reason: only this persona's")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    counts: Counter[str] = Counter()
    lengths: list[int] = []
    whole: list[int] = []
    for spec in grid(catalog, args.n, args.seed):
        for channel in ("sms", "lms"):
            result = pipeline.run_one(Brief(**(spec | {"channel": channel})))[0]
            product, stage = result.product, result.brief.stage_index
            key = angle_for(result.persona).key
            form = "sms" if channel == "sms" and not result.sms_to_lms else "sms-lms" if channel == "sms" else "lms"
            counts["messages"] += 1
            counts[f"form_{form}"] += 1
            parts = parts_of(result)
            text = " ".join(parts.values())
            shown = f"[{form} s{stage} {key} {result.brief.tone}] {product.name}: {parts['title']} | " + parts[
                "body"
            ].replace("\n", " / ")

            found = clashes(parts)
            counts["stage_clash"] += bool(found)
            for pair in found:
                counts[f"stage_clash {pair}"] += 1
            if found and args.show == "stage_clash":
                print(shown)

            bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
            carried = reader_reason(key, product, bare, house_of(result.brand.story or ""))
            counts[f"total {form} {key}"] += 1
            counts[f"no_reason {form} {key}"] += not carried
            counts["no_reason"] += not carried
            if form == "sms":
                counts["sms_no_reason"] += not carried
            if not carried and args.show == "no_reason" and args.persona in ("", key):
                print(shown)

            season = season_bare(parts["body"])
            counts["season_bare_ask"] += season
            counts[f"season_bare_ask {form}"] += season
            if season and args.show == "season_bare_ask":
                print(shown)

            styles = styles_of(result.draft)
            heard = style_heard(f"{parts['title']} {parts['body']}", styles) if channel == "sms" else None
            if heard is not None:
                counts[f"style_{'heard' if heard else 'deaf'} {form}"] += 1
                for x in styles:
                    counts[f"style_{'heard' if heard else 'deaf'} {form} {STYLE_NAMES[x]}"] += 1
                if not heard and args.show == "style_deaf":
                    print(shown, styles)
            if form == "sms-lms":
                lengths.append(hangul_before_ask(parts["body"]))
                whole.append(len(re.findall("[가-힣]", parts["body"])))
            if form == "sms":
                body = parts["body"]
                ordered = bool(ORDER.search(body))
                counts["hapsho_sms"] += result.brief.honorific.value == "합쇼체"
                counts["hapsho_order"] += ordered
                counts[f"hapsho_order tone={result.brief.tone}"] += ordered
                counts["hapsho_order_referral"] += ordered and stage == 4
                counts["sms_styled_kept"] += bool(styles) and all(x in STYLE_MARKS for x in styles)
                unmarked = style_unmarked(body, styles)
                counts["style_unmarked"] += unmarked
                for x in styles:
                    counts[f"style_unmarked {STYLE_NAMES[x]}"] += unmarked
                if (ordered and args.show == "hapsho_order") or (unmarked and args.show == "style_unmarked"):
                    print(shown, styles)
            if form in ("sms", "sms-lms"):
                clash = ingredient_clash(product, text)
                counts["name_ingredient_clash"] += clash
                counts[f"name_ingredient_clash {form}"] += clash
                if clash and args.show == "name_ingredient_clash":
                    print(shown)
            if form == "sms-lms":
                noun = product_facts(product, angle_for(result.persona)).noun if hasattr(product, "category") else ""
                rep = noun_repeated(parts["body"], product.name, noun)
                counts["noun_repeat"] += rep
                wrep = word_repeated(parts["body"])
                counts["word_repeat"] += wrep
                if (rep and args.show == "noun_repeat") or (wrep and args.show == "word_repeat"):
                    print(shown)

            if form == "sms":
                over = euckr_measure(result.message.channel_text).length > SMS_BYTES
                counts["sms_over_bytes"] += over
                if over and args.show == "sms_over_bytes":
                    print(shown, euckr_measure(result.message.channel_text).length)
                carried_kinds = sms_form_parts(result.draft) - {"style"}
                # round 24 (kept SMS read 2.78): a one-liner that gives neither the event's offer nor the reader's
                # own reason ("…토너, 쟁여 두십시오.")
                bare_sms = not carried and "offer" not in carried_kinds
                counts["sms_no_offer_no_reason"] += bare_sms
                if bare_sms and args.show == "sms_no_offer_no_reason":
                    print(shown, sorted(carried_kinds))
                unit_only = bool(PER_UNIT.search(parts["body"])) and carried_kinds <= {"fact"}
                counts["unit_sms"] += bool(PER_UNIT.search(parts["body"]))
                counts["unit_only"] += unit_only
                if unit_only and args.show == "unit_only":
                    print(shown)
            if form == "sms-lms":
                found_lms = {
                    "lms_brand_line": brand_line(result.brand.name, parts["body"]),
                    "lms_name_tautology": name_tautology(product, parts["body"]),
                    "lms_fomo_title_only": bool(FOMO_TITLE.search(parts["title"]))
                    and not FOMO_BODY.search(parts["body"]),
                }
                if result.event is not None:
                    dropped = not event_said(result.event, f"{parts['title']} {parts['body']}", parts["button"])
                    counts["lms_event_briefs"] += 1
                    counts["lms_event_dropped"] += dropped
                    counts[f"lms_event_dropped {'promotion' if result.event.is_promotion else 'content'}"] += dropped
                    if dropped and args.show == "lms_event_dropped":
                        print(shown, f"<{result.event.name}> [{parts['button']}]")
                if styles[:1] == (0,):
                    counts["lms_time_pressed"] += 1
                    bare_now = parts["body"].rsplit("\n", 1)[-1].startswith("지금 ")
                    counts["lms_bare_now"] += bare_now
                    if bare_now and args.show == "lms_bare_now":
                        print(shown)
                named = name_noun_echo(parts["body"], short_product_name(product.name), noun)
                counts["lms_name_noun_echo"] += named
                if named and args.show == "lms_name_noun_echo":
                    print(shown)
                # round 26 (readings 41-44): the close's lead or frame clashing with what the close says
                close_line = parts["body"].rsplit("\n", 1)[-1]
                # "놓치기 전에" over a body that gives nothing to miss (no offer)
                hollow = bool(NOTHING_TO_MISS.match(close_line)) and not OFFER_SAID.search(parts["body"])
                for name_r26, pattern in R26_LMS.items():
                    hit26 = bool(pattern.search(parts["body"] if name_r26 in BODY_LEVEL else close_line))
                    hit26 = hit26 or (name_r26 == "lms_lead_clash" and hollow)
                    counts[name_r26] += hit26
                    if hit26 and args.show == name_r26:
                        print(shown)
                for name_r27, pattern in R27_LMS.items():
                    hit27 = bool(pattern.search(close_line))
                    counts[name_r27] += hit27
                    if hit27 and args.show == name_r27:
                        print(shown)
                felt_twice = "첫 느낌" in parts["title"] and "첫 느낌" in close_line
                counts["lms_first_feel_twice"] += felt_twice
                if felt_twice and args.show == "lms_first_feel_twice":
                    print(shown)
                said_twice = close_repeat(close_line)
                counts["lms_close_repeat"] += bool(said_twice)
                if said_twice and args.show == "lms_close_repeat":
                    print(shown, f"<{said_twice}>")
                before_ask = parts["body"].rsplit("\n", 1)[0]
                story = result.brand.story or ""
                if "럭셔리" in story.split(". ")[0] and stage in (0, 1, 3):
                    research = brand_research(story) or result.brand.name
                    bare_body = parts["body"].replace(product.name, " ").replace(short_product_name(product.name), " ")
                    unsaid = result.brand.name not in bare_body and research not in bare_body
                    counts["lms_luxury_house"] += 1
                    counts["lms_house_unsaid"] += unsaid
                    if unsaid and args.show == "lms_house_unsaid":
                        print(shown)
                single = len([s for s in re.split(r"(?<=[.!?])\s+|, ", before_ask) if s.strip()]) <= 1
                counts["lms_one_sentence"] += single
                if single and args.show == "lms_one_sentence":
                    print(shown)
                echo = title_echo(parts["title"], parts["body"], short_product_name(product.name), noun)
                counts["lms_title_echo"] += bool(echo)
                if echo and args.show == "lms_title_echo":
                    print(shown, f"<{echo}>")
                for name, hit in found_lms.items():
                    counts[name] += hit
                    if hit and args.show == name:
                        print(shown)
            shared = getattr(product, "category", "") in MAKEUP and bool(SHARED.search(text))
            counts["shared_makeup"] += shared
            if shared and args.show == "shared_makeup":
                print(shown)

            greeted = GREETING in parts["body"] and stage in OWNING_STAGES
            counts["greeting_not_new"] += greeted
            if greeted and args.show == "greeting_not_new":
                print(shown)
    for spec in grid(catalog, args.n, args.seed):  # the marketer's "SMS로 줄여 작성": every brief kept SMS
        result = pipeline.run_one(Brief(**(spec | {"channel": "sms", "sms_overflow": "shorten"})))[0]
        if result.sms_to_lms or result.brief.channel.value != "sms":
            continue
        size = euckr_measure(result.message.channel_text).length
        counts["sms_shorten"] += 1
        counts["sms_over_bytes_shorten"] += size > SMS_BYTES
        if size > SMS_BYTES and args.show == "sms_over_bytes_shorten":
            print(f"[{result.product.name} {result.brief.honorific}] {size}: {result.message.channel_text!r}")
    for name in sorted(
        k
        for k in counts
        if " " not in k
        or k.startswith(
            (
                "stage_clash ",
                "season_bare_ask ",
                "hapsho_order ",
                "style_unmarked ",
                "name_ingredient_clash ",
                "style_heard ",
                "style_deaf ",
                "lms_event_dropped ",
            )
        )
    ):
        print(f"{name}: {counts[name]}")
    for label, found in (("before the ask", lengths), ("in the whole body", whole)):
        if found:
            ranked = sorted(found)
            cuts = ", ".join(f"p{q} {ranked[min(len(ranked) - 1, len(ranked) * q // 100)]}" for q in (10, 50, 90, 100))
            past = sum(n > SMS_LMS_HANGUL for n in found)
            print(f"sms-lms hangul {label}: {cuts}, mean {sum(found) / len(found):.1f}, past {SMS_LMS_HANGUL}: {past}")
    print("\nwithout the reader's reason (persona_reason_check.carries_reason), by persona and form:")
    print("| persona | sms | sms-lms | lms | all |")
    print("|---|---|---|---|---|")
    for key in PERSONAS:
        cells = []
        for form in ("sms", "sms-lms", "lms"):
            n, k = counts[f"total {form} {key}"], counts[f"no_reason {form} {key}"]
            cells.append(f"{k}/{n}")
        n = sum(counts[f"total {f} {key}"] for f in ("sms", "sms-lms", "lms"))
        k = sum(counts[f"no_reason {f} {key}"] for f in ("sms", "sms-lms", "lms"))
        print(f"| {key} | " + " | ".join(cells) + f" | {k}/{n} ({k / max(n, 1):.0%}) |")


if __name__ == "__main__":
    main()
