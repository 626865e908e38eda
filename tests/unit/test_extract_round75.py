"""Round 75 (blind set 74, pasted mail threads whose newest message revises older facts): Outlook header blocks and
foreign "wrote:" lines start the quoted history, legal lines closing a signature with no blank line, signing dates in
Polish, Turkish, German, Italian, Portuguese and Spanish, a close date withdrawn, titles after a foreign "our",
inflected repeats of a name, the newest mail's own request as the step, and figures a reply replaces or picks."""

from __future__ import annotations

from datetime import date

import pytest

from memory.extract import extract_update

ACCOUNTS = ["Corvell", "Lindqua", "Pessara", "Tamsin Group", "Wexbrook"]


def _run(text: str, now: str = "2017-06-12") -> dict:  # type: ignore[type-arg]
    return extract_update(text, now=date.fromisoformat(now), accounts=ACCOUNTS, people_to_ignore=["Pat Ours"]).as_json()


def _people(text: str, now: str = "2017-06-12") -> dict[str, str | None]:
    return {c["name"]: c["role"] for c in _run(text, now)["contacts"]}


def _thread(newest: str, older: str, *, sender: str = "Rosa Vidal <r.vidal@corvell.example>") -> str:
    return (
        f"From: {sender}\nSent: Mon, 12 Jun 2017 09:10\nTo: Pat Ours <pat@ourteam.example>\nSubject: RE: offer\n\n"
        f"{newest}\n\nRosa Vidal\nBuyer, Corvell\n\n{older}"
    )


# --- the older mail under an Outlook header block, or a foreign "wrote:" line, gives way to the newest


@pytest.mark.parametrize(
    ("older", "amount", "close"),
    [
        ("From: Rosa Vidal\nSent: Fri, 2 Jun 2017 16:00\nTo: Pat Ours\n\nWe'd take 10 seats, 30,000, sign by 30 June.",
         12000, "2017-07-14"),
        ("Am 02.06.2017 um 16:00 schrieb Rosa Vidal <r.vidal@corvell.example>:\n> 10 Lizenzen, 30.000 USD, bis 30.06.",
         12000, "2017-07-14"),
        ("W dniu 2.06.2017 o 16:00 Rosa Vidal pisze:\n> 10 licencji, 30 000 USD, podpis 30 June.", 12000, "2017-07-14"),
        ("El 2 jun 2017, a las 16:00, Rosa Vidal escribió:\n> 10 licencias, 30.000 USD, firma el 30 June.",
         12000, "2017-07-14"),
    ],
)  # fmt: skip
def test_newest_mail_over_the_older_one(older: str, amount: int, close: str) -> None:
    out = _run(_thread("Revised: 4 seats only, so 12,000. We now sign on 14 July.", older))
    assert (out["amount"], out["close_date"]) == (amount, close)


def test_older_mail_still_read_when_the_newest_says_nothing() -> None:
    # hard negatives: a figure and a date only in the older mail still count; a cover note with its own figure wins
    out = _run(
        _thread("Thanks, noted.", "From: Rosa Vidal\nSent: Fri, 2 Jun 2017 16:00\n\n8 seats, 24,000, sign 30 June.")
    )
    assert (out["amount"], out["close_date"]) == (24000, "2017-06-30")
    note = "log 9k, not what her mail says\n\n" + _thread("Fine with 24,000 for 8 seats.", "")
    assert _run(note)["amount"] == 9000


def test_a_line_saying_what_someone_wrote_is_no_mail_history() -> None:
    # hard negative: "here is what she wrote:" carries no date, so nothing below it is demoted
    out = _run("Corvell - here is what Rosa wrote:\nwe want 6 seats, 18,000, signature 20 July.")
    assert (out["amount"], out["close_date"]) == (18000, "2017-07-20")


# --- legal lines closing the signature's own paragraph


@pytest.mark.parametrize(
    "footer",
    [
        "Corvell GmbH | Amtsgericht Bremen HRB 77120 | Stammkapital EUR 250.000",
        "Corvell Ltd is registered in Scotland No. SC401220. Minimum order USD 75,000. This email is confidential.",
        "AVISO LEGAL: mensaje confidencial. Capital social 90.000 USD.",
    ],
)
def test_signature_footer_lines_are_no_deal_figure(footer: str) -> None:
    head = "From: Rosa Vidal <r.vidal@corvell.example>\nSent: Mon, 12 Jun 2017\n\n"
    text = f"{head}No numbers yet, sorry.\n\nRosa Vidal\nBuyer\n{footer}"
    out = _run(text)
    assert out["amount"] is None
    assert set(_people(text)) == {"Rosa Vidal"}


def test_a_body_line_with_a_legal_word_stays() -> None:
    # hard negatives: a sentence of the message (not under short signature lines), or a footer word in the body
    text = "Corvell: our legal team says the 14,000 offer is confidential until signature.\nSign 30 June."
    assert _run(text)["amount"] == 14000
    text = "Hi Pat,\nRegistered in our system now: 5 seats, 15,000.\nRosa"
    assert _run(text)["amount"] == 15000


# --- signing dates in Polish, Turkish, German, Italian, Portuguese and Spanish


@pytest.mark.parametrize(
    ("text", "now", "close"),
    [
        ("Corvell: termin podpisania: koniec listopada.", "2017-10-02", "2017-11-30"),
        ("Corvell - İmza tarihi 12 Ekim.", "2017-10-02", "2017-10-12"),
        ("Corvell: die Entscheidung fällt am 20. Oktober.", "2017-10-02", "2017-10-20"),
        ("Corvell: la firma slitta a metà dicembre.", "2017-10-02", "2017-12-15"),
        ("Corvell: a data da assinatura continua 27/10.", "2017-10-02", "2017-10-27"),
        ("Corvell: la firma se retrasa: será a finales de noviembre (ya no el 15 de octubre).", "2017-10-02",
         "2017-11-30"),
        ("Corvell: tenemos que cerrar dentro del año fiscal, que termina en diciembre.", "2017-10-02", "2017-12-31"),
        ("Corvell: they are moving signature from October 20 to November 3.", "2017-10-02", "2017-11-03"),
        ("Corvell: they plan to finalise the contract by the end of this quarter.", "2017-10-02", "2017-12-31"),
    ],
)  # fmt: skip
def test_foreign_signing_dates(text: str, now: str, close: str) -> None:
    assert _run(text, now)["close_date"] == close


def test_foreign_months_without_a_signing_word_give_no_close() -> None:
    # hard negatives: a month named for a meeting, or moved "from" a city, is no close date
    assert _run("Corvell: spotkanie 12 października w Warszawie.", "2017-10-02")["close_date"] is None
    assert _run("Corvell: they moved the team from Boston to Denver.", "2017-10-02")["close_date"] is None
    assert _run("Corvell: 12 seats plus 3 for the pilot, 15 in all.", "2017-10-02")["close_date"] is None


# --- a close date the newest mail withdraws


@pytest.mark.parametrize(
    "newest",
    [
        "Please remove the 30 June close date - there is no date for now.",
        "Scope stays, but drop the signature date from your forecast; there's no date at the moment.",
        "We have no signing date any more, the budget review decides.",
    ],
)
def test_withdrawn_close_date(newest: str) -> None:
    out = _run(_thread(newest, "On Fri, 2 Jun 2017, Rosa Vidal wrote:\n> 8 seats, 24,000, sign by 30 June."))
    assert out["close_date"] is None


def test_a_new_date_after_the_withdrawal_counts() -> None:
    # hard negatives: a fresh date given in the newest mail, and a date merely moved, still count
    newest = "Please remove the 30 June close date. Signature is now planned for 21 July."
    assert _run(_thread(newest, ""))["close_date"] == "2017-07-21"
    assert _run(_thread("The close date moves to 21 July.", ""))["close_date"] == "2017-07-21"


# --- contacts as a foreign or forwarded mail names them


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Corvell: Notre DAF, Élise Morand, validera le budget.", "Élise Morand", "DAF"),
        ("Corvell: Nuestra jefa de compras, Inés Barrio, quiere el SLA.", "Inés Barrio", "jefa de compras"),
        ("Corvell: Il nostro direttore IT, Marco Valli, firmerà.", "Marco Valli", "direttore IT"),
        ("Corvell: Piero Nanni, nuovo responsabile acquisti, segue.", "Piero Nanni", "responsabile acquisti"),
    ],
)  # fmt: skip
def test_title_after_a_foreign_our(text: str, name: str, role: str) -> None:
    assert _people(text)[name] == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corvell: Piotr Zając (CFO) podpisze. Proszę wysłać umowę do Piotra Zająca.", {"Piotr Zając": "CFO"}),
        ("Corvell: Selin Aydın (CFO) onaylar, faturayı Selin Aydın'a gönderin.", {"Selin Aydın": "CFO"}),
        ("Corvell: Li Na Chow (CFO) agreed. On the call Li Na said yes.", {"Li Na Chow": "CFO"}),
        ("Corvell - signed by Amira Ben Salah, CFO of Corvell.", {"Amira Ben Salah": "CFO"}),
        ("From: Rosa Vidal <r@corvell.example>\nSent: Mon, 12 Jun 2017\n\nHi.\n\nRosa Vidal\nJefa de Compras · Corvell",
         {"Rosa Vidal": "Jefa de Compras"}),
    ],
)  # fmt: skip
def test_one_person_once_in_full(text: str, expected: dict[str, str | None]) -> None:
    assert _people(text) == expected


def test_leavers_greetings_and_questions_are_no_contacts() -> None:
    people = _people("Corvell: Hola Pat, Jaime Roca ya no está en la empresa; Lucía Peña (CFO) decide.")
    assert people == {"Lucía Peña": "CFO"}
    assert "Panie Tomku" not in _people("Dzień dobry Panie Tomku, Ewa Lis (CFO) podpisze.")
    text = "From: Rosa Vidal <r.vidal@corvell.example>\nCc: Lucy Dunn <lucy@ourteam.example>\n\nCan Lucy send the deck?"
    assert set(_people(text)) == {"Rosa Vidal"}
    # hard negatives: two different people with a shared first word stay two; a four-word firm is no person
    assert set(_people("Corvell: Ana Ruiz (CFO) and Ana Ortega (CTO) both joined.")) == {"Ana Ruiz", "Ana Ortega"}
    assert _people("Corvell: they use North Coast Data Services for hosting.") == {}
    hotel = "Corvell: the offsite is at the Westin La Cantera Resort; Ivo Brandt (CFO) signs."
    assert _people(hotel) == {"Ivo Brandt": "CFO"}  # "La" alone does not make four capitals one name
    # a name's run into the next sentence ("Ivo Brandt  As always") does not swallow the name said alone
    assert _people("Corvell: Ivo Brandt (CFO) signs.\n- Ivo Brandt  As always, call me.")["Ivo Brandt"] == "CFO"


# --- the newest mail's own request is the step


@pytest.mark.parametrize(
    ("newest", "word"),
    [
        ("Please register the deal for us as the partner.", "register"),
        ("Our CFO is expecting the pricing breakdown by Friday.", "breakdown"),
        ("The PO will be issued once we receive the revised quote.", "quote"),
        ("Can Omar send the API spec to our developers?", "API"),
        ("Nuestro CFO quiere revisar el SLA: ¿nos lo envías mañana?", "SLA"),
    ],
)
def test_newest_mail_request_is_the_step(newest: str, word: str) -> None:
    step = _run(_thread(newest, "On Fri, 2 Jun 2017, Rosa Vidal wrote:\n> We'll come back to you."))["next_step"]
    assert step is not None and word.lower() in step.lower()


def test_mail_formulas_are_no_step() -> None:
    # hard negatives: "please note" and "please find attached" ask for nothing; a plain note keeps its own reader
    assert _run(_thread("Please note the seat count is now 6.", ""))["next_step"] is None
    assert _run(_thread("Please find attached our signed NDA.", ""))["next_step"] is None
    assert _run("Corvell: 6 seats, 18k. Please note the CFO is away.")["next_step"] is None


# --- figures a reply replaces or picks


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Corvell: we trimmed it to 4 seats from the ~20k we discussed; so 16,000.", 16000),
        ("Corvell: der Betrag ist 21.000 USD, nicht 28.000.", 21000),
        ("Corvell: ons budget is 9.000 dollar, jullie voorstel van 12.600 blijft staan.", 12600),
    ],
)
def test_replaced_and_dot_grouped_figures(text: str, amount: int) -> None:
    assert _run(text)["amount"] == amount


def test_dot_grouped_figures_of_others_stay_unread() -> None:
    # hard negatives: a rival's dotted figure is no proposal of ours; a figure replaced in German loses
    assert _run("Corvell: angeboten 6.000 Dollar; NorthPeak angeblich für 5.000.")["amount"] == 6000
    assert _run("Corvell: es bleibt bei 7.200 USD, nicht 9.600 USD.")["amount"] == 7200


def test_reply_picks_the_quoted_option() -> None:
    older = "On Fri, 2 Jun 2017, Pat Ours <pat@ourteam.example> wrote:\n> 10 seats = 5,500; 7 seats would be 3,850."
    assert _run(_thread("Fine. 7 seats then.", older))["amount"] == 3850
    # hard negatives: the newest mail's own figure wins; a count no option priced leaves the amount as read
    assert _run(_thread("7 seats, but 3,500 is our cap.", older))["amount"] == 3500
    assert _run(_thread("Fine. 8 seats then.", older))["amount"] != 3850


def test_dutch_rival_chosen_on_a_may_day() -> None:
    out = _run("Corvell: onze directie heeft op 24 mei besloten om met Stackline verder te gaan.", "2017-05-30")
    assert (out["stage"], out["close_date"]) == ("Lost", "2017-05-24")
    # hard negatives: a hedge still hedges ("may"), and a month's May is no hedge only after a day
    assert _run("Corvell: they may go with Stackline.", "2017-05-30")["stage"] is None
    assert _run("Corvell: on 24 May we chose Stackline.", "2017-05-30")["stage"] == "Lost"
