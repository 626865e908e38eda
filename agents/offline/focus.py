"""The part of a message that asks, apart from the scene set before it, and the courtesy wrapped round it.

"meeting Goodsilron's new buyer in Jan. how many deals have we won there?" asks about Goodsilron's deals: the
preamble names who "there" is, but its "Jan" is no period, and "putting together a healthcare pitch - which
medical customers..." takes no sector from the pitch. Only the request part is read; the preamble's account
(or person) stands in for the request's "there", "they", "them" or "him". "would you mind drafting", "I'd be
grateful if you could send" are read as the bare request they wrap."""

from __future__ import annotations

import re
from datetime import date

from agents.offline import lexicon as lx
from agents.offline.actions import asks_for_message
from agents.offline.entities import Gazetteer, find_mentions, tokens_of
from agents.offline.headquarters import sets_us_aside
from agents.offline.left_out import excluded
from agents.offline.remarks_before import remark_before_question
from agents.periods import find_periods

# where a scene-setting clause ends: a full stop or "!" before a new sentence, a spaced dash, a colon, or an emoji
# before a capital ("... than everyone else 🙃 Can you give me ...")
_SEGMENTS = re.compile(
    r"(?<=[a-z0-9)'\"][.!])\s+|\s+[-–—]+\s+|:\s+|(?<=[\u2600-\u27bf\U0001f300-\U0001faff])\s+(?=[A-Z])"
    r"|(?<=\.\.)\s+|(?<=…)\s+"  # an ellipsis: "new on summer's team, still figuring stuff out.. how many ..."
)
# how a question or request opens ("how many", "remind me", "draft"): such a clause is never scene-setting
_ASKS = re.compile(
    r"^(?:how|what|what's|whats|which|who|who's|whos|whose|where|when|why|is|are|was|were|do|does|did|has|have"
    r"|had|can|could|would|will|should|shall|may|any|anything|anyone|remind|tell|show|give|list|pull|get|find"
    r"|draft|write|send|email|e-mail|compose|prepare|put|help|please|pls|plz|quick|need|i need|i'd|id|i want"
    r"|i wanna|let me know|break|rank|compare|count|total|sum|number|my|our|the|and|also|plus|then|so|ok|okay"
    r"|hi|hey|hello|thanks|q[1-4]|ytd|qtd|re|on|about|for|regarding|across|among|of|in|by|per|each|every|all)\b",
    re.IGNORECASE,
)
# what the asker is doing or about to do: "heading off on holiday tomorrow", "meeting X's new buyer in Jan",
# "putting together a pitch", "cold-ish call with X at 2", "lunch with their CFO on Friday"
_SCENE = re.compile(
    r"^(?:(?:i'?m|im|i am|we'?re|we are|just|currently|off|about to be|busy)\s+)?"
    # a gerund that names the request itself is no scene: "ranking my reps on won revenue - who's top?"
    r"(?:(?!(?:pending|nothing|something|anything|everything|morning|evening|thing|during|ranking|comparing"
    r"|counting|sorting|listing|tallying|totalling|totaling|summing|breaking down"
    # nor one that narrows it: "looking only at h1 (jan-jun), my largest win", "excluding Konex, ..."
    r"|looking(?: only| just)? at|focusing|limiting|restricting|sticking|filtering|excluding|including|ignoring"
    r"|leaving out|counting only)\b)[a-z]+ing\b"
    r"|(?:(?:a|an|my|our|the|big|quick|short|first|cold|cold-ish|warm|intro|early|late)\s+)*"
    r"(?:call|meeting|lunch|dinner|coffee|demo|catch-up|catchup|1:1|qbr|visit|trip|flight|chat|workshop|offsite)"
    r"\s+(?:with|at|to|in|w)\b/?)",  # "1:1 w hayden", "call w/ Kami"
    re.IGNORECASE,
)
# a greeting that opens the scene: "Hello, I am preparing an account review for X. ..."
_GREETING = re.compile(
    r"^(?:hello|hi|hey|hiya|yo|gm|good (?:morning|afternoon|evening)|morning)(?: dealbot| there| team| all)?"
    r"\s*[,!.]\s+",
    re.IGNORECASE,
)
# courtesy before the question, with nothing of it asked: "Good morning dealbot, I hope this isn't a silly question,
# but I was hoping you could help me out with something I'm writing: ...", "Sorry to bother you on a Sunday."
_COURTESY = re.compile(
    r"^(?:good (?:morning|afternoon|evening)|morning|gm|hi|hey|hello|dear|sorry|apologies)\b"
    r"|\b(?:i hope|hope you|i was hoping|hoping you could|sorry to bother|hate to bother|help me out)\b",
    re.IGNORECASE,
)
_ASKED_OF = re.compile(
    r"\b(?:won|win|wins|lost|loss|losses|revenue|deals?|opps?|pipeline|pipe|rate|quota|open|closed?|booked"
    r"|bookings|numbers?|figures?|accounts?|customers?|email|note|draft|write|reply|answer|respond|send|message"
    r"|tell|please|pls)\b",
    re.IGNORECASE,
)
# someone else's question, reported before the asker's own concrete one: "vp asked who actually sells the GTK 500",
# "my manager wants to know how retail is going"
_REPORTED = re.compile(
    r"^(?:(?:the|our|my|new|a|their)\s+)*[\w'-]+(?:\s+[\w'-]+)?\s+(?:asked|asks|is asking|was asking|keeps asking"
    r"|wants to know|wanted to know|was wondering|is wondering|wondered|wants to understand)(?:\s+(?:me|us|everyone"
    r"|the team|the channel|around|again))?\s+(?:who|what|which|how|where|whether|if|why|when)\b",
    re.IGNORECASE,
)
# the asker's own request after it names a figure: "# of GTK 500 wins per office?", "how many open deals"
_CONCRETE = re.compile(
    r"#|\b(?:how many|how much|wins?|won|lost|losses|revenue|rev|deals?|opps?|pipeline|pipe|rate|bookings|count"
    r"|total|number of|avg|average|cycle)\b",
    re.IGNORECASE,
)
# a question the asker expects someone to ask, before their own: "I just know someone's going to ask whether West is
# slower to close than everyone else"; what they ask for next is what to answer
_ANTICIPATED = re.compile(
    r"\b(?:going to|gonna|will|'ll|might|may|could|bound to|sure to|likely to|about to)"
    r"(?:\s+(?:probably|definitely|surely|certainly|likely|totally|def|prob|also|just))?\s+(?:ask|wonder|want to know"
    r"|grill (?:me|us)|press (?:me|us)|quiz (?:me|us))\b",
    re.IGNORECASE,
)
_MIN_SCENE_WORDS = 4  # "q3 - how many did I win?", "Konex: status?": a bare topic is part of the question


_OURS = re.compile(
    r"\b(?:my|our|we|us|i|mine|ours|im|i'm|i’m|i've|ive|me)\b(?! (?:manager|boss|vp|director|cro|ceo|lead)\b)",
    re.IGNORECASE,
)
_TEAM = re.compile(r"\b(?:my|our) (?:team|reps|guys|people|crew|office)\b", re.IGNORECASE)


def _reported_before(reported: str, request: str, gazetteer: Gazetteer) -> bool:
    """Whether ``reported`` is someone else's question and the concrete request after it names again all it needs
    from it: "vp asked who sells the GTK 500. # of GTK 500 wins per office?"; not "new reps asked what my team
    doesn't sell: which products have we never won" (whose products) nor "customer asked what people pay for MG
    Advanced. what's our average won deal?"."""
    if not _REPORTED.match(reported.strip(" .!,(")) or not _CONCRETE.search(request):
        return False
    if _TEAM.search(reported) or (_OURS.search(reported) and not _OURS.search(request)):
        return False  # whose deals are said only in the reported question
    needed = {m.name for m in find_mentions(gazetteer, tokens_of(reported))}
    return needed <= {m.name for m in find_mentions(gazetteer, tokens_of(request))}


def _names_a_period(part: str) -> bool:
    return bool(find_periods(lx.normalised(part), date.today()))


def focus(text: str, gazetteer: Gazetteer) -> tuple[str, str]:
    """``text`` split into its scene-setting preamble and the request after it; ("", text) when it has none."""
    parts = _SEGMENTS.split(text.strip())
    scene: list[str] = []
    for i, part in enumerate(parts):
        words = part.strip(" .!,").split()
        if i < len(parts) - 1 and "?" not in part and _COURTESY.search(part) and not _ASKED_OF.search(part):
            scene.append(part)  # politeness only: its "I" and "Sunday" are no owner or period
            continue
        if i < len(parts) - 1 and "?" not in part and _reported_before(part, " ".join(parts[i + 1 :]), gazetteer):
            scene.append(part)  # "vp asked who actually sells the GTK 500. # of GTK 500 wins per office?"
            continue
        if i < len(parts) - 1 and "?" not in part and not _CONCRETE.search(part) and remark_before_question(part):
            # "q2 feels slow already lol. # of wins in q1 vs since apr 1?": the question names its own period; not
            # "sept was rough. how many did i lose that month?" (the remark's month is the question's)
            if not _names_a_period(part) or find_periods(lx.normalised(" ".join(parts[i + 1 :])), date.today()):
                scene.append(part)  # "new on summer's team, still figuring stuff out.."
                continue
        if i < len(parts) - 1 and "?" not in part and _ANTICIPATED.search(part) and _CONCRETE.search(parts[i + 1]):
            scene.append(part)  # "someone's going to ask whether West is slower 🙃 Can you give me ... each office"
            continue
        said = _GREETING.sub("", part.strip(" .!,("), count=1)  # "Hello, I am preparing a review for X."
        if "?" in part or _ASKS.match(said) or len(words) < _MIN_SCENE_WORDS:
            break
        lead = find_mentions(gazetteer, tokens_of(words[0]))  # "Funholding just signed": a name, not a doing
        if not _SCENE.match(said) or lead:
            break  # "Rocco needs my bookings from last quarter - what did I close?": the topic, not a scene
        if excluded(tokens_of(part), find_mentions(gazetteer, tokens_of(part))):
            break  # "leaving carl out (he's got nothing yet) - who ...": it narrows the request
        if sets_us_aside(lx.normalised(part)):
            break  # "leaving the US out - which country ...": it narrows the request too
        if asks_for_message(part):
            break  # "dictating in the car.. draft something to X. I'll approve it tonight": the request itself
        scene.append(part)
        if i == len(parts) - 1:
            return "", text  # nothing asked after the scene: the whole message is the request
    if not scene or len(parts[len(scene) :]) == 0:
        return "", text
    request = text.strip()
    for part in scene:
        request = request[request.index(part) + len(part) :]
    request = re.sub(r"^[\s.!:\-–—]+", "", request)
    if len(request.split()) < 3:
        return "", text  # "... at Isdom. how many?": the fragment asks about the scene
    if asks_for_message(request) and not any(m.kind == "account" for m in find_mentions(gazetteer, tokens_of(request))):
        return "", text  # "... Hottechi's CTO would like a note. could you put something together?": to them
    return " ".join(scene), request


# what a request calls the account of its preamble; "are there any", "there are" are no place
_THERE = re.compile(
    r"(?<!\bare )(?<!\bis )(?<!\bwere )(?<!\bwas )(?<!'s )\bthere\b(?! (?:are|is|were|was|any)\b)", re.I
)
_THEY = (
    (re.compile(r"\bthey(?:'re| are)\b", re.I), "{} is"),
    (re.compile(r"\bthey(?:'ve| have)\b", re.I), "{} has"),
    (re.compile(r"\b(?:they|them)\b", re.I), "{}"),
    (re.compile(r"\btheir\b", re.I), "{}'s"),
)
_HIM = (
    (re.compile(r"\b(?:him|her)\b", re.I), "{}"),
    (re.compile(r"\b(?:his|hers)\b", re.I), "{}'s"),
    (re.compile(r"\b(?:he|she)(?:'s| is)\b", re.I), "{} is"),  # "how many open deals is he handing over"
    (re.compile(r"\b(?:he|she)\b", re.I), "{}"),
)


def resolve(preamble: str, request: str, gazetteer: Gazetteer) -> str:
    """``request`` with its "there"/"they"/"them" (or "him"/"her") naming the preamble's account (or person)."""
    named = find_mentions(gazetteer, tokens_of(request))
    known = find_mentions(gazetteer, tokens_of(preamble))
    account = next((m.name for m in known if m.kind == "account"), None)
    person = next((m.name for m in known if m.kind == "person"), None)
    if account and not any(m.kind == "account" for m in named):
        request = _THERE.sub(f"at {account}", request)
        for pattern, form in _THEY:
            request = pattern.sub(form.format(account), request)
    if person and not any(m.kind == "person" for m in named):
        for pattern, form in _HIM:
            request = pattern.sub(form.format(person), request)
    whose = _WHOSE_LEAD.search(preamble)
    if whose and not named and not _OURS.search(request):
        request = f"{whose[1]}: {request}"  # "... two figures for my team: total won revenue from January..."
    return request


def to_date_carried(scene: str, request: str, today: date) -> str:
    """``request`` with the to-date period its scene ends on when it names none of its own: "boarding in 20 qtd for
    me - # of wins + $ won?". Running up to today, such a period is never when the scene happens (unlike "meeting
    X's buyer in Jan")."""
    if find_periods(lx.normalised(request), today):
        return request
    said = [p for p in find_periods(lx.normalised(scene), today) if p.end == today and p.start < today]
    return f"{request.rstrip()} ({said[-1].phrase})" if len(said) == 1 and _TO_DATE.search(said[-1].phrase) else request


_TO_DATE = re.compile(r"\b(?:qtd|ytd|mtd|to date|so far)\b")


# whose figures the preamble's last words ask for, leading into the request: "would appreciate two figures for my
# team: ...", "a few numbers for my office -"
_WHOSE_LEAD = re.compile(r"\b(for (?:my|our) (?:team|office|reps|crew|squad|region)|for me|for myself)\W*$", re.I)


# courtesy round a request: "would you mind", "I'd be grateful if you could", "could you possibly"
_WRAPPER = re.compile(
    r"\b(?:would|do) you mind(?: (?:just|quickly))? (?=\w+ing\b)"
    r"|\b(?:would|will) it be (?:all right|alright|ok|okay|fine|possible|too much (?:trouble|to ask))"
    r" (?:if|for) (?:you )?(?:could |can |would |to )?"
    r"|\bi(?:'d| would) be (?:really |very |so )?(?:grateful|thankful|obliged|glad|happy|delighted)"
    r" if you (?:could|would|can) "
    r"|\bif (?:it's|it is) not too much trouble,? |\bif you (?:don't|do not) mind,? "
    r"|\bwould you be (?:so kind as|able|willing) to |\b(?:possibly|kindly) (?=\w)",
    re.IGNORECASE,
)
_PAST = {
    "wrote": "write",
    "sent": "send",
    "drafted": "draft",
    "emailed": "email",
    "composed": "compose",
    "messaged": "message",
    "pinged": "ping",
    "replied": "reply",
    "prepared": "prepare",
    "drew": "draw",
}
_GERUND = re.compile(r"\b(\w+?)(\w)?ing\b")
_E_VERBS = {"writ", "compos", "prepar", "typ", "sav", "shar", "creat", "updat", "clos", "us", "mak", "tak"}


def without_courtesy(t: str) -> str:
    """``t`` with its courtesy wrapper taken off; "would you mind drafting" becomes "draft"."""
    found = _WRAPPER.search(t)
    if found is None:
        return t
    rest = t[found.end() :]
    if re.search(r"mind(?: (?:just|quickly))? $", found.group(0)):
        rest = _GERUND.sub(_base, rest, count=1)
    elif re.search(r" if (?:you )?$", found.group(0)):  # "would it be ok if you wrote them": the verb asked for
        rest = re.sub(r"^(\w+)", lambda m: _PAST.get(m.group(1), m.group(1)), rest)
    return t[: found.start()] + rest


def _base(m: re.Match[str]) -> str:
    stem, last = m.group(1), m.group(2) or ""
    if last and stem.endswith(last):
        return stem  # "putting" -> "put"
    word = stem + last
    return word + "e" if word in _E_VERBS else word
