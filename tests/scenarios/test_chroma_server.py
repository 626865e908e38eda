"""The vector memory on a real Chroma server (`chroma run`, started here on a free loopback port), chosen
the way production chooses it: CHROMA_HOST / CHROMA_PORT in the settings, through build_services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings

from bot.services import build_services
from bot.settings import Settings
from memory.chunks import make_chunks
from memory.vector import VectorMemory
from memory.vector_exact import STAMPS_SUFFIX
from tests.fakes.chroma_server import ChromaServerUnavailable, running_chroma_server

TEXTS = [
    (1, 10, [100], "We think the GTX Pro price is too high for our budget this year."),
    (2, 10, [101], "The onboarding went smoothly and the team loves the dashboards."),
    (3, 20, [100, 102], "Legal approved the contract; we can sign next week."),
    (4, 20, [], "Our procurement needs a discount before we commit to the renewal."),
]


@pytest.fixture(scope="module")
def chroma_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    try:
        with running_chroma_server(tmp_path_factory.mktemp("chroma-server")) as port:
            yield port
    except ChromaServerUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
def memory(chroma_port: int, tmp_path: Path, embedding_model: None) -> Iterator[VectorMemory]:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, CHROMA_HOST="127.0.0.1", CHROMA_PORT=chroma_port, DEALBOT_VAR_DIR=tmp_path
    )
    services = build_services(settings)
    assert services.vectors is not None
    vm = services.vectors()
    yield vm
    for name in (vm.collection.name, vm.collection.name + STAMPS_SUFFIX):
        vm._client.delete_collection(name)
    services.close()


def _chunks(i: int, account: int, contacts: list[int], text: str) -> list:
    return make_chunks(text=text, interaction_id=i, source_ref=f"<m{i}@x.example>", kind="email",
                       occurred_at=datetime(2017, 5, i, tzinfo=UTC), account_id=account, deal_id=account + 1,
                       contact_ids=contacts)  # fmt: skip


def test_memory_lives_on_the_server(memory: VectorMemory, chroma_port: int, tmp_path: Path) -> None:
    for row in TEXTS:
        memory.upsert(_chunks(*row))
    memory.upsert(_chunks(*TEXTS[0]))  # same ids: nothing doubles
    assert memory.count() == 4
    assert not (tmp_path / "chroma").exists()  # nothing embedded: the server holds it
    other = chromadb.HttpClient(host="127.0.0.1", port=chroma_port, settings=ChromaSettings(anonymized_telemetry=False))
    assert other.get_collection(memory.collection.name).count() == 4

    assert memory.search("complaints about cost", k=1)[0].interaction_id == 1
    assert [h.interaction_id for h in memory.search("cost", account_id=20, k=1)] == [4]
    assert {h.interaction_id for h in memory.search("anything", deal_id=11, k=5)} == {1, 2}
    window = memory.search("anything", account_id=20, since=datetime(2017, 5, 3, tzinfo=UTC), k=5)
    assert {h.interaction_id for h in window} == {3, 4}
    assert memory.missing([c.id for c in _chunks(*TEXTS[1])] + ["nope:0"]) == {"nope:0"}


def test_erasure_and_cache_invalidation_across_clients(memory: VectorMemory, chroma_port: int) -> None:
    for row in TEXTS:
        memory.upsert(_chunks(*row))
    # A second client is what another web process would hold: its cache must follow the first one's writes.
    other = VectorMemory(
        chromadb.HttpClient(host="127.0.0.1", port=chroma_port, settings=ChromaSettings(anonymized_telemetry=False)),
        collection=memory.collection.name,
    )
    assert {h.interaction_id for h in other.search("contract", account_id=20)} == {3, 4}
    assert memory.delete_contact(100) == 2
    assert {h.interaction_id for h in other.search("contract", account_id=20)} == {4}
    assert {h.interaction_id for h in other.search("price", account_id=10)} == {2}
    memory.upsert(_chunks(5, 10, [], "They asked for the pricing breakdown by seat."))
    assert other.search("pricing breakdown", account_id=10, k=1)[0].interaction_id == 5
    assert memory.delete_interactions([5, 99]) == 1 and memory.count() == 2
    assert {h.interaction_id for h in other.search("pricing breakdown", account_id=10)} == {2}
