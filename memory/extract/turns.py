"""A call transcript's turns where the speaker's label is not "Name: words" on one line, as exported by
the usual recorders:

- the label on a line of its own with the time after it ("Kasia Nowak  0:09", "Aleksander Nowicki | 00:00:11",
  "Keala Kahananui 10:02 AM"), the words on the lines below;
- the time before the label ("00:00:08 Hannah Okoye: Me, sales ops lead, ...").

Each speaker's own title, said in one of their turns, is theirs ("As director of sales operations I can tell
you"); so is the title given when they answer who is on the call ("Me, sales ops lead, and ...").
"""

from __future__ import annotations

import re

from memory.extract.roles import heads_title, own_title, valid_role

# the recorder's and the meeting tool's words, never a person's: "Unknown Speaker", "Microsoft Teams meeting"
TRANSCRIPT_WORDS = frozenset("me myself unknown speaker microsoft teams zoom gong otter webex".split())

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
_NAME = r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}"
# "Kasia Nowak  0:09" / "Aleksander Nowicki | 00:00:11" / "Keala Kahananui 10:02 AM", alone on its line
_LABEL_LINE = re.compile(rf"^[ \t]*({_NAME})[ \t]*(?:[|·•–-][ \t]*|[ \t])(?:\[?{_TIME}\]?)[ \t]*$", re.MULTILINE)
# "00:00:08 Hannah Okoye: words"
_TIME_FIRST = re.compile(rf"^[ \t]*\[?{_TIME}\]?[ \t]+({_NAME})[ \t]*:[ \t]*(.*)$", re.MULTILINE)
# the speaker naming themselves first when asked who is there: "Me, sales ops lead, and ..."
_ME_FIRST = re.compile(r"^\s*(?:me|myself|just me)(?: here)?\s*[,:–—-]\s*(?:the |a |an )?([^,.;:!?\n()]{2,40})", re.I)


def turn_titles(text: str) -> dict[str, str]:
    """Each speaker's title as they give it in one of their turns, by label."""
    titles: dict[str, str] = {}
    for name, words in _turns(text):
        if name in titles or name.split()[0].lower() in TRANSCRIPT_WORDS:
            continue
        role = own_title(words) if "i" in words.lower() else None
        if role is None and (m := _ME_FIRST.match(words)):
            role = valid_role(m.group(1))
            role = role if role and heads_title(role) else None
        if role:
            titles[name] = role
    return titles


def _turns(text: str) -> list[tuple[str, str]]:
    turns = [(m.group(1), m.group(2)) for m in _TIME_FIRST.finditer(text)]
    labels = list(_LABEL_LINE.finditer(text))
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        turns.append((m.group(1), text[m.end() : end].strip()))
    return turns
