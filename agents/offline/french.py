"""Sales questions asked in French ("combien de deals mon équipe a gagnés en septembre ?"), read like the Spanish
ones of :mod:`agents.offline.spanish`: only a message with three French marker words is touched, so an English "mon"
or "ce" never changes meaning; deal words reps keep in English ("deals", "pipeline", "Q3") need nothing."""

from __future__ import annotations

import re
import unicodedata

# words only French uses among the chat's languages; three different ones, one of them a sales or question word,
# mark a message as French ("mon ami ... ce deal ... pour" alone does not)
_STRONG = re.compile(
    r"\b(?:combien|quel\w*|equipe|gagne\w*|perdu\w*|avons|mois|annee|trimestre|semestre|montant|chiffre"
    r"|remerciement\w*|rediger|preparer|ecrire|courriel|relis|relire|envoi|peux-tu|pourrais-tu|pouvez-vous)\b"
)
_MARKERS = re.compile(
    r"\b(?:combien|quel|quelle|quels|quelles|mon|ma|mes|notre|nos|equipe|gagne|gagnes|gagnees|perdu|perdus|pour"
    r"|ce|cette|mois|annee|trimestre|merci|avons|ai|montant|affaires|dernier|derniere|petite|chiffre|encore|juste"
    r"|stade|salut|bonjour|avec|je|leur|suite|avant|petit|mot|commande|peux|un|une|le|la|de|nouveaux|nouvelles|il"
    r"|elle|ils|passer)\b"
)
_MONTHS = ("janvier january", "fevrier february", "mars march", "avril april", "mai may", "juin june",
           "juillet july", "aout august", "septembre september", "octobre october", "novembre november",
           "decembre december")  # fmt: skip
_PHRASES = {
    "combien de": "how many", "combien": "how much", "quel": "which", "quelle": "which", "quels": "which",
    "quelles": "which", "qui": "who", "mon equipe": "my team", "notre equipe": "our team", "l'equipe": "the team",
    "mon": "my", "ma": "my", "mes": "my", "notre": "our", "nos": "our",
    "j'ai gagne": "i won", "ai gagne": "i won", "avons gagne": "we won", "a gagne": "won", "a gagnes": "won",
    "a gagnees": "won", "gagnes": "won", "gagne": "won", "j'ai perdu": "i lost", "avons perdu": "we lost",
    "a perdu": "lost", "a perdus": "lost", "perdus": "lost", "perdu": "lost", "ouverts": "open",
    "montant total": "total won revenue", "chiffre d'affaires": "won revenue", "taux de reussite": "win rate",
    "ce mois-ci": "this month", "ce mois": "this month", "le mois dernier": "last month",
    "ce trimestre": "this quarter", "le trimestre dernier": "last quarter", "cette annee": "this year",
    "ai-je": "did i", "avons-nous": "did we", "en": "in", "et": "and", "pour": "for", "merci": "thanks",
    "j'ai": "i have", "encore": "still", "au stade": "in stage", "juste": "just",
    "le chiffre": "the number", "depuis": "since",
    # "depuis le début de l'année": year to date; "combien on en a perdus": how many we lost
    "le debut de l'annee": "the start of the year", "debut de l'annee": "the start of the year",
    "le debut du trimestre": "the start of the quarter", "le debut du mois": "the start of the month",
    "on en a perdus": "we lost", "on en a perdu": "we lost", "on a perdu": "we lost", "on a perdus": "we lost",
    "on en a gagnes": "we won", "on en a gagne": "we won", "on a gagne": "we won", "on a gagnes": "we won",
    "en avons perdu": "we lost", "en avons gagne": "we won", "combien on en a perdus": "how many we lost",
    "combien on en a perdu": "how many we lost", "combien on en a gagnes": "how many we won",
    "combien on en a gagne": "how many we won", "combien on a perdu": "how many we lost",
    "combien on a gagne": "how many we won",
    "nouveaux": "new", "nouvelles": "new", "nouveau": "new", "nouvelle": "new",
    "premier semestre": "first half", "second semestre": "second half", "deuxieme semestre": "second half",
    "ce semestre": "this half", "le semestre dernier": "last half", "au": "in",
    # who the figures are for, not whose they are: "pour mon point avec Cara" (my 1:1 with Cara)
    "bonjour": "hi", "avec": "with", "point avec": "1:1 with", "reunion avec": "meeting with",
    "rendez-vous avec": "meeting with", "entretien avec": "1:1 with", "avez-vous": "did you",
    # a draft asked for: "peux-tu rediger un petit mot de remerciement pour X suite a leur commande"
    "peux-tu": "can you", "pourrais-tu": "could you", "pouvez-vous": "can you", "pourriez-vous": "could you",
    "preparer": "prepare", "rediger": "draft", "ecrire": "write", "un petit": "a short", "une petite": "a short",
    "petit": "short", "petite": "short", "un mot": "a note", "mot": "note", "un message": "a message",
    "un courriel": "an email", "courriel": "email", "un mail": "an email", "mot de remerciement": "thank-you note",
    "message de remerciement": "thank-you message", "mail de remerciement": "thank-you email",
    "de remerciement": "thank-you", "remerciements": "thanks", "suite a": "following", "leur commande": "their order",
    "commande": "order", "leur": "their", "je le relis": "i will review it", "je la relis": "i will review it",
    "avant envoi": "before sending", "avant l'envoi": "before sending", "avant de l'envoyer": "before sending it",
    **dict(pair.split() for pair in _MONTHS),
    # a quarter by its ordinal: "au troisième trimestre", "au 3e trimestre" (in Q3)
    **{f"{word} trimestre": f"q{n}" for n, words in enumerate((("premier", "1er"),
       ("deuxieme", "second", "2e", "2eme"), ("troisieme", "3e", "3eme"), ("quatrieme", "4e", "4eme")), start=1)
       for word in words},
}  # fmt: skip
# a deal moved into the stage: "combien de deals Boris a-t-il fait passer en Engaging ?", "passés en engaging"; read
# as "moved into engaging", the move dated by the period asked (the deals' engage date)
_INTO_ENGAGING = re.compile(
    r"\b(?:fait passer|fait entrer|passe|passes|passees|passe|mis|mises|amene|amenes|entre|entres|entrees|bascule"
    r"|bascules|fait basculer) (?:au stade |a l'etape |en phase )?(?:en|a|au|dans) (?:le stade |l'etape )?engaging\b"
)
# "au T3": a trimestre is a quarter
_TRIMESTRE = re.compile(r"\bt([1-4])\b")
_PHRASE = re.compile(
    r"(?<![\w'])(" + "|".join(sorted(map(re.escape, _PHRASES), key=len, reverse=True)) + r")(?![\w'-])"
)


def in_english(lowered: str) -> str:
    """``lowered`` (a lower-case message) with its French question words in English, when it reads as French."""
    folded = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    if len(set(_MARKERS.findall(folded))) < 3 or not _STRONG.search(folded):
        return lowered
    folded = _INTO_ENGAGING.sub("moved into engaging", folded)
    return _TRIMESTRE.sub(r"q\1", _PHRASE.sub(lambda m: _PHRASES[m.group(1)], folded))
