"""One settings object: defaults, then a TOML file, then CRM_* environment variables.

Typos fail loudly (extra="forbid"); API keys are referenced by env-var name, never stored.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from crm_core.errors import InvalidInput

REPO_ROOT = Path(__file__).resolve().parents[1]
CONFIG_ENV = "CRM_CONFIG"
DEFAULT_CONFIG_FILE = REPO_ROOT / "crm.toml"

BackendName = Literal["auto", "template", "transformers", "openai"]


class Settings(BaseModel):
    """Everything a run needs to know about where things live and which models to use."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    data_dir: Path = REPO_ROOT / "data"
    cache_dir: Path = REPO_ROOT / "cache"
    index_dir: Path | None = Field(
        default=None, description="Retrieval index cache (content-keyed, safe to share); default cache_dir"
    )
    models_dir: Path = REPO_ROOT / "models"
    db_url: str = Field(default="", description="SQLAlchemy URL; empty means sqlite under cache_dir")

    backend: BackendName = "auto"
    drafter: str = "Qwen/Qwen2.5-1.5B-Instruct"
    refiner: str = "LGAI-EXAONE/EXAONE-4.0-1.2B"
    adapter: str | None = Field(default=None, description="LoRA adapter folder for the refiner")
    quantization: Literal["none", "8bit", "4bit"] = "none"
    device: Literal["auto", "cuda", "cpu"] = "auto"
    max_batch: int = Field(default=32, ge=1, le=512, description="Rows per generate call on the GPU")
    compile: bool = Field(default=False, description="Static KV cache + compiled decode step (CUDA); warm-up compiles")
    draft_max_new_tokens: int = Field(default=160, ge=8, le=2048)
    refine_max_new_tokens: int = Field(default=256, ge=16, le=4096)
    temperature: float = Field(default=0.0, ge=0.0, le=2.0, description="0 = greedy, reproducible copy")
    constrained_json: bool = Field(default=True, description="Constrain the refiner to the JSON schema (xgrammar)")
    prompt_lookup_tokens: int = Field(default=0, ge=0, le=64, description="Prompt-lookup decoding at batch 1; 0 = off")
    result_cache: bool = Field(default=True, description="Reuse accepted chain results stored under cache_dir")

    openai_base_url: str = "http://127.0.0.1:8000/v1"
    openai_model: str = ""
    openai_drafter_model: str = ""
    openai_key_env: str = Field(default="OPENAI_API_KEY", description="Name of the env var holding the key")
    openai_timeout_s: float = Field(default=60.0, gt=0)
    openai_retries: int = Field(default=1, ge=0, le=5)
    openai_response_format: Literal["json_schema", "json_object", "none"] = "json_schema"
    openai_max_concurrency: int = Field(default=8, ge=1, le=256)
    openai_deadline_s: float = Field(default=120.0, gt=0, description="Whole request to the server, retries included")
    openai_max_reply_bytes: int = Field(default=1_000_000, ge=1024, description="Larger replies are refused")

    embedding_model: str = "intfloat/multilingual-e5-small"
    import_dirs: tuple[Path, ...] = Field(
        default=(REPO_ROOT / "imports",),
        description="Folders whose files the Data page may import from a typed path (besides data_dir); "
        "in CRM_IMPORT_DIRS separated by the OS path separator",
    )

    sender_name: str = Field(default="", description="Sender shown in ad messages; empty uses the brand")
    opt_out_number: str = Field(default="080-000-0000", description="Free opt-out number for ad messages")
    sender_number: str = Field(
        default="", description="Registered sender (callback) number for SMS, LMS and Kakao; empty = not set yet"
    )

    @field_validator("import_dirs", mode="before")
    @classmethod
    def _path_list(cls, value: Any) -> Any:
        return tuple(part for part in value.split(os.pathsep) if part) if isinstance(value, str) else value

    @property
    def retrieval_cache_dir(self) -> Path:
        return self.index_dir or self.cache_dir

    @property
    def database_url(self) -> str:
        return self.db_url or f"sqlite:///{self.cache_dir / 'workbench.sqlite'}"


def env_overrides(environ: dict[str, str] | None = None) -> dict[str, Any]:
    """CRM_<FIELD> variables, e.g. CRM_BACKEND=template, CRM_DATA_DIR=/srv/catalog."""
    environ = dict(os.environ if environ is None else environ)
    out: dict[str, Any] = {}
    for name in Settings.model_fields:
        key = f"CRM_{name.upper()}"
        if key in environ:
            out[name] = environ[key]
    return out


def load_settings(path: str | Path | None = None, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Defaults ← TOML file (CRM_CONFIG or ./crm.toml when present) ← environment ← overrides.

    :raises InvalidInput: naming the bad key and the allowed values.
    """
    env = dict(os.environ if environ is None else environ)
    explicit = path or env.get(CONFIG_ENV)
    file = Path(explicit) if explicit else DEFAULT_CONFIG_FILE
    values: dict[str, Any] = {}
    if file.exists():
        try:
            values.update(tomllib.loads(file.read_text(encoding="utf-8")))
        except tomllib.TOMLDecodeError as exc:
            raise InvalidInput(str(file), f"invalid TOML: {exc}") from None
    elif explicit:
        raise InvalidInput("config", f"file not found: {file}")
    values.update(env_overrides(env))
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**values)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            raise InvalidInput(field, "unknown setting", allowed=sorted(Settings.model_fields)) from None
        raise InvalidInput(field, err["msg"]) from None
