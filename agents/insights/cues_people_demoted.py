"""Stakeholder cues for the decision taken away from the champion: the writer only consulted or advising from now on
("from next month I'm only consulted on the spec"), and buying decided by a central function under a new rule ("all
tool renewals are now decided by group sourcing"). A standing arrangement ("I'm only consulted on security, as
ever", "renewals have always been decided centrally") and a routine review by procurement keep the decision where
it was, so each cue needs a change (a now, a new policy) and a word of deciding, not of reviewing or approving."""

from __future__ import annotations

from agents.insights.cues import cue

# a change, not a standing arrangement: "from now on", "going forward", "under the new policy"
_CHANGE = (
    r"(?:now|from now on|going forward|from here on|any ?more|from (?:next|this) (?:week|month|quarter|year)"
    r"|under the new|with the new|after the (?:reorg\w*|restructur\w+|merger|acquisition))"
)
# what deciding on this deal is about: the renewal, the purchase, the tools, "ours"
_BUYING = (
    r"\b(?:renewals?|purchases?|purchasing|buying|contracts?|vendors?|suppliers?|software|tools?|tooling|licen[cs]es?"
    r"|subscriptions?|spend|decisions?|deals?|ours|this one|it|this)\b"
)
# a central function that decides: "central sourcing", "group procurement", "head office", "the holding"
_CENTRAL = (
    r"(?:centrally|by (?:our |the |a )?(?:new )?(?:central|group|global|corporate|regional|head[- ]?office|hq"
    r"|parent(?: company)?|holding|head of)\b)"
)

# what the writer is left with: consulted, advising, giving input
_VOICE = (
    r"(?:only|just|merely) (?:be |being )?(?:consulted|advising|an? (?:adviser|advisor|advisory voice|consultee"
    r"|reviewer)|(?:giving|providing) input|in an advisory (?:role|capacity))\b"
)
_I_AM = r"\bI(?:'m| am|'ll| will)(?: be)?"

# a central decision: "decided by central sourcing", "chosen centrally"
_CENTRALLY = rf"(?:decided|chosen|selected|awarded) {_CENTRAL}"

DEMOTED = (
    # the writer left only a voice in it: "I'm only consulted on requirements from now on", "going forward I'll just
    # be advising", "I'm now only consulted" (not "I'd only be consulted if ...", nor a standing "I'm only consulted
    # on security, as ever")
    cue(
        rf"(?:\b{_CHANGE},? {_I_AM} {_VOICE}|{_I_AM} {_VOICE}[^.;]{{0,50}}\b{_CHANGE}\b"
        rf"|\bI(?:'m| am|'ll| will) now (?:be )?{_VOICE})(?![^.;]{{0,40}}\bas (?:always|usual|ever|before)\b)",
        0.85,
    ),
    # buying decided by a central function under a change: "all software renewals are now decided by central
    # sourcing", "from next quarter tools will be chosen centrally" (decided or chosen: a review or an approval by
    # procurement is the routine step)
    cue(
        rf"{_BUYING}[^.;]{{0,40}}?\b(?:(?:are|is|gets?) (?:now|from now on|all now)|will(?: now)? be|are to be)"
        rf" {_CENTRALLY}|\b{_CHANGE}\b[^.;]{{0,60}}?{_BUYING}[^.;]{{0,40}}?\b(?:are|is|gets?) {_CENTRALLY}"
        rf"|{_BUYING}[^.;]{{0,40}}?\b(?:are|is|gets?) {_CENTRALLY}[^.;]{{0,60}}\b{_CHANGE}\b",
        0.85,
    ),
)
