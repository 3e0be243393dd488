"""Batch: bad uploads get a clear error naming the problem; row errors show before running; runs and bulk approval."""

from __future__ import annotations

import json
import time

import pytest
from streamlit.testing.v1 import AppTest

from crm_core.catalog import Catalog
from crm_core.config import load_settings
from crm_core.domain import SMS_TO_LMS_NOTE
from crm_core.errors import InvalidInput
from crm_core.workbench import Workbench
from tests.ui.rendered_text import english_sentences
from ui import jobs
from ui.upload import read_sheet

HEADER = "persona,brand,product,stage_index,style_index,is_event\n"


def sheet_csv(catalog: Catalog, stages: list[int]) -> bytes:
    product = catalog.products[0]
    rows = [f"{i % 5},{product.brand},{product.name},{stage},{i % 6},0\n" for i, stage in enumerate(stages)]
    return (HEADER + "".join(rows)).encode("utf-8")


def upload(app: AppTest, name: str, data: bytes) -> AppTest:
    app.switch_page("views/batch.py").run()
    app.file_uploader(key="batch_upload").set_value((name, data, "text/csv"))
    return app.run()


def errors(app: AppTest) -> list[str]:
    return [e.value for e in app.error]


def wait_for_batch(app: AppTest, timeout: float = 30) -> AppTest:
    deadline = time.monotonic() + timeout
    while app.session_state["batch_job"].running:
        assert time.monotonic() < deadline, "batch did not finish"
        time.sleep(0.05)
    return app.run()


def file_refused(app: AppTest) -> tuple[str, str]:
    """The page's one error and its details line, checked to show the marketer no English sentence."""
    [error] = errors(app)
    assert not english_sentences(app), english_sentences(app)
    return error, app.code[0].value


def test_non_utf8_csv_is_named(app: AppTest) -> None:
    upload(app, "briefs.csv", b"persona,brand\n\xff\xfe\xff")
    assert file_refused(app) == (
        "파일을 쓸 수 없습니다. 파일의 글자 인코딩을 읽을 수 없습니다. "
        "CSV는 UTF-8 또는 CP949(엑셀의 한글 CSV)로 저장해 주세요.",
        "file: briefs.csv is neither UTF-8 nor CP949 text",
    )
    assert not [b for b in app.button if b.key == "batch_run"]


def test_cp949_csv_from_excel_is_read(app: AppTest, ui_catalog: Catalog) -> None:
    product = ui_catalog.products[0]
    data = f"{HEADER}0,{product.brand},{product.name},1,2,0\n".encode("cp949")
    upload(app, "엑셀저장.csv", data)
    assert not errors(app)
    assert [m.value for m in app.metric] == ["1", "1", "0"]


def test_missing_columns_are_named(app: AppTest) -> None:
    upload(app, "briefs.csv", "persona,brand\n0,설화수\n".encode())
    assert file_refused(app) == (
        "파일을 쓸 수 없습니다. 필수 열이 없습니다: 제품(product), 단계(stage_index), 스타일(style_index). "
        "브리프 시트의 필수 열: 페르소나(persona), 브랜드(brand), 제품(product), "
        "단계(stage_index), 스타일(style_index)",
        "columns: briefs.csv has no column for product, stage_index, style_index; "
        "a brief sheet needs persona, brand, product, stage_index, style_index",
    )


def test_columns_that_are_not_brief_fields_are_listed_in_korean(app: AppTest, ui_catalog: Catalog) -> None:
    product = ui_catalog.products[0]
    upload(
        app, "briefs.csv", f"메모,{HEADER.strip()},owner\n확인,0,{product.brand},{product.name},1,2,0,kim\n".encode()
    )
    assert [i.value for i in app.info] == ["참고: 읽지 않은 열(브리프 항목이 아님): owner, 메모"]
    assert [m.value for m in app.metric] == ["1", "1", "0"]


def test_bad_stage_index_row_is_shown_before_running(app: AppTest, ui_catalog: Catalog) -> None:
    upload(app, "briefs.csv", sheet_csv(ui_catalog, [1, 9, 2]))
    assert [m.value for m in app.metric] == ["3", "2", "1"]
    assert errors(app) == [
        "1개 행에 오류가 있어 실행에서 제외됩니다. 행 번호(헤더 다음 첫 행 = 0)와 필드를 확인하세요."
    ]
    table = app.dataframe[0].value
    assert table[["행", "필드"]].values.tolist() == [[1, "stage_index"]]
    assert table["문제"][0] == "'단계' 값이 올바르지 않습니다. 세부 정보에서 허용 값을 확인하세요."
    assert app.code[0].value.startswith("1 · stage_index: no stage 9 (allowed: 0 Acquisition, 1 Activation")
    assert app.button(key="batch_run").label == "브리프 2개 실행"


def test_a_row_whose_link_is_not_a_web_address_says_what_a_link_must_be(app: AppTest, ui_catalog: Catalog) -> None:
    """An SMS/LMS carries the sheet's link in its text: a link a phone cannot open is caught before the run, in
    Korean, with what the link must look like; the English detail stays behind the expander."""
    product = ui_catalog.products[0]
    row = f"0,{product.brand},{product.name},0,1,0,sms"
    upload(app, "briefs.csv", f"{HEADER.strip()},channel,링크\n{row},https://amo.re/j1\n{row},amo.re/j1\n".encode())
    table = app.dataframe[0].value
    assert table[["행", "필드"]].values.tolist() == [[1, "link_url"]]
    assert table["문제"][0] == "'링크 URL'은 http:// 또는 https://로 시작하고 공백이 없는 주소여야 합니다."
    assert app.code[0].value == "1 · link_url: must be an http:// or https:// address without spaces, got 'amo.re/j1'"


def test_oversized_file_is_refused(app: AppTest) -> None:
    upload(app, "huge.csv", HEADER.encode() + b"x" * 6_000_000)
    assert file_refused(app) == (
        "파일을 쓸 수 없습니다. 파일이 6.0 MB로, 올릴 수 있는 최대 크기 5 MB를 넘습니다. 시트를 나눠서 올리세요.",
        "file: huge.csv is 6.0 MB, more than the limit of 5 MB; split the sheet",
    )


def test_too_many_rows_is_refused(app: AppTest, ui_catalog: Catalog) -> None:
    upload(app, "many.csv", sheet_csv(ui_catalog, [1] * 10_001))
    assert file_refused(app) == (
        "파일을 쓸 수 없습니다. 브리프가 10,001개로 한 번에 실행할 수 있는 10,000개를 넘습니다. "
        "시트를 나눠서 올리세요.",
        "batch: 10001 briefs is more than the limit of 10000; split the sheet",
    )


def test_broken_json_and_excel_files_are_named(app: AppTest) -> None:
    upload(app, "briefs.json", b'[{"persona": 0,')
    error, detail = file_refused(app)
    assert error == (
        "파일을 쓸 수 없습니다. JSON으로 읽을 수 없습니다. "
        "브리프 목록을 UTF-8 JSON 배열([{...}, {...}])로 저장해 주세요."
    )
    assert detail.startswith("file: briefs.json is not valid UTF-8 JSON:")
    app.file_uploader(key="batch_upload").set_value(
        ("briefs.xlsx", b"PK\x03\x04 not a zip", "application/octet-stream")
    )
    app.run()
    error, detail = file_refused(app)
    assert error == (
        "파일을 쓸 수 없습니다. 엑셀 통합 문서(.xlsx)로 열 수 없습니다. "
        "파일이 손상되었을 수 있으니 엑셀에서 다시 저장해 주세요."
    )
    assert detail.startswith("file: briefs.xlsx is not a readable Excel workbook:")


def test_json_sheet_runs_and_passing_messages_are_bulk_approved(app: AppTest, ui_catalog: Catalog) -> None:
    product = ui_catalog.products[0]
    rows = [
        {"persona": "Sensitive_Skin", "brand": product.brand, "product": product.name, "stage_index": s,
         "style_index": s, "n": 2}
        for s in (0, 1, 2)
    ]  # fmt: skip
    upload(app, "briefs.json", json.dumps(rows, ensure_ascii=False).encode())
    app.button(key="batch_run").click().run()
    wait_for_batch(app)
    assert app.success[0].value.startswith("완료: 브리프 3개 · ")
    grid = app.dataframe[-1].value
    assert len(grid) == 6
    assert set(grid["브랜드"]) == {product.brand}
    assert list(grid["판정"]) == ["통과", "통과", "주의", "주의", "통과", "통과"]  # Activation warns on this product
    bulk = app.button(key="batch_bulk_approve")
    assert bulk.label == "통과한 메시지 4개 모두 승인"
    bulk.click().run()
    assert app.success[0].value == "4개 메시지를 승인했습니다."
    assert list(app.dataframe[-1].value["상태"] == "승인됨") == [True, True, False, False, True, True]


def test_cancelled_batch_says_what_was_kept(app: AppTest, ui_catalog: Catalog) -> None:
    sheet = read_sheet(sheet_csv(ui_catalog, [1, 2, 3]), "briefs.csv", ui_catalog)
    job = jobs.BatchJob(sheet=sheet, total=sheet.total)
    job.cancel.set()
    job.run(Workbench.from_settings(load_settings()))
    app.session_state["batch_job"] = job
    app.switch_page("views/batch.py").run()
    assert [w.value for w in app.main.warning] == ["취소되었습니다: 브리프 0/3개까지 처리해 저장했습니다."]
    assert job.outcome is not None and job.outcome.cancelled


def test_a_batch_that_stopped_on_an_error_says_so_in_korean_with_the_reason_in_details(
    app: AppTest, ui_catalog: Catalog
) -> None:
    sheet = read_sheet(sheet_csv(ui_catalog, [1, 2, 3]), "briefs.csv", ui_catalog)
    reason = "batch run 7 failed after 1 of 3 briefs: OSError('disk full'); the 1 variants stored before are kept"
    job = jobs.BatchJob(sheet=sheet, total=3, done=1, error=reason, finished=time.monotonic())
    app.session_state["batch_job"] = job
    app.switch_page("views/batch.py").run()
    assert errors(app) == [
        "일괄 생성이 중간에 멈췄습니다. 브리프 1/3개까지 처리했고, 그때까지 만든 메시지는 저장되어 있습니다. "
        "이유는 아래 세부 정보를 보세요."
    ]
    assert [c.value for c in app.main.code] == [reason]
    assert not english_sentences(app), english_sentences(app)


@pytest.mark.parametrize("name", ["briefs.txt", "briefs"])
def test_unsupported_extension_is_named(ui_catalog: Catalog, name: str) -> None:
    with pytest.raises(InvalidInput, match=r"^file: unsupported file type"):
        read_sheet(b"x", name, ui_catalog)


def test_a_mapping_confirmed_on_the_page_is_reused_by_the_cli(app: AppTest, ui_catalog: Catalog, tmp_path, capsys):
    from crm_core.cli import main

    product = ui_catalog.products[0]
    written = f"{product.name} 리필"  # a refill listing: never auto-matched, so the user decides
    data = f"{HEADER}0,{product.brand},{written},1,2,0\n".encode()
    upload(app, "briefs.csv", data)
    assert [m.value for m in app.metric] == ["1", "0", "1"]
    app.selectbox(key="batch_map_0").set_value(product.id).run()
    app.button(key="batch_save_mapping").click().run()
    assert [m.value for m in app.metric] == ["1", "1", "0"]

    sheet = tmp_path / "briefs.csv"
    sheet.write_bytes(data)
    code = main(["generate", "--batch_csv", str(sheet), "--backend", "template"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 0
    match = rows[0]["results"][0]["product_match"]
    assert match["kind"] == "mapped" and match["from"] == written
    assert rows[0]["results"][0]["product_basic"]["id"] == product.id


def test_name_only_rows_are_flagged_before_and_after_the_run(app: AppTest, ui_catalog: Catalog) -> None:
    brand = ui_catalog.products[0].brand
    data = f"{HEADER}0,{brand},카탈로그에 없는 수분 크림 50ml,1,1,0\n".encode()
    upload(app, "briefs.csv", data)
    assert [m.value for m in app.metric] == ["1", "0", "1"]
    app.checkbox(key="batch_name_only").check().run()
    assert [m.value for m in app.metric] == ["1", "1", "0"]
    flagged = "1개 행은 카탈로그에 없는 제품이라 이름만으로 작성합니다(제품 정보 없음)."
    assert [w.value for w in app.main.warning] == [flagged]
    app.button(key="batch_run").click().run()
    wait_for_batch(app)
    grid = app.dataframe[-1].value
    assert grid["제품 연결"].tolist() == ["이름만 사용(제품 정보 없음)"]


def test_no_brand_rows_run_only_with_a_house_name_and_are_flagged(app: AppTest) -> None:
    upload(app, "briefs.csv", f"{HEADER}2,기타,크림스킨 170ml,0,1,0\n".encode())
    app.checkbox(key="batch_name_only").check().run()
    assert [m.value for m in app.metric] == ["1", "0", "1"]  # name-only alone keeps the brand error
    app.text_input(key="batch_house_brand").input("아모레몰").run()
    assert [m.value for m in app.metric] == ["1", "1", "0"]
    assert "그중 1개 행은 브랜드가 없어 '아모레몰' 하우스 보이스로 작성합니다(브랜드 톤 없음)." in [
        w.value for w in app.warning
    ]
    app.button(key="batch_run").click().run()
    wait_for_batch(app)
    grid = app.dataframe[-1].value
    assert grid["제품 연결"].tolist() == ["브랜드 없음·이름만 사용(하우스 보이스)"]
    assert grid["브랜드"].tolist() == ["아모레몰"]


def test_a_listing_in_another_size_is_flagged_before_the_run(app: AppTest) -> None:
    upload(app, "briefs.csv", f"{HEADER}2,라네즈,워터뱅크 블루 히알루로닉 젤 크림 20ml,3,1,0\n".encode())
    preview = next(d.value for d in app.dataframe if "브랜드로 읽은 값" in d.value.columns)
    assert preview["제품 연결"].tolist() == ["표기만 다름(용량·표기) · 시트 용량 20ml로 작성(정가 미표기)"]


def test_labels_count_the_rows_that_ran_and_rejected_rows_apart(app: AppTest, ui_catalog: Catalog) -> None:
    upload(app, "briefs.csv", sheet_csv(ui_catalog, [1, 9, 2, 8, 3]))
    app.button(key="batch_run").click().run()
    wait_for_batch(app)
    assert app.success[0].value.startswith("완료: 브리프 3개 · ")
    assert [i.value for i in app.info] == ["오류로 제외된 행 2개는 실행하지 않았습니다."]
    assert not app.main.warning


def test_progress_moves_row_by_row_and_never_counts_rejected_rows(ui_catalog: Catalog) -> None:
    sheet = read_sheet(sheet_csv(ui_catalog, [1, 9, 2, 3]), "briefs.csv", ui_catalog)
    job = jobs.BatchJob(sheet=sheet, total=len(sheet.briefs), rejected=len(sheet.errors), chunk_size=1)
    seen: list[int] = []
    report = job.progress
    job.progress = lambda r: (report(r), seen.append(job.done))  # type: ignore[method-assign]
    job.run(Workbench.from_settings(load_settings()))
    assert seen == [1, 2, 3]
    assert (job.done, job.total, job.rejected) == (3, 3, 1)


def test_template_batches_report_every_row(ui_catalog: Catalog) -> None:
    sheet = read_sheet(sheet_csv(ui_catalog, [1, 2]), "briefs.csv", ui_catalog)
    job = jobs.start(Workbench.from_settings(load_settings()), sheet)
    assert job.thread is not None
    job.thread.join(30)
    assert job.chunk_size == 1 and job.done == 2


def test_cancel_pressed_after_the_last_row_is_not_reported_as_a_cancellation(app: AppTest, ui_catalog: Catalog) -> None:
    sheet = read_sheet(sheet_csv(ui_catalog, [1, 2]), "briefs.csv", ui_catalog)
    job = jobs.BatchJob(sheet=sheet, total=len(sheet.briefs))
    job.run(Workbench.from_settings(load_settings()))
    job.cancel.set()  # the marketer pressed 취소 as the last row finished
    app.session_state["batch_job"] = job
    app.switch_page("views/batch.py").run()
    assert not app.main.warning
    assert app.success[0].value.startswith("완료: 브리프 2개 · ")


def test_sms_rows_that_cannot_carry_their_event_run_as_lms_unless_a_row_says_shorten(app: AppTest) -> None:
    # a content event (a skin-type test) beside a name too long for even its invitation in 90 bytes: by
    # default the row is written as LMS (with a short name it stays SMS: "자음생크림, 피부 타입부터 알아보세요.")
    row = {"persona": 0, "brand": "라네즈", "product": "워터뱅크 블루 히알루로닉 에센스 토너 중·건성용",
           "stage_index": 0, "style_index": 1, "channel": "sms", "event_id": "ev-acq-n1"}  # fmt: skip
    rows = [row, row | {"sms_overflow": "shorten"}]
    upload(app, "briefs.json", json.dumps(rows, ensure_ascii=False).encode())
    assert app.radio(key="batch_sms_overflow").value == "lms"
    app.button(key="batch_run").click().run()
    wait_for_batch(app)
    assert [i.value for i in app.info if SMS_TO_LMS_NOTE in i.value] == [f"1개: {SMS_TO_LMS_NOTE}"]
    assert list(app.dataframe[-1].value["채널"]) == ["장문 문자(LMS) · SMS에서 전환", "문자(SMS)"]
