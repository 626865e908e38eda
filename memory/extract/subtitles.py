"""A call transcript exported as subtitles (SubRip .srt, WebVTT .vtt) read as plain speaker lines.

The cue numbers and "00:00:06,010 --> 00:00:11,380" timings are no words of the call: left in, they end the
sentences between a question and its answer ("When would you like to decide?" / timing / "End of February.") and
a cue number reads as a step. A speaker label in capitals ("LEILANI KAHALE:") is written as a name."""

from __future__ import annotations

import re

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
_TIMING = re.compile(rf"^[ \t]*{_TIME}[ \t]+-->[ \t]+{_TIME}[^\n]*$", re.MULTILINE)
# a cue's number on the line above its timing, the file's "WEBVTT" header, and the blank lines between cues
_CUE_LINES = re.compile(
    rf"^[ \t]*(?:\d+[ \t]*\n(?=[ \t]*{_TIME}[ \t]+-->)|WEBVTT[^\n]*\n|\n)|^[ \t]*{_TIME}[ \t]+-->[^\n]*(?:\n|\Z)",
    re.MULTILINE,
)
# a speaker's label in capitals opening a cue's line: "LEILANI KAHALE: He'll be five minutes late."
_CAPS_LABEL = re.compile(r"^([ \t]*)([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})(?=[ \t]*:)", re.MULTILINE)

# a WebVTT voice tag names the speaker: "<v Marisol Achterberg>He is." reads as "Marisol Achterberg: He is."
_VOICE_TAG = re.compile(r"^([ \t]*)<v(?:\.[\w.-]+)?[ \t]+([^>\n]{1,60})>[ \t]*", re.MULTILINE)
_VOICE_TAG_END = re.compile(r"</v>")


def flatten_subtitles(text: str) -> str:
    """``text`` without cue numbers and timings, when it is a subtitle file; any other text as it is."""
    if "-->" not in text or not _TIMING.search(text):
        return text
    lines = _VOICE_TAG_END.sub("", _VOICE_TAG.sub(r"\1\2: ", _CUE_LINES.sub("", text)))
    return _CAPS_LABEL.sub(lambda m: m.group(1) + m.group(2).title(), lines)
