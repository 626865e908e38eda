"""Privacy classes blind44 showed missing, each in new wordings beside hard negatives: marching, campaigning or
protesting alongside a party ("marched with the Greens", "out leafleting with the SNP"), a meeting note's line
that gives a person's people as its value ("- Zanele: Zulu, ..."), a seat on a strike or branch committee of
a union named by a plain word ("on the strike committee for the Equity branch"), and a person's biometric
template where the sentence tells of enrolling or capturing it ("was first to enrol and her template failed")."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # marching, campaigning or protesting alongside a party
    ("fyi Ottilie is marching with the Greens on saturday so she's offline all weekend", "political_opinion"),
    ("Bartosz spent the weekend leafleting with the Liberal Democrats in his ward.", "political_opinion"),
    ("Wilhelmina said she protested with the Socialist Party outside parliament last year.", "political_opinion"),
    ("Heads up: he's been campaigning with Reform UK all month, steer clear of the topic.", "political_opinion"),
    # a note's line whose value is the person's people
    ("Call notes\n- Zanele: Zulu, asked that we use her full name on the certificates", "ethnicity"),
    ("* Mateo - Mapuche; wants the Spanish deck too\n* Budget: approved", "ethnicity"),
    ("Attendees\nAroha: Maori, she'll open with a karakia\nNext: pilot in March", "ethnicity"),
    # a seat on a plain-word union's strike or branch committee
    ("Clemency sits on the strike committee for the Equity branch, so rehearsals may slip.", "trade_union"),
    ("Rufus is on the Equity branch committee and is busy with the dispute until spring.", "trade_union"),
    ("Odile was elected to the picket committee of Equity last week.", "trade_union"),
    # a person's biometric template, told with its enrolment or capture
    ("The new gates scan fingers. Dagmar was the first to enrol and her template will not match, so IT "
     "is re-doing it.", "genetic_biometric"),
    ("Security re-captured his template at the reader this morning, Ludovic can badge in again.",
     "genetic_biometric"),
    ("Fenella tried to re-enrol but her template kept failing at the turnstile.", "genetic_biometric"),
])  # fmt: skip
def test_new_classes_are_flagged(text: str, category: str) -> None:
    assert category in detect(text).categories, text


@pytest.mark.parametrize(("text", "category"), [
    # a party word that is a celebration or a product, or a party named with no one marching for it
    ("The sales team is marching with the Launch Party banners through the expo hall.", "political_opinion"),
    ("Ottilie is campaigning with the Labour market data pack for the Q3 push.", "political_opinion"),
    ("We're marching with the Christmas Party crowd to the pub at six.", "political_opinion"),
    ("The Greens are marching on Saturday, so the roads by the office will be closed.", "political_opinion"),
    # a note's line that gives a language or a market, or a list of peoples
    ("Call notes\n- Language: Zulu, the client wants subtitles", "ethnicity"),
    ("- Zanele: Zulu translation due Friday, she'll check it", "ethnicity"),
    ("- Zanele: Zulu, Xhosa and Sotho versions of the deck, she owns them", "ethnicity"),
    ("Segment: Hispanic, 25-34, she runs that campaign", "ethnicity"),
    ("- Owner: Maori, he runs the iwi account and the Wellington pilot", "ethnicity"),
    ("Sales: Hispanic, 25-34, she owns the campaign", "ethnicity"),
    # equity as finance, a bank's branch, or a committee with no union
    ("Clemency sits on the investment committee for the Equity fund.", "trade_union"),
    ("Rufus is on the audit committee of Equity Partners and signs off the fees.", "trade_union"),
    ("Odile works at the Equity branch in Nairobi and opens the vault.", "trade_union"),
    ("Priyanka sits on the strike price committee for the equity desk.", "trade_union"),
    # a document template, or a course enrolment
    ("Dagmar enrolled in the sales course and her template for the proposal is in the drive.", "genetic_biometric"),
    ("Ludovic was the first to enrol and her template email went out to every new customer.", "genetic_biometric"),
    ("Fenella captured her template deck in Notion so the team can reuse it.", "genetic_biometric"),
])  # fmt: skip
def test_hard_negatives_stay_quiet(text: str, category: str) -> None:
    assert category not in detect(text).categories, text
