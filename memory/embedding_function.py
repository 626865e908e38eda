"""The Chroma embedding function on dealbot's own offline model (never Chroma's default, which downloads one).
Apart from ``memory.embeddings`` so that encoding text does not import chromadb."""

from __future__ import annotations

from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from memory.embeddings import encode


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
