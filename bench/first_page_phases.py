"""Where the first page's seconds go, in one process, on the template backend over data/ (index cache warm).

Reproduce (from the repository root, after one app start so the search index cache exists):
    CRM_BACKEND=template HF_HUB_OFFLINE=1 python -m bench.first_page_phases

Phases, in the order the app meets them: Streamlit import; the modules app.py and Compose import;
the catalog (all the Compose form needs); then what now runs in background threads after the form
is drawn: the Workbench build (rules, indexes, store) and the device probe (imports torch).
"""

from __future__ import annotations

import os
import time


def main() -> None:
    marks: list[tuple[str, float]] = []
    start = last = time.perf_counter()

    def mark(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        marks.append((name, now - last))
        last = now

    import streamlit  # noqa: F401

    mark("streamlit import")
    import ui.brief_form
    import ui.recommend_panel
    import ui.resources
    import ui.sidebar  # noqa: F401
    from crm_core.catalog import Catalog
    from crm_core.config import load_settings

    mark("app and Compose imports")
    settings = load_settings()
    Catalog.load(settings.data_dir)
    mark("catalog (the Compose form): form drawn after this")
    from crm_core.workbench import Workbench

    Workbench.from_settings(settings)
    mark("background: Workbench build")
    from crm_core.backends.device import device_info

    device_info()
    mark("background: device probe (torch)")
    print(f"load average {[round(x, 2) for x in os.getloadavg()]}")
    for name, seconds in marks:
        print(f"{name}: {seconds:.2f} s")
    print(f"total {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
