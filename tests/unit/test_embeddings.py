"""The embedding backends on real mail: onnxruntime and torch give sentence-transformers' vectors, bfloat16
and int8 stay within a cosine of 0.9999 / 0.99 and retrieve as well, the export cache is keyed and never
half-written, and a failed export falls back to torch with a log line."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from memory import embeddings, embeddings_onnx
from memory.chunks import split_text
from tests.conftest import SHARED_DATA

AESLC = SHARED_DATA / "enron_aeslc" / "aeslc_train.csv"


def _emails(n: int) -> list[dict[str, str]]:
    if not AESLC.is_file():
        pytest.skip(f"shared AESLC data not found at {AESLC}")
    csv.field_size_limit(10**9)
    with AESLC.open(newline="") as fh:
        return [row for _, row in zip(range(n), csv.DictReader(fh), strict=False)]


@pytest.fixture(scope="module")
def mail_texts() -> list[str]:
    """Real chunk texts of many lengths (some past the model's 256 word pieces), plus edge cases."""
    texts = [piece for row in _emails(60) for piece in split_text(row["body"]) or [row["subject"]]]
    long_one = " ".join(row["body"] for row in _emails(60))[:5000]  # cut at 256 word pieces by both
    return [*texts, long_one, "", "ok", "Grüße aus Köln — naïve café, 12 500 €"]


def _sentence_transformers(texts: list[str]) -> np.ndarray:
    """The model as its authors run it: the reference every backend is held to."""
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(embeddings.model_path(), device="cpu")
    return np.asarray(model.encode(texts, normalize_embeddings=True, show_progress_bar=False))


@pytest.mark.parametrize("backend", ["onnx", "torch"])
def test_float_backends_match_sentence_transformers(mail_texts: list[str], backend: embeddings.Backend) -> None:
    reference = _sentence_transformers(mail_texts)
    ours = embeddings.encode(mail_texts, backend=backend)
    assert ours.shape == reference.shape == (len(mail_texts), embeddings.DIMENSIONS)
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert float((ours * reference).sum(axis=1).min()) > 0.9999
    # batching and order do not change a text's vector
    again = embeddings.encode(mail_texts[::-1], backend=backend, batch_size=3)[::-1]
    assert float((ours * again).sum(axis=1).min()) > 0.9999


@pytest.mark.skipif(not embeddings._cpu_has_bf16(), reason="this CPU has no native bfloat16")
def test_bf16_stays_within_a_hair_of_float(mail_texts: list[str]) -> None:
    exact, fast = (embeddings.encode(mail_texts, backend=b) for b in ("onnx", "torch-bf16"))
    assert float((exact * fast).sum(axis=1).min()) > 0.9995
    repeated = embeddings.encode([mail_texts[3], "ok", mail_texts[3], *mail_texts[:5]], backend="torch-bf16")
    assert (repeated[0] == repeated[2]).all() and (repeated[0] == repeated[6]).all()  # run once, given thrice
    expected = fast[[3, len(mail_texts) - 2, 3, 0, 1, 2, 3, 4]]  # in another batch: bfloat16 moves a hair
    assert float((repeated * expected).sum(axis=1).min()) > 0.9999


@pytest.mark.parametrize("fast_backend", ["onnx-int8", "torch-bf16"])
def test_bulk_backends_stay_close_and_retrieve_as_well(fast_backend: embeddings.Backend) -> None:
    """Each email's subject searched over every email's body chunks: int8 and bfloat16 chunks find the
    email as often, whether the question is asked on the same backend or on float (chat)."""
    if fast_backend == "torch-bf16" and not embeddings._cpu_has_bf16():
        pytest.skip("this CPU has no native bfloat16")
    rows = [r for r in _emails(150) if r["subject"].strip() and r["body"].strip()]
    bodies, owner = [], []
    for i, row in enumerate(rows):
        for piece in split_text(row["body"]):
            bodies.append(piece)
            owner.append(i)
    subjects = [r["subject"] for r in rows]
    exact, fast = (embeddings.encode(bodies, backend=b) for b in ("onnx", fast_backend))
    assert float((exact * fast).sum(axis=1).min()) > embeddings.MIN_COSINE[fast_backend]
    few_words = embeddings.encode([*subjects, "ok", ""], backend=fast_backend)  # int8: short texts go on float
    assert float((few_words * embeddings.encode([*subjects, "ok", ""], backend="onnx")).sum(axis=1).min()) > 0.999
    targets = np.array(owner)

    def mrr(corpus: np.ndarray, queries: np.ndarray) -> float:
        ranks = [int(np.nonzero(targets[np.argsort(-(q @ corpus.T))] == i)[0][0]) + 1 for i, q in enumerate(queries)]
        return float(np.mean(1 / np.array(ranks)))

    float_q, fast_q = (embeddings.encode(subjects, backend=b) for b in ("onnx", fast_backend))
    baseline = mrr(exact, float_q)
    assert baseline > 0.3  # the task is real: subjects do find their emails
    assert mrr(fast, fast_q) >= baseline - 0.02
    assert mrr(fast, float_q) >= baseline - 0.02  # bulk-embedded chunks found by float queries (chat)


def test_bulk_backend_is_the_fastest_faithful_one() -> None:
    assert embeddings.active_backend() == "onnx"
    assert embeddings.bulk_backend() == ("torch-bf16" if embeddings._cpu_has_bf16() else "onnx-int8")
    embeddings.set_backend("torch")
    try:
        assert embeddings.bulk_backend() == embeddings.active_backend() == "torch"
    finally:
        embeddings.set_backend(None)
    with pytest.raises(ValueError, match="unknown embedding backend 'gpu'"):
        embeddings.set_backend("gpu")  # type: ignore[arg-type]


def test_plan_batches_bounds_padding() -> None:
    lengths = [5, 250, 12, 12, 13, 256, 40, 41, 7, 100, 101, 3] * 20
    batches = embeddings_onnx.plan_batches(lengths, max_rows=16)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))  # each text once
    for batch in batches:
        sizes = [lengths[i] for i in batch]
        assert sizes == sorted(sizes) and len(batch) <= 16
        padded = max(sizes) * len(sizes)
        assert len(batch) == 1 or (padded <= embeddings_onnx.BATCH_TOKENS and padded <= 1.1 * sum(sizes))


def test_export_is_cached_by_weights_and_written_whole(tmp_path: Path) -> None:
    model = Path(embeddings.model_path())
    made = embeddings_onnx.onnx_file(model, folder=tmp_path)
    assert made.parent == tmp_path and embeddings_onnx.weights_digest(model) in made.name
    assert [p.name for p in tmp_path.iterdir()] == [made.name]  # no temporary file left behind
    assert embeddings_onnx.onnx_file(model, folder=tmp_path) == made  # the second call finds it
    vectors = embeddings_onnx.OnnxEncoder(model, made).encode(["the pricing call went well"])
    assert float((vectors @ embeddings.encode(["the pricing call went well"], backend="onnx").T)[0, 0]) > 0.9999

    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.json").write_text("{}")
    (broken / "model.safetensors").write_bytes(b"not weights")
    with pytest.raises(RuntimeError, match="ONNX export failed"):
        embeddings_onnx.onnx_file(broken, folder=tmp_path / "cache")
    assert list((tmp_path / "cache").iterdir()) == []  # nothing half-written for the next process to read


@pytest.fixture
def fresh_backend_choice() -> Iterator[None]:
    """Forget which backend this process chose, before and after (the environment is restored between)."""
    embeddings._detect.cache_clear()
    embeddings_onnx.load.cache_clear()
    yield
    embeddings._detect.cache_clear()
    embeddings_onnx.load.cache_clear()


def test_unusable_cache_falls_back_to_torch_with_a_log_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, fresh_backend_choice: None
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache folder cannot be made under a file")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    with caplog.at_level(logging.WARNING, logger="dealbot.embeddings"):
        assert embeddings._detect() == "torch"
    assert "ONNX embeddings unavailable" in caplog.text and "using torch (float32)" in caplog.text
    vector = embeddings.encode(["still works"], backend=embeddings._detect())
    assert vector.shape == (1, embeddings.DIMENSIONS)


def test_a_bulk_backend_that_drifts_on_this_cpu_is_passed_over(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    embeddings._fastest_bulk.cache_clear()
    monkeypatch.setitem(embeddings.MIN_COSINE, "torch-bf16", 1.01)  # no vector can be that close
    monkeypatch.setitem(embeddings.MIN_COSINE, "onnx-int8", 1.01)
    try:
        with caplog.at_level(logging.WARNING, logger="dealbot.embeddings"):
            assert embeddings.bulk_backend() == "onnx"
        assert "onnx-int8 vectors too far from float on this CPU" in caplog.text
        assert "ingesting with float onnxruntime" in caplog.text
    finally:
        embeddings._fastest_bulk.cache_clear()
