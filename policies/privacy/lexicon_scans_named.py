"""Genetic-biometric cues for a named person's iris, face or fingerprint template said in Italian or French, the
owner after it: "la scansione dell'iride di Giulia", "l'impronta digitale di Marco", "le scan de l'iris de
Claire", "l'empreinte digitale de M. Girard", and the Italian with a possessive ("la sua scansione del volto").
:mod:`.lexicon_biometrics_abroad` has the Spanish and Portuguese ones.

Senses that must stay quiet: a maker's or a product's ("il lettore di impronte digitali di Samsung", "la
scansione dell'iride dei dipendenti", "le scan de l'iris du terminal"): the owner must be a given name the lists
know, or a possessive of one person."""

from __future__ import annotations

from policies.privacy.lexicon_descent_abroad import _GIVEN

_IT = (
    r"(?:scansion[ei]|lettura|acquisizione|modello|template|impronta) (?:biometric[ao] )?(?:dell['’]iride|"
    r"della retina|del volto|facciale|digitale|vocale)"
)
_FR = (
    r"(?:scan|empreinte|gabarit|modèle|capture|image) (?:biométrique )?(?:de l['’]iris|de la rétine|du visage|"
    r"digitale|vocale|facial)"
)
# the owner: a given name the lists know, or a title and a surname ("sig.ra Bassi", "M. Girard")
_TITLE = r"(?:sig\.|sig\.ra|dott\.|dott\.ssa|M\.|Mme|Mlle|monsieur|madame)"
_OWNER = r"(?:" + _TITLE + r" (?-i:[A-Z][a-zà-ÿ]+)|(?-i:" + _GIVEN + r")\b)"

SCANS_NAMED = (
    (
        r"\b" + _IT + r" (?:di |del |della )" + _OWNER + r"|\b" + _FR + r" (?:de |d['’])" + _OWNER,
        "self",
    ),
    (r"\b(?:la sua|il suo) (?:nuova |ultima )?" + _IT, "person"),
)
