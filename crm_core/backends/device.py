"""What compute this process has: the models panel and `models status` both show it."""

from __future__ import annotations

from typing import Any


def device_info() -> dict[str, Any]:
    """CUDA or not, torch version, and the GPU's name and free/total memory when there is one."""
    import torch

    info: dict[str, Any] = {"cuda": torch.cuda.is_available(), "torch": torch.__version__}
    if info["cuda"]:
        free, total = torch.cuda.mem_get_info()
        info |= {"gpu": torch.cuda.get_device_name(0), "free_gb": round(free / 2**30, 1)}
        info["total_gb"] = round(total / 2**30, 1)
    return info
