"""A range of values given for the deal ("somewhere between 20 and 25k", "30-40k") and which end of it the
note says to log ("log the low end", "use the top of the range")."""

from __future__ import annotations

import re

from memory.extract.numbers import spelled_value

_SCALE = {"k": 1_000, "grand": 1_000, "thousand": 1_000, "m": 1_000_000, "mil": 1_000_000, "million": 1_000_000}
_FIGURE = r"\$?\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(k|m|mil|million|thousand|grand)?"
# the scale may be said once, after the second figure: "between 20 and 25k" is 20k to 25k
_RANGE = re.compile(
    r"\b(?:between|from|somewhere between|anywhere from)?\s*" + _FIGURE + r"\s*(?:and|to|-|–)\s*" + _FIGURE + r"\b",
    re.IGNORECASE,
)
# ... or said in words, the scale once at the end: "somewhere between twenty and twenty-five thousand"
_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight"
    r"|nine))?|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|one|two|three|four|five|six|seven|eight"
    r"|nine)"
)
_SPELLED_RANGE = re.compile(
    r"\b(?:between|from)\s+(" + _WORD + r")\s+(?:and|to)\s+(" + _WORD + r")\s+(thousand|grand|k|million)\b"
)
_LOW_END = re.compile(
    r"\b(?:low(?:er)?|bottom)\s+end\b|\bbottom of (?:the|that) range\b|\bthe low(?:er)? (?:number|figure)\b"
)
_HIGH_END = re.compile(
    r"\b(?:high(?:er)?|top|upper)\s+end\b|\btop of (?:the|that) range\b|\bthe high(?:er)? (?:number|figure)\b"
)
_CHOOSE = re.compile(r"\b(?:log|use|put|enter|record|go with|take|book|forecast|pick)\b[^.;!?\n]{0,20}$")


def range_end_to_log(text: str) -> float | None:
    """The end of a stated range the note says to log (the last range named before the choice, else the first
    after it), or None when it names no range or no end of one."""
    low = text.lower()
    pick = _pick(low)
    if pick is None:
        return None
    end, at = pick
    ranges = [(m.start(), bounds) for m in _RANGE.finditer(low) if (bounds := _bounds(m)) is not None]
    ranges = sorted(ranges + [(m.start(), _spelled_bounds(m)) for m in _SPELLED_RANGE.finditer(low)])
    before = [bounds for start, bounds in ranges if start < at]
    after = [bounds for start, bounds in ranges if start >= at]
    chosen = before[-1] if before else after[0] if after else None
    if chosen is None:
        return None
    return chosen[0] if end == "low" else chosen[1]


def _bounds(m: re.Match[str]) -> tuple[float, float] | None:
    """The two ends of a range as amounts, or None when it is no range of money."""
    scale_a, scale_b = m.group(2), m.group(4)
    if scale_b is None and scale_a is None and "$" not in m.group(0) and "," not in m.group(0):
        return None  # "between 2 and 3" with no scale, sign or thousands: seats or weeks, not money
    a = float(m.group(1).replace(",", "")) * _SCALE.get(scale_a or scale_b or "", 1)
    b = float(m.group(3).replace(",", "")) * _SCALE.get(scale_b or scale_a or "", 1)
    return (a, b) if a < b else None


def _spelled_bounds(m: re.Match[str]) -> tuple[float, float]:
    scale = _SCALE[m.group(3)]
    low, high = (spelled_value(m.group(i).replace("-", " ").split()) * scale for i in (1, 2))
    return low, high


def _pick(low: str) -> tuple[str, int] | None:
    """Which end the note says to log, and where: the end named right after a verb of choosing."""
    for pattern, end in ((_LOW_END, "low"), (_HIGH_END, "high")):
        for m in pattern.finditer(low):
            if _CHOOSE.search(low, max(0, m.start() - 30), m.start()):
                return end, m.start()
    return None
