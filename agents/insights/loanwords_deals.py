"""Whole business phrases a European subsidiary writes in its own language (French, Spanish, Italian, German, Dutch),
read as their English sense by loanwords.in_english before its single words are: the money frozen or gone ("le gel
de toutes les dépenses", "la copertura economica non c'è più", "met een kwart gekort"), the decision taken by a new
CFO ("ya no es mía, sino suya", "ich bin nur noch beratend dabei"), a local vendor quoting and the two offers laid
side by side ("een lokale partij", "leggen we beide naast elkaar"), and the amount judged against its value ("non
proporzionato al valore", "nettement au-dessus de ce que nous pouvons justifier") with the discount it takes ("un
geste commercial de l'ordre de 15 %"). The phrase is read whole, so a negation around it stays for the finders to
judge as they do in English ("davon nicht betroffen" is "not affected by it")."""

from __future__ import annotations

DEAL_WORDS = {
    # budget: a freeze decided by the parent, the money no longer there or no longer available
    "a freeze of": r"(?:le|un) gel (?:de|des)|(?:la|una) congelación de|(?:il|un) blocco d(?:i|elle|ei)"
    r"|(?:de|een) bevriezing van",
    "is no longer available": r"n'est (?:\w+ )?plus disponible|ya no está disponible|non è più disponibile"
    r"|ist nicht mehr verfügbar|is niet meer beschikbaar",
    "the funding": r"la copertura (?:economica|finanziaria)|la financiación|le financement|die finanzierung"
    r"|de financiering",
    "is no longer there": r"non c'è più|n'est plus là|ya no está|ist nicht mehr da|is er niet meer",
    "not affected": r"nicht betroffen|niet getroffen|pas concerné(?:e|s|es)?|non interessat[oaie]|no afectad[oa]s?",
    "released": r"freigegeben|vrijgegeven|débloqué(?:e|s|es)?|sbloccat[oaie]|liberad[oa]s?",
    # stakeholder: a new CFO who now decides, the champion left advising
    "new CFO": r"neue[nr]? (?:CFO|finanzchef(?:in)?|finanzvorstand|finanzvorständin)|nieuwe (?:CFO|financieel"
    r" directeur)|nuev[oa] (?:CFO|director[a]? financier[oa])|nouv(?:eau|elle) (?:CFO|directeur financier"
    r"|directrice financière)|nuov[oa] (?:CFO|direttore finanziario|direttrice finanziaria)",
    "the final decision": r"la decisión final|la décision finale|la decisione finale|die (?:finale|endgültige)"
    r" entscheidung|de (?:definitieve|uiteindelijke) beslissing",
    "the decision is no longer mine": r"(?:la decisión )?ya no es mía|(?:la décision )?n'est plus la mienne"
    r"|(?:la decisione )?non è più mia|(?:die entscheidung )?liegt nicht mehr bei mir|(?:de beslissing )?ligt"
    r" niet meer bij mij",
    "but his": r"sino suya|mais la sienne|ma sua",
    "I am only advising now": r"ich bin nur noch beratend dabei|ich berate nur noch|ik adviseer alleen nog"
    r"|je n'ai plus qu'un rôle consultatif|ahora solo asesoro|ora ho solo un ruolo consultivo",
    # rivals: a local vendor asked in, and the two offers laid side by side
    "another vendor": r"(?:een|de) (?:lokale|andere) (?:partij|leverancier)|(?:einen|eine) (?:lokalen|anderen|lokale"
    r"|andere) (?:anbieter|firma|lieferanten)|(?:un|otro) proveedor local|otro proveedor|un (?:fournisseur"
    r" local|autre fournisseur)|un (?:fornitore locale|altro fornitore)",
    "look at": r"bekijken|anschauen|ansehen",
    "we will compare both": r"leggen we (?:ze |beide |de twee )?naast elkaar|(?:legen|vergleichen) wir beide"
    r"|(?:los|las) compararemos|les comparerons|li confronteremo",
    # pricing: the amount against its value or what can be justified, and the discount it takes
    "the proposed amount": r"(?:l'importo|il prezzo) propost[oa]|(?:le montant|le prix) proposé|(?:el importe|el"
    r" precio) propuesto|der angebotene (?:betrag|preis)|het voorgestelde bedrag",
    "is not proportionate to the value": r"non (?:sia|è) proporzionat[oa] al valore|n'est pas proportionné"
    r" à la valeur|no (?:es|está) proporcionad[oa] al valor|steht in keinem verhältnis zum (?:wert|nutzen)",
    "remains well above what we can justify": r"reste (?:nettement|largement|bien) au-dessus de ce que nous"
    r" pouvons justifier|resta (?:ben|molto) al di sopra di quanto possiamo giustificare|sigue (?:muy|bastante)"
    r" por encima de lo que podemos justificar|liegt (?:deutlich|weit) über dem, was wir rechtfertigen können",
    # the article too, and the French "d'" before it ("aurions besoin d'un geste commercial significatif")
    "a significant discount": r"(?:d'|di )?(?:un|uno|una) (?:geste commercial|sconto|descuento|rabais)"
    r" (?:significatif|significativo|importante|conséquent)",
    "a discount": r"(?:d'|di )?(?:un|uno) (?:geste commercial|sconto)",
    "we would need": r"(?:nous )?aurions besoin|avremmo bisogno|necesitaríamos|wir bräuchten",
    "of around": r"nell'ordine del|de l'ordre de|del orden del|in der größenordnung von|in de orde van",
    "much too high": r"(?:deutlich|viel|weit) zu hoch|veel te hoog|beaucoup trop élevé|molto troppo alt[oa]",
}
