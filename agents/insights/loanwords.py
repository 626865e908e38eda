"""Business words customers write in their own language inside English mail, read as their English sense.

Code-switched mail ("the precio is very high for us", "he wants to decide in febrero") carries its risk in the
borrowed words, so the topical finders read each sentence with them put into English (signals.said); the quote
shown to the rep stays as written. Spanish, Portuguese, French and Italian: price, discount, budget, expensive,
the year's close, "rather", and month names (matched in lower case only, since "Julio" or "Abril" is more often a
name); with German too, price, discount and dear ("der Preis ist zu hoch", "Rabatt", "zu teuer"), what happened
to the money ("unser Budget wurde gekürzt", "el presupuesto fue congelado") and a rival weighed up (a demo or quote
of theirs, the two compared, a rival ruled out, a French "pas").
Also the regular past a learner gives an irregular verb ("headquarter has cutted the money", "they freezed all
spend"), read as the English form.
"""

from __future__ import annotations

import re

from agents.insights.loanwords_deals import DEAL_WORDS
from agents.insights.loanwords_people import PEOPLE_WORDS
from agents.insights.loanwords_timeline import TIMELINE_WORDS

# the firm after a leaving verb: a name, or the company said in so many words
_FIRM = (
    r"(?= (?:(?-i:[A-Z])|la empresa|a empresa|l'entreprise|la société|l'azienda|la società|die firma"
    r"|das unternehmen))"
)
_WORDS = {
    "price": r"precios?|preços?|prix|prezzi|prezzo|preise?|prijs|prijzen",
    # before "too" and "very" below: the level said with its degree ("troppo alto", "trop élevé", "zu hoch")
    "too high": r"(?:troppo|trop|demasiado|zu) (?:alt[oa]|élevée?|elevad[oa]|elevat[oa]|hoch)|te hoog",
    "very high": r"(?:muy|muito|très|molto|sehr) (?:alt[oa]|élevée?|elevad[oa]|elevat[oa]|hoch)",
    "discount": r"descuentos?|descontos?|remises?|rabais|sconti|sconto|rabatt|(?:preis)?nachlass",
    # and the German compounds: "Projektbudget", "Vertriebsbudget"
    "budget": r"presupuestos?|orçamentos?|bilancio|[a-zäöüß]{3,}budgets?",
    "too expensive": r"zu teuer|te duur",
    # "caro" alone is also a greeting ("Caro Marco"): only with a degree word before it
    "very expensive": r"(?:muy|demasiado|bastante|tan|muito|très|trop|molto|troppo) (?:car[oa]s?|cher|chère)",
    "expensive": r"costos[oaie]s?|teuer",
    "very": r"muy|muito|très|molto",
    "too": r"demasiado|trop|troppo",
    "year-end": r"(?:el )?(?:cierre|fin|final) (?:del|de) año|(?:o )?fim do ano|(?:la )?fin d'année"
    r"|(?:la )?fine (?:dell'|d')anno",
    "next year": r"(?:el )?(?:año que viene|próximo año)|(?:o )?próximo ano|(?:l')?année prochaine"
    r"|(?:l')?anno prossimo",
    "rather": r"más bien|mais (?:para|pra)|plutôt|piuttosto",
    "competitor": r"competidor(?:es)?|concurrents?|concorrent[ei]",
    # what happened to the money, said in their language; a "nicht"/"non" before it still negates it
    # (and before the price level, already in English by then: "der Preis ist nicht zu hoch")
    "not": r"(?:nicht|niet)(?= (?:gekürzt|gestrichen|eingefroren|gesperrt|gekort|ingekort|bevroren|too high"
    r"|too expensive|expensive|very high))|(?:não|no)(?= (?:cortou|cortaram|recortó|recortaron"
    r"|adiou|adiaram|aplazó|aplazaron|pospuso|pospusieron)\b)",
    "the meeting": r"(?:a|la) (?:reunião|reunión|réunion|riunione)",
    # the participle, and the plain past a board acts in ("a diretoria cortou o orçamento", "recortaron")
    "cut": r"gekürzt|gestrichen|gekort|ingekort|recortad[oa]s?|cortad[oa]s?|réduite?s?|coupée?s?|tagliat[oaie]|cutt?ed"
    r"|(?:re)?cortou|(?:re)?cortaram|recortó|recortaron",
    # purchases or a decision put off to a later half-year ("adiou as compras para o segundo semestre"); the date
    # is judged as ever, against the expected close
    "postponed": r"adiou|adiaram|aplazó|aplazaron|pospuso|pospusieron|rinviat[oaie]|posticipat[oaie]"
    r"|reporté(?:e|s|es)?|repoussé(?:e|s|es)?|aplazad[oa]s?|pospuest[oa]s?"
    r"|verschoben|vertagt|aufgeschoben|uitgesteld|verschoven",
    "the second half": r"(?:el|o|le|il) (?:segundo|second|secondo) semestre",
    # a deal paused, said in their language ("dejamos el proyecto en pausa"): read as "on hold"
    # (the project or contract itself: a meeting paused for five minutes, or a pause already over, is not)
    "the project on hold": r"(?:el|o|le|il) (?:proyecto|projeto|projet|progetto|contrato|contrat|contratto)"
    r" (?:(?:está|sigue|queda|fica|segue|est|reste|è|rimane) )?(?:en|em|in) paus[ae]",
    "I have no date": r"no tengo fecha|não tenho data|je n'ai pas de date|non ho una data",
    "frozen": r"eingefroren|gesperrt|bevroren|congelad[oa]s?|gelée?s?|congelat[oaie]|bloccat[oaie]|freezed|frozed",
    "budget cut": r"budgetkürzung(?:en)?|budgetverlaging|coupe budgétaire|réduction budgétaire|recorte presupuestario"
    r"|taglio (?:del|di) budget",
    "budget freeze": r"budgetsperre|budgetstopp|ausgabenstopp|budgetstop|uitgavenstop|gel budgétaire"
    r"|congelación presupuestaria|blocco (?:del budget|della spesa|delle spese)",
    # weighing up a rival, said in their language ("on a aussi une démo avec Tellurix", "leur devis arrive"): the
    # competitor finder reads its English cues; a French "pas" still negates them ("pas de démo avec Tellurix")
    "demo": r"démos?|démonstrations?|demostraci[oó]n|demonstração|dimostrazione|vorführung",
    "quote": r"devis|cotizaci[oó]n|cotação|preventivo|angebot|offerte",
    "quotes": r"angebote|offertes",
    "offer": r"offres?|ofertas?|offert[ae]",
    "proposal": r"propuestas?|propostas?",
    "compare": r"vergleichen|vergleich",
    "compared": r"verglichen|vergeleken",
    "ruled out": r"écarté(?:e|s|es)?|descartad[oa]s?|scartat[oaie]|ausgeschlossen",
    "no": r"pas|jamais|kein(?:e|en|er)?",
    # a whole message in their language: a rival evaluated and compared, the champion leaving and a successor
    # taking the decision over, the price too high and the discount asked, new projects frozen with no date yet
    "we are evaluating": r"(?:estamos|estoy) evaluando|(?:estamos|estou) avaliando|(?:nous )?évaluons"
    r"|(?:stiamo|sto) valutando|(?:wir )?evaluieren",
    "we will compare": r"compararemos|vamos comparar|(?:nous )?comparerons|confronteremo|werden (?:beide )?vergleichen",
    # a leaving verb only with the firm after it ("je quitte Domzoom", "dejo la empresa"): "te dejo el enlace" is a link
    "I am leaving": r"(?:je quitte|dejo|deixo|lascio|ich verlasse|me voy de|saio d[ao])" + _FIRM,
    "is leaving": r"(?:quitte|deja|deixa|lascia|verlässt|se va de|sai d[ao])" + _FIRM,
    # Dutch, the date between ("ik vertrek per 1 oktober bij Domzoom"); the French perfect ("a quitté Domzoom")
    "I'm leaving": r"ik (?:vertrek|verlaat)(?: (?:per|op|vanaf|eind|begin|half) [^.,;]{1,20}?)?(?: bij)?" + _FIRM,
    "has left": r"a quitté" + _FIRM,
    # the file or the decision taken over ("reprend le dossier"), not work resuming ("le travail reprend lundi")
    "takes over": r"(?:reprend(?:ra)?|asum(?:e|irá|ió)|assum(?:e|irá|iu)|prend(?:e|erà) in carico|übernimmt)"
    r" (?:le dossier|le projet|el proyecto|el expediente|o projeto|o processo|il progetto|la pratica|das projekt)"
    r"|se (?:hace|hará|fera) (?:cargo|charge)|subentra",
    "will make the decision": r"prendra la décision|tomará (?:la decisión|a decisão)|prenderà la decisione"
    r"|wird (?:die )?entscheidung treffen",
    "list price": r"listino|precio de lista|preço de tabela|prix (?:de )?catalogue|listenpreis",
    "% discount": r"(?<=\d) ?% (?:di|de|d'|des) (?:sconto|descuento|desconto|remise|rabais|discount)",
    "freeze": r"congel(?:ar|amos|aron|ou|aram|are|iamo)|geler|gèlent|einfrieren",
    # the Spanish preterite a CFO acts in ("el CFO congeló todo el budget"), and how long: "hasta nuevo aviso"
    "froze": r"congel(?:ó|é)",
    "all the": r"tod[oa] (?:el|la)(?= (?:budget|presupuesto|gasto))",
    "until further notice": r"hasta nuevo aviso|hasta nueva orden|até novo aviso|até nova ordem|jusqu'à nouvel"
    r" (?:ordre|avis)|fino a nuovo (?:avviso|ordine)|bis auf weiteres|tot nader (?:order|bericht)",
    # spend stopped, in Italian or French ("ha bloccato tutte le spese", "a bloqué toutes les dépenses")
    "blocked": r"bloccat[oaie]|bloqué(?:e|s|es)?|bloquead[oa]s?|bloque(?:ó|ou)|blockiert|geblokkeerd",
    "all spending": r"tutte le spese|toutes les dépenses|todos los gastos|todas as despesas|alle ausgaben"
    r"|alle uitgaven",
    "all new projects": r"(?:todos (?:los|os)|tous les|tutti i|alle) (?:(?:nouveaux|nuovi|neuen) (?:projets|progetti"
    r"|projekte)|(?:proyectos|projetos|projets|progetti) (?:nuevos|novos|nouveaux|nuovi))",
    "all projects": r"(?:todos (?:los|os)|tous les|tutti i|alle) (?:proyectos|projetos|projets|progetti|projekte)",
    "there is no date yet": r"(?:ainda )?não (?:há|temos) data|(?:todavía|aún) no (?:hay|tenemos) fecha"
    r"|(?:il n'y a )?pas encore de date|non (?:c'è|abbiamo) ancora (?:una )?data|noch (?:kein datum|keinen termin)",
    "I cannot sign now": r"não posso assinar agora|no puedo firmar ahora|je ne (?:peux|pourrai) pas signer maintenant"
    r"|non posso firmare ora|ich kann (?:jetzt )?nicht unterschreiben",
    # signature moved to a later date, and the money not there, in German or Dutch ("De ondertekening schuift naar
    # eind februari", "das Geld ist schlicht nicht da"); the date is judged as ever, against the expected close
    "the signing": r"de ondertekening|die unterzeichnung|die unterschrift",
    "moves to": r"schuift(?: \w+)? (?:op )?naar|verschiebt sich(?: \w+)? (?:auf|in den|in)",
    "end of": r"(?:eind|ende)(?= (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|januar|februar|märz|mai|oktober|dezember|august)\b)",
    "the money is not there": r"das geld ist (?:\w+ ){0,2}nicht da|het geld is er (?:\w+ ){0,2}niet",
    # none left at all ("er is geen geld meer voor dit jaar", "kein Budget mehr"); "kein" may be "no" already
    # (an English "no budget" stays itself: "no budget concerns either")
    "no money left": r"(?:geen|kein) (?:geld|budget)(?: meer| mehr)?(?! (?:issues?|problems?|concerns?|zorgen"
    r"|problemen|probleme?|sorgen)\b)|no (?:geld(?: meer| mehr)?|budget (?:meer|mehr))",
    # learner past forms of irregular verbs (and "cutted", "freezed" with the cut and frozen words above)
    "held": r"holded",
    "taken": r"taked|tooked",
    "put": r"putted",
    "chose": r"choosed|chosed",
    # the bare modal with its subject, last so the phrases that hold it read first ("können wir nicht akzeptieren",
    # "wir werden beide vergleichen"): "können wir den Vertrag erst im Februar unterschreiben"
    "we can": r"können wir|kunnen we|kunnen wij",
    "we will": r"wir werden|werden wir|we zullen|zullen we",
}
_MONTHS = {
    "January": "enero|janeiro|janvier|gennaio|januari|Januar",
    "February": "febrero|fevereiro|février|febbraio|februari|Februar",
    "March": "marzo|março|maart|März|mars",
    "April": "abril|aprile|avril",
    "May": "mayo|maio|maggio|mei|Mai|mai",
    "June": "junio|junho|juin|giugno|juni|Juni",
    "July": "julio|julho|juillet|luglio|juli|Juli",
    "August": "agosto|août|augustus",
    "September": "septiembre|setembro|septembre|settembre",
    "October": "octubre|outubro|octobre|ottobre|oktober|Oktober",
    "November": "noviembre|novembro|novembre",
    "December": "diciembre|dezembro|décembre|dicembre|Dezember",
}
_TABLE = [
    (re.compile(rf"\b(?:{p})\b", re.IGNORECASE), en)
    for en, p in {**DEAL_WORDS, **PEOPLE_WORDS, **TIMELINE_WORDS, **_WORDS}.items()
]
_TABLE += [(re.compile(rf"\b(?:{p})\b"), en) for en, p in _MONTHS.items()]  # lower case only: not a name
_ANY = re.compile("|".join(p.pattern for p, _ in _TABLE), re.IGNORECASE)
# the German and Dutch verb put last ("können wir erst im Februar unterschreiben", "niet vóór maart tekenen"): moved
# before its floor so the sentence reads in English order ("... sign only in February")
_VERB_LAST = re.compile(
    r"\b((?:erst|nicht vor|niet vóór|niet voor|pas)\b[^.;:!?]{1,40}?)"
    r" (unterschreiben|unterzeichnen|ondertekenen|tekenen)\b",
    re.IGNORECASE,
)


def in_english(sentence: str) -> str:
    """The sentence with the borrowed business words put into English (unchanged when there are none)."""
    if _ANY.search(sentence) is None:
        return sentence
    sentence = _VERB_LAST.sub(r"\2 \1", sentence)
    for pattern, english in _TABLE:
        sentence = pattern.sub(english, sentence)
    return sentence
