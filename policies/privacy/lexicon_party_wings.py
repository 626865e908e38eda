"""Political-opinion cues for a party's youth and student wings, and for a candidacy on a party's list told in
the languages a rep meets it in.

- a wing named by its own name, with a part taken in it ("chairing the Young Conservatives' annual dinner",
  "president of the College Republicans", "a Jusos member", "joined the Junge Union");
- a place on a party's list or ticket ("va en la lista de Vox para las municipales", "candidate sur la liste
  du PS", "nella lista del Partito Democratico", "auf der Liste der Grünen").

Senses that must stay quiet: a wing's office as a place ("the hotel next to the Young Republicans' HQ"), a list
that is no party's ("en la lista de espera", "sur la liste des invités"), and a wing in the news ("the Young
Conservatives have a new chair")."""

from __future__ import annotations

from policies.privacy.lexicon_political import _NOT_A_FIRM, _NOT_THE_PARTY, _PARTY

# party youth and student wings by their own names (capitals kept: "young conservatives" may be an age)
_WING = (
    r"(?-i:Young (?:Conservatives?|Republicans?|Democrats?|Labour|Liberals?|Greens?|Socialists?|Fine Gael|"
    r"Unionists?|Communists?|Libertarians?|Reformers?)|College (?:Republicans?|Democrats?)|Teenage Republicans|"
    r"Conservative Future|Labour Students|Conservative Students|Liberal Youth|Ógra (?:Fianna Fáil|Shinn Féin)|"
    r"Junge (?:Union|Liberale|Alternative)|JuLis|Jusos|Grüne Jugend|Linksjugend|Jeunes (?:Républicains|"
    r"Socialistes|Écologistes|Insoumis|Communistes|Démocrates)|Nuevas Generaciones|Juventudes Socialistas|"
    r"Giovani Democratici|Gioventù Nazionale|Juventude Socialista|Juventude Popular|Jonge Democraten|"
    r"(?:CDU|SPD|FDP|Labour|Tory|Conservative|Republican|Democratic|Liberal|Green) youth wing)"
)
# what a person does with or in it
_PART_TAKEN = (
    r"(?:chair(?:s|ed|ing)?|chairman of|chairwoman of|chair of|president of|treasurer of|secretary of|head of|"
    r"leader of|member of|officer of|runs?|ran|running|leads?|led|leading|organi[sz](?:es|ed|ing|er of)|host(?:s|ed|"
    r"ing)?|joined|joins|joining|rejoined|left|quit|active in|involved (?:in|with)|volunteers? (?:for|with)|"
    r"volunteered (?:for|with)|(?:went|goes|going|go) to|attend(?:s|ed|ing)?|speak(?:s|ing)? at|spoke at|at|"
    r"back from)"
)
# a wing's office or building, which is a place and no one's politics
_NOT_A_PLACE = r"(?!['’]?s?['’]? (?:headquarters|HQ|offices?|building|premises)\b)"
_GATHERING = (
    r"(?:dinner|gala|ball|conference|convention|meeting|fundraiser|rally|event|barbecue|barbeque|social|drinks|"
    r"reception|summer school|AGM|hustings|campaign|canvass|awards)"
)
# a list or ticket a candidate stands on, in Spanish, Portuguese, Italian, French, German and Dutch (and a
# candidate "for" or "of" a party); the party must follow, so a waiting or guest list stays out
_ON_THE_LIST = (
    r"(?:(?:la|las) listas? (?:de|del)|se presenta (?:por|con)|candidatura (?:de|del)|(?:est[áa]|vai|entra|"
    r"figura) na lista (?:d[oa]|de)|"
    r"(?:est|figure|se pr[ée]sente|candidate?|candidat) sur la liste (?:de|du|des|d')|t[êe]te de liste (?:de|du|"
    r"des|d')?|(?:[èe]|sar[àa]|corre|candidat[oa]) nella lista (?:del|della|di|dei)|steht auf der (?:\w+ )?"
    r"Liste (?:der|des|von)|kandidiert auf der Liste (?:der|des|von)|staat op de (?:kandidaten)?lijst van|"
    r"candidat[oa]s? (?:de|del|por|pelo|pela|do|da|per|con|dei|della)|candidate? (?:du|de|des|pour|d')|"
    r"Kandidat(?:in)? (?:der|des|f(?:ü|ue)r die|f(?:ü|ue)r den)|kandidaat (?:voor|van)) ?(?:la |el |le |les |los |"
    r"die |den |de |il |lo |l')?"
)

PARTY_WINGS = (
    (
        # a part taken in a wing, or a wing's own gathering ("chairing the Young Conservatives' dinner")
        r"\b" + _PART_TAKEN + r" (?:the |a |an |his |her |my |their |our )?(?:local |university |campus |"
        r"county |state |regional |national )?(?:[\w'’-]+ )?"
        + _WING
        + r"\b"
        + _NOT_A_PLACE
        + r"|\b"
        + _WING
        + r"(?:['’]s?|['’])? (?:\w+ ){0,2}?"
        + _GATHERING
        + r"s?\b|\b(?:a|an|his|her|my|their) (?:former |active |local )?"
        + _WING
        + r" (?:member|chair|president|activist|officer|treasurer|secretary|organi[sz]er|volunteer|candidate)s?\b",
        "person",
    ),
    (
        # a place on a party's list, in another language ("va en la lista de Vox para las municipales")
        r"\b" + _ON_THE_LIST + _PARTY + r"\b" + _NOT_A_FIRM + _NOT_THE_PARTY,
        "person",
    ),
)
