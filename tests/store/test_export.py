"""The CSV read back: BOM, Hangul, columns, values, the approved snapshot, formula injection escaped."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from crm_core.domain import Brief, SmsOverflow
from crm_core.export import LEADING_COLUMNS, TRAILING_COLUMNS, safe_cell
from crm_core.store import VariantFilter
from crm_core.store.models import AuditEntry
from crm_core.workbench import Workbench
from tests.store.builders import brief
from tests.store.conftest import count

SCORE_COLUMNS = ["score_brand_tone", "score_groundedness", "score_length_fit", "score_novelty", "score_stage_fit"]
EXPECTED_COLUMNS = [*LEADING_COLUMNS, *SCORE_COLUMNS, *TRAILING_COLUMNS]  # the real scorer's five, sorted


def read_back(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str, keep_default_na=False)


def test_export_is_utf8_with_bom_and_reads_back_with_hangul_and_values(wb: Workbench) -> None:
    view = wb.approve(wb.generate(brief(channel="lms", is_ad=True)).ids[0], "김마케터")
    data = wb.export_csv()

    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    frame = read_back(data)
    assert list(frame.columns) == EXPECTED_COLUMNS
    assert len(frame) == 1
    row = frame.iloc[0]
    assert view.approval is not None
    assert row["brand"] == "설화수"
    assert row["product"] == "자음생크림 60ml"
    assert (row["persona"], row["stage"], row["style"], row["channel"]) == (
        "럭셔리 애호가",
        "유지",
        "정보 전달형",
        "lms",
    )
    assert (row["persona_code"], row["stage_index"], row["style_index"]) == ("Luxury_Lover", "2", "1")
    assert (row["title"], row["body"], row["cta"]) == (view.title, view.body, view.cta)
    assert row["channel_text"] == view.channel_text  # multi-line cell survives
    assert row["channel_text"].startswith("(광고)[설화수]")
    assert int(row["byte_count"]) == view.byte_count == len(view.channel_text.encode("cp949"))
    assert int(row["char_count"]) == view.char_count
    assert row["verdict"] == "pass"
    for column in SCORE_COLUMNS:
        assert float(row[column]) == pytest.approx(view.scores[column.removeprefix("score_")], abs=1e-4)
    assert (row["backend"], row["models"], row["prompt_version"], row["seed"]) == ("template", "template",
                                                                                  "template-v2", "7")  # fmt: skip
    assert row["approver"] == "김마케터"
    utc = pd.Timestamp(view.approval.approved_at).tz_localize(None).floor("s")
    assert pd.Timestamp(row["approved_at_kst"]) == utc + pd.Timedelta(hours=9)
    assert (int(row["variant_id"]), int(row["revision"])) == (view.id, 1)


def test_only_approved_messages_are_exported(wb: Workbench) -> None:
    ids = wb.generate(brief(n=3)).ids
    wb.approve(ids[0], "kim")
    wb.reject(ids[1], "kim", "별로")
    frame = read_back(wb.export_csv())
    assert frame["variant_id"].astype(int).tolist() == [ids[0]]


def test_formula_like_cells_are_quoted(wb: Workbench) -> None:
    vid = wb.generate(brief(informational=True)).ids[0]  # no (광고) first: the sent text starts with the title
    wb.edit(vid, "kim", "+82 고객님 혜택", '=HYPERLINK("http://evil.example","설화수")', "@SUM(A1)")
    wb.approve(vid, "kim")
    row = read_back(wb.export_csv()).iloc[0]
    assert row["title"] == "'+82 고객님 혜택"
    assert row["body"] == '\'=HYPERLINK("http://evil.example","설화수")'
    assert row["cta"] == "'@SUM(A1)"
    assert row["channel_text"].startswith("'+82 고객님 혜택\n")
    assert row["brand"] == "설화수"  # ordinary cells untouched


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("-10% 할인", "'-10% 할인"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("안전한 문구", "안전한 문구"),
        (-3, -3),
        (0.5, 0.5),
    ],
)
def test_safe_cell(value: object, expected: object) -> None:
    assert safe_cell(value) == expected


def test_export_honours_filters_and_is_audited(wb: Workbench) -> None:
    a = wb.generate(brief()).ids[0]
    b = wb.generate(brief(brand="라네즈", product="워터 슬리핑")).ids[0]
    wb.bulk_approve([a, b], "kim")
    frame = read_back(wb.export_csv(VariantFilter(brand="라네즈"), user="lee"))
    assert frame["variant_id"].astype(int).tolist() == [b]
    assert count(wb.store, AuditEntry, AuditEntry.action == "export", AuditEntry.user == "lee") == 1


def test_empty_export_still_has_the_header(wb: Workbench) -> None:
    data = wb.export_csv()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").strip().split(",") == [*LEADING_COLUMNS, *TRAILING_COLUMNS]


def test_approved_frame_matches_the_export_rows(wb: Workbench) -> None:
    wb.approve(wb.generate(brief()).ids[0], "kim")
    frame = wb.approved_frame()
    assert list(frame.columns) == EXPECTED_COLUMNS
    assert frame.loc[0, "approver"] == "kim"


SENDING = {
    "campaign_id": "WINTER-24",
    "link_url": "https://shop.example.kr/p/1?ref=app&utm_source=old",
    "scheduled_at": "2026-12-10T10:30:00",
}


def test_sending_columns_read_back_from_csv_and_xlsx_alike(wb: Workbench) -> None:
    ad = wb.approve(wb.generate(brief(channel="sms", is_ad=True, **SENDING)).ids[0], "kim")
    info = wb.approve(wb.generate(brief(channel="kakao_alimtalk", is_ad=False)).ids[0], "kim")
    csv_frame = read_back(wb.export_csv())
    xlsx_frame = pd.read_excel(io.BytesIO(wb.export_xlsx()), sheet_name="approved", dtype=str, keep_default_na=False)
    assert list(xlsx_frame.columns) == list(csv_frame.columns) == EXPECTED_COLUMNS
    for frame in (csv_frame, xlsx_frame):
        first, second = frame.iloc[0], frame.iloc[1]
        assert first["product_id"] == ad.product_id and first["is_ad"] in ("True", "1")
        assert (first["campaign_id"], first["brief_id"]) == ("WINTER-24", f"{ad.run_id}-0")
        assert first["scheduled_at_kst"] == "2026-12-10 10:30:00"
        # the text carries the link as typed, which leaves the SMS brief no room: written as the flagged LMS
        assert first["channel"] == "lms" and first["channel_flag"] == "sms_to_lms"
        # and the link column is the link the text holds: UTM parameters the sent text lacks would track nothing
        assert SENDING["link_url"] in first["channel_text"].split("\n")
        assert first["link_url"] == SENDING["link_url"]
        assert first["send_warnings"] == (
            "opt-out number is the placeholder 080-000-0000; set opt_out_number in settings; "
            "sender number is not set; set sender_number in settings to the registered number"
        )
        assert second["is_ad"] in ("False", "0") and second["campaign_id"] == ""
        assert second["link_url"] == "" and second["brief_id"] == f"{info.run_id}-0"
        assert second["send_warnings"] == (
            "sender number is not set; set sender_number in settings to the registered number; "
            "AlimTalk needs kakao_template_code (the template registered with Kakao)"
        )


def test_xlsx_cells_are_formula_safe(wb: Workbench) -> None:
    vid = wb.generate(brief()).ids[0]
    wb.edit(vid, "kim", "+82 고객님 혜택", '=HYPERLINK("http://evil.example","설화수")', "@SUM(A1)")
    wb.approve(vid, "kim")
    row = pd.read_excel(io.BytesIO(wb.export_xlsx()), dtype=str).iloc[0]
    assert row["body"] == '\'=HYPERLINK("http://evil.example","설화수")'
    assert row["cta"] == "'@SUM(A1)"


def test_a_link_that_is_not_a_web_address_is_refused() -> None:
    with pytest.raises(ValueError, match="link_url: must be an http:// or https:// address"):
        brief(link_url="javascript:alert(1)")


def test_the_export_says_how_each_product_was_found(wb: Workbench) -> None:
    catalog_id = wb.approve(wb.generate(brief()).ids[0], "kim").id
    base = dict(persona=2, product="크림스킨 170ml", stage_index=0, style_index=1, unknown_products="name_only")
    name_only = wb.approve(wb.generate(Brief(**base, brand="에뛰드")).ids[0], "kim").id
    house = Brief(**base, brand="기타", house_brand="아모레몰")  # a row naming no brand, in the house voice
    unbranded = wb.approve(wb.generate(house).ids[0], "kim").id
    frame = read_back(wb.export_csv()).set_index("variant_id")
    assert frame.loc[str(catalog_id), "product_match"] == "catalog"
    assert frame.loc[str(name_only), "product_match"] == "name_only"
    assert (frame.loc[str(unbranded), "product_match"], frame.loc[str(unbranded), "brand"]) == (
        "name_only_unbranded", "아모레몰")  # fmt: skip


def test_an_sms_brief_written_as_lms_exports_as_lms_with_its_flag_and_edits_keep_lms_limits(wb: Workbench) -> None:
    long_name = brief(channel="sms", brand="프리메라", product="오가니언스 베리어 리페어 씨드 펩타이드 리저브 세럼")
    run = wb.generate(long_name)
    view = run.variants[0]
    assert (view.channel, view.sms_to_lms, view.brief["channel"]) == ("lms", True, "sms")
    assert view.byte_count > 90 and view.verdict != "block"  # counted and guarded as LMS, not as a failed SMS
    edited = wb.edit(view.id, "김마케터", view.title, view.body + " 지금 확인해 보세요.", view.cta)
    assert edited.verdict != "block" and not any(f.rule_id == "channel.length" for f in edited.findings)
    wb.approve(view.id, "김마케터")
    kept = wb.generate(long_name.model_copy(update={"sms_overflow": SmsOverflow.shorten})).variants[0]
    assert (kept.channel, kept.sms_to_lms) == ("sms", False)
    wb.approve(kept.id, "김마케터")
    rows = read_back(wb.export_csv())
    by_id = {int(r["variant_id"]): r for _, r in rows.iterrows()}
    assert (by_id[view.id]["channel"], by_id[view.id]["channel_flag"]) == ("lms", "sms_to_lms")
    assert (by_id[kept.id]["channel"], by_id[kept.id]["channel_flag"]) == ("sms", "")
