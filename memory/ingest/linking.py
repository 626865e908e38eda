"""Who and what an interaction is about: participants to contacts by email address, then to the
account by email domain or by the account named in the text, then to that account's open deal.

An unknown sender becomes a contact only when their domain belongs to an account (and they are not
on the suppression list); anything that links to nothing is still stored, and listed as unlinked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from rapidfuzz import fuzz, utils
from sqlalchemy import case, func
from sqlmodel import Session, col, select

from bot.ingest_events import InboundItem, Party
from memory.extract.fields import find_account
from memory.models import OPEN_STAGES, Account, Contact, Deal, Direction, Stage, User
from memory.normalise import name_key
from memory.queries import match_name
from memory.suppression import email_hash, suppressed_hashes

# Mailbox providers: a domain that says nothing about the company.
PUBLIC_DOMAINS = frozenset(
    "gmail.com googlemail.com outlook.com hotmail.com live.com yahoo.com icloud.com me.com aol.com "
    "proton.me protonmail.com gmx.de gmx.net web.de mail.com yandex.ru".split()
)


@dataclass
class Link:
    """The result of linking one item."""

    direction: Direction
    account_id: int | None = None
    deal_id: int | None = None
    contact_id: int | None = None
    contact_ids: list[int] = field(default_factory=list)
    how: str = "unlinked"  # contact-email, domain, named-in-text, unlinked
    open_deals: int = 0
    created_contacts: list[str] = field(default_factory=list)
    suppressed: bool = False
    logged_by_id: int | None = None  # the author of a note, when they are one of our users

    def summary(self) -> dict[str, Any]:
        return {"how": self.how, "open_deals": self.open_deals, "contact_ids": self.contact_ids,
                "created_contacts": self.created_contacts}  # fmt: skip


class Linker:
    """Caches the store's contacts, accounts, users and open deals for a batch of items."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.accounts = {a.id: a for a in session.exec(select(Account)) if a.id is not None}
        self.account_names = {a.name: i for i, a in self.accounts.items()}
        self._name_keys = {i: name_key(a.name) for i, a in self.accounts.items()}  # in account order, as before
        self.contacts = {c.email.lower(): c for c in session.exec(select(Contact))}
        by_name: dict[str, list[Contact]] = {}
        for c in self.contacts.values():
            by_name.setdefault(" ".join(c.name.lower().split()), []).append(c)
        self.contacts_by_name = {n: cs[0] for n, cs in by_name.items() if len(cs) == 1}  # unambiguous only
        users = list(session.exec(select(User)))
        self.user_names = [u.name for u in users]
        self.users_by_key = {k: u for u in users if u.id is not None for k in (u.name.lower(), (u.email or "").lower())}
        self.users_by_key.pop("", None)
        self.our_emails = {u.email.lower() for u in users if u.email}
        self.our_domains = {_domain(e) for e in self.our_emails} | {"ourteam.example"}
        self.suppressed = suppressed_hashes(session)
        self.domains = self._account_domains()
        self._deals: dict[int, list[tuple[int, int]]] = {}

    def _account_domains(self) -> dict[str, int]:
        """Company domains: an account's ``domain`` attribute, its contacts' domains, and domains whose
        name is the account's name ("cancity.example" for Cancity)."""
        domains: dict[str, int] = {}
        for account_id, account in self.accounts.items():
            for d in (account.attributes or {}).get("domains", []) + [(account.attributes or {}).get("domain")]:
                if isinstance(d, str) and d:
                    domains[d.lower()] = account_id
        for c in self.contacts.values():
            d = _domain(c.email)
            if c.account_id is not None and d and d not in PUBLIC_DOMAINS and d not in self.our_domains:
                domains.setdefault(d, c.account_id)
        return domains

    def account_for_domain(self, domain: str) -> int | None:
        if not domain or domain in PUBLIC_DOMAINS or domain in self.our_domains:
            return None
        if domain in self.domains:
            return self.domains[domain]
        labels = domain.split(".")
        keys = {name_key(label) for label in labels[:-1]}  # the labels before the top-level domain
        for account_id, key in self._name_keys.items():
            if key in keys:
                self.domains[domain] = account_id
                return account_id
        return None

    def link(self, item: InboundItem) -> Link:
        """Link ``item``; may add contacts to the session (flushed by the caller's commit)."""
        parties = [p for p in item.participants if p.email]
        ours = [p for p in parties if self._is_ours(p)]
        link = Link(direction=_direction(item, ours, parties))
        link.suppressed = any(email_hash(p.email or "") in self.suppressed for p in parties if not self._is_ours(p))
        external = [p for p in parties if not self._is_ours(p)]
        for party in external:
            contact = self.contacts.get(party.email or "")
            if contact is None and party is item.sender and not link.suppressed:
                contact = self._maybe_create(party)
                if contact is not None:
                    link.created_contacts.append(contact.email)
            if contact is not None and contact.id is not None:
                link.contact_ids.append(contact.id)
                if link.contact_id is None:
                    link.contact_id = contact.id
                if link.account_id is None and contact.account_id is not None:
                    link.account_id, link.how = contact.account_id, "contact-email"
        for party in item.participants:  # transcript speakers carry names only
            contact = None if party.email else self.contacts_by_name.get(" ".join((party.name or "").lower().split()))
            if contact is not None and contact.id is not None and contact.id not in link.contact_ids:
                link.contact_ids.append(contact.id)
                link.contact_id = link.contact_id or contact.id
                if link.account_id is None and contact.account_id is not None:
                    link.account_id, link.how = contact.account_id, "contact-name"
        if link.account_id is None:
            for party in external:
                account_id = self.account_for_domain(_domain(party.email or ""))
                if account_id is not None:
                    link.account_id, link.how = account_id, "domain"
                    break
        author = self.author_of(item)
        link.logged_by_id = author.id if author is not None else None
        if self._link_hints(item, link):
            return link
        if link.account_id is None:
            hint = re.sub(r"[_.-]+", " ", PurePath(item.source or "").stem)  # "cancity_call_2017-03-20.vtt"
            named = find_account(f"{item.subject or ''}\n{hint}\n{item.text[:5000]}", self.account_names)
            if named in self.account_names:
                link.account_id, link.how = self.account_names[named], "named-in-text"
        if link.account_id is None and author is not None and author.id is not None:
            self._link_authors_deal(item, author.id, link)
        if link.account_id is not None and link.deal_id is None:
            link.deal_id, link.open_deals = self.open_deal(link.account_id, owner_id=link.logged_by_id)
        return link

    def author_of(self, item: InboundItem) -> User | None:
        """The user who logged ``item`` (by email, else by exact name), or None."""
        if item.author is None:
            return None
        for key in (item.author.email, item.author.name):
            user = self.users_by_key.get((key or "").strip().lower())
            if user is not None:
                return user
        return None

    def _link_hints(self, item: InboundItem, link: Link) -> bool:
        """The sender's own word on the deal or account (HTTP ``deal`` / ``account``); True when it decided."""
        if item.deal_hint:
            wanted = item.deal_hint.strip().upper()
            deal = self.session.exec(select(Deal).where(func.upper(Deal.external_id) == wanted)).first()
            if deal is not None and deal.id is not None:
                link.account_id, link.deal_id, link.how = deal.account_id, deal.id, "deal-hint"
                link.open_deals = self.open_deal(deal.account_id)[1] if deal.account_id is not None else 0
                return True
        if item.account_hint:
            match = match_name(self.account_names, item.account_hint, cutoff=85)
            if match is not None:
                link.account_id, link.how = match.id, "account-hint"
                link.deal_id, link.open_deals = self.open_deal(match.id, owner_id=link.logged_by_id)
                return True
        return False

    def _link_authors_deal(self, item: InboundItem, author_id: int, link: Link) -> None:
        """A note that names no known account: one of its author's accounts written loosely ("Cancty"), or
        the author's only open deal."""
        rows = list(
            self.session.exec(
                select(Deal.id, Deal.account_id).where(
                    Deal.owner_id == author_id, col(Deal.stage).in_([s.value for s in OPEN_STAGES])
                )
            )
        )
        names = {self.accounts[a].name: a for _, a in rows if a is not None and a in self.accounts}
        words = re.findall(r"[A-Za-z][\w&'-]*", item.text[:500])
        spans = {" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}
        # plain edit distance, not WRatio: a partial match would take "city" for "Cancity"
        best = max(
            ((n, fuzz.ratio(n, s, processor=utils.default_process)) for n in names for s in spans if len(s) >= 4),
            key=lambda pair: pair[1], default=None,
        )  # fmt: skip
        if best is not None and best[1] >= 85:
            account_id = names[best[0]]
            link.account_id, link.how = account_id, "author-account"
            link.deal_id, link.open_deals = self.open_deal(account_id, owner_id=author_id)
        elif len(rows) == 1 and rows[0][0] is not None:
            link.deal_id, link.account_id, link.how, link.open_deals = rows[0][0], rows[0][1], "author-deal", 1

    def _is_ours(self, party: Party) -> bool:
        email = (party.email or "").lower()
        return email in self.our_emails or _domain(email) in self.our_domains

    def _maybe_create(self, party: Party) -> Contact | None:
        account_id = self.account_for_domain(_domain(party.email or ""))
        if account_id is None or not party.email:
            return None
        name = party.name or _name_from_address(party.email)
        contact = Contact(name=name[:200], email=party.email, account_id=account_id,
                          attributes={"source": "ingest"})  # fmt: skip
        self.session.add(contact)
        self.session.flush()
        self.contacts[party.email] = contact
        return contact

    def open_deal(self, account_id: int, *, owner_id: int | None = None) -> tuple[int | None, int]:
        """The account's open deal (Engaging before Prospecting, latest engaged first) and how many are open;
        with ``owner_id`` (a rep's note), that rep's own open deal there comes first."""
        if account_id not in self._deals:
            order = case((col(Deal.stage) == Stage.ENGAGING.value, 0), else_=1)
            rows = list(
                self.session.exec(
                    select(Deal.id, Deal.owner_id)
                    .where(Deal.account_id == account_id, col(Deal.stage).in_([s.value for s in OPEN_STAGES]))
                    .order_by(order, col(Deal.engage_date).desc(), col(Deal.id))
                )
            )
            self._deals[account_id] = [(deal_id, owner) for deal_id, owner in rows if deal_id is not None]
        deals = self._deals[account_id]
        own = [d for d, owner in deals if owner_id is not None and owner == owner_id]
        chosen = own[0] if own else (deals[0][0] if deals else None)
        return chosen, len(deals)


def _direction(item: InboundItem, ours: list[Party], parties: list[Party]) -> Direction:
    if item.kind in ("note", "voice_note"):
        return Direction.INTERNAL
    if item.kind != "email" or item.sender is None:
        return Direction.INBOUND
    if item.sender in ours:
        return Direction.INTERNAL if len(ours) == len(parties) else Direction.OUTBOUND
    return Direction.INBOUND


def _domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].lower() if "@" in email else ""


def _name_from_address(email: str) -> str:
    local = email.split("@", 1)[0]
    return " ".join(part.capitalize() for part in re.split(r"[._-]+", local) if part) or email
