"""Classes behind the misses of the blind58 set (tests/evals/extract_blind58.jsonl), each with near-miss negatives:
our staff tagged with our firm and a title in a transcript ("(Ourteam, AE)") and the poster of a channel note; our
firm's name never a person; a forwarded-message separator and German articles before nouns; "Herr X aus dem
Controlling"; a lower-case name given a capitalised title; a reference customer's person and spend; a close counted
from an event said in another form or ended by "it"; a period turned down and a shut office's dates; "No
timeline:"; Italian month and period ends; a company-wide budget, an instalment, a dinner's price per head and a
seat price with no seat count as no amount; a count corrected after its total; counts in tens ("forty seats"); a
dot-grouped figure after a currency label; "NS from my side:", "shall we meet", "we agreed a call"."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_ACCOUNTS = ("Acme", "Initech", "Umbrella", "Globex")
_NOW = date(2017, 5, 10)  # a Wednesday, Q2


def _read(text: str, now: date = _NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS), people_to_ignore=["Sam Rivera"])


def _names(text: str) -> set[str]:
    return {c["name"] or "" for c in _read(text).contacts}


def _roles(text: str) -> dict[str, str | None]:
    return {c["name"] or "": c["role"] for c in _read(text).contacts}


# --- contacts: our own staff tagged with our firm and a title, or posting in our channel


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        (
            "Call transcript, Acme\nTess Moreau (Acme, COO): We want ten seats.\n"
            "Victor Lang (Ourteam, Account Executive): Great, I'll send the quote.",
            "Victor Lang",
        ),
        (
            "Speakers: Ines Vidal (ourteam - SE); Paolo Russo (Initech, Head of IT)\n"
            "Paolo Russo: Timing is Q3.\nInes Vidal (ourteam - SE): I'll set up the sandbox.",
            "Ines Vidal",
        ),
        (
            "Umbrella call\nGreta Holm (Umbrella, CFO): Budget is approved.\n"
            "Omar Sidi (Ourteam; CSM): Next step is the onboarding plan.",
            "Omar Sidi",
        ),
        ("#deals-west  Lena Fox: Globex update. Spoke to Raj Iyer (CTO), wants a demo. NS: book the demo.", "Lena Fox"),
        (
            "#forecast-central Dario Neri: Initech - Ana Costa (CFO) approved 20k. NS: send the order form.",
            "Dario Neri",
        ),
    ],
)
def test_our_tagged_staff_are_no_contacts(text: str, ours: str) -> None:
    names = _names(text)
    assert ours not in names and "Ourteam" not in names and names


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # hard negatives: the customer's people tagged with their firm and title stay, as does one named in a channel
        (
            "Call transcript, Acme\nTess Moreau (Acme, COO): We want ten seats.\n"
            "Victor Lang (Ourteam, Account Executive): Great.",
            "Tess Moreau",
        ),
        ("#deals-west  Lena Fox: Globex update. Spoke to Raj Iyer (CTO), wants a demo.", "Raj Iyer"),
    ],
)
def test_customer_people_beside_ours_stay(text: str, theirs: str) -> None:
    assert theirs in _names(text)


# --- contacts: a forwarded separator, German articles, "aus dem Controlling"


@pytest.mark.parametrize(
    "text",
    [
        "Acme - logging this.\n\n---------- Weitergeleitete Nachricht ----------\nVon: Petra Lang <p@acme.example>\n\n"
        "Sehr geehrter Herr Rivera,\nDer Auftragswert ist freigegeben und wir unterschreiben bald.\n\n"
        "Mit freundlichen Grüßen\nPetra Lang\nEinkaufsleiterin, Acme",
        "Initech.\nVon: Jana Roth <j@initech.example>\n\nHallo,\nDie Lieferung ist ok und wir sind bereit. Das Budget "
        "ist freigegeben.\nJana Roth\nLeiterin IT, Initech",
        "Globex\n-------- Ursprüngliche Nachricht --------\nVon: Karl Weiss <k@globex.example>\nGuten Tag, wir sind "
        "einverstanden und bitte senden Sie den Vertrag.\nKarl Weiss\nEinkauf, Globex",
    ],
)
def test_separators_and_german_articles_are_no_people(text: str) -> None:
    names = _names(text)
    assert names and all(
        w not in n for n in names for w in ("Nachricht", "Lieferung", "Budget", "Auftragswert", "Der ")
    ), names


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Von: Petra Lang <p@acme.example>\nCc: Uwe Kern <u@acme.example>\n\nSehr geehrter Herr Rivera,\n"
            "wir sind einverstanden und Herr Kern aus dem Einkauf ist in Kopie.\nMit freundlichen Grüßen\nPetra Lang",
            "Uwe Kern",
            "Einkauf",
        ),
        (
            "Von: Jana Roth <j@initech.example>\nCc: Eva Brandt <e@initech.example>\n\nHallo,\nFrau Brandt aus der "
            "Rechtsabteilung prüft den Vertrag und wir melden uns bitte bald.\nGruß\nJana Roth",
            "Eva Brandt",
            "Rechtsabteilung",
        ),
        (
            "Von: Karl Weiss <k@globex.example>\nCc: Tim Vogt <t@globex.example>\n\nGuten Tag, der Preis ist ok und "
            "Herr Vogt aus dem Controlling ist informiert.\nViele Grüße\nKarl Weiss",
            "Tim Vogt",
            "Controlling",
        ),
    ],
)
def test_german_department_is_the_role(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_german_department_negatives() -> None:
    # hard negatives: a role said elsewhere is kept; a place someone comes from is no department of a contact named
    roles = _roles("Acme. Uwe Kern (Head of IT) joined. Herr Kern aus dem Einkauf und wir sind bereit.")
    assert roles.get("Uwe Kern") == "Head of IT"
    assert "Einkauf" not in _names("Acme: the numbers came aus dem Controlling, says Petra Lang (CFO).")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # hard negatives: a bare dashed line over a real person, and capitalised names in an English note stay
        ("Acme.\n-----\nPetra Lang (CFO) signed today.", {"Petra Lang"}),
        ("Acme - Dennis Das (CFO) approved the order and Die Wang (COO) agreed.", {"Dennis Das", "Die Wang"}),
    ],
)
def test_people_beside_separators_stay(text: str, people: set[str]) -> None:
    assert people <= _names(text)


# --- contacts: a lower-case name given a capitalised title; a reference customer's person


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("[DM]\nRob: acme wants 5 GTX Pro seats\nRob: maria santos is Head of IT btw", "Maria Santos", "Head of IT"),
        ("Kim: initech call done. fyi tomas berg is the CFO there. NS: send quote", "Tomas Berg", "CFO"),
        ("Globex - quick one: li wei's VP Operations now, owns the budget. Next: book demo", "Li Wei", "VP Operations"),
    ],
)
def test_lower_case_name_with_capitalised_title(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize(
    "text",
    [
        # hard negatives: lower-case words before a title that are no name
        "Acme: the budget is Q3 money. NS: send quote",
        "Initech: the team lead is CFO-approved now. next: book demo",
        "Acme - Bruno Aalto handles the money, his actual title is Finance Director.",
        "Globex: Kevin spent 7 years at Initech, where he most recently was Managing Director.",
    ],
)
def test_lower_case_words_before_a_title_are_no_name(text: str) -> None:
    assert not {n for n in _names(text) if n not in ("Bruno Aalto", "Kevin")}


@pytest.mark.parametrize(
    "text",
    [
        "Acme. Nina Berg (CFO) wants seats. I offered Globex as a reference: they run GTX Pro, and their admin "
        "Carl Wade is happy to talk.",
        "Initech - Omar Hadi (COO). Suggested Umbrella for a reference, since their ops lead Lea Marsh loves it.",
        "Acme, Nina Berg (CFO). Reference customer Globex is keen, and their IT head Ivo Pavlov will take a call.",
    ],
)
def test_reference_customers_people_are_no_contacts(text: str) -> None:
    names = _names(text)
    assert len(names) == 1 and not names & {"Carl Wade", "Lea Marsh", "Ivo Pavlov"}, names


def test_reference_customer_negatives() -> None:
    # hard negatives: the account's own people after the reference's mention stay
    assert "Emeka Obi" in _names(
        "Acme. Emeka Obi (marketing director) wants 1 licence. I offered Derek Mills at Globex as a reference since "
        "they've used it; Emeka will call him next week."
    )
    assert "Pia Lund" in _names("Acme: offered Globex as a reference. Pia Lund (CFO) will call them.")


# --- close dates


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        (
            "Acme: the steering group meets on 12 June, and they will sign a week after that meeting.",
            _NOW,
            "2017-06-19",
        ),
        ("Initech: legal reviews it on the 20th; they decide three days after the review.", _NOW, "2017-05-23"),
        ("Acme: their review board meets on 5 June; they'll sign the Friday after the meeting.", _NOW, "2017-06-09"),
        (
            "Globex pilot check-in. How is the pilot going? Fine. It runs until June 9. Then they decide two weeks "
            "after the pilot ends. Let's do a mid-pilot sync on the 17th.",
            _NOW,
            "2017-06-23",
        ),
    ],
)
def test_close_counted_from_an_event(text: str, now: date, expected: str) -> None:
    close = _read(text, now).close_date
    assert close is not None and close.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard negatives: an event's own date is no close when the close is said apart from it
        ("Acme: the pilot runs until 9 June. They sign by end of May.", "2017-05-31"),
        ("Globex: the board meets on 12 June, and they sign on 30 June.", "2017-06-30"),
    ],
)
def test_event_dates_beside_the_close(text: str, expected: str) -> None:
    close = _read(text).close_date
    assert close is not None and close.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme call.\nRep: When would you sign?\nJo: Not this quarter. We'll sign at the end of next quarter.",
            "2017-09-30",
        ),
        (
            "Initech wants it signed before their summer shutdown, which starts the 1st of July, so end of June.",
            "2017-06-30",
        ),
        ("Globex: their plant is closed 26 May to 2 June for maintenance. They decide by end of June.", "2017-06-30"),
        ("Umbrella office hours: Friday, 26 May Holiday Closed. They decide by end of June.", "2017-06-30"),
    ],
)
def test_turned_down_and_shut_dates_give_way(text: str, expected: str) -> None:
    close = _read(text).close_date
    assert close is not None and close.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme: their office is closed 29 May to 2 June for the holidays. No decision date yet.",
        "Initech intro, no timeline: the only date is the trade show on 18 June, where we'll meet.",
        "Globex: no timing given, the office closes for the summer break on 30 June. NS: send the deck.",
        "Umbrella: No timeline - the next date is the expo on 20 June, where we'll meet.",
        "Umbrella - No timeline: next contact is the webinar on 2 June.",
        "Acme. Nina Berg (CFO). No timeline: just the user conference on 20 June.",
    ],
)
def test_no_close_from_closures_or_no_timeline(text: str) -> None:
    assert _read(text).close_date is None


@pytest.mark.parametrize(
    "text",
    [
        # hard negatives: a deal closing on a date and a deadline before a shutdown stay the close
        "Acme: they want to close on 30 June.",
        "Initech: signing before the holidays, by 22 June latest.",
    ],
)
def test_closing_dates_near_closure_words_stay(text: str) -> None:
    assert _read(text).close_date is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: vorrebbero firmare entro fine giugno.", "2017-06-30"),
        ("Initech - firma entro fine mese.", "2017-05-31"),
        ("Globex: decidono a fine luglio, firmare entro fine luglio.", "2017-07-31"),
    ],
)
def test_italian_month_and_period_ends(text: str, expected: str) -> None:
    close = _read(text).close_date
    assert close is not None and close.isoformat() == expected


def test_italian_negatives() -> None:
    # hard negatives: English "fine" before a month or period is no end of it
    assert _read("Acme: fine, June works for the demo.").close_date is None
    assert _read("Initech: that's fine. Month of June is the demo.").close_date is None


# --- amounts


@pytest.mark.parametrize(
    "text",
    [
        "Acme. Nina Berg (CFO). I offered Globex as a reference: they've been on GTX Pro for a year, about 15k a "
        "year. Next: set up the reference call.",
        "Initech intro. About 900 staff with an IT budget of around 3M for the year; nothing scoped yet.",
        "Umbrella rep note: customer dinner for 8 people on 2 June, the restaurant is $95 a head. No deal talk.",
        "Acme: your per-seat price of $550 is fine, but we won't know how many seats until the merger closes.",
        "Globex: their total annual budget is 4.5M, the CRM is a small slice of it. NS: discovery call.",
        "Acme: Umbrella is a reference customer for us, they pay roughly 20k a year. Nina Berg (CFO) will call them.",
        "Initech: I put Globex forward as a reference; they spend 30k with us. NS: intro call.",
        "Globex rep note: team lunch for 12 on Friday, the caterer charges $40 a head. Relationship only.",
        "Umbrella: hotel for the onsite is 180 a night for 3 nights. No pricing discussed.",
        "Initech: per-seat price of 1,096 agreed, but they don't know how many seats yet.",
        "Acme: unit price of $26,768 is fine; we can't say how many units until the audit.",
        "Globex: seat price of 780 accepted, but they won't know how many seats before the reorg.",
        "Initech: per-licence price of $4,821 is fine, but they can't confirm how many licences yet.",
        "Acme: drinks reception for 30 guests, the venue is $25 a head.",
        "Initech - offered Globex as a reference: they've run GTX Basic two years at about 9k a year.",
        "Umbrella: the company-wide budget is roughly 1.2M this year, nothing scoped for us.",
    ],
)
def test_no_deal_value_in_other_figures(text: str) -> None:
    assert _read(text).amount is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: contract is 12,000 for the year, invoiced quarterly at 3,000.", 12000),
        ("Initech: 24,000 all in for the year, billed monthly at 2,000.", 24000),
        ("Globex: the contract is 36,000 a year, paid quarterly at 9,000.", 36000),
        ("Umbrella: 20,000 for the year, charged in four instalments of 5,000.", 20000),
        ("Initech: 5 seats at 1,000 each. Update from Jo: make that 7 seats.", 7000),
        ("Umbrella: sixty licences at 20 dollars each, signed today.", 1200),
        ("Acme - falei com a Ana: valor em dólares: 12.300. NS: send proposal", 12300),
        ("Acme: 6 GTX Pro seats at 4,821 each\nRob: wait, make it 8 seats, two more leads", 38568),
        ("Globex: 10 seats at 550 each. Update: actually 12 seats now. NS: revised quote", 6600),
        ("Umbrella: Forty seats of MG Special at 55 dollars each. Signed.", 2200),
        ("Acme: thirty users at 100 each, signed.", 3000),
        ("Initech - o valor a registrar é a nossa proposta em dólares: 18.500. NS: send proposal", 18500),
        ("Globex: log our quote in USD: 32.400, not the euro estimate.", 32400),
    ],
)
def test_deal_value_read(text: str, expected: int) -> None:
    assert _read(text).amount == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard negatives: a budget of the project itself, a count repeated with its own figure, a per-seat price
        # with its count, a lunch with a deal's seats
        ("Acme: project budget of 40k for the CRM. NS: send quote", 40000),
        ("Acme: 6 seats at 4,821 each. make it 8 seats at 4,500 each", 36000),
        ("Initech: 20 seats at 550 each. We won't know how many seats the second team needs.", 11000),
        ("Initech: 20 seats at $550 each, per-seat price of $550 agreed.", 11000),
        ("Globex: 3 GTK 500 at 26,768 each, lunch booked to sign the contract.", 80304),
    ],
)
def test_deal_value_kept(text: str, expected: int) -> None:
    assert _read(text).amount == expected


# --- next steps


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fwd from Sam Rivera (ourteam): logging. NS from my side: send them the MSA.\n\nThanks all.", "msa"),
        ("Acme note. Next step on our side: book the security review.", "security review"),
        ("Initech. Owen (IT) likes it. We agreed a follow-up call on 19 May to go through SSO.", "call"),
        ("Globex mail: the price is fine. Shall we meet on 22 May to confirm the seat count?", "meet"),
        ("Umbrella: they settled on a workshop next Tuesday with the ops team.", "workshop"),
        ("Acme. NS from our side: draft the SOW.\n\nThanks.", "sow"),
        ("Initech quick log. Todo on my end: chase the PO with Ana.", "po"),
        ("Globex: could we meet next week to review the pricing?", "meet"),
        ("Umbrella: pricing ok. Should we meet on Friday with your CTO?", "meet"),
        ("Acme: they agreed on a demo for 30 May with the ops team.", "demo"),
        ("Initech: we settled on a check-in on Monday to review the pilot.", "check-in"),
    ],
)
def test_step_found(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word in step.lower()


@pytest.mark.parametrize(
    "text",
    [
        # hard negatives: a meeting that happened, a wish that is no meeting
        "Acme: we met on 2 May and it went well. Nothing further planned.",
        "Initech: they agreed the price last week. No next steps.",
    ],
)
def test_no_step_from_past_meetings(text: str) -> None:
    assert _read(text).next_step is None
