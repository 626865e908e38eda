"""Vector memory on a real embedded Chroma with our offline embedding function (loaded once per session)."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.errors import StoreUnavailableError
from memory.chunks import make_chunks, split_text
from memory.vector import HNSW, VectorMemory

TEXTS = [
    (1, 10, [100], "We think the GTX Pro price is too high for our budget this year."),
    (2, 10, [101], "The onboarding went smoothly and the team loves the dashboards."),
    (3, 20, [100, 102], "Legal approved the contract; we can sign next week."),
    (4, 20, [], "Our procurement needs a discount before we commit to the renewal."),
]


@pytest.fixture(scope="module")
def memory(tmp_path_factory: pytest.TempPathFactory, embedding_model: None) -> VectorMemory:
    vm = VectorMemory.open(var_dir=tmp_path_factory.mktemp("var"))
    chunks = [
        c
        for i, account, contacts, text in TEXTS
        for c in make_chunks(
            text=text,
            interaction_id=i,
            source_ref=f"<m{i}@x.example>",
            kind="email",
            occurred_at=datetime(2017, 5, i, tzinfo=UTC),
            account_id=account,
            deal_id=account + 1,
            contact_ids=contacts,
        )  # fmt: skip
    ]
    vm.upsert(chunks)
    vm.upsert(chunks)  # same ids: nothing doubles
    return vm


def test_search_by_meaning_with_filters(memory: VectorMemory) -> None:
    assert memory.count() == 4
    assert memory.search("complaints about cost", k=1)[0].interaction_id == 1
    assert [h.interaction_id for h in memory.search("cost", account_id=20, k=1)] == [4]
    assert {h.interaction_id for h in memory.search("anything", deal_id=11, k=5)} == {1, 2}
    window = memory.search("anything", since=datetime(2017, 5, 2, tzinfo=UTC), until=datetime(2017, 5, 3), k=5)
    assert {h.interaction_id for h in window} == {2, 3}


def test_collection_uses_our_embedding_function_and_tuned_hnsw(memory: VectorMemory) -> None:
    config = memory.collection.configuration_json
    assert config["embedding_function"]["name"] == "dealbot-minilm"
    assert {k: config["hnsw"][k] for k in ("space", "ef_search", "ef_construction", "max_neighbors")} == {
        k: HNSW[k] for k in ("space", "ef_search", "ef_construction", "max_neighbors")
    }


def test_reopening_the_store_keeps_everything(tmp_path: Path) -> None:
    first = VectorMemory.open(var_dir=tmp_path)
    first.upsert(make_chunks(text="renewal at risk", interaction_id=9, source_ref="r", kind="note",
                             occurred_at=datetime(2017, 1, 1, tzinfo=UTC), account_id=None, deal_id=None))  # fmt: skip
    again = VectorMemory.open(var_dir=tmp_path)
    assert again.count() == 1 and again.search("risk", k=1)[0].account_id is None


def test_erasure_by_contact_and_by_interaction(tmp_path: Path) -> None:
    vm = VectorMemory.open(var_dir=tmp_path)
    for i, account, contacts, text in TEXTS:
        vm.upsert(make_chunks(text=text, interaction_id=i, source_ref=f"<e{i}>", kind="email",
                              occurred_at=datetime(2017, 5, i, tzinfo=UTC), account_id=account, deal_id=None,
                              contact_ids=contacts))  # fmt: skip
    assert vm.delete_contact(100) == 2 and vm.count() == 2
    assert vm.delete_interactions([2, 99]) == 1 and vm.count() == 1
    assert vm.delete_contact(100) == 0


def test_long_text_is_chunked_with_overlap() -> None:
    words = [f"w{i}" for i in range(400)]
    pieces = split_text(" ".join(words), words=180, overlap=30)
    assert len(pieces) == 3 and pieces[1].split()[0] == "w150" and pieces[-1].split()[-1] == "w399"


def test_unreachable_chroma_server_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    with pytest.raises(StoreUnavailableError, match=f"Chroma server at 127.0.0.1:{port}"):
        VectorMemory.open(var_dir=tmp_path, host="127.0.0.1", port=port)
