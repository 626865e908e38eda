"""Classes behind the misses of the blind44 set (tests/evals/extract_blind44.jsonl), each with near-miss negatives:
a weekday of next week or the week after next, a half-year's end, a day said as the subject of a limit ("the 21st
is their last working day"), signing "the same day" as a date said just before, struck-through text taken back, the
deal "wrapped up" by a date, a fiscal year's start (no close), our staff by title before or after a name or by a
signature naming our firm, a person gone to another company, a vendor denied as a rival, a stage asked and denied,
an account or a title corrected at once, a legal suffix abbreviated after a short name, a lower-case name in a
"contact:" field, a transcript's "REP:" label, and our rep's update to a colleague greeting them."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import DealUpdate, extract_update

_NOW = date(2017, 5, 10)  # a Wednesday
_ACCOUNTS = ("Acme", "Initech", "Umbrella", "Vandelay Company")


def _read(text: str, now: date = _NOW) -> DealUpdate:
    return extract_update(text, now=now, accounts=list(_ACCOUNTS))


def _people(text: str) -> dict[str, str | None]:
    return {str(c["name"]): c["role"] for c in _read(text).contacts}


@pytest.mark.parametrize(
    ("text", "close"),
    [
        # the week after next runs Mon 22 to Sun 28 May; next week Mon 15 to Sun 21 May
        ("Acme: Priya Shah (COO) plans to sign on the Thursday of the week after next.", date(2017, 5, 25)),
        ("Acme: decision the week after next, Monday, per Priya Shah (COO).", date(2017, 5, 22)),
        ("Acme // close wks after next (Wed) // c: Priya Shah, COO", date(2017, 5, 24)),
        ("Acme: Priya Shah (COO) will sign Thursday next week.", date(2017, 5, 18)),  # not "Thursday", the 11th
        ("Acme: signature the Friday of next week, says Priya Shah (COO).", date(2017, 5, 19)),
        ("Acme: close next week (Thu), Priya Shah (COO) confirmed.", date(2017, 5, 18)),
        # near misses: "next Friday" and "the Friday after next" keep their own rules; the week in another sentence
        ("Acme: Priya Shah (COO) will sign next Friday.", date(2017, 5, 12)),
        ("Acme: Priya Shah (COO) will sign the Friday after next.", date(2017, 5, 19)),
        ("Acme: Priya Shah (COO) wants to sign. Next week Monday is out, she's travelling.", None),
    ],
)
def test_weekday_of_a_named_week(text: str, close: date | None) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    ("text", "now", "close"),
    [
        ("Acme: Priya Shah (COO) wants to sign by end of H2.", _NOW, date(2017, 12, 31)),
        ("Acme: decision in H1, per Priya Shah (COO).", date(2017, 2, 1), date(2017, 6, 30)),
        ("Acme: decision by H1 next year - H1 2018 at the latest.", date(2017, 9, 1), date(2018, 6, 30)),
        ("Acme: they aim to close in the second half of the year.", _NOW, date(2017, 12, 31)),
        # near misses: a half of something else, and a half already gone said without a year
        ("Acme: they signed off the second half of the budget memo; decision pending.", _NOW, None),
        ("Acme: decision by end of H1.", date(2017, 9, 1), date(2018, 6, 30)),
    ],
)
def test_half_year(text: str, now: date, close: date | None) -> None:
    assert _read(text, now).close_date == close


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Acme: signature before their summer break, she said the 26th is the cut-off.", date(2017, 5, 26)),
        ("Acme: they need it signed, the 19th is their last day in office.", date(2017, 5, 19)),
        # near misses: the day is something else; a correction's later day is the deal's
        ("Acme: they sign on the 12th, the 19th is our team offsite.", date(2017, 5, 12)),
        ("Acme: they'll sign on the 12th — sorry, I mean the 16th, the 12th is a holiday.", date(2017, 5, 16)),
    ],
)
def test_day_as_subject_of_a_limit(text: str, close: date | None) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Acme: the committee reviews it on the 24th; if it passes, they sign the same day.", date(2017, 5, 24)),
        ("Acme: CFO presents on 2 June. She'll countersign that very same day.", date(2017, 6, 2)),
        # near misses: no date said before it, and a date of its own in the sentence
        ("Acme: they sign the same day they get budget.", None),
        ("Acme: kickoff is the 20th. The demo runs that day too.", None),
    ],
)
def test_same_day_as_the_date_before(text: str, close: date | None) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    ("text", "close", "amount"),
    [
        ("acme notes:\n- ~~signing end of May~~ now they say mid-June\n- value 12k", date(2017, 6, 15), 12000),
        ("acme notes:\n- value <del>$40k</del> $36k\n- close end of June", date(2017, 6, 30), 36000),
        # near misses: an approximate figure, and a lone pair of tildes
        ("acme notes:\n- value ~30k\n- close end of June", date(2017, 6, 30), 30000),
        ("acme notes:\n- value 30k ~~\n- close end of June", date(2017, 6, 30), 30000),
    ],
)
def test_struck_text_is_taken_back(text: str, close: date, amount: float) -> None:
    update = _read(text)
    assert (update.close_date, update.amount) == (close, amount)


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("Acme: Priya Shah (COO) hopes to wrap things up by end of June.", date(2017, 6, 30)),
        ("Acme: Priya Shah (COO) wants to wrap up before Q3.", date(2017, 9, 30)),
        # near misses: wrapping up a task, and the fiscal year's start (money, not a signing)
        ("Acme: let's wrap up the demo notes, workshop end of June.", None),
        ("Acme: nothing budgeted until their financial year, which starts in October.", None),
        ("Acme: no spend until the new fiscal year begins in April, decision after that.", None),
    ],
)
def test_wrap_up_and_fiscal_start(text: str, close: date | None) -> None:
    assert _read(text).close_date == close


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Acme: call with Priya Shah (COO) + our CRO, Lena Voss, next week.", "Priya Shah", "Lena Voss"),
        ("Acme: Priya Shah (COO) wrote to Sven — our sales engineer — about SSO.", "Priya Shah", "Sven"),
        (
            "Acme: Priya Shah (COO) is keen.\n\n--\nOwen Hart\nRegional Director, ourteam\nm: 555",
            "Priya Shah",
            "Owen Hart",
        ),
        ("Acme: Dan Ruiz moved to a new firm in March; Priya Shah (COO) runs it now.", "Priya Shah", "Dan Ruiz"),
        # near misses: our contact named by a title of theirs; a person moved within the customer
        ("Acme: our main contact, Priya Shah (COO), is keen.", "Priya Shah", "Lena Voss"),
        ("Acme: Dan Ruiz moved to another team in March; Priya Shah (COO) runs it now.", "Dan Ruiz", "Sven"),
    ],
)
def test_our_staff_and_leavers(text: str, present: str, absent: str) -> None:
    people = _people(text)
    assert present in people and absent not in people


def test_customer_says_our_title_in_a_quoted_mail() -> None:
    text = (
        "Signed! Note below.\n\n> From: Priya Shah <priya@acme.example>\n> To: Tom <tom@ourteam.example>\n>\n"
        "> Hi Tom,\n> Please set up training for me and our IT lead, Omar Haddad?\n> Priya Shah\n> COO, Acme"
    )
    assert _people(text).get("Omar Haddad") == "IT lead"


@pytest.mark.parametrize(
    ("text", "rivals"),
    [
        ("Acme: Quorvia isn't a competitor here, it's the name of their data project. Priya Shah (COO).", []),
        ("Acme: they've never used or evaluated Lumora, though Lumora is in the same building.", []),
        ("Acme: told Priya about our StackSync, nothing to do with Stackline.", []),
        # near misses: a vendor ruled out still counts; a denial taken back by what follows
        ("Acme: they looked at Lumora last year and passed.", ["Lumora"]),
        ("Acme: they've never used Lumora but are now evaluating it.", ["Lumora"]),
    ],
)
def test_denied_rivals(text: str, rivals: list[str]) -> None:
    assert _read(text).competitors == rivals


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Acme — won? No, not yet, legal still reviewing.", None),
        ("Acme — lost? Nope, just delayed.", None),
        # near misses: a request asked as a question, and a plain heading
        ("Could you book the Acme opp as Lost? They cancelled.", "Lost"),
        ("Acme — lost. They went with Quorvia.", "Lost"),
    ],
)
def test_stage_asked_and_denied(text: str, stage: str | None) -> None:
    assert _read(text).stage == stage


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Voice memo. Initech — no wait, Umbrella. Priya Shah (COO) wants 5 seats. Initech referred them.", "Umbrella"),
        ("Initech... no, sorry, Umbrella. Priya Shah (COO), 5 seats. Initech is a happy customer.", "Umbrella"),
        # near misses: an apology, and a number corrected
        ("Acme, sorry, long day. Priya Shah (COO) wants 5 seats. Umbrella referred them.", "Acme"),
        ("Acme, make that 20 seats. Priya Shah (COO). Umbrella referred them.", "Acme"),
    ],
)
def test_account_corrected_at_once(text: str, account: str) -> None:
    assert _read(text).account == account


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Acme. Met Dana Reyes, she's the CFO, no wait, sorry, she's the deputy CFO.", "Dana Reyes", "deputy CFO"),
        ("Acme. Met Dana Reyes, head of sales — I mean, head of sales ops.", "Dana Reyes", "head of sales ops"),
        # near misses: an apology, and no title after the correction
        ("Acme. Dana Reyes (CFO), sorry for the delay, sends her numbers.", "Dana Reyes", "CFO"),
        ("Acme. Met Dana Reyes, the CFO, sorry, running late.", "Dana Reyes", "CFO"),
    ],
)
def test_title_corrected_at_once(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("vandelay co notes:\n- wants 4 seats\n- close end of June", "Vandelay Company"),
        ("vandelay co. call - 4 seats, close end of June", "Vandelay Company"),
        # near misses: the short name in lower case, neither heading the note nor with a suffix
        ("notes: we talked about vandelay coverage and pricing for 4 seats", None),
        ("notes: the vandelay team costs too much", None),
    ],
)
def test_abbreviated_legal_suffix(text: str, account: str | None) -> None:
    assert _read(text).account == account


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme notes:\n- contact: maria k. (prefers email)\n- Stackline incumbent, GTX Basic", {"Maria K.": None}),
        ("Acme notes:\n- contact: joao silva, finance manager\n- GTX Basic, July", {"Joao Silva": "finance manager"}),
        # near misses: no name yet, and a single word
        ("Acme notes:\n- contact: tbd later\n- GTX Basic, July", {}),
        ("Acme notes:\n- contact: maria\n- GTX Basic, July", {}),
    ],
)
def test_lowercase_contact_field(text: str, expected: dict[str, str | None]) -> None:
    assert _people(text) == expected


def test_rep_label_makes_the_other_speaker_the_customer() -> None:
    text = (
        "Acme call\nDANA REYES (CFO): We'd sign in June.\nREP: Who runs it?\n"
        "DANA: Omar on my team, Omar Haddad, he's going to look after it from day one. He's our platform lead.\n"
        "REP: Great, I'll loop in our SE, Kai Berg."
    )
    people = _people(text)
    assert people.get("Omar Haddad") == "platform lead"
    assert "Kai Berg" not in people  # said by the rep: ours


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a greeting's comma, then a blank line: the next paragraph is no title of the greeted
        ("Hi Rachel,\n\nSpoke with their finance team today, they sign in June.\n\nBest,\nTom", {}),
        # near misses: a title after the comma on the same line, and a signature's title on the next line
        ("Acme: met Rachel Stone, head of finance, they sign in June.", {"Rachel Stone": "head of finance"}),
        ("Signed in June.\n\nBest,\nRachel Stone,\nHead of Finance, Acme", {"Rachel Stone": "Head of Finance"}),
    ],
)
def test_greeting_comma_gives_no_title(text: str, kept: dict[str, str | None]) -> None:
    assert _people(text) == kept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hello,\n\nFine with the price. I'm looping in Mia Ross, our counsel, who will go through the MSA.", "msa"),
        ("Hello,\n\nFine with the price. Legal will review the order form this week.\n\nJo Park\nCOO, Acme", "order"),
        # near misses: a review done, and one of a thing not ours to sign
        ("Hello,\n\nFine with the price. Legal reviewed the contract last week, all good.\n\nJo Park\nCOO", None),
        ("Hello,\n\nFine with the price. She will review the roadmap slides with her team.\n\nJo Park\nCOO", None),
    ],
)
def test_customer_reviews_our_paper(text: str, word: str | None) -> None:
    step = _read(text).next_step
    assert (step is not None and word in step.lower()) if word else step is None
