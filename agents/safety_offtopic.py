"""Personal questions outside sales work: the rep's car, health, home, money, pets, meals, free time and
the family's schoolwork.

They are refused even when they share words with deal questions ("is it safe to drive to the Konex
meeting?" names an account and a meeting, but asks about brakes). A personal matter told in passing
("my car broke down, push the Konex call") is not refused: only asking for advice about it is. Patterns
run on ``normalised`` text."""

from __future__ import annotations

import re

from agents.offline.lexicon import normalised

# the things of private life a rep might ask advice about
_VEHICLE = (
    r"car|cars|truck|van|suv|motorbike|motorcycle|scooter|vehicle|brake|brakes|braking|brake pads|tyre|tyres|tire"
    r"|tires|clutch|gearbox|exhaust|muffler|windscreen|windshield|wipers|oil change|check engine|mechanic"
    r"|alternator|spark plugs?|flat tyre|flat tire|engine light|my engine|the engine"
    # makes a rep weighs for their own next car: "audi a4 or bmw 3 series?"
    r"|audi|bmw|mercedes|toyota|honda|tesla|volkswagen|vw|subaru|mazda|hyundai|kia|lexus|volvo|nissan|jeep|porsche"
    r"|car lease|lease a car|leasing a car"
)
_HEALTH = (
    r"symptoms?|headaches?|migraines?|back pain|neck pain|knee|rash|fever|cough|sore throat|my doctor|a doctor"
    r"|the doctor|dentist|toothache|physio|medication|meds|ibuprofen|paracetamol|antibiotics|pills|allerg\w+"
    r"|diet|calories|lose weight|workout|stretch\w*|insomnia|sleep better|blood pressure|hangover"
    r"|my (?:health|weight|fitness|sleep)(?! (?:score|check|report|metric)s?\b)"  # "my health score" is a deal's
)
_HOME = (
    r"my (?:house|flat|apartment|roof|boiler|furnace|dishwasher|fridge|freezer|washing machine|dryer|sink|toilet"
    r"|shower|plumbing|garden|lawn|kitchen|bathroom|landlord|home wifi|router|laptop|phone)"
)
_MONEY = (
    r"my taxes|tax return|tax refund|deduct|deduction|mortgage|401k|ira|pension|stocks?|shares in|crypto|bitcoin"
    r"|index fund|savings account|credit score|credit card debt|(?:car|student|personal|home) loans?|my loans?"
    r"|my bonus|my savings|pay (?:down|off) (?:my|the) \w+|my (?:investments?|debts?|rent payments?)"
    r"|freelance income|side income|self-employed|tax bracket|my w-?2|my 1099"
)
# the rep's own legal matters; not a customer's contract or legal team, which are sales work
_LEGAL = (
    r"my (?:own )?(?:lawyer|attorney|divorce|custody|lease|will|visa|green card|lawsuit)|divorce|child custody"
    r"|small claims|speeding ticket|parking ticket|parking fine|jury duty|sue my|suing my|immigration lawyer"
)
_LIFE = (
    r"recipe|recipes|cook|cooking|bake|baking|dinner tonight|my (?:dog|cat|puppy|kitten|pet|hamster|parrot|horse)"
    r"|vet|movie|movies|film|netflix|tv show|video game|playlist|horoscope|lottery|the weather|weather"
    r"|anniversary|birthday present|gift for my|vacation|holiday plans"
)
_TOPICS = rf"(?:{_VEHICLE}|{_HEALTH}|{_HOME}|{_MONEY}|{_LEGAL}|{_LIFE})"
PERSONAL = re.compile(rf" {_TOPICS} ")
# help asked with the private matter itself, in the same sentence: "can you help me figure out my tax return", "my
# tax return, can you help me do it?"; not "help with the move" sentences away from "the weather" in an office memo
_HELP_ASK = re.compile(
    r" (?:help (?:me |us )?(?:out )?(?:with|to|figure|work|sort|understand|fill\w*|file|filing|do|doing|prepar\w*"
    r"|plan\w*|calculat\w*|decid\w*|choos\w*|pick\w*|fix\w*|deal with)|(?:figure|work|sort) out) "
)
_SENTENCE = re.compile(r"[.!?;\n]+")

# asking for advice, a diagnosis or a recommendation, not for figures
ADVICE = re.compile(
    r" (?:what(?: is|s)? wrong with|what could (?:it|that|this) be|what (?:is|s) causing|why (?:is|does) (?:it|my)"
    r"|is (?:it|that|this) (?:safe|normal|serious|bad|dangerous|ok|okay|fine) (?:to|for|if)?"
    r"|(?:safe|ok|okay|dangerous|risky) to (?:drive|ride|keep driving|take|eat|go)"
    r"|how (?:do|can|should|would) i (?:fix|treat|cure|get rid of|repair|deal with|cook|make|stop|invest|file|claim)"
    r"|should i (?:see|get|take|replace|fix|worry|be worried|buy|invest|sell|go|call|book|watch|eat|put|pay|save"
    r"|spend|refinance)"
    r"|what would you do|if you were me|in my shoes"
    r"|how (?:am i|m i|are we|is it) (?:doing|getting on|going) (?:with|on|at)"
    r"|what should i (?:do|take|eat|cook|buy|get|watch|make|invest)"
    r"|can i (?:deduct|claim|write off|still drive|drive|eat|take)"
    r"|any (?:good )?(?:tips|advice|ideas|remedies|recommendations)|recommend (?:a|an|some|me)"
    r"|how much (?:would|will|does|should) (?:it|i|a|the) (?:cost|get back|save)"
    r"|(?:grinding|squeal\w*|squeak\w*|rattl\w*|knocking|clunk\w*|whining) (?:noise|sound)s?"
    r"|which (?:is|one is) (?:the )?better (?:stock|one) to buy"
    # one of two things to pick for themselves: "which is the better deal", "which one should i go for"
    r"|which (?:is|one is|s|one s|would be|one would be) (?:the )?(?:better|best|smarter|cheaper) (?:deal|buy|option"
    r"|choice|pick|value|one)|which (?:one )?(?:should|would) (?:i|you) (?:get|lease|pick|choose|go for|go with)) "
)


# schoolwork: a subject's assignment, a child's homework, or an equation to solve ("3x + 7 = 22, solve for x"); the
# raw text keeps the "=" that normalising drops. Not "doing my homework before the review" nor a benefits worksheet.
_TASK = r"(?:homework|hw|worksheet|school project|science project|book report|times tables?)"
_SCHOOL = re.compile(
    r" (?:algebra|geometry|calculus|trigonometry|trig|physics|chemistry|biology|math|maths) (?:homework|hw|problems?"
    r"|questions?|test|exam|quiz|class|worksheet|assignment|equations?) "
    rf"| (?:daughter|son|kid|kids|child|children|niece|nephew|her|his)(?: [\w'-]+){{0,2}} {_TASK} "
)
_EQUATION = re.compile(r"\b\d*\s?[a-z]\s?[-+*/]\s?\d+\s?=\s?-?\d+\b| solve for [xyzn] ", re.I)
_SCHOOL_ASK = re.compile(r" (?:help|solve|answer|explain|do|finish|check|work out|figure out|write) ")


# the weather asked for, which no CRM holds: "will it be raining in seattle on the 3rd", "is it going to snow in
# Denver"; not "make it rain this quarter" nor "what's the forecast for Q4" (a sales forecast)
_WEATHER = re.compile(
    r" (?:will|is|would|could) it (?:still )?(?:be )?(?:going to |gonna )?(?:rain|raining|snow|snowing|pour|pouring"
    r"|storm|stormy|sunny|foggy|icy|freezing|hail|hailing) "
    # asked, not told: "what's the weather like in chicago", "how's the weather for the Konex visit"; not "a new
    # weather forecast came in" or "due to the weather in sugarland" (energy mail talks weather all day)
    r"| (?:what|whats|how|hows)(?: is| will| does| s)? (?:the )?weather(?: forecast)? (?:be |look |looking |like |in "
    r"|for |on |tomorrow |today |this |next )"
)


def asks_weather(t: str) -> bool:
    """Whether ``t`` (normalised) asks what the weather will be."""
    return _WEATHER.search(t) is not None


def personal_question(t: str, raw: str = "") -> bool:
    """Whether ``t`` (normalised; ``raw`` as written) asks for advice about a matter of private life, or for
    help with schoolwork."""
    if (_SCHOOL.search(t) or _EQUATION.search(raw) or _EQUATION.search(t)) and _SCHOOL_ASK.search(t):
        return True
    if PERSONAL.search(t) is None:
        return False
    if ADVICE.search(t) is not None:
        return True
    sentences = (normalised(s) for s in _SENTENCE.split(raw)) if raw else (t,)
    return any(_HELP_ASK.search(s) and PERSONAL.search(s) for s in sentences)
