"""Genetic-biometric cues for a person's own face or fingerprint captured or held, as an erasure or access
request says it in German, French or Spanish ("mein Gesicht am Check-in-Terminal gescannt", "Löschung meiner
biometrischen Daten", "mon visage a été scanné", "mis datos biométricos") or in English ("the face profile you
stored of me"). :mod:`.lexicon_biometrics_abroad` has a template named by its owner's possessive.

Senses that must stay quiet: the data as a product's or a workforce's ("Ihre biometrischen Daten werden nicht
gespeichert" in a vendor's notice, "les données biométriques des employés"): so it must be the writer's or one
person's (lower-case "ihre" is "her"; the capitalised one is the polite "your")."""

from __future__ import annotations

_CAPTURED_DE = r"(?:gescannt|erfasst|vermessen|gespeichert|fotografiert|aufgenommen)"
_DATA_DE = r"(?:biometrischen Daten|Gesichtsprofils?|Gesichtsdaten|Fingerabdr[üu]cke?|Irisdaten|Stimmprofils?)"

FACE_SCANS_ABROAD = (
    (
        r"(?-i:\b(?:[Mm]ein|[Ss]ein|ihr)) Gesicht (?:[\w-]+ ){0,5}?" + _CAPTURED_DE + r"\b|"
        r"(?-i:\b(?:[Mm]eine[rn]?|[Ss]eine[rn]?|ihre[rn]?)) " + _DATA_DE + r"\b",
        "person",
    ),
    # "mes", "mis" are the writer's own, whom the message is from ("Je demande la suppression de mes ...")
    (
        r"\b(?:mes|ses) (?:donn[ée]es biom[ée]triques|empreintes digitales|gabarits? (?:facial|faciaux))\b|"
        r"\b(?:mon|son) (?:visage|empreinte digitale) (?:a été|avait été|est) (?:\w+ )?(?:scann[ée]e?|num[ée]ris[ée]e?|"
        r"enregistr[ée]e?|captur[ée]e?)\b|"
        r"\b(?:mis|sus) datos biom[ée]tricos\b|\bmi (?:cara|rostro|huella) (?:fue )?(?:escaneada?|registrada?)\b",
        "self",
    ),
    (
        r"\b(?:face|facial|fingerprint|voice|iris|palm) (?:profile|template|print|scan|record|data)s? (?:that )?"
        r"(?:you|they|your \w+) (?:have )?(?:stored|kept|saved|hold|took|taken|captured|made) (?:of|on|from|for) me\b",
        "self",
    ),
)
