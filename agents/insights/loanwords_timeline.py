"""A signature ruled out before a later date, said in German, Spanish, French, Italian or Portuguese ("Eine
Unterschrift vor Oktober ist leider nicht möglich", "no podremos firmar este año; lo antes posible sería abril"):
read as its English sense by loanwords.in_english, so the timeline finder judges the date as ever, against the
expected close. "Before" is read only with a month or a date after it ("vor Ort" is on site), and "the earliest
would be" only with its verb ("firmaremos lo antes posible" is as soon as possible: no date, no slip).
Also the signature put off in German or Dutch ("müssen wir die Unterschrift verschieben"), a meeting's words so a
meeting put off stays one ("den Termin verschieben"), and a price increase turned down ("Eine Preiserhöhung von 9%
können wir nicht akzeptieren") for the pricing cues."""

from __future__ import annotations

_MONTH = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|enero|febrero|marzo|abril"
    r"|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei"
    r"|augustus)\b"
)
# a month after it, with a day or "end of" before it: "vor dem 1. Oktober", "antes de finales de marzo"
_WHEN = rf"(?= (?:\d{{1,2}}\.? (?:de )?|(?:ende|mitte|anfang|fin de|finales de|fine) )?(?:{_MONTH}|q[1-4]\b))"
# a quarter ("le deuxième trimestre 2018", "im zweiten Quartal"), read as "Q2" before "before" reads its date
_QUARTER = r"(?:(?:le|el|il|het|im|dem|al|du|del) )?(?:{}) (?:trimestre|quartal|kwartaal)"
_VERDICT = r"(?:nicht möglich|unmöglich|nicht realistisch|unrealistisch)"
TIMELINE_WORDS = {
    "Q1": _QUARTER.format(r"premier|1er|primer|primo|ersten?|eerste"),
    "Q2": _QUARTER.format(r"deuxième|second|segundo|secondo|zweiten?|tweede"),
    "Q3": _QUARTER.format(r"troisième|tercer|terzo|dritten?|derde"),
    "Q4": _QUARTER.format(r"quatrième|cuarto|quarto|vierten?|vierde"),
    # the signature slipping to a month ("la firma slitta quindi a febbraio", "la signature glisse à mars")
    "slips to": rf"(?:slitta|slittano|glisse|glissent|se retrasa|se desplaza|scivola)(?:,? [\w']+,?){{0,2}}?"
    rf" (?:a|à|al|en|in|hasta)(?= (?:fine |fin |finales de |mi-)?{_MONTH})",
    # "Dat wordt niet vóór februari": the date of the sentence before, read as an elliptical floor
    "that will be": r"dat wordt|das wird",
    # a deal paused with all new projects ("dejamos en pausa todos los proyectos nuevos, incluido el vuestro")
    "we put on hold": r"(?:dejamos|ponemos|hemos (?:dejado|puesto)|deixamos|colocamos) (?:en|em) pausa"
    r"|(?:mettons|avons mis) en (?:pause|attente)|(?:mettiamo|abbiamo messo) in (?:pausa|sospeso)",
    "including yours": r"incluido el vuestro|incluido el suyo|incluso el vuestro|y compris le vôtre|compreso il"
    r" vostro|incluso il vostro|einschließlich ihres|inklusive ihres|inclusief het uwe|ook het uwe",
    # the signature itself ("die Unterschrift" is loanwords' "the signing"), and the formal noun ("Unterzeichnung")
    # ("la firma" only before a slip verb: cues_timeline_estimate reads "la firma queda para enero" as written)
    "the signature": r"die (?:vertrags)?unterzeichnung|de ondertekening|la signature"
    r"|la firma(?=[^.;]{0,40}\b(?:slips|slitta|slittano|scivola|se retrasa|se desplaza)\b)",
    "a signature": r"eine unterschrift|une signature|eine (?:vertrags)?unterzeichnung|een ondertekening",
    "signature": r"(?:vertrags)?unterzeichnung|ondertekening",
    # the signature put off ("müssen wir die Unterschrift verschieben", "de ondertekening uitstellen"): a pause, whose
    # date (if any) is judged as ever; what is put off is judged too, so a meeting moved stays a meeting
    "postpone": r"verschieben|aufschieben|vertagen|uitstellen",
    "meeting": r"termin|treffen|besprechung|afspraak|vergadering",
    # the verb too ("erst im September unterschreiben"), past a refusal the keys above read whole ("nicht
    # unterschreiben"); "im" only before a month ("im September"), "erst" as "only" (a floor on the date)
    "sign": r"(?<!nicht )(?:unterschreiben|unterzeichnen|ondertekenen|tekenen)|(?<!een )teken(?= eind| begin| in)",
    "signed": r"unterschrieben|unterzeichnet|ondertekend",
    "in": rf"im(?= {_MONTH})",
    "only": r"erst(?= (?:im|in|am|ab|nach|ende|mitte|anfang) )|pas(?= (?:in|na|eind|begin|half|vanaf) )",
    # a renewal uplift turned down ("Eine Preiserhöhung von 9% können wir nicht akzeptieren"): read so the
    # pricing cues see the rise and the refusal after it
    "a price increase": r"eine preiserhöhung|een (?:prijsverhoging|prijsstijging)",
    "the price increase": r"die preiserhöhung|de (?:prijsverhoging|prijsstijging)",
    "price increase": r"preiserhöhung|prijsverhoging|prijsstijging",
    "is not something we can accept": r"(?:können|werden) wir (?:so )?nicht akzeptieren|kunnen we niet accepteren",
    # (the German "nicht akzeptabel" stays as written: cues_pricing_abroad reads it with its subject)
    "is unacceptable": r"is (?:voor ons )?(?:onaanvaardbaar|niet acceptabel)",
    "not before": rf"(?:nicht vor(?: dem)?|niet (?:vóór|voor)|no antes del?|pas avant(?: le)?|non prima del?"
    rf"|não antes de){_WHEN}",
    "before": rf"(?:vor(?: dem)?|antes del?|avant(?: le)?|prima del?){_WHEN}",
    # the verdict, and the asides a writer puts before it ("ist daher leider nicht möglich")
    "is": rf"ist(?= (?:[\w-]+ ){{0,3}}{_VERDICT})",
    "is not possible": r"no es posible|n'est pas possible|non è possibile|não é possível",
    "not possible": r"nicht möglich",
    "not realistic": r"nicht realistisch",
    "impossible": r"unmöglich|imposible|impossibile|impossível",
    "therefore": r"daher|deshalb|deswegen|por lo tanto|por tanto|donc|quindi|portanto",
    "unfortunately": r"leider|lamentablemente|malheureusement|purtroppo|infelizmente",
    # a signature refused for the year, and the earliest date after it
    "we won't be able to sign": r"no (?:podremos|podemos|vamos a poder) firmar|(?:nous )?ne (?:pourrons|pouvons)"
    r" pas signer|on ne (?:pourra|peut) pas signer|non (?:potremo|possiamo|riusciremo a) firmare"
    r"|não (?:poderemos|podemos|vamos poder) assinar|wir (?:können|werden) (?:\w+ )?nicht unterschreiben(?: können)?",
    "this year": r"este año|este ano|cette année|quest'anno|dieses jahr|in diesem jahr",
    "the earliest would be": r"lo (?:más )?antes posible (?:sería|será)|le plus tôt (?:ce )?(?:serait|sera)"
    r"|o mais cedo (?:seria|será)|il prima possibile (?:sarebbe|sarà)",
    "at the earliest": r"como (?:muy )?pronto|au plus tôt|frühestens|op zijn vroegst|ten vroegste",
    # after the verdicts above ("nicht möglich" is "not possible"): "frühestens Ende Januar möglich"
    "possible": r"möglich|mogelijk",
}
