"""Religion cues in Turkish: a person keeping a religious festival or a fast ("Ramazan Bayramı için memlekette",
"Kurban Bayramı'nı ailesiyle geçiriyor", "oruç tutuyor", "Cuma namazına gidiyor"). The festival names are in
:mod:`.lexicon_calendar` as dates only, and no lexicon knew the Turkish verbs of keeping them.

Senses that must stay quiet: the festival as a closing or a date ("Ramazan Bayramı nedeniyle ofis kapalı",
"Kurban Bayramı tatilinde teslimat yok"), Ramazan the given name ("Ramazan Bey"), and a fast that is no
faith's ("dijital oruç tutuyor", a break from screens)."""

from __future__ import annotations

_FESTIVAL = r"(?:Ramazan|Kurban|Şeker|Seker) Bayram(?:ı|i)?(?:['’]?(?:nı|ni|nda|nde|da|de|ı|i))?"
# where or with whom a person spends it
_SPENT = (
    r"(?:memlekette|memleketinde|memleketine|köyünde|köyüne|ailesinin yanında|ailesinin yanına|ailesiyle|"
    r"annesinin yanında|ailesine|hacda|izinde|izinli|izne çıkıyor|izne çıktı)"
)

BAYRAM = (
    (
        # "Ramazan Bayramı için memlekette", "Kurban Bayramı'nı ailesiyle geçiriyor"
        r"\b" + _FESTIVAL + r" (?:için |sebebiyle |nedeniyle |dolayısıyla |boyunca )?" + _SPENT + r"(?!\w)",
        "person",
    ),
    (
        # keeping the fast, the prayers ("oruç tutuyor", "Cuma namazına gidiyor", "teravihe gitti")
        r"\b(?<!dijital )(?<!medya )(?<!internet )(?<!ekran )(?<!alışveriş )(?<!telefon )oruç "
        r"(?:tutuyor|tutuyorum|tutuyormuş|tutacak|tutar|tuttu|tutan|tuttuğu)\w*|"
        r"\b(?:Cuma namazına|namaza|teravihe|camiye) (?:gidiyor|gitti|gidecek|gider|gidiyormuş)\w*|"
        r"\bnamaz kıl(?:ıyor|ar|dı|acak|mak için)\w*",
        "person",
    ),
)
