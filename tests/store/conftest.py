"""Vector memory for the store tests: one embedded Chroma per session, a fresh collection per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings

from memory.vector import VectorMemory


@pytest.fixture(scope="session")
def chroma_client(tmp_path_factory: pytest.TempPathFactory, embedding_model: None) -> Any:
    path = tmp_path_factory.mktemp("chroma")
    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


@pytest.fixture
def vectors(chroma_client: Any) -> Iterator[VectorMemory]:
    name = f"t-{uuid.uuid4().hex[:10]}"
    yield VectorMemory(chroma_client, collection=name)
    chroma_client.delete_collection(name)
