"""Round 71 of the privacy detector: classes of wording the blind set privacy_blind73 (a rep's inbox and chat in
English, German, French, Spanish and Dutch) showed missing, each with invented positives (none of them the set's
sentences) and hard negatives that must stay as they are."""

from __future__ import annotations

import pytest

from policies.privacy import detect


def _categories(text: str) -> list[str]:
    return detect(text).categories


# everyday injuries, burn-out, phased returns and pregnancies told in passing (lexicon_everyday_ailments)
@pytest.mark.parametrize(
    "text",
    [
        "Priya says March is out, she'll be eight months along and can't fly.",
        "Sanne's midwife told her to rest this week, so the demo moves.",
        "Ahmed can't drive to the site: his leg is still in a cast after the bike crash.",
        "Sorry for typos, Marek here - fractured ankle, typing from the sofa.",
        "Julien reprend en mi-temps thérapeutique à partir de lundi, pas de réunions le mercredi.",
        "Anke is na haar burn-out weer twee dagen per week aan het werk.",
        "Greg had a burnout last spring and still keeps Fridays free.",
    ],
)
def test_everyday_ailments_are_health(text: str) -> None:
    assert _categories(text) == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "Our rollout will be six months along by then, so the vendor review slips.",
        "The hospital wants to buy our midwife rota module.",
        "The old ceiling is in plaster and needs skimming before the install.",
        "Le mi-temps thérapeutique est encadré par la sécurité sociale.",
        "Our survey measures customer burnout rates across the region.",
        "Lena says the rare disease portfolio is their fastest-growing line.",
    ],
)
def test_projects_products_and_buildings_are_not(text: str) -> None:
    assert _categories(text) == []


# a genetic work-up or a biometric enrolled for one person (lexicon_genetic_workups)
@pytest.mark.parametrize(
    "text",
    [
        "Her daughter's whole-genome sequencing came back with an answer at last.",
        "Raj's iris enrolment at the turnstile failed twice, security is re-doing it.",
        "Omar was finally tested for the HD gene; he'll tell us more next week.",
    ],
)
def test_genetic_workups_and_enrolments_are_genetic(text: str) -> None:
    assert "genetic_biometric" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our genome sequencing platform cut the lab's costs by 30%, says Omar.",
        "Does the app's iris enrolment screen allow a retry, asks the DPO.",
        "Omar says the pipeline was tested for the regression before release.",
    ],
)
def test_a_lab_product_or_a_device_feature_is_not(text: str) -> None:
    assert _categories(text) == []


# one side of a referendum, a party's poll watcher, party membership in Dutch (lexicon_ballot_roles)
@pytest.mark.parametrize(
    "text",
    [
        "Siobhan is out canvassing for Yes in the referendum until Thursday.",
        "Alberto es apoderado del PSOE en las municipales, así que el domingo no contesta.",
        "Marieke is al jaren partijlid en flyert voor GroenLinks.",
    ],
)
def test_ballot_sides_and_party_roles_are_political(text: str) -> None:
    assert _categories(text) == ["political_opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "We're campaigning for a yes from procurement before Friday, says Siobhan.",
        "Alberto dice que el interventor del Estado revisó las cuentas.",
        "Marieke stuurt de flyers voor de beurs vrijdag.",
    ],
)
def test_a_yes_to_a_deal_or_an_auditor_is_not(text: str) -> None:
    assert _categories(text) == []


# a pagan practice, a baptism or a conversion told abroad (lexicon_faith_paths)
@pytest.mark.parametrize(
    "text",
    [
        "Tom is a practising druid and keeps the equinox ritual, so no calls on the 20th.",
        "Karim s'est converti à l'islam il y a deux ans, il ne boit plus au dîner client.",
        "Elena fue bautizada en la vigilia pascual y no estará el lunes.",
    ],
)
def test_pagan_practice_baptism_and_conversion_are_religion(text: str) -> None:
    assert _categories(text) == ["religion"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom says he's a pagan about spreadsheets and refuses to use Excel.",
        "Karim dit que le nouveau module sera baptisé Atlas.",
        "Karim: les fichiers ont été convertis au format PDF.",
    ],
)
def test_a_nickname_a_product_name_or_a_file_is_not(text: str) -> None:
    assert _categories(text) == []


# a parent's origin with a bare kin word (lexicon_kin_origins)
@pytest.mark.parametrize(
    "text",
    [
        "Kezia, on the call: Mum's Jamaican and Dad's Scottish, hence the accent.",
        "Tariq laughed: Dad is Kurdish, so the name gets misspelt a lot.",
        "Ama (Helix): Grandad was Moluccan, he came over in the fifties.",
    ],
)
def test_a_parents_origin_is_ethnicity(text: str) -> None:
    assert _categories(text) == ["ethnicity"]


@pytest.mark.parametrize(
    "text",
    [
        "Kezia says Dad's Army is on tonight, so she'll log off early.",
        "Tariq: the Mother's Day promo is live in all stores.",
    ],
)
def test_a_title_or_a_holiday_is_not(text: str) -> None:
    assert _categories(text) == []


# a Spanish-speaker's partner with accented names read for their gender (persons._GENDERED)
@pytest.mark.parametrize(
    "text",
    [
        "Nota: Inés Romero se casa con su novia Marta en octubre.",
        "Llamada con Sofía Ruiz: vive con su novia Claudia en Valencia.",
        "Nota: Andrés se casa con su novio Pablo en mayo.",
    ],
)
def test_accented_names_tell_a_same_sex_couple(text: str) -> None:
    assert _categories(text) == ["sexual_orientation"]


@pytest.mark.parametrize(
    "text",
    [
        "Nota: Inés Romero se casa con su novio Pablo en octubre.",
        "Nota: Andrés se casa con su novia Marta en mayo.",
    ],
)
def test_a_couple_across_genders_is_not(text: str) -> None:
    assert _categories(text) == []


# a union post in a signature, a union's own meeting in Dutch (lexicon_union_signatures)
@pytest.mark.parametrize(
    "text",
    [
        "Thanks, see you Tuesday.\n\nDebbie Marsh\nWard Manager\nUNISON - Branch Secretary, Sheffield Health branch",
        "Kind regards\nPaul Evans\nWarehouse Lead | Acme Ltd\nShop Steward | GMB",
        "Jeroen zit donderdag op zijn FNV-ledenvergadering, vrijdag kan wel.",
        "Nadia is vakbondsafgevaardigde bij ons, zegt ze.",
    ],
)
def test_union_posts_and_meetings_are_trade_union(text: str) -> None:
    assert _categories(text) == ["trade_union"]


@pytest.mark.parametrize(
    "text",
    [
        "Unite general secretary said the talks with the employer had stalled, reports the BBC.",
        "Jeroen zegt dat de ledenvergadering van de tennisclub donderdag is.",
        "Regards\nLiam Ward\nAccount Rep | Northwind",
    ],
)
def test_news_a_club_or_a_job_title_is_not(text: str) -> None:
    assert _categories(text) == []


# a pending trial or charge in Spanish or French (lexicon_trials_abroad); a prison sentence as a likeness
@pytest.mark.parametrize(
    "text",
    [
        "Pedro (Acme) está acusado de estafa y no firmará hasta marzo.",
        "Lucas no viene el martes: tiene juicio por una pelea en la discoteca.",
        "Nathalie est poursuivie pour escroquerie, on passe par son adjoint.",
    ],
)
def test_pending_trials_and_charges_are_criminal(text: str) -> None:
    assert _categories(text) == ["criminal_record"]


@pytest.mark.parametrize(
    "text",
    [
        "Pedro tiene juicio por el despido la semana que viene.",
        "Acusan a la empresa de competencia desleal, dice Pedro.",
        "Nathalie says procurement is like a prison sentence, twelve weeks minimum.",
        "Lucas calls it a jail sentence, the security review takes a quarter.",
    ],
)
def test_civil_cases_firms_and_likenesses_are_not(text: str) -> None:
    assert _categories(text) == []
