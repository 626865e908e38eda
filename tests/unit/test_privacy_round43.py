"""Privacy classes blind43 showed missing, each in new wordings beside hard negatives: money given to a party's
own campaign or fund, named after the party ("gave money to the Conservative leadership campaign", "a donor to
the SNP election fund"), and membership of a protest movement told by "is with" / "is part of" ("she's with Just
Stop Oil", "Rosamund has been part of Insulate Britain")."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize("text", [
    # money given to a party's own campaign or fund
    "Bartholomew chipped in fifty quid to the Labour leadership campaign last month.",
    "Marguerite is a regular donor to the SNP election fund, so avoid the referendum topic.",
    "Cosimo gave a big cheque to the Reform UK campaign war chest.",
    "Thaddeus donated to the Liberal Democrats campaign fund before the by-election.",
    # membership of a protest movement, told by "is with" / "is part of"
    "heads up, Bertrand's with Extinction Rebellion, so skip the oil-major jokes at dinner",
    "Rosamund has been part of Insulate Britain since spring and may be away for the court date.",
    "Matthias is a volunteer with Palestine Action, per his own post.",
    "Leocadia missed the demo prep -- she's still with Last Generation and was glued to a road in Munich.",
])  # fmt: skip
def test_new_classes_are_flagged(text: str) -> None:
    assert "political_opinion" in detect(text).categories, text


@pytest.mark.parametrize("text", [
    # a party word that goes on as a market or a product, or a brand's campaign
    "Ottoline donated to the Labour market research campaign last spring.",
    "Fenwick gave 200 pounds to the Green energy campaign at the school.",
    "Our agency gave money to the Labour campaign shoot budget.",
    "Philippa donated to the Conservative campaign video team.",
    # a meeting or a story that is the movement's, not anyone's membership
    "Monday is with Extinction Rebellion's lawyers about the venue damage claim.",
    "She's in the Just Stop Oil coverage for the Guardian this week.",
    "Tuesday is with Just Stop Oil, the client wants a quote for barriers.",
    "The Thursday slot is with Extinction Rebellion press office, Ophelia set it up.",
])  # fmt: skip
def test_hard_negatives_stay_quiet(text: str) -> None:
    assert "political_opinion" not in detect(text).categories, text
