"""Feeling words customers write in their own language inside English mail, put into English for the tone.

VADER knows only English, so a code-switched message ("¡Muchas gracias, al equipo le encantó!", "No estoy
contenta.") scores as neutral as a blank line. Spanish, Portuguese, French and Italian: thanks, delight, praise,
disappointment, anger, being fed up, and the bare receipt that opens a cold reply; Dutch and German too, for
the feeling words and the turn of a whole message ("nog steeds niet", "zo gaan we niet verder"). The quote shown
to the rep stays as written (sentiment.py maps it back).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# ordered: the longer phrase first ("muchas gracias" before "gracias", "no estoy contenta" before "contenta")
_FEELINGS = (
    (
        "I am not happy",
        r"(?:no|não) (?:estoy|estamos|estou) (?:nada |muy |muito )?(?:content[oa]s?"
        r"|satisfech[oa]s?|satisfeit[oa]s?|feliz|felices)|(?:je ne suis|nous ne sommes) pas (?:content|satisfait)e?s?"
        r"|non (?:sono|siamo) (?:content[oi]|soddisfatt[oi])|(?:ik ben|we zijn|wij zijn) (?:helemaal )?niet tevreden"
        r"|(?:ich bin|wir sind) (?:gar |überhaupt )?nicht zufrieden",
    ),
    # a patience run out, and a failure still open ("Zo gaan we niet verder.", "immer noch nicht erreichbar")
    ("we can't go on like this", r"zo gaan we niet (?:verder|door)|so (?:geht es|kann es) nicht weiter(?:gehen)?"),
    # a failure still open, and said again, in French, Spanish, Italian, German or Dutch ("Nog steeds kapot.",
    # "Toujours aucune synchronisation", "Otra vez mal."), and the trust it cost ("unser Vertrauen ... gelitten")
    ("still broken", r"nog steeds kapot|immer noch kaputt|toujours en panne|sigue roto|ancora rotto"),
    (
        "still no",
        r"toujours (?:aucune?|pas de)|nog steeds geen|immer noch kein(?:e|en)?",
    ),
    # (not the Spanish "todavía no" nor the Italian "ancora non": "not yet", as in "todavía no hay fecha")
    ("still not", r"toujours pas"),
    (
        "no update received",
        r"geen (?:update|reactie|antwoord) (?:gehad|ontvangen)|keine (?:rückmeldung|antwort)"
        r" (?:erhalten|bekommen)",
    ),
    ("wrong again", r"otra vez mal|de nuevo mal|encore faux|di nuovo sbagliat[oa]|weer fout|schon wieder falsch"),
    (
        "it is hard to defend you",
        r"(?:así )?(?:es|está) difícil defender(?:os|los|te)|(?:c'est )?difficile de vous"
        r" défendre|(?:così )?è difficile difendervi|moeilijk om jullie te verdedigen",
    ),
    ("our trust", r"unser vertrauen|notre confiance|nuestra confianza|la nostra fiducia|ons vertrouwen"),
    ("has suffered", r"(?:hat )?gelitten(?: hat)?|a souffert|ha sufrido|ha sofferto|heeft geleden"),
    ("considerably", r"erheblich|considérablement|considerablemente|notevolmente|aanzienlijk"),
    ("excellent", r"excellente?s?|eccellent[ei]|hervorragende?[nrs]?|uitstekende?"),
    ("very pleased", r"sehr angetan|très satisfaite?s?|molto soddisfatt[ioe]"),
    ("really", r"vraiment|davvero|wirklich"),
    ("still not", r"nog steeds niet|nog altijd niet|immer noch nicht"),
    ("still nothing", r"nog (?:steeds |altijd )?niets|immer noch nichts"),
    ("frankly", r"eerlijk gezegd|ehrlich gesagt"),
    ("quite", r"behoorlijk|ziemlich"),
    # Dutch warmth only: German thanks beside a neutral German reply would still read as a drop from warm to flat
    ("thank you very much", r"heel erg bedankt|hartelijk dank|dank je wel|dank u wel"),
    ("thanks", r"bedankt|dank je|dank u"),
    # "Graag" opening a bare request is "please", not warmth: "Graag de juiste versie."
    ("please", r"(?:^|(?<=[.!?] )|(?<=\n))graag(?= (?:de|het|een|uw|je|jullie|even|nog)\b)"),
    ("gladly", r"graag"),
    ("delighted", r"enthousiast"),
    ("exactly what we were looking for", r"precies wat we (?:zochten|nodig hadden)"),
    ("lovely", r"fijne?"),
    ("nice", r"leuke?"),
    ("really", r"echt"),
    # a change they asked for, come back undone: "Artikel 9 staat er weer in. Ongewijzigd."
    ("is back in", r"staat er (?:gewoon |alweer |toch )?(?:weer|opnieuw) in"),
    ("unchanged", r"ongewijzigd|onveranderd|unverändert"),
    ("thank you very much", r"muchas gracias|muchísimas gracias|muito obrigad[oa]|merci beaucoup|grazie mille"),
    ("thanks", r"gracias|obrigad[oa]|merci|grazie"),
    (
        "loved it",
        r"(?:le|les|nos|me) encant(?:ó|o|a|aron)|(?:j'ai|on a|nous avons) adoré|ci è piaciut[oa] molto"
        r"|amei|adoramos|adorei",
    ),
    (
        "great",
        r"genial|estupendo|fantástic[oa]|maravillos[oa]|excelente|ótimo|perfecto|perfeito|génial|parfait"
        r"|ottimo|perfetto|geweldig|fantastisch|uitstekend",
    ),
    # the warmth said as an adjective ("¡Encantados con la propuesta!", "Ravie de la démo")
    ("delighted", r"encantad[oa]s?|ravie?s?|entusiasmad[oa]s?"),
    ("happy", r"content[oaie]s?|satisfech[oa]s?|satisfeit[oa]s?|soddisfatt[oaie]|feliz|felices"),
    ("disappointed", r"decepcionad[oa]s?|déçue?s?|delus[oaie]|teleurgesteld|enttäuscht"),
    ("a shame", r"jammer|schade"),
    (
        "angry",
        r"molest[oa]s?|enfadad[oa]s?|enojad[oa]s?|furios[oa]s?|fâchée?s?|arrabbiat[oaie]|irritad[oa]s?|boos|geïrriteerd"
        r"|verärgert",
    ),
    ("fed up with", r"hart[oa]s? de|cansad[oa]s? de|marre de|stuf[oaie] di"),
    (
        "unacceptable",
        r"inaceptable|inaceitável|inacceptable|inaccettabile|onaanvaardbaar|onacceptabel|inakzeptabel",
    ),
    ("received", r"recibido|recebido|reçu|ricevuto"),
    # last, after the phrases that hold it: a Dutch "niet" negates the feeling after it ("niet teleurgesteld")
    ("not", r"niet"),
)
_TABLE = [(re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE), en) for en, p in _FEELINGS]
_ANY = re.compile("|".join(p.pattern for p, _ in _TABLE), re.IGNORECASE)


# words that are plain function words in German or Dutch but strong feelings in VADER's English lexicon: the
# article "die" reads as death, the German "war" (was) as war. Read as what they mean in a message in that language.
_FUNCTION_WORDS = re.compile(r"\b(?:die|war)\b", re.IGNORECASE)
_THEIR_SENSE = {"die": "the", "war": "was"}
# unambiguous German and Dutch function words: two different ones mark a message written in that language (an
# English "die" or "war" keeps its sense; "mit" and "van" are left out, as they stand in English names)
_GERMAN_OR_DUTCH = re.compile(
    r"\b(?:der|das|und|ist|nicht|wir|ich|für|auf|dem|ein|eine[nmrs]?|sind|haben|wird|werden|uns|unser[e]?[nmrs]?"
    r"|auch|noch|alle|sie|ihre?[nmrs]?|diese[nmrs]?|sich|leider|schon|bitte|het|een|niet|wij|zijn|voor|naar|ook"
    r"|maar|heeft|hebben|onze?|jullie|graag|wordt|helaas)\b",
    re.IGNORECASE,
)


# the German article before its capitalised noun, however short the message: "zur Planung: die Freigabe folgt"
# (a noun of a German ending only: "I will die Tuesday" keeps its sense)
_ARTICLE = re.compile(r"\b[Dd]ie(?= [A-ZÄÖÜ][a-zäöüß]+(?:ung|heit|keit|schaft|gabe|nahme)\b)")


def _in_their_language(text: str) -> str:
    """German or Dutch function words that VADER knows as English feelings, put into their plain sense."""
    if len({m.group(0).lower() for m in _GERMAN_OR_DUTCH.finditer(text)}) < 2:
        return _ARTICLE.sub(lambda m: _cased("the")(m), text)
    return _FUNCTION_WORDS.sub(lambda m: _cased(_THEIR_SENSE[m.group(0).lower()])(m), text)


_INVERTED = re.compile(r"[¡¿](?=\w)")


def tone_in_english(text: str) -> str:
    """The text with its borrowed feeling words put into English (unchanged when there are none)."""
    # VADER splits on spaces only: "¡Encantados" is one unknown token, so the Spanish opening marks go
    text = _in_their_language(_INVERTED.sub("", text))
    if _ANY.search(text) is None:
        return text
    for pattern, english in _TABLE:
        text = pattern.sub(_cased(english), text)
    return text


def _cased(english: str) -> Callable[[re.Match[str]], str]:
    """The English words, with a capital kept where they wrote one, so the sentences split as they did."""
    capital = english[0].upper() + english[1:]
    return lambda m: capital if m.group(0)[0].isupper() else english
