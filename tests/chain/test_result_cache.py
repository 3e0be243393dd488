"""The result cache under concurrency and damage: atomic writes from many threads, damage is a miss."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from crm_core.chain import ModelChainGenerator
from crm_core.chain.cache import CachedCopy, ResultCache
from tests.chain.conftest import ScriptedBackend, length_check, make_request

GOOD = json.dumps({"title": "자음생크림, 처음 쓰는 법", "body": "세안 후 적당량을 펴 발라 보세요.", "cta": "사용법"})


def copy(n: int) -> CachedCopy:
    return CachedCopy(title=f"제목 {n}", body="본문" * 50, cta="보기", draft="초안", raw=GOOD, attempts=1)


def test_100_threads_generating_the_same_brief_through_the_cache_all_succeed(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "chain")
    drafter = ScriptedBackend().enqueue(*["초안"] * 100)
    refiner = ScriptedBackend().enqueue(*[GOOD] * 100)
    gen = ModelChainGenerator(drafter, refiner, cache=cache)

    def one(_: int) -> tuple[str, bool]:
        [candidate] = gen.generate([make_request()], length_check)
        return candidate.title, candidate.needs_edit

    with ThreadPoolExecutor(max_workers=100) as pool:
        outcomes = list(pool.map(one, range(100)))
    assert outcomes == [("자음생크림, 처음 쓰는 법", False)] * 100
    [entry] = (tmp_path / "chain").rglob("*.json")
    assert CachedCopy.model_validate_json(entry.read_bytes()).title == "자음생크림, 처음 쓰는 법"
    assert list((tmp_path / "chain").rglob("*.tmp")) == []  # no temp file left behind


def test_100_threads_writing_one_entry_leave_a_whole_file(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "chain")
    key = "ab" + "0" * 62

    def write(n: int) -> CachedCopy | None:
        for _ in range(12):
            cache.put(key, copy(n))
        return cache.get(key)

    with ThreadPoolExecutor(max_workers=100) as pool:
        read_back = list(pool.map(write, range(100)))
    assert all(value is not None and value.body == "본문" * 50 for value in read_back)
    assert list((tmp_path / "chain").rglob("*.tmp")) == []


@pytest.mark.parametrize(
    "damage",
    [b"", b'{"title": "half', b"\xff\xfe\x00binary", b"[1, 2]", b'{"title": 1}', json.dumps({"x": 1}).encode()],
    ids=["empty", "truncated", "binary", "list", "wrong-type", "other-shape"],
)
def test_a_damaged_entry_is_a_miss_and_is_regenerated(tmp_path: Path, damage: bytes) -> None:
    cache = ResultCache(tmp_path / "chain")
    gen = ModelChainGenerator(ScriptedBackend().enqueue("초안"), ScriptedBackend().enqueue(GOOD), cache=cache)
    key = cache.key(make_request(), gen.identity())
    cache.path(key).parent.mkdir(parents=True)
    cache.path(key).write_bytes(damage)
    assert cache.get(key) is None
    [candidate] = gen.generate([make_request()], length_check)
    assert candidate.title == "자음생크림, 처음 쓰는 법" and "cache_hit" not in candidate.timing
    assert cache.get(key) == CachedCopy(
        title=candidate.title, body=candidate.body, cta=candidate.cta, draft="초안", raw=GOOD, attempts=1
    )
