"""Given names in the short forms Polish colleagues go by ("Kasia z Bluth", "Tomek mówi"), which the name lists
(:mod:`.names`) hold only in their full forms (Katarzyna, Tomasz): a note says "Kasia" far more often than
"Katarzyna", and the person gate should know her either way. Only forms with no second sense as a word."""

from __future__ import annotations

DIMINUTIVE_FEMALE = frozenset(
    """Kasia Kaśka Basia Gosia Małgosia Malgosia Zosia Zośka Asia Aśka Ania Hania Madzia Iza Ela Jola Beatka
    Marysia Agnieszka Aga Agusia Dorotka Ewka Gabrysia Justysia Kinga Natalka Paulinka Sylwia Wiesia Danusia""".split()
)
DIMINUTIVE_MALE = frozenset(
    """Tomek Kuba Bartek Wojtek Maciek Jacek Marek Franek Staszek Józek Jozek Antek Kazik Zbyszek Rysiek Włodek
    Wlodek Grzesiek Przemek Bogdan Krzysiek Mietek Jurek Leszek Darek Irek Janek Adaś Piotrek Michałek""".split()
)
