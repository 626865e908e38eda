"""Political-opinion cues for hands-on work at a party's event named by the party: running its market stall,
staffing its stand, organising its hustings or phone bank ("running the Vänsterpartiet stall at the market",
"the Green Party hustings he's organising", "helps out on the Labour street stall").

Senses that must stay quiet: the event with no one working it ("the Labour hustings moved to Tuesday"), a
stall that is no party's ("the Labour Day stall", "the Green Energy stand"), and talk about the event rather
than work at it ("asked about the SNP stall")."""

from __future__ import annotations

from policies.privacy.lexicon_political import _PARTY

_WORK = (
    r"(?:running|runs|ran|run|manning|mans|manned|staffing|staffs|staffed|organi[sz](?:ing|es|ed|e)|set(?:ting)? up|"
    r"(?:helping|helps|helped|volunteering|volunteers|volunteered) (?:out )?(?:at|on|with|for))"
)
_EVENT = r"(?:(?:street |market )?(?:stall|stand)|hustings|phone ?bank|canvass(?:ing)? session|leaflet drop)s?"

PARTY_STALLS = (
    (
        r"\b" + _WORK + r" (?:the |a |their |his |her |my )?(?:local |village |town )?" + _PARTY
        + r"(?: [Pp]arty)? " + _EVENT + r"\b"
        # the event first, then who works it ("the Green Party hustings he's organising")
        + r"|" + _PARTY + r"(?: [Pp]arty)? " + _EVENT + r" (?:that )?(?:he|she|they|I)(?:['’]s|['’]re|['’]m| is| "
        r"was| are| were| am)? ?" + _WORK + r"\b",
        "person",
    ),
)  # fmt: skip
