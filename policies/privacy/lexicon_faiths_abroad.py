"""Religion cues for a faith, or none (GDPR Art. 9 counts atheism), said of a person in the languages a rep's notes
mix in: German "ist Zeugin Jehovas", "ist gläubige Muslimin", Dutch "is een overtuigd atheïst", Spanish "es
testigo de Jehová", Portuguese "é evangélica", Italian "è ateo", French "est athée", Polish "jest ateistą".

Senses that must stay quiet: a faith's group written about or sold to ("ein Artikel über die Zeugen Jehovas", "a
Igreja Evangélica é cliente"), and the adjectives that are also a firm's or a thing's ("das katholische
Krankenhaus", "una scuola cattolica"): so the faith follows a verb of being whose subject is a person."""

from __future__ import annotations

# Jehovah's Witnesses in each language ("Zeugin Jehovas", "getuige van Jehova", "testimone di Geova")
_WITNESS = (
    r"Zeug(?:e|in|en) Jehovas|getuigen? van Jehova|testimon[ei] di Geova|testig[oa]s? de Jehov[áa]|testemunhas? "
    r"de Jeov[áa]|t[ée]moins? de J[ée]hovah|[śs]wiadk(?:iem|ek|owie) Jehowy"
)
# faiths and unbelief as a person's noun or adjective ("Muslimin", "atheïst", "cattolica"); the English words
# ("orthodox", "Hindu", "Sikh") are left to the English cues, whose figures ("is orthodox about pricing") they know
_FAITH = (
    r"Atheist(?:in)?|atheïst(?:e)?|ateo|atea|ateu|ateia|ateista|ateistk[aą]|ateist[aą]|ath[ée]e|agnosti(?:ker|kerin|"
    r"cus|ca|co|que)|agn[óo]stic[oa]|Muslim(?:in|e)?|moslim|musulman[ao]?e?|mu[çc]ulman[oa]|muzu[lł]man(?:in|ka)|"
    r"J[üu]din|jood|joods|jud[íi][oa]|judeu|judia|ebre[oa]|Żydem|Katholik(?:in)?|katholisch|"
    r"katholiek|cat[óo]lic[oa]|cattolic[oa]|catholique|katolik|katoliczk[aą]|evangelisch|evang[ée]lic[oa]|"
    r"[ée]vang[ée]lique|protestantisch|protestante|Buddhistin|boeddhist|budista|buddista|bouddhiste|hindoe|"
    r"ind[úu]|mórmon|Mormone|ortodox[oa]|orthodoxe|praw[oa]s[lł]awn(?:[aeyą]|ym)|"
    # Polish puts the noun after "jest" in the instrumental ("jest katolikiem", "jest muzułmanką", "był buddystą")
    r"katolikiem|muzu[lł]maninem|muzu[lł]mank[aą]|protestantem|protestantk[aą]|ewangelikiem|"
    r"ewangeliczk[aą]|buddyst[aą]|buddystk[aą]|hinduist[aą]|hinduistk[aą]|agnostykiem|agnostyczk[aą]|mormonem|"
    r"mormonk[aą]|kalwinist[aą]|luteraninem|luteranink[aą]"
)
# a verb of being, perhaps with an article or a word of degree ("ist eine gläubige", "is een overtuigd")
_IS = (
    r"(?:ist|war|is|was|es|era|é|è|e'|est|jest|by[lł]a?|sono|são)(?: (?:ein|eine|een|un|una|uma|um|une))?"
    r"(?: (?:überzeugte[rn]?|gläubige[rn]?|praktizierende[rn]?|strenge[rn]?|overtuigde?|praktiserende|"
    r"convencid[oa]|convict[oa]|convaincue?|praticante|practicante|praticant[e]|gorliw[ayą]|praktykując[aąy]|"
    r"devot[oa]|devoto|fervent[e]|fervorosa?|sehr|ganz|echt|muy|molto|bem|très|bardzo|praktykującym|"
    r"(?:g[łl][ęe]boko )?wierząc(?:[aąy]|ym)|gorliwym))?"
)
# not the faith's school, hospital or church as a body ("das Krankenhaus ist katholisch geprägt", "la scuola è
# cattolica"): neither the body before the verb nor the mark it leaves after the faith
_BODY = ("Krankenhaus", "Klinik", "Schule", "Kirche", "Gemeinde", "school", "kerk", "escuela", "iglesia", "escola",
         "igreja", "scuola", "chiesa", "hospital", "ospedale", "école", "église")  # fmt: skip
_NOT_OF_A_BODY = "".join(rf"(?<!{body} )" for body in _BODY)
_NOT_A_BODY = (
    r"(?! (?:geprägt|gepraegt|ausgerichtet|georiënteerd|orientad[oa]|orientat[oa]|Schule|Kirche|Krankenhaus|"
    r"Klinik|Gemeinde|school|kerk|ziekenhuis|escuela|iglesia|hospital|escola|igreja|"
    r"scuola|chiesa|ospedale|école|église|hôpital|szkoła|kościół|szpital)\b)"
)

# the Alevi, a cue of its own so that each keeps a short list of literals for the prefilter (which cannot
# require the accented French "alévi", so that is left out)
_ALEVI = r"(?:Alevit(?:in)?|alevit[ae]|alevie?)"

# the writer's own "I am" ("sou Testemunha de Jeová", "ik ben moslim", "jestem katolikiem"): said of oneself
_I_AM = r"(?:sou|soy|ik ben|ich bin|je suis|jestem)(?: (?:een|ein|eine|um|uma|un|una|une))?"

FAITHS_ABROAD = (
    (r"\b" + _I_AM + r" (?:" + _WITNESS + r"|" + _FAITH + r")\b" + _NOT_A_BODY, "self"),
    (r"\b" + _NOT_OF_A_BODY + _IS + r" (?:" + _WITNESS + r"|" + _FAITH + r")\b" + _NOT_A_BODY, "person"),
    (r"\b" + _NOT_OF_A_BODY + _IS + r" " + _ALEVI + r"\b" + _NOT_A_BODY, "person"),
)
