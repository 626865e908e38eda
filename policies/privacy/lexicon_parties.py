"""Names for the political-opinion cues (:mod:`.lexicon_political`): parties, movements, politicians, the
slogans and insignia supporters wear, and the issues people argue about.

Names keep their capitals, so that the everyday words some resemble stay quiet ("labour costs", "a green
light", "the national team"); acronyms that are mostly something else in business mail (CDA, PRI, SVP, PPC,
BBB, AAP, XR, BLM) and names shorter than three letters are left out, since a name alone sets off some cues.
"""

from __future__ import annotations

_ANGLOSPHERE = (
    r"Labour(?! Day)|Labor(?! (?:Day|Department|Relations|Board|Code|[Ll]aw))|Conservatives?|Tory|Tories|Lib ?Dems?|"
    r"Liberal Democrats?|Democratic Socialists(?: of America)?|"
    r"Democrats?|Democratic|Republicans?|DSA|GOP|Liberals?|Dems|SNP|UKIP|Reform UK|Green Party|Sinn F[ée]in|"
    r"Fianna F[áa]il|Fine Gael|Plaid Cymru|DUP|UUP|SDLP|Aont[úu]|People Before Profit|NDP|Bloc Qu[ée]b[ée]cois|"
    r"Parti Qu[ée]b[ée]cois|One Nation|NZ First|Te P[āa]ti M[āa]ori|Working Families Party|Tea Party|MAGA|"
    r"Freedom Caucus|Justice Democrats"
)
_EUROPE = (
    r"PSOE|PVV|VVD|D66|GroenLinks|PvdA|ChristenUnie|SGP|FvD|Forum voor Democratie|JA21|N-VA|Vlaams Belang|PVDA|"
    r"PTB|Groen|Ecolo|Vooruit|Open VLD|FPÖ|ÖVP|SPÖ|NEOS|Grünen?|BSW|Bündnis 90|Piratenpartei|Die Mitte|LFI|PCF|EELV|"
    r"Reconquête|Reconquete|MoDem|M5S|Lega|FdI|Fratelli d'Italia|Forza Italia|Partito Democratico|Italia Viva|"
    r"Vox|La France [Ii]nsoumise|France [Ii]nsoumise|Les R[ée]publicains|En Marche|Europe [ÉE]cologie|Rassemblement "
    r"National|National Front|Front National|Partido Popular|Ciudadanos|Sumar|Podemos|Junts|EH Bildu|Bildu|BNG|"
    r"Chega|Iniciativa Liberal|Bloco de Esquerda|Livre|Partido Socialista|Partido Social Democrata|CDS-PP|"
    r"CSU|CDU|SPD|FDP|AfD|Freie W[äa]hler|Die Linke|Parti Socialiste|"
    r"Syriza|PASOK|KKE|New Democracy|Fidesz|Jobbik|PiS|Civic Platform|Civic Coalition|Konfederacja|Lewica|"
    r"Left Alliance|Vasemmistoliitto|National Coalition|Kokoomus|Perussuomalaiset|Keskusta|Red-Green Alliance|"
    r"Enhedslisten|Venstre|Socialdemokratiet|Dansk Folkeparti|H[øo]yre|Arbeiderpartiet|Fremskrittspartiet|"
    r"Senterpartiet|R[øo]dt|Moderaterna|Sverigedemokraterna|V[äa]nsterpartiet|Socialdemokraterna|Five Star|"
    # Nordic parties by the English names notes give them ("councillor for the Moderates")
    r"Moderates|Moderaterne"
)
_REST_OF_WORLD = (
    r"Likud|Yesh Atid|BJP|Shiv Sena|DMK|AIADMK|Komeito|LDP|ANC|EFF|AKP|MHP|HDP|PSOL|PSDB|Morena|Kuomintang|KMT"
)
# a party that is a celebration, not a political one ("the Christmas Party committee", "our Launch Party meeting")
_SOCIAL = (
    r"(?!(?:Christmas|Xmas|Holiday|Holidays|Office|Summer|Winter|Birthday|Launch|Garden|Dinner|House|Pizza|Leaving|"
    r"Farewell|Retirement|Team|Third|Halloween|Engagement|Bachelor|Bachelorette|Hen|Stag|Cocktail|Block|Street|"
    r"Beach|Pool|Costume|Release|Kickoff|Networking|Welcome|Graduation|Anniversary|Work|Company|Staff|Charity|Baby|"
    r"Watch|Dance|Lunch|Appreciation|Wrap|Karaoke|Tailgate|Bowling|Boat|Closing|Opening|Victory) Party)"
)
# a party named for the people it speaks for ("the Pensioners' Alliance", "the Farmers' Party"); "Union" and
# "Association" are left out, as those are a trade's or a street's ("the Workers' Union", "Residents' Association")
_CONSTITUENCY = (
    r"(?:Pensioners|People|Citizens|Farmers|Taxpayers|Voters|Patriots|Seniors|Workers)['’]s? (?:Party|Alliance|"
    r"League|Front|Movement|Coalition|Bloc)"
)
PARTY = (
    r"(?-i:" + "|".join((_ANGLOSPHERE, _EUROPE, _REST_OF_WORLD)) + r"|Socialists?|Communists?|Greens?|"
    r"Libertarians?|[A-Z][a-z]+ Democrats|" + _CONSTITUENCY + r"|" + _SOCIAL + r"[A-Z][a-z]+ Party)"
)
# movements people join, march with or wear the badge of ("an Extinction Rebellion activist", "marches with the
# gilets jaunes")
MOVEMENT = (
    r"(?-i:Extinction Rebellion|Black Lives Matter|Just Stop Oil|Insulate Britain|Animal Rebellion|Occupy|"
    r"Fridays for Future|Sunrise Movement|Last Generation|Letzte Generation|Ende Gel[äa]nde|Proud Boys|"
    r"Oath Keepers|QAnon|Antifa|antifa|[Gg]ilets [Jj]aunes|Yellow Vests|Tea Party|MAGA|Stop the Steal|"
    r"Women's March|March for Life|Moms for Liberty|Turning Point USA|Palestine Action|Hope not Hate|"
    r"Stand Up to Racism)"
)
# the names people vote for or back ("voting Trump again", "a Corbyn supporter")
POLITICIAN = (
    r"(?-i:Trump|Biden|Obama|Harris|Clinton|Sanders|Bernie|DeSantis|Haley|AOC|Corbyn|Starmer|Sunak|Farage|Boris|"
    r"Sturgeon|Salmond|Macron|Le Pen|M[ée]lenchon|Merz|Scholz|Meloni|Orb[áa]n|Wilders|Modi|Bolsonaro|Lula|Milei|"
    r"Trudeau|Poilievre|Erdo[gğ]an|Netanyahu|MAGA|Walz|Kamala|Luxon|Ardern|Badenoch|Weidel|Bardella|Zemmour|"
    r"Abascal|Feij[óo]o|Kickl|Kaczy[ńn]ski|Babi[šs]|Mitsotakis|Kejriwal|Ramaphosa|Malema|Obrador|AMLO|Sheinbaum|"
    r"Bukele)"
)
# what a campaign's supporters chant, wear or stick on their car ("a Make America Great Again cap", "Get
# Brexit Done badge")
SLOGAN = (
    r"(?-i:Make America Great Again|Keep America Great|America First|Let'?s Go Brandon|Stop the Steal|Build the "
    r"Wall|Lock (?:Her|Him) Up|Feel the Bern|I'?m With Her|Yes We Can|Get Brexit Done|Take Back Control|Vote Leave|"
    r"Stronger In|For the Many,? Not the Few|Black Lives Matter|Blue Lives Matter|All Lives Matter|Don'?t Tread "
    r"on Me|Free Palestine|From the River to the Sea|Defund the Police|Back the Blue|Abolish ICE|My Body,? My "
    r"Choice|Trans Rights Are Human Rights|Lula Livre|Ele N[ãa]o|Not My President|Refugees Welcome|Yes Scotland|"
    r"YesCymru|Yes Cymru|Tiocfaidh [áa]r l[áa]|(?:Trump|Biden|Harris|Bernie|Obama|Vance) 20\d\d|Biden-Harris|"
    r"Harris-Walz|Trump-Vance|MAGA)"
)
# what a supporter wears or puts up ("in a Lula shirt", "a Trump flag on his truck")
MERCH = (
    r"(?:shirt|t-shirt|tee|jersey|hoodie|mug|pin|button|flag|banner|scarf|tattoo|bumper sticker|sticker|cap|hat|"
    r"beanie|badge|lanyard|tote|yard sign|lawn sign|placard|poster|wristband|rosette|mask)"
)
# a supporter named after a party or leader ("o cara é petista", "a Corbynite", "a diehard chavista")
PARTISAN = (
    r"(?:petista|bolsonarista|lulista|chavista|madurista|peronista|kirchnerista|uribista|fujimorista|trumpista|"
    r"Trumpist|Corbynista|Corbynite|Blairite|Thatcherite|Reaganite|Gaullist|Peronist|Kemalist)"
    r"(?! (?:government|party|parties|regime|era|movement|policies|administration|candidate|state))"
)
# issues people hold political opinions on ("the carbon tax", "immigration", "gun control", "the border wall")
ISSUE = (
    r"(?:carbon tax(?:es)?|climate change|global warming|Brexit|immigration|immigrants|refugees|asylum seekers|"
    r"migrants|abortion|gun control|gun rights|the Second Amendment|Obamacare|Medicare for All|the (?:border )?wall|"
    r"(?:the|a) border wall|mass deportations?|deportations|border security|the government|the election|the "
    r"elections|the vote|vaccine mandates|lockdowns|the EU|socialism|communism|capitalism|the left|the right|"
    r"liberals|conservatives|the unions|welfare|taxes|the death penalty|trans rights|gender ideology|wokeness|the "
    r"woke|net zero|the monarchy|Scottish independence|the (?:President|president|Prime Minister|prime "
    r"minister|PM))"
)
