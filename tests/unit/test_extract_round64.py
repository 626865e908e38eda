"""Round 64 (quotes, purchase orders and renewals): asks of us with verbs the step reader lacked ("could you
reissue", "kindly send", "please could you also send"); the step's label in Portuguese, Italian or Dutch; "I'll let
you know." as no step; our own check under way; what the customer says would help; "sending it monday" after the
thing named; our promise echoing the customer's fuller ask; courtesy titles with a stop, surnames said again, given
names written short ("Ma.", "Md."); words that are no person (a closed compound title, a paper's title); a person
placed at another firm by their title; "'s from procurement"; an attendee list's firm before the title; an
out-of-office reply's colleague; a lower-case name after "their" and a title; a reseller and its staff; AGM/DGM
titles; a glossed title on a quoted signature; a referral's account in passing; dates ("by 20th", "the PO goes out",
"eind april", "so Sept 29"); a figure with another currency's code before it; a renewal at last year's price."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import extract_update
from memory.extract.amount import find_amount
from memory.extract.next_step import find_next_step

_ACCOUNTS = ["Acme Corporation", "Initech", "Globex Corporation", "Umbrella", "Kinnamplus", "Zumcorp", "Rundofase"]
_NOW = date(2017, 5, 10)


def _update(text: str, now: date = _NOW):  # type: ignore[no-untyped-def]
    return extract_update(text, now=now, accounts=_ACCOUNTS, people_to_ignore=["Kim Ortega"])


def _contacts(text: str) -> set[tuple[str, str | None]]:
    return {(c["name"], c["role"]) for c in _update(text).contacts}


def _mail(sender: str, body: str) -> str:
    return f"From: {sender}\nTo: Kim Ortega <kim@ourteam.example>\nSubject: Order\n\n{body}"


# --- next steps ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thanks for the quote. Can you re-issue it with the 12 seats as the final one?", "re-issue"),
        ("we only need 9 licences now. could you requote for nine pls and tell me the per-seat?", "requote"),
        ("Budget opens in Feb. Would you extend the current term by two months till we sign?", "extend"),
        ("Kindly share the signed NDA with our legal team before Friday.", "NDA"),
        ("Please could you also forward the bank details letter to accounts payable?", "bank details"),
        ("Could you please also send over the insurance certificate, our vendor team asks for it.", "insurance"),
    ],
)
def test_asks_with_verbs_the_reader_lacked(text: str, word: str) -> None:
    assert word.lower() in (find_next_step(text) or "").lower()


@pytest.mark.parametrize(
    "text",
    [
        "Could you extend your coffee break? Just kidding. All good here, nothing needed.",  # no paper, no step asked
        "Kindly note our office is closed on Monday.",  # "kindly note": no action asked of us
    ],
)
def test_asks_near_misses(text: str) -> None:
    assert find_next_step(text) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("acme: falei com a Rita (gerente de TI). próx passo: mandar o contrato revisado pro jurídico", "contrato"),
        ("initech: parlato con Giulia, ok per 12 licenze. prossimi passi: preparare la demo per il CFO", "demo"),
        ("rundofase: ok da Bea. próx passos: revisar o SOW com o jurídico deles", "SOW"),
    ],
)
def test_next_step_labels_in_portuguese_italian_dutch(text: str, word: str) -> None:
    assert word in (find_next_step(text) or "")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Zumcorp belletje gehad. Volgende stap: offerte sturen naar inkoop", "offerte"),  # read before, still read
        ("initech - prossimo passo: demo con il team IT giovedì", "demo"),
    ],
)
def test_foreign_labels_already_read(text: str, word: str) -> None:
    assert word in (find_next_step(text) or "")


@pytest.mark.parametrize(
    "text",
    [
        "Acme: the next passo of the dance was fun. Nothing else.",  # the word without its label's colon
        "Initech: de volgende stap is aan hen.",  # no colon: a sentence, not the label
    ],
)
def test_foreign_label_near_misses(text: str) -> None:
    assert find_next_step(text) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Can you re-quote for 30 seats? We decide after the board. I'll let you know.", "re-quote"),
        ("Please send the updated SOW. We'll be in touch.", "SOW"),
        ("Could you revise the order form with the new address? I will get back to you.", "order form"),
    ],
)
def test_a_promise_to_come_back_is_no_step(text: str, word: str) -> None:
    assert word.lower() in (find_next_step(text) or "").lower()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thanks for the quote. I'll let you know by Friday whether legal is fine.", "legal"),  # dated: a step
        ("All signed. I'll let you know the kickoff dates tomorrow.", "kickoff"),  # something named
    ],
)
def test_promises_to_come_back_that_stay_steps(text: str, word: str) -> None:
    assert word in (find_next_step(text) or "")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("They want the setup fee split out, so I'm checking with finance about a separate invoice.", "invoice"),
        ("I am double-checking with legal whether the DPA covers their subsidiaries.", "DPA"),
        ("we're confirming with ops if the onsite training can move to june", "training"),
    ],
)
def test_our_check_under_way(text: str, word: str) -> None:
    assert word in (find_next_step(text) or "")


@pytest.mark.parametrize(
    "text",
    [
        "Just checking in to see how things are.",  # a greeting, nothing checked
        "They're checking with their board about the budget.",  # their check, not ours
    ],
)
def test_check_near_misses(text: str) -> None:
    assert find_next_step(text) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Before we sign, can we visit a site that runs it? A customer visit would really help our CFO.", "visit"),
        ("We are close. A short demo for the board would help a lot.", "demo"),
        ("Price is fine. A reference call with a retailer would certainly help.", "reference"),
    ],
)
def test_what_would_help(text: str, word: str) -> None:
    assert word in (find_next_step(text) or "")


@pytest.mark.parametrize(
    "text",
    [
        "It would help if the weather was better.",  # no meeting or paper named
        "A discount would help, honestly.",  # a price wish, no meeting or paper
    ],
)
def test_what_would_help_near_misses(text: str) -> None:
    assert find_next_step(text) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("they need the final SOW with the new dates\nsending it tmrw", "SOW"),
        ("Renewal order form with 9 seats, so AP can match it. sending it friday", "order form"),
        ("signed copy of the MSA for their records. Sending it over today", "MSA"),
    ],
)
def test_sending_it_after_the_thing_named(text: str, word: str) -> None:
    assert word in (find_next_step(text) or "")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Please send the order form. I'm sending it this afternoon.", "Please send the order form."),  # asked
        ("sending it now from my phone", None),  # what the writer is doing this moment, no step
    ],
)
def test_sending_it_near_misses(text: str, step: str | None) -> None:
    assert find_next_step(text) in (step, None) if step is None else step in (find_next_step(text) or "")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Jo: If you send the Adobe Sign link to me, I'll route it. / Kim: Sure, I'll send the link tonight.", "Adobe"),
        ("Can you share the signed mutual NDA first? / Of course, I'll share the NDA today.", "mutual"),
        ("Lena: please forward the final renewal quote to AP. Kim: great, I will forward the quote now.", "renewal"),
    ],
)
def test_a_promise_echoing_a_fuller_ask(text: str, word: str) -> None:
    assert word in (find_next_step(text) or "")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The DPA review went well. I'll send the deck tomorrow.", "DPA"),  # another paper before: no echo
        ("Happy with the quote. I'll send the contract on Monday.", "Happy"),  # the one before asks for nothing
    ],
)
def test_echo_near_misses(text: str, absent: str) -> None:
    assert absent not in (find_next_step(text) or "")


# --- contacts -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "body", "expected"),
    [
        (
            "Ana Pop <ana@initech.example>",
            "Only our Finance Director, Mrs. Ioana Stan, can sign, so please hurry.\nAna Pop\nBuyer",
            {("Ana Pop", "Buyer"), ("Ioana Stan", "Finance Director")},
        ),
        (
            "Li Wei <li@initech.example>",
            "Approval sits with our CEO, Dr. Hans Keller, who returns Monday.\nLi Wei",
            {("Li Wei", None), ("Hans Keller", "CEO")},
        ),
        (
            "Ana Pop <ana@initech.example>",
            "The signatory will be our Managing Director Mr. Pavel Novak.\nAna Pop\nBuyer",
            {("Ana Pop", "Buyer"), ("Pavel Novak", "Managing Director")},
        ),
    ],
)
def test_a_title_before_a_courtesy_title_with_its_stop(sender: str, body: str, expected: set) -> None:  # type: ignore[type-arg]
    assert _contacts(_mail(sender, body)) == expected


@pytest.mark.parametrize(
    ("sender", "body", "expected"),
    [
        (
            "Ana Pop <ana@initech.example>",
            "Dear Kim,\nPlease see below.\nAna Pop\nBuyer",  # our rep greeted: no contact
            {("Ana Pop", "Buyer")},
        ),
        (
            "Ana Pop <ana@initech.example>",
            "Mr. Smith from the bank called me.\nAna Pop\nBuyer",  # a lone surname, no full name: not made one
            {("Ana Pop", "Buyer")},
        ),
    ],
)
def test_courtesy_title_near_misses(sender: str, body: str, expected: set) -> None:  # type: ignore[type-arg]
    assert _contacts(_mail(sender, body)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From: Grace Njeri <g.njeri@initech.example>\nCc: Otieno Barasa <o.barasa@initech.example>\n\n"
            "Please send the contract. Mr. Barasa, our Finance Manager, will countersign.\nGrace Njeri",
            {("Grace Njeri", None), ("Otieno Barasa", "Finance Manager")},
        ),
        (
            "Initech call with Katrin Vogel and Jonas Brandt. Dr. Brandt (IT lead) wants SSO first.",
            {("Katrin Vogel", None), ("Jonas Brandt", "IT lead")},
        ),
        (
            "Umbrella: Priya Raman signed. Ms. Raman, their procurement head, wants the invoice by Friday.",
            {("Priya Raman", "procurement head")},
        ),
    ],
)
def test_a_surname_said_again_with_its_title(text: str, expected: set) -> None:  # type: ignore[type-arg]
    assert _contacts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two people of one surname: the title cannot be placed, so neither takes it
        (
            "Initech: Anna Berg and Lars Berg joined. Berg (CFO) was quiet.",
            {("Anna Berg", None), ("Lars Berg", None), ("Berg", "CFO")},
        ),
        ("Initech: met Anna Berg (CFO) today.", {("Anna Berg", "CFO")}),  # a full name with its own title
        # a bare last word, no courtesy title: not merged into a "name" read from a heading (as before)
        (
            "Initech: Associates Program update. Program (Analyst) rotation.",
            {("Associates Program", None), ("Program", "Analyst")},
        ),
    ],
)
def test_surname_near_misses(text: str, expected: set) -> None:  # type: ignore[type-arg]
    assert _contacts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Initech call. Ma. Cristina Santos (finance head) approved the 20 seats.",
            ("Ma. Cristina Santos", "finance head"),
        ),
        (
            "Initech call. Md. Rafiqul Islam (IT manager) wants the quote in BDT too.",
            ("Md. Rafiqul Islam", "IT manager"),
        ),
        (
            "Initech - met Mohd. Faizal Rahman, procurement lead, about the renewal.",
            ("Mohd. Faizal Rahman", "procurement lead"),
        ),
    ],
)
def test_given_names_written_short(text: str, expected: tuple[str, str]) -> None:
    assert _contacts(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Initech call with Mara Santos (CFO).", {("Mara Santos", "CFO")}),  # "Ma" only with its stop
        ("Initech: ask Ma about it. Met Tom Reed (CFO).", {("Tom Reed", "CFO")}),  # no stop, no name after
    ],
)
def test_short_given_name_near_misses(text: str, expected: set) -> None:  # type: ignore[type-arg]
    assert _contacts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Initech: Purchase Requisition 5521 raised by Eva Lund (controller).", {("Eva Lund", "controller")}),
        (
            "From: Leif Moen <leif@initech.example>\n\nVi fornyer.\n\n"
            "Leif Moen\nInnkjøpsleder (Purchasing Lead)\nInitech",
            {("Leif Moen", "Purchasing Lead")},
        ),
        (
            "Initech: Blanket Order 4411 came in, signed by Eva Lund (controller).",
            {("Eva Lund", "controller")},
        ),
    ],
)
def test_words_that_are_no_person(text: str, expected: set) -> None:  # type: ignore[type-arg]
    assert _contacts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Initech: Order Smith? no. Met Ada Order (CFO).", {("Ada Order", "CFO")}),  # "Order" as a surname
        ("Initech: spoke to Sven Bergchef today.", {("Sven Bergchef", None)}),  # a full name ending on "chef"
    ],
)
def test_no_person_near_misses(text: str, expected: set) -> None:  # type: ignore[type-arg]
    assert expected <= _contacts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Initech won. The PO came from Acme as parent: buyer Tom Hale (Senior Buyer at Acme shared services). "
        "Day to day we work with Ana Ruiz, Head of IT at Initech.",
        "Initech signed. Paperwork by Ji-ho Kim (Category Manager at Globex group purchasing); "
        "Ana Ruiz, Head of IT at Initech, owns the rollout.",
        "Initech renewal: Ana Ruiz, Head of IT at Initech. Cc'd: Tom Hale, Procurement Lead of Acme.",
    ],
)
def test_a_person_placed_at_another_firm(text: str) -> None:
    assert _contacts(text) == {("Ana Ruiz", "Head of IT")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Initech: met Tom Hale (Senior Buyer at Initech).", {("Tom Hale", "Senior Buyer")}),  # the account's own
        ("Initech: Tom Hale (CFO) said Acme uses us too.", {("Tom Hale", "CFO")}),  # the firm outside his title
    ],
)
def test_other_firm_near_misses(text: str, expected: set) -> None:  # type: ignore[type-arg]
    people = _contacts(text)
    assert {name for name, _ in people} == {name for name, _ in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Initech call. Tomas Berg joined; Tomas's from finance, he'll sort the PO.", ("Tomas Berg", "finance")),
        (
            "Initech call with Aiko Mori. Aiko's from the procurement team so she owns the paperwork.",
            ("Aiko Mori", "procurement"),
        ),
        ("Initech call with Raj Patel. Raj is from legal and had questions.", ("Raj Patel", "legal")),
    ],
)
def test_a_department_said_with_is_from(text: str, expected: tuple[str, str]) -> None:
    assert _contacts(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Initech call with Raj Patel. Raj's from Mumbai originally.", ("Raj Patel", None)),  # a place, no role
        ("Initech call with Raj Patel. Raj's from home today.", ("Raj Patel", None)),
    ],
)
def test_is_from_near_misses(text: str, expected: tuple[str, str | None]) -> None:
    assert _contacts(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Initech / ourteam sync\n"
            "Attendees: Eva Lund (Initech), Omar Haddad (Initech finance), Kim Ortega (ourteam)",
            {("Eva Lund", None), ("Omar Haddad", "finance")},
        ),
        (
            "Participants: Ida Holm (Initech IT security), Kim Ortega (ourteam)\nIda asked about SSO.",
            {("Ida Holm", "IT security")},
        ),
        (
            "Present: Sam Okoro (Initech), Lea Vogt (Initech procurement lead)",
            {("Sam Okoro", None), ("Lea Vogt", "procurement lead")},
        ),
    ],
)
def test_attendee_list_firm_before_the_title(text: str, expected: set) -> None:  # type: ignore[type-arg]
    assert _contacts(text) == expected


def test_attendee_list_near_misses() -> None:
    # not a list of attendees: the customer's name is part of the title, as written
    assert _contacts("Initech sync. Bo Lind (Initech logistics lead) joined.") == {
        ("Bo Lind", "Initech logistics lead")
    }
    # the list, but the bracket opens on the title
    assert _contacts("Attendees: Bo Lind (logistics lead, Initech)") == {("Bo Lind", "logistics lead")}


@pytest.mark.parametrize(
    "text",
    [
        "log: quote sent to Pia, got back:\n> Auto-reply: I am out of the office until 3 July.\n"
        "> In urgent cases contact my colleague Rosa Klein, Head of Finance.\n> Pia Wolf\n> Buyer, Initech",
        "log: Initech quote bounced:\n> Out of Office: back on Monday.\n"
        "> Please reach my colleague Rosa Klein, Head of Finance (r.klein@initech.example).\n> Pia Wolf, Buyer",
        "Initech renewal\n> Automatic reply: on annual leave until 14 May.\n"
        "> My colleague Rosa Klein, Head of Finance, can help.\n> Pia Wolf (Buyer)",
    ],
)
def test_an_out_of_office_colleague_is_the_customers(text: str) -> None:
    assert ("Rosa Klein", "Head of Finance") in _contacts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Initech: Pia Wolf (buyer) is keen. My colleague Rosa Klein, Head of Finance, will price it.",  # ours
        "Initech: sent to Pia Wolf (buyer).\n> Kim wrote: my colleague Rosa Klein, Head of Finance, will help",
    ],
)
def test_out_of_office_near_misses(text: str) -> None:
    assert "Rosa Klein" not in {name for name, _ in _contacts(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("initech PO in!! approved by their cfo lena kowalski this morning. mark won", ("Lena Kowalski", "cfo")),
        ("umbrella: their ops manager tom reed said go, 12 seats", ("Tom Reed", "ops manager")),
        ("Initech renewal ok, their controller, ravi menon, signs friday", ("Ravi Menon", "controller")),
    ],
)
def test_a_lower_case_name_after_their_title(text: str, expected: tuple[str, str]) -> None:
    assert expected in _contacts(text)


@pytest.mark.parametrize(
    "text",
    [
        "initech: their cfo signed today, PO next",  # a verb and a day after the title
        "initech: if their new attorney shows up on deck we sign",  # a verb and its particle
        "initech still on Quorvia: their account exec jo bell keeps calling",  # the rival's person
    ],
)
def test_lower_case_near_misses(text: str) -> None:
    assert not any(role in ("cfo", "account exec") for _, role in _contacts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Initech call. Distributor Nordlys Data Partners on the line.\nAne Lie: thanks Petter for joining from Nordlys."
        "\nPetter Dahl: glad to help.\nAne Lie: as CFO I approve the 20 seats.",
        "Initech call, with Petter Dahl from Nordlys (our reseller) and Ane Lie, CFO.",
        "Initech call\nPetter Dahl: As your reseller we'll handle the invoicing.\nAne Lie: As CFO I sign by June.",
    ],
)
def test_a_reseller_and_its_staff(text: str) -> None:
    names = {name for name, _ in _contacts(text)}
    assert "Ane Lie" in names and not names & {"Petter Dahl", "Nordlys", "Nordlys Data"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Initech: Olivia Grant, partner, signs next week.", "Olivia Grant"),  # a title, no firm
        ("Initech: the reseller question is open. Met Petter Dahl (CTO).", "Petter Dahl"),  # no firm named
    ],
)
def test_reseller_near_misses(text: str, name: str) -> None:
    assert name in {n for n, _ in _contacts(text)}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Initech Pune: met Mr. Arvind Rao (AGM Purchase) today.", "AGM Purchase"),
        ("Initech: Ms. Neha Joshi (DGM Stores) approved the PO.", "DGM Stores"),
        ("Initech: spoke to Arvind Rao (AGM Commercial) about the rollout.", "AGM Commercial"),
    ],
)
def test_indian_general_manager_titles(text: str, role: str) -> None:
    assert [r for _, r in _contacts(text)] == [role]


def test_agm_near_misses() -> None:
    assert _contacts("Initech: Arvind Rao met us at the AGM.") <= {("Arvind Rao", None)}
    assert _contacts("Initech: met Arvind Rao (CFO) at the AGM.") == {("Arvind Rao", "CFO")}


@pytest.mark.parametrize(
    "text",
    [
        "Lost, sadly.\n> Fra: Leif Moen <leif@initech.example>\n> Vi fornyer ikke.\n> Leif Moen\n"
        "> Innkjøpsleder (Head of Procurement)\n> Initech",
        "Fwd below\n> Von: Jonas Weber <jw@initech.example>\n> Wir kaufen.\n> Jonas Weber\n"
        "> Leiter Einkauf (Head of Procurement)",
        "> Leif Moen\n> innkjøpssjef (head of procurement)\n> Initech\nlog: Initech lost",
    ],
)
def test_a_glossed_title_on_a_quoted_signature(text: str) -> None:
    assert [r for _, r in _contacts(text)] in (["Head of Procurement"], ["head of procurement"])


def test_glossed_near_misses() -> None:
    text = "> Jonas Weber\n> Sales Director (EMEA)\nlog: Initech"
    assert [r for _, r in _contacts(text)] == ["Sales Director (EMEA)"]


# --- account ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rundofase - intro call. Kai Berg found us through Initech: their ops lead told him Initech saves hours "
        "with us. Kai wants what Initech has.",
        "Rundofase, discovery call. Lea Holm was referred by Initech: Initech's CFO told her we are great.",
        "Rundofase - first call. Heard about us from Initech, whose head of IT, Initech's Ana, said we're great.",
    ],
)
def test_a_referral_named_in_passing(text: str) -> None:
    assert _update(text).account == "Rundofase"


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Initech - first call. They found us through a Google search. 20 seats.", "Initech"),
        ("Rundofase call. Initech renewal: 40k, signs Friday. Initech's CFO approved. Initech wants it.", "Initech"),
    ],
)
def test_referral_near_misses(text: str, account: str) -> None:
    assert _update(text).account == account


# --- close dates --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "close"),
    [
        ("Initech: decision made, PO will be raised by 20th.", date(2017, 6, 7), date(2017, 6, 20)),
        ("Initech: they sign before 3rd, legal is done.", date(2017, 6, 7), date(2017, 7, 3)),
        ("Initech: the purchase order is released by 28th latest.", date(2017, 6, 7), date(2017, 6, 28)),
    ],
)
def test_by_a_day_without_the(text: str, now: date, close: date) -> None:
    assert _update(text, now).close_date == close


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("Initech: they finished by 5th place in the tender ranking, still in.", date(2017, 6, 7)),
        ("Initech: demo on 20th with the team.", date(2017, 6, 7)),  # a meeting's day, no close
    ],
)
def test_bare_day_near_misses(text: str, now: date) -> None:
    assert _update(text, now).close_date is None


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Initech call.\nKim: When does the PO go out?\nAna: End of June.", date(2017, 6, 30)),
        ("Initech: their PO goes out on the 14th.", date(2017, 5, 14)),
        ("Initech: purchase order gets released on 14 June.", date(2017, 6, 14)),
    ],
)
def test_the_po_going_out_is_the_close(text: str, close: date) -> None:
    assert _update(text).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        "Initech: our newsletter goes out end of June.",  # no order
        "Initech: the PO template was released last year, irrelevant.",  # no date ahead
    ],
)
def test_po_near_misses(text: str) -> None:
    assert _update(text).close_date is None


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Initech: we willen tekenen tegen eind april.", date(2018, 4, 30)),
        ("Initech - ondertekening voorzien eind september.", date(2017, 9, 30)),
        ("Initech: tekenen einde november, na de OR.", date(2017, 11, 30)),
    ],
)
def test_dutch_month_end_spelled_as_english(text: str, close: date) -> None:
    assert _update(text).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        "Initech: a fine April morning for the demo.",  # English "fine", no Dutch "eind"
        "Initech: het eind van de demo was goed.",  # "eind" with no month
    ],
)
def test_dutch_near_misses(text: str) -> None:
    assert _update(text).close_date is None


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Initech: the PO is approved at their month-end close, so May 30", date(2017, 5, 30)),
        ("Initech: signature at month-end, so 30 May.", date(2017, 5, 30)),
        ("Initech: they close at their EOQ, i.e. Jun 28.", date(2017, 6, 28)),
    ],
)
def test_a_vague_close_pinned_to_a_bare_date(text: str, close: date) -> None:
    assert _update(text).close_date == close


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Initech: signature at month-end, so Q3 is out.", date(2017, 5, 31)),  # a quarter said, no date
        ("Initech: signing at month-end, so 30 seats then.", date(2017, 5, 31)),  # a count, no date
    ],
)
def test_pinned_date_near_misses(text: str, close: date) -> None:
    assert _update(text).close_date == close


# --- amounts ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your offer of USD 18,400 for four seats (GBP 14,700 for us) is accepted.", 18400),
        ("We accept $9,900 for the licences (CHF 9,500 in our books).", 9900),
        ("Initech: price agreed at USD 15,000 (SEK 130,000 for us).", 15000),
    ],
)
def test_another_currency_code_before_a_figure(text: str, value: int) -> None:
    assert find_amount(text, []) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They accept EUR 22,600 for five seats.", 22600),  # one figure only, whatever its currency
        ("v1 was USD 20,000; v2 is USD 18,000.", 18000),  # two dollar figures: the later one, as ever
    ],
)
def test_currency_code_near_misses(text: str, value: int) -> None:
    assert find_amount(text, []) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Initech renewal: no uplift, the renewal is the same 8,250 they paid last year.", 8250),
        ("Initech: renewing flat at 12k like last year, signs on the 20th.", 12000),
        ("Initech renewal price stays unchanged at 4,400 as last year. NS: send the order form.", 4400),
    ],
)
def test_a_renewal_at_last_years_price(text: str, value: int) -> None:
    assert _update(text).amount == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Initech renewal: last year they paid 8,250, this year it's 8,800.", 8800),  # a new price
        ("Initech: they paid 6k last year. New quote 7,100.", 7100),
    ],
)
def test_renewal_near_misses(text: str, value: int) -> None:
    assert _update(text).amount == value
