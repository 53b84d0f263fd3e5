"""The `gpu` collector: the CUDA kernel time of a graph run by eager PyTorch on the GPU, from
torch.profiler (CUPTI), measured in the worker beside the CPU units. Its rows pair that time
with the graph's torch-level text (the graph as eager runs it: decomposed ATen ops), name
eager as their backend and the GPU as their target. Where no CUDA device is found it says
so and does not run.

This path has not been run on a GPU here (the machines had none); only its detection has.
"""

from __future__ import annotations

import shutil
from typing import Any

from compiler_lab.backends.torch_backends import EagerBackend
from compiler_lab.ir.graph import Graph
from costmodel.measure.collector import Availability, Collector

#: the backend whose code the GPU rows measure
BACKEND = EagerBackend.name
#: the level of the text a GPU row carries
LEVEL = "torch"


def gpu_available() -> Availability:
    try:
        import torch
    except ImportError:
        return Availability("gpu", False, "torch is not installed")
    if not torch.cuda.is_available():
        return Availability("gpu", False, "no CUDA device (torch.cuda.is_available() is False)")
    name = torch.cuda.get_device_name(0)
    ncu = shutil.which("ncu")
    return Availability("gpu", True, detail=f"{name}; ncu {'at ' + ncu if ncu else 'absent'}")


def cuda_kernel_times(module: Any, inputs: list[Any], reps: int = 10) -> dict[str, Any]:
    """Per-call CUDA kernel time of an eager module, from torch.profiler (CUPTI)."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    module = module.to("cuda")
    args = [t.to("cuda") for t in inputs]
    with torch.no_grad():
        module(*args)
        torch.cuda.synchronize()
        with profile(activities=[ProfilerActivity.CUDA]) as prof:
            for _ in range(reps):
                module(*args)
            torch.cuda.synchronize()
    events = [e for e in prof.key_averages() if e.device_type.name == "CUDA"]
    total_us = sum(e.self_device_time_total for e in events)
    return {"cuda_kernel_s": total_us / reps / 1e6, "kernels": len(events), "reps": reps}


def graph_kernel_times(graph: Graph, values: dict[str, Any]) -> tuple[dict[str, Any], dict]:
    """(CUDA kernel time per call of `graph` run by eager, the GPU it ran on)."""
    import torch

    from compiler_lab.ir.materialize import input_list, to_module

    metrics = cuda_kernel_times(to_module(graph, values), input_list(graph, values))
    major, minor = torch.cuda.get_device_capability(0)
    return metrics, {"cpu": f"cuda:{torch.cuda.get_device_name(0)}", "isa": f"sm_{major}{minor}"}


COLLECTOR = Collector(
    "gpu",
    gpu_available,
    run_graph=graph_kernel_times,
    run_graph_level=LEVEL,
    run_graph_backend=BACKEND,
)
