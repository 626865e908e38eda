"""Health cues for a medical device a person wears or lives with, told in German, Spanish, French, Italian,
Portuguese or Dutch: "hat seit dem Sommer eine Insulinpumpe", "trägt ein Hörgerät", "sitzt im Rollstuhl", "lleva
una bomba de insulina", "usa un aparato auditivo", "porte un appareil auditif", "ha un microinfusore", "schläft mit
einem CPAP-Gerät".
:mod:`.lexicon_care` and :mod:`.lexicon_worn_devices` know the English names only; stakeholder maps and account
notes kept abroad name the device in the team's language, and the device tells the condition.

Senses that must stay quiet: the device as a product or a line of business ("verkauft Insulinpumpen", "die
Hörgeräte-Sparte", "el mercado de bombas de insulina"), a building's access ("die Rollstuhlrampe am Eingang"), and
any other pump ("die Pumpe an der Fertigungslinie")."""

from __future__ import annotations

# the devices by name; a plural is a person's too ("trägt Hörgeräte"), a compound after a hyphen is a catalogue's
_DEVICE = (
    r"(?:Insulinpumpen?|Hörgeräte?n?|Herzschrittmacher|Defibrillator-?Weste|CPAP-(?:Gerät|Maske)|Beatmungsmaske|"
    r"Sauerstoffgerät|Glukosesensor|Zuckersensor|Blutzuckersensor|Beinprothese|Armprothese|Stomabeutel|"
    r"künstlichen Darmausgang|Blindenstock|Cochlea-?Implantat|"
    r"bomba de insulina|bombas de insulina|aparatos? auditivos?|pr[óo]tesis auditivas?|aud[íi]fonos? "
    r"(?:auditivos?|m[ée]dicos?|para (?:o[íi]r|la sordera))|marcapasos|sensor de glucosa|pr[óo]tesis de "
    r"(?:pierna|brazo|cadera|rodilla)|bolsa de (?:colostom[íi]a|ostom[íi]a)|bast[óo]n blanco|implante coclear|"
    r"pompe à insuline|appareils? auditifs?|appareillage auditif|prothèses? auditives?|stimulateur cardiaque|"
    r"capteur de glyc[ée]mie|poche de stomie|canne blanche|implant cochl[ée]aire|"
    r"microinfusore|pompa (?:per l'|di |d')insulina|apparecchi(?:o)? acustic[oi]|protesi acustica|sensore della "
    r"glicemia|sacchetto per stomia|bastone bianco|"
    r"bomba de insulina|aparelhos? auditivos?|marca-?passo|"
    r"insulinepomp|gehoorapparaa?t(?:en)?|(?-i:CPAP)-(?:apparaat|Gerät)|(?-i:FreeStyle Libre))"
)
_NOT_A_PRODUCT = (
    r"(?![\w-])(?! (?:(?:de|des|der|von|di|del|van) )?(?:Markt|Sparte|Geschäft|Vertrieb|Hersteller|Herstellers|"
    r"Portfolio|Produktlinie|Linie|mercado|l[íi]nea|negocio|fabricantes?|cat[áa]logo|ventas|march[ée]|gamme|"
    r"fabricants?|mercato|linea|produttori|vendite|markt|lijn|fabrikant|business|market|line|range|sales)|"
    r" auf den Markt| al mercado| sur le march[ée]| sul mercato)"
)
# having, wearing, using or sleeping with one, in the six languages; a few words may come between ("hat seit dem
# Sommer eine ...", "lleva desde marzo una ...")
_HAVING = (
    r"(?:hat|hatte|haben|trägt|trug|tragen|braucht|brauchte|benutzt|nutzt|bekommt|bekam|bekommen|lebt mit|schläft "
    r"mit|mit|auf|ist auf|"
    r"tiene|ten[íi]a|lleva|llevaba|usa|usaba|utiliza|necesita|le pusieron|le implantaron|le colocaron|vive con|"
    r"duerme con|con|"
    r"a|avait|porte|portait|utilise|a besoin d'|vit avec|dort avec|avec|on lui a pos[ée]|"
    r"ha|aveva|porta|portava|indossa|gli hanno messo|le hanno messo|vive con|dorme con|"
    r"tem|tinha|leva|anda com|dorme com|com|"
    r"heeft|had|draagt|gebruikt|slaapt met|met)"
)
_ARTICLE = (
    r"(?:(?:eine?[nmr]?|seine?[nmr]?|ihre?[nmr]?|den|dem|der|die|das|"
    r"una?|unos|unas|el|la|los|las|su|sus|"
    r"une?|le|les|son|sa|ses|des|"
    r"il|lo|l'|i|gli|suo|sua|suoi|sue|"
    r"uma?|o|os|as|seu|seus|"
    r"een|zijn|haar) |l')"
)
# the words between may not make it a stock ("tiene una línea de bombas de insulina", "hat ein Sortiment an ...")
_BETWEEN = (
    r"(?:(?!(?:l[íi]neas?|gamas?|cartera|cat[áa]logo|pedidos?|stock|Sortiment|Linie|Produktlinie|gamme|commandes?|"
    r"lignes?|linea|ordini|ordine|linha|encomendas?|Bestellung|Vertrieb|lijn|assortiment|voorraad)\b)[\w.,]+ ){0,4}?"
)

DEVICES_ABROAD = (
    (
        # having or wearing one ("hat seit dem Sommer eine Insulinpumpe", "usa audífonos", "porte un appareil
        # auditif"), or one's own ("seine Insulinpumpe", "su marcapasos")
        r"\b" + _HAVING + r" " + _BETWEEN + _ARTICLE + r"?(?:neue[nms]? |nuev[oa] |nouvel(?:le)? |nuov[oa] |"
        r"nieuwe )?" + _DEVICE + _NOT_A_PRODUCT,
        "person",
    ),
    (
        # one who moves in a wheelchair, in German and Dutch ("sitzt im Rollstuhl", "ist Rollstuhlfahrerin",
        # "zit in een rolstoel"); a ramp or a lift for wheelchairs is a building's
        r"\b(?:sitzt|saß|sitzt seit \w+|ist|war) (?:\w+ ){0,3}?(?:im|in einem) Rollstuhl\b|\b(?:ist|war) "
        r"(?:eine? )?Rollstuhlfahrer(?:in)?\b|\bauf (?:einen|den) Rollstuhl angewiesen\b|\b(?:zit|zat|is) "
        r"(?:\w+ ){0,3}?in een rolstoel\b",
        "person",
    ),
)
