"""Entity linking: spans of a message matched to accounts, people, products, sectors and offices.

Names are matched on spelling-insensitive keys ("kan code" = "Kan-code", "GTXPro" = "GTX Pro"),
multi-word names also by their leading words ("genco pura"), and single words with a typo or two
("cancty") unless the word is ordinary English."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz.distance import DamerauLevenshtein
from sqlmodel import Session, select

from agents.offline.spoken_names import heard_as, said_apart, sound_index
from agents.offline.vocabulary import common_words
from memory.models import Account, Product, User
from memory.normalise import KNOWN_SECTORS, name_key

Kind = Literal["account", "person", "product", "sector", "office"]
_GENERIC = {"the", "company", "corporation", "co", "inc", "group", "partners", "and", "of"}
_SECTOR_ALIASES = {"tech": "technology", "telecom": "telecommunications", "telco": "telecommunications",
                   "health": "medical", "healthcare": "medical", "financial": "finance"}  # fmt: skip
# a company's legal suffix as people shorten or spell it out: "Umbrella Corp", "Bluth Co", "Gekko and Company"
_SUFFIX_FORMS = {"corporation": ("corp", "co"), "company": ("co", "comp"), "co": ("company",),
                 "incorporated": ("inc",), "limited": ("ltd",)}  # fmt: skip


@dataclass(frozen=True)
class Mention:
    kind: Kind
    name: str  # canonical name in the store
    start: int  # token span [start, end)
    end: int
    exact: bool


@dataclass
class Gazetteer:
    """Every name the store knows, with the aliases a chat message might use."""

    aliases: dict[str, list[tuple[Kind, str]]]  # alias key -> candidates
    fingerprint: tuple[int, int, int]
    series: tuple[str, ...] = ()  # product series of more than one product ("MG": MG Special, MG Advanced)
    sounds: dict[str, list[tuple[str, Kind, str]]] = field(default_factory=dict)  # names by sound, for dictation
    # the names a word is a typo of, once worked out: every message reads its words against every alias
    near: dict[str, list[tuple[Kind, str]]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, session: Session) -> Gazetteer:
        aliases: dict[str, list[tuple[Kind, str]]] = {}

        def add(alias: str, kind: Kind, name: str) -> None:
            key = name_key(alias)
            if key and (kind, name) not in aliases.setdefault(key, []):
                aliases[key].append((kind, name))

        accounts = [a for (a,) in session.execute(select(Account.name))]
        people = [u for (u,) in session.execute(select(User.name))]
        products = [p for (p,) in session.execute(select(Product.name))]
        series = [s for (s,) in session.execute(select(Product.series)) if s]
        sectors = {s for (s,) in session.execute(select(Account.sector)) if s} | set(KNOWN_SECTORS)
        offices = {o for (o,) in session.execute(select(User.office)) if o}
        for name in accounts:
            add(name, "account", name)
            words = [w for w in re.findall(r"[\w&'-]+", name) if w.lower() not in _GENERIC]
            if len(words) >= 2:
                add(" ".join(words[:2]), "account", name)
            if len(words) >= 2 and len(words[0]) >= 5 and words[0].lower() not in common_words():
                add(words[0], "account", name)
            # "Globex" for Globex Corporation: a name's one own word, once its company suffix is dropped; not
            # "umbrella" (an ordinary word)
            suffixed = len(words) < len(re.findall(r"[\w&'-]+", name))
            if suffixed and len(words) == 1 and len(words[0]) >= 4 and words[0].lower() not in common_words():
                add(words[0], "account", name)
            last = re.findall(r"[\w&'-]+", name)[-1].lower()
            for short in _SUFFIX_FORMS.get(last, ()) if suffixed else ():
                add(" ".join([*(w for w in words if w != "&"), short]), "account", name)
        firsts = [p.split()[0] for p in people]
        for name in people:
            add(name, "person", name)
            parts = name.split()
            if firsts.count(parts[0]) == 1:
                add(parts[0], "person", name)
            if len(parts) > 1 and sum(p.split()[-1] == parts[-1] for p in people) == 1:
                add(parts[-1], "person", name)
        for name in products:
            add(name, "product", name)
        for alias, name in product_shorthands(products).items():
            add(alias, "product", name)
        for sector in sectors:
            add(sector, "sector", sector)
        for alias, sector in _SECTOR_ALIASES.items():
            if sector in sectors:
                add(alias, "sector", sector)
        for office in offices:
            add(office, "office", office)
        lines = tuple(sorted({s for s in series if series.count(s) > 1}))
        return cls(aliases, (len(accounts), len(people), len(products)), lines, sound_index(aliases))


def product_shorthands(products: list[str]) -> dict[str, str]:
    """Short names that point at exactly one product: a series with one product ("gtk" -> "GTK 500"),
    or the series plus the start of the model word ("mg adv" -> "MG Advanced")."""
    shorthands: dict[str, list[str]] = {}
    for name in products:
        series, *rest = name.split()
        shorthands.setdefault(series, []).append(name)
        for word in rest:
            for cut in range(3, len(word)):
                shorthands.setdefault(f"{series} {' '.join(rest[: rest.index(word)])} {word[:cut]}", []).append(name)
    return {alias: names[0] for alias, names in shorthands.items() if len(set(names)) == 1}


def tokens_of(text: str) -> list[str]:
    """Lower-case word tokens; hyphens and ampersands stay inside names, possessives come off."""
    # "medical-sector customers", "japan-based accounts", "West-wide", "central-office": the suffix is a word of its own
    text = re.sub(
        r"(?i)\b([a-z]+)-(sector|industry|vertical|based|headquartered|related|wide|office|offices|region|team)\b",
        r"\1 \2",
        text,
    )
    words = re.findall(r"[a-z0-9][a-z0-9&'-]*", text.lower())
    return [re.sub(r"'s$|'$", "", w).strip("-'") for w in words]


# first names that are ordinary words too: lower case, "summer push numbers" is the season, not Summer Sewald
_WORD_NAMES = frozenset(
    """summer carol dawn hope grace faith june april may rose will bill mark pat rich rob sunny
    dean hunter lane glen ray jack amber autumn""".split()
)
_VERSUS = frozenset(("vs", "v", "versus", "against"))


def plain_words(mentions: list[Mention], tokens: list[str], text: str) -> list[Mention]:
    """``mentions`` without a person named by one such word in lower case ("summer push"; "summer's team" stays)."""
    return [
        m
        for m in mentions
        if not (m.kind == "person" and m.end - m.start == 1 and tokens[m.start] in _WORD_NAMES)
        or _VERSUS & set(tokens[max(0, m.start - 1) : m.end + 1])  # "summer vs carl"
        or re.search(rf"\b{tokens[m.start].capitalize()}\b|\b{tokens[m.start]}['\u2019]s\b", text)
    ]


def find_mentions(gazetteer: Gazetteer, tokens: list[str]) -> list[Mention]:
    """Non-overlapping mentions, longest and exact first."""
    found: list[Mention] = []
    for length in (4, 3, 2, 1):
        for start in range(len(tokens) - length + 1):
            key = name_key("".join(tokens[start : start + length]))
            if not key:
                continue
            exact = gazetteer.aliases.get(key)
            fuzzy_ok = (
                length == 1
                or (  # "mg speical": a typo in a word no dictionary knows
                    len(key) >= 8 and any(t not in common_words() for t in tokens[start : start + length])
                )
            )
            candidates = exact or (_fuzzy(gazetteer, key) if fuzzy_ok else [])
            apart = length > 1 and said_apart(tokens[start : start + length])
            if not candidates and apart:  # "can code", "vicky la flam": a name as dictation splits and spells it
                candidates = heard_as(gazetteer.sounds, key)
            if length > 1 and not apart and all(t in common_words() for t in tokens[start : start + length]):
                # "this year in which month" is no "Yearin": a one-word name split into ordinary words
                candidates = [c for c in candidates if not re.fullmatch(r"[A-Za-z0-9]+", c[1])]
            for kind, name in candidates:
                found.append(Mention(kind, name, start, start + length, bool(exact)))
    found.sort(key=lambda m: (-(m.end - m.start), not m.exact, m.start))
    taken: set[int] = set()
    chosen = []
    for mention in found:
        span = set(range(mention.start, mention.end))
        if span & taken:
            continue
        chosen.append(mention)
        taken |= span
    return sorted(chosen, key=lambda m: m.start)


def _fuzzy(gazetteer: Gazetteer, key: str) -> list[tuple[Kind, str]]:
    """Names one typo away (two for long words); never for ordinary words or short tokens."""
    if len(key) < 5 or key in common_words() or key.isdigit():
        return []
    found = gazetteer.near.get(key)
    if found is None:
        if len(gazetteer.near) >= _NEAR_KEPT:
            gazetteer.near.clear()
        found = gazetteer.near[key] = _nearest(gazetteer, key)
    return list(found)


_NEAR_KEPT = 50_000  # words remembered per gazetteer: a long-running bot reads new words forever


def _nearest(gazetteer: Gazetteer, key: str) -> list[tuple[Kind, str]]:
    allowed = 1 if len(key) < 9 else 2
    best: list[tuple[Kind, str]] = []
    best_distance = allowed + 1
    for alias, candidates in gazetteer.aliases.items():
        if abs(len(alias) - len(key)) > allowed:
            continue
        distance = DamerauLevenshtein.distance(key, alias, score_cutoff=allowed)
        if distance < best_distance:
            best, best_distance = (
                [c for c in candidates if c[0] in ("account", "person", "product")],
                distance,
            )
    return best or _sounds_like(gazetteer, key)


def _skeleton(word: str) -> str:
    """The first letter and the consonants after it, doubles collapsed: "zotwear" and "zotware" share "ztwr";
    "betatek" and "betatech" share "btk"."""
    word = re.sub(r"ch|ck|q", "k", word)  # "betatek" for Betatech: the same sound spelt another way
    consonants = word[0] + re.sub(r"[aeiouy]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", consonants)


def _sounds_like(gazetteer: Gazetteer, key: str) -> list[tuple[Kind, str]]:
    """A name misspelt in its vowels ("zotwear" for Zotware, "cancitey"): two edits, the same consonants, and only
    one name that fits. Long enough words only, so short ordinary words never collapse onto a name."""
    if len(key) < 6 or not key.isalpha():
        return []
    skeleton = _skeleton(key)
    found = {
        c
        for alias, candidates in gazetteer.aliases.items()
        if alias[:1] == key[:1] and abs(len(alias) - len(key)) <= 2 and _skeleton(alias) == skeleton
        and DamerauLevenshtein.distance(key, alias, score_cutoff=2) <= 2
        for c in candidates
        if c[0] in ("account", "person", "product")
    }  # fmt: skip
    return sorted(found) if len(found) == 1 else []
