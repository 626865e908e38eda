"""How-to help for office software, asked of a sales assistant: "how do i set up a vlookup in excel to match my acct
list against another sheet", "what's the formula in google sheets to count duplicates", "walk me through making an
outlook rule for Konex mail". dealbot reads the CRM and drafts customer messages; it is no help desk for Excel,
Word or Outlook, and an account named beside the formula ("my acct list") does not make it sales work.

Asking for the CRM's own figures in a familiar shape stays a question: "give me a pivot of won $ by sector", "export
my open deals to excel", "how do i work out my win rate". Patterns run on each sentence, ``normalised``."""

from __future__ import annotations

import re

from agents.offline.lexicon import normalised

# a how-to asked: "how do i", "how to", "show me how", "walk me through", "what's the formula"
_HOW = (
    r" (?:how (?:do|can|would|should|could|might) (?:i|we|you|u|one)|how d i|how to|hw do i|show me how|teach me"
    r"|walk me through|explain how|steps to|what are the steps to|what s the best way to|best way to"
    r"|what(?: is| s|s)? the (?:formula|function|shortcut))(?= )"
)
# the application named in the ask itself: "what's the excel formula to count duplicates"
_APP_ASK = re.compile(
    r" (?:what(?: is| s|s)?|which|need|want) (?:the |an |a )?"
    r"(?:excel|sheets|google sheets|spreadsheet|vba|outlook|word)"
    r" (?:formula|function|shortcut|macro|rule|setting|trick) (?:for|to|that) "
)
# a feature of office software, which no CRM question needs
_FEATURE = (
    r"v-?lookups?|x-?lookups?|h-?lookups?|index match|index and match|pivot ?tables?|pivot charts?|sumifs?|countifs?"
    r"|averageifs?|iferror|concatenate|conditional formatting|macros?|vba|mail merge|freeze panes?|freeze the top row"
    r"|data validation|drop-?down lists?|track changes|slide master|text to columns|remove duplicates"
    r"|(?:outlook|gmail|inbox|email|mail) (?:rules?|filters?|signatures?|folders?)"
)
# a general feature inside a named application: "a chart in excel", "a formula in sheets", "a table in word"
_APP = (
    r"excel|google sheets|gsheets|g sheets|sheets|a spreadsheet|the spreadsheet|my spreadsheet|word|powerpoint|ppt"
    r"|google slides|keynote|outlook|gmail|google docs"
)
_IN_APP = (
    r"(?:formula|formulas|function|chart|graph|table|filter|column|columns|cell|cells|tab|row|rows|header|footer"
    r"|template|shortcut|shortcuts|signature|rule|folder|macro|lookup)s? (?:[\w'-]+ ){0,4}?(?:in|on|into|inside) (?:"
    + _APP
    + r")"
)
_SOFTWARE = re.compile(rf" (?:{_FEATURE}|{_IN_APP})(?= )")
_SENTENCE = re.compile(r"(?<=[.!?;\n])\s*")


def asks_software_howto(text: str) -> bool:
    """Whether ``text`` asks how to do something in Excel, Sheets, Word, Outlook or the like."""
    for sentence in _SENTENCE.split(text):
        t = normalised(sentence)
        if _APP_ASK.search(t):
            return True
        how = re.search(_HOW, t)
        if how is not None and _SOFTWARE.search(t, how.start()) is not None:
            return True
    return False
