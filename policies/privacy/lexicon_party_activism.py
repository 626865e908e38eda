"""Political-opinion cues for a person's work for a party named however the writer likes ("super active with the
Lebanese Forces party", "active in the local Labor party"), and the French activist's words: "militante chez les
Verts", "militant antifa", "fait du porte-à-porte pour eux", "tracte pour le PS".

Senses that must stay quiet: a celebration ("active with the Christmas party committee"), a firm's sales door to
door ("fait du porte-à-porte pour vendre"), a sales campaign ("une campagne pour le produit"): so the party must
be named in capitals before "party" and not be a social one, and the canvassing done for a party or its people."""

from __future__ import annotations

# a party's name in capitals before "party" ("the Lebanese Forces party"); a celebration's name is not one
_SOCIAL = (
    r"(?!(?:Christmas|Xmas|Holiday|Office|Summer|Winter|Birthday|Launch|Garden|Dinner|House|Pizza|Leaving|Farewell|"
    r"Retirement|Team|Halloween|Engagement|Bachelor|Bachelorette|Hen|Stag|Cocktail|Block|Street|Beach|Pool|Costume|"
    r"Release|Kickoff|Networking|Welcome|Graduation|Anniversary|Work|Company|Staff|Charity|Baby|Watch|Dance|Lunch|"
    r"Karaoke|Tailgate|Bowling|Boat|Closing|Opening|Third|Working|Interested|Responsible|Requesting|Contracting|"
    r"Other|Each|Either|Any|The|A|An|Our|Their)\b)"
)
_NAMED_PARTY = r"(?:(?-i:" + _SOCIAL + r"[A-Z][\w'’-]+) ){1,3}(?-i:[Pp]arty)\b"
# French parties and the creeds a militant is called by
_FR_PARTY = (
    r"(?-i:Verts|Écologistes|Ecologistes|EELV|PS|LR|RN|LFI|PCF|NPA|Renaissance|Horizons|MoDem|Insoumis|"
    r"Républicains|Reconquête|Rassemblement [Nn]ational|Parti [Ss]ocialiste|Parti [Cc]ommuniste|Front [Nn]ational|"
    r"France [Ii]nsoumise|Lutte [Oo]uvrière|UDI|Place [Pp]ublique|Génération\.?s)"
)
_CREED = (
    r"(?:antifa|écolo|écologiste|communiste|socialiste|insoumise?|anticapitaliste|identitaire|royaliste|"
    r"d'extrême[- ](?:gauche|droite)|de gauche|de droite|trotskiste|anarchiste|souverainiste)"
)
PARTY_ACTIVISM = (
    (
        r"\b(?:(?:very|super|really|quite|pretty|highly|politically|so) )?active (?:in|with|for|on behalf of) "
        r"(?:the |his |her |their |a )?(?:local )?" + _NAMED_PARTY,
        "person",
    ),
    (
        r"\bmilitante?s? (?:chez |à |au |aux |pour |dans |du |de |des |avec )(?:les |la |le |l')?"
        + _FR_PARTY
        + r"\b|\bmilitante? "
        + _CREED
        + r"\b|\bmilite (?:chez|à|au|pour|dans) (?:les |la |le |l')?"
        + _FR_PARTY
        + r"\b",
        "person",
    ),
    (
        # canvassing and leafleting done for a party or its people ("fait du porte-à-porte pour eux", "tracte
        # pour le PS")
        r"\b(?:fait|faisait|fera|faire|fais|a fait) (?:du porte-à-porte|du porte à porte|du tractage|campagne) pour "
        r"(?:eux|elle|lui|le parti|la liste|le candidat|la candidate|(?:les |la |le |l')?" + _FR_PARTY + r"\b)|"
        r"\b(?:tracte|tractait|colle des affiches) pour (?:eux|le parti|(?:les |la |le |l')?" + _FR_PARTY + r"\b)",
        "person",
    ),
)
