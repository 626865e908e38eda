"""Privacy classes blind54 showed missing, each in new wordings beside hard negatives: a condition named as a
drug maker's line of business (negative), a vetting check that turned up an offence, what a relative died of
told after the death, a migraine bout named by its clinical kind, care at set intervals and a doctor blaming
someone's medicines, a striker calling in from the picket or a union local said to be out, a jailing told in the
active voice, a piece written against a party or a government, and a chat turn under a full-name handle."""

from __future__ import annotations

import pytest

from policies.privacy import detect


@pytest.mark.parametrize(("text", "category"), [
    # a vetting check that turned up an offence, its subject named by a role
    ("The pre-employment screening on the warehouse applicant returned an unspent theft conviction.",
     "criminal_record"),
    ("FYI the DBS check for the new AE came back showing a 2017 assault caution, so HR is reviewing.",
     "criminal_record"),
    # what a relative died of, told after the death
    ("Talked to Ruth at Norland. Her mum died in March, it was MND, so she is stepping back for a few weeks.",
     "health"),
    ("Omar said his brother passed away last winter from COPD; go gently on the renewal call.", "health"),
    # a migraine bout named by its clinical kind, in a named person's chat turn
    ("@Delia Marsh: vestibular migraine attack this morning, can someone take the 10am?", "health"),
    ("Pieter's migraine aura came on mid-demo, so he dropped off the call.", "health"),
    # care at set intervals, and a doctor blaming someone's medicines
    ("Karen has her bloods taken every six weeks for it, so Tuesdays are out.", "health"),
    ("Luis has his blood work done every month for it, so Mondays are tight.", "health"),
    ("Jana mentioned her neuro reckons it's the new meds.", "health"),
    # a striker calling in from the picket, a union local said to be out
    ("Tomasz: I'm calling in from the picket line today, so excuse the noise.", "trade_union"),
    ("Greta says her local went out on strike this morning, so the demo moves to Friday.", "trade_union"),
    # a jailing in the active voice
    ("Before joining Velmar, Dmitri fled after the authorities imprisoned him for two months.", "criminal_record"),
    ("Hassan told me the regime locked him up for a night after the march.", "criminal_record"),
    # a piece written against a party or a government
    ("Farah penned a column attacking the government over the media law, so expect tough questions.",
     "political_opinion"),
    ("Nadia once wrote an open letter condemning the junta, and still mentions it at dinners.", "political_opinion"),
])  # fmt: skip
def test_round54_classes_found(text: str, category: str) -> None:
    assert category in detect(text).categories


@pytest.mark.parametrize("text", [
    # a condition as a line of business
    "Dr. Osei said the cardiology and diabetes franchises will pilot the CRM first.",
    "Ingrid runs the oncology business unit at Halden; the HIV antiretroviral line follows in Q3.",
    "Kofi asked whether the asthma product line needs its own dashboard.",
    # a clean or general vetting result, and a check on a firm
    "The background check for the new SDR came back clean, so Cara can issue the offer.",
    "Background checks for all contractors may reveal convictions, which HR handles under policy.",
    "The DBS check for Omar came back with no convictions at all.",
    # a death with no cause, or a thing that died
    "Her grandmother passed away on Sunday, so Lena is on bereavement leave this week.",
    "The Norland deal died in procurement - it was the MS Teams integration they hated.",
    "Ravi said the old server died of neglect.",
    # a migraine as a market, or an app
    "Marta is scoping the migraine attack tracker app for the Halden pilot.",
    "Dr. Ruiz asked for migraine attack relief sales by region.",
    # a clinic's routine, a donation, a specialist's word on something else
    "The trial site gets blood drawn monthly from 200 volunteers.",
    "Joe gives blood every few months at the office drive.",
    "The neuro team says it's the new release that broke the dashboards, per Ana.",
    # a picket someone else reports, a local shop or team
    "Reuters ran footage from the picket line at the port, Ana sent the link.",
    "Our local team is out over the holidays, so Mark will cover.",
    "Sofia says our local is out of stock on the demo units.",
    # locked in by a contract or meetings, a group jailed
    "The three-year contract locked him in, so Paul can't switch vendors.",
    "Legal locked her up in meetings all day, Chloe will reply tomorrow.",
    "They jailed the hackers last year, according to the article.",
    # a piece against a business thing, or only about a party
    "Ben wrote a column against the new accounting standard for the trade press.",
    "Mia published an article criticising the vendor's pricing model.",
    "Ahmed wrote an op-ed about the ruling party's tax bill for the business pages.",
    # a one-word handle is a team, not a person
    "@Support: migraine aura tracker ticket reopened, see thread",
])  # fmt: skip
def test_round54_near_misses_stay_quiet(text: str) -> None:
    assert detect(text).categories == []
