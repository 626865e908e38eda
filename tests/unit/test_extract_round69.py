"""Classes behind the misses of the blind68 set (tests/evals/extract_blind68.jsonl: customers' email replies pasted
with their signatures and footers), each with near-miss negatives: a legal, policy or marketing footer under the
signature, whose figures, firms and names are boilerplate; a greeted, signed letter, whose "our CFO" is the
customer's; a signature title run on into the firm ("Head of Purchasing - Acme"); a day and month in French,
Spanish, Portuguese or Dutch ("le 3 mars", "el 20 de julio", "vóór 15/09"); a rival chosen in those languages, or
chosen "on <day>"; the signed paper said to be attached."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_ACCOUNTS = ("Acme", "Initech", "Umbrella", "Globex", "Hooli")
_NOW = date(2017, 5, 22)


def _read(text: str, now: date = _NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS), people_to_ignore=["Sam Rivera"])


def _roles(text: str) -> dict[str, str | None]:
    return {c["name"] or "": c["role"] for c in _read(text).contacts}


def _mail(body: str, signature: str, footer: str = "") -> str:
    return f"Hi Sam,\n\n{body}\n\nBest regards,\n{signature}" + (f"\n\n{footer}" if footer else "")


_SIG = "Ines Moreau\nHead of Operations | Acme\n+33 1 55 50 12 34"

# --- a footer under the signature: its figures, firms and names are no part of the deal


@pytest.mark.parametrize(
    "footer",
    [
        "Acme SAS, registered at the commercial court of Lyon, share capital EUR 400,000.",
        "Purchasing policy: orders above USD 75,000 need two signatures. This e-mail is no binding offer.",
        "CONFIDENTIAL: misuse of this message may lead to damages of up to USD 20,000.",
    ],
)
def test_a_footers_figure_is_no_amount(footer: str) -> None:
    update = _read(_mail("No volume yet, so no price from us. Could you send the security pack?", _SIG, footer))
    assert update.amount is None


@pytest.mark.parametrize(
    "footer",
    [
        "Acme is proud to sponsor the Brightwave City Marathon - run with us!",
        "NEW: read our case study on how Lumora Foods halved its stock-outs with Acme.",
        "Follow us on LinkedIn. Acme is a partner of the Stackline Awards 2017.",
    ],
)
def test_a_firm_in_a_footer_is_no_rival(footer: str) -> None:
    update = _read(_mail("We will decide at the end of June. Please send the references.", _SIG, footer))
    assert update.competitors == []


def test_a_registry_in_a_footer_is_no_contact() -> None:
    footer = "Acme GmbH, Amtsgericht Hamburg HRB 12345, Geschäftsführer: Jan Ostermann. Liability limited."
    assert set(_roles(_mail("Please send the whitepaper.", _SIG, footer))) == {"Ines Moreau"}


@pytest.mark.parametrize(
    ("body", "footer", "amount"),
    [
        # a P.S. under the signature is the sender's own words
        ("Please send the order form.", "P.S. the total we agreed was $12,400.", 12400),
        # a figure in the message itself, beside a footer word
        ("The confidential price of $8,900 works for us. Please send the order form.", "", 8900),
    ],
)
def test_the_senders_own_words_stay(body: str, footer: str, amount: int) -> None:
    assert _read(_mail(body, _SIG, footer)).amount == amount


def test_a_footer_without_a_signature_above_stays() -> None:
    text = "Acme call notes.\n\nThey said Brightwave is proud to sponsor the pilot and offers it for free."
    assert _read(text).competitors == ["Brightwave"]


# --- a greeted letter signed at the account: "our CFO" is the customer's


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "I've copied in Petra Lind, our Finance Controller, who will handle the PO.",
            "Petra Lind",
            "Finance Controller",
        ),
        ("Our CIO, Marek Nowak, will join the demo.", "Marek Nowak", "CIO"),
        ("I'm writing on behalf of Omar Said, our COO, who is travelling.", "Omar Said", "COO"),
    ],
)
def test_a_customers_colleague_in_a_signed_letter(body: str, name: str, role: str) -> None:
    # signed off with a first name, the full signature block below it
    text = f"Hello Sam,\n\n{body}\n\nThanks,\nInes\n\nInes Moreau\nHead of Operations, Acme\n+33 1 55 50 12 34"
    assert _roles(text).get(name) == role


def test_our_staff_in_a_reps_note_stay_out() -> None:
    text = "Acme call. Petra Lind, our Finance Controller, will prepare the invoice for them."
    assert "Petra Lind" not in _roles(text)


def test_the_greeted_rep_is_no_contact() -> None:
    text = "Dear Ms Rivera,\n\nPlease send the agreement.\n\nKind regards,\nIda Berg\nCFO, Acme\n+46 8 555 0101"
    assert set(_roles(text)) == {"Ida Berg"}


# --- a title run on into the firm


@pytest.mark.parametrize(
    ("signature", "role"),
    [
        ("Ines Moreau\nHead of Purchasing - Acme\n+33 1 55 50 12 34", "Head of Purchasing"),
        ("Ines Moreau\nCFO – Acme SAS\n+33 1 55 50 12 34", "CFO"),
        ("Ines Moreau\nProcurement Lead — Acme Europe\n+33 1 55 50 12 34", "Procurement Lead"),
    ],
)
def test_the_firm_after_a_dash_is_no_title(signature: str, role: str) -> None:
    assert _roles(_mail("Please send the contract.", signature)) == {"Ines Moreau": role}


def test_a_dash_inside_a_title_stays() -> None:
    signature = "Ines Moreau\nHead of Sales - EMEA\n+33 1 55 50 12 34"
    assert _roles(_mail("Please send the contract.", signature)) == {"Ines Moreau": "Head of Sales - EMEA"}


# --- a day and month, or "before" a date, in French, Spanish, Portuguese, Dutch


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme : la signature est prévue le 14 juin.", date(2017, 6, 14)),
        ("Acme: queremos firmar el 9 de junio.", date(2017, 6, 9)),
        ("Acme: a assinatura será em 28 de junho.", date(2017, 6, 28)),
        ("Acme: we willen vóór 16/06 tekenen.", date(2017, 6, 16)),
        ("Acme: nous voulons signer avant le 16/06.", date(2017, 6, 16)),
    ],
)
def test_a_foreign_day_and_month(text: str, expected: date) -> None:
    assert _read(text).close_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme: we willen voor 16 gebruikers tekenen.",  # "voor" unaccented is "for": sixteen users
        "Acme: 3 mai ist kein Datum hier, nur 3 Mails.",
    ],
)
def test_no_foreign_day_read_into_counts(text: str) -> None:
    assert _read(text).close_date is None


# --- a rival chosen, in another language or on a day


@pytest.mark.parametrize(
    "text",
    [
        "Acme : notre comité a choisi Lumora. Merci pour votre travail.",
        "Acme: la dirección ha elegido Brightwave, lo siento.",
        "Acme: our board decided on 19/05 to go with Stackline.",
        "Acme: the committee decided yesterday to go with Quorvia.",
    ],
)
def test_a_rival_chosen_is_lost(text: str) -> None:
    assert _read(text).stage == "Lost"


@pytest.mark.parametrize(
    "text",
    [
        "Acme: notre comité a choisi votre offre.",
        "Acme: we have not decided yet whether to go with Stackline.",
    ],
)
def test_no_rival_chosen(text: str) -> None:
    assert _read(text).stage != "Lost"


# --- the signed paper attached


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\nSigned order attached - 4 seats. Please send the invites.\nIda, Acme",
        "Hi Sam,\nThanks for the help. The countersigned contract is attached.\nIda, Acme",
        "Hi Sam,\nOur signed PO is enclosed.\nIda, Acme",
    ],
)
def test_signed_paper_attached_is_won(text: str) -> None:
    assert _read(text).stage == "Won"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\nPlease send the signed contract attached to your next mail.\nIda, Acme",
        "Hi Sam,\nOnce the signed PO is attached we can start.\nIda, Acme",
    ],
)
def test_signed_paper_asked_for_is_no_win(text: str) -> None:
    assert _read(text).stage != "Won"


# --- a phone number with a one-digit area code, and a "$" set apart by a space


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("We compare both and decide on the 20th. Yours is $11,900.", 11900),
        ("We agree to the offer of $ 9.850 for the 9 users.", 9850),
        ("The total of $ 14.200 is fine for us.", 14200),
    ],
)
def test_the_deal_figure_beside_a_phone(body: str, amount: int) -> None:
    signature = "Yuki Sato\nHead of Inside Sales | Acme\n+81 3 5555 0123"
    assert _read(_mail(body, signature)).amount == amount


@pytest.mark.parametrize("body", ["Call our reception on +33 1 55 50 12 34.", "No figure yet, sorry."])
def test_a_phone_alone_is_no_amount(body: str) -> None:
    assert _read(_mail(body, "Yuki Sato\nHead of Inside Sales | Acme\n+81 3 5555 0123")).amount is None


def test_a_dollar_with_cents_stays_small() -> None:
    assert _read("Acme: usage is billed at $9.85 a minute, nothing else agreed.").amount != 9850


# --- a figure the reply says an earlier mail gave


@pytest.mark.parametrize(
    "body",
    [
        "The revised $18,400 works - I know your first mail below said $21,000, but please use the new one.",
        "We accept $18,400. The original quote had $21,000 before the discount.",
        "Happy with $18,400; you initially quoted $21,000 as I recall.",
    ],
)
def test_the_earlier_mails_figure_gives_way(body: str) -> None:
    assert _read(_mail(body, _SIG)).amount == 18400


def test_the_earlier_mails_figure_alone_stands() -> None:
    assert _read(_mail("The price in your first mail below, $21,000, is fine.", _SIG)).amount == 21000


# --- a meeting asked of us or offered, and asks in French, Dutch, German


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("We must re-scope first. Could you hold a planning workshop with our leads next week?", "workshop"),
        ("We chose another vendor. I'm happy to do a short debrief call in June.", "debrief"),
        ("Pouvez-vous nous envoyer le contrat définitif ?", "contrat"),
        ("Kun je een demo plannen voor ons team?", "demo"),
        ("Könnten Sie uns bitte das neue Angebot schicken?", "Angebot"),
    ],
)
def test_a_meeting_or_paper_asked(body: str, word: str) -> None:
    assert word in (_read(_mail(body, _SIG)).next_step or "")


@pytest.mark.parametrize(
    "body",
    ["Could you believe the weather this week? Nothing else to report.", "We are happy to report a good quarter."],
)
def test_no_ask_in_small_talk(body: str) -> None:
    assert _read(_mail(body, _SIG)).next_step is None


# --- a signature whose surname is a common word, its title opened by its head word


@pytest.mark.parametrize(
    ("signature", "role"),
    [
        ("Owen Price\nHead of Customer Service | Acme", "Head of Customer Service"),
        ("Owen Price\nDirector Customer Service, Acme", "Director Customer Service"),
        ("Ada Good\nHead of Field Operations | Acme", "Head of Field Operations"),
    ],
)
def test_a_common_surname_over_a_title(signature: str, role: str) -> None:
    assert _roles(_mail("Please send the order form.", signature)).get(signature.split("\n")[0]) == role


def test_a_common_word_pair_is_no_person() -> None:
    assert _roles("Acme notes.\n\nBest Price\nCustomer Service levels were the topic.") == {}
