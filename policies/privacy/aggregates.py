"""A cue said of a share of a group, of a site or of a thing is about no one in particular (LABELS.md: facts
about organisations and groups are not special-category data about a person): "38% of its workforce comes from
ethnic minority backgrounds", "half of their engineers are Hindu", "norovirus went through their packing team",
"that demo was SICK". The share must be the subject the cue is said of, with at most a few words and a verb
between, so "Ana, like half her team, is Muslim" stays Ana's."""

from __future__ import annotations

import re

from policies.privacy.persons import refers_to_person

# "one of" is left out: "one of the organisers of the march" is a person
_SHARE = (
    r"(?:\d+(?:[.,]\d+)? ?(?:%|per ?cent|percent)|(?:about |around |nearly |almost |over |roughly |just over |"
    r"just under |more than |less than |fewer than )?(?:half|a third|two[- ]thirds|a quarter|three[- ]quarters|"
    r"a fifth|a tenth|most|many|some|all|none|a majority|the majority|a minority|a fraction|a handful|a lot|lots|"
    r"plenty|several|few|a few|hundreds|thousands|dozens|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|a hundred) (?:out )?of (?:every )?\d+))"
)
_SAID_OF_A_SHARE = re.compile(
    r"\b" + _SHARE + r" of (?:its|their|the|our|your|all|these|those|them)\b(?: [\w'’-]+){0,4}?"
    r"(?: (?:are|is|were|was|come|comes|came|identify|identifies|describe themselves)(?: (?:as|from))?(?: an?)?)? ?$",
    re.IGNORECASE,
)


# a firm's staff named by their trade as a plural subject ("Most of Dalttechnology's drivers are union members",
# "their night-shift nurses are all in the union"), opening its clause: a fact about a workforce; "Ana and the
# other drivers are" and "his parents are" are people's own
_WORKFORCE = (
    r"(?:staff|workforce|workers|employees|drivers|nurses|doctors|teachers|lecturers|engineers|technicians|"
    r"operators|operatives|crews?|pickers|packers|cleaners|porters|pilots|dockers|dockworkers|machinists|welders|"
    r"miners|mechanics|fitters|electricians|labourers|couriers|carers|agents|guards|firefighters|paramedics|"
    r"midwives|warehouse team|shop floor|members of staff|frontline|rank and file)"
)
_STAFF_SUBJECT = re.compile(
    r"^\s*(?:(?:[\w'’]+ ){0,5}?(?:that|because|since|as|so|while|whereas|though|although|if|when|but|says|said|"
    r"tells me|told me|mentioned|reckons|thinks|warned|confirmed) )?"
    r"(?:" + _SHARE + r"(?: of)? )?(?:(?:its|their|"
    r"the|our|your|these|those|all(?: the| their| its| our)?)|(?-i:\b[A-Z][\w-]*)(?:'s|’s))? ?(?:[\w-]+ ){0,2}?"
    r"\b" + _WORKFORCE + r"(?: (?:at|in|on|from)(?: (?:the|their|its|our))?(?: [\w&'’-]+){1,3}?)? (?:are|were)"
    r"(?: (?:all|mostly|largely|nearly all|almost all|overwhelmingly|predominantly|heavily|now|still|also))* ?$",
    re.IGNORECASE,
)


# a count out of a total as the subject ("roughly 3 of their 120 office staff are on long-term sick leave",
# "one in five of the drivers is a union member"): a ratio, no one in it; a person after the count is theirs
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen)"
_COUNT_OF_A_TOTAL = re.compile(
    r"\b" + _NUMBER + r" (?:(?:out )?of|in) (?:(?:its|their|the|our|your|every|each|all) )?(?:[\d,]+|five|ten|"
    r"twenty|fifty|a hundred|hundred)\b(?P<between>[^,;:()]*)$",
    re.IGNORECASE,
)


def of_a_group(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the clause before the cue at ``cue_start`` makes a share of a group, a count out of a total,
    or a firm's staff, its subject."""
    before = text[sentence_start:cue_start]
    clause = re.split(r"[;:,()]", before)[-1]
    if _SAID_OF_A_SHARE.search(clause) is not None or _STAFF_SUBJECT.search(clause) is not None:
        return True
    count = _COUNT_OF_A_TOTAL.search(clause)
    return count is not None and not refers_to_person(count.group("between"))


# a site shut for a festival ("the campus is closed on 2 and 3 October for Rosh Hashanah") tells no one's faith;
# a person after the closing word still may ("the office is shut, so she can fast for Yom Kippur")
_CLOSED = re.compile(
    r"\b(?:closed|closes|closing|close|shut|shuts|shutting|closure|shutdown|no (?:deliveries|collections|service))\b"
    r"(?!(?:[^;:]|(?<=\d):(?=\d))*\b(?:he|she|I|his|her|my|they|their|him|them)\b)",  # "at 12:00" no break
    re.IGNORECASE,
)


def closed_for(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the clause before the cue at ``cue_start`` closes a site for it, with no person after."""
    clause = re.split(r";|(?<!\d):|:(?!\d)", text[sentence_start:cue_start])[-1]  # "at 11:30" is a time, not a break
    return _CLOSED.search(clause) is not None


# an illness that goes through a workplace's people, not through anyone named ("norovirus went through their
# packing team", "a bug is doing the rounds in the office"); "went through Ana's family" is her relatives'
_SPREADS_THROUGH_A_GROUP = re.compile(
    r"\s*(?:has |had |is |was |have )?(?:been )?(?:went|gone|going|goes|ripp(?:ed|ing)|rips|tore|tearing|swept|"
    r"sweeping|sweeps|spread|spreading|spreads|ran|running|runs|made its way|doing the rounds|did the rounds|going "
    r"round|went round|circulating|outbreaks?)(?: through| across| round| around| in| at| among)? (?:the |their |our "
    r"|its |(?-i:[A-Z])[\w-]*(?:'s|’s) |half the |most of the )?(?:[\w'’-]+ ){0,2}?(?:teams?|office|shifts?|staff|"
    r"crews?|floor|warehouse|site|plant|school|class|department|depot|workforce|building|kitchen|line|night shift|"
    r"day shift)\b",
    re.IGNORECASE,
)


def spreads_through_a_group(text: str, cue_end: int) -> bool:
    """Whether the illness cue ending at ``cue_end`` is said to go through a workplace's people."""
    return _SPREADS_THROUGH_A_GROUP.match(text, cue_end) is not None


# a state said of a thing ("that demo was SICK", "it's sick"), which slang and figures of speech give things;
# only bare pronouns and "that/this" with a word that is no person ("this guy was sick" stays his)
_THING_SUBJECT = re.compile(r"\b(?:it|that|this|which|what|(?:that|this) (?P<noun>[\w-]+))\s*$", re.IGNORECASE)
_STATE = re.compile(r"(?:is|was|been|being|got|gets|feeling|felt|fell)\b", re.IGNORECASE)


def said_of_a_thing(text: str, sentence_start: int, cue_start: int, cue: str) -> bool:
    """Whether the cue ``cue`` at ``cue_start`` is a state (``is ...``) whose subject is a thing."""
    if not _STATE.match(cue):
        return False
    found = _THING_SUBJECT.search(text, sentence_start, cue_start)
    return found is not None and not (found.group("noun") and refers_to_person(found.group("noun")))


# a deal or a project in a medical figure of speech ("the Zoomit deal is in intensive care", "our Q3 pipeline
# is on life support"): the subject is business, whoever else the sentence names ("the champion left")
_BUSINESS = (
    r"deals?|opp(?:ortunit(?:y|ies))?s?|pipelines?|forecasts?|renewals?|rollouts?|roll-outs?|launch(?:es)?|pilots?|"
    r"proofs? of concept|(?-i:POC|PoC|RFP)s?|projects?|programm?es?|initiatives?|contracts?|negotiations|talks|"
    r"bids?|tenders?|proposals?|quarters?|(?-i:Q[1-4])|budgets?|partnerships?|relationships?|accounts?|"
    r"integrations?|migrations?|implementations?|upsells?|expansions?|campaigns?|numbers?|targets?|quotas?|"
    r"funnel|business|startups?|start-ups?|companies|company|firms?|markets?|economy|sectors?|products?|"
    r"releases?|plans?|trials?|(?-i:SOW|MSA)s?|sales|platforms?|systems?|servers?|apps?|stacks?|software|codebase|"
    r"infrastructure|websites?|tools?|legacy \w+|"
    # a firm's parts ("their healthcare division is on life support")
    r"divisions?|business units?|subsidiar(?:y|ies)|segments?|portfolios?|brands?|lines? of business"
)
_DEAL_SUBJECT = re.compile(
    r"\b(?:" + _BUSINESS + r")\b(?P<between>(?: [\w'’&.-]+){0,4}?) (?:is|are|was|were|'s|’s|has been|have been|"
    r"had been|looks?(?: to be)?|looked|seems?(?: to be)?|seemed|remains?|remained|stays?|stayed|went|goes|going|"
    r"gone|ended up|(?:is|are) (?:now|still|basically|effectively|practically|currently|already|officially))"
    r"(?: (?:still|now|basically|effectively|practically|already|currently|officially|firmly|pretty much|kind of|"
    r"sort of|more or less|back|well))* ?$",
    re.IGNORECASE,
)

# a new clause between the noun and the verb has a subject of its own ("the deal slipped as Priyam is in hospital")
_CLAUSE_BREAK = re.compile(
    r"\b(?:because|as|since|while|whilst|and|but|so|after|when|until|till|though|although|if|who|whose|whom|that|"
    r"which|where|cos|cause|now that)\b",
    re.IGNORECASE,
)


# a firm's function as the whole subject of its clause ("Gogozoom's procurement has been on crutches", "their
# finance team is on life support"): a figure of speech about how it works; "Raj from procurement has been on
# crutches" and "our procurement director is" are people, so the function must open the clause
_FUNCTION_SUBJECT = re.compile(
    r"^\s*(?:(?:and|but|so|because|since|as|while|though|although) )?(?:(?:the|their|our|its|your|(?-i:[A-Z][\w&-]*)"
    r"(?:'s|’s)) )?(?:whole |entire )?(?:procurement|purchasing|sourcing|finance|accounting|accounts (?:payable|"
    r"receivable)|payroll|billing|invoicing|logistics|supply chain|operations|ops|(?-i:IT|HR)|legal|compliance|"
    r"marketing|customer (?:service|support)|help ?desk|service desk|back office|warehouse|distribution|"
    r"fulfil?ment|admin(?:istration)?|treasury)(?: (?:team|department|dept|function|side|office|org))? (?:is|are|"
    r"was|were|'s|’s|has been|have been|had been|seems?(?: to be)?|looks?(?: to be)?|remains?|stays?|went|goes|"
    r"going|gone)(?: (?:still|now|basically|effectively|practically|already|currently|pretty much|kind of|sort of|"
    r"more or less|back))* ?$",
    re.IGNORECASE,
)


def said_of_a_deal(text: str, sentence_start: int, cue_start: int, cue: str = "") -> bool:
    """Whether the clause before the cue at ``cue_start`` makes a deal, project, market or a firm's function the
    subject it is said of; the words between may not name a person ("the account manager is in intensive care"
    is his). A cue that opens with its verb ("is sick") lends it to the clause ("the Q3 number is sick")."""
    clause = re.split(r"[;:,()]", text[sentence_start:cue_start])[-1]
    if _STATE.match(cue):
        clause += cue.split()[0]
    if _FUNCTION_SUBJECT.search(clause):
        return True
    found = _DEAL_SUBJECT.search(clause)
    if found is None or _CLAUSE_BREAK.search(found.group("between")):
        return False
    return not refers_to_person(found.group("between"))


# a shock told as an acute episode that did not happen: hedged ("nearly gave her a heart attack when the SKUs
# vanished", "I almost had a stroke at the price") or hypothetical ("would give him a coronary"); "had a stroke
# in May" and "the stress gave her an ulcer" still happened to someone
_EPISODE = (
    r"(?:heart attack|stroke|coronary|aneurysm|seizure|fit|hernia|ulcer|(?:nervous |mental )?breakdown|"
    r"panic attack|cardiac arrest)s?"
)
_HEDGED_EPISODE = re.compile(
    r"\b(?:nearly|almost|practically|virtually|just about|all but|damn near|about to|going to|gonna|will|would|"
    r"(?<=\w)['’](?:ll|d))(?: have)? (?:given|gave|give|gives|giving|had|have|having|caused|cause) (?:(?:me|us|him|"
    r"her|them|everyone|everybody|us all|the whole \w+|(?-i:[A-Z][a-z]+)) )?(?:an? )?(?:[\w-]+ )?" + _EPISODE + r"$",
    re.IGNORECASE,
)


def a_figure_of_speech(text: str, sentence_start: int, cue_end: int) -> bool:
    """Whether the health cue ending at ``cue_end`` is an acute episode someone nearly had or would have."""
    return _HEDGED_EPISODE.search(text, sentence_start, cue_end) is not None


# a roll call of accounts in one medical figure ("the Kestrel renewal is bleeding out, Dunmore is in intensive
# care"): a bare name opening its clause, beside a clause whose deal is said in a medical figure, is one more
# account; a known given name, a title or a he/she anywhere in the sentence keeps the cue a person's
_MEDICAL_FIGURE = (
    r"(?:flat-?lin(?:ed|ing|es?)|on life support|in (?:intensive care|the ICU|a coma|critical condition)|on (?:the "
    r"critical list|a drip|its deathbed|the operating table)|bleeding(?: out)?|ha?emorrhag\w+|an(?:a)?emic|"
    r"comatose|dead on arrival|(?:in )?cardiac arrest|ailing|limping|needs? (?:CPR|resuscitat\w+)|a shot in the arm|"
    r"no pulse|vital signs)"
)
_FIGURE_CUE = re.compile(_MEDICAL_FIGURE + r"$", re.IGNORECASE)
_DEAL_IN_A_FIGURE = re.compile(r"\b(?:" + _BUSINESS + r")\b.*\b" + _MEDICAL_FIGURE + r"\b", re.IGNORECASE)
_CLAUSES = re.compile(r"[;:,()]|\b(?:and|while|whereas)\b", re.IGNORECASE)
_ACCOUNT_OPENS = re.compile(
    r"^\s*(?P<name>(?-i:[A-Z][\w&'’-]+)(?: (?-i:[A-Z][\w&'’-]+))?) (?:is|was|'s|’s|looks|seems|remains)"
    r"(?: (?:now|still|basically|effectively|already|currently))* ?$",
    re.IGNORECASE,
)
_HE_OR_SHE = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)


def in_a_roll_call_of_deals(text: str, sentence: tuple[int, int], cue_start: int, cue: str) -> bool:
    """Whether the medical figure ``cue`` at ``cue_start`` is said of a bare name listed beside a deal said in
    a medical figure too, with no he or she in the sentence."""
    start, end = sentence
    if not _FIGURE_CUE.search(cue) or _HE_OR_SHE.search(text, start, end):
        return False
    before = _CLAUSES.split(text[start:cue_start])
    opens = _ACCOUNT_OPENS.match(before[-1])
    if opens is None or refers_to_person(opens.group("name")):
        return False
    others = before[:-1] + _CLAUSES.split(text[cue_start + len(cue) : end])
    return any(_DEAL_IN_A_FIGURE.search(clause) for clause in others)
