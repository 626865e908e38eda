"""A bare day pinned by the week of a month said just before it: "decision the first week of March, Friday the 3rd
latest", "la première semaine de juillet, au plus tard le vendredi 7", "la primera semana de mayo, el jueves 4".
The day alone would be read as the next such day from today (often this month's or next month's); the week said
before it names the month, so the day is written out with it ("Friday 3 March"), as the date readers know."""

from __future__ import annotations

import calendar
import re

from memory.extract.foreign_months import MONTH_WORDS, month_number

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m
}
_MONTHS.update({"sept": 9, "mai": 5} | {w: month_number(w) for w in MONTH_WORDS})  # "mai": French and German
_MONTH_WORD = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b"
_MONTH = "(" + _MONTH_WORD[3:]
# the week of a month, or its opening days: "first week of March", "early July", "première semaine de juillet",
# "début juillet", "primera semana de mayo", "principios de mayo"
_WEEK_OF = re.compile(
    r"\b(?:(?:first|second|third|fourth|last|1st|2nd|3rd|4th) week (?:of|in) |(?:early|beginning of|start of) "
    r"|(?:premi[eè]re|deuxi[eè]me|troisi[eè]me|derni[eè]re|1re|2e|3e) semaine (?:de |d['’])|d[ée]but (?:de |d['’])?"
    r"|(?:primera|segunda|tercera|cuarta|[uú]ltima) semana de |principios de )" + _MONTH,
    re.IGNORECASE,
)
_WEEKDAYS = {d.lower(): d for d in calendar.day_name} | {d.lower(): calendar.day_name[i]
                                                         for i, d in enumerate(calendar.day_abbr)}  # fmt: skip
_WEEKDAYS.update({
    "lundi": "Monday", "mardi": "Tuesday", "mercredi": "Wednesday", "jeudi": "Thursday", "vendredi": "Friday",
    "lunes": "Monday", "martes": "Tuesday", "miércoles": "Wednesday", "miercoles": "Wednesday", "jueves": "Thursday",
    "viernes": "Friday",
})  # fmt: skip
_WEEKDAY = "(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"
# the bare day after it, in the same sentence (a quote's mark may open it): "Friday the 3rd", "le vendredi 7", "the
# 4th"; not a day with its month ("Friday 3 March") nor a count ("the 3 licences")
_BARE_DAY = re.compile(
    r"(?:\b(?:le |el )?" + _WEEKDAY + r",? (?:the )?|\b(?:the|le|el) )(\d{1,2})(?:st|nd|rd|th|er)?\b"
    r"(?![ \t]*(?:of\b|[/.-]\d|" + _MONTH_WORD + r"|%|k\b|seats?|licen|users?|people))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)")


def weeks_pinned(text: str) -> str:
    """``text`` with a bare day said after the week of a month given that month: "Friday 3 March"."""
    low = text.lower()
    if (
        "week" not in low
        and "semaine" not in low
        and "semana" not in low
        and "early" not in low
        and ("début" not in low and "debut" not in low and "principios" not in low)
    ):
        return text  # the cheap test first
    for week in reversed(list(_WEEK_OF.finditer(text))):
        end = _SENTENCE_END.search(text, week.end())
        limit = min(end.start() if end else len(text), week.end() + 100)
        day = _BARE_DAY.search(text, week.end(), limit)
        month = _MONTHS[week.group(1).lower()]
        if week.group(1) == "may":
            continue  # "early may be better": the verb; the month is written capitalised
        if day is None or not 1 <= int(day.group(2)) <= calendar.monthrange(2000, month)[1]:
            continue
        weekday = _WEEKDAYS[day.group(1).lower()] + " " if day.group(1) else ""
        said = f"{weekday}{int(day.group(2))} {calendar.month_name[month]}"
        text = text[: day.start()] + said + text[day.end() :]
    return text
