"""Religion cues for a fast a person keeps, told in Turkish and Hinglish: "bu ay oruç tutuyor", "oruçlu olduğu
için", "Navratri ke vrat rakh rahi hain", "roza rakhte hain", "Ekadashi ka upvas hai". (Fasts named in English are
in :mod:`.lexicon_fasts`.)

Senses that must stay quiet: a fast as a market's or a crowd's ("oruç tutanlar için iftar menüsü", "vrat thali
menu launch"), a fast that is no faith's ("dijital oruç", "sosyal medya orucu", "juice fast rakha"): so the fast
must be kept, in a singular person's verb, and the Hinglish one named by its faith's word."""

from __future__ import annotations

# Turkish: keeping the fast, in a person's forms ("tutuyor", "tuttuğu", "tutacak"); "tutan"/"tutanlar" are whoever
# keeps it, a crowd
_TURKISH = (
    r"(?<!dijital )(?<!medya )\boruç (?:tutuyor|tuttu|tuttuğu|tutacak|tutacağı|tutmaya|tutar|tutuyormuş|tutmuş)"
    r"(?![a-zçğıöşü]*lar)\w*|\boruçlu(?:yum|yuz|dur|ymuş|yken)?\b(?! (?:müşteri|çalışan|kullanıcı)\w*)"
)
# Hinglish: a fast by the faith's word, kept ("vrat rakh rahi hain", "roza rakhte hain", "upvas hai")
_FAST = r"(?:vrat|vrath|upvas|upwas|roza|roze|rozay|rozey)"
_HINGLISH = (
    r"\b" + _FAST + r" (?:rakh(?:a|e|i|na|ne|ti|te|ta|enge|egi|engi|ungi|unga|oonga)?|rakh rah[aei]|chal rah[aei]|"
    r"hai|hain|tha|thi|ho|kar rah[aei]|kar(?:ti|te|ta))\b(?! (?:menu|thali|special|sale|offer)s?\b)"
)

FASTS_ABROAD = ((_TURKISH, "person"), (_HINGLISH, "person"))
