"""A count of units and its unit price said in orders ``unit_terms`` and ``amount`` do not read, times each other:
- the unit price first, its count after it: "at 550 a seat for 25 seats", "$1,200 per user, twelve users";
- a unit price spoken digit by digit: "one-oh-nine-six a head, fifteen heads" (1,096 a head), or as hundreds and
  tens: "five-fifty a seat, eight seats";
- a new count at the unit price said before: "make it 14 seats at the same $550";
- a terse log's count written "x2" after the product, then its price "@" each: "GTX Pro x2 @ 4,821 ea";
- a unit price in any form, then how many the customer needs, said bare: "five thousand four hundred eighty-two per
  seat, and we need four";
- a count at a unit price in French, Portuguese, Spanish or German: "8 licences GTX Basic à 550 $ l'unité",
  "5 licenças a 1.096 dólares cada", "12 Lizenzen zu je 550 €".
Each comes as a ``Money`` whose offsets point into the whole text."""

from __future__ import annotations

import re

from memory.extract.numbers import Money, find_money
from memory.extract.products import priced_as_total
from memory.extract.text import lowered, sentences

_DIGIT_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_DIGIT_WORDS["oh"] = "0"
_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_COUNT_WORDS = {
    w: i
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen twenty".split(),
        1,
    )
}
_COUNT = r"(\d{1,5}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?:seats?|users?|licen[cs]es?|units?|techs?|technicians?|agents?|reps?|people|heads?|devices?|logins?)"
# a price: figures, or digits said one by one ("one-oh-nine-six"), never a code's digits ("GTK 500", "#3391")
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# ... or hundreds said as a digit and a pair of tens: "five-fifty a seat" (550), "four twenty-five each" (425)
_SPOKEN = _DIGIT + r"[- ]" + _TENS + r"(?:-" + _DIGIT + r")?"  # "five-fifty", "four twenty-five"
_PRICE = r"(?<![\w#/-])[$€£]?\s?(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d{2,5}(?:\.\d\d)?|" + (
    _DIGIT + r"(?:-" + _DIGIT + r"){2,4}|" + _SPOKEN + ")"
)
_EACH = (
    r"\s*(?:each|apiece|a (?:seat|user|licen[cs]e|head|unit|pop|throw)|per (?:seat|user|licen[cs]e|unit|head|person))"
)
# "550 a seat for 25 seats", "1,096 a head, fifteen heads"; not "550 a seat per month"
_PRICE_THEN_COUNT = re.compile(
    _PRICE + _EACH + r"\s*(?:,\s*|\s+(?:for|across|times|x|on)\s+|,\s*(?:for|so)\s+)(?:the\s+)?" + _COUNT
    + r"\s+(?:[\w-]+\s+){0,2}?" + _UNIT + r"\b(?!\s*(?:/|per|a)\s*(?:mo|month|year|yr))"
)  # fmt: skip
# "14 seats at the same $550", "nine users at the same per-seat price of 1,096"
_COUNT_AT_SAME = re.compile(
    r"(?<![\w$€£.,])" + _COUNT + r"\s+(?:[\w-]+\s+){0,2}?" + _UNIT + r"\s+at\s+the\s+same\s+"
    r"(?:(?:unit |per[- ]\w+ )?(?:price|rate)(?:\s+of)?\s+)?" + _PRICE
)
# a count at a unit price spoken as hundreds and tens, which ``amount`` reads in figures only: "Sixteen at
# five-fifty a seat", "12 users at the four twenty-five per user"
_COUNT_AT_SPOKEN = re.compile(
    r"(?<![\w$€£.,-])" + _COUNT + r"\s+(?:[\w-]+\s+){0,3}?at\s+(?:the\s+)?(" + _SPOKEN + r")" + _EACH + r"\b"
)
# "GTX Pro x2 @ 4,821 ea", "MG Special x 12 at $55 each": "@" alone says each, "at" needs an each word; not a total
# or a month's price said after it ("x2 @ 9,642 total", "x3 @ 50/mo")
_TIMES_AT = re.compile(
    r"(?<![\w$€£.,])x\s?(\d{1,4})\s*(?:(@)|at)\s*" + _PRICE
    + r"(\s*(?:ea\b\.?|each|apiece|/\s?(?:seat|user|licen[cs]e|unit)\b|per (?:seat|user|licen[cs]e|unit|head)\b))?"
    r"(?!\s*(?:k\b|total|in total|all[- ]in|for (?:both|all|the lot)|/\s?mo|a month|per month|monthly|/\s?y|a year))"
)  # fmt: skip
# not this deal's price: a past, a monthly or a rival's one
_NOT_THIS = re.compile(r"\b(?:last year|used to|paid|paying|currently|monthly|a month|per month)\b")


def _price(word: str) -> float:
    if word[0].isdigit():
        return float(word.replace(",", ""))
    head, _, rest = word.replace(" ", "-").partition("-")
    if re.match(_TENS, rest):  # "five-fifty": 5 hundreds and fifty
        tens, _, unit = rest.partition("-")
        return 100 * int(_DIGIT_WORDS[head]) + 10 * (_TENS_WORDS.index(tens) + 2) + int(_DIGIT_WORDS.get(unit, "0"))
    return float("".join(_DIGIT_WORDS[d] for d in word.split("-")))


_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word]


def counted_prices(text: str, rivals: list[str]) -> list[Money]:
    """Every total of a count and a unit price said in one of the orders above."""
    low = lowered(text)
    out = _foreign_unit_prices(text, low, rivals)
    if not any(w in low for w in (" a ", "each", "per ", "apiece", "same", "@", " ea")):
        return out  # the cheap test first
    out += _times_at(text, low, rivals) if "x" in low else []
    out += _count_needed(text, low, rivals) if " need" in low or " want" in low or " take" in low else []
    for offset, sentence in sentences(low):
        if sentence.rstrip().endswith("?") or any(r in sentence for r in rivals) or _NOT_THIS.search(sentence):
            continue
        for m in _PRICE_THEN_COUNT.finditer(sentence):
            total = _price(m.group(1)) * _count(m.group(2))
            out.append(Money(total, offset + m.start(), offset + m.end(), text[offset + m.start() : offset + m.end()]))
        for m in _COUNT_AT_SPOKEN.finditer(sentence) if "ty" in sentence else ():  # every tens word ends so
            total = _price(m.group(2)) * _count(m.group(1))
            out.append(Money(total, offset + m.start(), offset + m.end(), text[offset + m.start() : offset + m.end()]))
        for m in _COUNT_AT_SAME.finditer(sentence):
            total = _price(m.group(2)) * _count(m.group(1))
            out.append(Money(total, offset + m.start(), offset + m.end(), text[offset + m.start() : offset + m.end()]))
    return out


# a terse log's fields: "acme | GTX Pro x2 @ 4,821 ea | comp: quorvia, same as last yr"
_FIELD = re.compile(r"[^|;\n]+")


def _times_at(text: str, low: str, rivals: list[str]) -> list[Money]:
    """Each "x2 @ 4,821 ea" total, judged by its own field of a terse log, not by the rival named in another."""
    out = []
    for field in _FIELD.finditer(low):
        if any(r in field.group(0) for r in rivals) or _NOT_THIS.search(field.group(0)):
            continue
        for m in _TIMES_AT.finditer(low, field.start(), field.end()):
            count, price = int(m.group(1)), _price(m.group(3))
            if not m.group(4) and priced_as_total(count, price, low[field.start() : m.start()]):
                continue  # "GTX Pro x3 @ 14,463": near three times the list price, so the price of them all
            if m.group(2) or m.group(4):
                total = price * count
                out.append(Money(total, m.start(), m.end(), text[m.start() : m.end()]))
    return out


# the count the customer needs, said bare after a unit price: ", and we need four", "; they'll take 12 of them"
_NEED_COUNT = re.compile(
    _EACH + r"\s*[,;]?\s*(?:and |so )?(?:we|they)(?:'ll|'d| will| would)? (?:need|want|take)s? (?:the |all )?"
    + _COUNT + r"(?:\s+of them|\s+" + _UNIT + r")?(?=\s*(?:[.,;!)]|$))"
)  # fmt: skip


def _count_needed(text: str, low: str, rivals: list[str]) -> list[Money]:
    """Each unit price (figures or words) followed by the bare count the customer needs, times that count."""
    out = []
    for offset, sentence in sentences(low):
        if sentence.rstrip().endswith("?") or any(r in sentence for r in rivals) or _NOT_THIS.search(sentence):
            continue
        for money in find_money(sentence):
            if m := _NEED_COUNT.match(sentence, money.end):
                at = offset + money.start
                out.append(Money(money.value * _count(m.group(1)), at, offset + m.end(), text[at : offset + m.end()]))
    return out


# a unit price said in French, Portuguese, Spanish or German, after its count: "8 licences GTX Basic à 550 $ l'unité"
_FOREIGN_EACH = (
    r"(?:l['’]unit[ée]|(?:par|por|pro|je|per) (?:licen[cçs]\w*|lizenz\w*|utilisateur|usu[aá]rio|usuario|"
    r"utilizador|poste|si[eè]ge|unit[ée]|unidad[e]?|puesto|nutzer|st[uü]ck|platz|assento)|chacune?|"
    r"cada(?: uma| um| una| uno)?|"
    r"(?:la|a) unidade|pi[eè]ce|st[uü]ck)"
)
_FOREIGN_AT = re.compile(
    r"(?<![\w$€£.,])(\d{1,5})\s+(?:[\w-]+\s+){0,4}?(?:à|a|por|zu(?: je)?|je|für)\s+"
    r"(?:[$€£]|us\$|r\$)?\s?(\d{1,3}(?:[.,  ]\d{3})+|\d{1,5})(?:,\d\d)?\s?"
    r"(?:[$€£]|dollars?|d[oó]lar(?:es)?|euros?|usd|eur|reais)?\s*" + _FOREIGN_EACH + r"(?![\w-])"
)


def _foreign_unit_prices(text: str, low: str, rivals: list[str]) -> list[Money]:
    """Each count at a unit price said in one of the languages above, times each other."""
    if not re.search(_FOREIGN_EACH, low):
        return []  # the cheap test first
    out = []
    for offset, sentence in sentences(low):
        if any(r in sentence for r in rivals) or _NOT_THIS.search(sentence):
            continue
        for m in _FOREIGN_AT.finditer(sentence):
            total = int(m.group(1)) * float(re.sub(r"[.,  ]", "", m.group(2)))
            at, end = offset + m.start(), offset + m.end()
            out.append(Money(total, at, end, text[at:end]))
    return out
