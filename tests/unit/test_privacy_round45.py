"""Privacy classes blind45 showed missing, each in new wordings beside hard negatives: support-group meetings
(twelve-step fellowships by name or short form, carers' groups for a relative's condition), a holy day someone
does not work on written in lower case, named biologics and infusions, and a person taken off a medicine, a
seat-holder named by the vote in French and Portuguese, Japanese campaign work for a candidate, a template in
an access log, a person's hearing at a criminal court named abroad, a Romance reporting verb after an unknown
given name, and a partner named right before "in"/"with"."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # twelve-step fellowships and their short forms as meetings abroad
    ("Olu goes to Cocaine Anonymous on Tuesday nights, so keep his diary clear after six.", "health"),
    ("Priscilla's Overeaters Anonymous meeting clashes with the Friday retro.", "health"),
    ('Kalender, Henrik Dahl: tors 19:00 "AA-møde, Vesterbro" -- privat.', "health"),
    ("Sabine hat donnerstags ihr NA-Treffen, bitte keine Calls ab 18 Uhr.", "health"),
    ("Valentina no puede el lunes por la tarde, tiene reunión de AA.", "health"),
    # a carers' or family group for a relative's condition
    ("Since his mum's diagnosis Ravi has been attending a dementia carers' support group on Mondays.", "health"),
    ("Eloise joined an MS family group after her brother got ill, so she leaves early Thursdays.", "health"),
    # a holy day not worked, written in lower case
    ("fyi rivka says she won't work on rosh hashanah, can we push the kickoff", "religion"),
    ("yusuf said he doesnt travel during eid al-adha so the site visit moves a week", "religion"),
    ("Navdeep can't work on the first day of vaisakhi, he asked for Monday instead.", "religion"),
    # a named biologic or infusion, or a person taken off a medicine
    ("Every other Wednesday Bernadette has her Entyvio infusion, so she's out till 2.", "health"),
    ("Calendario: Matteo Riva, iniezione di Stelara in ospedale, giovedì mattina.", "health"),
    ("Perfusion de Keytruda pour Hélène lundi, elle ne sera pas joignable.", "health"),
    ("The GP took him off warfarin after the fall, so Anders may be a bit slow this week.", "health"),
    # a seat-holder named by the vote, in French and Portuguese
    ("Attention : Solène est élue EELV au conseil régional, évitez la politique au dîner.", "political_opinion"),
    ("O Caetano é vereador do PSOL em Niterói e tem sessão na câmara às terças.", "political_opinion"),
    # Japanese campaign work for a candidate
    ('Sun calendar, Haruto Sato: "ポスティング for the LDP candidate, Nerima" -- all day.', "political_opinion"),
    ("日曜日：佐藤さんは立憲の候補の選挙ボランティアで終日不在。", "political_opinion"),
    # a template in an access log: by its number, or failing to match
    ("Badge log: Ingrid Solheim -- fingerprint template #90311 re-issued after the reader swap.",
     "genetic_biometric"),
    ("Door 3 report: Tomasz's palm template failed twice this morning, he's been let in by security.",
     "genetic_biometric"),
    # a person's hearing at a criminal court named abroad
    ("Aviso: a audiência do Rui na vara criminal ficou para dia 14, a acusação de furto.", "criminal_record"),
    ("Heads up: Étienne's trial at the tribunal correctionnel starts Monday, so Paula covers his accounts.",
     "criminal_record"),
    ("Klaus hat nächste Woche seine Verhandlung am Strafgericht, bitte die Freigaben an Jana.",
     "criminal_record"),
    # an unknown given name before a Romance reporting verb
    ("A Iracema contou que é quilombola e pediu fotos da comunidade dela no material.", "ethnicity"),
    # a partner named right before "in" or "with"
    ("Every June Mattias marches with his partner Henrik in the Stockholm Pride parade.", "sexual_orientation"),
    ("Bring Giulia's partner Sofia with the rest of the guests to table 4.", "sexual_orientation"),
])  # fmt: skip
def test_new_classes_are_flagged(text: str, category: str) -> None:
    assert category in detect(text).categories, text


@pytest.mark.parametrize(("text", "category"), [
    # a fellowship as an organisation, a region's meeting, a ticket queue
    ("Gamblers Anonymous UK renewed their 40 seats, Tom signed the order.", "health"),
    ("Cocaine Anonymous wants a quote for the helpline CRM; Priya is on it.", "health"),
    ("The NA meeting on Tuesday covers Q3 pipeline for the US and Canada, Ole presents.", "health"),
    ("Moved ticket #883 to the Tier-2 support group; Ben will pick it up.", "health"),
    ("We sponsor the local dementia carers' group's newsletter, Ravi approved the budget.", "health"),
    ("Eloise sells the MS family group app to three charities.", "health"),
    # a holy day as a business season, a closure, or an everyday word
    ("Rivka is not working on the Rosh Hashanah campaign, Dov has it.", "religion"),
    ("Our Riyadh office doesn't work on Eid, so Yusuf moves the call.", "religion"),
    ("Navdeep won't work on holiday cover this year, he did it last time.", "religion"),
    ("She doesn't work on Sundays, so send it Monday.", "religion"),
    # biologics and infusions as a market, a pharma order, a product
    ("Codehow wants the Remicade infusion market numbers by Friday, Matteo owns it.", "health"),
    ("Anders took the warfarin distributors off the Q3 list.", "health"),
    ("Hélène's team distributes Keytruda and Opdivo to 200 hospitals.", "health"),
    ("The IV infusion pumps in the demo room need new batteries, says Bernadette.", "health"),
    # "élu" as elected to a board, a council word with no party
    ("Solène a été élue présidente du conseil d'administration de Toughzap.", "political_opinion"),
    ("O Caetano é vereador da comissão de orçamento, e quer o deck amanhã.", "political_opinion"),
    # Japanese work that is no campaign, English leafleting for a product
    ('Haruto: "ポスティング for the new menu flyers, Nerima" -- Saturday.', "political_opinion"),
    ("佐藤さんは選挙事務で日曜日は不在です。", "political_opinion"),
    # templates as a product or a schema
    ("Can the reader store face templates for 400 staff? Ingrid asked on the call.", "genetic_biometric"),
    ("The face template ID field is nullable, Tomasz says, so imports won't fail.", "genetic_biometric"),
    ("Tomasz's proposal template failed the brand check, redo the cover.", "genetic_biometric"),
    # a civil hearing, a court in the news
    ("Joaquina has a small-claims hearing at the juzgado on the 12th about her deposit.", "criminal_record"),
    ("The tribunal correctionnel ruled on the cartel case, Étienne says prices may move.", "criminal_record"),
    ("Klaus's hearing at the employment tribunal is on Monday.", "criminal_record"),
    # a partner who is a firm's, or of an unknown gender
    ("Mattias met his partner Henrik at Deloitte to go over the audit.", "sexual_orientation"),
    ("Ferran walks with his partner Alex in the parade every year.", "sexual_orientation"),
    ("Bring Giulia's partner Marco with the rest of the guests to table 4.", "sexual_orientation"),
])  # fmt: skip
def test_hard_negatives_stay_quiet(text: str, category: str) -> None:
    assert category not in detect(text).categories, text
