"""``dealbot ask "log: ..."`` then ``dealbot updates list|show|confirm|edit|dismiss`` end to end."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import FIXTURES

DARCEL = "Darcel Schlecht"
NOTE = "log: Acme Corporation is ready to buy, 25k, closing on 2017-12-29"


@pytest.fixture
def var_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedding_model: None) -> Path:
    monkeypatch.setenv("DEALBOT_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("CHROMA_HOST", raising=False)
    assert main(["seed", "--demo", "--data", str(FIXTURES / "maven_mini")]) == 0
    return tmp_path / "var"


def test_a_note_logged_in_the_console_is_confirmed_from_the_cli(
    var_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["ask", "--as", DARCEL, "--now", "2017-12-10", NOTE]) == 0
    said = capsys.readouterr().out
    assert "Logged your note on Acme Corporation (deal VAM56BG4)" in said and "amount 25,000" in said
    found = re.search(
        r"Proposed update #(\d+): Acme Corporation — close date → 2017-12-29\? amount .* → 25,000\?", said
    )
    assert found, said
    update_id = found.group(1)
    assert main(["updates", "list"]) == 0
    assert re.search(rf"{update_id}\s+proposed\s+VAM56BG4\s+{DARCEL}", capsys.readouterr().out)
    assert main(["updates", "show", update_id]) == 0
    assert "closing on 2017-12-29" in capsys.readouterr().out

    assert main(["updates", "edit", update_id, "--as", DARCEL, "--amount", "lots"]) == 2
    assert "amount 'lots' is not a number" in capsys.readouterr().err
    assert main(["updates", "confirm", update_id, "--as", "Anna Snelling"]) == 2
    assert "only Darcel Schlecht, their manager or an admin" in capsys.readouterr().out
    assert main(["updates", "edit", update_id, "--as", DARCEL, "--amount", "26k"]) == 0
    assert capsys.readouterr().out.strip() == (
        "Darcel Schlecht confirmed: VAM56BG4 now has close date 2017-12-29, amount 26,000."
    )
    assert main(["updates", "dismiss", update_id, "--as", DARCEL]) == 2
    assert "already confirmed by Darcel Schlecht" in capsys.readouterr().out
    assert main(["updates", "list", "--status", "confirmed"]) == 0
    assert "VAM56BG4" in capsys.readouterr().out
    assert main(["updates", "show", "nonsense"]) == 2
    assert "is not an update id" in capsys.readouterr().err
