"""People (and offices) named in a message whose deals it is not about: who the answer is for ("my update for
Rocco"), who said something ("celia wants me to..."), the manager the asker reports to, an office's people in a
bet or a chat. :func:`bystander` tells the scope reader to leave them out of "whose deals"."""

from __future__ import annotations

from collections.abc import Sequence

from agents.offline.entities import Mention

_WRITE_UP = {"update", "report", "summary", "recap", "email", "note", "deck", "slides", "review", "writeup",
             "write-up", "brief", "briefing", "presentation", "memo", "message", "1:1", "one-on-one",
             "meeting"}  # fmt: skip
_TELL = {"tell", "ask", "show", "brief", "remind", "cc", "ping", "email", "message", "update", "send", "answer",
         "answering"}  # fmt: skip


def bystander(tokens: list[str], m: Mention, named: Sequence[Mention] = ()) -> bool:
    """A person named in the message whose deals it is not about: who the answer is for, or who said something; or
    an office's people the asker is only talking with ("friendly bet with the east guys: which team booked most?").
    ``named``: every mention in the message, to tell whom a later "his"/"her" points back to."""
    if m.kind == "office":
        return _office_party(tokens, m)
    if m.kind != "person":
        return False
    if _audience(tokens, m):
        return not _asked_back(tokens, m, named)  # "1:1 w hayden - his q3 won rev?": Hayden's after all
    return _speaker(tokens, m) or _my_manager(tokens, m) or _counted_in(tokens, m)


# what the asker's own figures are called; a bare "i" is left out ("dont tell gladys i asked - her wr?")
_MINE = {"my", "me", "mine", "myself", "our", "ours", "us", "we"}
_HIS = {"his", "her", "hers"}
_SUBJECT = {"he", "she"}
# what a rep does with deals, after "he"/"she": "how many has she won", "did he close"
_DEAL_VERBS = {"won", "win", "wins", "closed", "close", "closes", "lost", "lose", "booked", "book", "sold", "sell",
               "landed", "land", "signed", "got", "has", "have", "had", "carries", "carrying", "owns"}  # fmt: skip


def _asked_back(tokens: list[str], m: Mention, named: Sequence[Mention]) -> bool:
    """Whether the request after the person it is for points back to them: "prepping my 1:1 with Hayden - his q3 won
    revenue?", "don't tell Gladys I asked, but what's her win rate?". Not when the asker's own figures are asked
    ("tell Rocco my q3 number"), nor when another rep named later is the one the pronoun points to ("for my 1:1 with
    Summer: how is Kary doing, his win rate?"), nor "she'll ask about my pipeline"."""
    if any(o.kind == "person" and o.name != m.name and o.start >= m.end for o in named):
        return False
    rest = tokens[m.end :]
    if set(rest) & _MINE:
        return False
    return any(
        w in _HIS or (w in _SUBJECT and i + 1 < len(rest) and rest[i + 1] in _DEAL_VERBS) for i, w in enumerate(rest)
    )


_INCLUDING = {"incl", "including", "inc", "counting", "includes"}
_GROUPS = {"team", "teams", "roster", "everyone", "everybody", "whole", "crew", "office", "squad", "reps"}


def _counted_in(tokens: list[str], m: Mention) -> bool:
    """A member said to be counted in the group asked about: "my team's average, count the whole roster incl
    Mei-Mei", "won deals for the team including Carl": the group's figures, not theirs."""
    return tokens[m.start - 1 : m.start] in ([w] for w in _INCLUDING) and bool(set(tokens[: m.start]) & _GROUPS)


_WHO = {"who", "whos", "which", "anyone", "anybody", "everyone", "someone", "reps", "people", "whoever", "many"}
_JOINED = {"on", "in", "joined", "join", "joining", "into", "to", "under", "moved"}


def _my_manager(tokens: list[str], m: Mention) -> bool:
    """The manager whose team the asker is on, told as context while the question is about the asker: "first week
    on melvin's team, do i have any opps yet?", "I report to Summer - how many wins do I have?". Not "on melvin's
    team, who has the most wins?" (the team's deals)."""
    before, after = tokens[max(0, m.start - 2) : m.start], tokens[m.end : m.end + 1]
    asks_about_them = set(tokens[max(0, m.start - 4) : m.start]) & _WHO  # "who on Summer's team beat me?"
    on_team = bool(before) and before[-1] in _JOINED and after == ["team"] and not asks_about_them
    reports = before[-2:] in (["report", "to"], ["reporting", "to"], ["reports", "to"]) or before[-1:] == ["under"]
    return (on_team or reports) and any(t in _ME_WORDS for t in tokens[m.end + 1 :])


_CREW = {"guys", "folks", "people", "lot", "crew", "gang", "boys", "girls", "bunch", "peeps", "ppl", "lads", "team"}
_BANTER = {"bet", "wager", "banter", "bragging", "brag", "trash", "rivalry", "argument", "debate", "arguing", "joke",
           "joking", "beef", "competition", "competing", "bickering", "teasing", "challenge", "challenged"}  # fmt: skip


def _office_party(tokens: list[str], m: Mention) -> bool:
    """An office's people as the other side of a bet or a chat, or as the ones saying something: "a bet with the
    east guys", "the West folks keep bragging that...". Not "how are the east guys doing?" (their deals)."""
    after = tokens[m.end : m.end + 3]
    if not after or after[0] not in _CREW:
        return False
    before = tokens[max(0, m.start - 5) : m.start]
    says = _SAYS | {"say", "claim", "think", "reckon", "insist", "swear", "bet", "brag", "keep", "want"}
    return bool(set(before) & _BANTER) or (len(after) > 1 and after[1] in says)


# a meeting the asker is getting ready for: "before my 1:1 w/ melvin", "prepping for a call with Summer"
_MEETINGS = {"1", "1:1", "one-on-one", "1-on-1", "meeting", "call", "sync", "catch-up", "catchup", "review", "qbr",
             "check-in", "checkin", "lunch", "coffee", "chat", "session", "standup", "huddle",
             "walkthrough",
             # the same meetings asked in French, Spanish or German: "pour mon point avec Cara", "la junta con Summer"
             "point", "reunion", "rendez-vous", "entretien", "junta", "llamada", "besprechung", "termin"}  # fmt: skip
_WITH = {"with", "w", "avec", "con", "mit"}


def _audience(tokens: list[str], m: Mention) -> bool:
    """A person the answer is *for*, not whose deals it is about: "my update for Rocco", "tell Rocco", "before my
    1:1 with Melvin" (the one the asker will meet, not whose figures are asked)."""
    before = tokens[max(0, m.start - 3) : m.start]
    if before and before[-1] in _TELL:
        return True
    if len(before) >= 2 and before[-1] in _WITH and before[-2] in _MEETINGS:
        return True
    if before[-1:] == ["to"] and set(before[:-1]) & _PASS_ON:
        return True  # "I must explain it to Rocco on the review", "present this to Summer"
    return len(before) >= 2 and before[-1] in ("for", "to") and before[-2] in _WRITE_UP


# handing the answer on to someone: "explain it to", "present them to", "pass this on to", "justify it to"
_PASS_ON = {"explain", "present", "justify", "pass", "on", "hand", "show", "forward", "report", "defend", "pitch",
            "walk", "give", "send"}  # fmt: skip


# what someone says, wants or thinks of the asker: "celia wants me to ...", "summer keeps joking that i ..."
_SAYS = {"wants", "wanted", "asked", "asks", "asking", "says", "said", "keeps", "kept", "thinks", "thought", "told",
         "tells", "joked", "jokes", "joking", "mentioned", "reckons", "claims", "claimed", "insists", "suggested",
         "suggests", "pinged", "emailed", "messaged", "texted", "expects", "needs", "swears", "swore", "bets",
         "believes", "reckoned", "insisted", "figures", "guesses", "guessed", "sent", "shared", "circulated", "posted",
         "forwarded", "gave",
         # the verb left bare in learner's English: "Rocco ask me this for our meeting", "Cara want I check"
         "ask", "want", "say", "tell", "need", "expect", "think"}  # fmt: skip
_ADVERBS = {"already", "just", "also", "kindly", "helpfully", "literally"}
_ME_WORDS = {"i", "me", "my", "mine", "myself", "i'm", "im", "i've", "ive"}
_US_WORDS = {"us", "we", "our", "ours", "we're", "we've", "we'll"}
_THIRD_PERSON = {"he", "she", "him", "her", "his", "hers", "he's", "she's", "hes", "shes"}


# what a message passed on is: "fwd from Cara", "a question from Rocco", "this came in from Summer"
_PASSED_ON = {"fwd", "fw", "forwarded", "forward", "question", "request", "message", "msg", "dm", "note", "ping",
              "email", "ask", "q", "in", "came", "relayed", "over"}  # fmt: skip


def _speaker(tokens: list[str], m: Mention) -> bool:
    """A person talking to or about the asker, whose own deals are not asked about: "celia wants me to diversify, so
    which products have I never won?", a message passed on ("fwd from Cara: how many did East lose?"). Not "Darcel
    says he closed 50, is that right?", nor a source named after a question ("what share ... came from Darcel?")."""
    before = tokens[max(0, m.start - 2) : m.start]
    if len(before) == 2 and before[1] == "from" and before[0].lower() in _PASSED_ON:
        return not (before[0] == "came" and set(tokens[: m.start - 2]) & {"what", "how", "which", "share", "much"})
    after = [*[t for t in tokens[m.end : m.end + 3] if t not in _ADVERBS][:2], "", ""]  # "dustin already sent"
    says = after[0] in _SAYS or (after[0] in ("is", "was", "has") and after[1] in _SAYS)  # "celia is asking"
    # "cara says the VP will grill us": the speaker talks to the asker's side, whose figures follow
    # unless the question comes back to them ("darcel says we closed more - how many did he win?")
    rest = tokens[m.end :]
    ours = any(t in _US_WORDS for t in rest) and not any(t in _THIRD_PERSON for t in rest)
    return says and (ours or any(t in _ME_WORDS for t in rest))
