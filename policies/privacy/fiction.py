"""A made-up person has no special-category data (LABELS.md: only an identifiable person's): the sample
contact of a demo tenant, seed or test data, a placeholder record, a persona ("the sample contact 'Alex
Example, Union Steward' ... It's made-up seed data", "our test persona Jo Bloggs, diabetic, ...").

The sentence of the cue or the next one must say so; a real person beside a demo stays theirs ("before the
demo, note that Sam is diabetic"), as does someone "made up" (delighted) or "making up" with someone, or a
team "made up of" members."""

from __future__ import annotations

import re

_MADE_UP = re.compile(
    r"\b(?:made-up|(?:it|that|this|they|these|those|which)(?:'s|’s|'re|’re| is| are| was| were)? (?:all |entirely |"
    r"just |completely )?made up\b(?! (?:of|for|with)\b)|fictional|fictitious|invented (?:contact|name|person|persona|"
    r"record|example)s?|seed (?:data|records?|contacts?|users?|profiles?)|(?:fake|dummy|mock|synthetic|made-up) "
    r"(?:test |sample |demo )?data|(?:dummy|placeholder) (?:contact|data|record|user|name|profile)s?|(?:sample|test|"
    r"demo|fake|synthetic) (?:contact|record|user|persona|profile|customer|employee|person)s?|not a real person|no "
    r"such person)\b",
    re.IGNORECASE,
)


def about_a_made_up_person(text: str, spans: list[tuple[int, int]], sentence_start: int) -> bool:
    """Whether the sentence opening at ``sentence_start`` (one of ``spans``), or the one after it, says the
    person in it is made up."""
    index = next((i for i, (start, _) in enumerate(spans) if start == sentence_start), None)
    if index is None:
        return False
    end = spans[min(index + 1, len(spans) - 1)][1]
    return _MADE_UP.search(text, sentence_start, end) is not None
