"""Risk classes the 72nd blind set (and two older ones) showed the engine missing, each tried on wordings of our own
with hard negatives: a person of theirs transferred to another office, and a new general manager taking the
decision by a pronoun after a title ("Mr. Sato"); the restart nobody can date when the people are the subject ("I
can't say when we can restart"); a purchase waiting on a budget round after its money must be asked for again; the
greeting cut down to a bare name; a date given as the bare answer to our question in a call, and a rival's trial "as
planned" that does not put the deal back on track; and the register hardening over a failure: the wait counted in
bare words, then the fix noted in a word and the decision kept inside."""

from __future__ import annotations

from agents.insights.sentiment import message_tone
from agents.insights.thread import Message, Thread
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


def _with(text: str, code: str) -> bool:
    return code in latest(text)


def _topical(text: str) -> list[str]:
    return [c for c in latest(text) if c != "sentiment_drop"]


# --- a person of theirs transferred to another office, a new GM deciding ------------------------------------------


def test_a_person_of_theirs_transferred_elsewhere_is_a_change() -> None:
    for text in (
        "The plant manager has been posted to the Singapore site from next month, sorry to say.",
        "Ines relocates to the Lisbon office in July, so she won't be on this any more.",
        "fyi Jonas got transfered to our Munich branch, he is gone from next week.",
        "Unfortunately Mr. Haas will be reassigned to the group's Austrian subsidiary from 1 July.",
    ):
        assert latest(text) == ["stakeholder_change"], text


def test_a_call_a_stint_money_or_a_move_onto_the_writers_team_is_no_change() -> None:
    for text in (
        "The call was transferred to our IT desk and they fixed the login.",
        "Tomasz was seconded to the Osaka plant for two weeks, back on the 30th.",
        "Budget was transferred to the new cost centre, nothing changes for your order.",
        "Anna moves to Tuesday's slot for the demo.",
        "She's been transferred to my team, so you will see more of her.",
        "Pavel relocated to the Brno office years ago, he still signs everything for us.",
        "The Quarterly Newsletter will be posted to the intranet site after review.",
        "Points on the Business Card can be transferred to the Personal Card at any time.",
        "Lena has been transferred to our Boston office, but she is still working on the evaluation with us.",
        "Karim relocates to the Dubai office in May; he'll stay on this project from there.",
    ):
        assert latest(text) == [], text


def test_a_new_general_manager_named_after_a_title_then_deciding_is_a_change() -> None:
    for text in (
        "The new GM is Mr. Ito from the Kobe works. He will decide all the purchases for this site now.",
        "We have a new general manager since Monday, Ms. Okafor. She will approve every purchase from now on.",
        "our new GM started this week. he wants to sign off all IT spend himself",
    ):
        assert latest(text) == ["stakeholder_change"], text


def test_a_new_general_manager_who_takes_nothing_over_or_a_title_alone_is_no_change() -> None:
    for text in (
        "The new GM is Mr. Ito from the Kobe works. He is very nice and liked your slides.",
        "Our GM will decide on the 20th as planned.",
        "Dr. Brandt enjoyed the walkthrough. Ms. Weber will send the order form.",
    ):
        assert latest(text) == [], text


# --- the restart nobody can date, said of the people ---------------------------------------------------------------


def test_no_one_able_to_say_when_they_can_restart_is_a_pause() -> None:
    for text in (
        "Everything is frozen by the migration. I cannot say when we can restart, sorry.",
        "We don't know yet when we'll be able to pick this up again.",
        "honestly im not sure when we can continue with you.",
        "Nobody here can tell me when we will resume the project.",
    ):
        assert _topical(text) == ["timeline_slip"], text  # the bad news may also read as a cooler tone


def test_a_restart_of_something_else_or_with_its_date_is_no_pause() -> None:
    for text in (
        "I can't say when we can restart the server, but the signature is on for the 28th.",
        "We don't know when we can continue the office move, it doesn't touch your order.",
        "The audit paused us for a week, but we restart on Monday and sign on the 27th.",
    ):
        assert latest(text) == [], text


# --- the money to be asked for again, and the budget round it waits on ---------------------------------------------


def test_a_purchase_waiting_on_the_budget_round_it_must_apply_to_again_is_a_slip() -> None:
    for text in (
        "The money is gone for this year. I need to re-apply, and the funding gets approved in September at best.",
        "finance took the budget back. i have to apply for it again, budget committee meets in October.",
        "Our capex was cut, so we must submit a new request; the investment board only decides in August.",
    ):
        assert _with(text, "timeline_slip"), text


def test_a_budget_round_named_alone_or_inside_the_window_is_no_slip() -> None:
    for text in (
        "The new budget round is decided in September, but your licences are paid from this year's money already.",
        "I had to apply again, the new budget round is decided on 23 June, so we can still sign this month.",
        "Good news, the funding gets approved in September for phase two; phase one signs this month.",
    ):
        assert not _with(text, "timeline_slip"), text


# --- the greeting cut down to a bare name ----------------------------------------------------------------------------


def _greeted(first: str, second: str, last: str) -> list[str]:
    return codes([
        msg("2017-06-01T10:00", first),
        msg("2017-06-02T09:00", "Thanks, proposal attached.", "outbound"),
        msg("2017-06-08T10:00", second),
        msg("2017-06-09T09:00", "Sorry about that, fixed version attached.", "outbound"),
        msg("2017-06-16T11:00", last),
    ])  # fmt: skip


def test_a_hello_cut_down_to_a_bare_name_is_a_drop() -> None:
    for first, second, last in (
        ("Hi Imke!! The team loved the demo, send the quote pls :)", "Imke, the quote has the wrong seat count.",
         "Imke. Seat count wrong again. We will look at it when we have time."),
        ("Hello Imke, what a great session yesterday, thank you!", "Imke, the invoice address is still the old one.",
         "Imke.\nThe address. Still. I'll get back to you."),
        ("hey imke :) lovely meeting you, send me the pricing?", "Imke, the pdf won't open on our side.",
         "Imke. Pdf still broken. Will see."),
    ):  # fmt: skip
        assert _greeted(first, second, last) == ["sentiment_drop"], last


def test_a_bare_name_that_thanks_or_agrees_or_a_writer_who_never_said_hello_is_no_drop() -> None:
    for first, second, last in (
        ("Hi Imke!! The team loved the demo, send the quote pls :)", "Imke, the quote has the wrong seat count.",
         "Imke. Got it, thanks, all fine now."),
        ("Hi Imke!! The team loved the demo, send the quote pls :)", "Imke, the quote has the wrong seat count.",
         "Imke. Signed copy attached."),
        ("Imke. Demo was useful. Quote please.", "Imke. Seat count is wrong.", "Imke. Reviewing internally."),
    ):  # fmt: skip
        assert _greeted(first, second, last) == [], last


# --- a date given as the bare answer to our question in a call -------------------------------------------------------


def _call(lines: str, now: str = "2017-06-20") -> list[str]:
    opening = [msg(*THREAD.asked), msg(*THREAD.answered, "outbound")]
    return codes([*opening, msg("2017-06-16T11:00", lines, "inbound", "call_transcript")], now)


def test_a_date_answering_our_question_about_the_signature_is_read_as_the_signature_date() -> None:
    for lines in (
        "Tobias: Hi Imke, quick one.\nImke: Sure. And when do you expect to sign?\nTobias: Late August, realistically.",
        "Tobias: Calling about the quote.\nImke: Great. Is the decision still this month?\n"
        "Tobias: More like September, once the board is back.",
        "Tobias: Hallo Imke. Imke: Hallo! Any date for the PO yet? Tobias: After the summer break, so mid September.",
    ):
        assert _call(lines) == ["timeline_slip"], lines


def test_a_date_answering_a_question_about_a_start_or_inside_the_window_is_no_slip() -> None:
    for lines in (
        "Tobias: Hi Imke.\nImke: When do you want to go live?\nTobias: Mid-September, after the holidays.",
        "Tobias: Hi Imke.\nImke: And your signature date?\nTobias: Next week, realistically the 27th.",
        "Tobias: Hi Imke.\nImke: When is the kick-off meeting?\nTobias: August, probably the 10th.",
    ):
        assert _call(lines) == [], lines


def test_the_question_is_kept_beside_the_line_that_answers_it() -> None:
    call = Message(THREAD.msg(*THREAD.answered).at, "call_transcript", "outbound",
                   "Imke: Hi Tobias. Any news? Tobias: Yes. The board met.\nImke: Good. And the signature date?\n"
                   "Tobias: End of June.", THREAD.us)  # fmt: skip
    (turn,) = Thread([call]).customer_turns()
    assert turn.asked == (("Yes. The board met.", "Any news?"), ("End of June.", "And the signature date?"))


# --- a rival's trial "as planned" does not put the deal back on track ---------------------------------------------


def _slip_then(text: str) -> list[str]:
    return codes([
        msg(*THREAD.asked),
        msg(*THREAD.answered, "outbound"),
        msg("2017-06-10T10:00", "Honestly, with the extra review we won't sign before mid-August."),
        msg("2017-06-12T09:00", "Understood, thanks for telling me.", "outbound"),
        msg("2017-06-16T11:00", text),
    ])  # fmt: skip


def test_a_rivals_trial_on_schedule_leaves_the_slip_standing() -> None:
    for text in (
        "Their pilot kicks off on the 26th as planned.",
        "The Lumora trial is on track for the 22nd.",
        "Kestrel's proof of concept starts on 23 June as planned, fyi.",
    ):
        assert "timeline_slip" in _slip_then(text), text


def test_the_deal_itself_back_on_track_clears_the_slip() -> None:
    for text in (
        "Good news: the review is done and we sign on the 28th as planned.",
        "False alarm - we are back on track for June.",
    ):
        assert "timeline_slip" not in _slip_then(text), text


# --- the register hardening over a failure: the wait counted, then a word and the decision kept inside -------------


def _hardening(polite: str, counted: str, last: str) -> list[str]:
    return codes([
        msg("2017-05-20T10:00", "Dear Imke, thank you so much for the lovely demo. We are all very excited!"),
        msg("2017-06-01T10:00", polite),
        msg("2017-06-02T09:00", "So sorry, support is on it.", "outbound"),
        msg("2017-06-09T10:00", counted),
        msg("2017-06-12T09:00", "Apologies again, it should be fixed now.", "outbound"),
        msg("2017-06-16T11:00", last),
    ])  # fmt: skip


def test_the_wait_counted_then_a_bare_word_and_the_decision_kept_inside_is_a_drop() -> None:
    for polite, counted, last in (
        ("Dear Imke, sorry to bother you. The sandbox does not load since Monday. Could you check please? Thanks.",
         "Imke, sandbox still does not load. Ten days now. Please check.", "Works now. We will discuss internally."),
        ("Hello Imke, hope you are well. Our import failed this morning, could you have a look? Thank you!",
         "Import still failing. It has been two weeks already.", "Fixed. We decide internal."),
        ("Hi Imke, small thing: the reports are empty since the update. Could your team check? Many thanks.",
         "Reports still empty. Already three weeks.", "Working. Will consider it internally."),
    ):  # fmt: skip
        assert _hardening(polite, counted, last) == ["sentiment_drop"], last


def test_a_fix_thanked_or_a_decision_with_a_date_is_no_drop() -> None:
    for polite, counted, last in (
        ("Dear Imke, sorry to bother you. The sandbox does not load since Monday. Could you check please? Thanks.",
         "Imke, sandbox still does not load. Ten days now. Please check.",
         "Works now, thank you so much! We will discuss internally and come back to you on Friday."),
        ("Dear Imke, sorry to bother you. The sandbox does not load since Monday. Could you check please? Thanks.",
         "Imke, any news on the sandbox? I'm away for two weeks now, no rush.",
         "Works now, great. We'll sign on the 28th."),
    ):  # fmt: skip
        assert _hardening(polite, counted, last) == [], last


def test_the_wait_counted_in_bare_words_is_a_grievance_only_beside_a_failure() -> None:
    assert message_tone("Login still not working. Already two weeks.").grievance == ("cost",)
    assert message_tone("The report arrived. Two weeks now since the kick-off, all smooth.").grievance == ()
    assert message_tone("I am on holiday. Two weeks now!").grievance == ()
