"""Round 33, the lead's fixes to readings 82-83 (blind readers of round 33's merge)."""

from __future__ import annotations

import re

import pytest

from crm_core.domain import Brief
from crm_core.pipeline import Pipeline
from tests.generation.test_long_r52 import bodies_of

# "화장솜 팩으로도 넉넉한 대용량" said as the thing one misses on running out: "다 떨어지고 나면 화장솜 팩으로도
# 넉넉한 대용량이 바로 아쉬워져요" (reading 83, s2771: "'…대용량이 아쉬워져요'라는 꼬인 문장"; the same product's
# line was faulted in reading 52 too).
_ADVERBIAL_BEFORE_NOUN = re.compile(r"[^ .]+으?로도 넉넉한 대용량")


@pytest.mark.parametrize(
    ("brand", "name"),
    [("마몽드", "플로라 글로우 로즈 워터 토너 500ml"), ("에뛰드", "순정 약산성 5.5 진정 토너 350ml")],
)
def test_a_big_toner_s_volume_is_said_as_a_plain_noun_phrase(facts_pipeline: Pipeline, brand: str, name: str):
    bodies = bodies_of(facts_pipeline, brand, name, (2,), (2, 5))
    running_out = [b for b in bodies if re.search("다 떨어지고 나면 [^.]*대용량", b)]
    assert running_out, bodies  # the volume is still what a keeper misses
    assert [b for b in bodies if _ADVERBIAL_BEFORE_NOUN.search(b)] == []


# "성분표에서 나이아신아마이드를 확인할 수 있어, 요즘 매일 챙겨도 부담 없습니다" (reading 82, s3590:
# "나이아신아마이드에서 '부담 없다'로 넘어가는 논리가 비약"): an ingredient one can check is no reason a daily use
# is easy.
def test_an_sms_brief_s_ingredient_line_never_ends_on_an_ease_it_does_not_give(facts_pipeline: Pipeline):
    texts = [
        r.message.channel_text
        for seed in range(1, 9)
        for r in facts_pipeline.run_one(
            Brief(
                persona=0, brand="헤라", product="하이드로 리플렉팅 플루이드 140ml", stage_index=3, style_index=2,
                channel="sms", tone="트렌디한", honorific="합쇼체", seed=seed,
            )
        )
    ]  # fmt: skip
    assert [t for t in texts if "나이아신아마이드를 확인할 수 있" in t], texts  # the reader's fact stays
    assert [t for t in texts if re.search("확인할 수 있어, [^.]*부담 없", t)] == []
