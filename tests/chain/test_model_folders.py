"""Broken model and adapter folders: a clear error naming the file, never a traceback or a pickle load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_core.backends.model_files import adapter_folder
from crm_core.backends.transformers_local import TransformersBackend, TransformersOptions
from crm_core.cli import main
from crm_core.errors import UnknownModel


def model_folder(folder: Path, config: str = '{"model_type": "qwen2"}', weights: str = "model.safetensors") -> Path:
    folder.mkdir(parents=True)
    (folder / "config.json").write_text(config, encoding="utf-8")
    (folder / weights).write_bytes(b"not really weights")
    return folder


def backend(folder: Path, **options: object) -> TransformersBackend:
    return TransformersBackend(TransformersOptions(model=str(folder), role="refiner", device="cpu", **options))


def test_models_status_on_a_broken_config_reports_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = model_folder(tmp_path / "broken", config='{"model_type": "qwen2",')
    listed = model_folder(tmp_path / "listed", config="[1, 2]")
    code = main(["models", "status", "--drafter", str(broken), "--refiner", str(listed), "--models_dir", str(tmp_path)])
    drafter, refiner = json.loads(capsys.readouterr().out)["models"]
    assert code == 1
    assert (drafter["loadable"], refiner["loadable"]) == (False, False)
    assert drafter["problems"][0].startswith(f"{broken / 'config.json'} is not valid JSON (")
    assert refiner["problems"] == [f"{listed / 'config.json'} holds a JSON list, not an object"]


def test_pickle_weights_are_refused_before_loading_naming_the_file(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "pickled", weights="pytorch_model.bin")
    with pytest.raises(UnknownModel, match=r"pytorch_model\.bin is a pickle weight file, which can run code") as raised:
        backend(folder).warm_up()
    assert str(raised.value).startswith(f"refiner {str(folder)!r} at {folder} cannot be loaded: {folder}")
    assert "safe_serialization=True" in str(raised.value)


def test_a_model_without_model_type_or_weights_lists_every_problem(tmp_path: Path) -> None:
    folder = tmp_path / "empty-config"
    folder.mkdir()
    (folder / "config.json").write_text("{}", encoding="utf-8")
    (folder / "model.safetensors").write_bytes(b"")
    (folder / "tokenizer_config.json").write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(UnknownModel) as raised:
        backend(folder).warm_up()
    message = str(raised.value)
    assert f"{folder / 'config.json'} has no model_type" in message
    assert f"{folder / 'tokenizer_config.json'} is not UTF-8 text" in message


def test_adapter_folders_are_checked_too(tmp_path: Path) -> None:
    pickled = tmp_path / "lora-bin"
    pickled.mkdir()
    (pickled / "adapter_config.json").write_text('{"r": 4}', encoding="utf-8")
    (pickled / "adapter_model.bin").write_bytes(b"pickle")
    with pytest.raises(UnknownModel, match=r"adapter_model\.bin is a pickle weight file"):
        adapter_folder(str(pickled), tmp_path)
    broken = tmp_path / "lora-broken"
    broken.mkdir()
    (broken / "adapter_config.json").write_text("{", encoding="utf-8")
    (broken / "adapter_model.safetensors").write_bytes(b"")
    with pytest.raises(UnknownModel, match=rf"{broken / 'adapter_config.json'} is not valid JSON"):
        adapter_folder(str(broken), tmp_path)


def test_make_tiny_into_a_path_that_cannot_be_a_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    assert main(["models", "make-tiny", str(blocker / "models")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: dir: cannot write the tiny models to {blocker / 'models'}")
