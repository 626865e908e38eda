"""draft_email: the only outbound tool. It writes a proposal for a human to approve; it never sends."""

from __future__ import annotations

import re
from datetime import timedelta

from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from agents.context import ToolContext
from agents.drafting import compose
from agents.tools.accounts import AccountFacts, matching_accounts
from agents.tools.addressee import contact_named, named_addressee
from agents.tools.base import ToolResult, make_tool
from agents.tools.draft_points import points, subject_for
from agents.tools.promises import promised
from bot.errors import NotFoundError
from bot.events import Block, Fact
from memory import queries
from memory.models import OPEN_STAGES, Contact, Deal, Direction, Interaction, InteractionKind, Product, User
from memory.normalise import name_key
from policies.approval import propose_email


class DraftEmailArgs(BaseModel):
    account: str = Field("", description="the customer account to write to")
    headquarters: str | None = Field(
        None, description='when no account is named: the country it is headquartered in ("our Japan-based account")'
    )
    request: str = Field(description="what the email should do, in the rep's words (e.g. 'follow up on pricing')")
    product: str | None = Field(None, description="the product or deal it is about, if any")
    subject: str | None = Field(None, description="a subject line, if you wrote one")
    body: str | None = Field(None, description="the email body, if you wrote one")


def draft_email(ctx: ToolContext, args: DraftEmailArgs) -> ToolResult:
    """Draft an email to an account's contact and put it up for the rep's approval. Nothing is sent:
    the rep approves, edits or rejects the draft on an approval card."""
    with ctx.session() as session:
        match = _addressed_account(session, args)
        contact = _primary_contact(session, match.id)
        if contact is None:
            raise NotFoundError(f"there is no contact on record for {match.name}; import one first")
        greeting, note = contact.name, None
        if (named := named_addressee(args.request, match.name, session.exec(select(User.name)))) is not None:
            on_record = contact_named(session.exec(select(Contact).where(Contact.account_id == match.id)), named)
            if on_record is not None:  # "a follow-up to Ines": that contact, not the first on record
                contact, greeting = on_record, on_record.name
            else:  # a buyer met on a call: greeted by name, sent to the contact on record unless the rep changes it
                greeting = named
                note = (f"{named} is not a contact on record at {match.name}, so it goes to {contact.name} unless "
                        "you change the recipient")  # fmt: skip
        deal, product = _relevant_deal(session, ctx, match.id, args.product)
        answering = _email_to_answer(session, match.id, contact.id) if _is_reply(args.request) else None
        asked = points(args.request, session.exec(select(User.name)))  # what the rep asked the email to say
        asked = asked or promised(args.request, ctx.user.name)  # "what I promised on that call", from the transcript
        draft = compose(
            request=args.request, account=match.name, contact_name=greeting, rep_name=ctx.user.name,
            product=product, asked=asked, product_named=args.product is not None,
        )  # fmt: skip
        proposal = propose_email(
            session,
            requested_by_id=ctx.user.id or 0,
            contact=contact,
            subject=args.subject
            or (_re(answering.subject) if answering and answering.subject else subject_for(asked) or draft.subject),
            body=args.body or draft.body,
            rationale=f"{ctx.user.name} asked: {args.request}",
            deal_id=deal.id if deal else None,
            drafted_by="dealbot",
            ttl=timedelta(hours=ctx.proposal_ttl_hours),
            in_reply_to=answering.source_ref if answering else None,
        )
    ctx.proposals.append(proposal.id)
    data = {
        "proposal_id": proposal.id, "status": proposal.status, "to": f"{contact.name} <{contact.email}>",
        "account": match.name, "subject": proposal.subject, "body": proposal.body, "blocked_reason": proposal.error,
        "note": note,
    }  # fmt: skip
    facts = (Fact("To", str(data["to"])), Fact("Subject", proposal.subject or ""), Fact("Status", str(proposal.status)))
    return ToolResult(data=data, blocks=(Block(title="Draft for approval", facts=facts),), proposal_id=proposal.id)


def _addressed_account(session: Session, args: DraftEmailArgs) -> queries.NameMatch:
    """The account written to: by name, or the one account headquartered where the rep says."""
    if args.account or not args.headquarters:
        match = queries.match_name(queries.account_names(session), args.account, cutoff=80)
        if match is None:
            raise NotFoundError(f"I can't find an account called {args.account!r}")
        return match
    labels: list[str] = []
    found = matching_accounts(session, AccountFacts.model_validate({"headquarters": args.headquarters}), labels) or []
    where = labels[0] if labels else f"accounts headquartered in {args.headquarters}"
    if not found:
        raise NotFoundError(f"there are no {where}, so I don't know whom to write to")
    if len(found) > 1:
        names = ", ".join(sorted(a.name for a in found))
        raise NotFoundError(f"{len(found)} {where} ({names}): say which one to write to")
    account = found[0]
    assert account.id is not None  # read from the store
    return queries.NameMatch(account.name, account.id, 100.0)


def _is_reply(request: str) -> bool:
    return re.search(r"\b(reply|respond|answer|get back to|write back)\b", request, re.IGNORECASE) is not None


def _email_to_answer(session: Session, account_id: int, contact_id: int | None) -> Interaction | None:
    """The latest inbound email from the account (its contact first) that has a Message-ID to thread on."""
    query = (
        select(Interaction)
        .where(Interaction.account_id == account_id, Interaction.kind == InteractionKind.EMAIL.value,
               Interaction.direction == Direction.INBOUND.value, col(Interaction.source_ref).startswith("<"))
        .order_by(col(Interaction.contact_id) != contact_id, col(Interaction.occurred_at).desc())
    )  # fmt: skip
    return session.exec(query).first()


def _re(subject: str) -> str:
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


def _primary_contact(session: Session, account_id: int) -> Contact | None:
    query = select(Contact).where(Contact.account_id == account_id)
    contacts = list(session.exec(query.order_by(col(Contact.email_opt_out), col(Contact.synthetic), col(Contact.id))))
    return contacts[0] if contacts else None


def _relevant_deal(
    session: Session, ctx: ToolContext, account_id: int, product: str | None
) -> tuple[Deal | None, str | None]:
    """The rep's open deal at the account (for the product, when named), else any open deal there."""
    products = {p.id: p.name for p in session.exec(select(Product))}
    wanted = name_key(product) if product else None
    open_deals = list(
        session.exec(
            select(Deal)
            .where(Deal.account_id == account_id, col(Deal.stage).in_([s.value for s in OPEN_STAGES]))
            .order_by(col(Deal.owner_id) != ctx.user.id, col(Deal.engage_date).desc())
        )
    )
    for deal in open_deals:
        if wanted is None or name_key(products[deal.product_id]) == wanted:
            return deal, products[deal.product_id]
    canonical = next((n for n in products.values() if wanted and name_key(n) == wanted), product)
    return None, canonical


DRAFT_EMAIL = make_tool(draft_email, DraftEmailArgs, outbound=True)
