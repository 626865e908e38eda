"""Political-opinion cues for the side a person takes at the ballot box: campaigning or canvassing for one side of
a referendum ("out campaigning for Yes", "door-knocking for Remain"), a party's poll watcher in Spanish or
Portuguese ("es interventora de Sumar", "apoderado del PP", "fiscal do PT"), and party membership or leafleting
said in Dutch or German ("al twintig jaar partijlid", "flyert voor de SP", "seit Jahren Parteimitglied").

Senses that must stay quiet: a yes or no to a deal ("campaigning for a yes from procurement", "campaigning for
yes-votes on the board"), an independent electoral officer ("interventor del Estado", "interventora general" of a
council's accounts) and a firm's members ("ledenvergadering van de vereniging")."""

from __future__ import annotations

from policies.privacy.lexicon_parties import PARTY

# the sides of a referendum, as their campaigns name them (with their capitals: "a yes" is an answer)
_SIDE = r"(?-i:Yes|YES|No|NO|Leave|Remain|Oui|OUI|Non|NON|S[íi]|Ja|JA|Nee|Nein|Brexit)"
_CAMPAIGN = (
    r"(?:campaign(?:ing|ed|s)?|canvass(?:ing|ed|es)?|leaflet(?:t?ing|t?ed)|door-?knocking|knocking doors|"
    r"phone-?banking|volunteer(?:ing|ed|s)?|stumping|rallying) for"
)
# "Yes" as an answer to a deal or a word in a product's copy ("for Yes on the pricing", "for Remain messaging")
_NOT_A_THING = r"(?!-)(?! (?:from|on|to|messaging|copy|button|votes?|answers?|branding|option)\b)"
_REFERENDUM = r"(?:referendum|référendum|referéndum|Volksabstimmung|Volksentscheid|indyref|independence vote)"

BALLOT_ROLES = (
    (
        # one side of a referendum ("campaigning for Yes in the independence referendum", "voted Leave")
        r"\b" + _CAMPAIGN + r" (?:the )?" + _SIDE + r"\b" + _NOT_A_THING + r"|"
        r"\b(?:vot(?:ing|ed|es|e)|voter) (?:for )?(?:the )?" + _SIDE + r"\b (?:\w+ ){0,3}?(?:in|on|at) (?:the |this |"
        r"next |last |a )?(?:\w+ ){0,2}?" + _REFERENDUM + r"|\b(?:the )?" + _SIDE + r" (?:campaign|side|camp)"
        r"(?:er|ers)? (?:\w+ ){0,2}?(?:in|for|of) (?:the |this )?(?:\w+ ){0,2}?" + _REFERENDUM,
        "person",
    ),
    (
        # a party's poll watcher: Spanish "interventor/apoderado", Portuguese "fiscal" and "delegado" of a party
        r"\b(?:interventor(?:a|es|as)?|apoderad[oa]s?|fiscal(?:es)? de (?:mesa|seção|urna)|fiscal) "
        r"(?:de |del |da |do |por |para )(?:la |el |o |a )?" + PARTY + r"\b",
        "person",
    ),
    (
        # Dutch and German party membership and election leafleting
        r"\b(?:partijlid|partijlidmaatschap|partijkader|Parteimitglied(?:schaft)?|Parteibuch)\b|"
        r"\b(?:flyert|flyeren|flyerde|folderen|foldert|foldert|plakt affiches|flyert sie|verteilt Flyer) "
        r"(?:\w+ ){0,2}?(?:voor (?:de |het )?" + PARTY + r"|elke verkiezing|bij (?:elke|iedere) verkiezing|"
        r"tijdens de verkiezingen|für (?:die )?" + PARTY + r")",
        "person",
    ),
)
