"""Risk classes the 41st blind set showed the engine missing, each tried on wordings of our own with hard negatives:
the decision named as someone else's from a point on, a champion let go told as a bare participle with the cut
that did it, and being billed for what is owed nothing (free, cancelled, refunded) or billed twice."""

from __future__ import annotations

from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # the deal closes 2017-06-30, now is 2017-06-20
msg, codes, latest = THREAD.msg, THREAD.codes, THREAD.latest


# --- the decision named as someone else's from a point on ------------------------------------------------------------


def test_the_decision_named_as_someone_elses_from_now_is_a_change() -> None:
    assert "stakeholder_change" in latest("Greta will be acting head of stores and the call on the scanners is"
                                          " hers from now on.")  # fmt: skip
    assert "stakeholder_change" in latest("The final say is Marek's going forward.")
    assert "stakeholder_change" in latest("Sign-off rests with him from Monday.")


def test_the_decision_where_it_was_or_not_a_decision_stays_quiet() -> None:
    assert "stakeholder_change" not in latest("The decision is still his, as before.")
    assert "stakeholder_change" not in latest("The rota is hers from now on.")
    assert "stakeholder_change" not in latest("The decision on the scanners was Marek's from the start.")


# --- a champion let go, told as a bare participle with the cut that did it ----------------------------------------


def test_a_person_let_go_in_a_cut_told_as_a_participle_is_a_change() -> None:
    assert "stakeholder_change" in latest("Tried to reach Jonas, he's gone, laid off in the latest round of cuts.")
    assert "stakeholder_change" in latest("Asked for Mira at reception: Mira, made redundant during the"
                                          " reorganisation, has left no forwarding contact.")  # fmt: skip


def test_letting_go_of_a_thing_or_people_outside_the_deal_stays_quiet() -> None:
    assert "stakeholder_change" not in latest("We let go of the legacy scanners in the restructure.")
    assert "stakeholder_change" not in latest("The seasonal pickers, let go in the restructure, never used the"
                                              " scanners.")  # fmt: skip


# --- billed for what is owed nothing, or twice ---------------------------------------------------------------------


def test_praise_beside_a_bill_for_something_free_is_sarcasm() -> None:
    opening = [
        msg("2017-06-01T10:00", "Imke, really looking forward to the pilot, the team is excited!"),
        msg("2017-06-02T09:00", "Great, pilot access is on its way.", "outbound"),
    ]
    for text in (
        "Wonderful, another bill for the cancelled seats turned up this morning.",
        "Splendid, we've been invoiced for the free onboarding day.",
        "Fantastic, a duplicate invoice for the already-paid licences, with interest added.",
    ):
        assert "sentiment_drop" in codes([*opening, msg("2017-06-16T11:00", text)])


def test_a_bill_that_says_nothing_is_owed_or_an_ordinary_bill_stays_quiet() -> None:
    assert "sentiment_drop" not in latest("Perfect, the zero-value invoice for the free pilot arrived, finance"
                                          " needed it.")  # fmt: skip
    assert "sentiment_drop" not in latest("Great, we were never charged for the free month.")
    assert "sentiment_drop" not in latest("Lovely, the new invoice for the annual plan arrived.")
