"""Privacy classes blind42 showed missing, each in new wordings beside hard negatives: an ailment that keeps
coming back, told by a habitual verb ("Dana gets bad migraines", "he's prone to migraines"), and a birth under
way told by its signs ("her waters broke", "contractions ten minutes apart", "gone into early labour"). Also
one noticed earlier: a knee reconstruction after "the" in a clinical trial's name is a trial's, not a person's
operation."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize("text", [
    # an ailment that comes back, with a habitual verb
    "Benedetta from Korvane gets terrible migraines under fluorescent light, so book the room with windows.",
    "Thomasina is prone to migraines after long flights, so keep the Frankfurt trip to one leg.",
    "Clemence suffers with cluster headaches in spring and may drop off the call early.",
    "Leopold still gets dizzy spells after standing up, so seat him near the door.",
    # a birth under way, told by its signs
    "Heads up: Saoirse's waters have gone, so she won't make the board pack review.",
    "my partner's waters broke at 4am, I'm out for the week -- Ferdinand covers the renewal",
    "Her contractions are ten minutes apart so Gwendolyn has logged off.",
    "Annika has gone into early labour, please move Thursday's pricing call.",
    "Rosalind is being induced tomorrow, so route the Hexley renewal to Piotr.",
    "Leontine gave birth to a baby girl on Sunday, so Caspar runs the Orvell account this month.",
])  # fmt: skip
def test_new_classes_are_flagged(text: str) -> None:
    assert "health" in detect(text).categories, text


@pytest.mark.parametrize("text", [
    # the ailment as a market, or a plain word that is also a project's
    "Dorothea gets migraine patients referred from three clinics and wants the CRM module.",
    "Our support desk gets headaches from the legacy billing API every quarter end.",
    "Casimir gets migraine-relief orders from pharmacies across the region.",
    "Prone to delays, the Zelton rollout slipped again, Marisol said.",
    # waters, contractions and labour that are no body's
    "The floodwaters broke the levee near the Tarrow depot, Oswin reported.",
    "Revenue contractions were two quarters apart, Hyacinth noted in the board pack.",
    "Fenella has gone into labour relations consulting after leaving the bank.",
    "The contractions in the draft read badly, so Evander rewrote the clause.",
    # a birth that is a firm's or a herd's
    "Bartholomew says Vornex gave birth to three spin-offs in the nineties.",
    "On Ottilie's safari the herds give birth to their young on the plains.",
    # a reconstruction in a trial's name, not an operation on anyone
    "After the knee reconstruction trial results, Eamon updated the forecast.",
    "Before the hip replacement study readout, Perpetua trimmed the pipeline.",
])  # fmt: skip
def test_hard_negatives_stay_unflagged(text: str) -> None:
    assert not detect(text).sensitive, (text, detect(text).findings)


@pytest.mark.parametrize("text", [
    # an operation on a person after an article or whose it is stays a person's
    "After the knee reconstruction in May, Eamon is working from home.",
    "Perpetua is back after her hip replacement and wants the forecast.",
])  # fmt: skip
def test_a_persons_operation_stays_flagged(text: str) -> None:
    assert "health" in detect(text).categories, text
