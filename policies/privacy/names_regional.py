"""Given names the main lists (:mod:`.names`) lacked, from the regions a rep's contacts write from: Basque and
Spanish ("Begoña", "Aitor"), Dutch and Flemish ("Koen", "Marieke"), and West African ("Awa", "Mamadou"). They let a
bare first name in a note count as a person ("Ojo con Begoña: el domingo es interventora de ...")."""

from __future__ import annotations

REGIONAL_FEMALE = frozenset(
    """Begoña Nerea Ainhoa Itziar Amaia Maite Inmaculada Arantxa Edurne Leire Irati Uxue Marieke Eline Mieke
    Annelies Awa Aminata Fatou Mariama Chiamaka Funmi Yetunde Nia""".split()
)
REGIONAL_MALE = frozenset(
    """Aitor Unai Iker Asier Gorka Koldo Xabier Ander Mikel Eneko Koen Wout Joris Ruud Stijn Wim Mamadou Ousmane
    Moussa Chinedu Sekou""".split()
)
