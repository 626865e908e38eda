"""The delay or failure the customer struggles to account for upwards, a grievance class for tone_grievance.REACTIONS
(same ``(class, pattern, needs_failure)`` form): "I am finding it increasingly difficult to explain to our General
Counsel why a light set of redlines has taken five weeks", "it's getting hard to justify to my boss why we're still
waiting", "I've run out of ways to tell the board why". The face they lose inside is the reaction; it counts only in a
message that reports a failure of ours still open ("hard to explain to my team how forecasting works" is a request).
"""

from __future__ import annotations

# whom they answer to, beyond tone_grievance's <boss>: their lawyers, the buying desk
_ABOVE = r"(?:<boss>|general counsel|counsel|lawyers?|legal(?: team)?|procurement|finance|cfo|<people>)"
_HARD = (r"(?:(?:increasingly |very |really |so |getting |quite |rather |more and more )*(?:hard|difficult|harder"
         r"|awkward|embarrassing|impossible|tricky|tough|uncomfortable)|(?:no|not sure) how|at a loss how"
         r"|run(?:ning)? out of ways|struggl\w+)")  # fmt: skip
_ACCOUNT = r"(?:explain|justify|defend|account for)"

FACE_UPWARD: tuple[tuple[str, str, bool], ...] = (
    (
        "face",
        # "finding it increasingly difficult to explain to our General Counsel why", "hard to justify this to my CFO"
        rf"\b{_HARD} (?:for (?:me|us) )?to {_ACCOUNT}(?: (?:this|it|that|the delay|the wait))? to (?:my|our|the)"
        rf" (?:[\w-]+ ){{0,2}}{_ABOVE}\b"
        # the same with the why first: "how am I to explain to the board why", "I can't explain to my boss why"
        rf"|\b(?:can't|cannot|couldn't|how (?:am I|do I|can I|are we|do we|can we)(?: supposed| meant)?(?: to)?)"
        rf" {_ACCOUNT} to (?:my|our|the) (?:[\w-]+ ){{0,2}}{_ABOVE} (?:why|how come)\b",
        True,
    ),
)
