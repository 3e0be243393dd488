"""The benchmark's hand-written configs are the real default models: parameter counts match the H100 anchors."""

from __future__ import annotations

import pytest
import torch
from transformers import AutoModelForCausalLM

from bench.chain_bench import EXAONE_4_0_1_2B, QWEN2_5_1_5B_INSTRUCT, build_config


@pytest.mark.parametrize(
    ("raw", "arch", "params_m"),
    [(QWEN2_5_1_5B_INSTRUCT, "Qwen2ForCausalLM", 1544), (EXAONE_4_0_1_2B, "Exaone4ForCausalLM", 1279)],
)
def test_configs_build_the_real_architectures(raw: dict, arch: str, params_m: int) -> None:
    with torch.device("meta"):  # shapes only: no memory, no time
        model = AutoModelForCausalLM.from_config(build_config(raw, layers=None))
        cut = AutoModelForCausalLM.from_config(build_config(raw, layers=2))
    assert type(model).__name__ == arch
    assert round(sum(p.numel() for p in model.parameters()) / 1e6) == params_m  # ../shared/bench anchors
    assert cut.config.num_hidden_layers == 2 and len(cut.model.layers) == 2
