"""Health told by a device a person lives with, given as a value in a record: a field of a badge export, a
CSV row or a form ("Hans Gerber,Silis,none,\"cochlear implant - needs hearing-loop seat\"",
"access_needs: insulin pump"). The row's name is the person's (the person gate sees it on the same line).

Senses that must stay quiet: the device as a line of business ("cochlear implant sales", "insulin pump
range"), and a list of what a venue offers with no one's row ("hearing loop available")."""

from __future__ import annotations

_DEVICE = (
    r"(?:cochlear implants?|hearing aids?|pacemaker|insulin pump|(?-i:CGM)|glucose monitor|ostomy bag|stoma bag|"
    r"colostomy bag|prosthetic (?:leg|arm|limb|hand|foot)|artificial limb|white cane|mobility scooter|"
    r"wheelchair user|oxygen (?:tank|concentrator|cylinder)|(?:implanted |implantable )?defibrillator|"
    r"(?:spinal cord|deep brain) stimulator|feeding tube)"
)
# a value of its own: opening a cell, a quoted field or a labelled field ("needs: ..."), and followed by what
# the person needs or by the end of the cell
_CELL_START = r"(?:(?<=,)|(?<=,\")|(?<=;)|(?<=\t)|(?<=\|)|(?<=: )|(?<=:\"))[ \t]*"
_CELL_END = r"(?=[ \t]*(?:$|[,;|\t\"]|-|–|—|\(|needs\b|so\b|requires\b|uses\b))"

_NEEDS = r"(?=[ \t]*(?:[-–—:(,;][ \t]*)?(?:needs|requires|uses|so (?:needs|please)|please)\b)"
# a row that opens with a full name cell ("Olu Bakare,Vantix,..."): the device in a later cell is that person's,
# whether or not the name lists know the given name
_NAMED_ROW = r"(?m:^)(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+)[ \t]*[,;|\t](?:[^\n,;|\t]*[,;|\t])*?[ \t]*\"?"

WORN_DEVICES = (
    (
        _CELL_START + _DEVICE + _CELL_END,
        "person",
    ),
    (
        # ... and the cell goes on to what they need ("- needs a loop seat"), which a product row does not
        _NAMED_ROW + _DEVICE + _NEEDS,
        "self",
    ),
)
