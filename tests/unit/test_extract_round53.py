"""Classes behind the misses of the blind53 set (tests/evals/extract_blind53.jsonl), each with near-miss negatives:
a chat export's header line over each message; fields of a terse note split by " // "; a bare "NS" label; our call
back set for a day ahead; "aiming" with the period straight after; a period's end listed bare among the deal's
facts; a contact said again as "Frau/Ms <surname>"; a reference customer's setup or person held up; "no deal value
to log"; a unit price with its currency code after it; a new contact's aside saying whom they replaced; Italian and
Portuguese titles."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update
from memory.extract.chat_headers import join_chat_headers

_ACCOUNTS = ("Acme", "Initech", "Umbrella", "Hooli Holdings", "Kaplan Ltd")
_OURS = ("Sam Rivera", "Dana Cole")


def _read(text: str, now: date = date(2017, 5, 31)) -> DealUpdate:  # a Wednesday
    return extract_update(text, now=now, accounts=list(_ACCOUNTS), people_to_ignore=list(_OURS))


# --- a chat export's header line ("[31/05/2017 10:02] Sam Rivera") over each message: the answer under it counts


@pytest.mark.parametrize(
    "text",
    [
        "[31/05/2017 10:02] Dana Cole\nwhat's the plan on Acme? when will they sign?\n"
        "[31/05/2017 10:05] Sam Rivera\nnext Wed, assuming legal is quick",
        "Dana Cole 31/05 10:02 AM\nInitech - when do they decide?\n"
        "Sam Rivera 31/05 10:04 AM\nnext Wed if their board agrees",
        "[Today 9:15 AM] Dana Cole\nUmbrella signing date?\n[Today 9:17 AM] Sam Rivera\nnext Wednesday, they said",
    ],
)
def test_chat_header_lines_leave_the_answer_to_the_message_under_them(text: str) -> None:
    assert _read(text).close_date == date(2017, 6, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Demo 10:30\nwent fine, nothing decided",  # one word and a time: a line of the note, no chat header
        "call moved to 10:30\nwith Olu",  # a sentence ending on a time
    ],
)
def test_lines_ending_on_a_time_are_no_chat_headers(text: str) -> None:
    assert join_chat_headers(text) == text


def test_a_chat_stamp_is_no_close_date() -> None:
    text = "[12/05/2017 16:40] Sam Rivera\nAcme: when do they sign?\n[12/05/2017 16:41] Sam Rivera\nno date yet"
    assert _read(text).close_date is None


# --- a terse note's fields split by " // ": each field a sentence of its own


def test_slashed_fields_are_sentences_for_the_step_and_the_date() -> None:
    update = _read("Acme // Olu Bello (buyer) // 2 200 USD // sign by the 9th // NS: send NDA")
    assert update.next_step == "NS: send NDA"
    assert update.close_date == date(2017, 6, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Acme // Olu Bello (buyer) // sign the NDA by the 9th // NS: book demo",  # the NDA's signing, not the deal's
        "Acme / Olu Bello // DPA to be signed by the 9th",
    ],
)
def test_slashed_fields_keep_a_side_papers_signing_apart(text: str) -> None:
    assert _read(text).close_date is None


# --- "NS" typed bare, no colon, opening a line or a chat message, the step in lower case after


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme: Olu Bello (CTO) liked it.\nNS scoping workshop with Olu's team", "scoping workshop"),
        ("[3:10 PM] Sam Rivera: Umbrella looks good\n[3:11 PM] Sam Rivera: NS security review w/ IT", "review"),
        ("Initech, 12k.\nNS pricing walkthrough Monday", "pricing walkthrough"),
    ],
)
def test_bare_ns_label_gives_the_step(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word in step


@pytest.mark.parametrize(
    "text",
    [
        "Acme: Olu Bello (CTO) liked it.\nNS Energy also pitched, no news.",  # "NS Energy": a name
        "Initech, 12k.\nNS and DNS settings were the only questions.",  # no step after it
    ],
)
def test_ns_as_a_name_or_a_word_gives_no_step(text: str) -> None:
    assert _read(text).next_step is None


# --- our own call back set for a day ahead, said as going on


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme - Olu Bello (CFO) wants a breakdown. I'm ringing her back tomorrow about the pricing.", "pricing"),
        ("Initech: Mei Tan (ops lead) had questions; I'm calling her next Tuesday re onboarding", "onboarding"),
        ("Umbrella: Raj Patel keen. I'm emailing him on Friday with the SLA", "SLA"),
    ],
)
def test_our_call_set_for_a_day_ahead_is_the_step(text: str, word: str) -> None:
    step = _read(text).next_step
    assert step is not None and word in step


@pytest.mark.parametrize(
    "text",
    [
        "Acme - Olu Bello (CFO) rang. I'm calling to say it went to legal.",  # no day ahead
        "Initech: Mei Tan (ops lead) asked about SSO; I'm meeting friends tonight.",  # no one of the deal's
    ],
)
def test_our_call_with_no_day_ahead_is_no_step(text: str) -> None:
    assert _read(text).next_step is None


# --- "aiming" with the period straight after, no "for"


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Acme - Olu Bello (buyer), 3 seats. Aiming end of June.", date(2017, 6, 30)),
        ("Initech: Mei Tan says 9k; aiming mid-Jul", date(2017, 7, 15)),
        ("Umbrella, 4.2k USD, they're aiming EOQ.", date(2017, 6, 30)),
    ],
)
def test_aiming_a_period_is_the_close(text: str, close: date) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        "Acme - Olu Bello (buyer). Aiming mid-June for the workshop.",  # a meeting's date
        "Initech: Mei Tan says 9k; aiming to send the deck end of June",  # our task
    ],
)
def test_aiming_at_a_meeting_or_a_task_is_no_close(text: str) -> None:
    assert _read(text).close_date is None


# --- a period's end listed bare among the deal's facts, the figure with it


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Voice memo, Acme. Olu Bello, finance lead, sixty-one hundred USD, end of Q3, no rivals.", date(2017, 9, 30)),
        ("Initech - Mei Tan (CIO) - 14k - end of next month - NS: demo", date(2017, 6, 30)),
        ("Umbrella: Raj Patel, owner, $3,400, EOM, no competitors.", date(2017, 5, 31)),
    ],
)
def test_period_listed_among_the_deals_facts_is_the_close(text: str, close: date) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        "Acme agenda: roadmap, end of Q3, training plan.",  # a list without the deal's figure
        "Initech: Mei Tan (CIO) likes it, their audit runs to end of Q3 anyway. 14k.",  # in prose, no list item
    ],
)
def test_period_outside_a_list_of_facts_is_no_close(text: str) -> None:
    assert _read(text).close_date is None


# --- a contact named in full, said again by honorific and surname


@pytest.mark.parametrize(
    "text",
    [
        "Acme - Teilnehmer: Petra Lange (Einkauf). Nächster Schritt: Angebot an Frau Lange.",
        "Initech: Olu Bello (CFO) approved. NS: send the order form to Mr Bello.",
        "Umbrella: Mei Tan (buyer) wants 3 seats; Dr Tan will sign.",
    ],
)
def test_honorific_and_surname_of_a_named_contact_adds_no_one(text: str) -> None:
    assert len(_read(text).contacts) == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Acme: Petra Lange (buyer) and Herr Krause (CFO) both on the call.", {"Petra Lange", "Herr Krause"}),
        ("Initech: Olu Bello (CFO) approved; Dr Bellamy (CIO) signs.", {"Olu Bello", "Dr Bellamy"}),
    ],
)
def test_honorific_with_another_surname_is_another_contact(text: str, names: set[str]) -> None:
    assert {c["name"] for c in _read(text).contacts} == names


# --- another account held up as the model: "the setup we did for X", "X's <person> gave them a glowing review"


@pytest.mark.parametrize(
    "text",
    [
        "Umbrella - Olu Bello (COO) wants the rollout we did for Initech; Initech's Mei Tan gave him a glowing "
        "review. 5k.",
        "Umbrella: same config we built for Initech. Initech's ops lead vouched for us. Olu Bello (COO) in.",
    ],
)
def test_reference_accounts_setup_and_voucher_count_in_passing(text: str) -> None:
    assert _read(text).account == "Umbrella"


@pytest.mark.parametrize(
    "text",
    [
        "Initech - Olu Bello wants more; we did for Initech a pilot last year. Initech's CFO gave them a budget. "
        "Umbrella mentioned once.",
        "Initech: Initech's CIO gave them a timeline. Initech 8k. Umbrella is unrelated.",
    ],
)
def test_an_accounts_own_mentions_still_count_in_full(text: str) -> None:
    assert _read(text).account == "Initech"


# --- the note saying there is no deal value to log: a budget envelope is not taken for want of one


@pytest.mark.parametrize(
    "text",
    [
        "Acme: Olu Bello says total IT budget is 2M USD this year, so no deal value to log.",
        "Initech: budget of 400k for all tooling; no figure to record for our piece.",
    ],
)
def test_no_value_to_log_leaves_the_envelope_out(text: str) -> None:
    assert _read(text).amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Acme: budget is 2M USD overall; our piece is 45k. No other value to log.", 45000),
        ("Initech: 12k for GTX Pro; no number to log for the add-on yet.", 12000),
    ],
)
def test_a_stated_value_stands_beside_no_other_to_log(text: str, amount: int) -> None:
    assert _read(text).amount == amount


# --- a unit price with its currency code after it: "at 2,150 USD each"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Acme: 6 x GTX Pro at 2,150 USD each is fine with them.", 12900),
        ("Initech: 2 x GTX Plus at 4,100 USD each.", 8200),
        ("Umbrella: 5 x MG Basic at 950 USD apiece, agreed.", 4750),
    ],
)
def test_unit_price_with_the_currency_code_after_gives_the_total(text: str, amount: int) -> None:
    assert _read(text).amount == amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Acme: 6 seats at 12,900 USD for the lot.", 12900),  # the price of them all, no "each"
        ("Initech: 3 x GTX at 1,500 USD/mo each; log the 18k annual.", 18000),
    ],
)
def test_a_price_for_all_or_per_month_is_not_multiplied(text: str, amount: int) -> None:
    assert _read(text).amount == amount


# --- a new contact's aside saying whom they replaced: the new one stays, the one who left goes


@pytest.mark.parametrize(
    "text",
    [
        "Acme - Olu Bello (new CFO, replaced Mark Stone who retired in March) wants the quote.",
        "Initech: Mei Tan (head of ops, replaced Ivo Lind, who left last month) is our contact now.",
    ],
)
def test_the_one_who_replaced_someone_stays_a_contact(text: str) -> None:
    assert [c["name"] for c in _read(text).contacts] == [text.split(" (")[0].split(": ")[-1].split("- ")[-1]]


@pytest.mark.parametrize(
    "text",
    [
        "Acme - Olu Bello (CFO, was replaced in April) is gone; Mark Stone (CFO) now.",
        "Initech: Mei Tan (head of ops, replaced by Ivo Lind last month). Ivo Lind (head of ops) owns it.",
    ],
)
def test_the_one_who_was_replaced_is_no_contact(text: str) -> None:
    names = [c["name"] for c in _read(text).contacts]
    assert "Olu Bello" not in names and "Mei Tan" not in names


# --- Italian and Portuguese titles, kept as written


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Acme: Lucia Ferri (direttore vendite) conferma 6k.", "direttore vendite"),
        ("Initech: Paola Conti, amministratrice, dice di sì.", "amministratrice"),
        ("Umbrella: Ana Souza (diretora de compras) aprovou.", "diretora de compras"),
    ],
)
def test_italian_and_portuguese_titles(text: str, role: str) -> None:
    assert _read(text).contacts == [{"name": text.split(": ")[1].split(" (")[0].split(",")[0], "role": role}]


@pytest.mark.parametrize(
    "text",
    [
        "Acme: Lucia Ferri conferma 6k per acquisti.",  # a department word with no title, said apart
        "Initech: Paola Conti dice di sì, vendite ok.",
    ],
)
def test_a_department_said_apart_is_no_title(text: str) -> None:
    assert [c["role"] for c in _read(text).contacts] == [None]
