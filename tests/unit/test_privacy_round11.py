"""The kinds of input the blind11 privacy set showed the detector missing (indirect vocabulary: medicines,
devices, wards, rites, record checks, biometric traits, non-English words), in new wording, each beside the
business or figurative sense that must stay quiet; and a speed guard: the new cues stay behind the prefilter."""

from __future__ import annotations

import pytest

from policies.privacy import detect
from policies.privacy.cues import CUES
from policies.privacy.lexicon_care import CARE
from policies.privacy.lexicon_rites import RITES
from policies.privacy.prefilter import required_literals


def _cats(text: str) -> list[str]:
    return detect(text).categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # medicines by generic or brand name, taken by someone; the commodity, the market, the account are not
        ("Fatima's been on sertraline since the spring and it's helping.", ["health"]),
        ("Kwame takes metformin twice a day so lunch needs to be on time.", ["health"]),
        ("Her warfarin dose was changed last week.", ["health"]),
        ("Ben came off lithium last year and feels much better.", ["health"]),
        ("Lithium prices fell again, which helps the battery deal.", []),
        ("We are bullish on lithium for next year.", []),
        ("Ganfeng is taking lithium market share from us.", []),
        ("Medvantis ships sertraline generics to 400 pharmacies.", []),
        ("He's taking the Ozempic account from Novo's team.", []),
        # a condition's supplies shipped to pharmacies are a market
        ("Their depot sends insulin pens and HIV antiretrovirals to clinics.", []),
        ("Security will flag Anika's insulin pump at the scanner.", ["health"]),
    ],
)
def test_medicines(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # devices a person lives with; a catalogue's are not
        ("Lars needs his nebuliser overnight, so book a room with a socket by the bed.", ["health"]),
        ("Marta forgot her EpiPen at the hotel.", ["health"]),
        ("Dieter wears a back brace after the fall.", ["health"]),
        ("The CPAP product line is on backorder.", []),
        ("Our client sells nebulisers and inhalers to clinics.", []),
        # wards, hospices and palliative care a person is in; a supplier's job there and a sector are not
        ("Ahmed is in the stroke unit at King's for another week.", ["health"]),
        ("Chloe's sister was sectioned and is in a psychiatric ward.", ["health"]),
        ("Ian's wife went into a hospice on Friday.", ["health"]),
        ("His mother is receiving palliative care at home.", ["health"]),
        ("We installed the screens in the oncology unit at St Mary's.", []),
        ("The hospice sector is a new vertical for us.", []),
        # flare-ups of a chronic condition by its everyday name; tensions and tickets flare too
        ("Rosa is having a bad fibro flare-up, she'll join by phone.", ["health"]),
        ("Dan's Crohn's flare is back, he's off until Monday.", ["health"]),
        ("There was a flare-up of tensions at the board meeting.", []),
        ("Expect a flare-up in support tickets after the release.", []),
        ("Sorry Nia, a kidney stone kept me up all night.", ["health"]),
    ],
)
def test_devices_wards_and_flares(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # mourning and life-cycle rites that belong to a faith; a funeral or a figure of speech does not tell one
        ("Farah is in iddah after her husband's death, so she's working from home.", ["religion"]),
        ("Kemal is at the 40th-day memorial prayers for his uncle tonight.", ["religion"]),
        ("Gopal is observing the 13-day mourning for his mother.", ["religion"]),
        ("Sara flew home for her father's requiem mass.", ["religion"]),
        ("Naveen is off for his son's mundan ceremony.", ["religion"]),
        ("Ola's daughter has her confirmation at St Jude's next Sunday.", ["religion"]),
        ("Anil went to Varanasi to scatter his father's ashes in the Ganges.", ["religion"]),
        ("Marta is walking the Camino this summer.", ["religion"]),
        ("The last rites of the old CRM were read at the all-hands.", []),
        ("Confirmation of the order came from the church supplier.", []),
        ("Please schedule the 13-day service window.", []),
        # an office in a congregation set out in a signature
        ("Order confirmed.\n\nRegards,\nNoel Baptiste\nElder, Grace Baptist Church", ["religion"]),
        # a site shut for a festival tells no one's faith; a person keeping it still does
        ("Heads up: the Leeds depot is shut on Friday for Yom Kippur, so no collections.", []),
        ("The office is shut on Friday, so she can fast for Yom Kippur.", ["religion"]),
    ],
)
def test_rites_and_closures(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # a record check read out: offence and year, a ban by its length, a spent conviction, a named prison
        ("Theft, 2014, six-month suspended sentence, he told me himself.", ["criminal_record"]),
        ("Ray has a three-year driving ban.", ["criminal_record"]),
        ("Her conviction is spent now, but it shows on the enhanced DBS check.", ["criminal_record"]),
        ("Dave got a caution for shoplifting in 2009.", ["criminal_record"]),
        ("Jay did eighteen months at HMP Wandsworth.", ["criminal_record"]),
        ("Nadia's husband was recalled to prison for breaching his licence.", ["criminal_record"]),
        ("The EU imposed a 12-month ban on imports of the part.", []),
        ("The budget's spent for this quarter.", []),
        ("We delivered the handsets to HMP Leeds last week.", []),
        ("Our software licence conditions prohibit resale.", []),
    ],
)
def test_record_checks_and_licence(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # other biometric traits and gene panels; the readers and the lab's portfolio are products
        ("Chen's finger-vein template is stored on the badge reader.", ["genetic_biometric"]),
        ("We enrolled Priya's gait profile for the warehouse pilot.", ["genetic_biometric"]),
        ("My son's gene panel came back clean.", ["genetic_biometric"]),
        ("The hand-geometry readers ship in March.", []),
        ("Our genetic panel portfolio now covers 200 genes.", []),
        # peoples, union offices and titles in the languages a rep writes in
        ("Karim est kabyle, il nous l'a dit au déjeuner.", ["ethnicity"]),
        ("Mi jefe dice que su abuela es mapuche.", ["ethnicity"]),
        ("La reunión es en Sevilla, con el equipo de Finhigh.", []),
        ("Mme Girard est déléguée syndicale CGT.", ["trade_union"]),
        ("M. Perrin est délégué syndical chez Cancity.", ["trade_union"]),
        ("Gloria is the UAW Local 600 bargaining chair and will attend.", ["trade_union"]),
        ("The Local 600 office is closed on Monday.", []),
        # a party's own people on polling day
        ("Fergus is a polling agent for Labour on Thursday.", ["political_opinion"]),
        ("Telling for the customer is the hard part.", []),
        # "my boyfriend" from a writer whose Welsh name tells his gender
        ("Bringing my boyfriend to the dinner if that's ok.\nCheers,\nDafydd", ["sexual_orientation"]),
    ],
)
def test_traits_and_words_abroad(text: str, categories: list[str]) -> None:
    assert _cats(text) == categories


def test_new_cues_are_prefiltered() -> None:
    new = {pattern for pattern, _ in CARE + RITES}
    compiled = [cue.pattern for cue in CUES if cue.pattern.pattern in new]
    assert len(compiled) == len(new)
    assert all(required_literals(pattern) is not None for pattern in compiled)
