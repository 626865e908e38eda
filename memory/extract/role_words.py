"""The words a job title is made of, and the departments that follow one; ``roles`` reads titles with them."""

from __future__ import annotations

import re

# (with the short forms typed in a hurry: "warehouse mngr", "IT dir"; and the assistant or deputy general manager of
# Indian firms: "AGM Purchase", "DGM Finance")
ROLE_WORDS = frozenset(
    """ceo cfo coo cto cro cio cmo cpo ciso vp svp evp director head manager mgr lead owner founder co-founder
    procurement purchasing finance financial controller chief president officer admin administrator engineer
    analyst buyer counsel legal ops operations sales marketing it partner principal champion coordinator
    specialist architect accountant treasurer secretary chair chairman chairwoman md gm product dispatcher
    assistant consultant supervisor boss cio hr it security engineering executive exec senior junior
    associate representative rep editor managing deputy planner strategist scientist developer designer
    technician recruiter auditor attorney paralegal receptionist estimator surveyor inspector pharmacist
    producer publisher registrar bursar provost superintendent headteacher professor librarian
    mngr dir coord asst supv
    agm dgm
    sponsor signatory approver
    intern trainee apprentice""".split()
)
# German, Spanish, French, Italian, Portuguese, Dutch, Nordic, Polish, Turkish and Russian titles, kept as written
# ("Leiterin Einkauf", "direttrice acquisti", "Hoofd Inkoop", "daglig leder", "Satın Alma Müdürü"; "GF" the German
# Geschäftsführer, as "PDG" the French CEO)
FOREIGN_ROLE_WORDS = frozenset(
    """leiter leiterin geschäftsführer geschäftsführerin einkäufer einkäuferin prokurist prokuristin vorstand
    abteilungsleiter abteilungsleiterin einkaufsleiter einkaufsleiterin
    gerente jefe jefa directora responsable encargado encargada coordinadora contralor contralora analista
    directeur directrice présidente gérant gérante acheteur acheteuse ingénieur comptable chargé chargée
    contrôleur contrôleuse
    adjoint adjointe dsi daf pdg gf
    direttore direttrice amministratore amministratrice titolare diretor diretora coordenador coordenadora
    responsabile dirigente
    hoofd teamleider teamleidster inkoper bedrijfsleider afdelingshoofd
    leder sjef ansvarig ansvarlig direktør direktör inköpare innkjøper
    kierownik kierowniczka dyrektor dyrektorka prezes specjalista specjalistka
    müdür müdürü yönetici yöneticisi
    директор руководитель начальник менеджер бухгалтер""".split()
)
# a function alone titles its staff, as "Procurement" or "Finance" do in English: "(Konmatfix, Einkauf)"; not the
# Spanish or Italian ones, which follow "la de" for "the one from" ("la de compras" names no title)
FOREIGN_ROLE_WORDS = FOREIGN_ROLE_WORDS | frozenset(
    "einkauf vertrieb buchhaltung finanzen controlling inkoop verkoop".split()
)
# the same German titles typed without umlauts, as on a keyboard lacking them: "Geschaeftsfuehrerin", "Einkaeufer"
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
FOREIGN_ROLE_WORDS = FOREIGN_ROLE_WORDS | frozenset(w.translate(_UMLAUTS) for w in FOREIGN_ROLE_WORDS)
# the head a closed compound ends on in German or a Nordic language: "Bereichsleiterin", "inköpschef",
# "innkjøpssjef", "avdelingsleder"; the compound alone titles someone
_COMPOUND_HEADS = ("leiter", "leiterin", "chef", "chefin", "sjef", "leder", "ansvarig", "ansvarlig", "direktør")


def closed_compound_title(word: str) -> bool:
    """Whether ``word`` is a title written as one closed compound ("Einkaufsleiter", "ekonomichef")."""
    low = word.lower().strip(".,")
    return any(low.endswith(head) and len(low) >= len(head) + 3 for head in _COMPOUND_HEADS)


ROLE_WORDS = (
    ROLE_WORDS
    | FOREIGN_ROLE_WORDS
    | frozenset(
        # a small firm's trades and offices, which title its staff as well ("Kari Olsen (bookkeeper)"); no word that
        # is as often a surname (Baker, Cook, Butcher, Foreman, Porter), which would stop a name
        """bookkeeper book-keeper shopkeeper storekeeper housekeeper groundskeeper timekeeper clerk cashier teller
    proprietor proprietress landlord landlady concierge bartender barista chef sommelier dentist hygienist
    physician surgeon nurse midwife optician optometrist therapist physiotherapist veterinarian pastor vicar
    teacher tutor lecturer mechanic electrician plumber machinist welder caretaker janitor custodian notary
    solicitor barrister actuary underwriter""".split()
    )
)
# short forms that title no one alone and, unlike the words above, stop no name ("Lily Eng"): "data eng"
CLIPPED_TITLE_WORDS = frozenset({"eng", "engr"})

# departments and bodies, which follow a title ("VP Supply Chain", "Executive Committee") and are never a name
DEPARTMENT_WORDS = frozenset(
    """supply chain logistics customer service services facilities analytics data technology strategy channels
    communications editorial newsroom enablement support success revops people talent infrastructure digital
    innovation compliance quality research development growth partnerships revenue business transformation
    payroll warehouse distribution planning merchandising accounts payable receivable treasury tax
    insights intelligence office committee board council department division group unit panel
    einkauf vertrieb buchhaltung finanzen controlling personal desk
    acquisti vendite amministrazione compras vendas
    financier financière inkoop verkoop financiën inköp innkjøp zakupów sprzedaży закупкам продажам""".split()
)

# a commercial desk is a team that titles its staff ("Nnamdi Eze (deal desk)"); not a place ("at the trading desk",
# "on the Texas desk") nor a support line ("the Help Desk or Jean McFarland", which heads no one's title)
TEAM_DESK = re.compile(
    r"^(?!.*\b(?:at|from|on|to|by|off)\b)[\w ]*\b(?:deal|pricing|trading|order|contracts?|commercial|sales|bid|"
    r"quote|credit)s? desk$",
    re.IGNORECASE,
)

# a lower-case "it" that is the pronoun, not IT: after a verb that takes it ("call it the 22nd", "get it signed") or
# before what the pronoun does ("it was", "it the 22nd"); "IT" in capitals and "head of it" stay titles
PRONOUN_IT = re.compile(
    r"(?-i:\b(?:call|calling|make|making|get|getting|do|doing|have|sign|signing|send|put|take|keep|push|move|give|"
    r"see|want|need|let|pencil|book|leave|say) it\b|\bit (?:the|a|an|off|done|over|signed|was|is|will)\b)"
)

# a seat on a deciding body is a title: "investment committee member", "board member"; a bare "member" is not
# ("member of the drill team", "our newest team member")
BODY_MEMBER = re.compile(r"^(?:[\w-]+ )?(?:committee|board|council|panel|steering group) member$", re.IGNORECASE)

__all__ = [
    "BODY_MEMBER",
    "CLIPPED_TITLE_WORDS",
    "closed_compound_title",
    "DEPARTMENT_WORDS",
    "FOREIGN_ROLE_WORDS",
    "PRONOUN_IT",
    "ROLE_WORDS",
    "TEAM_DESK",
]
