"""Counts behind the long-form complaints (KakaoTalk, LMS, email; blind reading 14) over copy_eval's grid,
every brief sent on each long channel:

- full_name_repeat: the product's name (short name, no size; 8 characters or more) said twice or more in
  the title and body together ("긴 제품명이 제목·본문에 반복");
- word_repeat: a watched content word said twice or more in the body outside the name ("남은 양", "정돈",
  "담았/담은", "챙기/챙겨", "마음", "편하/편안", "좋은 때"), with a count per word;
- tautology: a word of the name that is one of its key ingredients said again, outside the name, in the
  sentence that names the product or in one that says what it holds ("살리실산 클렌저는 살리실산을 담은
  클렌저"); tautology_as_named counts those that say so ("이름 그대로 …") apart;
- button_mismatch: the button's content word shares no stem with the closing ask (the last sentence),
  after a small table of words that say the same thing ("알아보기" and "살펴보세요");
- limp_urgent_close: a Time-Urgency or FOMO brief whose close is unhurried ("편하게 골라 보십시오");
- stock_filler: lines a reader called template filler ("기분이 한결 나아져요", "나누기 좋은 때");
- title_unkept: a title promising what to tell a friend ("권할 때") over a body with no tip on what to say.

Stage and event seams (blind reading 16), counted per message:
- share_frame: the tell-a-friend template ("권할 때 함께 전하면 좋은 점", "…께 권할 때는 … 이야기하면");
- referral_mixed: a referral asking two or three things at once (a gift, a friend's recommendation, content);
- greeting_gift: a referral offering the product as a seasonal greeting gift ("겨울 안부 … 건네도");
- empties_bare: a 공병 campaign named with no word on what becomes of the empties or what one gets;
- live_undated: a live broadcast named with nothing on when or where its schedule is shown;
- prepared_stock: the stock "…도 준비해 두었어요" event line;
- mood_opener: a first sentence on a mood ("기분 전환이 필요한 날") before a product fact;
- looking_for: the "새 …을 찾고 계셨다면 … 후보에서 놓치지" opener;
- slow_convert: a conversion-stage close that says take your time ("천천히 골라").

    PYTHONPATH=. python bench/long_copy_check.py [--n 1200] [--seed 20261203] [--show KEY]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels

from crm_core.generation.template import short_product_name

LONG = ("kakao_friendtalk", "lms", "email")
LONG_NAME = 8
WATCHED = {
    "남은 양": re.compile("남은 양"),
    "정돈": re.compile("정돈"),
    "담다": re.compile("담았|담은 |담아 |담겨|담긴"),
    "챙기다": re.compile("챙기|챙겨"),
    "마음": re.compile("마음"),
    "편하다": re.compile("편하|편안|편해"),
    "좋은 때": re.compile("좋은 때|좋을 때"),
    "후기": re.compile("후기"),
    "루틴": re.compile("루틴"),
}
FILLER = re.compile("기분이 한결|한결 나아|나누기 좋은 때|마음을 전하기|이야기로 마음")
UNHURRIED = re.compile("편하게|천천히|찬찬히|여유|마음이 닿을 때")
URGENT_STYLES = (0, 2)  # Time_Urgency, FOMO_Psychology
SHARE_FRAME = re.compile("권할 때 함께 전하면|께 권할 때는|에게 권할 때는|권하실 때는")
REFERRAL_ASKS = {  # what a referral may ask for: one of these, never two
    "gift": re.compile("선물|건네"),
    "friend": re.compile("친구|지인|가까운 분|권해|권하|권할"),
    "content": re.compile("콘텐츠|준비해 두었"),  # the gift collection (선물 추천 모음) is the gift ask
}
GREETING_GIFT = re.compile("안부[^.]*(?:건네|곁들)")
EMPTIES_TOLD = re.compile("재활용|적립|드려|드립")
LIVE_WHEN = re.compile("일정|일시|\\d+일|\\d+시")
MOOD = re.compile("기분 전환|기분까지|마음이 한결")
SENTENCE = re.compile(r"[^.?!\n]+[.?!]?")
# the button word and the close's words that ask the same thing
SAME_ASK = {
    "알아": ("알아", "살펴", "확인", "만나", "둘러"),
    "살펴": ("살펴", "확인", "알아", "둘러", "보세", "보십"),
    "둘러": ("둘러", "살펴", "만나"),
    "만나": ("만나", "써 보", "시작", "들여", "살펴", "확인"),
    "추천": ("추천", "전해", "권해", "알려", "나눠", "공유"),
    "처음": ("처음", "만나", "써 보", "시작"),
    "써보": ("써 보", "써보", "시작", "사용"),
    "사용": ("사용", "써 보", "순서", "요령", "팁"),
    "시작": ("시작", "써 보", "첫 사용"),
    "채워": ("채워", "챙겨", "챙기", "들여", "준비"),
    "이어": ("이어", "곁에", "계속", "꾸준"),
    "꾸준": ("이어", "꾸준", "곁에", "계속"),
    "친구": ("친구", "알려", "권해", "나눠", "공유", "가까운 분", "아끼는 분", "지인"),
    "알려": ("알려", "권해", "나눠", "공유", "친구"),
    "선물": ("선물", "전해", "마음", "건네"),
    "마음": ("마음", "전해", "선물"),
    "혜택": ("혜택", "쿠폰", "할인", "적립", "받아", "챙겨"),
    "쿠폰": ("쿠폰", "혜택", "받아"),
    "상담": ("상담",),
    "후기": ("후기",),
    "이야": ("이야기", "읽어"),
    "구성": ("구성", "성분", "살펴", "확인"),
    "성분": ("성분", "구성", "확인"),
    "고르": ("골라", "고르", "맞게", "맞는", "찾아"),
    "나에": ("나에게", "맞는", "맞게", "골라"),
    "루틴": ("루틴", "이어", "채워", "쟁여", "챙겨", "곁에"),
    "가이": ("가이드", "순서", "사용법"),
    "리포": ("리포트",),
    "체험": ("체험", "써 보"),
    "신청": ("신청",),
}


def name_words(name: str, brand: str) -> list[str]:
    """The words of the name that say what it holds or what it is (an ingredient, a kind), not sizes or the brand."""
    words = [w for w in re.findall(r"[가-힣]{2,}", name) if w != brand]
    return [w for w in words if w not in ("데일리", "젠틀", "퍼펙트", "수퍼", "프레쉬")]


def button_mismatch(cta: str, close: str, brand: str = "") -> bool:
    if "브랜드" in cta and "브랜드" not in close and (not brand or brand not in close):
        return True  # "브랜드 알아보기" under a close about the product
    stems = [w[:2] for w in re.findall(r"[가-힣]{2,}", cta)]
    for stem in stems:
        if any(word in close for word in SAME_ASK.get(stem, (stem,))):
            return False
    return True


def check(result) -> dict[str, object]:  # type: ignore[no-untyped-def]
    message = result.message
    title, body, cta = message.title, message.body, message.cta
    name = short_product_name(result.product.name)
    brand = result.brand.name
    out: dict[str, object] = {"tautology_as_named": False}
    out["full_name_repeat"] = len(name) >= LONG_NAME and (title.count(name) + body.count(name)) >= 2
    out["full_name_repeat_body"] = len(name) >= LONG_NAME and body.count(name) >= 2
    plain = body.replace(name, "□")
    repeated = [word for word, stem in WATCHED.items() if len(stem.findall(plain)) >= 2]
    out["word_repeat"] = repeated
    sentences = [s.strip() for s in SENTENCE.findall(body) if s.strip()]
    ingredients = result.product.key_ingredients
    held = [w for w in name_words(name, brand) if any(w in i for i in ingredients)]
    tautology = False
    for sentence in sentences:
        outside = sentence.replace(name, "□")
        if "□" not in outside and "담은" not in outside and "담았" not in outside:
            continue
        if any(re.search(f"(?<![가-힣]){w}", outside) for w in held):
            if "이름 그대로" in outside:  # said on purpose: counted apart
                out["tautology_as_named"] = True
            else:
                tautology = True
    out["tautology"] = tautology
    worded = [s for s in sentences if re.search("[가-힣]", s)]
    close = worded[-1] if worded else ""
    out["button_mismatch"] = bool(cta) and button_mismatch(cta, close, brand)
    out["limp_urgent_close"] = result.brief.style_index in URGENT_STYLES and bool(UNHURRIED.search(close))
    out["stock_filler"] = bool(FILLER.search(title + " " + body))
    # a tip on what to say to a friend ("권할 때는 …", "친구에게는 사용감을 한마디 곁들이면 …")
    tells = re.search("권할 때는|권하실 때는|에게는 [^.]*(?:곁들이면|이야기해 주면|전하면|보여 주면)", body)
    out["title_unkept"] = "권할 때" in title and not tells
    stage = result.stage.index
    out["share_frame"] = bool(SHARE_FRAME.search(body))
    asks = [kind for kind, words in REFERRAL_ASKS.items() if words.search(body)]
    out["referral_mixed"] = stage == 4 and len(asks) >= 2
    out["greeting_gift"] = stage == 4 and bool(GREETING_GIFT.search(body))
    out["empties_bare"] = "공병" in body and not EMPTIES_TOLD.search(body)
    out["live_undated"] = "라이브" in body and not LIVE_WHEN.search(body)
    out["prepared_stock"] = "준비해 두었" in body
    first = sentences[0] if sentences else ""
    out["mood_opener"] = bool(MOOD.search(first))
    out["looking_for"] = "찾고 계셨다면" in body or "후보에서 놓치지" in body
    out["slow_convert"] = stage == 3 and "천천히" in close
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200, help="briefs in copy_eval's grid")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="", help="print the messages flagged with this key")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    counts: Counter[str] = Counter()
    words: Counter[str] = Counter()
    by_channel: Counter[str] = Counter()
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, LONG):
        counts["messages"] += 1
        flags = check(result)
        any_flag = False
        for key, value in flags.items():
            if key == "word_repeat":
                words.update(value)  # type: ignore[arg-type]
                value = bool(value)
            counts[key] += bool(value)
            any_flag = any_flag or (bool(value) and key not in ("full_name_repeat_body", "tautology_as_named"))
            if value:
                by_channel[f"{channel}:{key}"] += 1
        counts["any_problem"] += any_flag
        if args.show and flags.get(args.show):
            m = result.message
            print(f"# {channel} s{result.stage.index} st{result.brief.style_index} {args.show}={flags[args.show]}")
            print(f"T: {m.title}\n{m.body}\nCTA: {m.cta}\n")
    for key in ("messages", "full_name_repeat", "full_name_repeat_body", "word_repeat", "tautology",
                "tautology_as_named", "button_mismatch", "limp_urgent_close", "stock_filler", "title_unkept",
                "share_frame", "referral_mixed", "greeting_gift", "empties_bare", "live_undated", "prepared_stock",
                "mood_opener", "looking_for", "slow_convert", "any_problem"):  # fmt: skip
        print(f"{key}: {counts[key]}")
    print("word_repeat by word: " + ", ".join(f"{w} {n}" for w, n in words.most_common()))
    for channel in LONG:
        row = {k.split(":")[1]: n for k, n in by_channel.items() if k.startswith(channel + ":")}
        print(f"{channel}: " + ", ".join(f"{k} {n}" for k, n in sorted(row.items())))


if __name__ == "__main__":
    main()
