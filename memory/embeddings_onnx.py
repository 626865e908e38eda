"""all-MiniLM-L6-v2 through onnxruntime: the same vectors as sentence-transformers, faster on a CPU, and
loaded in a second without importing torch (``bench/ingest_bench.py`` times both side by side).

The model package ships safetensors only, so the model is exported to ONNX once with torch and kept in
a cache folder keyed by the weights' digest (a new model version gets a new file). The file is written
under a temporary name and renamed into place, so a process never reads a half-written model, and two
processes exporting at once both end with a complete one. Tokenising is the fast ``tokenizers`` library
on the package's ``tokenizer.json``; pooling is the mean over real (unpadded) tokens, then unit length,
as sentence-transformers does it. onnxruntime, tokenizers and torch are imported only when used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
import tempfile
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger("dealbot.embeddings")
EXPORT_FORMAT = 1  # bump when the exported graph changes, so old cache files are not used
MAX_TOKENS = 256  # the model's max_seq_length: longer texts are cut there, as sentence-transformers does
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
EXPORT_TIMEOUT_S = 600
BATCH_TOKENS = 4096  # padded tokens per model run (see plan_batches)
BATCH_WASTE = 0.1
# Dynamic int8 weights for the attention and first feed-forward matmuls only: the second feed-forward
# matmul (after GELU, the widest activation range) and the activation-by-activation attention products stay
# float. On AESLC mail this keeps the cosine to the float vectors above 0.99 for texts of 64 word pieces and
# more (min 0.992 on 1,600 chunks); shorter texts drift further (down to 0.96 for a few words) and cost
# little, so they go through the float model (see bench/ingest_bench.py --int8-check).
INT8_EXCLUDE = ("self/MatMul", "self/MatMul_1", "/output/dense/MatMul")
INT8_MIN_TOKENS = 64


def cache_dir() -> Path:
    """Where exported models are kept: ``$XDG_CACHE_HOME/dealbot/models`` (``~/.cache/dealbot/models``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dealbot" / "models"


def weights_digest(model_dir: Path) -> str:
    """A short digest of the model's weights and config: the cache key."""
    digest = hashlib.sha256()
    for name in ("config.json", "model.safetensors"):
        with (model_dir / name).open("rb") as fh:
            digest.update(hashlib.file_digest(fh, "sha256").digest())
    return digest.hexdigest()[:20]


def onnx_file(model_dir: Path, *, int8: bool = False, folder: Path | None = None) -> Path:
    """The exported model for ``model_dir`` (exporting it on first use); raises if it cannot be made."""
    folder = folder or cache_dir()
    stem = f"minilm-{weights_digest(model_dir)}-v{EXPORT_FORMAT}"
    target = folder / f"{stem}{'-int8' if int8 else ''}.onnx"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    plain = folder / f"{stem}.onnx"
    if not plain.is_file():
        _atomic(plain, lambda tmp: _export(model_dir, tmp))
    if int8:
        _atomic(target, lambda tmp: _quantize(plain, tmp))
    return target


def _atomic(target: Path, write: Any) -> None:
    fd, name = tempfile.mkstemp(prefix=target.name + ".", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        write(Path(name))
        os.chmod(name, 0o644)  # mkstemp makes it private; the cache is shared like any other
        os.replace(name, target)
    finally:
        if os.path.exists(name):
            os.unlink(name)


def _export(model_dir: Path, out: Path) -> None:
    """Export in a child process: torch and transformers (~0.5 GB) then never stay in this one's memory."""
    log.info("exporting the embedding model to ONNX once (%s)", out.parent)
    done = subprocess.run(
        [sys.executable, "-m", "memory.embeddings_onnx", str(model_dir), str(out)],
        capture_output=True, text=True, timeout=EXPORT_TIMEOUT_S, check=False,
    )  # fmt: skip
    if done.returncode != 0 or not out.is_file() or out.stat().st_size == 0:
        last = (done.stderr or done.stdout or "no output").strip().splitlines()[-1:]
        raise RuntimeError(f"ONNX export failed (exit {done.returncode}): {' '.join(last)}")


def export_here(model_dir: Path, out: Path) -> None:
    """The export itself, in this process: the model's last hidden state for ids, mask and token types."""
    import torch
    from transformers import AutoModel

    # Eager attention: the traced graph then keeps the padding mask as real operations.
    model = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager").eval()

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    ids = torch.ones((2, 8), dtype=torch.long)
    mask = torch.ones_like(ids)
    mask[1, 4:] = 0  # trace with padding, so no mask-free shortcut is baked in
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "hidden")}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # the TorchScript exporter's deprecation and tracer notes
        torch.onnx.export(
            Hidden(), (ids, mask, torch.zeros_like(ids)), str(out), dynamo=False, input_names=list(INPUTS),
            output_names=["hidden"], dynamic_axes=axes, opset_version=17,
        )  # fmt: skip


def _quantize(source: Path, out: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    names = [n.name for n in onnx.load(str(source), load_external_data=False).graph.node if n.op_type == "MatMul"]
    exclude = [n for n in names if n.endswith(INT8_EXCLUDE) and "attention/output" not in n]
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)  # the quantiser logs a line per tensor, and advice, on the root logger
    try:
        quantize_dynamic(
            source, out, weight_type=QuantType.QInt8, per_channel=True, op_types_to_quantize=["MatMul"],
            nodes_to_exclude=exclude,
        )  # fmt: skip
    finally:
        logging.disable(previous)


def physical_cores() -> int:
    """Cores this process may use, counting hyper-threads of one core once (onnxruntime's sweet spot)."""
    allowed = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else set(range(os.cpu_count() or 1))
    siblings = set()
    for cpu in allowed:
        try:
            siblings.add(Path(f"/sys/devices/system/cpu/cpu{cpu}/topology/thread_siblings_list").read_text().strip())
        except OSError:
            siblings.add(str(cpu))
    return max(1, len(siblings))


class OnnxEncoder:
    """Sentence vectors from an exported MiniLM: tokenise, run, mean-pool, normalise."""

    def __init__(self, model_dir: Path, onnx_path: Path, *, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.path = onnx_path
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()  # the file pads every text to 128; we pad per batch instead
        self.tokenizer.enable_truncation(model_max_tokens(model_dir))
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = threads or physical_cores()
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # warnings about the CPU-specific fusions are not news
        # Idle worker threads sleep instead of spinning: ingestion does its other work on the same cores
        # meanwhile (measured: spinning cost ~20% more CPU and wall time on a busy 2-core machine).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
        self.wanted = {i.name for i in self.session.get_inputs()}
        self.short: OnnxEncoder | None = None  # int8 only: the float encoder, for texts under INT8_MIN_TOKENS

    def encode(self, texts: list[str], *, batch_size: int = 64) -> np.ndarray:
        """Unit-length float32 vectors, one row per text, in the order given."""
        out = np.zeros((len(texts), 384), dtype=np.float32)
        if not texts:
            return out
        ids = [e.ids for e in self.tokenizer.encode_batch(texts, add_special_tokens=True)]
        lengths = [len(i) for i in ids]
        short = [i for i, n in enumerate(lengths) if self.short is not None and n < INT8_MIN_TOKENS]
        long = [i for i, n in enumerate(lengths) if self.short is None or n >= INT8_MIN_TOKENS]
        for part, model in ((short, self.short), (long, self)):
            for batch in plan_batches([lengths[i] for i in part], max_rows=batch_size):
                rows = [part[i] for i in batch]
                out[rows] = (model or self)._run([ids[i] for i in rows])
        return out

    def _run(self, batch: list[list[int]]) -> np.ndarray:
        width = max(len(ids) for ids in batch)
        input_ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros_like(input_ids)
        for row, ids in enumerate(batch):
            input_ids[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1
        feed = {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": np.zeros_like(input_ids)}
        hidden = self.session.run(["hidden"], {k: v for k, v in feed.items() if k in self.wanted})[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)


def plan_batches(
    lengths: list[int], *, max_rows: int = 64, max_tokens: int = BATCH_TOKENS, max_waste: float = BATCH_WASTE
) -> list[list[int]]:
    """Indexes of texts grouped for the model, shortest first. Every text in a batch is padded to the
    longest, so a batch closes before padding would exceed ``max_waste`` of its real tokens, or its
    padded size ``max_tokens``: on mail-length texts fixed batches of 64 wasted ~60% of the work."""
    batches: list[list[int]] = []
    batch: list[int] = []
    real = 0
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        padded = lengths[i] * (len(batch) + 1)  # sorted: this text is the batch's longest
        if batch and (len(batch) >= max_rows or padded > max_tokens or padded > (1 + max_waste) * (real + lengths[i])):
            batches.append(batch)
            batch, real = [], 0
        batch.append(i)
        real += lengths[i]
    if batch:
        batches.append(batch)
    return batches


def model_max_tokens(model_dir: Path) -> int:
    try:
        return int(json.loads((model_dir / "sentence_bert_config.json").read_text())["max_seq_length"])
    except (OSError, ValueError, KeyError):
        return MAX_TOKENS


@lru_cache(maxsize=4)
def load(model_dir: str, *, int8: bool = False) -> OnnxEncoder:
    """The encoder for ``model_dir`` (exported and cached on first use); raises when that fails."""
    path = Path(model_dir)
    target = onnx_file(path, int8=int8)
    try:
        encoder = OnnxEncoder(path, target)
    except Exception:  # a cache file that onnxruntime refuses (damaged disk, old format): make it again
        log.warning("cached ONNX model %s is unusable; exporting again", target, exc_info=True)
        target.unlink(missing_ok=True)
        encoder = OnnxEncoder(path, onnx_file(path, int8=int8))
    if int8:
        encoder.short = load(model_dir, int8=False)
    return encoder


if __name__ == "__main__":  # the child process of _export: python -m memory.embeddings_onnx MODEL_DIR OUT
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    export_here(Path(sys.argv[1]), Path(sys.argv[2]))
