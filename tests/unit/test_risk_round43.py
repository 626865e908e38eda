"""Risk classes the 43rd blind set showed the engine missing, each tried on wordings of our own with hard negatives:
the deciding forum not to be given the deal before a date, a blanket pause parking every new purchase of a kind,
money cut or frozen in the customer's own language (German, Spanish, ...), and a tone that sours in a mixed
Spanish/English thread."""

from __future__ import annotations

from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # the deal closes 2017-08-31, now is 2017-06-20
latest = THREAD.latest


# --- the deciding forum not given the deal before a date ------------------------------------------------------------


def test_the_deal_kept_from_the_forum_until_after_the_close_slips() -> None:
    assert "timeline_slip" in latest("Our CFO says he won't take the contract to the committee until the October"
                                     " sitting.")  # fmt: skip
    assert "timeline_slip" in latest("The chair is not going to put anything in front of the board before"
                                     " September.")  # fmt: skip


def test_the_forum_reached_in_time_or_with_no_date_stays_quiet() -> None:
    assert "timeline_slip" not in latest("She won't bring it to the board before the July meeting.")
    assert "timeline_slip" not in latest("We won't bring anything to the board before the legal review is done.")


# --- a blanket pause parking every new purchase of a kind ------------------------------------------------------------


def test_parking_every_new_purchase_of_a_kind_pauses_the_deal() -> None:
    assert "timeline_slip" in latest("Head office is parking all new software purchases until the merger closes.")
    assert "timeline_slip" in latest("We've parked any new tool rollouts for now, no date yet.")


def test_parking_new_hires_or_rollouts_going_ahead_stays_quiet() -> None:
    assert "timeline_slip" not in latest("We're parking all new hires until spring.")
    assert "timeline_slip" not in latest("All new tool rollouts are going ahead as planned.")


# --- money cut or frozen, said in the customer's own language --------------------------------------------------------


def test_a_budget_cut_or_freeze_in_their_language_is_a_budget_concern() -> None:
    assert "budget_concern" in latest("Leider wurde unser Budget für dieses Jahr eingefroren.")
    assert "budget_concern" in latest("El presupuesto de TI fue recortado un 20% this quarter.")
    assert "budget_concern" in latest("Die Geschäftsführung hat unser Projektbudget um die Hälfte gekürzt.")


def test_a_budget_released_or_said_not_cut_in_their_language_stays_quiet() -> None:
    assert "budget_concern" not in latest("Das Budget ist freigegeben, we can sign.")
    assert "budget_concern" not in latest("Unser Budget wurde nicht gekürzt, all good.")


# --- a tone that sours: our chasing refused, and time spent chasing us for nothing ------------------------------------


def test_chasing_us_for_nothing_and_refusing_our_reminders_is_a_drop() -> None:
    assert "sentiment_drop" in latest("Four days of emailing your helpdesk about the login bug and still no answer."
                                      " Stop sending me reminders about the renewal.")  # fmt: skip
    assert "sentiment_drop" in latest("Two weeks waiting on your engineers, with no fix. Spare me the follow-ups.")


def test_chasing_our_own_board_or_declining_paperwork_stays_quiet() -> None:
    assert "sentiment_drop" not in latest("Two weeks chasing our board for sign-off and nothing yet, sorry!"
                                          " Don't send me more paperwork until Monday, I'm travelling.")  # fmt: skip
    assert "sentiment_drop" not in latest("Please stop sending the invoices to my old address, thanks. Love the tool!")


# --- feeling words in their own language ----------------------------------------------------------------------------


def test_a_drop_told_in_spanish_or_french_is_a_drop() -> None:
    assert "sentiment_drop" in latest("Estoy muy decepcionada con el soporte. Es inaceptable.")
    assert "sentiment_drop" in latest("Franchement, je ne suis pas contente. On en a marre de ces bugs.")


def test_warm_words_in_their_language_keep_the_tone_warm() -> None:
    assert "sentiment_drop" not in latest("Estamos muy contentos con la demo, ¡muchas gracias!")
    assert "sentiment_drop" not in latest("Merci beaucoup, le rapport est parfait.")


def test_the_quote_stays_as_they_wrote_it() -> None:
    from agents.insights.sentiment import message_tone

    assert message_tone("Hola. No estoy contenta. Es inaceptable.").strongest in ("No estoy contenta.",
                                                                                 "Es inaceptable.")  # fmt: skip
