"""Totals a note implies but never writes out, kept apart from ``amount`` (at its size limit):
- a unit price said in a sentence of its own, its count said just before ("We confirm 40 users. Your price is
  $550 per user", "How many seats? / Nine. / At four eight two one each"), times that count;
- a percentage off taken from a figure or from such a total ("20% off the 27,410 list", "with the 10% discount");
- a price per month over a stated term (see ``monthly_term``);
- a figure corrected to one said without its scale ("twelve k... no, wait, fourteen and a half now").
Each comes as a ``Money`` whose offsets point into the whole text."""

from __future__ import annotations

import re

from memory.extract.list_discount import list_discounts
from memory.extract.monthly_term import monthly_term_totals
from memory.extract.numbers import Money, find_money, spelled_value
from memory.extract.products import PRODUCT_SERIES
from memory.extract.text import lowered, sentences
from memory.extract.times_at import times_at_totals

_UNIT = r"(?:seats?|users?|licen[cs]es?|units?|techs?|technicians?|agents?|people|heads?|devices?|logins?)"
# the price of one unit, said right after the figure: "$550 per user", "forty-eight twenty-one a seat", "each"
PER_UNIT_AFTER = re.compile(
    r"\s*(?:each|apiece|a (?:seat|user|licen[cs]e|head|unit)|per (?:seat|user|licen[cs]e|unit|head|person|device)|"
    r"/\s?(?:seat|user|licen[cs]e|unit))\b(?!\s*(?:/|per|a)\s*(?:mo|month|year|yr|annum)\w*)"
)
_COUNT_WORDS = {
    w: i
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen twenty".split(),
        1,
    )
}  # a team's seats are often said in words past twelve: "fifteen seats of GTX Plus Basic"
_COUNT = r"(\d{1,5}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
# a count of units: "40 GTX Basic users", "Five GTX Pro seats", "the 9 seats"
# ... but not a model number, which follows its series or a model word: "some GTK 500 units", "the Model 300 units"
_MODEL_BEFORE = "".join(rf"(?<!\b{w} )" for w in (*sorted(PRODUCT_SERIES), "model", "series", "type", "version"))
_COUNTED = re.compile(r"(?<![\w$€£.,])" + _MODEL_BEFORE + _COUNT + r"\s+(?:[\w-]+\s+){0,3}?" + _UNIT + r"\b")
# a count said alone as the answer to "how many": "Nine.", "Aroha: Nine seats."
_BARE_COUNT = re.compile(r"^\s*(?:[^\n]{0,60}?:\s+)?" + _COUNT + r"(?:\s+" + _UNIT + r")?\s*[.!]?\s*$")
_HOW_MANY = re.compile(r"\bhow many\b")
# not this deal's price: a rival's, a past one, a monthly one, or one only asked about ("..., fifty-four a seat?")
_NOT_THIS_PRICE = re.compile(r"\b(?:last year|used to|paid|paying|currently|monthly|a month|per month)\b")
# a percentage taken off: "the 10% volume discount", "20% off", "a discount of 15%"
_PERCENT_OFF = re.compile(
    r"(?<![\d.])(\d{1,2}(?:\.\d)?)\s?(?:%|percent|per cent)\s+(?:(?:[\w-]+\s+){0,2}discount\b|off\b)"
    r"|\bdiscount of (\d{1,2}(?:\.\d)?)\s?(?:%|percent|per cent)"
    r"|\bless (?:a |the |our )?(\d{1,2}(?:\.\d)?)\s?(?:%|percent|per cent)(?! (?:of|than)\b)"  # "less 10% for prepay"
)
# ... from a figure named right after: "20% off the 27,410 list", "15% off our $40k quote"
_OFF_THE = re.compile(r"\s*(?:(?:the|our|your|a|their)\s*)?(?:list\s*(?:price\s*)?(?:of\s*)?)?")
# ... or said after it: "27,410 less 20%", "$40k minus the 15% discount"
_LESS_PERCENT = re.compile(
    r"\s*(?:list\s*)?,?\s*(?:less|minus)\s+(?:a |the |our )?(\d{1,2}(?:\.\d)?)\s?(?:%|percent|per cent)"
)
# a discount not given: "no discount", "won't do 20% off", "asked for 20% off" (an ask, not agreed)
_NOT_GIVEN = re.compile(
    r"\b(?:no|not|n't|without|asked for|asking for|wants?|wanted|hoping for|pushing for)\b[^.]{0,25}$"
)


def implied_totals(text: str, rivals: list[str]) -> list[Money]:
    """Every total the note implies: a count times a unit price said apart, with any percentage off applied, and
    a stated figure with a percentage off applied."""
    low = lowered(text)
    times = _times_totals(low, rivals) if "x" in low or "×" in low else []
    times += list_discounts(text)  # "List is 54,820. ... Fifteen percent off list I can do."
    times += times_at_totals(text, rivals)  # "2 x GTK 500 at $26,768 if you knock the $2,536 off"
    times += monthly_term_totals(text, rivals)  # "15 seats @ 50/mo, 24 mo term": the contract's total
    if not ("%" in low or "percent" in low or "per cent" in low or PER_UNIT_AFTER.search(low)):
        return times  # the cheap test first: most notes price nothing per unit and take nothing off
    parts = sentences(low)
    out: list[Money] = times
    for i, (offset, sentence) in enumerate(parts):
        if sentence.rstrip().endswith("?") or any(r in sentence for r in rivals) or _NOT_THIS_PRICE.search(sentence):
            continue
        off = _percent_off(parts, i, rivals)
        for money in find_money(sentence):
            if PER_UNIT_AFTER.match(sentence, money.end):
                count = _count_before(parts, i, money.start)
                if count:
                    total = count * money.value * (1 - off / 100)
                    out.append(Money(total, offset + money.start, offset + money.end, money.text))
                if chosen := _count_chosen(parts, i):  # "between eight and ten seats ... let's commit to nine"
                    at, n = chosen
                    out.append(Money(n * money.value * (1 - off / 100), at, at + 1, money.text))
            elif less := _LESS_PERCENT.match(sentence, money.end):  # "27,410 less 20%"
                cut = money.value * (1 - float(less.group(1)) / 100)
                out.append(Money(cut, offset + money.start, offset + money.end, money.text))
            elif off and _percent_just_before(sentence, money.start):  # "20% off the 27,410 list"
                out.append(Money(money.value * (1 - off / 100), offset + money.start, offset + money.end, money.text))
    return out


# a count times a price written as a product: "that's 30 x 550", "12 × $1,096"; not a size ("1920 x 1080 px",
# "4 x 4 m"), a chain of factors ("2 x 3 x 5") or a multiple ("3x the price")
_TIMES = re.compile(
    r"(?<![\w$€£.,×])(\d{1,4})\s*(?:seats?\s*|users?\s*|licen[cs]es?\s*)?[x×]\s+[$€£]?\s?(\d{1,3}(?:,\d{3})+|\d{2,5}(?:\.\d\d)?)"
    r"(?![\w.,]*\d)(?!\s*(?:[x×*]|px|mm|cm|m\b|ft|in\b|inch|pixels?|%))"
)


def _times_totals(low: str, rivals: list[str]) -> list[Money]:
    out = []
    for offset, sentence in sentences(low):
        if any(r in sentence for r in rivals) or _NOT_THIS_PRICE.search(sentence):
            continue  # "Stackline is 30 x 400": a rival's price; "paid 12 x 90 a month": no deal's value
        for m in _TIMES.finditer(sentence):
            price = float(m.group(2).replace(",", ""))
            if price < 100 and not re.search(r"[$€£]", m.group(0)):
                continue  # "the 5 x 24 product", "7 x 24 support": hours a day, no price
            total = int(m.group(1)) * price
            out.append(Money(total, offset + m.start(), offset + m.end(), m.group(0)))
    return out


# a range of counts, then one of them chosen: "between eight and ten seats ... ok, let's commit to nine"
_COUNT_RANGE = re.compile(
    r"(?<![\w$€£.,])" + _COUNT + r"\s+(?:and|to|or|-|–)\s+" + _COUNT + r"\s+(?:[\w-]+\s+){0,3}?" + _UNIT
)
_CHOSEN = re.compile(
    r"\b(?:commit to|go with|settle on|settled on|make it|call it|log|book)\s+"
    + _COUNT
    + r"\b(?!\s*(?:k\b|thousand|grand|%|weeks?|days?|months?|years?|[$€£]))"
)


def _count_chosen(parts: list[tuple[int, str]], i: int) -> tuple[int, int] | None:
    """Where (in the whole text) a count is chosen from a range said up to three sentences before the price at
    sentence ``i``, chosen in it or the three after it, and that count."""
    ranges = [m for _, sentence in parts[max(0, i - 3) : i + 1] for m in _COUNT_RANGE.finditer(sentence)]
    if not ranges:
        return None
    low, high = _count_value(ranges[-1].group(1)), _count_value(ranges[-1].group(2))
    for offset, sentence in parts[i : i + 4]:
        for m in _CHOSEN.finditer(sentence):
            if low <= (n := _count_value(m.group(1))) <= high:
                return offset + m.start(), n
    return None


def _count_before(parts: list[tuple[int, str]], i: int, start: int) -> int | None:
    """The count of units said before a unit price: in its own sentence, else in the two before it (a bare
    count only as the answer to "how many")."""
    own = [m for m in _COUNTED.finditer(parts[i][1], 0, start)]
    if own:
        return _count_value(own[-1].group(1))
    for j in range(i - 1, max(-1, i - 3), -1):
        sentence = parts[j][1]
        counted = list(_COUNTED.finditer(sentence))
        if counted:
            return _count_value(counted[-1].group(1))
        bare = _BARE_COUNT.match(sentence)
        if bare and j > 0 and _HOW_MANY.search(parts[j - 1][1]):
            return _count_value(bare.group(1))
    return None


def _count_value(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word]


def _percent_off(parts: list[tuple[int, str]], i: int, rivals: list[str]) -> float:
    """The percentage taken off in sentence ``i`` or the one after it (0 when none, when it is not given, or when
    it is a rival's: "Stackline knocked 10% off theirs")."""
    for sentence in (parts[i][1], parts[i + 1][1] if i + 1 < len(parts) else ""):
        if any(r in sentence for r in rivals):
            continue
        for m in _PERCENT_OFF.finditer(sentence):
            if not _NOT_GIVEN.search(sentence, max(0, m.start() - 30), m.start()):
                return float(m.group(1) or m.group(2) or m.group(3))
    return 0.0


def _percent_just_before(sentence: str, start: int) -> bool:
    """Whether a percentage off is said right before the figure at ``start``: "20% off the 27,410"."""
    found = list(_PERCENT_OFF.finditer(sentence, max(0, start - 40), start))
    return bool(found) and _OFF_THE.fullmatch(sentence[found[-1].end() : start]) is not None


# a correction after a figure with a scale, then a figure said without one: "twelve k... no, wait, ... fourteen
# and a half now"; not "no wait, 15 seats"
_CORRECTION = re.compile(
    r"\b(?:no,? wait|wait,? no|sorry|actually|i mean|scratch that|make (?:that|it)|correction|"
    r"no,? (?:she|he|they) (?:said|says|told me)|no,? it(?:'s| is| was)\b)\b"
)
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# hundreds said as a digit and the rest: "three-sixty" (360), "four-twenty-five" (425)
_SPOKEN_HUNDREDS = re.compile(_SMALL + r"[- ]" + _TENS_WORD + r"(?:-" + _SMALL + r")?")
_BARE_FIGURE = re.compile(
    r"(?<![\w$€£.,-])("
    + _SPOKEN_HUNDREDS.pattern
    + r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]"
    + _SMALL
    + r")?|ten|eleven|"
    r"twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|" + _SMALL + r"|\d{1,3}(?:\.\d)?)"
    # its hundreds said after it, or a half: "fourteen five" (14.5), "twenty-two and a half"
    r"(\s+and\s+a\s+half|\s+" + _SMALL + r")?"
    r"(?=\s*(?:now|then|all[- ]in|in total)?\s*(?:[.,;!?\n—–]|$))"
)


def rescaled_correction(text: str) -> Money | None:
    """The figure a correction gives when it drops the scale of the one it corrects: "twelve k... no, wait, that
    was before the night shift, so it's fourteen and a half now" reads as 14,500."""
    low = lowered(text)
    for first in find_money(text):
        if first.value < 1000 or first.value >= 1_000_000:
            continue
        scaled = re.search(r"(?:k|thousand|grand)$", first.text.lower()) is not None
        # the correction right after a "k" figure, or a turn or two later after any figure in thousands: "31,500,
        # noted / Oksana: actually make that thirty-two and a half" (nothing numeric said between)
        fix = _CORRECTION.search(low, first.end, first.end + (32 if scaled else 70))
        if fix is None or (not scaled and re.search(r"\d", low[first.end : fix.start()])):
            continue
        window = low[fix.end() : fix.end() + 120]
        follows = find_money(text[fix.end() : fix.end() + 120])
        if follows and (small := _unscaled(follows[0], first.value)) is not None:
            at = fix.end() + follows[0].start  # "120 thousand, no, she said a hundred and twenty-five": 125,000
            return Money(small, at, fix.end() + follows[0].end, follows[0].text)
        if follows:
            continue  # a figure with its scale follows: the ordinary reading takes it
        m = _BARE_FIGURE.search(window)
        if m is None:
            continue
        word = m.group(1)
        if m.group(2) and "half" not in m.group(2) and (word.isdigit() or re.fullmatch(_SMALL, word)):
            continue  # "five six": no figure and its hundreds
        n = float(word) if word[0].isdigit() else spelled_value(word.replace("-", " ").split())
        if _SPOKEN_HUNDREDS.fullmatch(word):  # "three-sixty": 3 hundreds and sixty
            head, _, rest = word.replace(" ", "-").partition("-")
            n = spelled_value([head]) * 100 + spelled_value(rest.split("-"))
        tail = (m.group(2) or "").split()
        if not scaled and not tail and n < 10:
            continue  # "4,821 for one seat. Actually, make it two": a count of seats, no figure
        value = (n + (0.5 if "half" in tail else spelled_value(tail[-1:]) / 10 if tail else 0)) * 1000
        if first.value / 3 <= value <= first.value * 3:
            at = fix.end() + m.start()
            return Money(value, at, at + len(m.group(0)), text[at : at + len(m.group(0))])
    return None


_SCALE_MARK = re.compile(r"[k$€£%]|thousand|grand|mil|hundred\s*$|\d[.,]\d")


def _unscaled(money: Money, corrected: float) -> float | None:
    """The thousands a bare figure under 1,000 stands for when it corrects ``corrected`` (in thousands) and is
    near it: "a hundred and twenty-five" for 125,000; ``None`` for anything with its own scale."""
    if money.value >= 1000 or money.value < 10 or _SCALE_MARK.search(money.text.lower()):
        return None
    value = money.value * 1000
    return value if corrected / 3 <= value <= corrected * 3 else None
