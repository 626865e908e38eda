"""Budget cues for the funding source of a public-sector, school or hospital buyer steered to another project or cut: a
gift, donation, grant, endowment or appropriation "redirected to the new maternity wing", "reallocated to student
hardship bursaries" or "withdrawn". The money words of cues_budget.py are a company's (budget, funds, money); these
buyers name the source instead, and its loss is as real whatever they still think of the product.
"""

from __future__ import annotations

from agents.insights.cues import Cue, cue

# the source named, perhaps with whose and which it is: "this year's digital-health gift", "the Title IV grant";
# not the paperwork about it ("the grant application", "the donation letter")
_SOURCE = (
    r"(?:gift|donation|grant|endowment(?: income)?|bequest|appropriation|subsidy|subvention|levy"
    r"|bond (?:money|proceeds)|stimulus (?:money|funds?))(?:s|(?: income| payout| payment)s?)?\b"
    # not a person or place named Grant: "the Grant's non-firm power", "Grant County"
    r"(?!'s\b|\s+(?-i:[A-Z]))"
    r"(?! (?:application|bid|request|letter|form|paperwork|report|agreement|enquiry|inquiry|question|officer|office"
    r"|team|portal|deadline|criteria|rules|conditions|terms|reference|number|code|id|details|name|wording|clause"
    r"|section|field|logo|page|template)s?\b)"
)
# a few words naming which source ("the Title IV grant", "this year's digital-health gift"), none of them a
# preposition that starts something else ("a first cut at valuing the grant")
_WHICH = r"(?:(?!(?:at|of|on|in|for|to|from|with|by|and|or|as)\b)[\w'-]+ ){0,3}?"
_STEERED = r"(?:redirect|reallocat|re-allocat|divert|repurpos|reassign)(?:e|es|ed|ing|s)?"
# the source cut or taken back: "the state cut our technology grant", "the donation was cut in half"
_CUT = (
    r"(?:cut|slashed|slash(?:es|ing)?|halved|reduced|withdr[ae]wn?|pulled|revoked|rescinded|frozen|froze|clawed back"
    r"|scrapped|axed|cancell?ed|removed|terminated)"
)
# steered onto this purchase is no loss: "redirected part of its gift to cover the licences", "towards your rollout"
_ELSEWHERE = (
    r"(?:towards?|into|to)\b(?! (?:this|us|you|your|it|cover|pay|fund|buy|finance|the (?:deal|purchase|order|contract"
    r"|licen[cs]es|seats|crm|project|rollout|roll-out|software|platform)|our (?:order|purchase|deal|contract"
    r"|licen[cs]es|seats|rollout|roll-out)|(?:GTX|GTK|MG)\b))"
)

GRANT_REDIRECTED: tuple[Cue, ...] = (
    # active: "the trustees redirected this year's donation to the children's ward" (a few words may name which:
    # "the capital appropriation that covered this")
    cue(
        rf"\b{_STEERED} (?:the |our |its |their |this year's |next year's |part of (?:the |our |its |their )?)?"
        rf"{_WHICH}{_SOURCE}[^.;]{{0,60}}?\b{_ELSEWHERE}",
        0.85,
    ),
    # passive: "the alumni endowment income we planned to use has been reallocated to student hardship bursaries"
    cue(
        rf"\b{_SOURCE}[^.;]{{0,60}}?\b(?:has|have|had|was|were|is being|are being|got)(?: (?:now|just|since|already"
        rf"|quietly))?(?: been)? (?:now )?{_STEERED}\b(?: [\w'-]+){{0,3}}? {_ELSEWHERE}",
        0.85,
    ),
    # cut or taken back, either way round: "the state cut our technology grant", "the community grant that was paying
    # for this has been withdrawn", "our endowment payout was slashed"
    cue(
        rf"\b{_CUT} (?:the |our |its |their |this year's |next year's |all (?:of )?(?:the |our )?)?{_WHICH}{_SOURCE}"
        rf"|\b{_SOURCE}[^.;]{{0,60}}?\b(?:has|have|had|was|were|is being|are being|got)(?: (?:now|just|since"
        rf"|already|quietly))?(?: been)? (?:now )?{_CUT}\b",
        0.85,
    ),
)
