"""Screenshot every page of the running app into docs/screenshots/ for the README.

    python -m tests.ui.take_screenshots [--out docs/screenshots]

Starts `streamlit run app.py` on the template backend with a fresh temporary database, seeds it
with a small batch (some approved) so the Approved and Timing pages have something to show, then
drives headless Chromium through every page. Needs /usr/bin/chromium and a Korean font
(Debian: fonts-nanum) or Hangul renders as boxes.
"""

from __future__ import annotations

import argparse
import csv
import os
import tempfile
import time
from pathlib import Path

from selenium.common.exceptions import ElementNotInteractableException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from crm_core.briefs import parse_rows
from crm_core.config import load_settings
from crm_core.workbench import Workbench
from tests.ui.browser import REPO_ROOT, chromium, streamlit_app

WIDTH = 1440
MAX_HEIGHT = 4200
CHANNELS = ("push", "kakao_friendtalk", "lms")


def seed(environ: dict[str, str]) -> list[dict[str, object]]:
    """A few briefs per brand, generated and partly approved in the app's (temporary) database.

    Returns rows for a small brief sheet, plus one bad row, for the Batch page.
    """
    settings = load_settings(environ={**os.environ, **environ})
    workbench = Workbench.from_settings(settings)
    catalog = workbench.pipeline.catalog
    rows: list[dict[str, object]] = []
    for i, brand in enumerate(catalog.brands[:6]):
        products = catalog.brand_products(brand.name)
        if not products:
            continue
        rows.append(
            {"persona": i % len(catalog.personas), "brand": brand.name, "product": products[0].name,
             "stage_index": i % 5, "style_index": i % 6, "is_event": i % 2, "channel": CHANNELS[i % 3], "n": 2}
        )  # fmt: skip
    sheet = parse_rows(rows).validate(catalog)
    for _ in range(2):
        batch = workbench.generate_many(sheet)
        workbench.bulk_approve([v.id for v in batch.variants], user="김마케터", allow_warn=True)
    return [*rows[:4], {**rows[0], "stage_index": 9}]


def settle(driver: WebDriver, timeout: float = 60) -> None:
    """Wait until the script has finished running (no status widget) and the page stopped changing."""
    wait = WebDriverWait(driver, timeout, poll_frequency=0.3)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-testid='stMain'] h1"))
    wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, "[data-testid='stStatusWidget']"))
    time.sleep(1.5)
    wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, "[data-testid='stStatusWidget']"))


def click(driver: WebDriver, label: str) -> None:
    found = WebDriverWait(driver, 180, poll_frequency=0.5).until(
        lambda d: [b for b in d.find_elements(By.CSS_SELECTOR, "button") if b.text.strip().startswith(label)]
    )  # a busy machine may still be reading an upload
    button = found[0]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    button.click()
    time.sleep(0.5)
    settle(driver)


def set_number(driver: WebDriver, label: str, value: int) -> None:
    field = driver.find_element(By.CSS_SELECTOR, f"input[aria-label='{label}']")
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(str(value), Keys.ENTER)
    settle(driver)


def edit_first_body(driver: WebDriver, addition: str) -> None:
    """Open the first variant's edit form, append a drug-like claim and save: the guard marks and blocks it."""
    expander = next(e for e in driver.find_elements(By.CSS_SELECTOR, "summary") if e.text.strip().endswith("문구 수정"))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", expander)
    expander.click()

    def typed(d: WebDriver) -> bool:  # the expander's textarea refuses keys until it has opened
        try:
            d.find_element(By.CSS_SELECTOR, "textarea").send_keys(Keys.END, addition)
        except ElementNotInteractableException:
            return False
        return True

    WebDriverWait(driver, 30, poll_frequency=0.3).until(typed)
    click(driver, "수정 저장")


def sign_in(driver: WebDriver, name: str = "김마케터") -> None:
    field = driver.find_element(By.CSS_SELECTOR, "input[aria-label='내 이름 (승인·수정 기록)']")
    field.send_keys(name, Keys.ENTER)
    settle(driver)


def full_page(driver: WebDriver, path: Path) -> None:
    """Grow the window to the main column's height (Streamlit scrolls inside it), then capture."""
    height = driver.execute_script("return document.querySelector('[data-testid=stMain]').scrollHeight")
    driver.set_window_size(WIDTH, min(int(height) + 40, MAX_HEIGHT))
    time.sleep(1.0)
    driver.execute_script("document.querySelector('[data-testid=stMain]').scrollTo(0, 0)")
    driver.save_screenshot(str(path))
    driver.set_window_size(WIDTH, 1000)


def capture(url: str, out: Path, sheet: Path) -> list[Path]:
    shots = []
    with chromium(WIDTH, 1000) as driver:

        def page(slug: str, name: str, action=None) -> None:  # type: ignore[no-untyped-def]
            driver.get(f"{url}/{slug}")
            settle(driver)
            sign_in(driver)  # each page opens a new session, which asks for the approver's name once
            if action:
                action()
            path = out / f"{name}.png"
            full_page(driver, path)
            shots.append(path)

        def compose() -> None:
            set_number(driver, "변형 수", 2)
            click(driver, "생성")
            edit_first_body(driver, " 피부 재생 효과로 주름이 사라져요.")

        page("", "compose", compose)
        page("compare", "compare", lambda: click(driver, "3개 비교 생성"))

        def batch() -> None:
            driver.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(sheet))
            settle(driver)
            click(driver, "브리프")
            WebDriverWait(driver, 60).until(lambda d: "완료" in d.find_element(By.TAG_NAME, "body").text)
            settle(driver)

        page("batch", "batch", batch)

        def triggers() -> None:
            click(driver, "트리거 실행")
            click(driver, "메시지 생성")

        page("triggers", "triggers", triggers)
        page("approved", "approved")
        page("timing", "timing")
        page("data", "data")
        page("models", "models")
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="crm-shots-") as tmp:
        environ = {"CRM_BACKEND": "template", "CRM_CACHE_DIR": tmp, "CRM_SENDER_NUMBER": "02-6040-5114",
                   "CRM_OPT_OUT_NUMBER": "080-123-4567"}  # fmt: skip
        rows = seed(environ)
        sheet = Path(tmp, "briefs.csv")
        with sheet.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        with streamlit_app(environ) as url:
            for path in capture(url, args.out, sheet):
                print(path)


if __name__ == "__main__":
    main()
