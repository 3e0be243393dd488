"""The sample catalog loads, is big enough to feel real, and broken data is reported row by row."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Channel
from crm_core.errors import CatalogError, InvalidInput

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def edit_json(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    records = json.loads(path.read_text(encoding="utf-8"))
    change(records)
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


class TestSampleCatalog:
    def test_is_big_and_varied_enough_for_retrieval(self, catalog: Catalog):
        assert len(catalog.brands) >= 10
        assert len(catalog.products) >= 80
        assert len(catalog.reviews) >= 1500
        assert [p.name for p in catalog.personas] == [
            "Luxury_Lover",
            "Sensitive_Skin",
            "Budget_Seeker",
            "Trend_Follower",
            "Natural_Beauty",
        ]
        assert [s.index for s in catalog.stages] == [0, 1, 2, 3, 4]
        assert len(catalog.styles) == 6
        texts = [r.text for r in catalog.reviews]
        assert len(set(texts)) / len(texts) > 0.95, "reviews must not repeat"
        assert {r.rating for r in catalog.reviews} == {1, 2, 3, 4, 5}
        assert {r.skin_type for r in catalog.reviews} - {None} == {"건성", "지성", "복합성", "민감성", "중성"}
        lengths = sorted(len(t) for t in texts)
        assert lengths[len(lengths) // 10] < 30 and lengths[-len(lengths) // 10] > 120 and lengths[-1] > 180

    def test_every_style_has_five_templates_per_stage_and_every_stage_has_events(self, catalog: Catalog):
        for style in catalog.styles:
            per_stage = Counter(t.stage for t in style.templates)
            assert all(per_stage[s] >= 5 for s in range(5)), (style.name, per_stage)
        for stage in range(5):
            events = catalog.events_for(stage)
            assert len(events) >= 4
            assert {e.is_promotion for e in events} == {True, False}

    def test_every_product_has_reviews_and_its_brand(self, catalog: Catalog):
        brands = {b.name for b in catalog.brands}
        for product in catalog.products:
            assert product.brand in brands
            assert len(catalog.reviews_by_product.get(product.id, ())) >= 5, product.id

    def test_channels_cover_every_channel(self, catalog: Catalog):
        assert {c.channel for c in catalog.channels} == set(Channel)
        assert catalog.channel("sms").body_limit == 90 and catalog.channel("sms").unit == "bytes"
        assert catalog.channel("lms").body_limit == 2000
        assert catalog.channel("kakao_alimtalk").ads_allowed is False


class TestValidationErrors:
    def test_each_bad_field_is_named_with_file_and_record(self, data_copy: Path):
        def break_products(records):  # type: ignore[no-untyped-def]
            records[0]["price"] = -5
            del records[1]["name"]
            records[2]["functional_claims"] = ["만병통치"]
            records[3]["colour"] = "red"

        edit_json(data_copy / "products.json", break_products)
        with pytest.raises(CatalogError) as caught:
            Catalog.load(data_copy)
        problems = {(p.file, p.field) for p in caught.value.problems}
        assert ("products.json", "price") in problems
        assert ("products.json", "name") in problems
        assert ("products.json", "functional_claims") in problems
        assert ("products.json", "colour") in problems
        first = next(p for p in caught.value.problems if p.field == "price")
        assert first.record.startswith("#1 (id=")
        assert "greater than 0" in first.message
        assert "missing" in next(p.message for p in caught.value.problems if p.field == "name")

    def test_dangling_references_and_duplicates_are_reported(self, data_copy: Path):
        lines = (data_copy / "reviews.jsonl").read_text(encoding="utf-8").splitlines()
        orphan = json.loads(lines[0]) | {"id": "R-ORPHAN", "product_id": "NOPE-1"}
        lines += [json.dumps(orphan, ensure_ascii=False), lines[1]]
        (data_copy / "reviews.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        with pytest.raises(CatalogError) as caught:
            Catalog.load(data_copy)
        messages = [str(p) for p in caught.value.problems]
        assert any("(id=R-ORPHAN)" in m and "product_id" in m and "NOPE-1" in m for m in messages)
        assert any("duplicate value" in m for m in messages)

    def test_broken_json_line_is_named(self, data_copy: Path):
        with (data_copy / "reviews.jsonl").open("a", encoding="utf-8") as f:
            f.write('{"id": "R-BROKEN", \n')
        with pytest.raises(CatalogError, match=r"reviews.jsonl \[line \d+\] \(json\)"):
            Catalog.load(data_copy)

    def test_missing_file_and_unknown_template_placeholder(self, data_copy: Path):
        (data_copy / "events.json").unlink()

        def break_template(styles):  # type: ignore[no-untyped-def]
            styles[0]["templates"][0]["body"] = "{user_name}님 안녕하세요"

        edit_json(data_copy / "styles.json", break_template)
        with pytest.raises(CatalogError) as caught:
            Catalog.load(data_copy)
        text = str(caught.value)
        assert "events.json [(file)] (file): missing" in text
        assert "unknown placeholder {user_name}" in text and "customer" in text


class TestLookups:
    def test_persona_by_index_name_or_korean_label(self, catalog: Catalog):
        assert catalog.persona(0).name == "Luxury_Lover"
        assert catalog.persona("2").name == "Budget_Seeker"
        assert catalog.persona("sensitive_skin").index == 1
        assert catalog.persona(catalog.personas[3].label_kr).index == 3

    def test_unknown_persona_lists_the_allowed_ones(self, catalog: Catalog):
        with pytest.raises(InvalidInput) as caught:
            catalog.persona(9)
        assert caught.value.field == "persona"
        assert "0 Luxury_Lover" in str(caught.value) and "4 Natural_Beauty" in str(caught.value)

    def test_brand_by_korean_or_english_name_and_unknown_brand(self, catalog: Catalog):
        assert catalog.brand("Sulwhasoo").name == "설화수"
        assert catalog.brand("laneige").name == "라네즈"
        with pytest.raises(InvalidInput, match=r"brand: unknown brand '설하수'.*설화수"):
            catalog.brand("설하수")

    def test_product_exact_then_unique_substring(self, catalog: Catalog):
        cream = catalog.product("설화수", "자음생크림")
        assert "자음생크림" in cream.name
        assert catalog.product("설화수", cream.name) == cream
        assert catalog.product("설화수", cream.name.replace(" ", "")) == cream  # spacing-insensitive

    def test_ambiguous_product_lists_the_candidates(self, catalog: Catalog):
        with pytest.raises(InvalidInput) as caught:
            catalog.product("라네즈", "워터뱅크")
        assert caught.value.field == "product"
        assert "ambiguous" in str(caught.value)
        assert len(caught.value.allowed) >= 2 and all("워터뱅크" in n for n in caught.value.allowed)

    def test_unknown_product_lists_the_closest_names_of_that_brand(self, catalog: Catalog):
        with pytest.raises(InvalidInput) as caught:
            catalog.product("설화수", "자음생 크림 리치 특대")
        assert caught.value.field == "product"
        assert caught.value.allowed and all(n in {p.name for p in catalog.brand_products("설화수")} for n in caught.value.allowed)


class TestResolve:
    def brief(self, **kw) -> Brief:  # type: ignore[no-untyped-def]
        base = dict(persona=0, brand="설화수", product="자음생크림", stage_index=1, style_index=2)
        return Brief(**(base | kw))

    def test_event_is_chosen_by_seed_and_reproducible(self, catalog: Catalog):
        picks = {catalog.resolve(self.brief(is_event=True, seed=s)).event.id for s in range(20)}
        assert len(picks) > 1
        assert catalog.resolve(self.brief(is_event=True, seed=3)).event == catalog.resolve(
            self.brief(is_event=True, seed=3)
        ).event
        assert catalog.resolve(self.brief()).event is None

    def test_promotion_makes_an_ad_and_alimtalk_refuses_ads(self, catalog: Catalog):
        promo = next(e for e in catalog.events_for(1) if e.is_promotion)
        assert catalog.resolve(self.brief(event_id=promo.id)).is_ad is True
        with pytest.raises(InvalidInput, match="kakao_alimtalk may not carry ads") as caught:
            catalog.resolve(self.brief(event_id=promo.id, channel="kakao_alimtalk"))
        assert caught.value.field == "channel"

    def test_event_of_another_stage_is_refused(self, catalog: Catalog):
        other = catalog.events_for(4)[0]
        with pytest.raises(InvalidInput, match=f"event {other.id} belongs to stage 4"):
            catalog.resolve(self.brief(event_id=other.id))

    @pytest.mark.parametrize(
        ("change", "field"),
        [({"stage_index": 7}, "stage_index"), ({"style_index": -1}, "style_index"), ({"persona": 5}, "persona")],
    )
    def test_out_of_range_indices_name_the_field(self, catalog: Catalog, change, field):  # type: ignore[no-untyped-def]
        with pytest.raises(InvalidInput) as caught:
            catalog.resolve(self.brief(**change))
        assert caught.value.field == field and caught.value.allowed
