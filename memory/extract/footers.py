"""A company footer under an email's signature: a legal disclaimer ("registered at Amtsgericht Hamburg, share
capital EUR 250,000", "liability limited to EUR 5,000"), a policy line ("orders above USD 50,000 require two
signatories") or a marketing banner ("proud to sponsor the Brightwave Charity Run", "read our case study"). Its
figures, firms and names are boilerplate, none of them this deal's, so the readers never see it."""

from __future__ import annotations

import re

from memory.extract.text import quoted_history

# a paragraph of boilerplate: words a legal notice, a house policy or a banner is written in
_FOOTER_WORDS = re.compile(
    r"\b(?:disclaimer|confidential|vertraulich|confidencial|intended recipient|destinatario|"
    r"registered (?:in|at|office|no\b|number|under)|company (?:no\b|number|registration)|share capital|"
    r"stammkapital|handelsregister|amtsgericht|registergericht|vat (?:no|number|reg)|"
    r"liabilit(?:y|ies)|does not constitute|binding offer|unauthori[sz]ed|"
    r"[a-z]+ policy:|proud(?:ly)? to (?:sponsor|support|partner)|sponsor(?:ing|s)? (?:of )?the|"
    r"read (?:our|the) (?:latest |new )?(?:case stud|blog|story|newsletter|report)|newsletter|unsubscribe|"
    r"follow us on|visit us at|join us at|think before (?:you )?print|before printing)",
    re.IGNORECASE,
)
# a banner's opening call: "NEW: Read our ...", "NEWS: ..."
_BANNER_OPENING = re.compile(r"^NEWS?:", re.MULTILINE)
# where a signature is known to end above the paragraph: a phone line or a "Name | Title | Company" line
_SIGNATURE_LINE = re.compile(
    r"\+\d[\d ()./-]{6,}\d|\b(?:tel|phone|fax|mobile|mob|t|m)\b\.?:?[ \t]*\+?\d[\d ()./-]{6,}\d|\S \| \S", re.I
)
# the words the patterns above open with (a cheap test before them)
_NEEDLES = ("disclaim", "confiden", "vertraulich", "intended", "destinatario", "regist", "company", "capital",
            "amtsgericht", "kapital", "vat ", "liabilit", "constitute", "binding", "unauthori", "policy:", "proud",
            "sponsor", "read ", "newsletter", "unsubscribe", "follow us", "visit us", "join us", "print")  # fmt: skip
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_POSTSCRIPT = re.compile(r"^\s*p\.?\s?s\b", re.IGNORECASE)


def without_footers(text: str) -> str:
    """``text`` without the boilerplate paragraphs that close its newest mail below the sender's signature;
    a P.S. or any paragraph not written as boilerplate stays, and so does the quoted history."""
    if text.count("\n") < 2:
        return text  # one paragraph: nothing under a signature
    low = text.lower()
    if not any(n in low for n in _NEEDLES) and "NEW" not in text:
        return text  # most texts carry no footer: a few cheap tests
    end = quoted_history(text)
    body = text[:end]
    breaks = list(_PARAGRAPH_BREAK.finditer(body))
    cut = len(body.rstrip())
    for brk in reversed(breaks):  # the trailing run of boilerplate paragraphs
        paragraph = body[brk.end() : cut]
        if _POSTSCRIPT.match(paragraph) or not (
            _FOOTER_WORDS.search(paragraph) or _BANNER_OPENING.match(paragraph.lstrip())
        ):
            break
        cut = brk.start()
    if cut < len(body.rstrip()) and not _signed_above(body, cut):
        cut = len(body.rstrip())
    cut = _footer_lines(body, cut)
    if cut >= len(body.rstrip()):
        return text
    return body[:cut] + "\n\n" + text[end:]


def _footer_lines(body: str, cut: int) -> int:
    """Where boilerplate lines start that close the signature's own paragraph, with no blank line before them
    ("Leiterin Einkauf\nIselectrics AG | Amtsgericht Hamburg HRB 48213\nDiese E-Mail ist vertraulich"): ``cut``
    when there are none, or when the lines above them are not a signature's short lines (name, title, firm)."""
    start = body.rfind("\n\n", 0, cut) + 1
    lines = body[start:cut].split("\n")
    keep = len(lines)
    while keep > 2 and _FOOTER_WORDS.search(lines[keep - 1]):
        keep -= 1
    above = [line.strip() for line in lines[max(0, keep - 2) : keep]]
    if keep == len(lines) or not all(0 < len(line) <= 60 and line[-1] not in ".?!:" for line in above):
        return cut
    return start + sum(len(line) + 1 for line in lines[:keep]) - 1


def _signed_above(body: str, at: int) -> bool:
    """Whether the paragraph just above ``at`` ends in a signature (a phone or a "Name | Title" line), so the
    paragraph below it is under the signature, not part of the message."""
    start = body.rfind("\n\n", 0, at)
    block = body[start + 1 if start >= 0 else 0 : at]
    return _SIGNATURE_LINE.search(block) is not None
