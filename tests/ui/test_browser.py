"""A real browser: `streamlit run app.py` headless, driven by Chromium as a marketer would use it.

One server and one browser serve the module (starting them takes most of the time on a small
machine); each test opens its page fresh and never counts on another test's messages.
Covers: generate → approve, the refused backend switch, a blocked over-length push, a phone
preview per channel, a Markdown note shown as text, the CSV + xlsx export read back, and Streamlit's
own English (the uploader, the Stop button, the lost-connection status) drawn in Korean.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest
from selenium.common.exceptions import ElementClickInterceptedException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement

from tests.ui.browser import CHROMEDRIVER, CHROMIUM, REPO_ROOT, chromium, streamlit_app

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian's /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)",
    ),
]
OUTPUT = REPO_ROOT / "test-output"
NAME_LABEL = "내 이름 (승인·수정 기록)"
APPROVER = "브라우저 테스터"
NAME_ASKED = "이 창에서 한 번만 입력하면 됩니다."
NOTE = "![](http://example.invalid/pixel.png) 21:00~08:00 **굵게**"
LONG_PUSH = "촉촉한 보습 크림 소식을 전해요. " * 1100
NEW_COLUMNS = [
    "product_id", "persona_code", "stage_index", "style_index", "is_ad", "campaign_id", "brief_id",
    "scheduled_at_kst", "link_url", "kakao_template_code", "send_warnings", "approved_at_kst",
]  # fmt: skip
PHONE_CLASS = {
    "앱 푸시": "crm-push", "카카오 알림톡": "crm-kakao", "카카오 친구톡": "crm-kakao", "문자(SMS)": "crm-sms",
    "장문 문자(LMS)": "crm-sms", "이메일": "crm-mail",
}  # fmt: skip


class Browser(NamedTuple):
    url: str
    driver: WebDriver
    downloads: Path


@pytest.fixture(scope="module")
def app_env(tmp_path_factory: pytest.TempPathFactory, ui_catalog_dir: Path, shared_index_dir: Path) -> dict[str, str]:
    """The app's environment: the template backend over the UI catalog slice, with its own database."""
    cache = tmp_path_factory.mktemp("browser-cache")
    config = cache / "crm.toml"
    config.write_text("# browser test: defaults plus CRM_* variables\n", encoding="utf-8")
    env = {
        "CRM_BACKEND": "template", "CRM_CONFIG": str(config), "CRM_DATA_DIR": str(ui_catalog_dir),
        "CRM_CACHE_DIR": str(cache), "CRM_INDEX_DIR": str(shared_index_dir),
        "CRM_OPT_OUT_NUMBER": "080-123-4567", "CRM_SENDER_NUMBER": "02-6040-5114",
        "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
    }  # fmt: skip
    return env


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory, app_env: dict[str, str]) -> Iterator[Browser]:
    """The app served once for the module, and Chromium."""
    downloads = tmp_path_factory.mktemp("browser-downloads")
    OUTPUT.mkdir(exist_ok=True)
    with streamlit_app(app_env) as url, chromium() as driver:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        driver.get(url)  # the first page builds the workbench (catalog, indexes): minutes on a busy 2-core box
        try:
            wait(lambda: buttons(driver, "생성"), timeout=400, what="the first page")
            # the workbench is built in the background meanwhile; the sidebar names the backend once it is ready
            wait(lambda: "템플릿 백엔드:" in body(driver), timeout=400, what="the workbench build")
        finally:
            driver.save_screenshot(str(OUTPUT / "browser-first-page.png"))
        yield Browser(url, driver, downloads)


def wait(predicate: Callable[[], object], timeout: float = 90, what: str = "") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception:  # a rerun replaced the element we were reading; look again
            pass
        time.sleep(0.25)
    raise TimeoutError(f"timed out waiting for {what}")


def body(driver: WebDriver) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def buttons(driver: WebDriver, label: str) -> list[WebElement]:
    return [b for b in driver.find_elements(By.CSS_SELECTOR, "button") if b.text.strip() == label]


def settled(driver: WebDriver) -> None:
    """Wait until the app runs no script: a click while a rerun redraws the page can land on a button that
    the rerun then replaces, and is lost (CI lost a 생성, a download and an expander that way on a loaded box)."""
    app = '[data-testid="stApp"]'
    wait(
        lambda: driver.find_element(By.CSS_SELECTOR, app).get_attribute("data-test-script-state") == "notRunning",
        timeout=180,
        what="the app to finish its run",
    )


def press(driver: WebDriver, label: str, *, prefix: bool = False) -> None:
    """Click the first enabled button labelled `label` (or starting with it) once the app has settled,
    retrying across reruns."""
    settled(driver)

    def attempt() -> bool:
        found = [
            b for b in driver.find_elements(By.CSS_SELECTOR, "button")
            if (b.text.strip().startswith(label) if prefix else b.text.strip() == label) and b.is_enabled()
        ]  # fmt: skip
        if found:
            click(driver, found[0])
        return bool(found)

    try:
        wait(attempt, what=f"the {label} button")
    except TimeoutError as exc:
        shown = driver.execute_script(
            "return [...document.querySelectorAll('button')]"
            ".map(b => b.innerText.trim() + (b.disabled ? ' (off)' : ''))"
        )
        raise TimeoutError(f"{exc}; the page's buttons: {shown}; it ends {body(driver)[-400:]}") from None


def click(driver: WebDriver, element: WebElement) -> None:
    """Click once nothing lies over the element (an expander still opening); other errors go to the caller."""
    deadline = time.monotonic() + 15
    while True:
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
        try:
            element.click()
            return
        except ElementClickInterceptedException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def selectbox(driver: WebDriver, label: str) -> WebElement:
    """The text field of the first selectbox labelled `label` (a combobox in Streamlit 1.67)."""
    path = f"//div[@data-testid='stSelectbox'][.//label[normalize-space()='{label}']]"
    boxes = wait(lambda: driver.find_elements(By.XPATH, path), what=f"the {label} selectbox")  # may still be drawn
    return boxes[0].find_element(By.CSS_SELECTOR, "input")  # type: ignore[index]


def open_options(driver: WebDriver, label: str) -> list[WebElement]:
    click(driver, selectbox(driver, label))
    return wait(lambda: driver.find_elements(By.CSS_SELECTOR, "[role='option']"), what=f"{label}'s options")  # type: ignore[return-value]


def choose(driver: WebDriver, label: str, option: str) -> None:
    """Pick an option of the first selectbox labelled `label`, once the app has settled, and wait until
    the pick has reached the server (the app ran and settled again)."""
    settled(driver)
    item = [o for o in open_options(driver, label) if o.text.strip() == option]
    assert item, f"{option!r} is not among {label}'s options"
    item[0].click()
    settled(driver)


def type_into(driver: WebDriver, label: str, text: str, tag: str = "input") -> None:
    """Set a text input or area by its label; React sees an input event, as if typed. Retried until the
    field takes the keys: one in an expander that is still opening is not interactable yet."""

    def attempt() -> bool:
        field = driver.find_elements(By.CSS_SELECTOR, f"{tag}[aria-label='{label}']")[0]
        driver.execute_script(
            "const proto = arguments[0].tagName === 'TEXTAREA' ? HTMLTextAreaElement : HTMLInputElement;"
            "Object.getOwnPropertyDescriptor(proto.prototype, 'value').set.call(arguments[0], arguments[1]);"
            "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            field,
            text,
        )
        if tag == "input":
            field.send_keys(Keys.ENTER)
        return True

    wait(attempt, what=label)


def open_expander(driver: WebDriver, label_start: str) -> None:
    """Open the first expander whose label starts with `label_start`, waiting for it to be drawn: the
    page may say "생성 완료" a moment before the cards below it arrive (CI failed here once)."""
    found = wait(
        lambda: [s for s in driver.find_elements(By.CSS_SELECTOR, "summary") if label_start in s.text],
        what=f"the {label_start} expander",
    )
    click(driver, found[0])  # type: ignore[index]


def tick(driver: WebDriver, label: str) -> None:
    """Tick the first checkbox labelled `label` and wait until the app has run with it ticked: CI lost a
    tick made while the channel pick was still rerunning the page, and 생성 then had nothing to send."""
    path = f"//div[@data-testid='stCheckbox']//label[.//p[normalize-space()='{label}']]"
    for _ in range(3):
        settled(driver)
        box = wait(lambda: driver.find_elements(By.XPATH, path), what=f"the {label} checkbox")
        if not box[0].find_element(By.CSS_SELECTOR, "input").is_selected():  # type: ignore[index]
            click(driver, box[0])  # type: ignore[index]
        settled(driver)
        if driver.find_element(By.XPATH, f"{path}//input").is_selected():
            return
    raise TimeoutError(f"the {label} checkbox would not stay ticked")


def generate(b: Browser, n: int = 1) -> None:
    """Compose page: n variants of the default brief (changes made before the call are kept)."""
    wait(lambda: buttons(b.driver, "생성"), what="the Compose page")
    type_into(b.driver, "변형 수", str(n))
    for _ in range(3):  # a click the page lost leaves it settled without a result: press again
        press(b.driver, "생성")
        try:
            wait(lambda: "생성 완료" in body(b.driver), timeout=60, what="generation")
            return
        except TimeoutError:
            settled(b.driver)  # a loaded 2-core box is slow: a run still going is waited for, not pressed again
            if "생성 완료" in body(b.driver):
                return
    raise TimeoutError(f"generation never completed after three presses of 생성; the page ends {body(b.driver)[-600:]}")


def sign_in(driver: WebDriver) -> None:
    """Type the approver's name into the sidebar, as a marketer does once per browser session."""
    found = wait(lambda: driver.find_elements(By.CSS_SELECTOR, f"input[aria-label='{NAME_LABEL}']"), what="the name")
    field = found[0]  # type: ignore[index]
    if field.get_attribute("value") != APPROVER:
        type_into(driver, NAME_LABEL, APPROVER)
    wait(lambda: NAME_ASKED not in body(driver), what="the name to reach the server")


def approve_first(driver: WebDriver) -> None:
    """Tick the first card's 'warnings read' box if it has one, then approve it (retrying across reruns).

    The 승인 button stays disabled until the typed name has reached the server, and `press` waits for
    an enabled one, so no timing is assumed.
    """
    sign_in(driver)

    def tick() -> bool:
        boxes = [
            c
            for c in driver.find_elements(By.CSS_SELECTOR, "label")
            if "주의 항목" in c.text and "확인했습니다" in c.text
        ]
        if boxes:  # a warned variant: the marketer marks the warnings read first
            click(driver, boxes[0])
        return True

    wait(tick, what="the warnings box")
    press(driver, "승인")
    wait(lambda: "승인했습니다." in body(driver), what="the approval")


def test_compose_generate_approve_in_chromium(browser: Browser) -> None:
    browser.driver.get(browser.url)
    generate(browser, n=2)
    approve_first(browser.driver)
    browser.driver.save_screenshot(str(OUTPUT / "browser-compose-approved.png"))
    wait(lambda: buttons(browser.driver, "승인 취소"), what="승인 취소")  # a rerun may still be redrawing the card
    browser.driver.get(f"{browser.url}/approved")
    wait(lambda: "승인된 메시지 " in body(browser.driver), what="the Approved page")
    assert (OUTPUT / "browser-compose-approved.png").stat().st_size > 10_000


def test_switching_to_transformers_without_weights_is_refused(browser: Browser) -> None:
    driver = browser.driver
    driver.get(f"{browser.url}/models")
    wait(lambda: buttons(driver, "적용"), what="the Models page")
    choose(driver, "백엔드", "transformers (로컬 GPU)")
    press(driver, "적용")
    wait(lambda: "적용하지 않았습니다." in body(driver), what="the refusal")
    assert "고른 모델이 이 컴퓨터에 없습니다." in body(driver)
    driver.save_screenshot(str(OUTPUT / "browser-backend-refused.png"))
    driver.get(browser.url)
    wait(lambda: buttons(driver, "생성"), what="Compose still working after the refusal")
    assert "템플릿 백엔드:" in body(driver)


def test_a_20000_character_push_cannot_be_approved(browser: Browser) -> None:
    driver = browser.driver
    driver.get(browser.url)
    sign_in(driver)  # edits are recorded under the approver's name
    generate(browser)
    open_expander(driver, "문구 수정")
    type_into(driver, "본문", LONG_PUSH, tag="textarea")
    press(driver, "수정 저장 (가드 재검사)")  # waits for the rerun the typed text starts
    wait(lambda: "⛔ 승인 불가" in body(driver), what="the blocked approval")
    assert not any(b.is_enabled() for b in buttons(driver, "승인"))
    assert "전송 한도 4096바이트를 넘어 발송할 수 없습니다" in body(driver)


def test_the_file_uploader_reads_in_korean(browser: Browser) -> None:
    """Streamlit draws the uploader's button and hint in English only; the marketer sees Korean there."""
    driver = browser.driver
    driver.get(f"{browser.url}/batch")
    zone = '[data-testid="stFileUploaderDropzone"]'
    [button] = wait(lambda: driver.find_elements(By.CSS_SELECTOR, f"{zone} button p"), what="the uploader")  # type: ignore[misc]
    [hint] = driver.find_elements(By.CSS_SELECTOR, '[data-testid="stFileUploaderDropzoneInstructions"] span')
    shown = "return [getComputedStyle(arguments[0]).fontSize, getComputedStyle(arguments[0], '::after').content]"
    assert driver.execute_script(shown, button) == ["0px", '"파일 선택"']  # "Upload" hidden, Korean drawn after it
    assert driver.execute_script(shown, hint) == ["0px", "\"파일을 끌어다 놓거나 '파일 선택'을 누르세요\""]


def test_the_stop_button_reads_in_korean(browser: Browser) -> None:
    """A run longer than half a second shows Streamlit's English "Stop" in the corner; the marketer sees 중지.

    The server is paused the moment the app reports a run started, so the run is long on any machine."""
    driver = browser.driver
    driver.get(browser.url)
    generate(browser)
    settled(driver)
    [again] = buttons(driver, "생성")
    driver.set_script_timeout(60)
    driver.execute_async_script(  # press 생성 and return once the app says its run has started
        "const done = arguments[arguments.length - 1];"
        "const app = document.querySelector('[data-testid=\"stApp\"]');"
        "new MutationObserver((_, watch) => {"
        "  if (app.getAttribute('data-test-script-state') === 'running') { watch.disconnect(); done(true); }"
        "}).observe(app, {attributes: true});"
        "arguments[0].click();",
        again,
    )
    server = server_pid(browser.url)
    os.kill(server, signal.SIGSTOP)
    try:
        stop = '[data-testid="stStatusWidget"] [data-testid="stBaseButton-header"]'
        [button] = wait(lambda: driver.find_elements(By.CSS_SELECTOR, stop), what="the Stop button")  # type: ignore[misc]
        shown = "return [getComputedStyle(arguments[0]).fontSize, getComputedStyle(arguments[0], '::after').content]"
        assert button.get_attribute("textContent") == "Stop"  # Streamlit's own label, drawn at size 0
        assert driver.execute_script(shown, button) == ["0px", '"중지"']
    finally:
        os.kill(server, signal.SIGCONT)
    settled(driver)


def test_a_lost_server_reads_in_korean(browser: Browser, app_env: dict[str, str]) -> None:
    """When the server goes away, Streamlit's corner says "Connecting" (English only); the marketer sees 연결 중…."""
    driver = browser.driver
    try:
        with streamlit_app(app_env) as url:  # a second server of the same app, stopped once its page is drawn
            driver.get(url)
            wait(lambda: buttons(driver, "생성"), timeout=300, what="the second server's first page")
        status = '[data-testid="stConnectionStatus"] label'
        [label] = wait(lambda: driver.find_elements(By.CSS_SELECTOR, status), what="the connection status")  # type: ignore[misc]
        shown = "return [getComputedStyle(arguments[0]).fontSize, getComputedStyle(arguments[0], '::after').content]"
        assert label.get_attribute("textContent") == "Connecting"  # Streamlit's own label, drawn at size 0
        assert driver.execute_script(shown, label) == ["0px", '"연결 중…"']
        driver.save_screenshot(str(OUTPUT / "browser-connection-lost.png"))
    finally:
        driver.get(browser.url)


def server_pid(url: str) -> int:
    """The `streamlit run` process serving `url` (found by the port on its command line)."""
    port = url.rsplit(":", 1)[1]
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:  # a process that ended while we looked
            continue
        if b"streamlit" in b" ".join(args) and port.encode() in args:
            return int(cmdline.parent.name)
    raise LookupError(f"no streamlit process serves {url}")


@pytest.mark.parametrize("channel", list(PHONE_CLASS))
def test_a_phone_preview_per_channel(browser: Browser, channel: str) -> None:
    driver = browser.driver
    driver.get(browser.url)
    wait(lambda: buttons(driver, "생성"), what="the Compose page")
    choose(driver, "채널", next(o for o in channel_options(driver) if o.startswith(channel)))
    if channel == "카카오 알림톡":  # AlimTalk carries informational notices only
        open_expander(driver, "고급 설정")
        tick(driver, "정보성 알림")
    generate(browser)
    phone = wait(lambda: driver.find_elements(By.CSS_SELECTOR, f".crm-phone .{PHONE_CLASS[channel]}"), what=channel)
    assert phone[0].is_displayed()  # type: ignore[index]
    driver.save_screenshot(str(OUTPUT / f"browser-preview-{PHONE_CLASS[channel]}-{len(channel)}.png"))


def channel_options(driver: WebDriver) -> list[str]:
    options = [o.text.strip() for o in open_options(driver, "채널")]
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    return options


def test_a_markdown_note_is_shown_as_typed(browser: Browser) -> None:
    driver = browser.driver
    driver.get(browser.url)
    generate(browser)
    approve_first(driver)
    type_into(driver, "승인 취소 사유", NOTE)
    press(driver, "승인 취소")
    wait(lambda: "승인을 취소했습니다." in body(driver), what="the unapproval")
    approve_first(driver)
    driver.get(f"{browser.url}/approved")
    wait(lambda: "한 건 관리" in body(driver), what="the Approved page")
    choose_last_message(driver)
    open_expander(driver, "결정·수정 기록")
    wait(lambda: NOTE in body(driver), what="the note, as typed")
    assert not driver.find_elements(By.CSS_SELECTOR, "img[src*='example.invalid']"), "the note loaded an image"
    assert not driver.find_elements(By.XPATH, "//del[contains(., '08:00')]"), "the note struck text through"


def download(b: Browser, label_start: str, suffix: str) -> None:
    """Press a download button until its file lands, as a marketer clicks again when nothing came: a click
    during the rerun that a typed name starts can hit a button whose file that rerun replaced (CI once
    waited 90 s for a CSV that never came)."""
    for _ in range(4):
        press(b.driver, label_start, prefix=True)
        try:
            wait(lambda: list(b.downloads.glob(f"*{suffix}")), timeout=20, what=f"the {suffix} file")
            return
        except TimeoutError:
            continue
    raise TimeoutError(f"no {suffix} file after four presses of {label_start}")


def choose_last_message(driver: WebDriver) -> None:
    open_options(driver, "메시지")[-1].click()
    time.sleep(1)


def test_csv_and_xlsx_exports_read_back_with_every_new_column(browser: Browser) -> None:
    driver = browser.driver
    driver.get(browser.url)
    wait(lambda: buttons(driver, "생성"), what="the Compose page")
    open_expander(driver, "발송 정보")
    type_into(driver, "링크·버튼 URL", "https://shop.example.kr/p/1")
    type_into(driver, "캠페인 ID", "BROWSER-1")
    generate(browser)
    approve_first(driver)
    driver.get(f"{browser.url}/approved")
    wait(lambda: "승인된 메시지 " in body(driver), what="the Approved page")
    sign_in(driver)  # a new page is a new session: exports are recorded under the name typed there
    for prefix, suffix in (("CSV 내려받기", ".csv"), ("엑셀 내려받기", ".xlsx")):
        download(browser, prefix, suffix)
    time.sleep(1)  # let Chromium finish writing
    csv = pd.read_csv(next(browser.downloads.glob("*.csv")), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    xlsx = pd.read_excel(next(browser.downloads.glob("*.xlsx")), dtype=str, keep_default_na=False)
    for frame in (csv, xlsx):
        assert set(NEW_COLUMNS) <= set(frame.columns)
        row = frame[frame["campaign_id"] == "BROWSER-1"].iloc[0]
        assert row["link_url"] == "https://shop.example.kr/p/1?utm_source=push&utm_medium=crm&utm_campaign=BROWSER-1"
        assert row["brief_id"] and row["product_id"] and row["approved_at_kst"].startswith("20")
    assert list(csv.columns) == list(xlsx.columns)
