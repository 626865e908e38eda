"""Religion cues for a faith seen in what a person does, not named: the ash cross of Ash Wednesday still on a
forehead ("came in with the ashes still on her forehead", "his forehead smudged with ash"), a place or a time
sought to pray ("asked for a quiet corner where he could pray", "is there somewhere she can pray", "prayed at
sunset in the lobby", "stepped out for his afternoon prayers", "rolled out his prayer rug"), and a fast kept
to the sun or broken at a house of worship ("fasting until sunset", "breaks her fast at sundown", "breaks the fast
at the mosque"), which only a religious fast is.

Senses that must stay quiet: prayer as a figure ("we can only pray the deal closes", "pray that legal signs"),
a place's facility or a plan with no one praying ("the venue has a prayer corner"), ashes of a fire or a
cremation ("the ashes of the old warehouse"), and a fast for a test or a diet ("fasting before a blood test",
"an intermittent fast until noon")."""

from __future__ import annotations

_WHOSE = r"(?:his|her|my|their|(?-i:[A-Z][\w'-]+)['’]s)"
# the ash mark, before or after the forehead ("the ashes still on her forehead", "forehead smudged with ash")
_ASH_MARK = (
    r"\b(?:the |an? |some |that )?(?:ash(?:es)?|ash cross|cross of ash(?:es)?|ashen cross|smudge of ash(?:es)?|"
    r"ash smudge)(?: (?:still|visible|clearly))? on " + _WHOSE + r" forehead\b|\b" + _WHOSE + r" forehead "
    r"(?:was |still |all )?(?:smudged|marked|smeared|crossed|dabbed) with ash(?:es)?\b"
)
# a place asked for or found to pray in ("somewhere he could pray", "a quiet corner to pray", "a spot for his
# prayers"); the person is the one who prays, so a venue's offer ("guests can pray in the chapel") is left out
_PLACES = ("corner", "spot", "place", "room", "space", "area", "office", "somewhere", "anywhere", "nook")
# (the place is read behind the match, so that the prefilter requires "pray", not "room")
_PRAY_PLACE = (
    "(?:"
    + "|".join(rf"(?<=\b{place} )" for place in _PLACES)
    + r")(?:(?:where |so )?(?:he|she|they|I|we) (?:could|can|might|would be able to|was able to) |(?:in which )?to |"
    r"for (?:his|her|their|my) )(?:pray\b|prayers?\b|say (?:his|her|their|my) prayers\b)"
)
# prayer at an hour of the sun or the day, done by someone ("prayed at sunset", "his sunset prayers", "stepped
# out for her afternoon prayers")
_HOUR = r"(?:sunset|sundown|dusk|dawn|sunrise|nightfall|noon|midday)"
_PRAY_HOUR = (
    r"\b(?:pray|prays|praying|prayed|to pray) (?:at|around|before|after|by|just before|right at) " + _HOUR + r"\b|"
    r"\b(?:his|her|their|my) (?:" + _HOUR + r"|afternoon|evening|morning|dawn|night|daily|midday) prayers?\b|"
    r"\b(?:stepped|steps|stepping|slipped|slips|went|goes|ducked|excused (?:himself|herself|themselves|myself)) "
    r"(?:out |away |off )?(?:for|to say|to do) (?:his|her|their|my) prayers?\b|"
    r"\b(?:rolled|rolls|rolling|unrolled|laid|lays|spread|spreads) (?:out )?(?:his|her|their|my) prayer "
    r"(?:rug|mat)\b"
)
# a fast kept until the sun goes down, or broken when it does: the Ramadan and other religious fasts, not a
# clinic's ("fasting from midnight") nor a diet's window ("eats nothing until noon")
_SUN_DOWN = r"(?:sunset|sundown|dusk|nightfall|iftar|maghrib)"
_SUN_FAST = (
    r"\b(?:fasting|fasts|fasted|fast) (?:\w+ ){0,2}?(?:until|till|til|to|up to) " + _SUN_DOWN + r"\b|"
    r"\b(?:breaks?|breaking|broke|break) (?:his|her|their|my|the) fast (?:at|around|after|by|with) (?:the )?"
    r"(?:" + _SUN_DOWN + r"|dates)\b|"
    # the fast broken at a house of worship, or left for at sundown ("to break the fast at the mosque", "leaves by
    # sunset to break her fast")
    r"\b(?:breaks?|breaking|broke|break) (?:his|her|their|my|the) fast (?:at|in) (?:the |his |her |their |a )?"
    r"(?:local )?(?:mosque|masjid|gurdwara|synagogue|temple|mandir)\b|"
    r"\b(?:by|at|before|around) " + _SUN_DOWN + r" to break (?:his|her|their|my|the) fast\b"
)

PRACTICE_SIGNS = (
    (_ASH_MARK, "person"),
    (_PRAY_PLACE, "person"),
    (_PRAY_HOUR, "people"),
    (_SUN_FAST, "people"),
)
