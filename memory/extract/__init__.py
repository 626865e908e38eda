"""From a messy note, email or transcript to a proposed structured deal update.

Rules, not a model: what counts is written down in ``../shared/evals/LABELS.md`` (section 3) and
implemented in the modules here. The result only ever *proposes*: ``memory.ingest`` stores it on the
interaction for the rep to confirm; nothing here writes to a deal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from memory.extract.amount import find_amount
from memory.extract.caps_labels import title_case_labels
from memory.extract.chat_headers import join_chat_headers
from memory.extract.close_date import find_close_date
from memory.extract.courtesy_names import with_courtesy_titles
from memory.extract.currency_label import labelled_currency
from memory.extract.fields import KNOWN_COMPETITORS, find_account, find_competitors, named_in_passing, short_name
from memory.extract.fiscal_quarters import fiscal_quarters
from memory.extract.footers import without_footers
from memory.extract.foreign_dates import english_dates
from memory.extract.foreign_days import english_days
from memory.extract.foreign_signed import english_signed
from memory.extract.german_mail import for_names, german_departments
from memory.extract.glossed_title import said_glosses
from memory.extract.lower_titled import lower_titled
from memory.extract.mail_names import asked_names, our_titles, same_people
from memory.extract.mail_sides import TEAM_NAMES
from memory.extract.mail_steps import mail_step
from memory.extract.money_forms import money_forms
from memory.extract.name_tidy import short_given_names, tidy_contacts
from memory.extract.new_account import declared_prospect, structural_account
from memory.extract.next_step import find_next_step
from memory.extract.nicknames import without_nicknames
from memory.extract.others_rivals import others_rivals
from memory.extract.outcomes import account_lost_to, rival_chosen, signed_paper
from memory.extract.people import extract_contacts
from memory.extract.picked_option import picked_option
from memory.extract.products import PRODUCT_WORDS
from memory.extract.quoted_titles import unquoted_titles
from memory.extract.recount import recounted
from memory.extract.reference_lead import reference_lead
from memory.extract.resellers import reseller_people
from memory.extract.restated_close import month_for_day
from memory.extract.restated_names import without_restated
from memory.extract.rival_spellings import respell_rivals
from memory.extract.segments import without_other_accounts
from memory.extract.sender_title import with_sender_title
from memory.extract.shorthand import spelled_out
from memory.extract.signing_dates import signing_dates
from memory.extract.slipped_rivals import without_slips
from memory.extract.stage import find_stage
from memory.extract.step_labels import colon_bare_ns
from memory.extract.struck import unstrike
from memory.extract.stutters import unstuttered
from memory.extract.subtitles import flatten_subtitles
from memory.extract.superseded import drop_superseded_rows
from memory.extract.text import unpack_field_rows
from memory.extract.third_party import third_party_people
from memory.extract.tool_words import TOOL_WORDS, without_honorifics
from memory.extract.typos import fix_typos
from memory.extract.untitled import untitled
from memory.extract.week_of_month import weeks_pinned
from memory.extract.withdrawn_close import withdrawn_close
from memory.extract.won_lost_more import lost_more, won_more


@dataclass(frozen=True)
class DealUpdate:
    """What a text says about a deal. ``None`` = not stated; lists are empty when nothing is stated."""

    account: str | None = None
    amount: float | None = None
    close_date: date | None = None
    stage: str | None = None
    competitors: list[str] = field(default_factory=list)
    contacts: list[dict[str, str | None]] = field(default_factory=list)
    next_step: str | None = None

    def as_json(self) -> dict[str, Any]:
        """JSON-ready: the date as ISO text."""
        data = asdict(self)
        data["close_date"] = self.close_date.isoformat() if self.close_date else None
        return data

    @property
    def empty(self) -> bool:
        return not any((self.amount, self.close_date, self.stage, self.competitors, self.contacts, self.next_step))


def extract_update(
    text: str,
    *,
    now: date,
    accounts: Iterable[str] = (),
    people_to_ignore: Iterable[str] = (),
    competitors: Iterable[str] = KNOWN_COMPETITORS,
) -> DealUpdate:
    """Read ``text`` (written at ``now``) against the known ``accounts``; our own staff in
    ``people_to_ignore`` are never reported as the customer's contacts."""
    text = unstrike(text)  # "~~close EOM~~ mid-July now": the struck words were taken back
    text = without_footers(text)  # "registered at Amtsgericht Hamburg, share capital EUR 250,000": boilerplate
    text = fix_typos(text)  # "decison", "prospectng": the readers below key on these words
    text = unstuttered(text)  # "Lars Becker, the, the group CIO": a word said twice while thinking, said once
    text = without_nicknames(text)  # "Henrietta 'Hattie' Blake": the person in full, the nickname left out
    text = unquoted_titles(text)  # "Ana, their 'Head of Growth'": a title marked new, read as any title
    text = labelled_currency(text)  # "em dólares: 21.928": the dots group thousands
    text = money_forms(text)  # "27,6k", "1.07mm": a decimal comma, "mm" for million
    text = spelled_out(text)  # "wants sig b4 EOQ", "end of nxt mo", "sign by Q four": shorthand the readers know
    text = without_honorifics(text)  # "Kenji Watanabe-san (IT department head)": the name, then its title
    text = english_dates(text)  # "até dia 25", "voor het einde van het kwartaal": dates the readers know
    text = english_days(text)  # "le 3 mars", "el 20 de julio", "vóór 15/09", "a choisi Lumora": in English
    text = signing_dates(text)  # "koniec października", "la firma slitta a metà gennaio", "from Jan 31 to Dec 22"
    text = english_signed(text)  # "ils ont signé ce matin": they signed this morning
    text = weeks_pinned(text)  # "the first week of March, Friday the 3rd latest": the 3rd of March
    text = fiscal_quarters(text)  # "end of Q1 their fiscal ... their fiscal year starts in April": end of June
    text = month_for_day(text)  # "on July the twelfth ... So make it the twelfth": the twelfth of July
    text = join_chat_headers(text)  # "[13/09/2017 09:41] Kami Bicknell" over its message: "Kami Bicknell: ..."
    text = colon_bare_ns(text)  # "NS intro call w/ Mbali": the step's label, its colon left out
    text = flatten_subtitles(text)  # an .srt/.vtt export: cue numbers and timings are no words of the call
    text = title_case_labels(text)  # "MARTA KOWALSKA: ..." labelling a transcript's lines: a name, as written
    text = unpack_field_rows(text)  # a pasted table "| Stage | Engaging |" as "Stage: Engaging"
    text = drop_superseded_rows(text)  # "Close (old): 31 Aug" beside "Close (new): 29 Sep": the new one only
    text = respell_rivals(text, competitors)  # "Brigthwave", "north peak": a known rival typed in a hurry
    account_list = list(accounts)
    account = find_account(text, account_list)
    if account and (lead := reference_lead(text, account_list)) and named_in_passing(text, account):
        account = lead  # "Rundofase - Keiko Tanaka ... gave her Sven Aalto at Kinnamplus as a reference"
    prospect = declared_prospect(text) if account else None  # "New lead, not in the CRM: X"
    if prospect and prospect not in account_list and named_in_passing(text, account or ""):
        account = prospect  # ... "she used us back when she was at <a known account>": the prospect is the deal's
    account = account or structural_account(text)  # a new prospect, not in the CRM
    text = without_other_accounts(text, account, account_list)  # "1) Warephase: 22k ... 2) Kan-code: 7,350"
    rivals = find_competitors(text, known=competitors, not_competitors=account_list, account=account)
    rivals = others_rivals(text, rivals, account, account_list)  # "Zoomit had evaluated Quorvia last year"
    rivals = without_slips(text, rivals)  # "a quote from Quorvia, sorry, I mean Lumora": Lumora only
    stage = find_stage(text) or _outcome(text, rivals, account)
    lowered = text.lower()
    others = [a for a in account_list if a != account and a.lower() in lowered] + rivals
    others += [short for a in others if (short := short_name(a))]  # "Globex's facilities director, Hank Scorpio"
    others += [r.split()[0] for r in rivals if " " in r]  # "the Kestrel account exec" for Kestrel CRM
    contacts = extract_contacts(
        our_titles(for_names(short_given_names(text))),  # "Ma. Teresa Villanueva": one name; "Notre DAF, X"
        exclude=people_to_ignore,
        account=account,
        other_orgs=others,
        not_names=PRODUCT_WORDS + TOOL_WORDS + TEAM_NAMES,
    )
    contacts = third_party_people(text, account, contacts)  # "Cc: Laura <l@partner-firm.example>"
    contacts = with_courtesy_titles(text, contacts)  # "la Sra. Ortiz": her title kept, as written
    contacts = german_departments(text, contacts)  # "Herr Bauer aus dem Controlling"
    contacts = said_glosses(text, contacts)  # "Leiter Einkauf, so head of purchasing": the English gloss
    contacts = with_sender_title(text, contacts)  # "From: Elena Petrova" over "I am Head of Procurement"
    contacts = tidy_contacts(text, contacts, others + account_list, account)  # "our GM, Mr. Radu Ionescu", "Ma. Teresa"
    contacts = reseller_people(text, contacts)  # "Reseller Islas Tech Distributors": no person, nor its staff
    contacts = lower_titled(text, contacts, others)  # "signed by their controller benji aldana"
    contacts = without_restated(text, contacts)  # "Kasia - Katarzyna Wójcik": one person, named in full
    contacts = untitled(text, contacts)  # "her colleague Marek (no title given)": no role
    contacts = asked_names(
        text, same_people(contacts)
    )  # "Can Lucy send ...?" asks Lucy; "Tomasza Nowaka", "Deniz Kaya'ya", "Mei Lin" beside the name in full
    amount = recounted(text, find_amount(text, rivals))  # "9 seats at 4,821 each ... make it 11 seats"
    amount = picked_option(text, amount)  # "> 12 seats = 6,600; 9 seats would be 4,950." / "Ok. 9 seats then."
    return DealUpdate(
        account=account,
        amount=amount,
        close_date=withdrawn_close(text, now, stage, find_close_date(text, now, stage)),  # "remove the close date"
        stage=stage,
        competitors=rivals,
        contacts=contacts,
        next_step=mail_step(text, find_next_step(text)),  # the newest mail's own request, not a quoted one
    )


def _outcome(text: str, rivals: list[str], account: str | None) -> str | None:
    """A stage the customer's own words give: a rival chosen (Lost), the order sent signed (Won); or the account
    said lost to a rival ("lost streethex to stackline")."""
    if rival_chosen(text, rivals) or account_lost_to(text, account, rivals) or lost_more(text, rivals):
        return "Lost"
    return "Won" if signed_paper(text) or won_more(text) else None


__all__ = ["DealUpdate", "KNOWN_COMPETITORS", "extract_update"]
