"""Round 83 classes: deal histories that are speech-to-text output (call transcripts, voice memos, voicemails).
Timestamps and diarization labels ("[00:00:04] Speaker 1:", "SPEAKER_01", "SPK_2") before each line; fillers,
stutters and names split into sounds ("stack line", "loo mora", "G T X"); days said as words ("the eleventh of
december"); run-on turns with no punctuation, where a "no" or an "until" from one clause must not reach the next;
names in lower case that the typed mail of the same deal capitalises; a new decider "going to make the call now";
and a window said to be pointless to sign in. Each class has hard negatives."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20; the rep is Imke, the customer Tobias
msg, codes = THREAD.msg, THREAD.codes
OPENING = [msg(*THREAD.asked), msg(*THREAD.answered, "outbound")]


def call(text: str, direction: str = "inbound", at: str = "2017-06-16T11:00") -> list[str]:
    """The opening, then a call transcript on the 16th."""
    return codes([*OPENING, msg(at, text, direction, "call_transcript")])


def memo(text: str, before: tuple[str, str] | None = None) -> list[str]:
    """The opening, perhaps one more typed mail, then our rep's voice memo."""
    extra = [msg(before[0], before[1], "outbound")] if before else []
    return codes([*OPENING, *extra, msg("2017-06-16T11:00", text, "internal", "voice_note")])


# --- timestamps and diarization labels: whose line is whose -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "[00:00:01] Speaker 1: hi imke tobias here um quick one\n[00:00:04] Speaker 2: hi tobias\n"
    "[00:00:06] Speaker 1: so we are also getting a quote from stackline they come in on thursday",
    "[0:00] SPEAKER_01: imke hi it's tobias\n[0:03] SPEAKER_00: hello\n"
    "[0:05] SPEAKER_01: just so you know we're evaluating quorvia too the board wants two options",
    "(00:12) SPK_1: hey imke\n(00:14) SPK_2: hi\n(00:15) SPK_1: our MD asked lumora for a quote as well",
])  # fmt: skip
def test_a_labelled_transcript_gives_the_customers_words(text: str) -> None:
    assert "competitor_mentioned" in call(text), text


def test_an_outbound_call_reads_the_second_speaker_as_the_customer() -> None:
    text = ("[0:00] SPEAKER_00: hi tobias it's imke checking in on the quote\n"
            "[0:04] SPEAKER_01: hi yes so the ops lead left the company last week and petra runs the project now"
            " she's going to make the call on this now")  # fmt: skip
    assert "stakeholder_change" in call(text, "outbound")


@pytest.mark.parametrize("text", [
    # our rep names the rival, the customer says nobody else is in the running
    "[0:00] SPEAKER_00: hi tobias imke here people often compare us with quorvia\n"
    "[0:06] SPEAKER_01: we're not looking at anyone else we're happy with the quote",
    "[00:00:01] Speaker 1: hi imke the pilot is going really well the team loves it\n[00:00:05] Speaker 2: great\n"
    "[00:00:06] Speaker 1: send the order form when you can",
])  # fmt: skip
def test_a_healthy_labelled_transcript_is_not_at_risk(text: str) -> None:
    assert call(text, "outbound" if "SPEAKER_00" in text else "inbound") == [], text


def test_a_stamp_and_a_generic_label_are_read_as_one_speaker() -> None:
    from agents.insights.spoken import speaker_line  # the module is new this round

    assert speaker_line("[00:00:04] Speaker 1: hi") == "SPEAKER_1: hi"
    assert speaker_line("[0:09] spk-2: yes") == "SPEAKER_2: yes"
    assert speaker_line("[00:00:04 - 00:00:09] Speaker A: ok") == "SPEAKER_A: ok"
    assert speaker_line("Speaker 2 (00:14): fine") == "SPEAKER_2: fine"
    assert speaker_line("Dan: no stamp here, 12:30 works") == "Dan: no stamp here, 12:30 works"


def test_a_label_naming_a_side_says_whose_line_it_is() -> None:
    # the customer speaks second on their own call: the labels, not the order, say who is who
    text = "Rep: hi tobias thanks for calling back\nCustomer: so um we're also getting a quote from stackline"
    assert "competitor_mentioned" in call(text)
    ours = "Customer: hi imke all good here\nAgent: great we usually beat stackline and quorvia on price"
    assert call(ours) == []


def test_a_voicemail_left_by_the_customer_is_read_without_stamp_and_label() -> None:
    text = "[Voicemail] [00:00:02] Tobias: imke tobias um we've been told the budget for this is frozen call me"
    assert "budget_concern" in call(text)


# --- fillers, stutters, names split into sounds -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tobias: um we're we're also uh having loo mora in next week for a a demo",
    "Tobias: so the the board asked north peak for a quote too uh they like that their sister company uses it",
    "Tobias: honestly we're we're now also talking to stack line their offer is uh lower",
])  # fmt: skip
def test_a_rival_heard_as_sounds_is_still_a_rival(text: str) -> None:
    assert "competitor_mentioned" in call(text), text


@pytest.mark.parametrize("text", [
    "Tobias: so we did the uh the bake off with bright wave last week and no they're out their demo was a mess"
    " so it's you now basically",
    "Tobias: we looked at core via last year um and no they're they're out for good the quote is fine",
])  # fmt: skip
def test_a_rival_heard_as_sounds_and_ruled_out_is_none(text: str) -> None:
    assert "competitor_mentioned" not in call(text), text


def test_speech_is_cleaned_as_it_would_be_typed() -> None:
    from agents.insights.spoken import clean_speech  # the module is new this round

    assert clean_speech("we're we're uh also um to to to run the the G T X pro") == "we're also to run the GTX pro"
    assert clean_speech("their offer is six thousand no sorry it's four thousand") == "their offer is four thousand"
    assert clean_speech("give me a second") == "give me a second"  # no day said
    assert clean_speech("back on the eleventh of december") == "back on the 11th of december"
    assert clean_speech("we reach the core via the API") == "we reach the core via the API"  # no vendor
    assert clean_speech("on the first of all by the second call") == "on the first of all by the second call"


# --- days said as words -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tobias: so legal can't sign until the board meets on the fourteenth of july",
    "Tobias: um the signature is moving to the twentieth of august because of the audit",
    "Tobias: we won't sign before august the third the CFO is away",
])  # fmt: skip
def test_a_spoken_day_past_the_close_is_a_slip(text: str) -> None:
    assert "timeline_slip" in call(text), text


def test_a_spoken_day_inside_the_window_is_no_slip() -> None:
    text = "Tobias: IT signed off um the only thing is I can't sign until the committee meets on the twentieth of june"
    assert "timeline_slip" not in call(text)


def test_an_absence_announced_with_a_spoken_day_keeps_the_silence_from_counting() -> None:
    away = msg("2017-05-20T10:00", "Tobias: heads up I'm away on leave um I'm back in the office on the twenty sixth"
               " of june nothing moves till then", "inbound", "call_transcript")  # fmt: skip
    chasers = [msg("2017-06-01T09:00", "Tobias, contract attached for your return.", "outbound"),
               msg("2017-06-12T09:00", "Tobias, order form attached too.", "outbound")]  # fmt: skip
    assert "gone_quiet" not in codes([*OPENING, away, *chasers])
    assert "gone_quiet" in codes([*OPENING, away, *chasers], now="2017-07-20", close="2017-08-31")


# --- a run-on turn: one clause's "no" or "until" does not reach the next ----------------------------------------------


@pytest.mark.parametrize("text", [
    "Tobias: we're being acquired and until the deal closes we've been told no new contracts no new vendors nothing"
    " so our thing is on ice no date honestly",
    "Tobias: um the tooling money has all been moved to the security work so the line you were coming out of is gone"
    " I still want it but there's nothing to pay for it with",
    "Tobias: the team loves it no complaints there but the number for five seats is just a lot for what we use we'd"
    " need like thirty percent off or it won't get approved",
])  # fmt: skip
def test_a_risk_in_the_middle_of_a_run_on_turn_is_found(text: str) -> None:
    assert call(text) != [], text


def test_a_run_on_turn_is_broken_where_its_clauses_turn() -> None:
    from agents.insights.spoken import as_typed  # the module is new this round

    said = as_typed("we did the bake off and no they're out so it's you now but the price is fine")
    assert said.splitlines() == ["we did the bake off and no.", "they're out.", "so it's you now.",
                                 "but the price is fine"]  # fmt: skip


@pytest.mark.parametrize("text", [
    "Tobias: nothing is on hold on our side so we sign this month as planned the team is happy",
    "Tobias: so the security review is done no issues at all and the budget is approved so send the contract",
])  # fmt: skip
def test_a_healthy_run_on_turn_is_not_at_risk(text: str) -> None:
    assert call(text) == [], text


# --- names written in lower case by the transcript --------------------------------------------------------------------

KARIN = ("2017-06-05T09:00", "Tobias, Karin (your CFO) has the contract for signature.")


@pytest.mark.parametrize("text", [
    "ok memo harrowfield tobias called um karin left last week so the approval is gone he starts from zero",
    "memo harrowfield so tobias says the US team goes to karin now and she's going to make the call on this now",
    "quick one harrowfield um tobias rang karin has resigned and an interim CFO will review all contracts",
])  # fmt: skip
def test_a_person_named_in_lower_case_is_still_a_person(text: str) -> None:
    assert "stakeholder_change" in memo(text, KARIN), text


@pytest.mark.parametrize("text", [
    "ok memo harrowfield tobias called karin left for the offsite this morning she signs when she's back",
    "memo harrowfield tobias says karin is going to make the call on friday as planned all good",
])  # fmt: skip
def test_a_person_in_lower_case_with_no_change_is_none(text: str) -> None:
    assert "stakeholder_change" not in memo(text, KARIN), text


# --- a window said to be pointless to sign in -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tobias: so the money is frozen and there's no point signing in june he can't give a date",
    "Tobias: honestly there's no point in us signing this month the group hasn't released anything",
    "Tobias: it's not worth signing by the end of june with the audit coming",
])  # fmt: skip
def test_a_window_holding_the_close_said_pointless_is_a_slip(text: str) -> None:
    assert "timeline_slip" in call(text), text


def test_a_pointless_window_before_a_later_close_is_no_slip() -> None:
    opening = [HALVORSEN.msg(*HALVORSEN.asked), HALVORSEN.msg(*HALVORSEN.answered, "outbound")]
    text = "Lucia: no point signing in july with everyone on holiday we'll do it in august"
    assert "timeline_slip" not in HALVORSEN.codes([*opening, HALVORSEN.msg("2017-06-16T11:00", text,
                                                                            kind="call_transcript")])  # fmt: skip


def test_no_point_waiting_is_no_slip() -> None:
    assert "timeline_slip" not in call("Tobias: there's no point waiting so let's sign in june as planned")


# --- a visit that ended is no departure -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tobias: oh it went great the engineer came he calibrated the wrong line and left",
    "Tobias: your trainer arrived late she did half the session and left at noon",
    "Tobias: the installer showed up and he looked at the rack and left without a word",
])  # fmt: skip
def test_a_visitor_who_left_is_no_stakeholder_change(text: str) -> None:
    assert "stakeholder_change" not in call(text), text


@pytest.mark.parametrize("text", [
    "Tobias: so bad news our CFO came back from the offsite and then he left the company",
    "Tobias: heads up the ops director left last week so I need to start again with the new one",
])  # fmt: skip
def test_a_person_who_left_the_company_is_still_a_change(text: str) -> None:
    assert "stakeholder_change" in call(text), text
