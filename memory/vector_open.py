"""Opening the vector memory lazily: chromadb and the embedding model load only in a process that
actually searches or writes memory, and then once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from memory.vector import VectorMemory


def lazy_vector_memory(*, var_dir: Path, host: str | None = None, port: int = 8000) -> Callable[[], VectorMemory]:
    """A function that opens the vector memory on its first call and returns the same one after."""
    opened: list[VectorMemory] = []
    lock = threading.Lock()

    def open_memory() -> VectorMemory:
        with lock:
            if not opened:
                from memory.vector import VectorMemory

                opened.append(VectorMemory.open(var_dir=var_dir, host=host, port=port))
            return opened[0]

    return open_memory
