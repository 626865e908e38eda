"""all-MiniLM-L6-v2 on torch for bulk ingestion: the fast ``tokenizers`` tokeniser, batches planned by token
budget (``embeddings_onnx.plan_batches``), PyTorch's fused attention, the model traced to TorchScript, one
single-threaded worker per core, and, on CPUs with native bfloat16 (AVX512-BF16 / AMX), bfloat16 weights.

Measured on this 2-core Sapphire Rapids machine on AESLC mail chunks (``bench/ingest_bench.py``): bfloat16
embeds ~2x faster than int8 onnxruntime and ~3x faster than float32, within a cosine of 0.9999 of float32
(int8: 0.99). Without native bfloat16 the weights would be emulated and slow, so ``memory.embeddings`` only
picks bfloat16 where the CPU has it. torch is imported only when used.

Why each choice (all measured while ingestion linked and stored the next batch on the same cores):
- TorchScript: the model's Python forward needs the GIL for every operation, and ingestion's own Python
  work holds it; eager embedding fell to a quarter of its speed next to a busy Python thread, the traced
  graph (which runs without the GIL) to two thirds, its fair share of the cores.
- one single-threaded worker per core, each running whole batches: an operation split over all cores waits
  at each step for its slowest thread, and ran at half speed whenever another thread held a core.
- widths padded to a multiple of ``WIDTH_STEP``: oneDNN builds a kernel per shape it meets; fewer distinct
  shapes ran ~25% faster than padding each batch to its exact longest text.
"""

from __future__ import annotations

import logging
import warnings
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from memory.embeddings_onnx import model_max_tokens, physical_cores, plan_batches

DIMENSIONS = 384
WIDTH_STEP = 16
TRACE_MIN_COSINE = 0.9999  # the traced graph must give the Python model's vectors back, or is not used
log = logging.getLogger("dealbot.embeddings")


class TorchEncoder:
    """Sentence vectors from MiniLM on torch: tokenise, run in token-budget batches, mean-pool, normalise."""

    def __init__(self, model_dir: Path, *, bf16: bool, threads: int | None = None) -> None:
        import torch
        from tokenizers import Tokenizer
        from transformers import AutoModel
        from transformers.utils import logging as hf_logging

        self.torch = torch
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(model_max_tokens(model_dir))
        # torch's thread count is per process: nothing else in dealbot runs torch (queries use onnxruntime).
        torch.set_num_threads(1)
        self.pool = ThreadPoolExecutor(max_workers=threads or physical_cores(), thread_name_prefix="dealbot-embed")
        verbosity, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
        hf_logging.set_verbosity_error()  # loading and tracing notes, progress bars: not news in a CLI run
        hf_logging.disable_progress_bar()
        try:
            model = AutoModel.from_pretrained(
                str(model_dir), attn_implementation="sdpa", dtype=torch.bfloat16 if bf16 else torch.float32
            ).eval()
            self.forward: Any = _hidden(model)
            self.traced = False
            self._use_traced_if_faithful(model)
        finally:
            hf_logging.set_verbosity(verbosity)
            if bars:
                hf_logging.enable_progress_bar()

    def encode(self, texts: list[str], *, batch_size: int = 64) -> np.ndarray:
        """Unit-length float32 vectors, one row per text, in the order given. A text given several times
        (the same signature or forwarded paragraph in many mails) is run once."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        unique = list(dict.fromkeys(texts))
        if len(unique) < len(texts):
            row = {text: i for i, text in enumerate(unique)}
            return self.encode(unique, batch_size=batch_size)[[row[t] for t in texts]]
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        ids = [e.ids for e in self.tokenizer.encode_batch(texts, add_special_tokens=True)]
        widths = [-(-len(i) // WIDTH_STEP) * WIDTH_STEP for i in ids]
        batches = plan_batches(widths, max_rows=batch_size)
        batches.sort(key=lambda b: -max(widths[i] for i in b) * len(b))  # biggest first: the workers end together

        def run(batch: list[int]) -> None:
            out[batch] = self._run([ids[i] for i in batch], width=max(widths[i] for i in batch))

        list(self.pool.map(run, batches))
        return out

    def _run(self, batch: list[list[int]], *, width: int) -> np.ndarray:
        torch = self.torch
        input_ids = torch.zeros((len(batch), width), dtype=torch.long)
        mask = torch.zeros_like(input_ids)
        for row, ids in enumerate(batch):
            input_ids[row, : len(ids)] = torch.tensor(ids)
            mask[row, : len(ids)] = 1
        with torch.inference_mode():
            hidden = self.forward(input_ids, mask).float()
        weights = mask.unsqueeze(-1).float()
        pooled = (hidden * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=1).numpy()

    def _use_traced_if_faithful(self, model: Any) -> None:
        """Trace the model (with padding, so the mask stays in the graph) and keep the trace only if it
        gives the Python model's vectors on texts of other lengths and batch shapes than it was traced on."""
        torch = self.torch
        probes = ["ok", "Can you send the revised quote for 40 seats before Friday?", " ".join(["pricing"] * 300)]
        try:
            ids = torch.ones((2, WIDTH_STEP), dtype=torch.long)
            mask = torch.ones_like(ids)
            mask[1, WIDTH_STEP // 2 :] = 0
            with warnings.catch_warnings(), torch.inference_mode():
                warnings.simplefilter("ignore")  # the tracer's notes on Python values it fixes
                traced = torch.jit.freeze(torch.jit.trace(_hidden(model), (ids, mask), check_trace=False))
            python = self.encode(probes)
            self.forward = traced
            worst = float((self.encode(probes) * python).sum(axis=1).min())
            if worst < TRACE_MIN_COSINE:
                raise ValueError(f"traced vectors differ (cosine {worst:.5f})")
            self.traced = True
        except Exception as exc:  # a model or torch version the tracer does not handle: slower, still right
            self.forward = _hidden(model)
            log.warning("embedding model not traced (%s: %s); running it in Python", type(exc).__name__, exc)


def _hidden(model: Any) -> Any:
    """A module giving the model's last hidden state for ids and mask: what is traced, and the fallback."""
    import torch

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    return Hidden().eval()


@lru_cache(maxsize=2)
def load(model_dir: str, *, bf16: bool) -> TorchEncoder:
    """The encoder for ``model_dir``, loaded once per process and precision."""
    return TorchEncoder(Path(model_dir), bf16=bf16)
