"""Political-opinion cues for a piece someone wrote for or against a party or a government: "jailed for
writing an op-ed against the ruling party", "she penned a column attacking the government", "wrote an
editorial backing the Greens". What a person publishes against those in power tells their opinion.

Senses that must stay quiet: a piece about business or a policy that is no party's ("wrote a column against
the new accounting standard", "published an article criticising the vendor's pricing"), and a piece that
only reports on a party ("wrote an op-ed about the ruling party's tax bill")."""

from __future__ import annotations

_WROTE = r"(?:wrote|writing|written|writes|write|published|publishing|penned|penning|posted|posting|signed)"
_PIECE = (
    r"(?:an? |the |his |her |their |my )?(?:op-?eds?|columns?|editorials?|articles?|blog posts?|essays?|"
    r"pieces?|open letters?|letters? to the editor)"
)
_STANCE = (
    r"(?:against|criticising|criticizing|attacking|denouncing|condemning|slamming|in support of|supporting|"
    r"backing|defending|praising)"
)
_POWER = (
    r"(?:the |a |his |her |their )?(?:ruling party|government|regime|junta|president|prime minister|opposition|"
    r"(?-i:[A-Z])[\w-]+ (?-i:[Pp])arty|(?-i:[A-Z])[\w-]+ government|(?-i:Labour|Tories|Conservatives|Democrats|"
    r"Republicans|Greens|Liberal Democrats|Lib Dems))"
)

OP_EDS = ((r"\b" + _WROTE + r" " + _PIECE + r" (?:\w+ ){0,3}?" + _STANCE + r" " + _POWER + r"\b", "person"),)
