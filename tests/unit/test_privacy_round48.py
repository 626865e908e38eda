"""Privacy classes blind48 showed missing, each in new wordings beside hard negatives: a relative's sentencing,
an absence in observance of a holy day, sick leave and burnout in Dutch and Polish, the first person in the
languages an auto-reply comes in, a conviction or drink-driving in Polish, Dutch, Italian, Spanish, French,
German and Portuguese, an allergy named with its allergen abroad, and a colour minority named by nationality;
and two false alarms: assistive tech a product works with, and a firm's division in a medical figure."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a relative's sentencing or arraignment
    ("Can't do Friday, sorry: my sister's sentencing is that morning and I'm going with Dad.", "criminal_record"),
    ("Lorcan said his son's arraignment got moved to the 14th.", "criminal_record"),
    # an absence in observance of a holy day
    ("Ruth is away Monday in observance of Rosh Hashanah, so Eli takes the call.", "religion"),
    ("Automatic reply: I am out until the 12th in observance of Diwali, back Tuesday.", "religion"),
    # sick leave and burnout in Dutch and Polish, with the first person in those languages
    ("Pieter is met ziekteverlof tot eind april, dus Femke doet de demo.", "health"),
    ("Ik zit thuis met een burn-out en lees geen mail tot juni.", "health"),
    ("Pani Agnieszka jest na zwolnieniu lekarskim do piatku.", "health"),
    ("Ich bin bis Montag krankgeschrieben, bitte an Jonas wenden.", "health"),
    # a conviction or drink-driving, abroad
    ("Pan Tomasz zostal skazany na dwa lata w zawieszeniu, wiec umowe podpisze ktos inny.", "criminal_record"),
    ("Heard Dariusz stracil prawo jazdy za jazde po pijanemu w zeszlym roku.", "criminal_record"),
    ("Joost is vorig jaar veroordeeld voor rijden onder invloed, hij rijdt dus niet.", "criminal_record"),
    ("Lorenzo è stato condannato per frode fiscale nel 2019, dice Chiara.", "criminal_record"),
    ("Ramón fue condenado por conducir borracho, so he can't collect the units.", "criminal_record"),
    ("Herr Albrecht wurde wegen Trunkenheit am Steuer verurteilt, sagt Jonas.", "criminal_record"),
    # an allergy with its allergen, and the pen carried for one
    ("Per la cena: Matteo è allergico ai crostacei, niente antipasto di mare.", "health"),
    ("Lucía es alérgica a los frutos secos, avisad al restaurante.", "health"),
    ("Hannah hat eine Erdnussallergie, bitte beim Catering melden.", "health"),
    ("Francesca porta sempre con sé l'autoiniettore, e il ristorante va avvisato.", "health"),
    # a body part is no firm's part ("arm" stays out of the business subjects a medical figure is said of)
    ("Dmitri says his left arm is in a cast until March, so Ola drives.", "health"),
    # a colour minority named by a nationality in the plural
    ("Kwame says he is one of the few Black Canadians in the firm's partnership.", "ethnicity"),
])  # fmt: skip
def test_new_classes_are_flagged(text: str, category: str) -> None:
    assert category in detect(text).categories, text


@pytest.mark.parametrize(("text", "category"), [
    # a sentencing as news or a firm's, a holiday that closes a place
    ("The sentencing guidelines for fraud changed last year, per Nadia's briefing.", "criminal_record"),
    ("Our office closes for Rosh Hashanah; Ruth says the warehouse stays open.", "religion"),
    # sick-leave rules and a company doctor as a role, no one's leave
    ("De regels voor ziekteverlof veranderen in 2025, zegt Pieter van HR.", "health"),
    ("Agnieszka pyta o zasady L4 w nowej umowie ramowej.", "health"),
    # condemned as criticised, a court ruling on a merger, drink-driving as a campaign
    ("Lorenzo ha condannato l'accordo in consiglio, ma firmerà comunque.", "criminal_record"),
    ("Pan Tomasz mowi, ze wyrok sadu w sprawie fuzji jest korzystny.", "criminal_record"),
    ("Joost leidt de campagne tegen rijden onder invloed van de gemeente.", "criminal_record"),
    # an allergy as a figure of speech, a menu's allergen list
    ("Matteo ha un'allergia alla burocrazia, mandategli un contratto corto.", "health"),
    ("Lucía dice que el menú indica los alérgenos de cada plato.", "health"),
    # assistive tech a product works with; a firm's division in a medical figure
    ("Does the portal work with screen readers and braille displays? Priya needs it for the RFP.", "health"),
    ("Karl says their retail division is on life support after the Q3 numbers.", "health"),
    # a colour with a day or a thing, not a people
    ("Femi says it was one of only two Black Friday deals we closed in Lagos.", "ethnicity"),
    # a domain and the EU are no first person
    ("Rules on sick leave: see example.io and the EU directive on ziekteverlof.", "health"),
])  # fmt: skip
def test_hard_negatives_stay_quiet(text: str, category: str) -> None:
    assert category not in detect(text).categories, text
