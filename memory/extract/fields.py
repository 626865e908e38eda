"""Who the note is about: the account, and the competing vendors named."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from memory.extract.denied_rivals import denied
from memory.extract.firm_slot import org_slot
from memory.extract.initials import named_by_initials
from memory.extract.mention_weights import mention_weights
from memory.extract.past_job import not_in_this_deal
from memory.extract.products import is_our_product
from memory.extract.rival_homonyms import rival_homonym
from memory.extract.segments import inside, other_account_parts
from memory.extract.text import lowered
from memory.normalise import name_key

# Competing vendors the team knows; others are found from cues such as "also talking to X".
KNOWN_COMPETITORS = ("Quorvia", "Stackline", "Brightwave", "Lumora", "Tellurix", "NorthPeak", "Kestrel CRM")
_COMPETITOR_CUE = re.compile(
    r"\b(?:competitors?|incumbent|also talking to|also looking at|evaluating|quote from|talking to|vs\.?|versus|"
    r"gone with|went with|going with|chose|switch(?:ing)? to|leaning toward|"
    r"awarded (?:it|the (?:deal|contract|business|work|tender|bid)) to|lost (?:it|out|the deal) to)"
    r"\s*:?\s+((?:[A-Z][\w-]+)(?: [A-Z][\w-]+)?)"
)
# the vendor named first, then what it is doing: "Pipewell quoted them too", "Zenbase is the incumbent"
_COMPETITOR_AFTER = re.compile(
    r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:'s| is| are| has| have)? (?:also |too |already |now )?"
    r"(?:(?<=also )quoted (?:them|us)|quoted (?:them|us) (?:too|as well)|(?:is |are )?the incumbent(?!['’])|"
    r"(?:is |are )?(?:also |too )(?:pitching|bidding)|(?:pitching|bidding) against us)\b"
)
_AFTER_WORDS = re.compile(r"quoted|incumbent|pitching|bidding")


@lru_cache(maxsize=16)  # compiled once per list of known vendors, not once per name per text
def _known_heads(known: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for the first words of every known vendor (lower case), and each word's vendor."""
    heads: dict[str, str] = {}
    for name in known:
        heads.setdefault(name.split()[0].lower(), name)
    words = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])"), heads


# pronouns, and the alternatives that are no vendor: building it themselves, doing nothing
_NO_COMPETITOR = {"none", "no", "nobody", "us", "our", "we", "the", "their", "them", "a", "another", "they", "he",
                  "she", "it", "i", "who", "which", "that", "this", "diy", "in-house", "inhouse", "internal",
                  "homegrown", "home-grown", "status", "nothing", "doing", "build", "building"}  # fmt: skip


def find_account(text: str, accounts: Iterable[str]) -> str | None:
    """The customer the note is about: the known account named most often, the first named on a tie.
    Accounts named only as a reference or "at X" count less (mentioned in passing)."""
    best: tuple[float, int, str] | None = None
    accounts = tuple(accounts)  # read twice: in full, then by short name
    lowered = text.lower()
    title = _TITLE_LINE.match(lowered)
    title_end = title.end() if title else -1  # where the note's title line ends (none: -1)
    squashed = _SEPARATORS.sub("", lowered)  # what the spelling-insensitive pattern can match, joined up
    for name in accounts:
        exact, key = _account_keys(name)
        bare = without_article(exact)
        if exact not in lowered and (key is None or key not in squashed) and (bare is None or bare not in lowered):
            continue  # cheap test first: most accounts are not named at all
        hits = list({m.start(): m for pattern in _account_patterns(name) for m in pattern.finditer(lowered)}.values())
        hits = [m for m in hits if not _TAKEN_BACK.match(lowered, m.end())]  # "Finhigh — no, sorry, Funholding"
        weight = sum(mention_weights(lowered, hits, title_end))
        if not weight:
            continue
        first = min(m.start() for m in hits)
        if best is None or (weight, -first) > (best[0], -best[1]):
            best = (weight, first, name)
    if best is not None:
        return best[2]
    short = _named_short(text, lowered, accounts) or _named_by_start(text, lowered, accounts)
    short = short or named_by_initials(text, accounts)  # "NYI update" for The New York Inquirer
    if short is not None:
        return short
    lead = re.match(
        r"^\W*(?:note re |(?i:re):? |update:? )?"
        r"(?!(?:Subject|From|To|Cc|Date|Sent|Re|RE|Fwd?|FW)\b)"  # an email header is no name
        # nor a word tagging the message or greeting its reader: "FYI - ...", "Greetings: ...", "PS: ...", "Urgent:"
        r"(?!(?i:fyi|fwiw|btw|ps|p\.s|nb|n\.b|psa|attn|attention|reminder|urgent|important|greetings|welcome|thanks|"
        r"cheers|congrats|congratulations|sorry|asap|new(?=\s*[-–—:]))\b)"  # "NEW - X": a tag on a new firm
        # nor its kind: "Call Notes:", "Quick update on X"
        r"(?!(?i:(?:call|meeting|visit|voice|quick|short|brief) )?(?i:notes?|log|update|recap|memo)\b)"
        r"([A-Z][\w&-]+(?: [A-Z&][\w-]*)?)\s*(?:[.:/-]|update)",
        text,
    )
    if lead and re.search(r"\n[ \t]*" + re.escape(lead.group(1)) + r"[ \t]*:", text):
        return None  # "Moses Frase: ..." labels a transcript's lines, its speaker is no account
    if lead and _transcript_label(text, lead.group(1)):
        return None  # ... also when that speaker talks only once, opening a transcript of several
    return lead.group(1) if lead else None


# a name the speaker corrects straight away: " — no, sorry, ...", "... no wait", ", I meant ..."; a bare "sorry" is
# often only an apology ("Acme, sorry, long day"), and "make that 20 seats" corrects a number
_TAKEN_BACK = re.compile(
    r"\s*[-—–,.…]*\s*(?:(?:uh|um|er|oh)\b[,.…]*\s*)*"
    r"(?:no\b[,.…]*\s*(?:wait|sorry|i mean|i meant)\b|wait\b[,.…]*\s*no\b|i meant\b|scratch that|or rather\b)"
    r"|\s*\?\s*(?:no|nope)\s*[-—–:]"  # asked and answered: "Silis? no - Sonron"
)


def named_in_passing(text: str, name: str) -> bool:
    """Whether every mention of the known account ``name`` is in passing ("she used us back when she was at X",
    "X as the reference"): then a new prospect the note names as its customer is the deal's."""
    lowered = text.lower()
    title = _TITLE_LINE.match(lowered)
    hits = list({m.start(): m for pattern in _account_patterns(name) for m in pattern.finditer(lowered)}.values())
    weights = mention_weights(lowered, hits, title.end() if title else -1)
    return bool(weights) and max(weights) <= 0.5


# the words a company's name drops in speech: "Globex" for Globex Corporation, "Gekko" for Gekko & Co
_LEGAL_SUFFIX = re.compile(
    r"(?:\s*,?\s+(?:&\s*co|and co|corporation|corp|company|co|inc|incorporated|ltd|limited|llc|plc|gmbh|group|"
    r"holdings|partners)\.?)+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def short_name(name: str) -> str | None:
    """``name`` without its legal or generic suffix, when that leaves a word of four letters or more."""
    short = _LEGAL_SUFFIX.sub("", name).strip()
    return short if short != name and len(short) >= 4 else None


def _named_short(text: str, lowered: str, accounts: tuple[str, ...]) -> str | None:
    """The account named only by its short name ("Globex", "ok globex."), when no account is named in full:
    the first one named. Written in lower case, the short name must head the note (in its first words, and
    closing a phrase): "an umbrella agreement" is no company."""
    found: tuple[int, str] | None = None
    for short, pattern, name, anywhere in _short_names(accounts):
        if short not in lowered:
            continue
        for m in pattern.finditer(lowered):
            heading = m.start() < 40 and _HEADING_END.match(text, m.end()) or org_slot(text, m.start(), m.end())
            # with a legal suffix of its own it is a company in any case: "fyi umbrella corp moved to engaging"
            suffixed = anywhere and _SUFFIX_AFTER.match(lowered, m.end())
            if (anywhere and text[m.start()].isupper()) or heading or suffixed:
                if found is None or m.start() < found[0]:
                    found = (m.start(), name)
                break
    return found[1] if found else None


def _named_by_start(text: str, lowered: str, accounts: tuple[str, ...]) -> str | None:
    """The one account whose name starts with the word heading a note, said with what kind of note it is:
    "dalttech update - ..." for Dalttechnology, "Genco, voice note." for Genco Pura Olive Oil Company."""
    label = _CHAT_LABEL.match(lowered)  # "[14/09/2017, 16:02] kami bicknell: zencorp update": after the label
    begin = label.end() if label else 0
    for m in _HEAD_WORD.finditer(lowered, begin, begin + 40):
        # the note opening on the name, a dash then its news: "dalttech - lost a wk bc nadia was out"
        dashed = m.start() == begin and len(m.group(0)) >= 7 and _DASH_AFTER.match(lowered, m.end())  # not "single"
        if not dashed and not _NOTE_KIND_AFTER.match(lowered, m.end()):
            continue  # "Scott, as discussed": a greeting, not a note's heading
        word = m.group(0)
        starting = [a for a in accounts if a.lower().startswith(word) and len(a) > len(word)]
        if len(starting) == 1:
            return starting[0]
    return None


# a note's first line, when it says what kind of note it is: "Call notes - Newex - 15/03/2017 - transcript (auto)"
_TITLE_LINE = re.compile(
    r"[^\n]{0,40}\b(?:(?:notes?|log|update|recap|memo|minutes|transcript|debrief)\b[^\n]{0,80}|"
    # the call's kind heads it too, up to its stop: "Betasoloin - first call.", "Acme / discovery call"
    r"(?:first|intro|introductory|discovery|kick-?off|scoping|qualification) (?:call|meeting)\b[^.\n]{0,80})"
)
_HEAD_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]{4,}(?![\w-])")  # five letters or more: "plus" could be many
# the kind of note the heading opens: "dalttech update -", "Genco, voice note.", "nordhaven - quick recap"
_NOTE_KIND_AFTER = re.compile(
    r"\s*[,:.–—-]?\s*(?:quick |short |brief |voice |call |meeting |visit |deal )?"
    r"(?:update|notes?|memo|recap|log|debrief)\b"
)
# a chat export's line label before the first message: "[14/09/2017, 16:02] Kami Bicknell: "
_CHAT_LABEL = re.compile(r"\s*\[[\d/.,: apm-]{4,24}\]\s*[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){0,2}:\s*")
_DASH_AFTER = re.compile(r"\s+[-–—]\s+")
_SUFFIX_AFTER = re.compile(r"\s+(?:corp|corporation|co|company|inc|incorporated|ltd|limited|llc|plc|gmbh)\.?(?![\w-])")
_HEADING_END = re.compile(r"\s*(?:[.:,;!?\n—–]|\s-\s|$)")


@lru_cache(maxsize=16)  # once per list of accounts, not once per text
def _short_names(accounts: tuple[str, ...]) -> list[tuple[str, re.Pattern[str], str, bool]]:
    """``(short name in lower case, its pattern, account, whether it counts anywhere)`` for the accounts that
    have a short name. A long name also goes by its first two words ("genco pura - angela ricci ..." for
    Genco Pura Olive Oil Company), but only heading the note or where a firm stands ("(Acme Rubber, CFO)")."""
    shorts = [(short.lower(), name, True) for name in accounts if (short := short_name(name))]
    shorts += [(lead.lower(), name, False) for name in accounts if (lead := leading_words(name))]
    return [
        (s, re.compile(r"(?<![\w-])" + re.escape(s) + r"(?![\w-])"), name, anywhere) for s, name, anywhere in shorts
    ]


def leading_words(name: str) -> str | None:
    """The first two words of a name of four words or more, not counting "The" and a legal suffix ("New York
    Inquirer" is said in full)."""
    words = (short_name(name) or name).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words[:2]) if len(words) >= 4 else None


# a line labelled with a person's full name: "Ines Duarte: Yes."
_FULL_NAME_LABEL = re.compile(r"^[ \t]*([A-Z][\w'’-]+ [A-Z][\w'’-]+)[ \t]*:", re.MULTILINE)


def _transcript_label(text: str, lead: str) -> bool:
    """Whether ``lead``, opening the text, is one speaker's label in a transcript: three lines or more labelled with
    full names, by two speakers or more."""
    labels = _FULL_NAME_LABEL.findall(text)
    return lead in labels and len(labels) >= 3 and len(set(labels)) >= 2


_SEPARATORS = re.compile(r"[\s&.-]+")  # the characters the spelling-insensitive pattern skips


@lru_cache(maxsize=4096)
def _account_keys(name: str) -> tuple[str, str | None]:
    """What a text must contain for ``name``'s patterns to match: its lower-cased name, and its
    spelling-insensitive key (None when the name has no such pattern)."""
    key = name_key(name)
    return name.lower(), (None if key == name.lower() or len(key) < 4 else key)


def without_article(lowered_name: str) -> str | None:
    """A name opening on "the" as it is said without it, when two words or more are left: "new york inquirer" for
    The New York Inquirer; not "the hub" (one word left: "hub" is any hub)."""
    words = lowered_name.split()
    return " ".join(words[1:]) if len(words) > 2 and words[0] == "the" else None


@lru_cache(maxsize=4096)  # compiled once per account name, not once per text
def _account_patterns(name: str) -> list[re.Pattern[str]]:
    exact = re.compile(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])")
    bare = without_article(name.lower())
    # the name said without its "The": "call with the New York Inquirer's editor", "New York Inquirer, call w/ Ruth"
    extra = [re.compile(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])")] if bare else []
    key = _account_keys(name)[1]
    if key is None:
        return [exact, *extra]
    return [exact, *extra, re.compile(r"(?<![\w-])" + r"[\s&.-]*".join(re.escape(c) for c in key) + r"(?![\w-])")]


def find_competitors(
    text: str,
    *,
    known: Iterable[str] = KNOWN_COMPETITORS,
    not_competitors: Iterable[str] = (),
    account: str | None = None,
) -> list[str]:
    """Every competing vendor named, including the incumbent and vendors already ruled out; not a vendor
    named only as another account's choice ("Sonron went with Stackline last year"), when ``account`` (the
    note's customer) is known and ``not_competitors`` holds the other accounts."""
    not_competitors = tuple(not_competitors)
    elsewhere = _elsewhere_pattern(text, tuple(n for n in not_competitors if n != account)) if account else None
    found: dict[str, int] = {}
    chosen_elsewhere: set[str] = set()
    heads = _known_heads(tuple(known))
    parts = other_account_parts(text, account, not_competitors)  # "(1) plussunin - ... (2) donware - ..."
    for m in heads[0].finditer(lowered(text)):
        name = heads[1][m.group(0)]
        if inside(parts, m.start()):
            continue  # said in another account's part of the note: that account's rival
        if elsewhere is not None and elsewhere.search(text, max(0, m.start() - _REACH), m.start()):
            chosen_elsewhere.add(name)
            continue
        if _NEW_EMPLOYER.search(text, max(0, m.start() - _REACH), m.start()):
            continue  # "our champion left in April (went to Lumora)": where a person went, not a rival bid
        if _OLD_EMPLOYER.search(text, max(0, m.start() - 40), m.start()) or not_in_this_deal(text, m.start(), m.end()):
            continue  # "she joined them from Stackline", "Kestrel came up as she used it at her last job"
        if rival_homonym(text, m.start(), m.end()):
            continue  # "they're in Kestrel House now", "our new Brightwave LED range": a building, their product
        found.setdefault(name, m.start())
    skip = {n.lower() for n in not_competitors} | {k.lower() for k in found} | {k.split()[0].lower() for k in found}
    skip |= {k.lower() for k in chosen_elsewhere}
    cued = list(_COMPETITOR_CUE.finditer(text))
    if _AFTER_WORDS.search(text):  # the cheap test first: the vendor-first pattern tries every capitalised word
        cued += _COMPETITOR_AFTER.finditer(text)
    for m in cued:
        candidate = m.group(1)
        head = candidate.split()[0].lower()
        if head in _NO_COMPETITOR or candidate.lower() in skip or head in skip or is_our_product(candidate):
            continue  # "they're going with GTX Plus Pro": our own product, not a rival
        if elsewhere is not None and elsewhere.search(text, max(0, m.start(1) - _REACH), m.start(1)):
            continue
        if inside(parts, m.start(1)) or _OLD_EMPLOYER.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue
        if not_in_this_deal(text, m.start(1), m.end(1)):
            continue
        found.setdefault(candidate, m.start(1))
    return sorted((n for n in found if not denied(text, n)), key=found.__getitem__)  # "X isn't a competitor here"


# another account's own choice of vendor, said just before the vendor: "Sonron went with", "Zotware uses"
_CHOSE = (
    r"(?:went with|gone with|going with|chose|picked|selected|bought|signed with|switched to|moved to|uses|used|"
    r"is using|runs|is on|are on|migrated to|rolled out|"
    # the vendor it left for us: "Zumgoity moved to us from Lumora"
    r"(?:moved|switched|came|migrated)(?: over)?(?: to us)? from)\s+$"
)
# ... said of it straight after its name, or by a pronoun later in the sentence: "Graham at Zumgoity, who ran their
# rollout (they moved to us from Lumora two years ago)"
_CHOICE = r"(?:(?:'s|’s)?\s+(?:\w+\s+){0,2}?|[^.;!?\n]{0,50}?\b(?:they|who|which)\s+(?:\w+\s+){0,2}?)" + _CHOSE


# a person leaving, then the vendor they work for now, in the same sentence
_NEW_EMPLOYER = re.compile(
    r"\b(?:left|resigned|quit|departed|moved on|stepped down|poached)\b[^.;!?\n]{0,60}?"
    r"\b(?:went|gone|going|moved|moving|joined|joining|to join|now (?:works |working )?(?:at|for|with))"
    r"(?: over| on)?(?: to)?\s+$",
    re.IGNORECASE,
)
# a person's former employer, said just before the vendor: "joined them from", "used to work at"
# (not the customer switching vendors: "they're moving from Quorvia" is the incumbent)
_OLD_EMPLOYER = re.compile(
    r"\b(?:joined(?: (?:them|the (?:team|company|firm)|their team|(?-i:[A-Z][\w-]+)))?(?: back)? from|"
    r"(?:used to|previously|formerly) work(?:ed)? (?:at|for|with)|(?:hired|poached|recruited) (?:away )?from|"
    r"(?:was|were|is) (?:previously|formerly) (?:at|with))\s+$",
    re.IGNORECASE,
)
_REACH = 100  # how far back from a vendor another account's choice of it is looked for


def _elsewhere_pattern(text: str, others: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern for "<another account> went with " ending where a vendor is named; None when the text names
    no other account (most texts: the cheap test first)."""
    low = text.lower()
    named = [o for o in others if o.lower() in low]
    if not named:
        return None
    names = "|".join(re.escape(o) for o in sorted(named, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + names + r")" + _CHOICE, re.IGNORECASE)
