"""Risk classes the 53rd blind set showed the engine missing: a rival weighed up in the customer's own language (a
demo booked with them, their quote on its way, the two compared), and a slow cooling whose warm start falls just
before the last three messages (warm, then nothing warm again, ending curt). Each has hard negatives in the same
words: a rival said in French to be no demo or ruled out, a rival named as their own product's integration, a
recovery in between, plain business replies, and a customer terse from the start."""

from __future__ import annotations

from tests.unit.risk_threads import HALVORSEN

THREAD = HALVORSEN  # an eager quote request; the deal closes 2017-08-31, now is 2017-06-20
latest = THREAD.latest
_DAYS = ("2017-06-05", "2017-06-08", "2017-06-11", "2017-06-14", "2017-06-17")


def replies(*texts: str, opening: bool = True) -> list[str]:
    """Our quote, then each text from the customer with a nudge of ours before it (after the eager opening unless
    ``opening`` is false)."""
    messages = [THREAD.msg(*THREAD.asked)] if opening else []
    messages.append(THREAD.msg(*THREAD.answered, "outbound"))
    for day, text in zip(_DAYS, texts, strict=False):
        messages.append(THREAD.msg(f"{day}T09:00", "Anything I can help with?", "outbound"))
        messages.append(THREAD.msg(f"{day}T15:00", text))
    return THREAD.codes(messages)


# --- a rival weighed up in the customer's own language -----------------------------------------------------------


def test_a_demo_booked_with_a_rival_in_french_is_a_competitor() -> None:
    assert latest("Pour info, nous avons une démonstration de Quorvia mardi.") == ["competitor_mentioned"]


def test_a_rivals_quote_asked_for_in_spanish_is_a_competitor() -> None:
    assert latest("Te cuento: pedimos una cotización a NorthPeak, llega el lunes.") == ["competitor_mentioned"]


def test_a_rivals_offer_compared_in_german_is_a_competitor() -> None:
    assert latest("Wir holen ein Angebot von Lumora ein und vergleichen dann.") == ["competitor_mentioned"]


def test_a_rivals_demo_in_italian_is_a_competitor() -> None:
    assert latest("Giovedì abbiamo una dimostrazione con Brightwave, poi decidiamo.") == ["competitor_mentioned"]


def test_no_demo_with_a_rival_in_french_is_no_competitor() -> None:
    assert latest("Nous n'avons pas de démo avec Quorvia, on continue avec vous.") == []


def test_a_rival_ruled_out_in_spanish_is_no_competitor() -> None:
    assert latest("NorthPeak quedó descartado después de su demostración, seguimos con ustedes.") == []


def test_a_rival_as_their_own_products_integration_in_french_is_no_competitor() -> None:
    assert latest("Notre produit s'intègre aussi avec Stackline, rien à voir avec le CRM.") == []


def test_thanks_for_our_own_quote_in_french_is_nothing() -> None:
    assert latest("Merci pour le devis, nous signons la semaine prochaine.") == []


# --- a slow cooling that set in just before the last three messages ----------------------------------------------


def test_warm_then_three_curt_replies_is_a_drop() -> None:
    assert replies("Received.", "Not now.", "We'll be in touch.") == ["sentiment_drop"]


def test_warm_then_doubts_then_told_not_to_chase_is_a_drop() -> None:
    text = ("Ok. A few doubts here about the effort involved.", "Finance is looking at it.", "Don't push me on it.")
    assert replies(*text) == ["sentiment_drop"]


def test_terse_from_the_start_is_no_drop() -> None:
    assert replies("send quote.", "got it.", "no.", "will let you know.", opening=False) == []


def test_warm_then_plain_business_replies_is_no_drop() -> None:
    text = (
        "Legal has the contract and is reviewing clause 4 this week.",
        "The security questionnaire is done and back with your team.",
        "Finance wants the invoice split by quarter, can you do that?",
    )
    assert replies(*text) == []


def test_warm_then_short_replies_that_commit_is_no_drop() -> None:
    assert replies("Legal has the contract.", "Security form sent back.", "Yes, signing Friday.") == []


def test_a_recovery_in_between_is_no_drop_by_the_cooling() -> None:
    text = (
        "Thanks. Reviewing.",
        "Sorry for the short replies, mad week! The team is loving it.",
        "Signed, PO to follow.",
    )
    assert replies(*text) == []
