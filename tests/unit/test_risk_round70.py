"""Round 70 classes: auto-replies in the customer's language, and a departure told by one that the champion answers
by keeping the decision; a risk supposed and denied in one breath ("only if ..., and that's not happening");
forwards headed the way other mail clients and languages head them; a forward the customer's cover fences off
("nothing in here changes our plans"); the deal not to be expected in a window that holds the close; the right to
decide given to someone from a point said first ("from now on he decides on all purchases"); our account refused
("not interested in another explanation") and belief given up ("I no longer believe this works"); and a failure told
as a value off by an amount ("one hour too early"). Each has hard negatives in the same words."""

from __future__ import annotations

import pytest

from tests.unit.risk_threads import HALVORSEN, HARROWFIELD

latest = HARROWFIELD.latest  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20
later = HALVORSEN.latest  # an eager opening; the deal closes 2017-08-31, now is 2017-06-20


# --- auto-replies in the customer's language --------------------------------------------------------------------------


def _chased_then(auto: str) -> list[str]:
    """The customer's last word on 1 May, two chasers, then ``auto`` from their mailbox; now is 5 June."""
    t = HARROWFIELD
    return t.codes([
        t.msg("2017-05-01T10:00", "Imke, looks good. Let me check with the team and come back to you."),
        t.msg("2017-05-10T10:00", "Hi Tobias, any feedback from the team?", "outbound"),
        t.msg("2017-05-20T10:00", "Hi Tobias, checking in once more.", "outbound"),
        t.msg("2017-06-01T10:00", auto),
    ], now="2017-06-05")  # fmt: skip


@pytest.mark.parametrize("auto", [
    "[Automatische Antwort] Vielen Dank für Ihre Nachricht. Sie wird so schnell wie möglich bearbeitet.",
    "Réponse automatique : merci pour votre message, nous le traiterons dans les meilleurs délais.",
    "Respuesta automática: gracias por su mensaje, le responderemos lo antes posible.",
])  # fmt: skip
def test_an_auto_reply_in_their_language_is_no_word_from_them(auto: str) -> None:
    assert "gone_quiet" in _chased_then(auto), auto


@pytest.mark.parametrize("reply", [
    "Imke, sorry for the silence, the automatic antivirus update ate my week. Next step: quote to finance on Friday.",
    "Imke, apologies, I was buried. Our reply on the automatic renewal clause follows tomorrow.",
])  # fmt: skip
def test_a_person_naming_something_automatic_still_replied(reply: str) -> None:
    assert "gone_quiet" not in _chased_then(reply), reply


def _helper_left(notice: str, answer: str) -> list[str]:
    """A helper's mailbox says he left; then the champion answers ``answer``; now is 20 June."""
    t = HARROWFIELD
    return t.codes([
        t.msg("2017-06-01T10:00", "Imke, I decide on this; my colleague Bas from IT helps with the import test."),
        t.msg("2017-06-05T10:00", "Hi Tobias and Bas, the import notes are attached.", "outbound"),
        t.msg("2017-06-05T10:01", notice),
        t.msg("2017-06-06T10:00", "Hi Tobias, an auto-reply says Bas has left. Who takes the test?", "outbound"),
        t.msg("2017-06-08T10:00", answer),
    ])  # fmt: skip


@pytest.mark.parametrize("notice", [
    "[Automatisch antwoord] Bas Jansen is niet meer werkzaam bij Harrowfield. / Bas Jansen no longer works at"
    " Harrowfield.",
    "[Automatische Antwort] Bas Jansen ist nicht mehr bei Harrowfield. Bas Jansen has left Harrowfield.",
    "Automatic reply: Bas Jansen is no longer with Harrowfield. Please write to helpdesk@harrowfield.example.",
])  # fmt: skip
def test_a_helper_gone_while_the_champion_keeps_the_decision_is_no_change(notice: str) -> None:
    answer = "Yes, Bas moved on. He only ran the test file; I'm still the one deciding. Helpdesk finishes the test."
    assert "stakeholder_change" not in _helper_left(notice, answer), notice


@pytest.mark.parametrize("answer", [
    "Yes, Bas moved on, and with him the IT sign-off; our new CIO will look at it again from scratch.",
    "Bas left, yes. Helpdesk will finish the test file this week.",
])  # fmt: skip
def test_a_departure_nobody_answers_by_keeping_the_decision_still_counts(answer: str) -> None:
    notice = (
        "[Automatisch antwoord] Bas Jansen is niet meer werkzaam bij Harrowfield. / Bas Jansen has left Harrowfield."
    )
    assert "stakeholder_change" in _helper_left(notice, answer), answer


# --- a risk supposed and denied in one breath -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Imke, it would only stall if headquarters froze budgets, and that's not happening.",
    "Imke, should the holding company slash budgets we'd need to talk, but that's not going to happen.",
    "Imke, the sole risk is if group finance froze budgets, but that won't happen.",
])  # fmt: skip
def test_a_freeze_supposed_and_denied_is_no_concern(text: str) -> None:
    assert "budget_concern" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, finance froze all software spending last week, and that's not going to change before autumn.",
    "Imke, if I'm honest, our budget has been slashed, and that isn't happening again soon, but it's done.",
])  # fmt: skip
def test_a_real_freeze_beside_a_denial_still_counts(text: str) -> None:
    assert "budget_concern" in latest(text), text


# --- forwards headed by other clients and languages -------------------------------------------------------------------

_MEMO = "All,\nall discretionary spend is frozen with immediate effect until further notice.\n\nThank you."


@pytest.mark.parametrize("head", [
    "Begin forwarded message:\n\nFrom: Finance Office <finance@harrowfield.example>\nSubject: Spend hold\n\n",
    "Anfang der weitergeleiteten Nachricht:\n\nFrom: Finanzen <finance@harrowfield.example>\nSubject: Stopp\n\n",
    "Début du message réexpédié :\n\nFrom: Finance <finance@harrowfield.example>\nSubject: Gel des dépenses\n\n",
    "---------- Weitergeleitete Nachricht ----------\nVon: Finanzen <finance@harrowfield.example>\nBetreff: Stopp\n\n",
])  # fmt: skip
def test_a_memo_forwarded_under_another_clients_header_is_read(head: str) -> None:
    assert "budget_concern" in latest(f"Imke, see below, this hits us too.\nTobias\n\n{head}{_MEMO}"), head


def test_a_harmless_memo_forwarded_so_is_no_concern() -> None:
    memo = "All,\nthe canteen closes early on Friday for the summer party.\n\nThank you."
    head = "Begin forwarded message:\n\nFrom: Facilities <facilities@harrowfield.example>\nSubject: Friday\n\n"
    assert latest(f"Imke, fun one, see below.\nTobias\n\n{head}{memo}") == []


def test_our_own_mail_quoted_under_a_german_header_is_not_theirs() -> None:
    text = ("Imke, all good, the order goes out on Monday.\nTobias\n\n-----Ursprüngliche Nachricht-----\n"
            "Von: Imke Vos <imke.vos@ourteam.example>\nBetreff: Quote\n\nIn case your budget is frozen, we can hold the"
            " price until September.")  # fmt: skip
    assert latest(text) == []


# --- a forward fenced off by the customer's cover ---------------------------------------------------------------------

_NEWS = ("---------- Forwarded message ---------\nFrom: Trade Weekly <alerts@tradeweekly.example>\nSubject: Sector"
         " news\n\nTwo wholesalers announced that all new spending is frozen and that their chief executive has"
         " stepped down.")  # fmt: skip


@pytest.mark.parametrize("cover", [
    "Imke, in case you missed it (below). Nothing in here changes our plans; legal is on the last redline.",
    "Imke, FYI below, none of this applies to us, we're on track to sign.",
    "Imke, interesting read below. It has no impact on our project, the order is with finance.",
])  # fmt: skip
def test_a_forward_the_cover_fences_off_is_not_read(cover: str) -> None:
    assert latest(f"{cover}\nTobias\n\n{_NEWS}") == [], cover


@pytest.mark.parametrize("cover", [
    "Imke, see below. This lands on us too, I'm afraid.",
    "Imke, see below. Nothing in here is good news for us, sorry.",
])  # fmt: skip
def test_a_forward_the_cover_lets_in_is_read(cover: str) -> None:
    assert "budget_concern" in latest(f"{cover}\nTobias\n\n{_NEWS}"), cover


# --- the deal not to be expected in a window that holds the close -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tomas, thanks for the quote. Please don't expect a signature in August.",
    "Tomas, thanks. There will be no signature in August, I'm afraid; the board reviews tools in the autumn.",
    "Tomas, thank you. Don't expect a decision from us in August.",
])  # fmt: skip
def test_no_signature_to_expect_in_the_closing_month_is_a_slip(text: str) -> None:
    assert "timeline_slip" in later(text), text


@pytest.mark.parametrize("text", [
    "Tomas, thanks! Don't expect a signature in July; mid-August is realistic.",
    "Tomas, thanks. Don't expect the invoice query answered in August, our accounts team is away.",
])  # fmt: skip
def test_a_window_before_the_close_or_another_thing_is_no_slip(text: str) -> None:
    assert "timeline_slip" not in later(text), text


# --- the right to decide given to someone, the time said first --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Imke, from now on Petra decides on all software purchases, this one included.",
    "Imke, going forward, the group CFO approves every tool purchase, yours included.",
    "Imke, with immediate effect, our regional director signs off all vendor contracts.",
    "Imke, as of this week Petra Novak signs off all vendor contracts.",
])  # fmt: skip
def test_the_decision_given_to_someone_from_now_on_is_a_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, from now on I decide on all software purchases myself, so this one is simple.",
    "Imke, going forward, Ruud approves all purchases as always; he has your quote.",
    "Imke, from now on Procurement signs off all vendor contracts; I still own the decision.",
])  # fmt: skip
def test_the_writer_keeping_it_or_the_usual_route_is_no_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


# --- our account refused, belief given up, a value off by an amount ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "Imke. It happened again last night. I don't want to hear another story about it.",
    "Imke. It happened again last night. No more explanations, please.",
    "Imke. It happened again last night. Honestly, I no longer believe this works for a team like ours.",
    "Imke. It happened again last night. I've stopped believing it will ever work.",
])  # fmt: skip
def test_our_account_refused_or_belief_given_up_is_a_drop(text: str) -> None:
    assert "sentiment_drop" in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, thanks for the walkthrough. We're not interested in another webinar, it covered everything. Quote please.",
    "Imke, the export failed once last night, but I still believe this works for us. Could support take a look?",
])  # fmt: skip
def test_an_explanation_asked_or_belief_kept_is_no_drop(text: str) -> None:
    assert "sentiment_drop" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, the sync still puts every visit one hour too early, and I no longer believe this works for us.",
    "Imke, the calendar is still off by one hour, and I no longer believe this works for us.",
    "Imke, my director's meeting showed at 8 instead of 9, and I no longer believe this works for us.",
    "Imke, the invoices are still two days out, and I no longer believe this works for us.",
])  # fmt: skip
def test_a_value_off_by_an_amount_is_a_failure_of_ours(text: str) -> None:
    assert "sentiment_drop" in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, we start an hour early on Fridays, so could the demo be at 8? The team loved the walkthrough.",
    "Imke, the engineer arrived ten minutes early, which was great. Please send the order form.",
])  # fmt: skip
def test_a_gap_they_chose_is_no_failure(text: str) -> None:
    assert "sentiment_drop" not in latest(text), text


# --- a routine function named with its determiner ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Imke, we're agreed commercially. The contract now goes through our legal team, so end of June still holds.",
    "Imke, all agreed. The order now runs through the procurement team for the usual checks.",
    "Imke, all fine on our side; the purchase now goes through the legal department before I sign.",
])  # fmt: skip
def test_the_contract_going_through_a_routine_function_is_no_change(text: str) -> None:
    assert "stakeholder_change" not in latest(text), text


@pytest.mark.parametrize("text", [
    "Imke, heads up: every purchase over 5k now goes through our new CRO, Marta Olsen.",
    "Imke, the contract now goes through Petra Novak, who took over my budget on Monday.",
])  # fmt: skip
def test_the_contract_going_through_a_new_person_is_still_a_change(text: str) -> None:
    assert "stakeholder_change" in latest(text), text
