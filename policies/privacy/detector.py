"""The offline special-category detector: cues (:mod:`.cues`) gated by an identifiable person
(:mod:`.persons`), sentence by sentence. No network, no model; the same input gives the same answer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, partial

from policies.privacy.aggregates import (
    a_figure_of_speech,
    closed_for,
    in_a_roll_call_of_deals,
    of_a_group,
    said_of_a_deal,
    said_of_a_thing,
    spreads_through_a_group,
)
from policies.privacy.cues import CATEGORIES, Cue, compiled_cues
from policies.privacy.denials import a_cancer_figure, denied
from policies.privacy.disfluency import fluent
from policies.privacy.fiction import about_a_made_up_person
from policies.privacy.firm_subject import of_a_firm
from policies.privacy.labels import a_quoted_label
from policies.privacy.persons import gender_of, refers_to_person, same_sex_couple
from policies.privacy.possessed_figures import had_by_a_deal
from policies.privacy.prefilter import Prefilter
from policies.privacy.prefilter_cache import cached_build
from policies.privacy.record_subject import names_a_record
from policies.privacy.retraction import retracted
from policies.privacy.speaker import as_third_person, writer_at, writer_is_subject
from policies.privacy.speculation import only_wondered
from policies.privacy.taxonomy import category_lists, inside_a_list
from policies.privacy.ticket_subject import names_its_subject, refers_to_the_subject

# sentence ends: ". " / "! " / "? " / ": " before a capital, or a line break; not after "Mr." and the like, nor
# the abbreviated titles that stand before a surname ("l'ing. Bassi", "Prof. Wendt", "dhr. Smit", "M. Benali")
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\be\.g)(?<!\bi\.e)(?<!\b[Ii]ng)(?<!\b[Aa]vv)"
                           r"(?<!\b[Dd]ott)(?<!\b[Gg]eom)(?<!\bProf)(?<!\b[Dd]hr)(?<!\b[Mm]evr)(?<!\bM)(?<!\bMM)[.!?;](?=\s+[\"'(]?[A-Z0-9])"
                           r"|\n+")  # fmt: skip


@cache
def _prefilter() -> Prefilter:
    """Built on first use, not at import: every command line start imports the detector, few detect anything."""
    return cached_build([cue.pattern for cue in compiled_cues()])


# an animal just before a health or DNA cue is whose it is ("Tess's dog had emergency surgery", "our cat's
# DNA test"), unless a person comes between ("walked the dog after his surgery")
_ANIMAL_BEFORE = re.compile(
    r"\b(?:dogs?|cats?|pupp(?:y|ies)|pup|kittens?|pets?|horses?|pony|ponies|rabbits?|bunny|hamsters?|parrots?|"
    r"budgies?|tortoises?|guinea pigs?|ferrets?|labrador|spaniel|terrier|retriever|poodle|collie|beagle|dachshund|"
    r"greyhound|pug)(?:'s|’s)?(?: (?!(?:he|she|his|her|him|I|my|me|they|their)\b)[\w'’-]+){0,3}[ ,]*$",
    re.IGNORECASE,
)
_ABOUT_ANIMALS = ("health", "genetic_biometric")
_PERSONAL = re.compile(r"\b(?:his|her|my|their|your)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    """One special-category cue about a person: where it is, and the sentence it sits in."""

    category: str
    start: int
    end: int
    cue: str
    sentence: tuple[int, int]


@dataclass(frozen=True)
class Detection:
    findings: tuple[Finding, ...]

    @property
    def categories(self) -> list[str]:
        """The categories found, in the canonical order of :data:`CATEGORIES`."""
        found = {f.category for f in self.findings}
        return [c for c in CATEGORIES if c in found]

    @property
    def sensitive(self) -> bool:
        return bool(self.findings)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, the end including its punctuation."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group(0) != "\n" and not match.group(0).startswith("\n") else match.start()
        if text[start:end].strip():
            spans.append(_trimmed(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    return start + len(text[start:end]) - len(text[start:end].lstrip()), end


# the typographic and modifier-letter apostrophes phones and word processors put in names
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def detect(text: str, *, allowed: Iterable[str] = ()) -> Detection:
    """Special-category data about identifiable people in ``text``; ``allowed`` categories (a tenant's
    explicit choice) are not reported."""
    spoken = fluent(text)  # "I've got a, a stomach bug" is read as said, then told in the original's offsets
    if spoken is None:
        return _detect(text, allowed)
    said, where = spoken
    return Detection(tuple(_back(f, text, where) for f in _detect(said, allowed).findings))


def _back(finding: Finding, text: str, where: list[int]) -> Finding:
    """A finding in the fluent reading, placed in the ``text`` it was read from."""
    start, end = where[finding.start], where[finding.end - 1] + 1
    sentence = (where[finding.sentence[0]], where[finding.sentence[1] - 1] + 1)
    return Finding(finding.category, start, end, text[start:end], sentence)


def _detect(text: str, allowed: Iterable[str]) -> Detection:
    skip = set(allowed)
    reading = as_third_person(text)  # "I am Orthodox" reads as "I is Orthodox", offsets unchanged
    reading = reading.translate(_APOSTROPHES)  # "Baháʼí", "Mi’kmaq" as the tables spell them, one char for one
    spans = sentences(reading)
    # a match lies inside its sentence, so only the cues whose literal that sentence holds are run on it
    possible = [_prefilter().possible(reading[start:end]) for start, end in spans]
    cues = compiled_cues()
    if not any(cues[n].category not in skip for here in possible for n in here):
        return Detection(())
    ticket = names_its_subject(reading)  # "Requester: Ilse Vermeulen": "the user" in it is she
    record = ticket or names_a_record(reading)  # "contact #88412": a field's value in it is that person's
    findings: list[Finding] = []
    for i, (start, end) in enumerate(spans):
        sentence = reading[start:end]
        of_the_subject = ticket and refers_to_the_subject(sentence)
        window = reading[spans[i - 1][0] : end] if i else sentence  # "Spoke to Ann. Out with flu since Monday."
        for cue in (cues[n] for n in sorted(possible[i]) if cues[n].category not in skip):
            for match in cue.pattern.finditer(sentence):
                offset = len(window) - len(sentence)
                at = start + match.start()
                if (
                    (of_the_subject and cue.gate != "couple")
                    or (record and cue.gate == "field")
                    or _gated(cue, match, sentence, window, offset, partial(_writer, text, at))
                ):
                    findings.append(Finding(cue.category, at, start + match.end(), text[at : start + match.end()],
                                            (start, end)))  # fmt: skip
    findings = [f for f in findings if not (f.category in _ABOUT_ANIMALS and _after_an_animal(text, f))]
    findings = [f for f in findings if not of_a_group(reading, f.sentence[0], f.start)]
    findings = [f for f in findings if not (f.category == "health" and _not_a_persons(reading, f))]
    findings = [f for f in findings if not (f.category == "religion" and closed_for(reading, f.sentence[0], f.start))]
    findings = [f for f in findings if not about_a_made_up_person(reading, spans, f.sentence[0])]
    findings = [
        f for f in findings if not (f.category == "criminal_record" and of_a_firm(reading, f.sentence[0], f.start))
    ]
    findings = [f for f in findings if not a_quoted_label(reading, f.start, f.end)]
    findings = [f for f in findings if not retracted(reading, f.end)]  # "on the picket -- sorry, autocorrect"
    findings = [f for f in findings if not only_wondered(reading, f.sentence[0], f.start)]  # "if he turns out to be"
    lists = category_lists(text) if findings else []
    findings = [f for f in findings if not inside_a_list(lists, f.start, f.end)]
    genetic = [f for f in findings if f.category == "genetic_biometric"]
    findings = [f for f in findings if not (f.category == "health" and any(_inside(f, g) for g in genetic))]
    return Detection(tuple(sorted(findings, key=lambda f: (f.start, f.category))))


def _after_an_animal(text: str, finding: Finding) -> bool:
    """An animal right before the cue, and no person's in it ("the dog after his surgery" is his)."""
    if _PERSONAL.search(finding.cue):
        return False
    return _ANIMAL_BEFORE.search(text, finding.sentence[0], finding.start) is not None


def _not_a_persons(text: str, finding: Finding) -> bool:
    """An illness that goes through a team, a state said of a thing ("that demo was sick"), a deal in a
    medical figure of speech ("the deal is in intensive care", "the Kestrel deal has flatlined, Dunmore is on life
    support"), a shock nobody had ("nearly had a stroke"), an illness denied ("isn't off sick") or a cancer that eats
    at a business ("a cancer on our margins")."""
    return (
        spreads_through_a_group(text, finding.end)
        or a_figure_of_speech(text, finding.sentence[0], finding.end)
        or said_of_a_thing(text, finding.sentence[0], finding.start, finding.cue)
        or said_of_a_deal(text, finding.sentence[0], finding.start, finding.cue)
        or had_by_a_deal(text, finding.sentence[0], finding.start, finding.cue)
        or in_a_roll_call_of_deals(text, finding.sentence, finding.start, finding.cue)
        or denied(text, finding.sentence[0], finding.start, finding.cue)
        or a_cancer_figure(text, finding.sentence[0], finding.start, finding.cue)
    )


def _inside(inner: Finding, outer: Finding) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _writer(text: str, at: int) -> str | None:
    """The gender of who says "I" at ``at`` (:func:`writer_at`), if the name tells it."""
    name = writer_at(text, at)
    return gender_of(name) if name else None


def _gated(
    cue: Cue, match: re.Match[str], sentence: str, window: str, offset: int, writer: Callable[[], str | None]
) -> bool:
    """The cue's person test, on its sentence and, for pronoun-less follow-ups, the one before; ``writer``
    gives the first person's gender, asked for only when a couple cue needs it."""
    if cue.gate == "self":
        return True
    if cue.gate == "couple":
        mine = writer if match.groupdict().get("mine") else None
        if same_sex_couple(match, writer=mine):
            return True
        # an owner named only in the sentence before ("Rohit se baat hui. Woh apne boyfriend ke saath ...")
        again = cue.pattern.match(window, match.start() + offset)
        return again is not None and same_sex_couple(again, writer=mine)
    plural = cue.gate == "people"
    span = match.span()
    return (
        refers_to_person(sentence, allow_plural=plural, cue=span)
        or refers_to_person(window, allow_plural=plural, cue=(span[0] + offset, span[1] + offset))
        or writer_is_subject(sentence, span[0])  # "Sorry, was out Thu/Fri: cataract op": the writer's own
    )
