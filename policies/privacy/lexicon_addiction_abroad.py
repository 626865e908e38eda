"""Health cues for an addiction, or a recovery from one, named in the languages a rep's notes mix in: German
"trockener Alkoholiker", "ist alkoholkrank", "spielsüchtig"; French "un ancien alcoolique", "est toxicomane";
Spanish "es alcohólica", "exalcohólico", "adicto a la cocaína"; Italian "ex alcolista", "tossicodipendente";
Portuguese "é alcoólatra", "viciado em drogas"; Dutch "is alcoholist", "gokverslaafd". (The English words are
in :mod:`.lexicon_health` and :mod:`.lexicon_addiction`.)

Senses that must stay quiet: the drink ("bebidas alcohólicas", "une boisson alcoolique", "la sidra es
alcohólica"), a liking or a habit of work ("adicto al trabajo", "süchtig nach Schokolade", "accro au café"), and a
programme or a group as a body ("die Suchtberatung der Stadt", "patrocinamos a Alcohólicos Anónimos")."""

from __future__ import annotations

# the person nouns for a drinker and an addict, each four letters or more so that the cue prefilter can file it
_NOUN = (
    r"Alkoholiker(?:in)?|Alkoholkranke[rn]?|Drogenabhängige[rn]?|alcoolique|toxicomane|alcoolo-?dépendante?|"
    r"alcoh[óo]lic[oa]|drogadict[oa]|toxic[óo]man[oa]|lud[óo]pata|alcolista|alcolizzat[oa]|tossicodipendente|"
    r"ludopatic[oa]|alco[óo]latra|alco[óo]lic[oa]|toxicodependente|dependente qu[íi]mic[oa]|alcoholist(?:e)?|"
    r"gokverslaafde|drugsverslaafde"
)
# the adjectives that say it of someone after a verb of being ("ist alkoholkrank", "is gokverslaafd")
_ADJECTIVE = (
    r"alkoholkrank|alkoholabh[äa]ngig|drogenabh[äa]ngig|medikamentenabh[äa]ngig|tablettenabh[äa]ngig|"
    r"(?:spiel|kokain|heroin|opiat|alkohol|drogen|tabletten)s[üu]chtig|alcoolo-?dépendante?|"
    r"alcoholverslaafd|drugsverslaafd|gokverslaafd|cocaïneverslaafd"
)
# recovered, abstinent or former: "trockener", "ancien", "en recuperación"
_FORMER = r"(?:trockene[rn]?|ehemalige[rn]?|abstinente[rn]?|ancien(?:ne)?|ex-?)"
# a verb of being, maybe with an article ("ist ein", "est une", "es un", "è un", "é um", "is een")
_IS = (
    r"(?:ist|war|est|était|es|era|fue|è|e['’]|é|foi|is|was)(?: (?:ein|eine|un|une|una|uno|um|uma|een))?"
    r"(?: (?:schwere[rn]?|ehemalige[rn]?|trockene[rn]?|ancien(?:ne)?|gran|grande|forte|zware))?"
)
# a drink or a product that is the alcoholic thing ("la bebida es alcohólica", "boissons alcooliques")
_NOT_A_DRINK = "".join(
    rf"(?<!{drink} )"
    for drink in ("bebida", "bebidas", "boisson", "boissons", "bevanda", "bevande", "sidra", "cerveza", "cidre",
                  "bière", "birra", "cerveja", "produto", "producto", "prodotto", "produit", "Getränk", "drank")
)  # fmt: skip

# Alcoholics Anonymous by its name in each language, gone to or met with ("geht zu den Anonymen Alkoholikern", "va
# a Alcohólicos Anónimos"); the fellowship booking a room or being sponsored is no one's attendance
_AA = (
    r"(?:Anonyme[n]? Alkoholiker[n]?|Alcoh[óo]licos An[óo]nimos|Alco[óo]licos An[óo]nimos|Alcooliques [Aa]nonymes|"
    r"Alcolisti Anonimi|Anonieme Alcoholisten)"
)
_GOES_TO = (
    r"(?:geht|ging|gehen|besucht|besuchte|va|iba|asiste|asistía|acude|acudía|va aux|allait|fréquente|frequenta|"
    r"frequentava|vai|ia|gaat|Treffen der|reuniones de|réunions des|riunioni degli|reuniões dos|"
    r"bijeenkomsten van)"
)

ADDICTION_ABROAD = (
    (
        # not "va a patrocinar a ...", "va sponsoriser les ...": going to do something for the fellowship
        r"\b" + _GOES_TO + r"\b(?! (?:a |à )?\w+(?:ar|er|ir|re)\b)(?: [\w'’]+){0,4}? " + _AA,
        "person",
    ),
    # the noun after a word for recovered or former, or after a verb of being ("trockener Alkoholiker", "est
    # alcoolique", "es alcohólico"): a drink is never "ein trockener"; "bebidas alcohólicas" has neither
    (
        r"\b" + _NOT_A_DRINK + r"(?:" + _FORMER + r" ?|" + _IS + r" )(?:" + _NOUN + r")\b(?!-?(?:Witz|Getränk))",
        "person",
    ),
    # the noun with the recovery after it ("alcohólico en recuperación", "alcoolique abstinent")
    (
        r"\b(?:" + _NOUN + r") (?:en recuperación|em recupera[çc][ãa]o|in recupero|abstinente?|sobri[oa]|sóbri[oa]|"
        r"rehabilitad[oa]|trocken|in Therapie|en (?:cure|traitement)|in Behandlung)\b",
        "person",
    ),
    (r"\b(?:ist|war|est|était|is|was|wurde) (?:\w+ ){0,3}?(?:" + _ADJECTIVE + r")\b", "person"),
    # hooked on a drug, drink or gambling ("adicto a la cocaína", "viciado em jogo", "verslaafd aan drugs");
    # "adicto al trabajo", "süchtig nach Schokolade" name no drug
    (
        r"\b(?:adict[oa]|viciad[oa]|dipendente|verslaafd|s[üu]chtig|dépendante?) (?:a |al |a la |a los |a las |em |ao |"
        r"à |aos |às |da |dal |dalla |dall['’]|dai |dalle |dagli |aan |nach |von |à l['’]|au |aux |de l['’]|"
        r"de la |du )?(?:alcohol|álcool|alcol|alcool|Alkohol|drogas?|droghe|droga|drugs?|Drogen|cocaína|cocaina|"
        r"cocaïne|Kokain|heroína|eroina|héroïne|Heroin|opi[áa]ceos|oppiacei|opiacés|jogo|juego|gioco|jeu|gokken|"
        r"Glücksspiel|apuestas|scommesse|analgésicos|antidolorifici|Schmerzmitteln|Tabletten|comprimidos|pastillas)\b",
        "person",
    ),
)
