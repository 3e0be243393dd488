"""Where model weights live (a folder under models/, any path, or the Hugging Face cache) and their licences.

Loading never downloads (local_files_only): an absent model fails fast with UnknownModel naming the
command that fetches it. `pull` is the one place that goes to the network.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from crm_core.errors import BackendUnavailable, UnknownModel

# What the Models page must show for the defaults (weights' licences, not the code's).
KNOWN_LICENSES: dict[str, dict[str, Any]] = {
    "Qwen/Qwen2.5-1.5B-Instruct": {"license": "apache-2.0", "commercial_use": True},
    "LGAI-EXAONE/EXAONE-4.0-1.2B": {
        "license": "EXAONE AI Model License Agreement 1.2 - NC",
        "commercial_use": False,
        "note": "non-commercial weights: research and evaluation only; get a licence from LG AI Research first",
    },
}
WEIGHT_PATTERNS = ("*.safetensors", "*.bin")
PULL_PATTERNS = ["*.json", "*.safetensors", "*.jinja", "*.txt", "*.model", "tokenizer*", "README.md", "LICENSE*"]
_REPO_ID = re.compile(r"^[A-Za-z0-9][\w.\-]*/[\w.\-]+$")


@dataclass(frozen=True)
class ModelLocation:
    """A model id resolved to a folder on disk, and where we found it."""

    model_id: str
    path: Path
    source: str  # "path" | "models_dir" | "hf_cache"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "path": str(self.path)}


def is_repo_id(model: str) -> bool:
    return bool(_REPO_ID.match(model)) and not Path(model).exists()


def is_model_folder(path: Path) -> bool:
    return (path / "config.json").is_file() and any(any(path.glob(p)) for p in WEIGHT_PATTERNS)


def json_problem(path: Path) -> str | None:
    """Why a JSON file cannot be read as an object (None when it can), naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"{path} is missing"
    except UnicodeDecodeError:
        return f"{path} is not UTF-8 text"
    except (ValueError, RecursionError) as exc:
        return f"{path} is not valid JSON ({exc})"
    except OSError as exc:
        return f"{path} cannot be read ({exc.strerror})"
    return None if isinstance(data, dict) else f"{path} holds a JSON {type(data).__name__}, not an object"


def weights_problem(folder: Path, safetensors: str, kind: str) -> str | None:
    """Only safetensors weights load: pickle (.bin/.pt) files can run code when read, so they are refused."""
    if any(folder.glob(safetensors)):
        return None
    pickles = sorted(p.name for pattern in ("*.bin", "*.pt", "*.pth", "*.ckpt") for p in folder.glob(pattern))
    if pickles:
        return (
            f"{folder / pickles[0]} is a pickle weight file, which can run code when loaded, so it is refused; "
            f"save the {kind} with safetensors (save_pretrained(..., safe_serialization=True))"
        )
    return f"{folder} has no {safetensors} weights"


def model_folder_problems(folder: Path) -> list[str]:
    """Everything wrong with a causal-LM folder before loading it: config, weights, tokenizer config."""
    problems = [p for p in (json_problem(folder / "config.json"),) if p]
    if not problems:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        if not isinstance(config.get("model_type"), str):
            problems.append(f"{folder / 'config.json'} has no model_type")
    weights = weights_problem(folder, "*.safetensors", "model")
    if weights:
        problems.append(weights)
    tokenizer_config = folder / "tokenizer_config.json"
    if tokenizer_config.exists() and (problem := json_problem(tokenizer_config)):
        problems.append(problem)
    return problems


def adapter_folder_problems(folder: Path) -> list[str]:
    """Everything wrong with a LoRA adapter folder before loading it."""
    problems = [p for p in (json_problem(folder / "adapter_config.json"),) if p]
    weights = weights_problem(folder, "adapter_model.safetensors", "adapter")
    return problems + ([weights] if weights else [])


def require_loadable(folder: Path, problems: list[str], what: str) -> None:
    """:raises UnknownModel: listing every problem of the folder, each naming its file."""
    if problems:
        raise UnknownModel(f"{what} at {folder} cannot be loaded: " + "; ".join(problems))


def candidate_folders(model: str, models_dir: Path) -> list[Path]:
    """models/<org>/<name>, models/<org>--<name> and models/<name>, in that order."""
    name = model.rstrip("/").split("/")[-1]
    return [models_dir / model, models_dir / model.replace("/", "--"), models_dir / name]


def hf_cache_folder(model: str) -> Path | None:
    """The cached snapshot of a hub id, or None; never touches the network."""
    if not is_repo_id(model):
        return None
    try:
        from huggingface_hub import snapshot_download

        folder = Path(snapshot_download(model, local_files_only=True))
    except Exception:  # any miss (not cached, no hub library, bad id) means "not here"
        return None
    return folder if is_model_folder(folder) else None


def locate(model: str, models_dir: Path) -> ModelLocation | None:
    """Find a model without downloading: an explicit path, a folder under models_dir, then the HF cache."""
    path = Path(model).expanduser()
    if path.exists():
        return ModelLocation(model, path.resolve(), "path") if is_model_folder(path) else None
    for folder in candidate_folders(model, models_dir):
        if is_model_folder(folder):
            return ModelLocation(model, folder.resolve(), "models_dir")
    cached = hf_cache_folder(model)
    return ModelLocation(model, cached, "hf_cache") if cached else None


def resolve(model: str, models_dir: Path, role: str = "model") -> ModelLocation:
    """Like locate, but an absent model raises UnknownModel saying how to get it.

    :raises UnknownModel: naming the folders searched and the fix.
    """
    found = locate(model, models_dir)
    if found:
        return found
    path = Path(model).expanduser()
    if path.exists():
        raise UnknownModel(
            f"{role} folder {path} has no config.json and *.safetensors weights; point CRM_{role.upper()} "
            "at a saved transformers model folder"
        )
    if not is_repo_id(model):
        raise UnknownModel(f"{role} {model!r} is neither a folder nor a Hugging Face id like 'org/name'")
    where = ", ".join(str(p) for p in candidate_folders(model, models_dir))
    raise UnknownModel(
        f"{role} {model!r} is not on this machine (looked in {where} and the Hugging Face cache). "
        "Run `python -m crm_core models pull` with internet access, copy the model folder to "
        f"{candidate_folders(model, models_dir)[0]}, or use --backend template"
    )


def adapter_folder(adapter: str | None, models_dir: Path) -> Path | None:
    """A LoRA adapter folder (adapter_config.json inside), given as a path or a name under models_dir.

    :raises UnknownModel: when the adapter is set but not found.
    """
    if not adapter:
        return None
    for folder in (Path(adapter).expanduser(), models_dir / adapter):
        if (folder / "adapter_config.json").is_file():
            require_loadable(folder, adapter_folder_problems(folder), f"adapter {adapter!r}")
            return folder.resolve()
    raise UnknownModel(
        f"adapter {adapter!r} not found: expected a folder with adapter_config.json at that path or under "
        f"{models_dir}; train one or unset CRM_ADAPTER"
    )


def license_of(model_id: str, folder: Path | None) -> dict[str, Any]:
    """Licence facts for the Models page: known defaults, tiny test models, else the model card's front matter."""
    if model_id in KNOWN_LICENSES:
        return dict(KNOWN_LICENSES[model_id])
    if folder is not None and (folder / "tiny.json").is_file():
        return {"license": "none (random test weights)", "commercial_use": False, "note": "tiny random model"}
    if folder is not None and (folder / "config.json").is_file():
        for key, value in _front_matter(folder / "README.md").items():
            if key == "license":
                return {"license": value, "commercial_use": None, "note": "from the model card; check it yourself"}
    return {"license": "unknown", "commercial_use": None, "note": "no model card found; check the licence"}


def _front_matter(readme: Path) -> dict[str, str]:
    if not readme.is_file():
        return {}
    text = readme.read_text(encoding="utf-8", errors="replace")
    if not text.startswith("---"):
        return {}
    block = text.split("---", 2)[1]
    return dict(line.split(":", 1) for line in block.splitlines() if ":" in line and not line.startswith(" "))


def folder_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def model_status(model: str, models_dir: Path, role: str) -> dict[str, Any]:
    """Present / loadable / licence of one configured model, without loading it."""
    found = locate(model, models_dir)
    info: dict[str, Any] = {"role": role, "model": model, "present": found is not None}
    if found:
        problems = model_folder_problems(found.path)
        config = {} if problems else json.loads((found.path / "config.json").read_text(encoding="utf-8"))
        info |= {
            "path": str(found.path),
            "source": found.source,
            "architecture": config.get("model_type"),
            "size_mb": round(folder_bytes(found.path) / 2**20, 1),
            "has_chat_template": not problems and _has_chat_template(found.path),
        }
        info["loadable"] = info["has_chat_template"]
        if problems:
            info["problems"] = problems
    else:
        info["loadable"] = False
        info["fix"] = "python -m crm_core models pull" if is_repo_id(model) else "point the setting at a model folder"
    info["license"] = license_of(model, found.path if found else None)
    return info


def _has_chat_template(folder: Path) -> bool:
    if (folder / "chat_template.jinja").is_file():
        return True
    config = folder / "tokenizer_config.json"
    return config.is_file() and "chat_template" in json.loads(config.read_text(encoding="utf-8"))


def hub_reachable(timeout_s: float = 5.0) -> str | None:
    """None when the hub answers, else why not (so `pull` fails in seconds, not after retries)."""
    import httpx

    endpoint = os.environ.get("HF_ENDPOINT", "https://huggingface.co")
    if os.environ.get("HF_HUB_OFFLINE", "0") not in ("0", "", "false", "False"):
        return "HF_HUB_OFFLINE is set"
    try:
        httpx.head(endpoint, timeout=timeout_s, follow_redirects=True)
    except httpx.HTTPError as exc:
        return f"{endpoint} is unreachable ({type(exc).__name__}: {exc})"
    return None


def pull(model: str, models_dir: Path) -> Path:
    """Download a hub model into models_dir/<org>/<name> with a progress bar.

    :raises BackendUnavailable: offline, saying what to do instead.
    """
    if not is_repo_id(model):
        raise UnknownModel(f"{model!r} is not a Hugging Face id like 'org/name'; nothing to pull")
    why = hub_reachable()
    if why:
        raise BackendUnavailable(
            f"cannot download {model}: {why}. Run `python -m crm_core models pull` on a machine with internet and "
            f"copy {candidate_folders(model, models_dir)[0]} here, or keep using --backend template"
        )
    from huggingface_hub import snapshot_download

    target = candidate_folders(model, models_dir)[0]
    target.mkdir(parents=True, exist_ok=True)
    return Path(snapshot_download(model, local_dir=target, allow_patterns=PULL_PATTERNS))
