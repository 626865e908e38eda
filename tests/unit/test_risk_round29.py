"""Risk classes the 29th blind set showed the engine missing, read by class rather than by the set's phrases: sarcasm
told as an exclamation, an ironic understatement, praise promised upwards or our promise quoted back; a curt reply
with its subject dropped or its promise made only "if needed"; brevity that agrees or commits, never cold on its own;
the customer's own trouble (their people pulled into an incident of theirs, their apology for moving a date) not
counted as ours; and a new approver: an appointed stand-in, the champion's departure told as a noun, the buying that
now crosses the writer's desk. Every wording here is new, with hard negatives beside it."""

from __future__ import annotations

from agents.insights.sentiment import sentence_score
from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

warm = HARROWFIELD.latest  # a warm opening, our reply, then the line under test
eager = HALVORSEN.latest  # the deal closes 2017-08-31


# --- sentiment: sarcasm beside a failure of ours ----------------------------------------------------------------------


def test_praise_exclamations_understatement_and_praise_promised_upwards_beside_a_failure_are_sarcasm() -> None:
    for text in ("The sync dropped every contact note overnight. What a marvellous first week with the new system.",
                 "Your installer never turned up and the scanners are still in their boxes. That was quite the "
                 "introduction.",
                 "The dashboard crashed twice during the board meeting. Rest assured I'll let our CEO know how "
                 "reliable it has been.",
                 "The portal crashed at the login screen. What a splendid debut for the new portal."):  # fmt: skip
        assert "sentiment_drop" in warm(text), text


def test_each_sarcasm_form_reads_as_sarcasm_beside_a_failure_and_as_itself_without_one() -> None:
    for sentence in ("Friday's session was really something.", "That was quite the welcome.",
                     "I will make sure the board knows how seamless the cut-over was.",
                     "What a splendid debut for the new portal."):  # fmt: skip
        assert sentence_score(sentence, failure_context=True) == (-0.7, True), sentence
        assert sentence_score(sentence)[0] >= 0.0, sentence


def test_our_promise_quoted_back_beside_a_failure_counts_against_us() -> None:
    sentence = 'Your engineer said he would "have a look" and left.'
    assert sentence_score(sentence, failure_context=True)[0] <= -0.4
    assert sentence_score(sentence)[0] >= 0.0
    # a quoted label is not our promise thrown back
    assert sentence_score("He said it was under the 'Reports' tab.", failure_context=True)[0] >= 0.0


def test_the_same_praise_with_no_failure_or_a_fixed_one_stays_sincere() -> None:
    for text in ("The sync issue is fixed now and the notes are all back. What a great first week with the new system.",
                 "What a lovely start to the partnership, the team are keen to carry on.",
                 "I'll let our CEO know how helpful the workshop was.",
                 "The kickoff on Tuesday was really something, everyone left buzzing."):  # fmt: skip
        assert "sentiment_drop" not in warm(text), text


# --- sentiment: curt replies after warm ones, and brevity that is not cold --------------------------------------------


def test_a_bare_refusal_and_a_promise_only_if_needed_after_warmth_is_curt() -> None:
    for text in ("Not needed. We'll be in touch if anything comes up.",
                 "No. Will get back to you if required.",
                 "Nope. Will reach out should we need anything."):  # fmt: skip
        assert "sentiment_drop" in warm(text), text


def test_a_short_reply_that_agrees_or_commits_is_brief_not_cold() -> None:
    for text in ("Confirmed.", "Approved.", "Will do.", "Countersigned copy attached.", "Sounds good.", "Booked.",
                 "Yes, go ahead.", "See you then.", "No thanks. Will let you know.",
                 "No, we're signing Friday. Will let you know if anything changes."):  # fmt: skip
        assert "sentiment_drop" not in warm(text), text


def test_a_short_reply_that_only_acknowledges_or_withholds_is_still_curt() -> None:
    for text in ("Got it.", "Noted.", "OK.", "Received."):
        assert "sentiment_drop" in warm(text), text


# --- sentiment: their own trouble is not a failure of ours -----------------------------------------------------------


def test_their_people_pulled_into_their_own_incident_or_their_apology_for_a_move_is_no_drop() -> None:
    for text in ("Apologies, we need to move Friday's call, my manager has been dragged into a warehouse system "
                 "failure.",
                 "Sorry, I have to postpone tomorrow's demo, our ops manager is swamped with a payroll system failure. "
                 "Timing for the order stays the same.",
                 "Our IT lead is tied up with a data centre outage this week, so can we meet on Tuesday instead? "
                 "Nothing else changes."):  # fmt: skip
        assert "sentiment_drop" not in warm(text), text


def test_our_failure_still_counts_when_their_people_clean_it_up() -> None:
    for text in ("Sorry, the import failed again and our ops manager is swamped with cleaning it up.",
                 "Our team has been pulled into fixing the errors your update caused."):  # fmt: skip
        assert "sentiment_drop" in warm(text), text


# --- stakeholder: a new approver takes over ---------------------------------------------------------------------------


def test_a_stand_in_appointed_a_departure_told_as_a_noun_or_buying_now_on_the_writers_desk_is_a_change() -> None:
    for text in ("Since Marta's resignation on Friday, I'm your contact.",
                 "Every software purchase now lands on my desk.",
                 "I've been named acting Head of Operations while the board recruits.",
                 "After his sudden departure, all vendor contracts now need my approval.",
                 "Purchases over 10k now go through me."):  # fmt: skip
        assert "stakeholder_change" in eager(text), text


def test_a_promotion_a_lounge_a_party_an_old_exit_or_procurement_as_usual_is_no_change() -> None:
    for text in ("I've been appointed Head of Operations, nothing changes for this deal and I still sign it.",
                 "I'm writing from the departure lounge, will read the contract on the plane.",
                 "Her retirement party is on Friday, so the team will be out that afternoon.",
                 "The board has waived the rule that he tender his retirement at 70.",
                 "Since Marta's resignation last year I have owned the tooling budget.",
                 "Purchases now go through procurement as usual, I still own the decision."):  # fmt: skip
        assert "stakeholder_change" not in eager(text), text
