"""Readers of outside formats: .eml/.mbox (threads, HTML, quotes, signatures, non-ASCII headers),
WebVTT/SRT/plain-text transcripts, and the file dispatcher with its limits."""

from __future__ import annotations

import csv
import mailbox
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from adapters.email.cleaning import html_to_text, strip_quoted, strip_signature
from adapters.email.inbound import assign_threads, read_eml, read_eml_file, read_mbox
from adapters.ingest_files import discover, read_file
from adapters.transcripts import parse_srt, parse_webvtt, read_text, read_transcript_file
from bot.ingest_events import ReadProblem

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def test_html_only_reply_is_converted_quote_and_signature_removed_attachment_listed() -> None:
    item = read_eml_file(FIX / "html_reply.eml").items[0]
    assert item.sender is not None and item.sender.name == "José Müller"  # RFC 2047 Q-encoded
    assert item.subject == "Re: Angebot für GTX Pro – überarbeitet"  # RFC 2047 B-encoded
    assert "$40k for the GTX Pro rollout" in item.text and "<b>" not in item.text
    assert "IGNORE ALL PREVIOUS" not in item.text  # the quoted gmail_quote block is gone
    assert "Head of Procurement" not in item.text and "Head of Procurement" in (item.signature or "")
    assert [(a.filename, a.content_type) for a in item.attachments] == [("quote-v2.pdf", "application/pdf")]
    assert item.attachments[0].size > 0 and "PDF" not in item.text
    assert item.occurred_at == datetime(2017, 3, 14, 9, 15, tzinfo=UTC)
    assert item.source_ref == "<reply-1@cancity.example>" and item.references == ("<quote-0@dealbot-demo.example>",)


def test_plain_reply_drops_quoted_lines_and_dash_dash_signature() -> None:
    item = read_eml_file(FIX / "plain_reply.eml").items[0]
    assert item.text == "Hi José,\n\nGreat news, order form attached. I'll call you Thursday to walk through it."
    assert item.signature == "Darcel Schlecht\nSales, dealbot demo"
    assert item.in_reply_to == "<reply-1@cancity.example>"


def test_raw_latin1_header_and_outlook_original_message_block() -> None:
    item = read_eml_file(FIX / "outlook_reply.eml").items[0]
    assert item.sender is not None and item.sender.name == "Renée Dubois"
    assert "Original Message" not in item.text and "order form attached" not in item.text
    assert item.text.endswith("Kind regards,") and "Legal Counsel" in (item.signature or "")


def test_not_an_email_is_a_problem_not_an_exception() -> None:
    result = read_eml_file(FIX / "broken.eml")
    assert result.items == [] and "not a readable email" in result.problems[0].reason
    with pytest.raises(ValueError):
        read_eml(b"just some words\n")


def test_threads_from_references_in_reply_to_and_subject() -> None:
    items = [read_eml_file(FIX / n).items[0] for n in ("outlook_reply.eml", "plain_reply.eml", "html_reply.eml")]
    threaded = assign_threads(items)
    assert [i.source_ref for i in threaded][0] == "<reply-1@cancity.example>"  # date order
    assert {i.thread_ref for i in threaded} == {"<quote-0@dealbot-demo.example>"}


def _aeslc_rows() -> list[dict[str, str]]:
    with (FIX / "aeslc_sample.csv").open(newline="") as fh:
        return list(csv.DictReader(fh))


def _message(row: dict[str, str], n: int, when: datetime, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Phillip Allen <pallen{n % 2}@enron.example>"
    msg["To"] = "team@enron.example"
    msg["Subject"] = headers.pop("Subject", row["subject"])
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<aeslc-{n}@enron.example>"
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(row["body"])
    return msg


def test_mbox_of_real_enron_bodies_rebuilds_threads(tmp_path: Path) -> None:
    rows = _aeslc_rows()
    t0 = datetime(2001, 10, 1, 9, 0, tzinfo=UTC)
    box = mailbox.mbox(str(tmp_path / "enron.mbox"))
    box.add(_message(rows[0], 0, t0))  # root of thread A
    box.add(_message(rows[1], 1, t0 + timedelta(hours=1), In_Reply_To="<aeslc-0@enron.example>"))
    chain = "<aeslc-0@enron.example> <aeslc-1@enron.example>"
    box.add(_message(rows[2], 2, t0 + timedelta(hours=2), In_Reply_To="<aeslc-1@enron.example>", References=chain))
    box.add(_message(rows[3], 3, t0 + timedelta(hours=3)))  # thread B, no headers linking it
    box.add(_message(rows[4], 4, t0 + timedelta(hours=4), Subject=f"RE: {rows[3]['subject']}"))  # joins B by subject
    box.add(_message(rows[5], 5, t0 - timedelta(hours=1), In_Reply_To="<aeslc-0@enron.example>"))  # odd clock
    box.flush()
    box.close()
    with (tmp_path / "enron.mbox").open("ab") as fh:  # a message the parser cannot use
        fh.write(b"From nobody Mon Oct  1 09:00:00 2001\n\nno headers at all\n\n")
    result = read_mbox(tmp_path / "enron.mbox")
    threads = {i.source_ref: i.thread_ref for i in result.items}
    assert len(result.items) == 6 and len(result.problems) == 1 and "#7" in result.problems[0].source
    assert threads["<aeslc-1@enron.example>"] == threads["<aeslc-2@enron.example>"] == "<aeslc-0@enron.example>"
    assert threads["<aeslc-5@enron.example>"] == "<aeslc-0@enron.example>"
    assert threads["<aeslc-4@enron.example>"] == threads["<aeslc-3@enron.example>"] == "<aeslc-3@enron.example>"
    assert rows[3]["body"].split()[0] in next(i.text for i in result.items if i.source_ref.startswith("<aeslc-3"))


def test_a_file_that_is_not_an_mbox_is_reported(tmp_path: Path) -> None:
    (tmp_path / "x.mbox").write_text("hello\n")
    assert "not an mbox" in read_mbox(tmp_path / "x.mbox").problems[0].reason


def test_cleaning_helpers() -> None:
    assert html_to_text("<p>a<br>b</p><script>x()</script><blockquote>old</blockquote>") == "a\nb"
    assert strip_quoted("New text.\n\nOn Mon, 1 May 2017, Ann wrote:\n> old") == "New text."
    assert strip_quoted("New.\n\nFrom: Ann\nSent: Monday\nTo: Bob\n\nold") == "New."
    assert strip_signature("Fine by me.\n\nSent from my iPhone") == ("Fine by me.", None)
    assert strip_signature("Agreed.\nCheers,\nAnn\nCFO") == ("Agreed.\nCheers,", "Ann\nCFO")


def test_teams_webvtt_voices_merge_and_file_date() -> None:
    result = read_transcript_file(FIX / "cancity_call_2017-03-20.vtt")
    item = result.items[0]
    assert [u.speaker for u in item.utterances] == ["Maria Lopez", "Darcel Schlecht", "Maria Lopez"]
    assert item.utterances[0].text.endswith("a bit high for us.") and item.utterances[0].end == pytest.approx(9.0)
    assert item.kind == "call" and item.occurred_at == datetime(2017, 3, 20, tzinfo=UTC)
    assert item.text.startswith("Maria Lopez: Thanks for joining.")


def test_zoom_webvtt_speaker_prefix_and_zoom_file_date() -> None:
    item = read_transcript_file(FIX / "GMT20171120-101500_Recording.transcript.vtt").items[0]
    assert [u.speaker for u in item.utterances] == ["Tariq Aziz", "Darcel Schlecht"]
    assert item.occurred_at == datetime(2017, 11, 20, tzinfo=UTC)


def test_srt_and_malformed_transcripts() -> None:
    utterances = parse_srt((FIX / "cancity_followup.srt").read_text())
    assert utterances[0].speaker == "Maria Lopez" and utterances[1].start == pytest.approx(3.0)
    with pytest.raises(ValueError):
        parse_webvtt("not a vtt file")
    with pytest.raises(ValueError):
        parse_srt("some words without timings")


def test_plain_text_ami_meeting_and_voice_note() -> None:
    meeting = read_transcript_file(FIX / "ES2005a.transcript.txt").items[0]
    assert meeting.kind == "meeting" and "remote controls" in meeting.text and meeting.source_ref.startswith("sha256:")
    note = read_transcript_file(FIX / "voice_note_2017-03-21.txt").items[0]
    assert note.kind == "voice_note" and note.occurred_at == datetime(2017, 3, 21, tzinfo=UTC)
    talk = read_text("Ann Lee: hello there\nBob Stone: hi Ann\nAnn Lee: shall we start?", source="x.txt")
    assert talk.kind == "call" and [u.speaker for u in talk.utterances] == ["Ann Lee", "Bob Stone", "Ann Lee"]
    assert read_text("log: just met Cancity, all good", source="chat").kind == "note"


def test_dispatch_limits_and_missing_paths(tmp_path: Path) -> None:
    big = tmp_path / "big.eml"
    big.write_bytes(b"x" * 2048)
    result = read_file(big, max_file_mb=0.001)
    assert "over the 0.001 MB limit" in result.problems[0].reason
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    assert "unsupported file type .jpg" in read_file(tmp_path / "photo.jpg").problems[0].reason
    found = list(discover([FIX, tmp_path / "nope"]))
    assert isinstance(found[-1], ReadProblem) and "no such file" in found[-1].reason
    assert all(isinstance(p, Path) and p.suffix in {".eml", ".vtt", ".srt", ".txt"} for p in found[:-1])
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01binary")
    assert "binary" in read_file(tmp_path / "binary.txt").problems[0].reason
