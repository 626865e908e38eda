"""Classes behind the misses of the blind36 set (tests/evals/extract_blind36.jsonl), each with near-miss negatives:
a brand-new prospect heading the note, firm names never read as people, and a few role, date and step shapes."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_NOW = date(2017, 7, 5)


def _read(text: str, accounts: tuple[str, ...] = ()) -> DealUpdate:
    return extract_update(text, now=_NOW, accounts=list(accounts))


def _contacts(text: str, accounts: tuple[str, ...] = ("Acme",)) -> dict[str, str | None]:
    return {str(c["name"]): c["role"] for c in _read(text, accounts).contacts}


@pytest.mark.parametrize(
    ("text", "account"),
    [
        # a name ending on a firm's word heads the note, whatever closes it
        ("Larkspur Freight Co. Mina Osei (ops director) wants 12 seats.", "Larkspur Freight Co"),
        ("Oakmere Veterinary Clinic — Jo Hart (practice manager) asked for a quote.", "Oakmere Veterinary Clinic"),
        ("Stellan Cooperative Bank is out, they went elsewhere.", "Stellan Cooperative Bank"),
        ("WE SIGNED Whitlock & Dunn Architects! Contract back Friday.", "Whitlock & Dunn Architects"),
        ("voice memo... um, okay Ashby Credit Union. Jo Hart, the CFO, is keen.", "Ashby Credit Union"),
        ("my notes from the fair:\nDunmore Dental Surgery - Jo Hart (owner) wants a demo.", "Dunmore Dental Surgery"),
        # ... or what the deal is called after it, a header's tag before it, a titled person right after it
        ("Kelbrook Utilities tender. Jo Hart, Head of Procurement, says Q3.", "Kelbrook Utilities"),
        ("Short update on Tavener Glassworks: call with Ola Berg about timing.", "Tavener Glassworks"),
        ("Re: Fenwick Timber\n> any news?\nAna Ruiz (buyer) says 4k.", "Fenwick Timber"),
        ("Corvin Glassworks, Tom Ree (head of ops) says go ahead.", "Corvin Glassworks"),
        # ... typed all in lower case, on its own before the note
        ("brackley pumps -- chat w/ the owner, 3k.", "Brackley Pumps"),
        ("ardent studio\n- stage: engaging\n- $900", "Ardent Studio"),
        # near misses: people, greetings, a rival, a product, a month, a quarter, a reference customer
        ("Greg Oduya signed today, 5k for GTX Basic.", None),
        ("Mike & Sally, thanks for lunch. Jo Hart (CFO) says hi.", None),
        ("Shudeish, I spoke with Roger Kohn (permit engineer) today.", None),
        ("We won Q3 for the team!", None),
        ("Kestrel CRM, their AE Jo Hart (sales director) called again.", None),
        ("Like Palomar Inns, they want the booking add-on.", None),
        ("Ana Ruiz (CFO), Jo Hart (COO) and me on the call.", None),
        ("Project Falcon The deal team met today.", None),
        ("MOSES FRASE: hi both.\nJO HART: hi, Tevita Fifita, our CFO, joins later.\nMOSES FRASE: great.", None),
        ("quick note -- call w/ the owner, 3k.", None),
    ],
)
def test_new_prospect_heading_the_note(text: str, account: str | None) -> None:
    assert _read(text).account == account


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised pair ending on a firm's word is a firm, not a person
        ("Acme: Hollis Dairy told us good things. Jo Hart (COO) wants to sign.", {"Jo Hart": "COO"}),
        ("Acme: same rollout as Drummond Labs. Jo Hart (COO) leads here.", {"Jo Hart": "COO"}),
        # a person there, at the firm just named as a reference, is that firm's
        ("Acme: Harlow Bakeries rave about us, Tim Voss there says so. Jo Hart (COO) signs.", {"Jo Hart": "COO"}),
        ("Acme: as at Dunmore Labs (Sara Bell was the sponsor there). Jo Hart (COO) leads.", {"Jo Hart": "COO"}),
        # a common word as a surname, its role in brackets: a person
        (
            "Acme: Fiona Reid (CFO) and Owen Price (head of IT) joined.",
            {"Fiona Reid": "CFO", "Owen Price": "head of IT"},
        ),
        # near misses: surnames like firm words stay people; being there, or there at the account, stays theirs
        ("Acme: Tom Banks (CFO) wants it.", {"Tom Banks": "CFO"}),
        ("Met the Delta Foods team. Jo Hart was there too.", {"Jo Hart": None}),
        ("Spoke to Acme. Jo Hart there says yes.", {"Jo Hart": None}),
        ("Acme: List Price (annual) is 9k.", {}),
    ],
)
def test_firms_are_not_people(text: str, expected: dict[str, str | None]) -> None:
    assert _contacts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # since when is no part of the title
        ("Acme: Dana Kim is COO now and owns the budget.", {"Dana Kim": "COO"}),
        # a person from a function: the function is the role
        ("Acme: Dana Kim from compliance and Raj Patel (CFO).", {"Dana Kim": "compliance", "Raj Patel": "CFO"}),
        ("Acme: Dana Kim from facilities, plus Raj Patel (CFO).", {"Dana Kim": "facilities", "Raj Patel": "CFO"}),
        # a foreign "next step" label is no name
        (
            "Acme: Telefonat mit Jutta Brandt (Einkaufsleiterin). Nächster Schritt: Angebot.",
            {"Jutta Brandt": "Einkaufsleiterin"},
        ),
        # a lower-case name after "w/", its role in brackets
        ("acme -- spoke w/ ciaran o'neill (ops lead). ok", {"Ciaran O'neill": "ops lead"}),
        # near misses
        ("Acme: Raj Patel (CFO) from risk of losing it.", {"Raj Patel": "CFO"}),
        ("acme -- spoke w/ the team (ops). ok", {}),
    ],
)
def test_roles_and_names(text: str, expected: dict[str, str | None]) -> None:
    assert _contacts(text) == expected


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # a contact's guess at a period's end, with no closing word
        ("Acme: Jo says maybe year-end, around 5k.", date(2017, 12, 31)),
        ("Acme: Jo reckons quarter end, GTX Pro.", date(2017, 9, 30)),
        # near misses: the period's end as a season, or something else due then
        ("Acme: Jo says year-end is their busy season.", None),
        ("Acme: Jo said the audit is due at year-end.", None),
    ],
)
def test_a_guessed_period_end_is_the_close(text: str, close: date | None) -> None:
    assert _read(text, ("Acme",)).close_date == close


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # a dated event heading its clause is what happens next
        ("Acme. Jo Hart (ops lead): workshop on the 9th for the planners, then they decide.", "workshop on the 9th"),
        # near misses: an event that already happened
        ("Acme: Jo Hart (ops lead) liked the demo on the 3rd.", None),
        ("Acme: demo on the 3rd went fine.", None),
    ],
)
def test_a_dated_event_is_the_next_step(text: str, step: str | None) -> None:
    found = _read(text, ("Acme",)).next_step
    assert (step in found) if step and found else found == step


@pytest.mark.parametrize(
    ("text", "account"),
    [
        # a signature's company line, the rep's own note below a rule under it
        ("Hi, all fine with 4k.\n\nJo Hart\nHead of Ops, Brackley Foods\n\n----\nrep: log it.", "Brackley Foods"),
        # near misses: no title above the firm's line
        ("Hi, all fine with 4k.\n\nJo Hart\nSee you, Brackley Foods\n\n----\nrep: log it.", None),
    ],
)
def test_signature_above_the_reps_note(text: str, account: str | None) -> None:
    assert _read(text).account == account
