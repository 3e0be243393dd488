"""Round 38's merge: lines the helpers' changes wrote that point at nothing or repeat the definition."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.pipeline import Pipeline

_POINTED = re.compile(r"그 (\S+) 덕분에")


def test_a_felt_line_points_back_only_at_a_feel_said_before_it(catalog: Catalog, facts_pipeline: Pipeline):
    """Every fifth product, the emotional style to a first-time user on KakaoTalk (the 에뛰드 toner's "그 제형 덕분에 …"
    followed "…대용량이라 …" and named no 제형 before it): "그 X 덕분에" only where X was said earlier in the body."""
    pointing, seen = [], 0
    for i, product in enumerate(catalog.products[::5]):
        for seed in range(4):
            brief = Brief(
                channel="kakao_friendtalk", persona=(i + seed) % 5, brand=product.brand, product=product.name,
                stage_index=1, style_index=3, seed=seed,
            )  # fmt: skip
            body = facts_pipeline.run_one(brief)[0].message.body
            for match in _POINTED.finditer(body):
                seen += 1
                if match.group(1) not in body[: match.start()]:
                    pointing.append(body)
    assert seen >= 5, seen
    assert not pointing, pointing[:3]
