"""Risk classes the 64th blind set showed the engine missing: the deal inherited by a new person from a named
colleague, someone named owning the buying "from here", and the champion left as a mere user now; the figure their
side approved said to exist no more, and money frozen under a quantifier ("all unspent funds"); a terse slip with the
deal unsaid ("pushing to Q1."). Each has hard negatives."""

from __future__ import annotations

from tests.unit.risk_threads import HALVORSEN

latest = HALVORSEN.latest  # a warm, eager opening; the deal closes 2017-08-31, now is 2017-06-20
msg = HALVORSEN.msg


# --- the deal inherited from a named colleague ---------------------------------------------------------------


def test_inherited_this_deal_from_a_colleague_is_a_stakeholder_change() -> None:
    assert latest("Tomas, I inherited this one from Greta last week. Thanks for your patience!") == [
        "stakeholder_change"
    ]


def test_taken_this_over_from_a_colleague_is_a_stakeholder_change() -> None:
    assert latest("Hi Tomas, Jonas here. I've taken this over from Lucia, so loop me in.") == ["stakeholder_change"]


def test_inherited_a_tool_mess_is_no_change() -> None:
    assert latest("Tomas, we inherited a tangle of old spreadsheets from the last system, hence the interest.") == []


def test_taken_from_a_colleagues_notes_is_no_change() -> None:
    assert latest("Tomas, I took this from Greta's notes: five seats, annual billing. All good.") == []


def test_our_rep_inheriting_the_account_in_a_note_is_no_change() -> None:
    opening = [msg(*HALVORSEN.asked), msg(*HALVORSEN.answered, "outbound")]
    note = msg("2017-06-16T11:00", "I've inherited this one from Piet, will call Lucia Monday.", "internal", "note")
    assert HALVORSEN.codes([*opening, note]) == []


# --- someone named owns the buying from here; the champion a mere user now ------------------------------------


def test_named_person_owns_the_purchase_from_now_on_is_a_stakeholder_change() -> None:
    assert latest("Tomas, please deal with Mara Holt: Mara runs the purchase from now on.") == ["stakeholder_change"]


def test_champion_just_a_user_now_is_a_stakeholder_change() -> None:
    assert latest("Tomas, after the reshuffle I'm just the end user now. Talk to Viktor.") == ["stakeholder_change"]


def test_legal_owns_the_contract_from_here_is_no_change() -> None:
    assert latest("Tomas, all fine. Legal owns the contract from here, standard for us.") == []


def test_named_person_owns_the_rollout_is_no_change() -> None:
    assert latest("Tomas, great news. Nina owns the rollout from here and she can't wait.") == []


def test_just_the_end_user_as_a_standing_role_is_no_change() -> None:
    assert latest("Tomas, I'm just the end user, so I'll leave the licence maths to you. Love it so far!") == []


# --- the approved figure gone; money frozen under a quantifier -------------------------------------------------


def test_approved_figure_gone_is_a_budget_concern() -> None:
    assert latest("Tomas, the amount our board had signed off has vanished in the reforecast. Still keen!") == [
        "budget_concern"
    ]


def test_froze_all_unspent_funds_is_a_budget_concern() -> None:
    assert latest("Tomas, head office froze all unspent funds this morning.") == ["budget_concern"]


def test_quoted_number_gone_from_a_price_list_is_no_budget_concern() -> None:
    assert "budget_concern" not in latest("Tomas, the number you quoted no longer exists on your price page?")


def test_approved_figure_still_there_is_no_budget_concern() -> None:
    assert latest("Tomas, the figure finance approved is still there after the reforecast. Go ahead!") == []


def test_po_number_gone_is_no_budget_concern() -> None:
    assert latest("Tomas, the PO number finance approved no longer exists, I'll raise a fresh one today.") == []


def test_unfroze_all_funds_is_no_budget_concern() -> None:
    assert latest("Tomas, great news, head office unfroze all unspent funds this morning.") == []


# --- a terse slip, the deal unsaid -----------------------------------------------------------------------------


def test_bare_pushing_to_a_later_quarter_is_a_timeline_slip() -> None:
    assert latest("bumping to Q4. will shout.") == ["timeline_slip"]


def test_we_are_slipping_to_a_later_month_is_a_timeline_slip() -> None:
    assert latest("Tomas - we're slipping to October at the earliest, sorry.") == ["timeline_slip"]


def test_pushing_towards_a_goal_is_no_slip() -> None:
    assert latest("pushing to close by end of July, all good.") == []


def test_moving_to_a_date_that_heads_more_words_is_no_slip() -> None:
    assert latest("Moving to October planning next week, loved the demo!") == []


def test_pushing_asked_is_no_slip() -> None:
    assert "timeline_slip" not in latest("pushing to Q4?")


def test_withdrawn_all_spending_authority_is_no_budget_concern() -> None:
    assert "budget_concern" not in latest("Tomas, the new COO has pulled all spending authority from team leads.")
