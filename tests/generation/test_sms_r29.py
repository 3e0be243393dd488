"""Round 29 (reading 54, s7988, 2.5: "'에멀젼'이 다섯 번 반복되는 조립형 문장"): an SMS brief's LMS says the product's
kind word at most twice beside the name once it is named, leaving out the pointer "이 {kind}" a sentence does not
need."""

from __future__ import annotations

import re

from crm_core.domain import Brief
from crm_core.pipeline import Pipeline
from tests.generation.test_sms_r26 import WINTER


def test_an_sms_brief_s_lms_says_its_kind_word_three_times_at_most(facts_pipeline: Pipeline):
    # reading 54, s7988: "(광고)[아이오페] 에멀젼, 고민만 하기엔 아쉬울 때 / 요즘 루틴에 들이기 좋은 슈퍼바이탈
    # 에멀젼은 풍부한 보습감의 에멀젼으로, … 이 에멀젼에는 세라마이드를 담았습니다. / 지나치기 전에 지금 나에게
    # 맞는지 보고 이 에멀젼을 골라 보시길 바랍니다."
    brief = Brief(persona=0, brand="아이오페", product="슈퍼바이탈 에멀젼 150ml", stage_index=3, style_index=2,
                  tone="트렌디한", channel="sms", emoji="playful", honorific="합쇼체", seed=904,
                  scheduled_at=WINTER)  # fmt: skip
    result = facts_pipeline.run_one(brief)[0]
    text = result.message.channel_text
    assert result.sms_to_lms, text
    assert len(re.findall("에멀젼", text)) <= 3, text
    assert "이 에멀젼" not in text, text
    assert "세라마이드를 담았습니다." in result.message.body, result.message.body
    assert "슈퍼바이탈 에멀젼" in result.message.body


def test_the_pointer_stays_where_a_modifier_or_a_short_close_needs_it(facts_pipeline: Pipeline):
    # "내 루틴에 맞는 이 에센스를 …" is the modifier's noun, and "이 토너를 곁에 두세요" would be left a bare verb
    from crm_core.generation.composer.sms import kind_said_sparingly

    body = "아토베리어365 하이드로 에센스는 수분 에센스예요.\n내 루틴에 맞는 이 에센스를 지금 골라 보세요."
    assert kind_said_sparingly("에센스, 지금 고르기 좋은 때", body, "에센스") == body
    short = "그린티 씨드 히알루론산 토너는 수분 토너예요.\n이번 겨울, 이 토너를 곁에 두세요."
    assert kind_said_sparingly("겨울 루틴에 더하는 토너", short, "토너") == short
    said = "그린티 씨드 히알루론산 토너는 수분 토너예요.\n성분과 구성을 살펴보고 이 토너를 골라 보세요."
    assert kind_said_sparingly("토너 한눈에 보기", said, "토너").endswith("\n성분과 구성을 살펴보고 골라 보세요.")


def test_a_choosing_lms_is_led_by_the_gift_to_oneself_and_a_consultation_goes_unled(facts_pipeline: Pipeline):
    # readings 53-54, s7224, s6668: "나를 아끼는 마음으로 용량과 구성을 살펴보고 이 토너를 골라 보십시오", "스스로를
    # 아끼는 마음으로 …" ("어색", "상투구"); s8111: "나를 아끼는 마음으로 … 온라인 상담을 신청해 보십시오" ("상담 권유
    # 문장 어색")
    choosing = Brief(persona=2, brand="에뛰드", product="순정 디렉터 수분 선크림 SPF50+/PA++++ 50ml", stage_index=3,
                     style_index=3, tone="고급스러운", channel="sms", honorific="합쇼체", seed=83)  # fmt: skip
    body = facts_pipeline.run_one(choosing)[0].message.body
    assert body.endswith("\n나에게 주는 선물이라면, 용량과 구성을 살펴보고 골라 보십시오."), body
    consult = Brief(persona=0, brand="에스쁘아", product="워터 스플래쉬 프레쉬 시카 선크림 SPF50+/PA++++ 60ml",
                    stage_index=3, style_index=3, tone="고급스러운", channel="sms", emoji="playful",
                    honorific="해요체", is_event=True, seed=150)  # fmt: skip
    result = facts_pipeline.run_one(consult)[0]
    close = result.message.body.rsplit("\n", 1)[-1]
    assert result.sms_to_lms, result.message.channel_text
    assert "상담을 신청해" in close and "마음" not in close and "선물" not in close, close


def test_a_gift_ask_is_not_hurried_by_what_would_be_missed(facts_pipeline: Pipeline):
    # reading 53, s1996: "놓치기 전에 고마운 분께 이 크림을 선물로 건네 보시면 좋겠습니다" ("억지 FOMO", "'놓치기
    # 전에' 근거 없음"): the gift-wrap offer is said, the ask to give it takes no FOMO lead
    brief = Brief(persona=3, brand="코스알엑스", product="어드밴스드 스네일 96 뮤신 파워 에센스 100ml", stage_index=4,
                  style_index=2, tone="친근한", channel="sms", emoji="few", honorific="합쇼체", is_event=True,
                  seed=688)  # fmt: skip
    result = facts_pipeline.run_one(brief)[0]
    body = result.message.body
    assert result.sms_to_lms, result.message.channel_text
    assert "선물 포장과 메시지 카드는 무료입니다." in body, body
    assert body.endswith("\n떠오르는 사람이 있다면 오늘 정성껏 건네 보시면 좋겠습니다."), body
    assert "놓치기 전에" not in body, body


def test_bringing_the_product_in_is_said_once(facts_pipeline: Pipeline):
    # reading 53, s4450: "요즘 루틴에 들이기 좋은 … / 루틴에 새로 들일 한 가지, 직접 만나 보세요" ("'들이' 반복")
    brief = Brief(persona=0, brand="코스알엑스", product="퓨어 핏 시카 크림 50ml", stage_index=0, style_index=2,
                  tone="트렌디한", channel="sms", emoji="playful", honorific="해요체", seed=844)  # fmt: skip
    body = facts_pipeline.run_one(brief)[0].message.body
    # round 34 (reading 82, s4560: "'요즘 루틴에 들이기 좋은'은 군말"): the product line no longer opens on it
    assert "퓨어 핏 시카 크림은 " in body and not body.startswith("요즘"), body
    assert sum(body.count(w) for w in ("들이", "들일")) == 1, body
    assert body.endswith("\n지나치기 전에 요즘 루틴에 새로 들일 한 가지, 직접 만나 보세요."), body
    owner = Brief(persona=3, brand="려", product="함빛 극손상 영양케어 헤어 세럼 80ml", stage_index=1, style_index=1,
                  tone="트렌디한", channel="sms", emoji="playful", honorific="해요체", seed=472)  # fmt: skip
    body = facts_pipeline.run_one(owner)[0].message.body
    assert body.startswith("새로 들이신 함빛 극손상 영양케어 헤어 세럼은 "), body
    assert body.endswith("\n장만한 템, 오늘 바로 써 보세요."), body


def test_a_skin_variant_of_the_name_is_said_as_the_product_s_fit(facts_pipeline: Pipeline):
    # reading 56, s9767: "워터뱅크 블루 히알루로닉 에센스 토너 중·건성용은 에센스처럼 촉촉한 보습 토너이고"
    # ("'중·건성용은' 어색")
    brief = Brief(persona=1, brand="라네즈", product="워터뱅크 블루 히알루로닉 에센스 토너 중·건성용 160ml",
                  stage_index=1, style_index=5, tone="감성적인", channel="sms", honorific="해요체", is_event=True,
                  seed=650)  # fmt: skip
    body = facts_pipeline.run_one(brief)[0].message.body
    assert "중·건성용은" not in body, body
    assert body.startswith(
        "처음 함께하는 워터뱅크 블루 히알루로닉 에센스 토너는 중·건성 피부에 맞춘, 에센스처럼 촉촉한 보습 토너예요."
    ), body


def test_the_kept_tone_clause_says_daily_use_not_days_like_these(facts_pipeline: Pipeline):
    # reading 54, s6668: "민감성 피부도 쓸 수 있어, 요즘 같은 날에도 부담 없어요" ("'요즘 같은 날' 막연함")
    brief = Brief(persona=1, brand="설화수", product="상백선크림 SPF50+/PA++++ 50ml", stage_index=3, style_index=5,
                  tone="트렌디한", channel="sms", honorific="합쇼체", seed=396)  # fmt: skip
    body = facts_pipeline.run_one(brief)[0].message.body
    assert "민감성 피부도 쓸 수 있어, 요즘 매일 챙겨도 부담 없습니다." in body, body
    assert "요즘 같은 날" not in body, body
