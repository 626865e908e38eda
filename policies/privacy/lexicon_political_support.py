"""Political-opinion cues for support given to a party or a politician: money donated, their content shared
on one's own social media or their face on one's profile, and volunteer work for a named person's campaign
("gave £25,000 to Reform UK", "reposts Chega videos every day", "Ventura's on his banner", "volunteering for
Petro's campaign").

Senses that must stay quiet: a firm's gift or a discount ("gave a 10% discount to Greens Ltd"), a party word
that goes on as something else ("posted the Labour market figures"), a charity's or a brand's campaign
("volunteering for Sarah's campaign shoot", "donated to Tom's Movember campaign")."""

from __future__ import annotations

from policies.privacy.lexicon_parties import POLITICIAN
from policies.privacy.lexicon_political import _NOT_A_FIRM, _NOT_THE_PARTY, _PARTY

# leaders the shared list leaves out because the bare name is also a place or a common surname ("Ventura
# County", "Petro" the fuel brand): read only here, where a banner, a repost or a donation makes them a politician
_MORE_LEADERS = (
    r"(?-i:Andr[ée] Ventura|Ventura|Gustavo Petro|Petro|Maduro|Boric|Kast|Vance|Jair Bolsonaro|"
    r"Geert Wilders|Marine Le Pen|Nigel Farage)"
)
_BACKED = (
    r"(?:" + _PARTY + r"(?: [Pp]arty)?" + _NOT_A_FIRM + _NOT_THE_PARTY + r"(?! (?:market|costs?|force|laws?|Day)\b)"
    r"|(?=(?-i:[A-Z]))" + POLITICIAN + r"|" + _MORE_LEADERS + r")"
)
# the party or politician ends its phrase: "contributed to the Democratic process" gives to no party
_ENDS = (
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|last|this|next|on|at|for|and|but|so|since|before|after|during|back|over|every|"
    r"each|via|when|while|until|ahead|the|a|an|\d)\b)"
)
# what a donation is given as, between the verb and "to" ("£25,000", "a big cheque", "two grand")
_AMOUNT = (
    r"(?:(?:an? |the |his |her |their |another )?(?:[£$€] ?[\d.,]+ ?(?:k|m|bn|million|thousand)?|\d[\d.,]* ?"
    r"(?:k|grand|quid|pounds|dollars|euros|bucks)|(?:[\w-]+ ){1,2}?(?:hundred|thousand|grand|quid|pounds|dollars|"
    r"euros|bucks)|(?:[\w-]+ ){0,2}?(?:donations?|sums?|cheques?|checks?|money|cash|"
    r"contributions?|gifts?|amounts?|loans?)) )?"
)
# an election campaign by its kind ("Dwyer's re-election campaign"); a bare "campaign" may be a brand's
_ELECTION = (
    r"(?:re-?election|election|presidential|mayoral|senate|senatorial|congressional|gubernatorial|leadership|"
    r"primary|parliamentary|council|political|runoff|run-off)"
)
# the ground work of a campaign, which only an election's has ("volunteering for", "canvassing for")
_GROUND_WORK = (
    r"(?:volunteer(?:s|ed|ing)?|canvass(?:es|ed|ing)?|door[- ]?knock(?:s|ed|ing)?|phone[- ]?bank(?:s|ed|ing)?|"
    r"leaflet(?:t?ing|ed|s)?|stuff(?:s|ed|ing)? envelopes)"
)
# a brand's or a charity's campaign, told by what follows it
_NOT_AN_ELECTION = (
    r"(?! (?:shoot|launch|assets?|brief|video|ads?|creative|page|team|emails?|for (?:the |a )?(?:charity|cancer|"
    r"hospital|school|shelter|food bank|hospice)|to raise)\b)"
)
# the party's own campaign or fund, after its name ("the Conservative leadership campaign", "the Greens' election
# fund"); a campaign that goes on as a brand's ("the Labour campaign shoot") is not one
_PARTY_FUND = (
    r"(?:['’]s?)? (?:" + _ELECTION + r" )?(?:campaign|war chest|fighting fund|campaign fund|election fund|"
    r"campaign chest)\b" + _NOT_AN_ELECTION
)
_SOCIAL_CONTENT = (
    r"(?:videos?|clips?|posts?|tweets?|memes?|content|reels?|shorts|speeches|talking points|propaganda|ads?|"
    r"stuff|messages|live ?streams?|graphics|infographics)"
)
_PROFILE = (
    r"(?:banner|profile (?:pic(?:ture)?|photo|image|header)|avatar|header(?: image| photo)?|cover (?:photo|image)|"
    r"display picture|(?-i:DP|PFP)|pfp)"
)

POLITICAL_SUPPORT = (
    (
        # money given to a party or a politician ("gave £25,000 to Reform UK", "a big donor to the SNP")
        r"\b(?:gave|gives|give|giving|donated|donates|donate|donating|contributed|contributes|contribute|"
        r"contributing|pledged|pledges|chipped in|chips in|bankrolled|bankrolls|bankrolling) "
        + _AMOUNT
        + r"(?:to|for) (?:the )?"
        + _BACKED
        + r"(?:"
        + _ENDS
        + r"|"
        + _PARTY_FUND
        + r")|\b(?:donor|donation|donations|contribution|contributions|bankroller) (?:of [^ ]+ )?"
        r"(?:to|for) (?:the )?"
        + _BACKED
        + r"(?:"
        + _ENDS
        + r"|"
        + _PARTY_FUND
        + r")|\b(?:gave|gives|donated|donates|donating|contributed|chipped in) "
        + _AMOUNT
        + r"(?:to|for) (?-i:[A-Z][a-z]+)(?:'s|’s) (?:\w+ )?"
        + _ELECTION
        + r" (?:campaign|bid|run|fund)\b",
        "person",
    ),
    (
        # their content shared on one's own feed ("reposts Chega videos pretty much every day", "shares Trump
        # clips"), their face on one's profile ("Ventura's on his banner", "her avatar is a Lula sticker")
        r"\b(?:re-?posts?|re-?posted|re-?posting|retweets?|retweeted|retweeting|re-?shares?|re-?shared|"
        r"re-?sharing|shares|shared|sharing|posts|posted|posting|forwards|forwarded|forwarding) (?:\w+ ){0,2}?"
        + _BACKED
        + r"(?:'s|’s)? (?:rally |campaign |election |party )?"
        + _SOCIAL_CONTENT
        + r"\b|\b"
        + _BACKED
        + r"(?:'s|’s| is| was) (?:\w+ )?on (?:his|her|their|my) (?:[\w-]+ )?"
        + _PROFILE
        + r"\b|\b(?:his|her|their|my) (?:[\w-]+ )?"
        + _PROFILE
        + r" (?:is|was|has|shows|showed|features|featured) (?:an? |the )?(?:\w+ )?"
        + _BACKED,
        "person",
    ),
    (
        # volunteer work for a named person's campaign ("volunteering for Petro's campaign since the first round")
        r"\b" + _GROUND_WORK + r" (?:\w+ ){0,2}?(?:for|on|with) (?-i:[A-Z][a-z]+)(?:'s|’s) (?:" + _ELECTION + r" )?"
        r"(?:campaign|candidacy|ticket)\b" + _NOT_AN_ELECTION,
        "person",
    ),
)
