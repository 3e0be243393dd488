"""Ad messages (정보통신망법 제50조): label, sender, free opt-out, AlimTalk, night window."""

from __future__ import annotations

import pytest

from crm_core.guard import Guard
from tests.guard.helpers import rule_ids, run

OPT_OUT = "\n무료수신거부 080-123-4567"


def test_a_correct_ad_passes(guard: Guard) -> None:
    assert (
        run(guard, "(광고)[라네즈] 크림 세트 안내" + OPT_OUT, channel="lms", ad=True, sender="라네즈").verdict == "pass"
    )


@pytest.mark.parametrize(
    "text",
    [
        "[광고][라네즈] 세트 안내",
        "( 광고 )[라네즈] 세트 안내",
        "<광고>[라네즈] 세트 안내",
        " (광고)[라네즈] 세트 안내",
        "[라네즈] (광고) 세트 안내",
        "[라네즈] 세트 안내",
    ],
)
def test_the_label_must_be_exactly_ad_first(guard: Guard, text: str) -> None:
    report = run(guard, text + OPT_OUT, channel="lms", ad=True, sender="라네즈")
    assert rule_ids(report) == {"ad_law.label"} and report.verdict == "block"


@pytest.mark.parametrize("word", ["쿠폰", "할인", "적립", "포인트", "증정", "사은품", "1+1"])
def test_any_incentive_makes_a_message_an_ad(guard: Guard, word: str) -> None:
    report = run(guard, f"[라네즈] 이번 주 {word} 소식이에요", channel="lms", sender="라네즈")
    [label] = [f for f in report.findings if f.rule_id == "ad_law.label"]
    assert label.span.text.replace(" ", "") == word.replace(" ", "") and "혜택" in label.message
    assert "ad_law.opt_out" in rule_ids(report)


def test_point_makeup_is_not_reward_points(guard: Guard) -> None:
    assert run(guard, "포인트 메이크업으로 생기를 더해요", channel="push").verdict == "pass"


@pytest.mark.parametrize(
    ("channel", "opt_out", "ok"),
    [
        ("sms", "무료수신거부 080-123-4567", True),
        ("sms", "무료거부 080-123-4567", True),
        ("sms", "수신거부 080-123-4567", False),
        ("sms", "무료수신거부", False),
        ("kakao_friendtalk", "채널 차단 / 무료수신거부 080-234-5678", True),
        ("kakao_friendtalk", "채널 차단", False),
        ("push", "수신거부: 앱 설정 > 알림에서 해제", True),
        ("push", "", False),
        ("email", "수신거부를 눌러 주세요", True),
        ("email", "", False),
    ],
)
def test_free_opt_out_per_channel(guard: Guard, channel: str, opt_out: str, ok: bool) -> None:
    text = f"(광고)[라네즈] 세트 안내\n{opt_out}".rstrip()
    assert ("ad_law.opt_out" not in rule_ids(run(guard, text, channel=channel, ad=True, sender="라네즈"))) is ok


def test_sender_known_and_missing_blocks(guard: Guard) -> None:
    report = run(guard, "(광고)[아모레몰] 세트 안내" + OPT_OUT, channel="lms", ad=True, sender="설화수")
    [finding] = [f for f in report.findings if f.rule_id == "ad_law.sender"]
    assert finding.severity == "block" and "설화수" in finding.message


def test_sender_aliases_count(guard: Guard) -> None:
    text = "(광고)[Sulwhasoo] 세트 안내" + OPT_OUT
    assert run(guard, text, channel="lms", ad=True, sender="설화수", sender_aliases=["Sulwhasoo"]).verdict == "pass"


def test_unknown_sender_without_a_tag_is_only_a_warning(guard: Guard) -> None:
    report = run(guard, "(광고) 세트 안내" + OPT_OUT, channel="lms", ad=True)
    assert [(f.rule_id, f.severity) for f in report.findings] == [("ad_law.sender", "warn")]
    assert run(guard, "(광고)[라네즈] 세트 안내" + OPT_OUT, channel="lms", ad=True).verdict == "pass"


def test_alimtalk_may_not_carry_ads(guard: Guard) -> None:
    incentive = run(guard, "#{고객명}님, 생일 쿠폰이 발급되었습니다.", channel="kakao_alimtalk")
    assert rule_ids(incentive) == {"ad_law.alimtalk"}  # label/opt-out would not fix it, so they stay quiet
    declared = run(guard, "#{고객명}님, 봄 신상을 만나보세요.", channel="kakao_alimtalk", ad=True)
    assert rule_ids(declared) == {"ad_law.alimtalk"}
    assert run(guard, "#{고객명}님, 주문하신 크림이 발송되었습니다.", channel="kakao_alimtalk").verdict == "pass"


AD = "(광고)[라네즈] 세트 안내" + OPT_OUT


@pytest.mark.parametrize(
    ("when", "blocked"),
    [
        ("2026-11-20T20:59:00", False),
        ("2026-11-20T21:00:00", True),
        ("2026-11-20T23:30:00", True),
        ("2026-11-21T00:00:00", True),
        ("2026-11-21T07:59:00", True),
        ("2026-11-21T08:00:00", False),
    ],
)
def test_night_window_for_ads(guard: Guard, when: str, blocked: bool) -> None:
    report = run(guard, AD, channel="lms", ad=True, sender="라네즈", send_at=when)
    assert ("ad_law.night_send" in rule_ids(report)) is blocked


def test_night_window_spares_email_and_non_ads_and_needs_a_time(guard: Guard) -> None:
    email = "(광고) 세트 안내\n\n보낸 곳: 라네즈\n수신거부를 눌러 주세요"
    assert run(guard, email, channel="email", ad=True, sender="라네즈", send_at="2026-11-20T23:00:00").verdict == "pass"
    assert run(guard, "[라네즈] 배송 시작", channel="lms", send_at="2026-11-20T23:00:00").verdict == "pass"
    report = run(guard, AD, channel="lms", ad=True, sender="라네즈")
    assert "ad_law.night_send" in {s.rule_id for s in report.skipped}
    [finding] = run(guard, AD, channel="lms", ad=True, sender="라네즈", send_at="2026-11-20T22:30:00").findings
    assert finding.field is None and finding.span is None and "22:30" in finding.message


SOFT_INVITATIONS = [
    "골라 보세요",
    "만나 보세요",
    "구경해 보세요",
    "장바구니에 담아 두세요",
    "지금 주문하세요",
    "추천드려요",
]
NOTICE = "[라네즈] 주문하신 워터 슬리핑 마스크의 사용 방법을 안내해 드려요. 피부에 맞는 구성을 "


@pytest.mark.parametrize("invitation", SOFT_INVITATIONS)
def test_a_soft_invitation_to_buy_makes_an_informational_notice_an_ad(guard: Guard, invitation: str) -> None:
    notice = run(guard, NOTICE + invitation, channel="sms", informational=True, sender="라네즈")
    assert "ad_law.informational" in rule_ids(notice) and notice.verdict == "block"
    alimtalk = run(guard, "#{고객명}님, " + NOTICE + invitation, channel="kakao_alimtalk", informational=True)
    assert "ad_law.alimtalk" in rule_ids(alimtalk) and alimtalk.verdict == "block"


@pytest.mark.parametrize("invitation", SOFT_INVITATIONS)
def test_a_soft_invitation_is_fine_in_a_labelled_ad(guard: Guard, invitation: str) -> None:
    report = run(guard, "(광고)" + NOTICE + invitation + OPT_OUT, channel="lms", ad=True, sender="라네즈")
    assert report.verdict == "pass", rule_ids(report)


@pytest.mark.parametrize(
    "text",
    [
        "[라네즈] 주문하신 크림의 배송이 시작되었습니다. 주문 내역은 마이페이지에서 확인하세요.",
        "[라네즈] 지금 주문하신 상품의 주문 번호는 마이페이지에 있습니다.",
        "[라네즈] 적립된 포인트 2,000P가 5월 31일 소멸 예정입니다.",
    ],
)
def test_transaction_words_keep_a_notice_informational(guard: Guard, text: str) -> None:
    assert "ad_law.informational" not in rule_ids(run(guard, text, channel="sms", informational=True))
