"""Classes behind the misses of the blind59 set (tests/evals/extract_blind59.jsonl), each with near-miss negatives:
a win told as the signed paper come back, a signer glossed between commas or an e-signature tool's status; a loss
said as "that one's lost" or a renewal with a named rival; "signatures" as a closing word; the signature page we
send as no close date; a weekday in the plural as no person; a contact who left "in the spring"; a rival's seller
named at the start of the next speaker's turn; a count of people spelled in words as no amount; the stage kept as
no step; a colleague's promise to get the customer something; the reason said between an ask and its answer."""

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


# --- stage: a win told in other words


@pytest.mark.parametrize(
    "text",
    [
        "Acme update: the countersigned agreement came back this morning, 14 seats.",
        "Initech: good news, the signed order form landed on Monday. Onboarding next.",
        "Globex - Mei Ling Sato, their head of finance, signed the contract herself today.",
        "Umbrella: Adobe Sign shows the envelope as completed. Kickoff to be booked.",
        "Acme voice note: that's a done deal, please book it, 9 seats at 1,200.",
    ],
)
def test_a_win_in_other_words_is_won(text: str) -> None:
    assert _read(text).stage == "Won"


@pytest.mark.parametrize(
    "text",
    [
        "Acme update: once the signed agreement comes back we can start onboarding.",
        "Initech: waiting until the signed order form arrived before booking anything.",
        "Globex - Mei Ling Sato, their head of finance, will sign the contract next week.",
        "Umbrella: if DocuSign shows completed by Friday we kick off Monday.",
        "Acme: it's not a done deal yet, don't book it.",
    ],
)
def test_a_win_awaited_is_no_stage(text: str) -> None:
    assert _read(text).stage is None


# --- stage: a loss in other words


@pytest.mark.parametrize(
    "text",
    [
        "Acme call. Bad news, that one's lost, they kept their old tool.",
        "Initech: Priya Nair (CIO) phoned: we've renewed with Stackline for three more years.",
        "Globex email from Joe Park: we're staying with Lumora, the team knows it.",
    ],
)
def test_a_loss_in_other_words_is_lost(text: str) -> None:
    assert _read(text).stage == "Lost"


@pytest.mark.parametrize(
    "text",
    [
        "Acme call. I'm afraid that one's lost unless we move on price.",
        "Initech: they renewed with Stackline last year, contract ends in March, evaluating us now.",
        "Globex: might be staying with Lumora if the budget is cut, decision in June.",
    ],
)
def test_a_loss_feared_or_of_old_is_not_lost(text: str) -> None:
    assert _read(text).stage != "Lost"


# --- close date: "signatures" asks about the close; the signature page we send is our step


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Acme call.\nSam Rivera: When could we get signatures?\nDana Cho: Next Friday.", date(2017, 5, 12)),
        ("Initech: the signatures are expected by the 25th.", date(2017, 5, 25)),
        ("Globex: all signatures in place before end of June, she says.", date(2017, 6, 30)),
    ],
)
def test_signatures_is_a_closing_word(text: str, close: date) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        "Acme call. Dana Cho (CFO) confirmed 20 seats. I'll send the signature page tonight.",
        "Initech: 12k agreed with Ravi Das (COO). Emailing the signature pack tomorrow.",
        "Globex: Joe Park (CTO) is happy. Sending over the final signature pages on Friday.",
    ],
)
def test_the_signature_page_we_send_gives_no_close(text: str) -> None:
    assert _read(text).close_date is None


def test_a_signature_date_stays_a_close() -> None:
    text = "Acme call. Dana Cho (CFO): signature by the 20th. I'll send the signature page tonight."
    assert _read(text).close_date == date(2017, 5, 20)


def test_signature_page_back_by_a_date_is_the_close() -> None:
    assert _read("Acme: they'll return the signature page by the 26th.").close_date == date(2017, 5, 26)


# --- contacts: a weekday in the plural is no person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acme call with Dana Cho (CFO). Our MD signs everything on Tuesdays.", "Dana Cho"),
        ("Initech: on Mondays Ravi Das (COO) runs the steering group.", "Ravi Das"),
        ("Globex: Thursdays Joe Park (CTO) works from the office.", "Joe Park"),
    ],
)
def test_plural_weekdays_are_no_contacts(text: str, name: str) -> None:
    assert _names(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acme call. Their CEO, Lars Holm, signs everything on Tuesdays.", "Lars Holm"),
        ("Initech - Ravi Das (COO). Their CEO Jo Hart approves POs on Thursdays.", "Jo Hart"),
    ],
)
def test_a_person_beside_a_plural_weekday_stays(text: str, name: str) -> None:
    assert name in _names(text)


# --- contacts: someone who left in a season


@pytest.mark.parametrize(
    "text",
    [
        "Acme call with Dana Cho (CFO). Messy since Lena Park left in the spring, she owns it now.",
        "Initech: Ravi Das (COO) picked this up after Tom Berg left last autumn.",
        "Globex: Joe Park (CTO) runs it since Mia Lund left in the summer.",
        "Umbrella: Ravi Das (COO) took over when Ana Gil left this winter.",
    ],
)
def test_a_contact_who_left_in_a_season_is_out(text: str) -> None:
    assert len(_names(text)) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acme call with Dana Cho (CFO). Lena Park left in the summer for a conference, back Monday.", "Lena Park"),
        ("Initech: Ravi Das (COO) says Tom Berg left in the spring on holiday, wants the quote on return.", "Tom Berg"),
    ],
)
def test_a_trip_in_a_season_is_no_leaving(text: str, name: str) -> None:
    assert name in _names(text)


# --- contacts: a rival's seller named in the next speaker's turn


@pytest.mark.parametrize(
    "text",
    [
        "Call transcript, Acme\nSpeakers: Sam Rivera (Ourteam, AE); Dana Cho (Acme, CFO)\n\n"
        "Sam Rivera: Are you still talking to Stackline?\nDana Cho: Yes. Their sales rep, Tom Ek, called twice.",
        "Call transcript, Initech\nSpeakers: Sam Rivera (Ourteam, AE); Ravi Das (Initech, COO)\n\n"
        "Sam Rivera: How is it going with Lumora?\nRavi Das: Their account exec, Jo Ames, sent a new quote.",
        "Call transcript, Globex\nSpeakers: Sam Rivera (Ourteam, AE); Joe Park (Globex, CTO)\n\n"
        "Sam Rivera: Did Tellurix come back to you?\nJoe Park: Well, their AE Ben Cole keeps calling me.",
    ],
)
def test_a_rivals_seller_in_the_next_turn_is_no_contact(text: str) -> None:
    assert len(_names(text)) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Call transcript, Acme\nSam Rivera: Are you still talking to Stackline?\n"
            "Dana Cho (Acme, CFO): No. Their finance lead, Tom Ek, will sign with us.",
            "Tom Ek",
        ),
        (
            "Call transcript, Initech\nSam Rivera: Is Lumora out?\nRavi Das (Initech, COO): Yes. "
            "Our IT manager, Jo Ames, ruled it out.",
            "Jo Ames",
        ),
    ],
)
def test_the_customers_own_people_in_the_next_turn_stay(text: str, name: str) -> None:
    assert name in _names(text)


# --- amount: a count of people or things spelled in words


@pytest.mark.parametrize(
    "text",
    [
        "Acme call. They have a hundred and twenty reps across four offices.",
        "Initech: two hundred and forty field engineers, all on paper today.",
        "Globex: twelve hundred users, um, spread over three sites.",
    ],
)
def test_a_spelled_count_is_no_amount(text: str) -> None:
    assert _read(text).amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Acme call. They have a hundred and twenty reps; the deal is twelve thousand four hundred.", 12400),
        ("Initech: nine thousand two hundred for the seats, sign by June.", 9200),
        ("Globex: twelve hundred dollars, users to follow.", 1200),
    ],
)
def test_a_spelled_sum_stays_an_amount(text: str, amount: int) -> None:
    assert _read(text).amount == amount


# --- next step: the stage kept is no step


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme call. Let's do a scoping call with their leads. I'll leave it in Prospecting until then.", "scoping"),
        ("Initech: I'll send the ROI model on Friday. We'll keep the deal at Engaging for now.", "roi model"),
        ("Globex: let's book the security review. I'll park this in Prospecting till it happens.", "security review"),
    ],
)
def test_the_stage_kept_is_no_step(text: str, word: str) -> None:
    assert word in (_read(text).next_step or "").lower()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme call. I'll keep this in Prospecting and send them the case study.", "case study"),
        ("Initech: we'll leave it in Engaging, then set up the pilot next week.", "pilot"),
    ],
)
def test_the_stage_kept_with_a_step_keeps_the_step(text: str, word: str) -> None:
    assert word in (_read(text).next_step or "").lower()


# --- next step: a colleague's promise to get the customer something


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme call with Dana Cho (CFO). Mira will get you a sandbox this week.", "sandbox"),
        ("Initech: Ravi Das (COO) is keen. Priya will find you a reference customer.", "reference customer"),
        ("Globex: Joe Park (CTO) asked about SSO. Tom will give her access to the test tenant.", "test tenant"),
    ],
)
def test_a_colleagues_promise_is_the_step(text: str, word: str) -> None:
    assert word in (_read(text).next_step or "").lower()


@pytest.mark.parametrize(
    "text",
    [
        "Acme call with Dana Cho (CFO). That will get you a better rate, she said.",
        "Initech: Ravi Das (COO) thinks it'll give them a clearer view of the pipeline.",
    ],
)
def test_what_a_thing_brings_is_no_step(text: str) -> None:
    assert _read(text).next_step is None


# --- next step: the reason said between an ask and its answer


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Acme call.\nSam Rivera: Could we do a call about the rollout? I'd like to understand it better.\n"
            "Dana Cho: Sure, send me a slot.",
            "rollout",
        ),
        (
            "Initech call.\nSam Rivera: Can we have a short session on the audit findings? We want to learn why.\n"
            "Ravi Das: Fine, send me a few slots.",
            "audit findings",
        ),
        (
            "Globex call.\nSam Rivera: Could we do a workshop on reporting? I'd love to hear more.\n"
            "Joe Park: OK, send me your availability.",
            "workshop",
        ),
    ],
)
def test_the_reason_between_ask_and_answer_is_skipped(text: str, word: str) -> None:
    assert word in (_read(text).next_step or "").lower()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Acme call.\nSam Rivera: Could we do a call next week? I'd like to send the deck first.\n"
            "Dana Cho: Sure, send me some times.",
            "deck",
        ),
        (
            "Initech call.\nSam Rivera: Can we have a session? I'd like to walk your team through the pilot plan.\n"
            "Ravi Das: Fine, send me a few slots.",
            "pilot plan",
        ),
    ],
)
def test_a_step_said_between_stays_with_the_answer(text: str, word: str) -> None:
    assert word in (_read(text).next_step or "").lower()


# --- found by the Enron sweep: a date inside a condition about something else; a firm's assets as no amount


@pytest.mark.parametrize(
    "text",
    [
        "Acme: If you must trade today, we could take a fax signature.",
        "Initech: if you need the laptops by Friday, Ravi Das can sign for them.",
        "Globex: unless you want to start next Tuesday, the signature can wait.",
    ],
)
def test_a_date_in_a_condition_about_something_else_is_no_close(text: str) -> None:
    assert _read(text).close_date is None


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Acme: if they sign by Friday we start Monday.", date(2017, 5, 12)),
        ("Initech: if all goes well, they sign on Friday.", date(2017, 5, 12)),
    ],
)
def test_a_signing_date_in_or_after_a_condition_stays(text: str, close: date) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    "text",
    [
        "Acme: a group with more than $26 billion in assets, keen to talk.",
        "Initech manages $4.5bn assets under management; Ravi Das (COO) wants a quote.",
        "Globex: a fund with 800M in assets, Joe Park (CTO) leads IT.",
    ],
)
def test_a_firms_assets_are_no_amount(text: str) -> None:
    assert _read(text).amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Acme: the asset tracking module, $12,000, signs by June.", 12000),
        ("Initech: 25k for the assets module, Ravi Das (COO) agreed.", 25000),
    ],
)
def test_a_price_near_the_word_assets_stays(text: str, amount: int) -> None:
    assert _read(text).amount == amount
