"""Money in notes: ``40k``, ``$1.2M``, ``26,768``, "forty thousand", "half a million", "thirty grand",
"one point one five million", "a quarter of a million", "two and a quarter million".

Counts ("three licences", "GTK 500", "x12") are not money: a figure counts only with a currency sign,
a scale (k, M, thousand, grand), a currency word after it, or thousands separators."""

from __future__ import annotations

import re
from dataclasses import dataclass

from memory.extract.digit_runs import digit_by_digit
from memory.extract.street_names import postcode, street_after
from memory.extract.text import lowered

_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"thousand": 1_000, "grand": 1_000, "k": 1_000, "million": 1_000_000, "mil": 1_000_000, "m": 1_000_000}
_SCALE_WORDS = ("hundred", "thousand", "grand", "million", "mil", "k")  # "eleven k", "thirty two and a half k"
_WORDS = set(_UNITS) | set(_TENS) | {"hundred", "thousand", "grand", "million", "mil", "k", "half", "a", "an", "and"}
_QUARTERS = ("quarter", "quarters")
# a fraction word is a number only next to a scale: "a quarter of a million", not "end of the quarter, fifty k"
_AFTER_FRACTION = ("of", "million", "mil", "thousand", "grand", "k", "hundred")
_HAS_SCALE = re.compile(r"\b(?:hundred|thousand|grand|mil(?:lion)?|k)\b", re.IGNORECASE)

# run on the lower-cased text; the lookahead lets the scan skip the places no figure can start
_NUMERIC = re.compile(
    r"(?=[$€£u\d]|\s\d)(?P<cur>[$€£]|usd\s?)?\s?(?P<num>"
    # "33.747,00" (dots group thousands before a decimal comma) and "9'900" (Swiss apostrophes): money as written
    r"\d{1,3}(?:\.\d{3})+,\d{2}(?!\d)|\d{1,3}(?:['’]\d{3})+(?![\d'’])|"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}|"
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=\s?(?:[$€£]|usd|eur|dollars|d[oó]lares|euros?)(?!\s?\d))|\d+(?:\.\d+)?)"
    # "9 and a half k": a digit, then a spoken half before its scale
    r"(?P<half>\s+and\s+a\s+half(?=\s?(?:k|m|mil|million|thousand|grand)\b))?"
    r"(?:\s?(?P<scale>k|m|mil|million|thousand|grand|bn|billion)\b)?"
    r"(?P<after>\s?(?:(?:dollars|d[oó]lares|usd|eur|euros?|bucks)\b|€|[$£](?!\s?\d)|"
    r"(?<=\d\.\d{3} )(?:dollar|d[oó]lar)\b))?",  # "80.304 dollar": the singular only after dots grouping thousands
)  # "32 892 $", "1 250 000 EUR": spaces group thousands only where a currency follows
# with a currency said after it ("4.821 USD") or a euro sign only: "1.500" alone or "$149.164" may be decimals
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COUNTRY_DOLLAR = re.compile(r"\b(?:US|us|R)\\?$")
_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:\.\d{3})+,\d\d")
# a comma goes on after these ("thirty-one thousand, two hundred"); not after "hundred", the last scale said: in
# "sixty-one thousand four hundred, three years' licences" the figure ends at the comma
_COMMA_SCALES = ("thousand", "grand", "million")
_SPELLED_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    """One amount mentioned in a text, with where it is."""

    value: float
    start: int
    end: int
    text: str


def find_money(text: str) -> list[Money]:
    """Every amount of money in ``text``, in order of appearance."""
    numeric = _numeric(text)
    # "9 and a half k": its "a half k" is part of the digit's figure, not a 500 of its own
    spelled = [s for s in _spelled(text) if not any(n.start < s.start and s.end <= n.end for n in numeric)]
    digits = [Money(v, a, b, text[a:b]) for v, a, b in digit_by_digit(text)]
    spelled = [s for s in spelled if not any(d.start <= s.start < d.end for d in digits)]  # "one oh seven k"
    found = numeric + spelled + _grouped(text) + digits
    found.sort(key=lambda m: m.start)
    return found


def _numeric(text: str) -> list[Money]:
    out = []
    for m in _NUMERIC.finditer(lowered(text)):
        at = m.start("num")
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-/:#") and not m.group("cur"):
            continue  # part of a name or code: "GTK500", "Q3", "x12", "10:30", "#1631958"
        grouped = bool(re.search(r"[,'’]", m.group("num")))  # separators make a figure money: "26,768", "9'900"
        raw = re.sub(r"[ \u00a0\u202f'’]", "", m.group("num"))
        if _DECIMAL_COMMA.fullmatch(raw):  # "33.747,00": the comma is the decimal point, dots group thousands
            raw = raw.replace(".", "").replace(",", ".")
        code_first = (m.group("cur") or "").startswith("usd")  # "USD 23.751": a currency code, not a "$"
        # ... or a "$" with its country's letters before it, as Brazil and Latin America write: "US$ 16.400", "R$ 3.500"
        code_first = code_first or (
            m.group("cur") == "$" and _COUNTRY_DOLLAR.search(text, 0, m.start("cur")) is not None
        )
        # ... or a "$" set apart by a space, as continental Europe writes it: "$ 9.850" (the US writes "$9.85")
        code_first = code_first or (m.group("cur") in ("$", "£") and text[m.end("cur") : m.end("cur") + 1] == " ")
        if (
            (m.group("cur") == "€" or code_first or m.group("after"))
            and not m.group("scale")
            and _DOT_THOUSANDS.fullmatch(raw)
        ):  # "24.105 USD", "€ 4.821", "USD 23.751": dots group thousands (German, Spanish)
            value = float(raw.replace(".", ""))
        elif raw.count(".") > 1:
            continue  # "166.102.165": an address or a version, no money
        else:
            value = float(raw.replace(",", ""))
        value += 0.5 if m.group("half") else 0
        scale = m.group("scale") or ""
        money = bool(m.group("cur") or scale or m.group("after") or grouped)
        if scale in ("bn", "billion"):
            value *= 1e9
        elif scale:
            value *= _SCALES[scale]
        tail = text[m.end() : m.end() + 2]
        if tail[:1] == "%" or (tail[:1] in ".:" and tail[1:2].isdigit()):  # "12.5%", "10:30", not "41,250: we"
            continue
        if not money and value >= 1000 and not _year_like(value, text, m.start()) and not _in_phone(text, at):
            money = not _PLACE_OR_ID.search(text, max(0, at - 20), at)  # "Suite 1200", "ticket 4821": no money
            money = money and not street_after(text, m.end())  # "1200 Harbour Road": a house number
            money = money and not postcode(text, at, at + len(m.group("num")))  # "28009 Madrid": a postcode
        if money and value > 0:
            out.append(Money(value, m.start(), m.end(), text[m.start() : m.end()].strip()))
    return out


# a phone number written in groups: "020 7946 0321", "+44 20 7946 0321", "(312) 555 0148"; a bare group of it is no
# figure (a grouped one, "26,768", or one with a sign or scale still is)
# ... an area code of one digit after the country's: "+81 3 5555 0123", "+33 1 55 50 12 34"
_PHONE = re.compile(
    r"(?<![\w,.])(?:\+\d{1,3}[ .-]\(?\d{1,5}\)?(?:[ .-]\d{2,5}){1,4}"
    r"|(?:\+\d{1,3}[ .-])?\(?\d{2,5}\)?(?:[ .-]\d{2,5}){2,3})"
    r"(?!\w|[,.]\d)"
)


# a bare number labelled as an address's part or a reference: "Suite 1200", "Room 1450", "ticket #4821", "ext. 2271"
_PLACE_OR_ID = re.compile(
    r"\b(?:suite|ste|room|rm|floor|building|bldg|apt|apartment|p\.?o\.? box|box|ext|extension|ticket|invoice|ref)"
    r"\.?\s*(?:no\.?|number|#)?\s*$",
    re.IGNORECASE,
)


def _in_phone(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return any(p.start() <= at < p.end() for p in _PHONE.finditer(text, max(line_start, at - 20), at + 20))


def _year_like(value: float, text: str, start: int) -> bool:
    return value.is_integer() and 1900 <= value <= 2100


def _spelled(text: str) -> list[Money]:
    """Runs of number words with a scale ("ninety-five hundred", "sixty-two and a half thousand")."""
    if not _HAS_SCALE.search(text):
        return []  # a run counts only with a scale word: without one anywhere, skip the word-by-word walk
    tokens = list(_SPELLED_TOKEN.finditer(text))
    out: list[Money] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and _in_number(tokens, j, i) and _adjacent(text, tokens, j, i):
            j += 1
        run = [t.group(0).lower() for t in tokens[i:j]]
        while run and run[-1] in ("and", "a", "an", "of", "point"):  # trailing glue is not part of the number
            run.pop()
            j -= 1
        after_digit = re.search(r"\d\s*$", text[: tokens[i].start()]) is not None  # "19 thousand": numeric
        if run and not after_digit and any(w.split("-")[-1] in _SCALE_WORDS for w in run) and _counted(run):
            value = spelled_value(run)
            if value:
                start, end = tokens[i].start(), tokens[j - 1].end()
                if not text[end : end + 9].strip().startswith(("per cent", "percent", "%")):
                    out.append(Money(value, start, end, text[start:end]))
            i = max(j, i + 1)
        else:
            i += 1
    return out


_DIGIT_WORDS = "one two three four five six seven eight nine".split()
_TEEN_WORDS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_DIGIT, _TEEN, _TENS_WORD = ("(?:" + "|".join(w) + ")" for w in (_DIGIT_WORDS, _TEEN_WORDS, _TENS_WORDS))
_NUMBER_WORDS = ["oh", "zero", *_DIGIT_WORDS, *_TEEN_WORDS, *_TENS_WORDS, "hundred", "thousand", "k"]
# a figure said as a transcript hears it, thousands then a three-digit group: "twenty four one oh five" (24,105),
# "thirty-two eight eighty" (32,880), "nine four fifteen" (9,415); never next to another number word
_HEAD = rf"({_TENS_WORD}(?:[- ]{_DIGIT})?|{_TEEN}|{_DIGIT})"  # the thousands: "twenty four"
# the hundreds, said digit by digit ("one oh five") or as a digit and a pair ("eight eighty", "four fifteen")
_HUNDREDS = rf"({_DIGIT})[ -](?:(oh|zero|{_DIGIT})[ -]({_DIGIT})|({_TENS_WORD}(?:[- ]{_DIGIT})?|{_TEEN}))"
_NOT_AFTER_NUMBER = "".join(rf"(?<!{w} )" for w in _NUMBER_WORDS)
_NOT_BEFORE_NUMBER = r"(?![ ,-]+(?:" + "|".join(_NUMBER_WORDS) + r")\b)"
_GROUPED = re.compile(rf"(?<![\w-]){_NOT_AFTER_NUMBER}{_HEAD}[ ,-]+{_HUNDREDS}(?![\w-]){_NOT_BEFORE_NUMBER}")


def _grouped(text: str) -> list[Money]:
    """Figures said in two groups without a scale word ("twenty four one oh five"): thousands, then hundreds."""
    out = []
    for m in _GROUPED.finditer(lowered(text)):
        head = spelled_value(m.group(1).replace("-", " ").split())
        hundreds = spelled_value([m.group(2)])
        if m.group(3):  # "one oh five": digit by digit
            tens = 0 if m.group(3) in ("oh", "zero") else spelled_value([m.group(3)])
            rest = 10 * tens + spelled_value([m.group(4)])
        else:  # "eight eighty", "nine fifteen"
            rest = spelled_value(m.group(5).replace("-", " ").split())
            if " " not in m.group(1) and "-" not in m.group(1) and text[m.end(1)] == "-":
                # "forty-eight twenty-one": a four-digit figure said in pairs (4,821), not 40,821
                out.append(Money(head * 100 + hundreds * 100 + rest, m.start(), m.end(), text[m.start() : m.end()]))
                continue
        out.append(Money(head * 1000 + hundreds * 100 + rest, m.start(), m.end(), text[m.start() : m.end()]))
    return out


_COUNTS = {"k": ("half", "hundred"), "grand": ("half", "hundred", "a")}  # besides unit and tens words


def _counted(run: list[str]) -> bool:
    """A bare "k" scales only the number word right before it ("eleven k", "and a half k"), not "a k"; "grand" the
    same or "a" ("thirty grand", "a grand"), never alone: "Grand total on your quote" is no thousand."""
    parts = [p for w in run for p in w.split("-")]
    return all(i > 0 and (parts[i - 1] in _UNITS or parts[i - 1] in _TENS or parts[i - 1] in _COUNTS[p])
               for i, p in enumerate(parts) if p in _COUNTS)  # fmt: skip


def _adjacent(text: str, tokens: list[re.Match[str]], j: int, first: int) -> bool:
    if j == first:
        return True
    gap = text[tokens[j - 1].end() : tokens[j].start()]
    # a comma goes on only after a scale ("thirty-one thousand, two hundred"); otherwise the figure is said
    # again: "thirty-one two, thirty-one thousand two hundred"
    # ... but not into a figure said digit by digit: "a hundred and seven thousand, one oh seven k"
    if gap.strip() == "," and j + 1 < len(tokens) and tokens[j + 1].group(0).lower() in ("oh", "zero"):
        return False
    if gap.strip() == "," and tokens[j - 1].group(0).lower() in _COMMA_SCALES:
        # ... and only into a smaller part, not the figure's head said again: "sixty thousand, sixty, because"
        return tokens[j].group(0).lower() != tokens[first].group(0).lower()
    return gap.strip() == ""


def _is_number_word(word: str) -> bool:
    parts = word.lower().split("-")
    # "three-quarters of a million": a hyphenated fraction, read as "three quarters"
    return all(p in _WORDS for p in parts) or (len(parts) == 2 and parts[0] in _UNITS and parts[1] in _QUARTERS)


def _in_number(tokens: list[re.Match[str]], j: int, first: int) -> bool:
    """Whether token ``j`` continues (or starts) a spelled number. Besides plain number words: "point"
    between digits ("one point one five"), "quarter(s)" after "a"/a digit word and before a scale, and
    "of" between a fraction and "a"/"an" ("half of a million", "a quarter of a million")."""
    word = tokens[j].group(0).lower()
    if _is_number_word(word):
        return True
    prev = tokens[j - 1].group(0).lower().split("-")[-1] if j > first else ""
    nxt = tokens[j + 1].group(0).lower().split("-")[0] if j + 1 < len(tokens) else ""
    if word == "point":
        return (prev in _UNITS or prev in _TENS) and (nxt in _UNITS or nxt in _TENS or nxt == "oh")
    if word == "oh":  # a decimal zero: "one point oh five mil"
        return any(tokens[k].group(0).lower() == "point" for k in range(first, j))
    if word in _QUARTERS:
        after_and = j - 2 >= first and tokens[j - 2].group(0).lower() == "and"  # "a million and a quarter"
        return (prev in ("a", "an", "") or prev in _UNITS) and (nxt in _AFTER_FRACTION or after_and)
    if word == "of":
        return (prev in _QUARTERS or prev == "half") and nxt in ("a", "an")
    return False


def spelled_value(words: list[str]) -> float:
    """The value of number words: ``["three", "thousand", "two", "hundred", "and", "eighty-eight"]`` -> 3288;
    ``["one", "point", "one", "five", "million"]`` -> 1150000; ``["a", "quarter", "of", "a", "million"]``
    -> 250000."""
    total = 0.0
    current = 0.0
    pending = 0.0  # a fraction waiting for its scale: "half a million", "a quarter of a million"
    decimals: str | None = None  # the digits said after "point"
    seen_number = False
    last_scale = 0
    flat = [p for w in words for p in w.split("-")]
    for k, word in enumerate(flat):
        prev = flat[k - 1] if k else ""
        if decimals is not None and (word in _UNITS or word in _TENS or word == "oh"):
            digit = _UNITS.get(word, _TENS.get(word, 0) // 10)  # "oh" is 0
            decimals += str(digit)
        elif word == "point":
            decimals = ""
        elif word in _UNITS:
            current += _UNITS[word]
            seen_number = True
        elif word in _TENS:
            if prev in _UNITS and 0 < current < 10 and not decimals:
                current *= 100  # "one twenty k": a digit then a pair is hundreds said without "hundred" (120k)
            current += _TENS[word]
            seen_number = True
        elif word in ("a", "an", "of"):
            if pending or word == "of":
                continue
            nxt = flat[k + 1] if k + 1 < len(flat) else ""
            if nxt in ("half", *_QUARTERS):
                continue
            if current == 0 and nxt in ("hundred", "thousand", "million", "grand", "mil", "k"):
                current = 1
        elif word == "half" or word in _QUARTERS:
            part = 0.5 if word == "half" else 0.25
            if word in _QUARTERS and prev in _UNITS and current:  # "three quarters of a million"
                pending, current = current * part, 0
            elif current == 0 and last_scale:  # "a million and a half"
                total += part * last_scale
            elif current == 0 and not seen_number:
                pending = part
            else:
                current += part
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "grand", "million", "mil", "k"):
            scale = _SCALES[word]
            if decimals:
                current += float("0." + decimals)
                decimals = None
            base = current or 1
            if pending:
                base = (current or 1) * pending
                pending = 0.0
            total += base * scale
            current = 0
            last_scale = scale
            seen_number = True
    return total + current
