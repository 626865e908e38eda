"""Privacy classes blind29 showed missing, each in new wordings beside hard negatives: a device put into a body,
metalwork in a bone and a stay in residential or inpatient treatment; a fast of a faith kept by any verb and a
Buddhist or Hindu community practised with; a party's youth wing and a place on a party's list in another
language; an extradition, an indictment and an arrest warrant; a biometric trait held enrolled; a people's own
spelling and a family's Indigenous language; and a "my wife" in a mail signed with a title and a company."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    ("Olu had two stents put in after the scare on Friday, so he's working from home.", "health"),
    ("Grace was fitted with a defibrillator last month and can't stand near the demo magnets.", "health"),
    ("Since the ski crash Ines has a titanium plate in her ankle, so no site walks.", "health"),
    ("Dmitri spent a month at an inpatient clinic and is easing back in slowly.", "health"),
    ("Helen checked into a treatment centre in Arizona last week.", "health"),
    ("Ciaran spent a month at a recovery centre in Galway.", "health"),
    ("Mulu is observing the Tsome Hawaryat fast, so make lunch vegan.", "religion"),
    ("Karma is halfway through Saga Dawa and won't eat after noon.", "religion"),
    ("Nirav started Ayambil Oli on Monday, plain boiled food only.", "religion"),
    ("Rosa spends Sunday mornings with her satsang, so no calls before one.", "religion"),
    ("Yohannes is fasting for Hudade, so lunch at three.", "religion"),
    ("Tenzin is back from a Nyungne retreat and tired.", "religion"),
    ("Freddie is treasurer of the Young Liberals in Leeds.", "political_opinion"),
    ("Anja was president of the College Democrats at her university.", "political_opinion"),
    ("Pilar figura en la lista de Podemos para Murcia, so keep politics out of the QBR.", "political_opinion"),
    ("Léa est candidate sur la liste de La France Insoumise, so no jokes about the election.", "political_opinion"),
    ("Hugo joined the Junge Union at sixteen and still goes to its summer camp.", "political_opinion"),
    ("Rui vai na lista do Chega para as autárquicas.", "political_opinion"),
    ("Pilar se presenta con Podemos en Murcia.", "political_opinion"),
    ("Their ex-treasurer Bram was extradited to Belgium last spring.", "criminal_record"),
    ("Nikos is named in the indictment with two other traders.", "criminal_record"),
    ("There's a warrant out for Ravi's arrest in Dubai, so he won't travel.", "criminal_record"),
    ("Ayo has her face registered with the gym's turnstiles.", "genetic_biometric"),
    ("Marc's iris is enrolled for the airport fast lane, so he'll be through first.", "genetic_biometric"),
    ("Ana registered for fingerprint entry at her gym, so she skips the queue.", "genetic_biometric"),
    ("Femi signed up for palm payment at the campus shop.", "genetic_biometric"),
    ("Keoni's grandparents speak Hawaiian at home, he said at lunch.", "ethnicity"),
    ("Mele told me she's Kanaka Maoli, born on Maui.", "ethnicity"),
    ("Ruth's kids speak Yiddish with their grandmother every Sunday.", "ethnicity"),
    ("Hi Priya,\nI'll bring my girlfriend Sophie to the client dinner if that's OK.\nBest regards,\nLaura Chen\n"
     "VP Sales, Dalttech\n+1 555 0100", "sexual_orientation"),
])  # fmt: skip
def test_new_class_wordings_are_flagged(text: str, category: str) -> None:
    assert detect(text).categories == [category], text


@pytest.mark.parametrize("text", [
    "The stent supplier Ana recommended has a two-week lead time.",
    "Joe stuck pins in the map for every account we won.",
    "Sam visited the water treatment centre for the pilot install.",
    "Ana is at the residential treatment centre to fit the kiosks.",
    "Karin is doing the Whole30 this month, so no pastries at the kickoff.",
    "Mark is doing the Big Fast for charity next week.",
    "We're halfway through the Q3 close, Tom says.",
    "I have a call with Sangha from procurement tomorrow.",
    "Our hotel is next to the Young Republicans' HQ, Tom says.",
    "Emilia va en la lista de espera para la demo.",
    "Tom called the pricing deck a damning indictment of our strategy.",
    "The extradition treaty talks could slow the Hong Kong deal, Priya thinks.",
    "Ana exercised her share warrants last week.",
    "His face registered surprise when Ana quoted the price.",
    "Sara speaks French at home with her kids.",
    "Tom is learning Māori on Duolingo before the Auckland trip.",
    "Tom went to the disaster recovery centre in Houston.",
    "Tom went to the rehab centre to demo the kiosks.",
    "Marta está en la lista de invitados de Tom.",
    "Tom stood on the dock with a fishing rod in his hand.",
    "We sell face entry turnstiles to stadiums, Ana says.",
    "Ana uses Face ID on her phone to approve the POs.",
    "Hi Priya,\nMy wife Anna will join the dinner.\nBest regards,\nMark Chen\nVP Sales, Dalttech",
])  # fmt: skip
def test_hard_negatives_stay_quiet(text: str) -> None:
    assert not detect(text).sensitive, (text, detect(text).findings)
