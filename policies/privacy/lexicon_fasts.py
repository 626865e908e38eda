"""Religion cues told by a fast kept or a practice done with a faith's community: the named fasts of the Orthodox
churches of Ethiopia and Eritrea, of Tibetan Buddhism, of Jainism, of Judaism and of Islam that the festival
calendar (:mod:`.lexicon_calendar`) does not name ("keeping the Abiy Tsom fast", "doing Nyungne", "three days
into Ayambil Oli"), a fast named by its capitalised name ("observing the Tsome Nebiyat fast"), and the Buddhist
community one practises with ("a weekend with his sangha").

Senses that must stay quiet: a diet ("doing the Whole30", "on the 5:2 fast", "an intermittent fast"), a fast
that is a market's ("the Ramadan fast drives late-night footfall"), and a practice spoken of, not done ("Abiy
Tsom is a long fast")."""

from __future__ import annotations

# fasts and fasting practices that only their faithful keep, by name (case kept: "Esther" is also a name, so
# only "the Fast of Esther" and "Ta'anit Esther")
_FAST_NAME = (
    r"(?-i:Abiy Tsom|Abiy Tsome|Hudade|Tsome Nebiyat|Tsome Hawaryat|Tsome Hawariat|Tsome Filseta|Filseta|"
    r"Tsome Dihnet|Tsome Ninewe|the Fast of Nineveh|the Nineveh [Ff]ast|the Fast of Jonah|the Apostles'? [Ff]ast|"
    r"the Fast of the Apostles|the Nativity [Ff]ast|the Dormition [Ff]ast|the Daniel [Ff]ast|Great Lent|"
    r"Nyungne|Nyung Ne|Nyung-ne|Nyungnay|Sojong|Saga Dawa|Uposatha|Ayambil(?: Oli)?|Navpad Oli|Varshitap|"
    r"Varshi Tap|Paryushana?|Ta'anit Esther|Taanit Esther|the Fast of Esther|Tzom Gedaliah|the Fast of Gedaliah|"
    r"Ta'anit Bechorot|the Fast of the Firstborn|Asara B'Tevet|the Tenth of Tevet|the Seventeenth of Tammuz|"
    r"Tisha B'?[Aa]v|Yom Kippur|Ramadan|Ramzan|Ramazan|Ayyam al-Bid|the (?:six )?(?:days of )?Shawwal fasts?|"
    r"Ekadashi|Karva Chauth|Karwa Chauth|Pradosh(?: [Vv]rat)?|Solah Somvar|Sawan Somvar|Shravan Somvar|"
    r"Chaturmas|Lent)"
)
# what a person does with a fast ("doing Nyungne", "halfway through Great Lent", "breaking the Ramadan fast");
# "Ramadan" alone after "during" is a season's and is the calendar's business, so the weak verbs are left out
_KEEPING = (
    r"(?:doing|does|did|done|keeping|keeps|kept|observing|observes|observed|started|starts|starting|begins|began|"
    # the first person's own present ("From the 4th I observe Paryushana", "we keep Lent"): "do" is left out,
    # since "we do Ramadan specials" is a shop's
    r"observe|keep|begin|start|break|finish|complete|"
    r"beginning|breaking|breaks|broke|finishing|finishes|finished|completing|completed|in the middle of|halfway "
    r"through|partway through|(?:a |two |three |four |five |six |\d+ )?(?:days?|weeks?) into)"
)
# a diet's or a charity's fast, capitalised like a named one ("doing the Whole30", "on the Atkins fast", "doing
# the Big Fast for charity")
_A_DIET = (
    r"(?!(?:Whole30|Atkins|Keto|Paleo|Juice|Water|Bone Broth|Dopamine|Intermittent|OMAD|Warrior|Fast 800|"
    r"Master Cleanse|Lemon|Big|Great|Sponsored|Charity|Famine|Live|Hunger|Global|World|National|Office)\b)"
)
# a community one practises a faith with, that no business has ("with his sangha", "her satsang group")
# ("Jamaat" is also a party's name, and "Sangha" a surname: "a call with Sangha" is no one's faith)
_COMMUNITY = r"(?:sangha|satsang|minyan|havurah|chavurah|chavura|vihara|zendo)"

FASTS = (
    (
        # a fast named by what it is ("doing Nyungne", "keeping the Abiy Tsom fast", "three days into Ayambil")
        r"\b"
        + _KEEPING
        + r" (?:the |his |her |my |their |a |an )?(?:annual |yearly |two-day |\w+-day )?"
        + _FAST_NAME
        + r"(?: fast| vrat| retreat)?\b(?! (?:season|rush|peak|trade|sales?|promotions?|menus?|hours)\b)",
        "people",
    ),
    (
        # fasting or abstaining for one ("fasting for Abiy Tsom", "off meat and dairy for Hudade"), and its
        # retreat or practice done ("on a Nyungne retreat this weekend")
        r"\b(?:fast(?:s|ed|ing)?|abstain(?:s|ed|ing)?|off (?:meat|dairy|food|solids|animal products)(?: and \w+)?) "
        r"(?:for|during|through|over|on|until the end of) (?:the )?"
        + _FAST_NAME
        + r"\b|\b(?:on|at|from|back from|doing|attending|joined|joining) (?:a|an|the|his|her|their) (?:\w+-day "
        r"|weekend |two-day )?" + _FAST_NAME + r" (?:retreat|practice)\b",
        "people",
    ),
    (
        # any fast a person keeps under its capitalised name ("observing the Tsome Nebiyat fast"); a diet's
        # names are left out (``_A_DIET``)
        r"\b"
        + _KEEPING
        + r" (?:the |his |her |my |their |a |an )"
        + _A_DIET
        + r"(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:fast|vrat|upvas)\b(?! (?:for|to raise|in aid of)\b)",
        "people",
    ),
    (
        # the Buddhist, Sikh, Hindu, Muslim or Jewish community one belongs to and practises with
        r"\b(?:his|her|my|their|(?-i:[A-Z][a-z]+)['’]s) (?:local |home |own |new |old )?" + _COMMUNITY + r"\b|"
        r"\b(?:with|at|in|to|from|joined|joins|joining) (?:the|a) (?:local )?" + _COMMUNITY + r"\b"
        r"(?! (?:software|app|platform|project|account|customers?|clients?|vertical|market)\b)",
        "person",
    ),
)
