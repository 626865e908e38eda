"""Privacy classes blind46 showed missing, each in new wordings beside hard negatives: Mass told by its hour or
how often, the Quran learnt by heart, hands-on work at a party's stall or hustings, a person glossed by their
department in brackets, a word the writer corrects away at once, and a business's "therapy session"."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # Mass told by its hour or how often
    ("Heads up, Colm heads to early Mass before work, so he never picks up before nine.", "religion"),
    ("Marisol attends daily Mass at the cathedral, so lunch meetings are out.", "religion"),
    ("Bartek goes to the 6.30 Mass on weekdays, book him after 8.", "religion"),
    # the Quran learnt by heart
    ("Hamza's daughter completed her hifz last month, he's hosting a dinner on Saturday.", "religion"),
    ("Yusra memorized the entire Qur'an by the age of ten, her dad told me on the call.", "religion"),
    ("Ilyas became a hafiz last Ramadan and leads the taraweeh now.", "religion"),
    # hands-on work at a party's stall, stand or hustings
    ("Ingrid spends Saturdays manning the Moderaterna stand outside the station.", "political_opinion"),
    ("Callum helped out on the Labour street stall in Leith before the vote.", "political_opinion"),
    ("Rhiannon is busy with the Plaid Cymru hustings she's organising in Bangor.", "political_opinion"),
    # a person glossed by their department in brackets
    ("Odile (Vexmark procurement) is deaf, so set up captions for the demo.", "health"),
    ("Brannagh (legal, Tessary) is registered blind -- send accessible PDFs only.", "health"),
    # a business's therapy session stays one when a person has it
    ("Tomasz has a therapy session every Thursday at four.", "health"),
])  # fmt: skip
def test_new_classes_are_flagged(text: str, category: str) -> None:
    assert category in detect(text).categories, text


@pytest.mark.parametrize(("text", "category"), [
    # "Mass" as a place or a quantity, or a parish's timetable with no one going
    ("Colm goes to Western Mass next week for the Holyoke site visit.", "religion"),
    ("The new SKU goes to mass production at 7 sites in March, says Marisol.", "religion"),
    ("The 7 o'clock Mass is livestreamed on the parish's own platform, which Bartek's team built.", "religion"),
    # the Quran and hifz as a product or a corpus
    ("Hamza wants the hifz tracker app demoed to three madrasas next week.", "religion"),
    ("The speech model memorised the whole Quran dataset, Yusra flagged it in the eval.", "religion"),
    ("Ilyas is selling a Quran recitation app to schools in Leeds.", "religion"),
    # a stall that is no party's, or a party's event nobody here works
    ("Ingrid is running the Labour Day stall at the union fair for the client.", "political_opinion"),
    ("Callum is manning the Green Energy stand at the expo all week.", "political_opinion"),
    ("The Plaid Cymru hustings moved to Tuesday, Rhiannon said, so the venue is free Monday.", "political_opinion"),
    # a firm or a clause glossed in brackets
    ("Vexmark (NYSE: VXM) is blind to the currency risk, per its filing.", "health"),
    ("Section 4 (procurement) is deaf-proofed by the new acoustic panels.", "health"),
    # a word corrected away at once
    ("I'm at the clinic -- sorry, autocorrect, the climbing clinic -- till 3, Odile.", "health"),
    ("Brannagh's on the picket, I mean the pickup rota, this week, so I'll do the school run.", "trade_union"),
    # a business's or a shopper's therapy session
    ("Thursday is Tomasz's forecast therapy session, bring your slipped deals.", "health"),
    ("Odile called the Black Friday trip her retail therapy session.", "health"),
])  # fmt: skip
def test_hard_negatives_stay_quiet(text: str, category: str) -> None:
    assert category not in detect(text).categories, text


@pytest.mark.parametrize("text", [
    # a correction that goes on to something else leaves the word said
    "Elif is on the picket line -- sorry, I meant to tell you earlier.",
    "Dev is on the picket line again -- sorry, autocorrect mangled my last message.",
    "Rosa's on the picket line *again*, so the renewal call moves to Friday.",
])  # fmt: skip
def test_a_correction_of_something_else_keeps_the_word(text: str) -> None:
    assert "trade_union" in detect(text).categories, text
