"""The one small interface every model backend implements: chat prompts in, texts with counts out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

# One chat prompt: [{"role": "system"|"user"|"assistant", "content": "..."}, ...]
Chat = list[dict[str, str]]
FinishReason = Literal["stop", "length"]


@dataclass(frozen=True)
class Generation:
    """One completion: its text, token counts and the seconds its batch took (shared by the batch)."""

    text: str
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    finish_reason: FinishReason = "stop"


class GenerationOptions(BaseModel):
    """Per-call decoding options; typos fail loudly (extra="forbid")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_new_tokens: int = Field(default=160, ge=1, le=8192)
    temperature: float = Field(default=0.0, ge=0.0, le=2.0, description="0 = greedy (reproducible)")
    top_p: float = Field(default=0.9, gt=0.0, le=1.0)
    repetition_penalty: float = Field(default=1.0, ge=1.0, le=2.0)
    seed: int = 0
    json_schema: dict[str, Any] | None = Field(default=None, description="Constrain the output to this JSON schema")
    prompt_lookup_tokens: int = Field(
        default=0, ge=0, le=64, description="Prompt-lookup decoding draft length (transformers, batch 1); 0 = off"
    )

    @property
    def greedy(self) -> bool:
        return self.temperature == 0.0


class Backend(Protocol):
    """A loaded (or loadable) model that completes a batch of chat prompts."""

    name: str
    model_id: str

    def generate(self, prompts: Sequence[Chat], options: GenerationOptions) -> list[Generation]:
        """One Generation per prompt, in order."""
        ...

    def warm_up(self) -> float:
        """Load (idempotent); returns the seconds this call spent loading (0.0 when already loaded)."""
        ...

    def describe(self) -> dict[str, Any]:
        """What the Models page shows: model, device, dtype, adapter, license, load state."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The init parameters, enough to rebuild this backend (keys only as env-var names)."""
        ...
