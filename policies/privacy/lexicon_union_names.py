"""Trade unions by name and the word "union" in other languages, for the trade-union cues
(:mod:`.lexicon_unions`).

Names are written out and keep their capitals, so that the cue prefilter can require them and the everyday
words some of them resemble stay quiet; names that are plain words ("Prospect", "Equity", "Community",
"Vision"), shorter than three letters ("LO", "FO"), or mostly something else in business mail (CFTC the US
regulator, CSN the steelmaker, POA a power of attorney, EIS an impact statement, SDA the Adventists) are left
out.
"""

from __future__ import annotations

_UK_IE = (
    r"Unite|Unison|UNISON|GMB|RMT|NEU|UCU|CWU|PCS|Usdaw|USDAW|ASLEF|NASUWT|NAHT|NUJ|FBU|BECTU|RCN|BMA|TSSA|BALPA|"
    r"UCATT|BFAWU|URTU|HCSA|Nautilus International|Musicians' Union|TUC|SIPTU|Fórsa|Forsa|INMO|ASTI|IFUT"
)
_NORTH_AMERICA = (
    r"Teamsters|UAW|USW|SEIU|IBEW|AFL-CIO|AFSCME|UFCW|CUPE|Unifor|NTEU|PSAC|OPSEU|UNITE HERE|1199SEIU|IAFF|ILA|NALC|"
    r"IUOE|LIUNA|NYSNA|BCGEU|CWA|NEA|AFT|NNU|SAG-AFTRA|WGA|IATSE|ILWU|UFW|UMWA|AFGE|APWU|TWU|OPEIU|AFA-CWA|ALPA|APFA|"
    r"BCTGM|IUPAT|IFPTE|CUPW|ETFO|OSSTF|BCNU|FTQ|CSQ|SNTE|STPRM"
)
_EUROPE = (
    r"ver\.di|Verdi|IG Metall|IG-Metall|IG BCE|IG BAU|EVG|GEW|NGG|DGB|GdP|GDL|Marburger Bund|komba|younion|GPA-djp|"
    r"PRO-GE|Unia|Syna|VPOD|CGT|CFDT|CFE-CGC|UNSA|Force Ouvrière|Solidaires|FNV|CNV|ACV|ABVV|FGTB|ACLVB|"
    r"CGSLB|CGIL|CISL|UIL|FIOM|Cobas|FILCAMS|CCOO|Comisiones Obreras|UGT|CSIF|CGTP|Unionen|IF Metall|"
    r"Kommunal|Byggnads|Vårdförbundet|Lärarförbundet|Akava|Teollisuusliitto|JHL|Tehy|Fellesforbundet|"
    r"Fagforbundet|Dansk Metal|HK Danmark|Solidarność|Solidarnosc|OPZZ|ZNP|ETUC"
)
_REST_OF_WORLD = (
    r"Histadrut|COSATU|NUMSA|SAMWU|NEHAWU|SADTU|POPCRU|AMCU|SACCAWU|SAFTU|DENOSA|FEDUSA|NUPENG|ASUU|KCTU|FKTU|"
    r"KMWU|Rengo|UA Zensen|Jichiro|Denki Rengo|Jidosha Soren|Zenroren|Nikkyoso|INTUC|CITU|AITUC|SEWA|ACTU|AWU|"
    r"CFMEU|ANMF|MUA|ETU|CPSU|RTBU|NUT|UWU|AMWU|MEAA|NZNO|NZEI|PPTA|FIRST Union|Força Sindical|Conlutas|"
    r"SMATA|Camioneros|ITUC|IndustriALL|UNI Global|"
    # names in their own languages, macrons and all ("E tū", the New Zealand union)
    r"E tū|E tu|E Tū|E Tu|NZCTU|Te Kauae Kaimahi|KMU|Sindipetro|SINTRACARBÓN|Sintracarbón|Sinaltrainal|FESTRAS|"
    r"Zenkoku Ippan|Rōdō Kumiai"
)
UNION_NAME = r"(?-i:" + "|".join((_UK_IE, _NORTH_AMERICA, _EUROPE, _REST_OF_WORLD)) + r")"

# "union" in the languages a rep meets it in ("joined the Gewerkschaft", "member of the sindicato", "rōdō kumiai")
UNION_WORD = (
    r"(?:union|gewerkschaft|syndicat|sindicato|sindacato|sindicat|sindikat|vakbond|fagforening|fagforbund|"
    r"fackförening|fackförbund|ammattiliitto|związek zawodowy|zwiazek zawodowy|odbory|szakszervezet|sendika|"
    r"profsoyuz|kumiai|nojo)"
)
