"""Line banks: every sentence the composer may write, in 해요체, with {slots} for facts and angle.

Slots: product, brand, category, need_short, point, point2, definition (what the product is),
season, season_scene (what the season is like: "찬 바람에 … 겨울"),
feature (how it feels or works, best fit for the reader), feel (a feature one feels: texture, finish,
scent), strong (its strong actives), ingredient,
ingredients, need, moment, ask, lead_in, season, adv (the brand manner's adverb), review (a review
clause "…다는"), volume, price.
A slot followed by a particle (을/를, 이/가, 은/는, 과/와, 으로/로) gets the particle that agrees
with the inserted word; "(이)에요" and "(이)라" agree the same way. Endings come from the closed
set speech.py converts, which a test checks over every line here.

Stages 0, 1 and 3 speak to someone choosing the product; stages 2 and 4 to someone who already
uses it, so their openers and product lines never introduce it as new.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter

from crm_core.domain import Tone
from crm_core.korean import final_consonant, particle_for

NEW_STAGES = (0, 1, 3)  # the reader is choosing; 2 and 4: the reader already uses the product

# ---- titles: by stage (0..4), then style family (0..4) ------------------------------------------
# A title promises what the body delivers in the stage's terms (meet, start, keep up, choose, pass
# on) and carries the style once (this week, what would be missed, a feeling, the season). No
# reader's routine as a noun stack, no event name: the body gives the offer.
TITLES: dict[int, dict[int, tuple[str, ...]]] = {
    0: {
        0: ("이번 주에 만나 보는 {product}", "오늘 처음 만나는 {brand} {category}"),
        1: ("{product}, 알고 고르는 {category}", "{product} 한눈에 보기"),
        2: ("아직 모르셨다면, {product}", "지나치기 아쉬운 {product}"),
        3: ("손끝으로 먼저 만나는 {product}", "궁금했던 {product}의 첫 느낌"),
        4: ("{season}에 처음 만나는 {product}", "{season}에 어울리는 {brand} {category}"),
    },
    1: {
        0: ("오늘 바로 시작하는 {product}", "이번 주에 시작하는 {product} 첫 사용"),
        1: ("{product} 첫 사용 가이드", "{product}, 이렇게 시작해요"),
        # never "{product} 첫 사용, 놓치기 쉬운 점" (reading 22, s1424, s3300: "'놓치기 쉬운 점'을 약속하고 실제로는
        # 설명만 나열"): the title promises the step the body gives
        # never "{product} 첫 사용, 이 순서만 챙기세요" (reading 30-31, s5860, s3112: "제목(순서)과 본문이 어긋나고"):
        # the body gives one step, the way it is used, not an order of products
        2: ("{product} 첫 사용, 쓰는 법만 챙기세요", "처음 쓰는 {product}, 쓰는 법부터 챙기기"),
        3: ("{product}과 여는 첫날", "설레는 첫 사용, {product}"),
        4: ("{season}에 시작하는 {product}", "{season}에 처음 꺼내는 {product}"),
    },
    2: {
        0: ("이번 주, {product} 남은 양 확인", "{product}, 떨어지기 전에 챙기세요"),
        # never "{product}을 매일 쓰는 이유" (reading 30-31, s3434, s3208: "제목의 '매일 쓰는 이유'를 본문이 풀지
        # 못하고")
        1: ("{product} 더 잘 쓰는 법", "{product}, 매일 쓰는 순서 다시 보기"),
        2: ("{product}, 바닥나기 전에 채워 두기", "다 쓰기 전에 챙길 {product}"),
        3: ("오늘도 이어 가는 {product} 루틴", "익숙해서 더 좋은 {product}"),
        4: ("{season}에도 이어 가는 {product} 루틴", "{season} 루틴에도 {product}"),
    },
    3: {
        0: ("이번 주에 들이기 좋은 {product}", "{product}, 지금 고르기 좋은 때"),
        1: ("{product}, 알고 고르는 {category}", "{product} 고르기 전에 알아 둘 점"),
        2: ("지금 놓치기 아쉬운 {product}", "{product}, 고민만 하기엔 아쉬울 때"),
        # never "기분까지 챙기는 {product}" (reading 23, s5913: "제목이 본문과 약하게 연결"): the feel the body gives
        3: ("사용감부터 반가운 {product}", "{product}, 매일 손이 갈 {category}"),
        4: ("{season}에 고르는 {product}", "{season} 루틴에 더하는 {product}"),
    },
    4: {
        0: ("이번 주, {product}을 권해 보세요", "생각났을 때 나누는 {product}"),
        # never "권할 때 알려 줄 점": it promised the tell-a-friend template (reading 16)
        # never "{product}, 써 보니 권하고 싶은 점" (reading 23, s9447: "'권하고 싶은 점'이 본문에 없고")
        1: ("써 보고 권하는 {product}", "{product}을 권하기 좋은 이유"),
        2: ("혼자 알기 아까운 {product}", "{product}, 나만 알기 아까울 때"),
        3: ("마음을 전하는 {product}", "소중한 분과 나누는 {product}"),
        # never "{season} 안부와 함께 나누는 …": a sunscreen or a cushion is no winter greeting (reading 16)
        4: ("{season}에 써 보고 권하는 {product}", "{season}에도 권하고 싶은 {product}"),
    },
}
# A first-use title under a first-order event (plan.py: `ordering`): the reader orders first, then uses it
ORDER_TITLES = {
    "이번 주에 시작하는 {product} 첫 사용": "이번 주, {product} 첫 주문 혜택",
    "{product} 첫 사용 가이드": "{product}, 첫 주문 혜택 한눈에 보기",
    "{product}, 이렇게 시작해요": "{product}, 첫 주문으로 시작해요",
    "{product} 첫 사용, 쓰는 법만 챙기세요": "{product} 첫 주문, 혜택부터 챙기세요",
    "처음 쓰는 {product}, 쓰는 법부터 챙기기": "첫 주문이라면 놓치기 아쉬운 {product}",
    "{product}과 여는 첫날": "첫 주문으로 만나는 {product}",
    "설레는 첫 사용, {product}": "설레는 첫 주문, {product}",
}
# A next-step campaign speaks to a user of the product (plan.NEXT_STEP_HOOK): its title promises the step after it,
# never the product as a thing to choose (readings 39-40: "{product}, 지금 고르기 좋은 때" over "…을 잘 쓰고
# 계시다면 이제 루틴의 다음 단계도 …", 제목과 본문의 약속이 어긋남).
NEXT_STEP_TITLES = {
    "이번 주에 들이기 좋은 {product}": "{product} 다음에 쓸 단계 찾기",
    "{product}, 지금 고르기 좋은 때": "{product}, 다음 단계를 고르기 좋은 때",
    "{product}, 알고 고르는 {category}": "{product} 다음 단계, 알고 고르기",
    # not the close's "…에 이어 쓸 다음 단계로는 … 살펴보세요" in other words
    "{product} 고르기 전에 알아 둘 점": "{product} 다음 순서, 미리 알아 두기",
    "지금 놓치기 아쉬운 {product}": "{product} 다음 단계도 놓치기 아쉬워요",
    "{product}, 고민만 하기엔 아쉬울 때": "{product} 다음 단계, 고민만 하기엔 아쉬울 때",
    "{product}, 매일 손이 갈 {category}": "매일 손이 가는 {product}, 그다음 단계",
    "{season}에 고르는 {product}": "{season}, {product} 다음 단계 고르기",
    "{season} 루틴에 더하는 {product}": "{season} 루틴, {product} 다음에 더할 단계",
}
# Where the catalog names the product for that step (plan values["next"]), the title names it too: the message reads
# as one guide to it, and "다음 단계" is said by the hook or the close, never a third time by a title promising a step
# it does not name (round 26: "다음 단계" three times in 1,047 of 1,809 named guides).
NEXT_NAMED_TITLES = {
    "이번 주에 들이기 좋은 {product}": "이번 주, {product} 다음엔 {next}",
    "{product}, 지금 고르기 좋은 때": "{product} 다음엔 {next}",
    "{product}, 알고 고르는 {category}": "{next}, {product} 다음 순서로",  # not the close's "에 이어 쓸"
    "{product} 고르기 전에 알아 둘 점": "{product} 다음, {next} 알아 두기",
    "지금 놓치기 아쉬운 {product}": "{product} 다음, 놓치기 아쉬운 {next}",
    "{product}, 고민만 하기엔 아쉬울 때": "{product} 다음은 {next}",
    "{product}, 매일 손이 갈 {category}": "매일 쓰는 {product}, 그다음은 {next}",
    "{season}에 고르는 {product}": "{season}, {product} 다음엔 {next}",
    "{season} 루틴에 더하는 {product}": "{season} 루틴, {product}에 {next} 더하기",
}
NEXT_TITLE_CHARS = 34  # a longer named title ("겨울, 워터뱅크 … 토너 중·건성용 다음엔 …") keeps the step's promise
# A running-out alert event asks for one thing, the alert ("다 써 갈 즈음 받을 알림을 신청해 두세요"): its opening
# says why one would want it, and its title names it, never a second ask to stock up now ("…, 남은 양이 절반
# 아래라면 지금 챙겨 둘 때예요" beside "알림 신청": two asks).
KEEP_NOW = re.compile("챙겨 두|챙겨 둘|채워 두|채워 둘|준비해 두|쟁여 두")
ALERT_HOOKS = (
    "{product}, 바닥이 보인 날에야 알아차리면 루틴이 하루 끊기기 쉬워요.",
    "{product}, 남은 양을 매번 들여다보지 않아도 떨어질 때를 놓치지 않을 수 있어요.",
)
ALERT_SHEET_LINE = "이번 주에 남은 매수를 한 번 확인해 두면 마음이 편해요."  # a sheet's time line beside the alert
ALERT_TITLES = {
    "{product}, 떨어지기 전에 챙기세요": "{product}, 떨어지기 전에 알림 받기",
    "{product}, 바닥나기 전에 채워 두기": "{product}, 바닥나기 전에 알림 받기",
    "다 쓰기 전에 챙길 {product}": "다 쓰기 전에 알림 받는 {product}",
}
REVIEW_TITLES = ("먼저 써 본 분들이 말하는 {product}", "후기로 먼저 만나는 {product}")  # to a reader choosing
# A referral whose event is a review campaign: passing the product on is writing the review, so the title,
# the opening and the style line speak of that one ask, never of recommending it to a friend beside it
# (reading 11: "지인 추천과 후기 작성 두 요청이 겹침").
REVIEW_SHARE_TITLES = ("{product}, 써 본 느낌 나누기", "후기로 나누는 {product} 이야기")
REVIEW_SHARE_HOOKS = (
    # the close says once that a review helps others choose; the opening and the style line speak of the
    # reader's own use (reading 18, s9447: "'고르는 분께 참고/길잡이/도움'이 세 번 반복")
    # the title and the close say "후기": the opening does not say it a third time (reading 25, s6040)
    "{product}을 쓰며 느낀 솔직한 이야기를 기다리고 있어요.",
    # not "…느낀 점을 이제 다른 분들과 나눌 차례예요" (reading 36: "'나눌 차례입니다' 어색"): what the close answers
    "{product}을 써 보니 어떠셨는지 궁금해요.",
)
REVIEW_STYLE_LINES: dict[int, str] = {
    # none says "후기" beside the title and the close (reading 25, s6040: "'후기'가 세 번 반복"), nor "…써 본 느낌은
    # 후기에서 가장 생생하게 전해지는 부분" (s5913: "'겨울에 써 본 느낌' 문장이 어색")
    # the time said as a fact, not as a second ask beside the opening's and the close's (reading 28, s2766: "이번 주에
    # 적어야 생생하게 남습니다 … 후기로 남겨 주시면", "요청이 섞여 조립된 느낌")
    # never "…써 본 느낌, 지금이라면 아직 생생하게 떠올라요" (reading 38, s5910: "어색")
    0: "이 {category}을 써 본 느낌은 잊기 전인 지금 적어 두기 좋아요.",  # no "가장": the guard reads a superlative
    3: "이 {category}의 좋았던 점 한 가지만 적어도 마음은 충분히 전해져요.",
    4: "{season}에 이 {category}을 써 본 느낌, 한 줄이면 충분해요.",
}
# A routine message whose event collects the empties: its ask is to bring them in, so no title, opening or
# style line asks to refill before it runs out (reading 11: "'지금 채워 두라'와 공병 캠페인 참여, 두 요청").
REFILL_WORDS = re.compile("남은 양|떨어지|바닥나|다 쓰기 전|채워|챙겨 둘|챙겨 두|챙기세요|챙길")
# the reviewer's care line: what to tell in the review, no second request ("…줄여 보세요")
# the gift giver's care line: a note for the one who receives it, never "권하실 때 …" beside the gift
GIFT_CAUTION_LINE = (
    "{strong}이 든 제품이라, 선물할 때 팔 안쪽에 먼저 조금 발라 보라는 메모를 곁들이면 받는 분도 안심할 수 있어요."
)
REVIEW_CAUTION_LINE = "{strong}이 든 제품이라, 후기에 팔 안쪽에 먼저 발라 본 경험을 함께 적으면 다른 분께 도움이 돼요."
EMPTIES_TITLES = ("오늘도 이어 가는 {product} 루틴", "다 쓴 용기까지 챙기는 {product} 루틴")  # no reason promised
EMPTIES_HOOKS = ("매일 쓰는 {product}, 다 쓴 용기까지 한 번 더 쓸모가 있어요.",)
# the time style's refill line for a product used by the sheet (never "남은 양이 절반 아래라면": reading 24, s9194)
SHEET_REFILL_LINE = "다음에 쓸 {category}까지 이번 주에 미리 채워 두면 좋아요."
SHEET_REFILL_HOOK = "{product}, 다음에 쓸 분량까지 이번 주에 미리 채워 두면 좋아요."
EMPTIES_STYLE_LINE = "다 쓴 이 {category} 용기가 있다면 이번 주에 매장으로 챙겨 가기 좋아요."
# the campaign's ask after its how ("다 쓴 화장품 용기를 매장에 가져오시면 공병 캠페인에서 재활용해요"): the how names
# the empties and the campaign, the ask says when, never "빈 용기를 모아 이번 캠페인에 참여해 보세요" again
EMPTIES_CLOSE = "모아 두셨다가 이번 주에 들르실 때 챙겨 와 주세요."  # the time style's: its "when"
# any other style's: no "이번 주" the campaign lacks (reading 76, s8755: "'이번 주 방문'은 근거 없음")
EMPTIES_CLOSE_UNTIMED = "모아 두셨다가 다음에 들르실 때 챙겨 와 주세요."

# ---- hooks: the first sentence, by style family and by stage ------------------------------------
# the emotional hook's pull (STYLE_HOOKS[3]): the reader is the one drawn, never the brand ("…라 {product}에 유독
# 마음이 가요", "…자꾸 눈길이 가요": readings 45-48, s2525, s3275, s1484, s8851, s9164, s1841, s9434: "'유독 마음이
# 갑니다' 화자 어색", "'거품이라 마음이 갑니다' 인과 어색"; 136 of 6,000 grid messages)
FEEL_DRAWN = "좋아하는 분이라면"
STYLE_HOOKS: dict[int, tuple[str, ...]] = {  # to a reader who is choosing (stages 0, 1, 3)
    0: (
        "이번 주는 {product}으로 루틴에 작은 변화를 더하기 좋은 때예요.",
        "새 {category}을 들일 생각이었다면 오늘이 시작하기 좋은 날이에요.",
        # never "{season}이 깊어지기 전, 지금이 루틴을 바꾸기 좋은 때예요" (reading 23: "'겨울이 깊어지기 전에'
        # 억지/상투적", a season pasted onto any product): the time, then a fact of this product
        "이번 주에 새 {category}을 고른다면 {feature}을 눈여겨볼 만해요.",
        "{product}, 궁금했다면 이번 주가 만나 보기 좋은 때예요.",
    ),
    1: ("{ask}", "{opener}"),
    # never "{product}, 한 번 알고 나면 그냥 지나치기 어려워요": it names nothing to miss (reading 12)
    # never "… 그냥 지나치기 아까워요" (reading 15: the same frame in message after message)
    # never "새 {category}을 찾고 계셨다면 {product}을 후보에서 놓치지 마세요" (reading 16: a template opener, stock
    # words): what would be missed is the product's point
    2: (
        # never "{feature}, {product}을 써 보기 전엔 모르고 지나치기 쉬운 점이에요" (readings 17 and 18: "문형 어색",
        # "'…제형, …점입니다' 구문 어색", eight times) nor "{product}을 써 보지 않으면 놓치기 쉬운 건 {feature}이에요"
        # (reading 19: still "어색"): what the reader would miss is said as what to look at first
        # never "…{feature}부터 놓치지 마세요" (reading 23, s1811: "'제형부터 놓치지 마십시오' 어색")
        # never "{product}을 아직 써 보지 않으셨다면 {feature}, 이번에는 놓치지 말고 만나 보세요" (reading 29, s5139,
        # s5728: "첫 문장 비문", a noun phrase left hanging before the ask): the feature is what to meet first
        # nor "…, 놓치기 아까운 {feature}부터 …": before a feature that opens on a noun it reads as one phrase ("놓치기
        # 아까운 물을 더하면 …", own read of reading 29's fix)
        # never "…{feature}부터 놓치지 말고 만나 보세요" (reading 38, s6905: "'세안부터 놓치지 말고 만나 보시길'
        # 어색"): the feature is what would be missed
        # never "{product}을 아직 써 보지 않으셨다면, {feature}만큼은 놓치기 아까워요" nor "{product}은 {feature}(이)라,
        # 써 보지 않고 넘기기엔 아까워요" (readings 53-56, s4979, s3724, s7074: "'윤기라, 넘기기엔 아까워요' 연결
        # 어색", "'로션 제형만큼은 놓치기 아깝습니다' 어색"; 173 of 3,600 long messages): a texture is no reason to
        # fear missing out, but a feel is known only by trying it, and that is what the reader would miss
        "{product}에서 먼저 눈여겨볼 건 {feature}(이)에요. 아직 써 보지 않으셨다면 놓치기 아까워요.",
        # never "{feature}, 아직 써 보지 않으셨다면 놓치기 아쉬워요" (the same "…, …" frame a reader read as
        # "구문 어색")
        # never "{product}에서 놓치지 말아야 할 건 {feature}(이)에요" (reading 24, s3180, s8005: "'놓치지 말아야 할 건
        # ~제형이에요' 어색", a feel made the thing one must not miss): the feature is what to look at
        # never "{product}, 놓치기 전에 {feature}부터 확인해 보세요" (reading 25, s3520: "'놓치기 전에 제형부터 확인'이
        # 어색하게 이어 붙인 문장"): the feature is the reason not to pass it by
        # never "{product}의 {feature}은 말로는 다 전하기 어려워 모르고 지나치면 아쉬워요" (reading 57, s4843, s7996,
        # s7323: "'…헹굼은 말로는' 구조가 어색", "'…대용량은 말로는' 비문에 가까움"; the same opener in message after
        # message): the product is the topic, not the genitive of a feature that opens on a clause; a statement, so
        # the close keeps the message's one ask
        # never "{product}은 써 보기 전엔 {feature}을 짐작하기 어려워서, 놓치지 말고 한 번 써 볼 만해요" (readings
        # 62-65, s1624 and seven more: "'짐작하기 어려워서, 놓치지 말고' 비문", "논리가 꼬임"; 92 of 3,600 long
        # messages): what words do not show is why it is worth trying
        # never "{product}은 {feature}이 글로는 다 전해지지 않아서, 그냥 지나치기보다 직접 써 볼 만해요" nor "…은 직접
        # 써 봐야 {feature}을 알 수 있어서, 그냥 지나치기 아쉬워요" (readings 66-69, s2246, s7529, s9174, s3992,
        # s4393, s5141: "'글로는 다 전해지지 않아서' 틀 문장이 어색", "'써 봐야 알 수 있어서 아쉬워요' 도입 어색", in
        # every reading): no cause at all; the point, then what a reader who has not tried it would miss
        "{product}은 {feature}이 매력이에요. 아직 써 보지 않으셨다면 놓치기 아까워요.",
    ),
    # "{span}": how long one use takes ("몇 분" for a cream, "짧은 순간" for a mist; see USE_SPANS). Each
    # leads to the reader's moment with this product (its feel, the time it takes), never a mood line any
    # product could open on ("… 든든한 위로가 돼요", "… 작은 쉼표가 돼요": readings 10 and 11), nor a mood
    # the reader's moment does not give ("고요한 저녁에도 … 마음이 느긋해져요", "… 제형부터 기분이 달라져요",
    # "… 작은 차이가 여유를 만들어 줘요": reading 12).
    3: (
        "{moment}에는 {feel}만으로도 마음이 한결 편해져요.",
        # never "… 손길도 한결 다정해져요" nor "… 편안한 사용감부터 살피게 돼요" (reading 15: stock frames)
        # never "{moment}에도 {feel} 덕분에 마음 놓고 쓰게 돼요" (readings 62-65, s2453, s6961, s9592: "첫 유입인데
        # '마음 놓고 쓰게 됩니다'로 시작해 어긋남", "'점도가 있는 제형 덕분에 마음 놓고'라는 인과가 어색"; 44 of 3,600
        # long messages opened on it): a texture is no reason for peace of mind, and a reader still choosing uses
        # nothing yet; what one is drawn to at that moment
        "{moment}에는 {feel}에 먼저 마음이 가요.",
        # never "{moment}에는 편안하게 쓸 수 있는 {category} 하나면 충분해요" (reading 16: "템플릿 도입", three times);
        # a product with no feel to name opens on its point (plan.py)
        # the feeling from the product's own feel, for a moment the feel does not answer (plan._answers)
        # never "{feel} 덕분에 {product}은 쓸 때마다 기분이 좋아져요" (reading 17: "'덕분에 기분이 좋아집니다' 어색")
        # never "{product}은 {feel}(이)라 쓰는 시간마저 …": a feel that is a result is no reason the product is
        # ("…흡수되어 감도는 맑은 광이라", "…더하는 윤기라": reading 21, "첫 문장 문법 어색")
        # never "{product}은 쓸 때마다 …" to a reader who is still choosing (reading 22, s8179, s1940: "첫 유입 고객에게
        # '쓸 때마다'가 어긋남"): what the first use shows
        # never "…{feel}이 기분 좋게 느껴져요" (reading 24, s5468, s7114: "'한 단계로 끝내는 보습 마무리가
        # 느껴져요' 어색", a feature that does something is no sensation): it is met first, a feeling word kept
        # never "{product}을 처음 쓰는 날은 {feel}부터 기분 좋게 다가와요" (readings 26 and 27, s3520, s8522:
        # "'점도가 있는 제형부터 다가옵니다' 어색", 146 long messages in 3,600): a texture is met, it does not approach
        # never "{product}을 처음 쓰는 날은 …" to a reader who has not bought it (reading 28, s9088, s8621:
        # "획득 단계인데 '처음 쓰는 날' 전제"): what the first try shows
        # never "{product}을 처음 써 보면 {feel}부터 기분 좋게 만나게/느끼게 돼요" (reading 30-31, s1356, s4132, s5728:
        # "'거품부터 기분 좋게 만나게 됩니다'가 어색"): the feeling of a first meeting, and where it starts
        # never "{product}을 처음 만나는 설렘은 {feel}에서 시작돼요" (readings 41-44, s2715, s4969, s5039, s1686, s3478,
        # s7187, s8749, s4318, s4023: "'설렘은 ~에서 시작됩니다' 상투적", "정형 서두", "전환 단계에 '처음 만나는 설렘'
        # 어긋남"; 136 of 3,600 long messages): the feel is why the reader is drawn to it, at any stage
        # never "…좋아하는 분이라면 마음에 들 {product}(이)에요." (readings 92-93, s2270: "'PDRN 카페인샷입니다/
        # 앰플입니다'가 반복"; 106 of 2,400 long bodies): the hook ending on the name read as a label before the
        # definition's label; the liking ends on a verb and what it is follows as a fact
        "{feel}을 " + FEEL_DRAWN + " {product}이 마음에 들 거예요.",
    ),
    4: (
        # never "{season_scene}에는 루틴에 들일 {category} 하나도 계절에 맞춰 고르게 돼요" (reading 26, s3434, s6040,
        # s5860: "상투적 계절 도입", a frame that fits any product): the scene leads to the fact that answers it
        # never "…{feature}부터 확인해 볼 만해요/살펴볼 만해요/눈여겨볼 만해요" (readings 49-52, s1396, s3680, s7716,
        # s9824: "'입자부터 살펴볼 만합니다' 번역투", "'세정부터 확인해 볼 만해요' 어색"; 344 of 3,600 long messages
        # said "…부터 …볼 만/보기 좋/눈에 들어"): what the scene makes of the fact, said as the reader feels it
        "{season_scene}, {product}은 {feature}이 특히 잘 어울려요.",
        # never "계절이 {season}으로 바뀌는 길목, 지금 쓰는 {category}이 계절에 맞는지 살펴볼 때예요" nor
        # "{season} 루틴을 다시 짠다면 {product}부터 눈여겨볼 만해요" (reading 23, s8529, s5728: "상투적", "겨울과
        # 쿠션의 연결이 약하고"):
        # the season leads to a fact of this product (features out of season are filtered: plan._features)
        # the scene where the product answers it (plan.py turns it to the bare "{season}에" where nothing does): a
        # bare "겨울에 … 고른다면" read as no season at all (round 24, readings 33-36: "계절감 없음", 2 in 3 seasonal
        # long messages)
        # never "…(이)라면 {feature}을 눈여겨보세요" (round 28: its 합쇼체 "눈여겨보십시오" orders an expert's reader):
        # what the reader will find in it
        "{season_scene}, 바꿔 쓸 {category}(이)라면 {feature}이 먼저 와닿아요.",
        "{season_scene}, {product}을 고른다면 {feature}을 눈여겨볼 만해요.",
    ),
}
# What the send date's season is like, concretely and true for any category (no product claim):
# the seasonal style's scene, in place of "the skin wants something else in winter".
# Several per season, so the brands' messages do not share one scene; a dry scene never precedes a
# product for oily skin (plan.py picks).
SEASON_SCENES: dict[str, tuple[str, ...]] = {
    "겨울": (
        # never "찬 바람에 난방까지 더해져 실내가 건조한 겨울" (21 syllables: before "{product}을 고른다면 …부터
        # 눈여겨볼 만해요" the first sentence ran past 60, round 24: "첫 문장 길고")
        "난방으로 실내가 건조해지는 겨울",
        "실내외 온도 차가 커지는 겨울",  # not "해가 짧아지고 … 차가워진 겨울" (reading 15: stock opener)
        # never "두꺼운 외투를 꺼내 입는 한겨울" (reading 26, s5860: a scene no skin or hair fact answers)
    ),
    "봄": ("황사와 꽃가루가 잦은 봄", "일교차가 커서 옷차림을 고민하게 되는 봄"),
    "여름": ("땀과 열기로 쉽게 지치는 여름", "에어컨 바람과 바깥 열기를 오가는 여름"),
    "가을": ("아침저녁 바람이 부쩍 선선해진 가을", "낮과 밤의 기온 차가 커지는 가을"),
}
DRY_WORDS = re.compile("건조")  # a season said as dryness: no scene for a product that controls oil
# Activation: the reader has just got the product. Their time and season hooks start using it,
# never speak of buying it (the style's own hooks for the other styles are true for this reader).
FIRST_USE_HOOKS: dict[int, tuple[str, ...]] = {
    0: (
        # never "첫 사용을 시작" (reading 22, s4276: "'첫 사용을 시작' 중복")
        "새로 들이신 {product}, 이번 주에 꺼내 써 보기 좋은 때예요.",
        # never "{product}의 첫 사용은 미루지 않고 오늘 시작하기 좋아요" (reading 24, s5860: "'미루지 않고 오늘
        # 시작하기 좋습니다' 어색")
        "{product}은 오늘부터 가볍게 시작하기 좋아요.",
        "{product}을 꺼낸 이번 주에는 {feel}부터 직접 느껴 볼 때예요.",  # never "{season}이 깊어지기 전" (reading 23)
    ),
    4: (
        # never "…{product}으로 루틴을 시작하기 좋은 때예요" nor "{season} 루틴을 {product}으로 새로 시작한다면 …"
        # (readings 96-97, s5040: "립 틴트에 '겨울 루틴 새로 시작'은 억지스러움"): a lip or base product is worn, not a
        # care routine begun; the season is when the new product comes out, its feel what the first day gives
        "{season_scene}, 새로 들이신 {product}을 꺼내 쓰기 좋은 때예요.",
        # never "…바뀌는 길목" (reading 23)
        "{product}, {season}에 처음 쓰는 날부터 {feel}을 느낄 수 있어요.",
    ),
}
USER_HOOKS: dict[int, dict[int, tuple[str, ...]]] = {  # to a reader who already uses the product
    2: {
        0: (
            "지금 쓰는 루틴, 이번 주에도 빠짐없이 이어 가고 계신가요?",
            "{product}, 남은 양이 절반 아래라면 지금 챙겨 둘 때예요.",
            "이번 주 루틴을 점검한다면 {product}의 남은 양부터 확인할 때예요.",
        ),
        1: (
            "{product}을 매일 쓰신다면 알아 두면 좋은 점이 있어요.",
            "매일 쓰는 {product}, 어떤 {category}인지 한 번 더 정리했어요.",
        ),
        2: (
            # never "다 떨어지기 전에 챙겨 두면 좋은 {product} 소식이 있어요" (reading 30-31, s6328, s8522: "'소식이
            # 있어요' 하고 소식이 없음")
            "{product}, 다 떨어지고 나서 찾기보다 챙겨 두면 하루도 거르지 않아요.",
            "{product}, 떨어지고 나서 찾기 전에 지금 채워 둘 때예요.",
        ),
        # never "{moment}에도 {product}과 함께라면 루틴이 한결 편안해요" nor "{season}에도 … 함께라면 루틴이 한결
        # 가뿐해져요" (reading 27, s5860: "'루틴이 가뿐해져요' 어색한 연결", a retinol serum made the routine light) nor
        # "{season_scene}에는 매일 쓰던 {product}도 한 번 더 꼼꼼히 챙기게 돼요": frames any product fits; the
        # product's own fact is why the reader keeps to it (plan.py keeps "덕분" for a fact that answers the season)
        3: (
            "{moment}에도 {product}은 {feel}(이)라 편안하게 챙길 수 있어요.",
            # where the feel does not answer the moment (plan._answers), no feel: what a user knows of it
            # never "{moment}에도 손에 익은 {product}만큼은 …": a trend reader's "써 보고 좋았던"
            # (angles.UNFAMILIAR) then read "관리를 빠뜨리고 싶지 않은 날에도 써 보고 좋았던 …에센스만큼은"
            # (reading 87, s7178: "첫 문장이 꼬였고")
            "{moment}에도 {product}만큼은 마음 편히 꺼내 쓰게 돼요.",
        ),
        4: (
            # never "…제형이라 꾸준히 이어 쓰게 돼요" (reading 39, s3173: "'떨어지는 제형이라 이어 쓰게 돼요' 논리
            # 어색"): a texture is why it sits easy, not why one keeps using it
            # the season beside what it answers, not before the product (reading 78, s8093: "겨울에도 PDRN 카페인샷은
            # 빠르게 흡수되는 … 제형이라 부담 없이 손이 가요", "'겨울에도 … 제형이라' 첫 문장이 어색"; 53 of 3,600)
            "{product}은 {season_fact}(이)라 {season}에도 부담 없이 손이 가요.",
            "{season}에도 {product}을 꾸준히 찾게 되는 건 {season_fact} 덕분이에요.",
        ),
    },
    4: {
        0: (
            "좋았던 제품은 생각났을 때 바로 나누는 게 제일이에요.",
            "{product}을 권하고 싶은 분이 떠올랐다면 지금이 좋은 때예요.",
            "써 보고 좋았던 {product}, 생각난 지금 가까운 분께 권하기 좋아요.",  # never "{season}이 깊어지기 전"
        ),
        # a concrete reason, as the reader would say it: never "…을 권할 때 함께 전하면 좋은 점이 있어요" (reading 16:
        # a template sentence promising a point it then frames again)
        1: (
            # never "… 하나로 충분해요" beside the share line's "한마디면 충분해요" (reading 22, s4132: "'충분합니다'가
            # 두 번 반복")
            "{product}은 {feature}만으로도 권할 만해요.",
            # never "…써 본 분이라면 {feature}(이)라는 점을 … 떠올리게 돼요" (reading 17: "'…라는 점을 떠올리게' 어색")
            # nor "…누구에게 권해도 자신 있어요" (reading 19: the brand vouching in the customer's voice, "화자 어색")
            "{feature}(이)라 {product}은 가까운 분께도 자연스럽게 권하게 돼요.",
        ),
        # never "혼자 알기 아까웠던 {product}, …" under the title "혼자 알기 아까운 …" (reading 24, s3112: "제목·본문
        # '혼자 알기 아까운' 반복")
        # never "좋았던 {product}" before the close's "좋았던 점을 …" (reading 28: "'좋았던' 반복", 133 of 3,600)
        # never "마음에 든 {product}, 주변에 알리지 않고 지나치기엔 아쉬워요" (reading 84, s5085: "'알리지 않고
        # 지나치기엔 아쉽습니다'가 어색"; 88 of 3,600 long messages): what a friend who has not heard of it misses
        2: ("마음에 든 {product}, 아직 모르는 분이 놓치지 않게 알려 줄 때예요.",),
        # never "고마운 사람이 문득 떠오르는 날에는 …" before a close to "고마운 사람에게" (reading 16: said twice)
        # never "써 보고 좋았던 {product}(이)라면 그 자체로 다정한 안부가 돼요" (readings 62-65, s296, s308: "'선크림이
        # 다정한 안부' 비유가 억지"; 173 of 3,600 long messages): the talk of it goes with the greeting, not the product
        # (and never "안부에 곁들일" either: reading 16, s2667, no product offered as a greeting's gift)
        # nor "…{product} 이야기는 다정하게 안부를 묻다가도 자연스럽게 꺼낼 수 있어요" (reading 66, s5867: "'이야기는
        # 안부를 묻다가도 꺼낼 수 있습니다'가 어색")
        3: ("안부를 나누다 보면 써 보고 좋았던 {product} 이야기도 자연스럽게 꺼내게 돼요.",),
        # the season through what the reader felt using it, never "안부 인사에 아끼는 선크림 하나를 곁들여도" (reading
        # 16: "겨울 안부에 선크림 어색")
        # no "써 보니" under a title that says "써 보고" (reading 25, s5860: "'써 본' 반복이 많고")
        4: ("{season}에 {feel}(이)라 좋았던 {product}, 가까운 분께도 권하기 좋아요.",),
    },
}
STAGE_HOOKS: dict[int, tuple[str, ...]] = {
    0: ("{brand}을 아직 만나 보지 않으셨다면 이 제품부터 권해요.",),
    # never "처음 쓰는 …일수록 시작이 쉬워야 해요" nor "…을 처음 쓰실 때 알아 두면 좋은 점을 정리했어요." before a
    # bare definition (reading 15: stock, and choppy); the product line after these names the product
    # (and no "순서" here: the first-use FOMO line and the close speak of the order)
    1: (
        # never "… 어떤 제품인지 한 번 더 짚어 드릴게요" before the line that says it anyway (reading 21:
        # "'어떤 제품인지' 안내가 반복됨", "도입부 군더더기"): the question names the product, what it is follows
        "{product}, 이제 막 쓰기 시작하셨나요?",  # STARTED_HOOK_LEAD
        # never "새 제품은 며칠 동안 천천히 손에 익혀 가면 충분해요" (reading 16: "상투적 도입", "'천천히' 반복"): the
        # product's own feel is why the first days are easy
        # never "{product}은 첫날부터 {feel}(이)라 손에 익히기 좋아요" (reading 17: "'첫날부터 체온에 녹아'
        # 어색한 채움", "베개에 묻어나지 않아 손에 익히기 좋아요 논리 어색"): the feel is what the first day shows
        # never "{product}의 {feel}, 쓰는 순간 바로 느껴져요" (reading 22, s1923, s8005: "'~에멀젼의 …제형, 쓰는 순간'
        # 구문이 어색"): a whole clause, the product its object
        # never "{product}은 쓰자마자 {feel}이 느껴져요" (reading 24, s5468, s7114: "'쓰자마자 손으로도 쉽게 나는
        # 거품이 느껴져요' 어색"): the feel is met, whatever it is
        # never "{product}을 꺼내 쓰면 {feel}부터 바로 만나게 돼요" (readings 57-60, s5924: "번역투"): the feel as
        # what the reader will like first (a finish too: "…은은하게 도는 광이라 부담 없이 시작" gave no reason)
        "{product}은 {feel}부터 마음에 들 거예요.",
    ),
    2: ("요즘 {product}, 잘 쓰고 계신가요?", "{product}과 함께하는 루틴, 잘 이어 가고 계신가요?"),
    3: ("지금 루틴에 한 단계를 더할 때가 됐다면 {product}부터 살펴보세요.",),
    4: (
        "{product}이 손에 익었다면 가까운 분께도 권하기 좋아요.",
        "{product}을 써 보고 좋았다면 비슷한 고민을 하는 가까운 분께도 반가운 소식이 돼요.",
    ),
}

# The first-use hooks that say the reader has the product in hand, and what a reader whose first order is still ahead
# is told instead (reading 30, s2766, s1811: "'꺼내 쓰면'과 첫 주문 혜택이 섞임"): the first try ahead of them
FIRST_ORDER_HOOKS = {
    # no "처음" beside the usage step's "처음 쓰실 때는" ("'처음' 반복")
    # never "{product}의 첫인상은 {feel}(이)에요" (reading 60, s3131: "'첫인상은 제형이에요' 어색")
    # (nor "…부터 눈여겨볼 만해요": the translated "…부터 살펴볼 만" frame of reading 52)
    "{product}은 {feel}부터 마음에 들 거예요.": "{product}은 {feel}이 특히 매력적이에요.",
    "{product}을 꺼낸 이번 주에는 {feel}부터 직접 느껴 볼 때예요.": (
        "{product}은 이번 주에 {feel}을 직접 확인해 보세요."
    ),
    "새로 들이신 {product}, 이번 주에 꺼내 써 보기 좋은 때예요.": "{product}, 이번 주에 시작해 보기 좋은 때예요.",
}
# the usage step to one whose first order is still ahead: how to use it once it comes, never "처음 쓰실 때는 …" of a
# product in hand (s8022)
ORDER_USAGE_LEAD = "받으신 뒤에는 "
# A first-use message with a live broadcast closes on its alert, after the event's how ("…라이브 방송이 열려요. 방송
# 일정은 알림을 신청하시면 미리 알려 드려요"): never the stage's "사용 팁을 살펴보고 …" beside it (reading 31, s3112:
# "라이브·팁 CTA가 겹침"), nor the event's ask that says the schedule and the alert again
# never "라이브를 보며 그대로 따라 해 보세요" (reading 79, s2587: "일정 미정인데 '지금 라이브를 보며'는 어긋남"; 114 of
# 3,600 long messages): the schedule comes with the alert the sentence before offers
# nor "안내받은 일정에 맞춰 라이브로 따라 해 보세요" right after "…라이브 방송이 열려요. 방송 일정은 알림을 …"
# (round 35: "일정" said twice in 114 of 4,800 grid messages): the time the alert gives; the close still names the
# live its button leads to (test_long_r30)
LIVE_SCHEDULED = "안내받은 시간에 맞춰 라이브로"
LIVE_ALERTED = "방송 알림을 받아 두고 라이브로"  # a text that left the alert out (forms._styled_close)
LIVE_CLOSE = f"{LIVE_SCHEDULED} 따라 해 보세요."
STARTED_HOOK_LEAD = ", 이제 막 쓰기 시작하셨나요?"
# after STARTED_HOOK_LEAD, never "오늘부터 …" (plan.py) nor "오늘도 잊지 말고 …" (round 42, reading 102, s5238:
# "첫 사용에 '오늘도 잊지 말고'가 어색"): a reader who has just begun keeps it up until it is part of the routine
STARTED_CLOSE = "{product}을 루틴에 넣어 꾸준히 써 보세요."  # never "매일": a weekly pack
# before a first-order offer the reader has not bought yet (plan.py)
# (never "첫 주문으로 눈여겨보고 계셨나요?": reading 79, s4105, "'첫 주문으로 눈여겨보고' 어색"; 29 of 3,600 long
# messages)
FIRST_ORDER_HOOK_LEAD = ", 첫 주문을 고민하고 계셨나요?"
# A first-use close for a reader whose first order is still ahead, by tone: the offer is the way to try the product
# (each says "써 보", the word of the first-order buttons "한 번 써보기" and "지금 시작하기").
FIRST_ORDER_CLOSES: dict[Tone | None, str] = {
    None: "이번 혜택으로 {product}을 처음 써 보세요.",
    Tone.friendly: "이번 혜택으로 {product}을 한 번 써 보세요.",  # never "혜택이 있을 때" (a deadline: s9433)
    Tone.expert: "쓰는 법을 확인하고 이번 혜택으로 직접 써 보세요.",
    Tone.trendy: "궁금했던 {product}, 이번 혜택으로 바로 써 보세요.",
    Tone.luxurious: "{product}, 이번 혜택과 함께 직접 써 보세요.",
    Tone.emotional: "{product}의 첫 느낌, 이번 혜택으로 직접 써 보세요.",
}

# A premium line's close (a brand that never talks price, or a product from PREMIUM_TRY_PRICE up) asks to try it
# as the house would: never "한 번 써 보세요", "가볍게 한 번", "혜택이 있을 때" (reading 43, s2335: 설화수 진설아이크림
# 250,000원, "25만 원 설화수에 '한 번 써 보세요'는 가벼움", "'혜택이 있을 때 한 번 써 보세요'는 격에 안 맞음")
PREMIUM_TRY_PRICE = 50_000  # KRW, as sms.STOCKPILE_PRICE: from here "쟁여" and "한 번" read cheap
PREMIUM_TRY_CLOSES = (
    ("혜택이 있을 때 ", "이번 혜택과 함께 "),
    ("가볍게 한 번 써 보", "직접 써 보"),
    ("한 번 써 보", "직접 써 보"),
)

# the trend reader's ask (angles.py) to a reader who has just got the product: "새로운 재미" is what they bought
NEW_FUN_ASK = "요즘 루틴에 새로운 재미가 필요하신가요?"
FIRST_USE_FUN_ASK = "새 제품은 받자마자 써 봐야 직성이 풀리시나요?"

# Revenue: the reader knows the line and is deciding to buy; the time style speaks of choosing
# now, not of a first meeting ("만나 보기").
CHOOSING_HOOKS: dict[int, tuple[str, ...]] = {
    0: (
        "이번 주는 {product}으로 루틴에 작은 변화를 더하기 좋은 때예요.",
        "새 {category}을 들일 생각이었다면 오늘이 시작하기 좋은 날이에요.",
        "이번 주에 새 {category}을 고른다면 {feature}을 눈여겨볼 만해요.",  # never "{season}이 깊어지기 전"
        "{product}을 두고 고민하셨다면 이번 주가 들이기 좋은 때예요.",
    ),
}
# The stages whose reader the style's own hooks would misread: their hooks by style.
STAGE_STYLE_HOOKS: dict[int, dict[int, tuple[str, ...]]] = {1: FIRST_USE_HOOKS, 3: CHOOSING_HOOKS}

# Fear of missing out for a first-use reader: the right first steps, not the product itself.
# never "…을 처음 쓸 때 놓치기 쉬운 점만 정리했어요" (reading 22, s1424: a tip promised, a description given): it
# points to the usage step the message carries (PROMISES_USAGE keeps it beside one)
FIRST_USE_FOMO_HOOKS = ("{product}의 사용감을 처음부터 놓치지 않도록, 아래 쓰는 법을 먼저 확인해 보세요.",)
# Hooks that already say what the reader would miss: the message says it no second time.
FOMO_HOOKS = frozenset(
    {
        *STYLE_HOOKS[2],
        *FIRST_USE_FOMO_HOOKS,
        *(line for by_style in USER_HOOKS.values() for line in by_style[2]),
    }
)
OPENER_HOOK = "{opener}"
# Where no hook of the style fits the product and no fact opens it: the product itself, then what it is.
# never "{product}, 어떤 {category}인지부터 짧게 소개해 드릴게요" (reading 21: "도입부 군더더기"): said plainly
# never "{brand}의 {product}을 소개해 드려요." (readings 92-93, s2876: "'소개해 드립니다'로 밋밋하게 시작"): whom it is
# for (the reader's own lead-in, angles.py) is the hook, then the product
PLAIN_HOOK = "{lead_in} {brand}의 {product}을 권해 드려요."
# to a reader who uses it (routine, referral, the next-step guide): never introduced to what they use
USER_PLAIN_HOOK = "{brand}의 {product}을 매일 곁에 두고 쓰시는 분께 전해 드려요."

# The style said once where the hook does not carry it (time, feeling, season), by stage: a
# statement, never a second request, never a deadline, number or scarcity the brief lacks.
FEEL_FIRST = "사용감부터 마음에 들어야"  # said only beside a sentence that says the feel (plan._style_line)
STYLE_LINES: dict[int, dict[int, tuple[str, ...]]] = {
    0: {
        0: (
            "새 {category}을 찾고 있었다면 이번 주에 먼저 알아 두면 좋아요.",  # never "{season}이 깊어지기 전"
            "눈여겨보던 {category}이 있었다면 이번 주가 알아보기 좋은 때예요.",
        ),
        1: (
            # never "…첫 사용은 미루지 않고/말고 …" (reading 24, s5860: the hook's frame, "어색")
            "새 제품은 이번 주에 바로 써 보면 내 피부에 맞는지 빨리 알 수 있어요.",
            "첫 사용은 오늘부터 가볍게 시작해도 충분해요.",
        ),
        2: (
            "남은 양이 절반 아래라면 이번 주가 채워 두기 좋은 때예요.",
            "이번 주에 남은 양을 한 번 확인해 두면 마음이 편해요.",
        ),
        3: (
            "이 {category}을 두고 고민하셨다면 이번 주가 들이기 좋은 때예요.",
            "오래 고민한 {category}(이)라면 이번 주에는 결정해 볼 만해요.",
        ),
        4: (
            "써 보고 좋았던 느낌이 생생한 이번 주가 권하기 좋은 때예요.",
            "좋았던 기억은 오늘 바로 나눌 때 더 잘 전해져요.",
        ),
    },
    # the feeling said of this reader's time with the product, never a stock mood ("… 큰 위로예요", "첫날의
    # 설렘은 오래 기억에 남아요": readings 10 and 11). Round 38 (readings 92-93, s2876: "'오래 곁에 두게 됩니다' 같은
    # 상투 문장이 겉돌고"; s6264, s4138: "새 선크림을 쓰는 짧은 순간만큼은 여유 있게 즐겨 보기 좋아요" a "군더더기";
    # 232 of 2,400 long bodies said one of these lines, and none said a fact): each line carries the product's own
    # feel ({feel}, plan values), and where the message has said it already the line goes (plan._style_line)
    3: {
        0: (  # never "… 쓰는 몇 분 동안은 마음이 한결 느긋해져요" (reading 12: filler)
            # never "바쁜 날에도 이 {category}을 쓰는 {span}만큼은 기분 좋게 나를 챙길 수 있어요" (round 38: no fact)
            "{feel} 덕분에 이 {category}을 쓰는 {span}만큼은 기분 좋게 나를 챙길 수 있어요.",
        ),
        1: (
            # never "여유 있는 때에 처음 써 보면 …" (reading 19: "군더더기"; "처음" beside the step's "처음 쓰실 때는")
            # nor "쓰는 동안 잠시 여유를 두면 이 {category}의 사용감이 더 또렷하게 느껴져요" (reading 22: "채움 문장")
            # never "새 {category}을 여는 날은 그 자체로 작은 기분 전환이 돼요" (reading 30: "상투적"), "손에 익어 가는
            # 며칠도 …" (readings 49-52), "…하루의 작은 즐거움으로 남아요" (readings 53-56), "…친해지는 며칠은 …
            # 설레요" (readings 57-60), "…{span}이 하루 중 조금 더 기다려져요" (readings 77-79), nor "새 {category}을
            # 쓰는 {span}만큼은 여유 있게 즐겨 보기 좋아요" (readings 92-93, s4138: "군더더기"; 77 of 2,400 long
            # bodies): what this product makes of the few minutes
            # (no "피부에 맞아 가는": a lip tint or a shampoo is not felt on the face; no "손끝에 닿는": reading 13)
            "{feel} 덕분에 새 {category}을 쓰는 {span}이 한결 편안해요.",  # no third "좋아요" (test_long_r34)
        ),
        2: (  # never "… 쓰는 짧은 순간 동안은 바쁜 날에도 마음이 차분해져요" (reading 12: forced)
            # never "익숙한 사용감이라 피곤한 날에도 …" (round 38: a feel named by no fact)
            "피곤한 날에도 {feel} 덕분에 이 {category}만큼은 편안하게 챙길 수 있어요.",
        ),
        3: (
            # never "매일 손이 갈 {category}(이)라면 쓰는 {span}이 즐거운지도 살펴보게 돼요" (reading 19: "어색"), "…
            # 떠올려 보면 고르기가 쉬워져요" (reading 15: stock), "…이 {category}을 고르는 기준이 돼요" (reading 21),
            # "{moment}에도 편안하게 꺼내 쓸 …" (reading 87, s4269), "자주 손이 갈 {category}(이)라면 사용감부터 마음에
            # 들어야 해요" (reading 84, s8820) nor "{moment}에 마음 편히 손이 가는 {category}(이)라면 오래 곁에 두게
            # 돼요" (readings 92-93, s2876: "'오래 곁에 두게 됩니다'가 상투적"; 45 of 2,400 long bodies): why this
            # one is reached for every day, its own feel
            # nor "{feel} 덕분에 이 {category}에는 마음 편히 손이 가요" (round 42, readings 102-105: "마음 편히 손이
            # 가요" read as a stock frame, s5238, s7783): what the feel makes of daily use
            "{feel} 덕분에 이 {category}은 매일 써도 부담이 없어요.",  # a verb: no second definition of a lip
        ),
        4: (
            # never "직접 써 보고 좋았던 점을 곁들이면 이 {category} 이야기가 더 생생하게 전해져요" nor "곁에서 직접
            # 쓰는 사람의 이야기라 받는 분도 이 {category}을 안심하고 만날 수 있어요" (round 38: 22 of 2,400 long
            # bodies, no fact): the feel the reader can tell of
            # no third "써 본", nor "가까운"/"고르" beside a close that asks to "골라 가까운 분께" (reading 25, s5860)
            "{feel}처럼 직접 느낀 점을 곁들이면 마음이 더 잘 전해져요.",
        ),
    },
}
# the emotional style where the message has no selling point left to say: the reader's moment with an ingredient it
# has not named, else (no fact left) the moment alone; never "그 {head} 덕분에 …만큼은 기분 좋게 챙길 수 있어요"
# (readings 94-95: pointed back across a patch tip)
# Round 42 (readings 102-105): never "{moment}에도 … 이 {category}에는 마음 편히 손이 가요" ("틀 문장", s5238, s7870;
# "기분 전환이 필요한 날에도 … 손이 갑니다", s7783; "바쁜 아침저녁에도" of a weekly pack and a remover, s2949, s3717):
# the reader's own time of care, which any kind of product and any moment fits
MOMENT_HELD_LINE = "{held}을 담은 이 {category}으로 나를 돌보는 시간이 한결 여유로워져요."
MOMENT_FELT_LINE = "이 {category}으로 나를 돌보는 시간이 한결 여유로워져요."  # a verb: no second definition
# How long one use takes, by kind of product (reader.product_kind): a mist or a cleanser is used in
# seconds, so its emotional line never speaks of "쓰는 몇 분" (reading 9, s3574).
QUICK_KINDS = frozenset({"mist", "sun", "base", "lip", "hair", "eye", "pad", "cleanser"})
USE_SPANS = {True: "짧은 순간", False: "몇 분"}  # quick or not
URGENT_OFFER_LINE = "혜택이 있는 이번 주에 시작하기 좋아요."  # urgency beside a promotion: no date invented
# The seasonal style, said of the product's own fact (plan._season_fact): never "{season}에는 {category} 하나도 조금 더
# 꼼꼼히 챙기게 돼요" nor "…하나도 계절에 맞게 챙기게 돼요" (reading 26 and 27: a stock frame that fitted any product,
# about 180 long messages in 3,600). By the reader (choosing, just started, keeping it up): where the fact answers the
# season ("촉촉한 보호막" in winter) the season is the reason; where it does not, the season only sets when to look at
# it.
SEASON_FACT_LINES: dict[str, tuple[str, ...]] = {
    "new": (
        # never "{season}에 이 {category}을 눈여겨볼 이유는 {season_fact}(이)에요." (readings 96-97, s2051: "'눈여겨볼
        # 이유는 … 로션 제형입니다' 연결이 어색"): a reason said as a noun phrase; the fact is what the season is
        # glad of
        "{season}에 이 {category}이 반가운 건 {season_fact} 덕분이에요.",
        "{season_fact}(이)라 {season}에 이 {category}을 들여 볼 만해요.",
    ),
    "first": (
        "{season_fact}(이)라 이 {category}은 {season}에 쓰기 시작하기 좋아요.",
        "{season}에 새로 들인 이 {category}은 {season_fact}이 특히 잘 어울려요.",
    ),
    "user": (
        "{season}에도 이 {category}을 꾸준히 찾게 되는 건 {season_fact} 덕분이에요.",
        "{season_fact}(이)라 이 {category}은 {season}에도 꾸준히 쓰기 좋아요.",
    ),
    # a first-use reader whose first order is still ahead (a first-order event): never "{season}에 새로 들인 이 …"
    # before "첫 주문을 고민하고 계셨나요?" (reading 30, s1811, s2766: "'새로 들인'과 '첫 주문'이 모순")
    "order": (
        "{season_fact}(이)라 이 {category}은 {season}에 새로 들여 보기 좋아요.",
        "{season}에 새로 들인다면 이 {category}은 {season_fact}을 눈여겨볼 만해요.",
    ),
}
SEASON_PLAIN_LINES: dict[str, tuple[str, ...]] = {
    # never "{season}에 이 {category}을 고른다면 {season_fact}에 먼저 눈이 가요." (readings 96-97, s3071: "'겨울에
    # 찾는다면 … 눈이 갑니다' 문장이 어색", once SAID_ONCE made it "겨울에 찾는다면"): the fact as a reason to bring
    # it in
    "new": ("{season_fact}(이)라는 점, {season}에 이 {category}을 들일 이유로 충분해요.",),
    # never "{season}에 새로 들인 이 {category}의 {season_fact}을 …": before a fact that opens on a clause the genitive
    # ties the product to its first words ("겨울에 새로 들인 이 앰플의 피곤해 보이는 날 더하는 생기를", reading 58,
    # s5924: "첫 문장 '앰플의 … 생기를' 비문"; 19 of 6,000 grid messages)
    "first": ("{season}에 새로 들인 {category}(이)라면 {season_fact}을 직접 확인해 보세요.",),
    "user": ("{season}에도 {season_fact}(이)라 이 {category}은 부담 없이 손이 가요.",),  # no "이어 쓰게" (s3173)
    "order": ("{season}에 새로 들인다면 이 {category}은 {season_fact}을 눈여겨볼 만해요.",),
}
SEASON_READERS = {0: "new", 1: "first", 2: "user", 3: "new"}
ORDER_READER = "order"  # the activation reader of a first-order event (plan.py)
# where the message says every fact already (or the product has none): the season and the kind, no claim
SEASON_BARE_LINES = {
    # never "…을 찾고 있었다면 이 제품도 후보에 둘 만해요" (readings 42-44, s7599, s2472, s3592, s5244: "'후보에 둘
    # 만합니다'로 전환 힘이 약함", "설화수 격에 안 맞음"; 61 of 3,600 long messages): the product is put forward
    "new": "{season}에 새로 들일 {category}을 찾고 있었다면 눈여겨볼 만한 제품이 있어요.",
    # never "…쓰기 시작하는 이 {category}, 첫 느낌부터 차근차근 만나 보기 좋아요" (readings 33-36, s9216, s5432, s1171:
    # "'첫 느낌부터 차근차근 만나 보기 좋아요' 어색", "'시작' 반복")
    # nor "…, 손에 익을 때까지 며칠 꾸준히 써 보기 좋아요" (readings 41-43, s4681, s9143, s3546: "'손에 익을 때까지
    # 써 보기 좋아요' 어색", "'새로 들인' 반복" beside the close "새로 들인 템, …"; 21 of 3,600)
    # nor "{season}에 들인 이 {category}, 며칠만 써도 금세 손에 익어요" (readings 45-48, s9534, s2558, s1705, s7650:
    # "'온도 차가 커지는 겨울, … 며칠만 써도 손에 익어요' 연결 어색", "시트 마스크에 어색"; 21 of 3,600): the season
    # is why the new one is kept up, no "루틴" (the close keeps its own)
    # nor "{season}에는 이번에 들인 {category}부터 빠짐없이 챙기게 돼요" beside the hook's "…부터 바로 만나게 돼요"
    # (readings 53-56, s4111: "'빠짐없이 챙기게 돼요', '바로 만나게 돼요' 등 어색", "'~게 돼요' 반복"): what keeping
    # it up gives the reader in this season, said as a feeling
    "first": "{season}에는 이번에 들인 {category}을 빠뜨리지 않고 챙겨 쓰는 것만으로도 든든해요.",
    # never "{season}에도 이 {category}만큼은 꾸준히 이어 쓰게 돼요." (readings 96-97, s7882: "고객 입장을 대신 말하는
    # '이어 쓰게 돼요'가 어색"): what the product allows, not what the reader is said to do
    "user": "{season}에도 이 {category}은 꾸준히 이어 쓰기 좋아요.",
    "order": "{season}에 새 {category}을 들일 생각이었다면 이 제품으로 시작해 보기 좋아요.",
}
# the same where what the product is answers the season's scene (plan._answers_season): a bare "{season}에" read as
# no season at all (round 24, readings 33-36: "계절감 없음")
SEASON_SCENE_BARE_LINES = {
    "new": "{season_scene}, 새로 들일 {category}을 찾고 있었다면 눈여겨볼 만한 제품이 있어요.",
    "first": "{season_scene}에는 이번에 들인 {category}을 빠뜨리지 않고 챙겨 쓰는 것만으로도 든든해요.",
    "user": "{season_scene}에도 이 {category}은 꾸준히 이어 쓰기 좋아요.",
    "order": "{season_scene}, 새 {category}을 들일 생각이었다면 이 제품으로 시작해 보기 좋아요.",
}
# the seasonal style in a referral: why now is a good time to tell a friend, never "{season} 안부를 전하는 자리에 이
# {category}을 함께 건네도" (reading 16: a gift beside the friend's recommendation, "안부+쿠션 연결 억지")
# never "…직접 써 본 느낌이 믿음직한 정보가 돼요" before the close "써 본 느낌, 친구에게 공유해 보세요" (said twice)
SEASON_SHARE_LINE = "같은 {season}을 보내는 분께는 이 {category}을 매일 쓰는 분의 솔직한 한마디가 믿음직한 정보가 돼요."
# after a share line that quotes the reader's own words ("…는 한마디가 안심되는 추천이 돼요"): the season said of that
# quote, never a second "…한마디가 …이 돼요" (readings 28-29, s7520, s8621: "'한마디' 문장이 두 번 반복", 94 of 3,600)
SEASON_SHARE_AFTER = "같은 {season}을 보내는 분이라면 더 반갑게 들을 이야기예요."
SEASON_GIFT_LINE = "{season}에는 손에 익은 {category} 하나가 받는 분께도 반가운 선물이 돼요."  # a gift referral
# the same where the product answers the season's scene (plan._answers_season)
SEASON_GIFT_SCENE_LINE = "{season_scene}에는 손에 익은 {category} 하나가 받는 분께도 반가운 선물이 돼요."
# What a gift referral never says beside its gift: recommending it to a friend is a second ask (reading 16:
# "선물·콘텐츠·친구 추천이 뒤섞여 초점 흐림").
RECOMMENDING = re.compile("권하|권할|권한|권해|가까운 분께도")

# ---- the product line: names the product and says what it is (one definition per message) ------
PRODUCT_LINES: dict[Tone | None, tuple[str, ...]] = {  # to a reader who is choosing
    # never "{definition}, {product}(이)에요." (reading 32, s1261: "어린쑥과 어성초 추출물을 담은 미스트, 어린쑥 트러블
    # 미스트예요": "제품명 소개 문장이 어색함"): the name first, then what it is
    None: ("{product}은 {definition}(이)에요.", "{product}, {definition}(이)에요."),
    # "이번에": the hooks and closes say "오늘" (reading 21: "'오늘' 반복")
    Tone.friendly: ("이번에 소개해 드릴 {product}은 {definition}(이)에요.", "{definition}, {product}을 소개해 드려요."),
    Tone.expert: ("{product}은 {definition}(이)에요.", "{definition}, {product}을 소개해 드려요."),
    Tone.trendy: ("요즘 루틴에 들이기 좋은 {product}은 {definition}(이)에요.", "{product}은 {definition}(이)에요."),
    Tone.luxurious: ("{product}은 {definition}(이)에요.", "{definition}, {product}을 소개해 드려요."),
    Tone.emotional: ("{product}은 {definition}(이)에요.", "{product}, {definition}(이)에요."),
}
FIRST_USE_PRODUCT_LINES: dict[Tone | None, tuple[str, ...]] = {  # activation: just bought, not to be met again
    None: ("{product}은 {definition}(이)에요.", "새로 들이신 {product}은 {definition}(이)에요."),
    Tone.friendly: ("새로 들이신 {product}은 {definition}(이)에요.", "{product}은 {definition}(이)에요."),
    Tone.expert: ("{product}은 {definition}(이)에요.", "새로 들이신 {product}은 {definition}(이)에요."),
    Tone.trendy: ("새로 들이신 {product}은 {definition}(이)에요.", "{product}은 {definition}(이)에요."),
    Tone.luxurious: ("{product}은 {definition}(이)에요.", "새로 곁에 두신 {product}은 {definition}(이)에요."),
    Tone.emotional: ("처음 함께하는 {product}은 {definition}(이)에요.", "{product}은 {definition}(이)에요."),
}
USER_PRODUCT_LINES: dict[Tone | None, tuple[str, ...]] = {  # to a reader who already uses it
    None: ("쓰고 계신 {product}은 {definition}(이)에요.", "{product}은 {definition}(이)에요."),
    Tone.friendly: ("쓰고 계신 {product}은 {definition}(이)에요.", "{product}은 {definition}(이)에요."),
    Tone.expert: ("쓰고 계신 {product}은 {definition}(이)에요.", "{product}은 {definition}(이)에요."),
    Tone.trendy: ("쓰고 계신 {product}은 {definition}(이)에요.", "{product}은 {definition}(이)에요."),
    Tone.luxurious: ("곁에 두고 쓰시는 {product}은 {definition}(이)에요.", "{product}은 {definition}(이)에요."),
    Tone.emotional: ("곁에 두고 쓰시는 {product}은 {definition}(이)에요.", "{product}은 {definition}(이)에요."),
}
RENAMED_LINE = "{definition}(이)에요."  # after a hook that named the product: no name, no "이 크림은"
NAME_ONLY_LINES = ("{brand}의 {product} 소식을 전해 드려요.", "{brand}이 준비한 {product}을 소개해 드려요.")

# ---- proof: features, a review paraphrase, ingredients, price for budget readers -------------
# Why it suits this reader: the feature that best fits the angle, framed by the reader's concern.
# Stated as a fact the reader cares about, never as another request (the close is the only one).
REASON_LINES: dict[str, str] = {
    "luxury": "{feature}(이)라 오래 두고 쓸 한 가지로 눈여겨볼 만해요.",  # no "정성 들인 관리" (reading 19)
    # never "먼저 살펴볼 점은 … 편안함이에요", which reads as a catalog point turned into a noun (reading 11)
    "sensitive": "{feature}(이)라 예민한 날에도 무리 없이 쓸 수 있어요.",
    # the reason is said as the catalog gives it: it carries no word SAID_ONCE rewrites ("매일", "편하게")
    "budget": "{feature}(이)라 자주 써도 부담이 없어요.",
    # never "요즘 루틴에": the trendy product line says it ("요즘 루틴에 들이기 좋은 …", reading 12)
    "trend": "{feature}(이)라 새로 들여 보기 좋아요.",
    "natural": "{feature}(이)라 늘 쓰는 루틴에 자연스럽게 어울려요.",
}
USER_REASON_LINES: dict[str, str] = {  # to a reader who already uses it (stages 2 and 4): nothing "to find"
    # never "…첫 단계라 오래 곁에 두고 이어 가기 좋아요" (reading 58, s2341: a feature as the reason to keep going,
    # "비문", "추천 맥락과 어긋남"): what the feature does for one who uses it
    # nor "{feature}(이)라 관리에서 빼놓지 않게 돼요" (readings 96-97, s9196: "'엠보싱 면으로 매끈하게 정돈하는
    # 피부결이라 관리에서 빼놓지 않게 됩니다' 연결이 어색"): a feature whose head is what it gives (피부결) is no cause,
    # and the reader's habit is theirs to say; the feature is named, then what keeping it close shows of it
    "luxury": "{feature}, 오래 곁에 두고 쓸수록 믿음이 가는 부분이에요.",
    "sensitive": "예민한 날에도 손이 가는 건 {feature} 덕분이에요.",
    "budget": "{feature}(이)라 꾸준히 쓰기 좋아요.",
    "trend": "{feature}(이)라 요즘 루틴에도 잘 어울려요.",
    "natural": "{feature}(이)라 꾸준히 이어 쓰기 좋아요.",
}
# A referral: who this reader might pass the product on to, in the reader's own terms (stage 4).
SHARE_LINES: dict[str, str] = {  # each gives the reader something true to pass on, the ingredient by its name
    # (reading 11: "어떤 원료를 담았는지부터 이야기해 주라" named none), said as the reader would say it to a friend:
    # never "…께 권할 때는 …을 담았다는 점부터 이야기하면 잘 전해져요" (reading 16: the tell-a-friend template)
    "luxury": "좋은 걸 알아보는 지인에게는 ‘{key_ingredient}을 담아 믿고 쓴다’는 한마디가 든든한 추천이 돼요.",
    "sensitive": "피부가 예민한 지인에게는 ‘성분표부터 같이 보자’는 한마디가 안심되는 추천이 돼요.",
    "budget": "실속을 따지는 지인에게는 ‘{volume} 용량이라 넉넉하더라’는 한마디가 솔깃한 추천이 돼요.",
    "trend": (
        "새로 나온 제품을 좋아하는 친구에게는 ‘{key_ingredient}이 들었는데 써 보니 좋더라’는 한마디가 "
        "솔깃한 추천이 돼요."
    ),
    "natural": "원료를 꼼꼼히 살피는 지인에게는 ‘{key_ingredient}이 들어 있더라’는 한마디면 이야기가 쉽게 풀려요.",
}
# the quote says it was tried; the line around it does not say so again (reading 25, s5860: "'써 본' 반복")
SHARE_PLAIN = "‘써 보니 좋더라’는 한마디가 긴 설명보다 잘 전해져요."
# where no ingredient is one a friend would repeat (plan.UNREPEATABLE): the feel, as the reader would say it
# no "가까운 분께도" here: the referral close asks to tell "가까운 분" (reading 21: "'가까운 분께' 반복")
SHARE_FEEL = "‘{feel}(이)라 좋더라’는 한마디면 충분해요."  # a product known by name only
# The first sentence for an informative opener: one fact this reader looks for, naming the product.
# Keys: the angle, then the fact it rests on (price, review, ingredient, feature); plan.py picks
# the first whose fact the evidence has.
# the luxury opener for a signature the name says: what the formula adds to it, never the name said back
# Never "성분부터 살펴보면, {product}에는 {ingredient}이 담겨 있어요. {definition}이에요." (reading 32: "문장이 뚝뚝
# 끊김", "조립한 듯한 문장"): the ingredient is said with what it is for this reader, who chooses by it.
# Never "{product}에는 {ingredient}이 담겨 있어, 성분을 따져 고르는 분도 믿고 쓰기 좋아요" (reading 87, s7777:
# "'레티놀이 담겨 믿고 쓰기 좋다' 논리 비약", "'담아'가 겹치고" beside the definition's "…을 담아"): the ingredient
# is what this reader looks for, said as their gladness to find it, never as a reason to trust the product
OPENER_ADDED = "성분표부터 살피는 분이라면 {ingredient}에 {other}을 더한 {product}이 반가울 거예요."
OPENER_INGREDIENT = "성분표부터 살피는 분이라면 {product}에 든 {ingredient}이 반가울 거예요."
# the same where the definition follows it (plan.RENAMED_LINE): one sentence, what it is and what it holds
OPENER_JOINED = "{product}은 {definition}으로, 성분을 꼼꼼히 보는 분이 믿고 고를 수 있게 {ingredient}을 담았어요."
OPENER_ADDED_JOINED = "{product}은 {definition}으로, {ingredient}에 {other}을 더했어요."
OPENER_FELT = "{product}은 {feature}을 직접 느껴 보는 재미가 있어요."
OPENER_SEEN = "{product}은 {feature}을 직접 눈으로 확인하는 재미가 있어요."  # a colour or a finish is seen
OPENER_TRIED = "{product}은 {feature}을 직접 써 보는 재미가 있어요."  # a format ("…스틱 타입") is tried
OPENERS: dict[str, tuple[tuple[str, str], ...]] = {
    "luxury": (
        ("ingredient", OPENER_INGREDIENT),
        ("review", "{product}을 써 본 분들의 후기 중에는 {review} 이야기가 있어요."),
    ),
    "sensitive": (
        ("reason", "{product}은 {reason}(이)라 예민한 날에도 편하게 쓰기 좋아요."),
        ("review", "{product}을 써 본 분들의 후기 중에는 {review} 이야기가 있어요."),
    ),
    "budget": (
        ("price", "{product}은 {volume} 용량에 정가 {price}원이에요."),
        ("review", "{product}을 써 본 분들의 후기 중에는 {review} 이야기가 있어요."),
    ),
    "trend": (
        # never "먼저 눈에 띄는 건" (상투적) nor "요즘 {product}은 {feature}부터 눈에 들어와요" (reading 23, s4276:
        # "'요즘 … 눈에 들어옵니다' 어색", s8594: "'요즘 눈에 띄는' 근거 없음"): what a trend reader tries it for
        # never "{product}은 {feature}부터 써 보는 재미가 있어요" (readings 62-65, s5245: "'다음 농도부터 써 보는 재미가
        # 있습니다' 비문"; "…팁부터", "…단계부터" in 63 of 3,600): a feel of the product, felt (plan._opener)
        ("feature", OPENER_FELT),
        # what users talk about, the trend reader's "요즘 이야기되는 것" (round 41: "…의 후기 중에는 … 이야기가 있어요"
        # said it as a record, with none of this reader's point, in 46 of the 453 long trend misses)
        ("review", "{product}을 써 본 분들 사이에서는 {review} 이야기가 먼저 나와요."),
    ),
    "natural": (
        # never "{product}에는 {natural}가 들어 있어요." as a first sentence (readings 92-93, s6264: "성분 한 줄로
        # 갑자기 시작해 흐름이 어색"): the reader who looks for it first, then the product and what it holds
        ("natural", "원료부터 꼼꼼히 살피는 분이라면 {product}에 든 {natural}이 반가울 거예요."),
        ("review", "{product}을 써 본 분들의 후기 중에는 {review} 이야기가 있어요."),
    ),
}
# never "…의 핵심부터 짧게 정리해 드릴게요" (reading 21) nor "{brand}의 {product}을 소개해 드려요" (s2876): PLAIN_HOOK
OPENER_FALLBACK = PLAIN_HOOK
REVIEW_LINES: dict[Tone | None, tuple[str, ...]] = {
    None: ("먼저 써 본 분들은 {review} 후기를 남겼어요.", "후기에서도 {review} 평을 만날 수 있어요."),
    Tone.trendy: ("써 본 분들 후기 중에는 {review} 이야기도 있어요.",),
    # friendly and luxurious no longer fall back on the plain "먼저 써 본 분들은 … 후기를 남겼어요" (reading 15: the
    # same frame in one long message of ten)
    Tone.friendly: ("써 본 분들은 {review} 후기도 남겨 주셨어요.", "먼저 써 본 분들은 {review} 후기를 남겼어요."),
    Tone.luxurious: ("먼저 경험해 본 분들은 {review} 후기를 전해 주셨어요.",),
    Tone.expert: ("먼저 써 본 분의 후기에는 {review} 평이 있어요.",),
    Tone.emotional: ("먼저 써 본 분은 {review} 이야기를 후기로 남겼어요.",),
}
# The ingredients said as this reader reads a label, by angle (reading 15: "<X>·<X>을 담았어요." in one long
# message of six); each states only which ingredients the catalog lists.
# Never "포뮬러에는 …을 넣었어요/담았어요", "원료 목록에서는 …을 찾을 수 있어요" nor "성분표를 보면 …이 주요 성분이에요"
# (readings 45-48, s2525, s7615, s8635, s9970, s6907, s7721, s5928: "'포뮬러에는' 번역투", "'원료 목록에서는 ~찾을 수
# 있습니다' 딱딱함", "'성분표를 보면 ~가 주요 성분' 부정확하고 딱딱함"; 538 of 6,000 grid messages): each reader's
# own word for the label, in a sentence a copywriter would write
INGREDIENT_LINES: dict[str, tuple[str, ...]] = {
    "luxury": ("핵심 성분으로 {ingredients}을 담았어요.", "{ingredients}을 담았어요."),
    "sensitive": ("주요 성분으로 {ingredients}이 들어 있어요.", "주요 성분은 {ingredients}(이)에요."),
    "budget": ("{ingredients}을 담았어요.", "주요 성분은 {ingredients}(이)에요."),
    "trend": ("눈에 띄는 성분은 {ingredients}(이)에요.", "주목할 성분은 {ingredients}(이)에요."),
    "natural": ("원료로는 {ingredients}을 담았어요.", "{ingredients}을 담았어요."),
}
# Said as a point worth noticing, never "{feature}도 장점이에요" (reading 9, s3017) nor "…가 돋보여요",
# which breaks where the feature is a clause ("덧발라도 답답하지 않은 … 제형").
# Not "…(이)라는 점도 매력이에요" (reading 15: "…피부결이라는 점도 매력", stock).
# Not "하나 더 꼽자면 {feature}이에요" (reading 19: "나열식 조립 느낌") nor "…까지 갖췄어요" (a stock phrase).
# Not "…라는 점도 빼놓을 수 없어요" nor "…도 자주 손이 가는 이유예요" (reading 21: frames that read as assembled):
# the point said as the reader meets it. The first carries no "도" (plan.py picks it for a point that has one).
# Not "…(이)라 손이 자주 가요" nor "…(이)라 쓸수록 손에 익어요" (reading 24, s9447, s2506: "'손이 자주 갑니다/손에 익은'
# 반복", "'묽은 제형이라 쓸수록 손에 익습니다' 논리 어색"): what the point makes easy, said plainly.
SECOND_POINT_LINES = ("{feature}(이)라 쓰기 편해요.", "{feature}(이)라 꾸준히 쓰기 좋아요.")
# A second point that names a step or a form, not a benefit ("메이크업 전 마지막 스킨케어 단계"):
# said as where it goes or how it is used, never as "…도 장점이에요". Keyed by its last word's end.
# A point that names the skin it leaves ("떼어 낸 뒤 … 화사해 보이는 피부") is how it finishes.
KIND_POINT_LINES: dict[str, str] = {
    "단계": "{feature}로 쓰기 좋아요.",
    "타입": "{feature}(이)라 쓰기 편해요.",
    "피부": "{feature}으로 마무리돼요.",
}
PRICE_LINES = ("{volume} 용량에 정가 {price}원이에요.",)
# How to use it, folded into one sentence: "{usage}" is the catalog's step as "…면 돼요".
USAGE_LINES: dict[int, tuple[str, ...]] = {  # by stage; others take the plain step
    # never "첫날부터 어렵지 않아요" (reading 14: a 320,000원 cream explained as "not hard" loses its standing)
    # never "처음 쓰는 날의 순서를 짚어 드려요. {usage}" (reading 21: an announcement before the step itself)
    1: ("처음 쓰실 때는 {usage}", "첫날에는 {usage}"),
    2: ("매일 쓰실 때는 {usage}",),
}
# A product one uses a few times a week (a wash-off or peel-off mask): no "매일" lead-in.
WEEKLY_USAGE_LINES: dict[int, tuple[str, ...]] = {2: ("팩을 하는 날에는 {usage}", "다음에 쓰실 때는 {usage}")}
# The sensitive angle's framing for a product with strong actives: care, not a promise of mildness.
CAREFUL_MOMENT = "피부 상태를 한 번 더 살피게 되는 날"  # true for a reader who is choosing and one who uses it
CAREFUL_NEED = "성분과 쓰는 법"
CAREFUL_NEED_SHORT = "꼼꼼하게 고르는 루틴"
# Fear of missing out without a deadline or a number: what the reader would miss.
# Said once per message: never where the hook already carries it. A fact the reader would miss leads.
# Never "…지나치기엔 아까워요" (readings 82-85, s2044: "'모르고 지나치기엔 아깝다' 같은 군더더기", s4432; 92 of 3,600
# long messages): what the reader would miss is the feel only trying it gives, said plainly
# nor "…, 직접 느껴 보지 않으면 놓치기 쉬워요" (readings 84-87, s9035, s9967: "'직접 느껴 보지 않으면 놓치기 쉽습니다'
# 어색"): what is missed is the chance to feel it
FOMO_LINES = ("{feature}, 직접 느껴 볼 기회를 놓치기엔 아까워요.", "{feature}, 직접 써 봐야 알 수 있어요.")
# no feature to lead with, whether or not a line says how it feels: never "사용감은 직접 써 보지 않으면 놓치기 쉬운
# 부분이에요" where none does (readings 86-89, s9035, s4270: "'놓치기 쉬운 부분'이 어색")
FOMO_PLAIN = "이 {category}의 사용감, 직접 느껴 볼 기회를 놓치기엔 아까워요."
# no feature to lead with, and no sentence that says how it feels: the review the message quotes is what is missed
# (reading 28, s3180: "이 젤의 사용감, 모르고 지나치기엔 아깝습니다" over no word of its feel, "사용감 설명 없이
# '아깝다'고만 함")
FOMO_REVIEWED = "다른 분들이 먼저 알아본 그 느낌, 직접 확인하지 않으면 놓치기 쉬워요."

# What a promotion lets the reader not miss, by stage: never "놓치면 아쉬운 혜택이에요" after every offer
# (reading 15: stock, and read as hype); a statement of what the offer is for this reader, no deadline.
FOMO_OFFER_CLOSES: dict[int, str] = {
    0: "처음 만나 보는 제품이라면 이번 혜택부터 놓치지 않는 게 좋아요.",
    1: "이제 막 시작하는 루틴이라 이번 혜택까지 놓치면 아쉬워요.",
    2: "다시 채울 때가 가까웠다면 이번 혜택을 놓치기 아쉬워요.",
    3: "오래 고민하셨다면 혜택이 있는 지금 들이는 편이 아쉽지 않아요.",
    4: "이번 혜택과 함께 건네면 받는 분께도 더 반가운 선물이 돼요.",
}
USER_FOMO_LINES: dict[int, str] = {  # what would be missed: the right first steps (1), running out (2), sharing (4)
    # never "쓰는 순서와 양을 알맞게 맞춰야 이 …의 사용감을 제대로 만날 수 있어요" (reading 40, s9944, s9977: "스틱에
    # '순서와 양' 같은 채움 문장", "'사용감을 만날 수' 어색"): what a first day holds, once
    # never "쓰는 법을 먼저 보고 시작하면 …" to a reader who has started (readings 49-52, s8290: "이미 쓰기 시작했다면서
    # 먼저 보고 시작하라는 모순")
    1: "사용 순서를 한 번 짚어 두면 이 {category}의 좋은 점을 놓치지 않아요.",  # no "첫날" beside the title
    # never "…크기부터 아쉬워져요" (reading 10, s5209) nor "다 떨어지고 나면 {feature}이 먼저 생각나요" (readings
    # 49-52, s2771, s7837: "'…대용량이 먼저 생각나요' 어색"): the fact is why running out is missed
    # nor "{feature}(이)라 다 떨어지고 나면 …" (round 28: "뿌리기만 해도 산뜻해지는 피부라 …", a result on the skin
    # is no reason the product runs out): the fact is what is missed
    2: "다 떨어지고 나면 {feature}이 바로 아쉬워져요.",
    # never "손에 익은 이 {category}, 혼자만 알고 있기엔 아까워요" under the title "혼자 알기 아까운 …" (reading 24,
    # s3112)
    # never "써 보고 좋았던" nor "좋았던 이 {category}" beside the close's "좋았던 점을 …" (reading 28: "'좋았던'
    # 반복"); what is worth passing on is a fact the message states (reading 28, s3180: "'아깝다'고만 함")
    # nor "…주변에 말하지 않고 넘기기엔 아쉬워요", a second ask beside the close's (reading 28, s2766: "공유·후기 요청이
    # 섞여 조립된 느낌"): what others would miss, said of a fact
    # nor "…매일 쓰는 분이 말해 주지 않으면 모르고 지나치기 쉬워요" (readings 88-89, s4921: "'말해 주지 않으면 모르고
    # 지나치기 쉽다' 문장이 어색함"), nor "…직접 들어야 더 와닿아요" (round 35: no missing-out word left for the
    # style), nor "…놓치기 아까운 …" (a house that talks no price urges no 아깝: plan._house_restrained; and a
    # referral urges sharing once, test_long_forms): what a friend who has not heard of it would miss, as a wish
    4: "{feature}(이)라는 점은 아직 모르는 분이라면 놓치지 않았으면 하는 이야기예요.",
}
REFERRAL_FOMO_PLAIN = "이 {category}이 왜 좋은지는 아직 모르는 분이라면 놓치지 않았으면 하는 이야기예요."  # no feature
# running out, no feature to name: never "매일 쓰던 순서부터 허전해져요" (reading 21: "립 틴트에 '매일 쓰던 순서'
# 어색"; a lip, body or hair product has no face routine, a weekly mask no daily one)
# nor "…다시 찾게 될 거예요": under 합쇼체 "…찾게 될 것입니다", the translated future (12 of 6,000 grid messages)
# nor "다 떨어지고 나면 이 {category}부터 다시 찾게 돼요" (readings 96-97, s7521: "'다시 찾게 돼요'는 단정적"): what
# running out would cost, said as a likelihood (never "빈자리가 아쉬워요", readings 10-11)
USER_FOMO_PLAIN = "다 떨어지고 나면 이 {category} 없는 하루가 허전할 수 있어요."

# How one browses, by brand manner, where the manner's own adverb does not go with 둘러보다.
BROWSE_ADVERB: dict[str, str] = {
    "herbal": "찬찬히",
    "nature": "느긋하게",
    "modern": "여유롭게",
    "bold": "마음 가는 대로",
    "playful": "즐겁게",
    "fresh": "가볍게",
}

# ---- closing lines: the stage's call to action in the tone's words, with the button it asks for ---
CLOSES: dict[int, dict[Tone | None, tuple[str, str]]] = {
    0: {
        None: ("{browse} 둘러보고 {brand}과 첫인사를 나눠 보세요.", "가볍게 둘러보기"),
        Tone.friendly: ("궁금하셨다면 부담 없이 둘러보세요.", "가볍게 둘러보기"),
        Tone.expert: ("성분과 제형 정보부터 확인해 보세요.", "성분 살펴보기"),  # never "부터 먼저" (reading 22)
        Tone.trendy: ("어떤 제품인지 먼저 가볍게 살펴보세요.", "처음 만나보기"),
        Tone.luxurious: ("천천히 살펴보시고, 마음이 닿을 때 만나 보세요.", "브랜드 알아보기"),
        Tone.emotional: ("어떤 느낌일지 궁금했다면 {product}을 만나 보세요.", "처음 만나보기"),
    },
    1: {
        # never "오늘 루틴부터 {product}으로 첫 사용을 시작해 보세요" (reading 22: "'첫 사용을 시작' 중복", and once
        # "오늘" was said, "루틴부터 이 앰플로 시작해 보세요": "앞말이 빠짐", s8594)
        None: ("오늘부터 {product}을 꺼내 써 보세요.", "지금 시작하기"),
        Tone.friendly: ("오늘 저녁 루틴에서 한 번 써 보세요.", "한 번 써보기"),
        Tone.expert: ("쓰는 법을 확인하고 직접 사용감을 느껴 보세요.", "사용법 보기"),
        Tone.trendy: ("오늘 바로 꺼내 써 보세요.", "지금 시작하기"),
        Tone.luxurious: ("첫 사용 팁을 먼저 살펴보고 손끝으로 천천히 느껴 보세요.", "첫 사용 팁 보기"),
        # never "첫 사용의 느낌을 오늘 직접 만나 보세요" (readings 78-81, s1721: "'첫 사용의 느낌을 만나 보세요' 어색";
        # 57 of 3,600 long messages): the reader uses it and enjoys what it feels like
        Tone.emotional: ("오늘 직접 써 보고 그 느낌을 천천히 누려 보세요.", "한 번 써보기"),
    },
    2: {
        None: ("지금처럼 꾸준히 쓰실 수 있게, 다 쓰기 전에 미리 채워 두세요.", "다시 채워두기"),
        Tone.friendly: ("다 써 가기 전에 미리 챙겨 두면 마음이 편해요.", "다시 채워두기"),
        Tone.expert: ("남은 양을 확인하고 다음 사용분을 미리 준비해 두세요.", "오늘 루틴 확인"),
        Tone.trendy: ("최애 루틴이 끊기지 않게, 다 쓰기 전에 미리 쟁여 두세요.", "루틴 이어가기"),
        Tone.luxurious: ("매일 같은 손길로, 오래 이어 가 보세요.", "꾸준히 이어가기"),
        Tone.emotional: ("익숙한 손길이 이어지도록 {product}을 곁에 두세요.", "루틴 이어가기"),
    },
    3: {
        None: ("용량과 가격을 꼼꼼히 살펴보고 내 루틴에 더해 보세요.", "구성 살펴보기"),
        Tone.friendly: ("내 루틴에 맞는지 살펴보고 부담 없이 골라 보세요.", "나에게 맞게 고르기"),
        Tone.expert: ("지금 쓰는 제품과 비교해 보고 내 루틴에 맞는지 확인해 보세요.", "비교해 보기"),
        # a choosing close asks for this product, in few words: never "지금 내 루틴에 맞는지 보고 골라 담아 보세요"
        # (readings 33-36: "'골라 담아 보시면 좋겠습니다' 어색") nor "용량과 구성을 여유 있게 살펴보고 오래 곁에 둘
        # {category}을 들여 보세요" ("…내 루틴에 맞는 에멀전을 혜택이 있을 때 들여 보십시오": "마지막 문장 장황")
        Tone.trendy: ("지금 내 루틴에 맞는지 보고 {product}을 골라 보세요.", "나에게 맞게 고르기"),
        # never "…곁에 둘 {product}을 들여 보세요" (reading 40: "'곁에 둘 이 선크림을 들여 보십시오'" 어색)
        Tone.luxurious: ("용량과 구성을 살펴보고 {product}을 골라 보세요.", "구성 살펴보기"),
        # never "{moment}에 손이 갈 {category}(이)라면 오늘 골라 보세요." (reading 32, s1261: "마무리 조건문 어색")
        Tone.emotional: ("{moment}에 꺼내 쓸 {category}, 오늘 골라 보세요.", "나에게 맞게 고르기"),
    },
    4: {
        None: ("좋았던 점 한 가지를 골라 가까운 분께 전해 보세요.", "추천 전하기"),
        Tone.friendly: ("좋았던 점을 가까운 분께 살짝 알려 주세요.", "친구에게 알려주기"),
        Tone.expert: ("직접 써 보고 확인한 점을 필요한 분께 추천해 보세요.", "추천 전하기"),
        Tone.trendy: ("써 본 느낌, 친구에게 공유해 보세요.", "공유하기"),
        Tone.luxurious: ("소중한 분께 마음을 담아 전해 보세요.", "마음 전하기"),
        Tone.emotional: ("고마운 사람에게 오늘의 마음을 담아 건네 보세요.", "선물하기"),
    },
}
# the first-use feeling for a product of registered care (주름 개선, 탈모 증상 완화): no "작은 기분 전환"
FIRST_CARE_LINE = "새 {category}을 여는 날은 꾸준히 관리해 갈 마음을 새로 다지게 돼요."
# the emotional choosing close where the style line said "손이 갈 …" already (plan.HAND_ON)
HAND_FREE_CLOSE = "{product}의 사용감이 궁금했다면 오늘 골라 보세요."
# the emotional choosing close for a sunscreen or a base, worn every day whatever the skin's day (plan.py)
WORN_CLOSE = "내게 맞는 {category}, 오늘 골라 보세요."
# A referral's ask from a luxury house (설화수, 헤라, 려), by button: asked with dignity, never "친구에게 한마디 알려
# 주세요" nor "요즘 최애템, 바로 공유해 보세요" over a 320,000원 cream (reading 16: "추천 부탁드립니다 … 품격 부족").
DIGNIFIED_SHARES: dict[str, str] = {
    "친구에게 알려주기": "좋았던 점을 아끼는 분께 차분히 알려 주세요.",
    "공유하기": "좋았던 점을 아끼는 분과 차분히 공유해 보세요.",
}
DIGNIFIED_MANNERS = frozenset({"heritage", "modern", "herbal"})  # the houses that ask this way
# The brand's own close at the choosing stage, by reader: "용량과 가격" is what a budget reader weighs;
# the others look at what it holds, how it feels or where it comes from (reading 9, s3175). Same button.
READER_CHOOSING_CLOSES: dict[str, str] = {
    "luxury": "성분과 구성을 살펴보고 {product}을 골라 보세요.",
    "sensitive": "어떤 성분이 들어 있는지 먼저 확인하고 편하게 골라 보세요.",
    "trend": "어떤 사용감인지 먼저 살펴보고 내 루틴에 더해 보세요.",
    "natural": "어떤 원료를 담았는지 살펴보고 내 루틴에 더해 보세요.",
}
# A choosing close's budget words ("용량과 구성") and their wording for every other reader.
UNPRICED_CLOSE_WORDS = (("용량과 구성을", "성분과 구성을"),)
# Closes no tone asks for by itself, reached only when an event's button asks for them (a review
# campaign in a referral): a referral asks for one thing, so recommending and reviewing never mix.
BUTTON_CLOSES: dict[int, tuple[tuple[str, str], ...]] = {
    4: (("써 보고 느낀 점을 후기로 남겨 주시면 다른 분들의 선택에 도움이 돼요.", "후기 남기기"),),
    # a line's guide or its next step: the close looks at the line, never asks to buy beside it (reading 9)
    3: (
        # the product stays what the reader decides on: "같은 라인 조합도 살펴보세요" drifted from buying it
        # to browsing a line (reading 11, s8774, s2363)
        ("{product}과 같은 라인 제품을 어떤 순서로 함께 쓰면 좋을지 조합부터 살펴보세요.", "라인 함께 보기"),
        # the product stays the one chosen: "이 크림 다음에 쓸 단계" read as selling another (reading 13, s1074),
        # and so does the ask: never "{product}과 이어 쓰기 좋은 다음 단계 제품을 성분과 사용감으로 비교해 보세요"
        # (readings 33-34: "전환이 다음 단계 제품으로 흩어짐")
        ("{product}부터 골라 두고, 다음 단계는 성분과 사용감으로 비교해 보세요.", "다음 단계 보기"),
    ),
}
# the next-step close to a reader who uses the product already: it stays the anchor, the next step is the choice
USER_NEXT_STEP = (
    ("부터 골라 두고, 다음 단계는", "에 이어 쓸 다음 단계는"),
    ("부터 골라 두고, 함께 쓰면", "에 곁들여 쓰면"),
)
# the same to a user of a product whose usage is the routine's last step (plan.LAST_STEP_HOOK): nothing follows it,
# so the close looks at what goes on before it, never "…에 이어 쓸 다음 단계는" (round 26: a cream, a sun cream or a
# sleeping pack sent to a next step the catalog does not have)
LAST_STEP_CLOSES = (
    ("부터 골라 두고, 다음 단계는 성분과 사용감으로 비교해", " 앞에 바를 제품은 성분과 사용감으로 비교해"),
    ("부터 골라 두고, 함께 쓰면", "에 곁들여 쓰면"),
)
# its titles: the steps before it, never "다음 단계를 고르기 좋은 때" over a hook saying it is the last, nor a title for
# one still choosing ("고르기 좋은", "고민만 하기엔")
LAST_STEP_TITLES = {
    "{product} 다음에 쓸 단계 찾기": "{product} 앞에 바를 단계 찾기",
    "{product}, 다음 단계를 고르기 좋은 때": "{product}, 앞 단계까지 맞춰 볼 때",
    "{product} 다음 단계, 알고 고르기": "{product}으로 마무리하는 루틴, 알고 고르기",
    "{product} 다음 순서, 미리 알아 두기": "{product} 앞 순서, 미리 알아 두기",
    "{product} 다음 단계도 놓치기 아쉬워요": "{product} 앞 단계도 놓치기 아쉬워요",
    "{product} 다음 단계, 고민만 하기엔 아쉬울 때": "{product} 앞 단계, 미뤄 두기엔 아쉬울 때",
    "매일 손이 가는 {product}, 그다음 단계": "매일 손이 가는 {product}, 그 앞 단계",
    "{season}, {product} 다음 단계 고르기": "{season}, {product} 앞 단계 고르기",
    "{season} 루틴, {product} 다음에 더할 단계": "{season} 루틴, {product} 앞에 더할 단계",
}
# Where the catalog names the next step's product (ResolvedBrief.next_product), the close names it
NEXT_STEP_NAMED = "다음 단계로는 {next}를 성분과 사용감으로 살펴보세요"  # in place of plan.NEXT_STEP_COMPARE
# Round 36 (readings 88-89, s6747: "이 클렌저에 이어 쓸 다음 단계로는 풀핏 프로폴리스 시너지 토너를 …", "근거 없이 다음
# 제품을 특정함", "다음 단계 제품이 브리프 밖임"): the next product said with how it relates to this one, as the push
# says it since round 35 (push.next_related): of the same line where its name opens on the line's word, else the house's
NEXT_OF_LINE = "같은 라인의 {next}"
NEXT_OF_HOUSE = "{brand}의 {next}"
# To that user (plan.NOT_OWNED): the style said of the step after the product they use, never of choosing it
# The step is the hook's and the close's word: a style line saying "함께 쓸 단계" or "한 단계를 더하는" made it three
# (round 26), and "살펴볼 만해요" before a close that says "살펴보세요" said that twice.
NEXT_STEP_STYLE_LINES: dict[int, str] = {
    0: "이번 주에 이 {category}과 함께 쓸 제품까지 정해 두면 루틴 고민을 한결 덜 수 있어요.",
    3: "손에 익은 {category} 곁에 어울리는 제품을 하나씩 찾아 가는 일도 나를 챙기는 즐거움이에요.",
    4: "{season}에는 이 {category}과 함께 쓸 제품도 {season_need} 위주로 찾게 돼요.",
}
NEXT_STEP_SEASON_NEEDS = {
    "겨울": "건조함을 덜어 줄 보습",
    "가을": "건조함을 덜어 줄 보습",
    "봄": "바람과 먼지에 지친 피부를 달랠 진정",
    "여름": "땀과 피지에도 산뜻한 사용감",
}
NEXT_STEP_FOMO = "이 {category}과 잘 맞는 짝은 따로 찾아보지 않으면 놓치기 쉬워요."  # not "이어 쓸" beside the close
LINE_CLOSE_LEAD = "같은 라인 제품을 어떤 순서로 함께 쓰면"
# an all-in-one under a line guide: one product is the whole step, the line is there to look at
ALL_IN_ONE_LINE_CLOSE = "{product} 하나로 마무리해도 충분하지만, 같은 라인이 궁금하다면 라인 가이드도 살펴보세요."
# More ways to say a tone's own close (same button), so one brand's readers do not meet the same
# sentence in every message; plan.py picks one by the brief's seed.
CLOSE_VARIANTS: dict[tuple[int, Tone | None], tuple[str, ...]] = {
    (0, Tone.emotional): (
        "{product}의 첫 느낌을 오늘 가볍게 만나 보세요.",
        "궁금했던 {category}(이)라면 오늘 천천히 만나 보세요.",
    ),
    (2, Tone.emotional): ("손에 익은 루틴이 끊기지 않도록 {product}을 미리 챙겨 두세요.",),
    # never "요즘 눈에 띄는 이유, 직접 확인해 보세요" (reading 23, s6328/s8594: "'요즘 눈에 띄는 이유'가 근거 없이
    # 끝남": a close that promises a reason the message may not give)
    (0, Tone.trendy): ("요즘 루틴에 새로 들일 한 가지, 직접 만나 보세요.",),
    (1, Tone.trendy): ("새로 들인 템, 오늘 바로 써 보세요.",),  # never "개시해 보세요" (reading 13: odd)
    (1, Tone.expert): ("사용 순서부터 확인하고 오늘 직접 써 보세요.",),
    (3, Tone.friendly): ("내 피부에 맞는지 살펴보고 편하게 골라 보세요.",),
    (4, Tone.friendly): ("좋았던 점을 친구에게 들려주세요.",),  # "한마디" is the share line's word
    (4, Tone.luxurious): ("아끼는 분께 정성을 담아 마음을 전해 보세요.",),
    (2, Tone.luxurious): ("익숙한 손길 그대로, 매일의 관리를 이어 가 보세요.",),
    (2, None): ("다 쓰기 전에 미리 채워 두면 루틴이 끊기지 않아요.",),
    (3, Tone.emotional): ("{product}의 사용감이 궁금했다면 오늘 골라 보세요.",),
    (3, Tone.trendy): ("요즘 내 루틴에 맞는 {product}, 지금 골라 보세요.",),
    (4, Tone.emotional): (
        "떠오르는 사람이 있다면 오늘 마음을 담아 건네 보세요.",
        # never "고마운 분께 … 오늘의 마음을 전해": said beside another "마음" it became "오늘의 고마움" (reading 23,
        # s1677: "'고마운 분께…고마움' 중복")
        "고마운 분께 {product}을 선물로 건네 보세요.",
    ),
    (0, Tone.luxurious): ("{product}, 마음이 닿을 때 천천히 만나 보세요.",),
    (1, Tone.friendly): ("오늘 루틴에서 가볍게 한 번 써 보세요.", "오늘 저녁, {product}을 꺼내 써 보세요."),
    (4, Tone.trendy): ("요즘 최애템, 친구에게 바로 공유해 보세요.",),
}


# An event picks the button that takes the reader to it: (words in the event, words in the button).
EVENT_BUTTONS: tuple[tuple[str, str], ...] = (
    ("후기", "후기"),
    ("선물|받는 분", "선물"),
    ("상담|테스트|맞춤", "맞춤|맞게"),
    ("가이드|순서|방송|사용법", "사용법|입문|첫 사용"),
    ("연재|이야기", "이야기"),
    ("세트", "세트"),
    ("다음 단계", "다음 단계"),
    ("라인", "라인"),
    ("리포트", "루틴|관리"),  # an alert is signed up for: no routine button leads there (its own ask and button)
    ("리필|재구매|다시|적립", "채워|이어"),  # a 공병 campaign asks for the empties, not a refill
    ("첫 주문|첫 구매|웰컴|첫 만남", "처음|써보기|시작"),
    ("함께", "공유|알려"),
)
# Buttons that lead to one kind of content: with an event, only when the event is that content.
CONTENT_BUTTONS = re.compile("후기|이야기|팁|사용법|성분|루틴 보기|맞춤|세트|라인")

# SMS: the call to action in a few words; the tone picks the verb, the brand's manner the adverb.
SMS_CLOSES: dict[Tone | None, tuple[str, ...]] = {
    None: ("둘러보세요.", "써 보세요.", "채워 두세요.", "골라 보세요.", "선물해 보세요."),
    Tone.friendly: ("구경 오세요.", "시작해 보세요.", "챙겨 두세요.", "골라 주세요.", "친구에게 알려 주세요."),
    Tone.expert: ("살펴보세요.", "확인해 보세요.", "점검해 두세요.", "비교해 보세요.", "후기를 남겨 주세요."),
    Tone.trendy: ("구경 가 보세요.", "시작해 보세요.", "쟁여 두세요.", "담아 보세요.", "공유해 보세요."),
    Tone.luxurious: ("만나 보세요.", "경험해 보세요.", "곁에 두세요.", "들여 보세요.", "소중한 분께 전해 보세요."),
    Tone.emotional: (
        "마주해 보세요.",
        "느껴 보세요.",
        "이어 가세요.",
        "나를 위해 골라 보세요.",
        "고마운 분께 건네 보세요.",
    ),
}

# A slot, then optionally a particle to agree with it or a copula "(이)에요 / (이)라 / (이)라서 / (이)라면".
_SLOT = re.compile(r"\{(\w+)\}(?:(으로|로|을|를|이|가|은|는|과|와)(?![가-힣])|\(이\)(에요|라서|라면|라))?")
_Part = tuple[str, str | None, str | None, str | None]  # literal before, slot, particle, copula ending


@lru_cache(maxsize=1024)
def _parts(line: str) -> tuple[tuple[_Part, ...], str]:
    """A bank line cut once into literal text and slots (with what follows each slot), plus its tail."""
    parts, start = [], 0
    for match in _SLOT.finditer(line):
        parts.append((line[start : match.start()], match.group(1), match.group(2), match.group(3)))
        start = match.end()
    return tuple(parts), line[start:]


def _copula(word: str, ending: str) -> str:
    final = final_consonant(word)
    if ending == "에요":
        return "이에요" if final else "예요"
    return ("이" if final else "") + ending


@lru_cache(maxsize=1024)
def _slots(line: str) -> tuple[str, ...]:
    return tuple(slot for _, slot, _, _ in _parts(line)[0])


@lru_cache(maxsize=1024)
def _words_of(line: str) -> Callable[[dict[str, str]], tuple[str, ...]]:
    """The words a line's slots take from the values, as one tuple (an itemgetter: a third of fill's time went to
    building it with tuple(map(...)))."""
    slots = _slots(line)
    if len(slots) >= 2:
        return itemgetter(*slots)  # type: ignore[return-value]
    if slots:
        slot = slots[0]
        return lambda values: (values[slot],)
    return lambda values: ()


def fill(line: str, values: dict[str, str]) -> str:
    """A bank line with its slots filled and its particles and copulas agreeing with each word. A pure
    function of the line and the words its slots take: filled once for them (a plan fills about twenty)."""
    return _filled(line, _words_of(line)(values))


@lru_cache(maxsize=32768)
def _filled(line: str, words: tuple[str, ...]) -> str:
    parts, tail = _parts(line)
    out = []
    for (literal, _, particle, copula), value in zip(parts, words, strict=True):
        out.append(literal)
        out.append(value)
        if particle:
            out.append(particle_for(value, particle))
        elif copula:
            out.append(_copula(value, copula))
    out.append(tail)
    return "".join(out)


def every_line() -> list[str]:
    """All sentence lines (not titles), for the test that every ending converts to 합쇼체."""
    lines = [
        *(line for bank in INGREDIENT_LINES.values() for line in bank),
        *SECOND_POINT_LINES,
        *KIND_POINT_LINES.values(),
        *PRICE_LINES,
        *FOMO_LINES,
        FOMO_PLAIN,
        FOMO_REVIEWED,
    ]
    usages = [*USAGE_LINES.values(), *WEEKLY_USAGE_LINES.values()]
    lines += [line.replace("{usage}", "바르면 돼요.") for group in usages for line in group]
    lines += [line for group in OPENERS.values() for _, line in group] + [
        OPENER_FALLBACK,
        OPENER_ADDED,
        OPENER_JOINED,
        OPENER_ADDED_JOINED,
    ]
    lines += [*USER_FOMO_LINES.values(), USER_FOMO_PLAIN, REFERRAL_FOMO_PLAIN, SEASON_SHARE_AFTER]
    lines += [
        *NAME_ONLY_LINES,
        *REASON_LINES.values(),
        *USER_REASON_LINES.values(),
        *SHARE_LINES.values(),
        SHARE_PLAIN,
        SHARE_FEEL,
    ]
    lines += [
        *FOMO_OFFER_CLOSES.values(),
        RENAMED_LINE,
        URGENT_OFFER_LINE,
        SEASON_SHARE_LINE,
        SEASON_GIFT_LINE,
        SEASON_GIFT_SCENE_LINE,
        SHEET_REFILL_LINE,
        SHEET_REFILL_HOOK,
    ]
    lines += [
        *REVIEW_SHARE_HOOKS,
        *REVIEW_STYLE_LINES.values(),
        *EMPTIES_HOOKS,
        EMPTIES_STYLE_LINE,
        EMPTIES_CLOSE,
        EMPTIES_CLOSE_UNTIMED,
    ]
    lines += [
        REVIEW_CAUTION_LINE,
        GIFT_CAUTION_LINE,
        FIRST_USE_FUN_ASK,
        ALL_IN_ONE_LINE_CLOSE,
        HAND_FREE_CLOSE,
        STARTED_CLOSE,
        FIRST_CARE_LINE,
        *FIRST_ORDER_CLOSES.values(),
    ]
    lines += [line for bank in (SEASON_FACT_LINES, SEASON_PLAIN_LINES) for group in bank.values() for line in group]
    lines += [*SEASON_BARE_LINES.values(), *SEASON_SCENE_BARE_LINES.values()]
    lines += [line for group in STYLE_LINES.values() for pair in group.values() for line in pair]
    lines += [line for group in SMS_CLOSES.values() for line in group]
    lines += [*FIRST_USE_FOMO_HOOKS, PLAIN_HOOK, USER_PLAIN_HOOK, *NEXT_STEP_STYLE_LINES.values(), NEXT_STEP_FOMO]
    lines += [MOMENT_HELD_LINE, MOMENT_FELT_LINE]
    for bank in (STYLE_HOOKS, STAGE_HOOKS, *STAGE_STYLE_HOOKS.values(), *USER_HOOKS.values()):
        lines += [line for group in bank.values() for line in group]
    for tone_bank in (PRODUCT_LINES, FIRST_USE_PRODUCT_LINES, USER_PRODUCT_LINES, REVIEW_LINES):
        lines += [line for group in tone_bank.values() for line in group]
    lines += [line for by_tone in CLOSES.values() for line, _ in by_tone.values()]
    lines += [line for group in BUTTON_CLOSES.values() for line, _ in group]
    lines += [line for group in CLOSE_VARIANTS.values() for line in group]
    lines += [*DIGNIFIED_SHARES.values()]
    return lines


# ---- words a message says once --------------------------------------------------------------------
# Banks that each read well alone stack a word when joined: "부담 없이 … 부담이 없어요", "매일 쓰는 … 매일 쓰실
# 때는", "편안한 사용감 … 편하게 골라" (reading 13). Each group: the stems that
# say the word, then the bank phrases that carry it with their wording without it. After the first time the
# message (title included) says it, a later phrase takes its other wording.
SAID_ONCE: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "매일",
        (
            ("매일 쓰는 ", "늘 쓰는 "),
            ("매일 쓰던 ", "늘 쓰던 "),
            ("매일 쓰실 때는 ", "평소 쓰실 때는 "),
            ("매일 쓰신다면 ", "꾸준히 쓰신다면 "),
            ("매일의 관리", "꾸준한 관리"),
            ("매일 같은 손길로", "늘 같은 손길로"),
            ("매일 손이 갈 ", "늘 손이 갈 "),
        ),
    ),
    (
        "편안|편하|편해|편히",
        (
            ("편하게 골라", "직접 골라"),  # never "천천히 골라" at the conversion stage (reading 16)
            # never "마음이 든든해요" after "미리 채워 두면 든든해요" (voice.py's refill hook; reading 32)
            # never "걱정이 없어요" (readings 62-65: "'걱정이 없어요' 단정 표현", "햇살이 강한 날에도 걱정이 없어요")
            ("마음이 편해요", "마음이 놓여요"),
            ("마음이 편안해져요", "마음이 차분해져요"),
            ("루틴이 한결 편안해요", "루틴이 한결 가뿐해요"),
            ("편안하게 챙길", "가뿐하게 챙길"),
            ("편안한 사용감부터 살피", "사용감부터 살피"),
            ("편안하게 써 볼 수", "무리 없이 써 볼 수"),
        ),
    ),
    (
        # "궁금했던 … 첫 느낌" in the title, "어떤 느낌일지 궁금했다면" in the close (reading 23, s8005: "'궁금했던/
        # 궁금했다면'이 제목과 끝에서 반복"): the first saying keeps it
        "궁금",
        (
            ("어떤 느낌일지 궁금했다면 ", "이번에 "),
            ("사용감이 궁금했다면 ", "사용감을 직접 느껴 보고 싶다면 "),
            ("궁금했던 ", "눈여겨보던 "),
            (", 궁금했다면 이번 주가", ", 이번 주가"),
            ("궁금하셨다면 부담 없이", "부담 없이"),
        ),
    ),
    (
        "부담",
        (
            ("부담 없이 골라", "가볍게 골라"),
            ("부담 없이 둘러보", "가볍게 둘러보"),
        ),
    ),
)
_ONCE = tuple((re.compile(stems), pairs) for stems, pairs in SAID_ONCE)


def said_once(title: str, body: str, grow: bool = True) -> str:
    """The body with each SAID_ONCE word said once where a bank phrase allows another wording: the title
    or the body's first saying keeps it, later phrases take their other wording (`grow` False: only
    wordings no longer than the phrase, for a body already sized to its screen)."""
    for stems, pairs in _ONCE:
        if len(stems.findall(title)) + len(stems.findall(body)) < 2:
            continue
        first = stems.search(title)
        start = 0 if first else stems.search(body).end()  # type: ignore[union-attr]
        for phrase, wording in pairs:
            if not grow and len(wording) > len(phrase):
                continue
            at = body.find(phrase, start)
            while at != -1:
                body = body[:at] + wording + body[at + len(phrase) :]
                at = body.find(phrase, at + len(wording))
    return body
