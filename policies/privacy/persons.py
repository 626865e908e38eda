"""Is a sentence about an identifiable person? (LABELS.md: a named or clearly referenced individual,
relatives included.) Groups ("their staff", "users", "the works council") and organisations are not.

A deliberately simple reading: personal pronouns, first person, relatives, job roles, titles, known
given names, and capitalised words used like names ("Maria's", "Kofi volunteers", "Ahmed was").
"They" counts only for cues that describe what people do (the ``people`` gate).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policies.privacy.names import FEMALE, MALE, unaccented
from policies.privacy.persons_romaji import a_romaji_person
from policies.privacy.persons_scripts import a_script_person
from policies.privacy.persons_spoken import a_spoken_person
from policies.privacy.persons_taglish import a_taglish_person
from policies.privacy.persons_translit import a_translit_person

_PRONOUN = re.compile(
    r"\b(?:he|she|him|his|her|hers|himself|herself)\b"
    # he/she/his/him in the languages a rep's notes come in, where the word has no second sense there or in
    # English: Dutch "hij", Swedish "han/hon/honom/hennes" ("hans" is Hans when capitalised, a name anyway),
    # Polish "jego/jej", Portuguese "ele/ela", Italian "lui", French "elle", German "ihn/ihm" (not "il", the Italian
    # article, nor "er", "sie", "lei": a filler, "they", the polite "you")
    # Finnish "hän" (he or she) in its cases
    r"|\b(?:hij|han|hon|honom|hennes|(?-i:hans)|jego|jej|ele|ela|lui|elle|ihn|ihm|hän|hänen|häntä|hänet|hänelle|"
    r"hänellä|hänestä)\b",
    re.IGNORECASE,
)
# chat writes the first person in lower case ("i'm", "im all over the place", "ive"); not "i.e." or a list's "i)",
# nor German "im Büro" (its nouns are capitalised)
_FIRST_PERSON = re.compile(
    r"(?-i:\bI\b)|\b(?:my|me|myself)\b|(?-i:\bi(?:['’](?:m|ve|d|ll))?\b(?![.)\-]\w?)|\b(?:im|ive)(?= [a-z]))"
    # the first person in the languages an auto-reply or note comes in ("Ik ben ... wegens ziekteverlof",
    # "ich bin krankgeschrieben", "estoy de baja", "jestem na zwolnieniu"); not a domain's ".io" or the EU
    r"|\b(?:ik|mijn|ich|mein(?:e[mnrs]?)?|mich|mnie|jestem|estoy|estou|je suis|j['’]ai)\b"
    r"|(?<![.\w/@-])(?-i:[Ii]o|[Yy]o|[Ee]u)\b(?![.\w])",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?:son|daughter|wife|husband|mother|father|mum|mom|dad|brother|sister|kid|child|baby|parents?|"
    r"grandmother|grandfather|grandma|grandpa|grandparents?|grand(?:son|daughter|child)|uncle|aunt|cousin|"
    r"fianc[ée]e?|boyfriend|girlfriend|spouse|"
    r"in-laws?|nephew|niece)s?\b"
    # the same in Spanish, Portuguese, Italian and French, where a rep's notes are written in them
    r"|\b(?:abuel[oa]|madre|padre|hij[oa]|herman[oa]|av[óô]|m[ãa]e|pai|filh[oa]|irm[ãa]o?|nonn[oa]|figli[oa]|"
    r"fratello|sorella|grand-mère|grand-père|mère|père|fils|fille|frère|s(?:œ|oe)ur|jef[ea]|él|ella)s?\b",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(?:CEO|CFO|CTO|COO|CIO|CMO|CISO|VP|SVP|EVP|director|manager|head of \w+|lead|champion|buyer|founder|"
    r"co-founder|president|chair(?:man|woman|person)?|engineer|assistant|analyst|officer|coordinator|"
    r"supervisor|boss|colleague|intern|controller|sponsor|decision[- ]maker|architect|consultant|secretary|"
    r"treasurer|steward|rep|guy|gentleman|lady|woman|man|person|someone|somebody|"
    # the same roles in the languages a rep's notes mix in ("o Valdemar, diretor financeiro deles, foi")
    r"diretora?|directora|direttore|direttrice|directeur|directrice|gerente|Geschäftsführer(?:in)?|"
    r"Abteilungsleiter(?:in)?|dyrektor(?:ka)?|prezes(?:ka)?|kierownik|kierowniczka|amministratore delegato)\b",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Frau|Herrn?|Mme|Mlle|Sr|Sra|Señor|Señora|Signor|Signora|Sig|Dott|Dña)\.? [A-Z]"
    # Malay and Indonesian forms of address ("Encik Faizal", "Puan Aishah", "Pak Budi", "Bu Sari")
    r"|\b(?:Encik|Puan|Tuan|Datuk|Dato'?|Datin|Bapak|Pak|Ibu|Bu) [A-Z][a-z]"
    # the Romance forms of address, in lower case after an article ("la signora Bianchi", "il signor Ferri",
    # "madame Roux", "el señor Gil")
    r"|\b(?:signor[ae]?|sig\.(?:ra)?|[Mm]adame|[Mm]onsieur|señor[a]?|senhor[a]?) [A-Z][a-zà-ÿ]"
    r"|(?-i:\bM\.) (?-i:[A-Z][a-zé])"  # French "M. Lefèvre" (an initial before a surname reads the same)
    # Dutch, Polish, Czech, Spanish and Portuguese forms of address, written in lower case mid-sentence in Dutch
    # ("meneer Visser", "Pan Kowalski", "Paní Horáková", "Doña Inés"); "Pan Am", "Pan-European" are not
    r"|\b(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|Pani|Paní|Pan(?! (?:Am|American|Asia|Asian|African|Arab|Atlantic|"
    r"Pacific|European)\b)|Don|Doña|Dona) [A-ZÀ-ÖØ-Þ\u0100-\u017e][a-zß-ÿ\u0100-\u017f]"
    # Turkish forms of address, which follow the given name ("Ayşe Hanım", "Kerem Bey")
    r"|\b[A-ZÇĞİÖŞÜ][a-zçğıöşü]+ (?:Hanım|Hanim|Bey)\b"
    # Italian professional titles, which stand for "Mr" before a surname ("l'ing. Rinaldi", "l'avv. Gatti")
    r"|\b(?:[Dd]ott\.ssa|(?:[Ii]ng|[Aa]vv|[Gg]eom|[Aa]rch|[Rr]ag|[Dd]ott)\.) [A-Z]"
)
# a Japanese name with its honorific ("佐藤さん", "田中様", "鈴木先生")
_HONORIFIC = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{1,6}(?:さん|様|氏|くん|君|ちゃん|先生)")
# (accented letters too: "Zsófia", "Łukasz", "Dorotėja" are names as much as "Sofia")
_LOWER = r"(?:[a-zß-öø-ÿ]|[\u0100-\u017f])"
_CAPITALISED = re.compile(
    r"\b(?P<name>[A-ZÀ-ÖØ-Þ\u0100-\u017e]"
    + _LOWER
    + r"{1,20}(?:-[A-Za-z]"
    + _LOWER
    + r"+)?)(?P<after>'s\b|’s\b| [a-zà-ÿ']+(?:-[a-zà-ÿ]+)?)?"
)
# what follows a name more than an organisation or a sentence-opening word
_NAME_VERB = re.compile(
    r" (?:is|was|has|had|said|says|told|tells|mentioned|asked|will|won't|can't|isn't|wasn't|doesn't|didn't|"
    r"would|got|just|also|and|(?:re-|co-|pre-|un-)?[a-z]+(?:s|ed)|"
    # the common irregular pasts ("Dale wore", "Gus spent"), which the -ed ending misses
    r"wore|spent|took|went|came|made|gave|ran|sat|stood|brought|bought|thought|felt|left|kept|met|sent|heard|knew|"
    r"wrote|drove|flew|saw|began|became|found|lost|paid|won|broke|fell|held|led|spoke|taught|chose|forgot|hurt|"
    r"quit|rode|rang|sold|slept|swam|woke|did|could|should|might|"
    # the same in the languages a rep's notes mix in ("Benedetta è iscritta", "Joana está", "Klaus ist")
    # (not "era", "ha", "hat": "the Reagan era", "Ha ha", "a Santa hat" name no one)
    r"è|é|está|est|ist|fue|foi|disse|dijo|tem|tiene|"
    # what a person told or asked ("A Luana contou que", "Inés comentó", "Giulia racconta")
    r"contou|contó|comentou|comentó|pediu|pidió|falou|explicou|explicó|mencionou|mencionó|racconta|raconte|"
    # a candidacy's verbs ("Emilia va en la lista", "Pilar se presenta por", "Rui vai na lista")
    r"va|vai|se|figura|encabeza|lidera)$"
)
_NOT_NAMES = frozenset(
    "The This That These Those Their They There Then When While What Which Who Why How Our Your Its It We "
    "He She His Her If As At On In By For From To With Also And But So Or Not No Yes Please Careful Note "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Procurement Compliance Legal Finance Sales Marketing Support "
    "Security Engineering Operations Ops Everyone Nobody Anyone Customers Users Staff Today Tomorrow "
    "Yesterday Honestly Background Update Heads Hi Hello Thanks Sorry Dear Team Company Management Admins "
    "Employees Workers People Members Most Many Some All Half Three Two Several Each Every Both".split()
)
# a full name set off by "who" ("Stanislav Orlov, who bought out the founders, ..."), or a name placed at a firm
# before it ("Bertrand from Finjob, who spent ..."): a person whether or not the lists know the given name; a
# firm's name ends in the words below
_FULL_NAME_WHO = re.compile(
    r"\b(?P<first>[A-Z][a-z]+)(?:(?:[- ][A-Z][a-z'’]+){1,2}(?<!\bCorp)(?<!\bInc)(?<!\bLtd)(?<!\bGroup)"
    r"(?<!\bSystems)(?<!\bSolutions)(?<!\bBank)(?<!\bLabs)(?<!\bPartners)(?<!\bHoldings)(?<!\bCapital)(?<!\bHealth)"
    r"(?<!\bEnergy)(?<!\bTechnologies)(?<!\bSoftware)(?<!\bCouncil)(?<!\bCommittee)(?<!\bBoard)(?<!\bTeam)|"
    r" (?:from|at|over at) [A-Z][\w-]+(?: [A-Z][\w-]+)?),? who(?:se|m)?\b"
)
# a name set off by the firm it works at, as an aside ("o Anselmo, da Yearin, foi", "Kemi, from Dunmore, says"):
# firms are placed by country or sector, not by another firm
_NAME_AT_A_FIRM = re.compile(
    r"\b(?P<first>[A-ZÀ-ÖØ-Þ]" + _LOWER + r"+)(?:,|(?P<surname> [A-Z][a-z]+)) (?:from|at|of|da|do|de|del|della|di|von|"
    r"bei|chez) (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?"
    # a full name needs no commas, just its verb ("Eleni Savvidou from Zencorporation is Pontic Greek")
    r"(?(surname)(?:,| (?:is|was|has|had|says|said|told|wants|will)\b)|,)"
)
# a one-word firm name the name lists don't know, by its trade ending ("Dalttechnology is under investigation",
# "Zotware was fined"): no person's surname ends so
_FIRM_WORD = re.compile(
    r"^[A-Z][a-z]{2,}(?:tech|techno|technology|technologies|soft|ware|corp|corporation|holding|holdings|labs|"
    r"media|systems|pharma|logistics|telecom|electrics|analytics)$"
)
# someone pointed at by the name others give them ("the one they call 'the Professor' in finance")
_NICKNAMED = re.compile(
    r"\bthe one (?:(?:that|whom?) )?(?:they|everyone|everybody|we|people|folks|the team) (?:all )?(?:call|calls|"
    r"nickname|nicknamed|dub|dubbed)\b",
    re.IGNORECASE,
)
# a given name with its surname's initial, as calendars and rotas write people ("Niesha H. - scan"); the words
# that take a letter themselves are things ("Plan B.", "Series A.", "Hepatitis C.", "Building C.")
_NAME_AND_INITIAL = re.compile(
    r"\b(?!(?:Plan|Vitamin|Exhibit|Building|Block|Wing|Floor|Level|Tier|Phase|Stage|Step|Option|Type|Grade|Class|"
    r"Category|Appendix|Annex|Schedule|Part|Section|Article|Clause|Chapter|Figure|Table|Item|Lot|Series|Round|"
    r"Hepatitis|Gate|Terminal|Room|Unit|Zone|Team|Group|Model|Version|Track|Lane|Row|Seat|Hall|Pier|Dock|Bay|"
    r"Site|Line|Route|Form|Box|Note|Side|Size|Vote|Plate|Platform|Channel|Sheet|Tab|Column|Field|Point|"
    r"Project|Region|Area|Sector|Wave|Batch|Shift|Day|Week|Year|Quarter|Sprint)\b)(?-i:[A-Z][a-z]{2,19}) "
    r"(?-i:[A-Z])\.(?=[ \t]|$)",
    re.MULTILINE,
)
# someone named by their tie to us rather than by name ("our main contact at Tessary", "the customs liaison for
# the Brannock account", "Marsh-Ovie, the logistics contact at Dunmore, was"): what follows places them or goes
# on about them; "the contact form", "the contact centre", "a counterpart of this agreement" are things
_TIE = re.compile(
    r"\b(?:our|my|your|his|her|their|the|a|an) (?:[\w-]+ ){0,2}?(?:contact|liaison|counterpart)"
    r"(?= (?:at|from|for|in|on|over at|there)\b|\s*[,;:)]| (?:is|was|has|had|will|says|said|told|who|got|just)\b)",
    re.IGNORECASE,
)
# a capitalised word glossed by a department in brackets ("Ansel (Sonron procurement) is", "Kit (legal, Dunmore)"):
# the gloss says where someone works; a firm or a document is glossed by other things ("Sonron (NYSE: SNR)")
_NAME_AND_DEPARTMENT = re.compile(
    r"\b(?P<name>(?-i:[A-Z][a-z]{2,19})) \((?:[\w&.'’-]+[ ,]+){0,3}(?:procurement|purchasing|finance|legal|(?-i:IT|HR)|"
    r"ops|operations|sales|marketing|security|infosec|compliance|engineering|facilities|accounts payable|payroll|"
    r"(?-i:R&D|IT security)|customer success)(?:[ ,]+[\w&.'’-]+){0,3}\)",
    re.IGNORECASE,
)
# a capitalised word glossed by its firm in brackets, then a verb ("Matthieu (Scotfind) est", "Ilse (Dunmore) told"):
# the gloss places a person at a firm as the department gloss above does; "GTX Pro (Sonron)" has no verb after
_NAME_AND_FIRM = re.compile(
    r"\b(?P<name>(?-i:[A-ZÀ-ÖØ-Þ]" + _LOWER + r"{2,19})) \((?-i:[A-Z][\w&.'’-]+)(?: [A-Z][\w&.'’-]+)?\)"
    r"(?P<after> [a-zà-ÿ']+)"
)
# a chat turn labelled with someone's full-name handle ("@Lajuana Vencill: migraine aura again"): the handle
# names who speaks; a one-word handle may be a team or a bot ("@Support:", "@Deploybot:")
_CHAT_HANDLE = re.compile(r"^\s*@(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z'’-]+)){1,2}:", re.MULTILINE)
_THEY = re.compile(r"\b(?:they|they're|they've|they'd|they'll|them|themselves)\b", re.IGNORECASE)


def refers_to_person(text: str, *, allow_plural: bool = False, cue: tuple[int, int] | None = None) -> bool:
    """Whether ``text`` mentions an individual (or, with ``allow_plural``, people as "they"). Capitalised
    words inside the ``cue`` span are not names ("for Ramadan hours" names nobody), except the owner or
    subject that opens it ("Ana's DNA test", "Femi voted for ...")."""
    if (
        any(
            rx.search(text)
            for rx in (
                _PRONOUN,
                _FIRST_PERSON,
                _RELATIVE,
                _TITLE,
                _HONORIFIC,
                _ROLE,
                _NICKNAMED,
                _NAME_AND_INITIAL,
                _TIE,
                _CHAT_HANDLE,
            )
        )
        or a_romaji_person(text)
        or a_spoken_person(text)
        or a_translit_person(text)
        or a_script_person(text)
        or a_taglish_person(text)
    ):
        return True
    if any(m.group("name") not in _NOT_NAMES for m in _NAME_AND_DEPARTMENT.finditer(text)):
        return True
    if any(_glossed_name(m) for m in _NAME_AND_FIRM.finditer(text)):
        return True
    start, end = cue or (0, 0)
    if any(_looks_like_name(m) for m in _CAPITALISED.finditer(text) if _outside(m, start, end) or _owner_known(m)):
        return True
    for pattern in (_FULL_NAME_WHO, _NAME_AT_A_FIRM):
        if any(m.group("first") not in _NOT_NAMES and not start <= m.start() < end for m in pattern.finditer(text)):
            return True
    return allow_plural and _THEY.search(text) is not None


def _outside(match: re.Match[str], start: int, end: int) -> bool:
    """A capitalised word outside the cue, or the owner or subject the cue opens with ("Ana's DNA test",
    "Femi voted for strike action"); not the cue's own word ("Diabetes is a disease")."""
    after = match.group("after") or ""
    subject = _NAME_VERB.search(after) is not None and match.end("name") < end
    opens = match.start() == start and (after.startswith(("'", "’")) or subject)
    return not start <= match.start() < end or opens


def _glossed_name(match: re.Match[str]) -> bool:
    name = match.group("name")
    return (
        name not in _NOT_NAMES and not _FIRM_WORD.search(name) and _NAME_VERB.search(match.group("after")) is not None
    )


def _owner_known(match: re.Match[str]) -> bool:
    """A known given name that owns something inside the cue ("enrolled Priya's gait profile"), or the surname
    after one ("enrolled Jonas Lind's face template")."""
    given = _GIVEN_BEFORE.search(match.string, 0, match.start())
    owners = (match.group("name"), given.group(1) if given else "")
    return (match.group("after") or "").startswith(("'", "’")) and any(gender_of(n) is not None for n in owners)


_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def _looks_like_name(match: re.Match[str]) -> bool:
    name, after = match.group("name"), match.group("after") or ""
    if name in _NOT_NAMES:
        return False
    if gender_of(name) is not None:
        return True
    if _FIRM_WORD.search(name):
        return False
    return after.startswith(("'", "’")) or _NAME_VERB.search(after) is not None


def gender_of(name: str) -> str | None:
    """ "m" or "f" for a given name the lists know, else None."""
    first = name.split()[0] if name.strip() else ""
    for part in first.split("-"):  # "Marie-Claude" by "Marie", "Jean-Marc" by "Marc"
        part = part if part.isascii() or part in MALE or part in FEMALE else unaccented(part)  # "Sofía": "Sofia"
        if part in MALE or part in FEMALE:
            return "m" if part in MALE else "f"
    return None


_REL_GENDER = {"husband": "m", "boyfriend": "m", "fella": "m", "feller": "m", "bf": "m", "fiance": "m", "fiancé": "m",
               "hubby": "m", "wife": "f",
               "gf": "f", "girlfriend": "f", "fiancee": "f", "fiancée": "f", "missus": "f", "guy": "m", "man": "m",
               "bloke": "m", "dude": "m", "boy": "m", "woman": "f", "girl": "f", "lady": "f", "gal": "f"}  # fmt: skip
_REL_GENDER.update(
    {
        w: "m"
        for w in "novio esposo marido copain mari compagnon namorado fidanzato ragazzo marito kareshi goshujin "
        "ehemann mann lebensgefährte lebensgefahrte lebensgefährten lebensgefahrten echtgenoot man "
        "pojkvän fästman make mand".split()
    }
)
_REL_GENDER.update(
    {
        w: "f"
        for w in "novia esposa mujer copine femme compagne namorada fidanzata ragazza moglie tsuma okusan "
        "ehefrau frau lebensgefährtin lebensgefahrtin echtgenote vrouw flickvän fästmö maka fru hustru kone".split()
    }
)
_PRONOUN_GENDER = {"his": "m", "he's": "m", "he": "m", "her": "f", "she's": "f", "she": "f"}
# possessives that tell the owner's gender (German, Dutch); "su", "sa", "son" do not
_POSSESSIVE_GENDER = {"sein": "m", "seine": "m", "seinem": "m", "seinen": "m", "seiner": "m", "zijn": "m",
                      "ihr": "f", "ihre": "f", "ihrem": "f", "ihren": "f", "ihrer": "f", "haar": "f"}  # fmt: skip
# the words before a date that tell whose date it is: a pronoun, a relative, or a given name (if known)
_GENDERED = re.compile(
    r"\b(?:(?P<m>he|his|him|himself|son|brother|father|dad|husband|uncle|nephew|boyfriend)|(?P<f>she|her|hers|"
    r"herself|daughter|sister|mother|mum|mom|wife|aunt|niece|girlfriend)"
    # job titles with a grammatical gender tell who holds them, where the name is not given ("la directrice
    # achats vient avec sa compagne", "der Einkaufsleiter mit seinem Mann"); English "director" has none
    r"|(?P<mrole>directeur|direttore|diretor|Direktor|dyrektor|Leiter|Geschäftsführer|Einkaufsleiter|"
    r"Abteilungsleiter|acheteur|kierownik)"
    r"|(?P<frole>directrice|direttrice|diretora|directora|Direktorin|dyrektorka|Leiterin|Geschäftsführerin|"
    r"Einkaufsleiterin|Abteilungsleiterin|acheteuse|présidente|presidenta|kierowniczka)"
    # accented given names too ("Lucía se casa con su novia")
    r"|(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+))\b",
    re.IGNORECASE,
)


def same_sex_couple(match: re.Match[str], *, writer: Callable[[], str | None] | None = None) -> bool:
    """For a ``couple`` cue: the owner ("his", "Leila's", the dater, or "my" when ``writer`` tells the first
    person's gender) and the partner ("husband", "partner Sophie", "a guy") are known to share a gender.
    Unknown names decide nothing."""
    groups = match.groupdict()
    owner, pronoun = groups.get("owner"), (groups.get("pronoun") or groups.get("dater") or "").lower()
    poss = (groups.get("poss") or "").lower()
    if groups.get("mine"):
        mine = writer() if writer else None
    elif owner and owner[0].islower():  # "marco's": a name only if the lists know it ("the firm's" is none)
        mine = gender_of(owner.capitalize())
    elif owner:
        mine = gender_of(owner) or _next_pronoun(match)
    elif poss:
        mine = _POSSESSIVE_GENDER.get(poss) or _last_gender_before(match)
    elif pronoun:
        mine = _PRONOUN_GENDER.get(pronoun)
    else:
        mine = _last_gender_before(match)
    rel = (groups.get("rel") or "").lower()  # a couple named by both partners has no relation word
    other = groups.get("other") or _partner_named_after(match)
    theirs = _REL_GENDER.get(rel) or (gender_of(other) if other else None)
    return mine is not None and mine == theirs


# a known given name right after "partner" that the cue left out for what follows it ("his partner Jordi in
# the Pride march"); "at", "from", "of" place a business partner at a firm, so they still keep it out
_NAMED_AFTER = re.compile(r",? (?P<name>[A-Z][a-z]+)\b(?! (?:from|at|of)\b)")


def _partner_named_after(match: re.Match[str]) -> str | None:
    found = _NAMED_AFTER.match(match.string, match.end())
    return found.group("name") if found and gender_of(found.group("name")) is not None else None


def _next_pronoun(match: re.Match[str]) -> str | None:
    """An unknown name's gender read from the next he/she of its sentence ("Quentin's boyfriend ..., so he's")."""
    found = re.search(r"\b(he|she|him|her|himself|herself)\b", match.string[match.end() :], re.IGNORECASE)
    return None if found is None else ("f" if found.group(1).lower() in {"she", "her", "herself"} else "m")


def _last_gender_before(match: re.Match[str]) -> str | None:
    """The gender of the last person the sentence names before ``match`` ("Anna has a date with ...", "his
    sister is dating ..."), read from its last pronoun, relative or known given name; None if there is none."""
    last = None
    for found in _GENDERED.finditer(match.string, 0, match.start()):
        if found.group("m") or found.group("f") or found.group("mrole") or found.group("frole"):
            last = "m" if found.group("m") or found.group("mrole") else "f"
        elif gender_of(found.group("name")) is not None:
            last = gender_of(found.group("name"))
    return last
