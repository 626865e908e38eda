"""Failures of our delivered work told in plain words the other failure cues miss, for tone_failure.py: a go-live or
rollout that "didn't go as planned" or "went badly", our template or import that still rejects their data ("the
import template still rejects our part numbers"), and output built on stale data ("half the labels printed with last
week's prices"). Each names our work, or what it did to their data: their own plans going wrong ("our offsite didn't
go to plan") and a person turning something down ("finance still refuses to sign") are no failure of ours.
"""

from __future__ import annotations

import re

# what we deliver or run for them
_OUR_WORK = (
    r"(?:go-?live|rollout|roll-out|launch|migration|import|install(?:ation)?|upgrade|cut-?over|switch-?over"
    r"|deployment|update|integration|sync|set-?up|onboarding|data load|first run|test run)"
)
# the thing of ours that takes in their data
_INTAKE = (
    r"(?:template|import(?:er)?|upload(?:er)?|tool|app|system|software|integration|sync|mapping|validator|portal"
    r"|form|field|scanner|loader)"
)
WORK_FAILED = re.compile(
    # "depot two go-live didn't go as planned", "the cutover did not go to plan", "the migration went badly"
    r"\b" + _OUR_WORK + r"\b[^.;]{0,30}?\b(?:didn't|did not|hasn't|has not|never) go(?:ne)? (?:as|to|according to)"
    r" plan(?:ned)?\b|\b" + _OUR_WORK + r"\b[^.;]{0,20}?\b(?:went|has gone|had gone) (?:badly|wrong|sideways"
    r"|pear-shaped)\b"
    # "the import template still rejects our part numbers", "the portal keeps refusing our files"
    r"|\b" + _INTAKE + r"s?\b(?: [\w-]+){0,2}? (?:still|keeps?|kept|now|again|continues to) (?:rejects?|rejecting"
    r"|refuses|refusing|won't (?:accept|take|read)|doesn't (?:accept|take|read)|chokes? on|choking on)"
    r" (?:our|the|my|all|every|half|any|each|most)\b"
    # "half the shelf labels printed with last week's prices", "the report came out with yesterday's figures"
    r"|\b(?:printed|came out|went out|showed|shows|showing|displayed|displays|loaded|pulled through|synced|went live)"
    r"(?: up)? with (?:last (?:week|month|year)'s|yesterday's|old|outdated|stale|the old|out-of-date|last season's)"
    r" (?:prices|pricing|figures|data|numbers|rates|stock|totals|costs)\b",
    re.IGNORECASE,
)
