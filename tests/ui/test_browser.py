"""A real browser: `streamlit run app.py` headless, Chromium through Compose → Generate → Approve."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest
from selenium.webdriver.common.by import By
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
ENVIRONMENT = ("CRM_BACKEND", "CRM_CONFIG", "CRM_DATA_DIR", "CRM_CACHE_DIR", "CRM_INDEX_DIR")


def wait(predicate: Callable[[], object], timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except Exception:  # a rerun replaced the element we were reading; look again
            pass
        time.sleep(0.25)
    raise TimeoutError(f"timed out waiting for {what}")


def test_compose_generate_approve_in_chromium() -> None:
    env = {name: os.environ[name] for name in ENVIRONMENT}  # the fixtures' catalog slice, database and index cache
    OUTPUT.mkdir(exist_ok=True)
    with streamlit_app(env) as url, chromium() as driver:
        driver.get(url)

        def buttons(label: str) -> list[WebElement]:
            return [b for b in driver.find_elements(By.CSS_SELECTOR, "button") if b.text.strip() == label]

        wait(lambda: buttons("생성"), what="the Compose page")
        buttons("생성")[0].click()
        wait(lambda: "생성 완료" in driver.find_element(By.TAG_NAME, "body").text, what="generation")
        wait(lambda: [b for b in buttons("승인") if b.is_enabled()], what="an approvable variant")
        approve = next(b for b in buttons("승인") if b.is_enabled())
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", approve)
        approve.click()
        wait(lambda: "승인했습니다." in driver.find_element(By.TAG_NAME, "body").text, what="the approval")
        driver.save_screenshot(str(OUTPUT / "browser-compose-approved.png"))
        assert buttons("승인 취소"), "the approved variant offers 승인 취소"

        driver.get(f"{url}/approved")
        wait(lambda: "승인된 메시지 1개" in driver.find_element(By.TAG_NAME, "body").text, what="the Approved page")
        driver.save_screenshot(str(OUTPUT / "browser-approved.png"))
    assert (OUTPUT / "browser-compose-approved.png").stat().st_size > 10_000
