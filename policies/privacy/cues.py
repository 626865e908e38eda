"""The cues of special-category data (GDPR Art. 9 and 10), compiled from the category lexicons.

Each cue is a regular expression for a *personal* use of a word, written narrowly so that the same
word in a business or figurative sense does not match. Whether the text is about an identifiable
person is decided separately (:mod:`policies.privacy.persons`), by the cue's ``gate``:

- ``person``: a named or clearly referenced individual must be near (same or previous sentence);
- ``people``: as ``person``, but "they" also counts (practices only people have: "they're fasting");
- ``couple``: the two people of an ``owner``/``rel``/``other`` match (or a ``dater`` and the ``rel`` they
  date) are known to share a gender ("his husband", "Leila's partner Sophie", "a date with a guy he met";
  not "Liz's husband");
- ``self``: the match itself names whose it is ("the face templates, mine included");
- ``field``: a field of a form or table, so the person the form or row names (``ticket_subject``) will do,
  as will a person near it as for ``person``.

Patterns are matched case-insensitively; ``(?-i:...)`` keeps capitals where they carry the meaning
("Lent", "Black", "Green candidate").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from policies.privacy.lexicon_addiction import ADDICTION
from policies.privacy.lexicon_addiction_abroad import ADDICTION_ABROAD
from policies.privacy.lexicon_affinity_programmes import AFFINITY_PROGRAMMES
from policies.privacy.lexicon_allegations import ALLEGATIONS
from policies.privacy.lexicon_allergens import ALLERGENS
from policies.privacy.lexicon_allergies_abroad import ALLERGIES_ABROAD
from policies.privacy.lexicon_antenatal import ANTENATAL
from policies.privacy.lexicon_arrests_abroad import ARRESTS_ABROAD
from policies.privacy.lexicon_asides import SMALL_TALK
from policies.privacy.lexicon_asides_abroad import SMALL_TALK_ABROAD
from policies.privacy.lexicon_attacks_abroad import ATTACKS_ABROAD
from policies.privacy.lexicon_baby_plans import BABY_PLANS
from policies.privacy.lexicon_ballot_roles import BALLOT_ROLES
from policies.privacy.lexicon_bayram import BAYRAM
from policies.privacy.lexicon_biometric_fields import BIOMETRIC_FIELDS
from policies.privacy.lexicon_biometrics_abroad import BIOMETRICS_ABROAD
from policies.privacy.lexicon_bout_kinds import BOUT_KINDS
from policies.privacy.lexicon_burns import BURNS
from policies.privacy.lexicon_campaign_seats import CAMPAIGN_SEATS
from policies.privacy.lexicon_candidacies import CANDIDACIES
from policies.privacy.lexicon_candidacies_abroad import CANDIDACIES_ABROAD
from policies.privacy.lexicon_care import CARE
from policies.privacy.lexicon_care_notes import CARE_NOTES
from policies.privacy.lexicon_care_sought import CARE_SOUGHT
from policies.privacy.lexicon_carriers import CARRIERS
from policies.privacy.lexicon_causes import CAUSES
from policies.privacy.lexicon_childhood_bugs import CHILDHOOD_BUGS
from policies.privacy.lexicon_china_peoples import CHINA_PEOPLES
from policies.privacy.lexicon_churchgoing import CHURCHGOING
from policies.privacy.lexicon_conditions_abroad import CONDITIONS_ABROAD
from policies.privacy.lexicon_conditions_more import CONDITIONS_MORE
from policies.privacy.lexicon_conversions import CONVERSIONS
from policies.privacy.lexicon_convictions_abroad import CONVICTIONS_ABROAD
from policies.privacy.lexicon_council_seats import COUNCIL_SEATS
from policies.privacy.lexicon_couples import COUPLES
from policies.privacy.lexicon_court_appearances import COURT_APPEARANCES
from policies.privacy.lexicon_criminal import CRIMINAL
from policies.privacy.lexicon_criminal_courts import CRIMINAL_COURTS
from policies.privacy.lexicon_crown_cases import CROWN_CASES
from policies.privacy.lexicon_custody import CUSTODY
from policies.privacy.lexicon_czech import CZECH_COUPLES, CZECH_HEALTH
from policies.privacy.lexicon_czech_faith import CZECH_FAITH
from policies.privacy.lexicon_danish_norwegian import (
    DANISH_NORWEGIAN_POLITICAL,
    DANISH_NORWEGIAN_RELIGION,
    DANISH_NORWEGIAN_UNIONS,
)
from policies.privacy.lexicon_death_causes import DEATH_CAUSES
from policies.privacy.lexicon_denominations_abroad import DENOMINATIONS_ABROAD
from policies.privacy.lexicon_descent_abroad import DESCENT_ABROAD
from policies.privacy.lexicon_descent_indonesian import DESCENT_INDONESIAN
from policies.privacy.lexicon_devices_abroad import DEVICES_ABROAD
from policies.privacy.lexicon_devotions import DEVOTIONS
from policies.privacy.lexicon_diagnosed_abroad import DIAGNOSED_ABROAD
from policies.privacy.lexicon_diagnoses_abroad import DIAGNOSES_ABROAD
from policies.privacy.lexicon_disability import DISABILITY
from policies.privacy.lexicon_disability_abroad import DISABILITY_ABROAD
from policies.privacy.lexicon_disease_risk import DISEASE_RISK, GENE_COPIES
from policies.privacy.lexicon_due_months import DUE_MONTHS
from policies.privacy.lexicon_dutch_origins import DUTCH_ORIGINS
from policies.privacy.lexicon_enrolled_templates import ENROLLED_TEMPLATES
from policies.privacy.lexicon_episodes import EPISODES
from policies.privacy.lexicon_ethnic_dress import ETHNIC_DRESS
from policies.privacy.lexicon_everyday_ailments import EVERYDAY_AILMENTS
from policies.privacy.lexicon_face_matches import FACE_MATCHES
from policies.privacy.lexicon_face_scans_abroad import FACE_SCANS_ABROAD
from policies.privacy.lexicon_faith_groups import FAITH_GROUPS
from policies.privacy.lexicon_faith_notes import FAITH_NOTES
from policies.privacy.lexicon_faith_paths import FAITH_PATHS
from policies.privacy.lexicon_faith_roles_abroad import FAITH_ROLES_ABROAD
from policies.privacy.lexicon_faiths_abroad import FAITHS_ABROAD
from policies.privacy.lexicon_fake_deeds import FAKE_DEEDS
from policies.privacy.lexicon_family_sides import FAMILY_SIDES
from policies.privacy.lexicon_fasts import FASTS
from policies.privacy.lexicon_fasts_abroad import FASTS_ABROAD
from policies.privacy.lexicon_fertility import FERTILITY
from policies.privacy.lexicon_fertility_abroad import FERTILITY_ABROAD
from policies.privacy.lexicon_fever_degrees import FEVER_DEGREES
from policies.privacy.lexicon_form_fields import ETHNICITY_FIELDS, UNION_FIELDS
from policies.privacy.lexicon_fundraisers import FUNDRAISERS
from policies.privacy.lexicon_gene_variants import GENE_VARIANTS
from policies.privacy.lexicon_genes_abroad import GENES_ABROAD, INHERITED_ILLNESS
from policies.privacy.lexicon_genetic_workups import GENETIC_WORKUPS
from policies.privacy.lexicon_genotype import GENOTYPE
from policies.privacy.lexicon_german_families import GERMAN_FAMILY_FAITHS, GERMAN_FAMILY_ORIGINS
from policies.privacy.lexicon_gestation import GESTATION
from policies.privacy.lexicon_greek import GREEK_CRIMINAL, GREEK_HEALTH, GREEK_POLITICAL, GREEK_UNIONS
from policies.privacy.lexicon_greeklish import GREEKLISH_HEALTH, GREEKLISH_POLITICAL, GREEKLISH_UNIONS
from policies.privacy.lexicon_health import HEALTH
from policies.privacy.lexicon_held_templates import HELD_TEMPLATES
from policies.privacy.lexicon_heritage import HERITAGE
from policies.privacy.lexicon_hinglish import HINGLISH_ETHNICITY, HINGLISH_ORIENTATION, HINGLISH_RELIGION
from policies.privacy.lexicon_hinglish_chat import HINGLISH_ILLNESS, HINGLISH_PARTY_WORK, HINGLISH_UNION_SEATS
from policies.privacy.lexicon_hinglish_pregnancy import HINGLISH_PREGNANCY
from policies.privacy.lexicon_holy_days_abroad import HOLY_DAYS_ABROAD
from policies.privacy.lexicon_home_ground import HOME_GROUND
from policies.privacy.lexicon_home_tongue import HOME_TONGUE
from policies.privacy.lexicon_homelands import HOMELANDS
from policies.privacy.lexicon_hospital_abroad import HOSPITAL_ABROAD
from policies.privacy.lexicon_hyphen_offences import HYPHEN_OFFENCES
from policies.privacy.lexicon_identity import ETHNICITY, ORIENTATION
from policies.privacy.lexicon_illness_abroad import ILLNESS_ABROAD
from policies.privacy.lexicon_illness_fights import ILLNESS_FIGHTS
from policies.privacy.lexicon_illness_leaves import ILLNESS_LEAVES
from policies.privacy.lexicon_implants import IMPLANTS
from policies.privacy.lexicon_implied_health import IMPLIED_HEALTH
from policies.privacy.lexicon_implied_views import (
    IMPLIED_CRIMINAL,
    IMPLIED_ETHNICITY,
    IMPLIED_POLITICAL,
    IMPLIED_RELIGION,
)
from policies.privacy.lexicon_iwi import IWI
from policies.privacy.lexicon_jailings import JAILINGS
from policies.privacy.lexicon_kept_diets import KEPT_DIETS
from policies.privacy.lexicon_kin_origins import KIN_ORIGINS
from policies.privacy.lexicon_kinship_findings import KINSHIP_FINDINGS
from policies.privacy.lexicon_korean import KOREAN_ETHNICITY, KOREAN_HEALTH
from policies.privacy.lexicon_labour import LABOUR
from policies.privacy.lexicon_memory_care import MEMORY_CARE
from policies.privacy.lexicon_minds_abroad import MINDS_ABROAD
from policies.privacy.lexicon_minority_peoples import MINORITY_PEOPLES
from policies.privacy.lexicon_monitoring import MONITORING
from policies.privacy.lexicon_movement_actions import MOVEMENT_ACTIONS
from policies.privacy.lexicon_name_forms import NAME_FORMS
from policies.privacy.lexicon_named_surgery import NAMED_SURGERY
from policies.privacy.lexicon_nights_held import NIGHTS_HELD
from policies.privacy.lexicon_nordic_candidacies import NORDIC_CANDIDACIES
from policies.privacy.lexicon_nordic_couples import NORDIC_COUPLES
from policies.privacy.lexicon_nordic_peoples import NORDIC_PEOPLES
from policies.privacy.lexicon_note_shorthand import NOTE_SHORTHAND
from policies.privacy.lexicon_observances import OBSERVANCES
from policies.privacy.lexicon_op_eds import OP_EDS
from policies.privacy.lexicon_opinions import OPINIONS
from policies.privacy.lexicon_organs_out import ORGANS_OUT
from policies.privacy.lexicon_orientation_nl_pl import ORIENTATION_NL_PL
from policies.privacy.lexicon_origin_notes import ORIGIN_NOTES
from policies.privacy.lexicon_own_specialists import OWN_SPECIALISTS
from policies.privacy.lexicon_part_injuries import PART_INJURIES
from policies.privacy.lexicon_party_activism import PARTY_ACTIVISM
from policies.privacy.lexicon_party_conferences import PARTY_CONFERENCES
from policies.privacy.lexicon_party_insignia_abroad import PARTY_INSIGNIA_ABROAD
from policies.privacy.lexicon_party_members import PARTY_MEMBERS
from policies.privacy.lexicon_party_poland import PARTY_POLAND
from policies.privacy.lexicon_party_policies import PARTY_POLICIES
from policies.privacy.lexicon_party_stalls import PARTY_STALLS
from policies.privacy.lexicon_party_wings import PARTY_WINGS
from policies.privacy.lexicon_pilgrim_trips import PILGRIM_TRIPS
from policies.privacy.lexicon_pilgrimages_abroad import PILGRIMAGES_ABROAD
from policies.privacy.lexicon_plain_unions import PLAIN_UNIONS
from policies.privacy.lexicon_polish_courts import POLISH_COURTS
from policies.privacy.lexicon_polish_health import POLISH_HEALTH
from policies.privacy.lexicon_polish_more import POLISH_CHARGES, POLISH_ILLNESS
from policies.privacy.lexicon_political import POLITICAL
from policies.privacy.lexicon_political_labels_abroad import POLITICAL_LABELS_ABROAD
from policies.privacy.lexicon_political_support import POLITICAL_SUPPORT
from policies.privacy.lexicon_polling_day import POLLING_DAY
from policies.privacy.lexicon_practice_signs import PRACTICE_SIGNS
from policies.privacy.lexicon_pregnancy import PREGNANCY
from policies.privacy.lexicon_pregnancy_abroad import PREGNANCY_ABROAD
from policies.privacy.lexicon_prison_abroad import PRISON_ABROAD
from policies.privacy.lexicon_probation_terms import PROBATION_TERMS
from policies.privacy.lexicon_probes_abroad import PROBES_ABROAD
from policies.privacy.lexicon_procedures import PROCEDURES
from policies.privacy.lexicon_proceedings import PROCEEDINGS
from policies.privacy.lexicon_pronoun_couples import PRONOUN_COUPLES
from policies.privacy.lexicon_prosecutions import PROSECUTIONS
from policies.privacy.lexicon_protests_abroad import PROTESTS_ABROAD
from policies.privacy.lexicon_records import GENETIC_BIOMETRIC
from policies.privacy.lexicon_records_abroad import RECORDS_ABROAD
from policies.privacy.lexicon_recovery import RECOVERY
from policies.privacy.lexicon_recurring import RECURRING
from policies.privacy.lexicon_rehab_abroad import REHAB_ABROAD
from policies.privacy.lexicon_relapse import RELAPSE
from policies.privacy.lexicon_religion import RELIGION
from policies.privacy.lexicon_rites import RITES
from policies.privacy.lexicon_romaji_couples import ROMAJI_COUPLES
from policies.privacy.lexicon_romaji_faith import ROMAJI_FAITH
from policies.privacy.lexicon_romaji_health import ROMAJI_HEALTH
from policies.privacy.lexicon_romaji_minds import ROMAJI_ARRESTS, ROMAJI_MINDS
from policies.privacy.lexicon_romance_couples import ROMANCE_COUPLES
from policies.privacy.lexicon_russian import RUSSIAN_CRIMINAL, RUSSIAN_HEALTH, RUSSIAN_POLITICAL, RUSSIAN_UNIONS
from policies.privacy.lexicon_sabbath_signs import SABBATH_SIGNS
from policies.privacy.lexicon_scans_named import SCANS_NAMED
from policies.privacy.lexicon_screen_findings import SCREEN_FINDINGS
from policies.privacy.lexicon_sentence_kinds import SENTENCE_KINDS
from policies.privacy.lexicon_sentences_served import SENTENCES_SERVED
from policies.privacy.lexicon_services_attended import ATTENDED_SERVICES
from policies.privacy.lexicon_sides_abroad import DEVOUT_ABROAD, SIDES_ABROAD, UNION_SEATS_ABROAD
from policies.privacy.lexicon_sign_in_enrolment import SIGN_IN_ENROLMENT
from policies.privacy.lexicon_spells_off import SPELLS_OFF
from policies.privacy.lexicon_spoken_notes import SPOKEN_BIOMETRIC, SPOKEN_HEALTH
from policies.privacy.lexicon_spouse_corrections import SPOUSE_CORRECTIONS
from policies.privacy.lexicon_status_abroad import STATUS_ABROAD
from policies.privacy.lexicon_stored_templates import STORED_TEMPLATES
from policies.privacy.lexicon_support_groups import SUPPORT_GROUPS
from policies.privacy.lexicon_surgery_abroad import SURGERY_ABROAD
from policies.privacy.lexicon_suspect_status import SUSPECT_STATUS
from policies.privacy.lexicon_swedish import SWEDISH_HEALTH, SWEDISH_POLITICAL
from policies.privacy.lexicon_swedish_faith import SWEDISH_FAITH
from policies.privacy.lexicon_swedish_unions import SWEDISH_UNIONS
from policies.privacy.lexicon_taglish import TAGLISH_BIOMETRIC, TAGLISH_FAITH, TAGLISH_HEALTH
from policies.privacy.lexicon_template_ids import TEMPLATE_IDS
from policies.privacy.lexicon_tissue_typing import TISSUE_TYPING
from policies.privacy.lexicon_treatment_abroad import TREATMENT_ABROAD
from policies.privacy.lexicon_trials_abroad import TRIALS_ABROAD
from policies.privacy.lexicon_turkish import TURKISH_CRIMINAL, TURKISH_HEALTH
from policies.privacy.lexicon_turkish_politics import TURKISH_POLITICAL, TURKISH_UNIONS
from policies.privacy.lexicon_unapostrophed import UNAPOSTROPHED_ETHNICITY, UNAPOSTROPHED_RELIGION
from policies.privacy.lexicon_unbelief import UNBELIEF
from policies.privacy.lexicon_union_acts import UNION_ACTS
from policies.privacy.lexicon_union_branches import UNION_BRANCHES
from policies.privacy.lexicon_union_meetings import UNION_MEETINGS
from policies.privacy.lexicon_union_members_abroad import UNION_MEMBERS_ABROAD
from policies.privacy.lexicon_union_offices_abroad import UNION_OFFICES_ABROAD
from policies.privacy.lexicon_union_posts_abroad import UNION_POSTS_ABROAD
from policies.privacy.lexicon_union_seats import UNION_SEATS
from policies.privacy.lexicon_union_signatures import UNION_SIGNATURES
from policies.privacy.lexicon_union_support import UNION_SUPPORT
from policies.privacy.lexicon_union_training import UNION_TRAINING
from policies.privacy.lexicon_unions import TRADE_UNION
from policies.privacy.lexicon_unions_iberia_poland import UNIONS_IBERIA_POLAND
from policies.privacy.lexicon_unions_more_abroad import UNIONS_MORE_ABROAD
from policies.privacy.lexicon_veiled_health import VEILED_HEALTH
from policies.privacy.lexicon_vetting import VETTING
from policies.privacy.lexicon_voice_prints import VOICE_PRINTS
from policies.privacy.lexicon_voter_verdicts import VOTER_VERDICTS
from policies.privacy.lexicon_votes_abroad import VOTES_ABROAD
from policies.privacy.lexicon_vows import VOWS
from policies.privacy.lexicon_walkouts import WALKOUTS
from policies.privacy.lexicon_weddings import WEDDINGS
from policies.privacy.lexicon_worn_devices import WORN_DEVICES
from policies.privacy.lexicon_worship import WORSHIP
from policies.privacy.lexicon_worship_abroad import WORSHIP_ABROAD

Gate = Literal["person", "people", "couple", "self", "field"]

CATEGORIES = (
    "health", "political_opinion", "religion", "ethnicity", "sexual_orientation", "trade_union",
    "genetic_biometric", "criminal_record",
)  # fmt: skip


@dataclass(frozen=True)
class Cue:
    category: str
    pattern: re.Pattern[str]
    gate: Gate


_TABLE: dict[str, tuple[tuple[str, str], ...]] = {
    "health": HEALTH + DISABILITY + PREGNANCY + CARE + ILLNESS_ABROAD + ADDICTION + RELAPSE + IMPLIED_HEALTH
    + IMPLANTS + MEMORY_CARE + VEILED_HEALTH + ANTENATAL + WORN_DEVICES + GESTATION + RECOVERY + CHILDHOOD_BUGS
    + FERTILITY + BURNS + SURGERY_ABROAD + STATUS_ABROAD + PART_INJURIES + ORGANS_OUT + FEVER_DEGREES
    + NAMED_SURGERY + HOSPITAL_ABROAD + EPISODES + RECURRING + LABOUR + SUPPORT_GROUPS + REHAB_ABROAD
    + ALLERGIES_ABROAD + MINDS_ABROAD + INHERITED_ILLNESS + CONDITIONS_ABROAD + SWEDISH_HEALTH + TREATMENT_ABROAD
    + KOREAN_HEALTH + NOTE_SHORTHAND + BOUT_KINDS + DEATH_CAUSES + MONITORING + CARE_NOTES + ROMAJI_HEALTH
    + DISABILITY_ABROAD + POLISH_HEALTH + PREGNANCY_ABROAD + ROMAJI_MINDS + SPOKEN_HEALTH + DIAGNOSES_ABROAD
    + OWN_SPECIALISTS + HINGLISH_PREGNANCY + TURKISH_HEALTH + GREEKLISH_HEALTH + POLISH_ILLNESS + CONDITIONS_MORE
    + BABY_PLANS + ILLNESS_FIGHTS + SPELLS_OFF + CARE_SOUGHT + DUE_MONTHS + DEVICES_ABROAD + FERTILITY_ABROAD
    + DISEASE_RISK + ADDICTION_ABROAD + DIAGNOSED_ABROAD + ATTACKS_ABROAD + HINGLISH_ILLNESS
    + TAGLISH_HEALTH + PROCEDURES + GREEK_HEALTH + RUSSIAN_HEALTH + CZECH_HEALTH + ILLNESS_LEAVES + EVERYDAY_AILMENTS
    + ALLERGENS,
    "political_opinion": POLITICAL + PARTY_MEMBERS + OPINIONS + CAUSES + IMPLIED_POLITICAL + PARTY_WINGS
    + POLITICAL_SUPPORT + POLLING_DAY + CANDIDACIES + CANDIDACIES_ABROAD + PARTY_POLICIES + PROTESTS_ABROAD
    + PARTY_STALLS + VOTER_VERDICTS + PARTY_POLAND + SWEDISH_POLITICAL + CAMPAIGN_SEATS + OP_EDS + SIDES_ABROAD
    + COUNCIL_SEATS + NORDIC_CANDIDACIES + POLITICAL_LABELS_ABROAD + GREEKLISH_POLITICAL + FUNDRAISERS
    + MOVEMENT_ACTIONS + PARTY_INSIGNIA_ABROAD + VOTES_ABROAD + HINGLISH_PARTY_WORK + PARTY_ACTIVISM + GREEK_POLITICAL
    + RUSSIAN_POLITICAL + TURKISH_POLITICAL + DANISH_NORWEGIAN_POLITICAL + PARTY_CONFERENCES + BALLOT_ROLES,
    "religion": RELIGION + RITES + WORSHIP + IMPLIED_RELIGION + FASTS + FAITH_GROUPS + VOWS + OBSERVANCES
    + UNBELIEF + KEPT_DIETS + CHURCHGOING + DEVOTIONS + FAITHS_ABROAD + FAITH_ROLES_ABROAD + HOLY_DAYS_ABROAD
    + FASTS_ABROAD + CONVERSIONS + HINGLISH_RELIGION + DEVOUT_ABROAD + BAYRAM + PILGRIMAGES_ABROAD + CZECH_FAITH
    + PILGRIM_TRIPS + ROMAJI_FAITH + ATTENDED_SERVICES + FAITH_NOTES + UNAPOSTROPHED_RELIGION + PRACTICE_SIGNS
    + WORSHIP_ABROAD + DENOMINATIONS_ABROAD + SABBATH_SIGNS + GERMAN_FAMILY_FAITHS + TAGLISH_FAITH
    + DANISH_NORWEGIAN_RELIGION + FAITH_PATHS + SWEDISH_FAITH,
    "ethnicity": ETHNICITY + HERITAGE + IWI + IMPLIED_ETHNICITY + HOME_TONGUE + HOMELANDS + HOME_GROUND
    + MINORITY_PEOPLES + ETHNICITY_FIELDS + ORIGIN_NOTES + AFFINITY_PROGRAMMES + CHINA_PEOPLES + DESCENT_ABROAD
    + NAME_FORMS + FAMILY_SIDES + NORDIC_PEOPLES + KOREAN_ETHNICITY + HINGLISH_ETHNICITY + DESCENT_INDONESIAN
    + UNAPOSTROPHED_ETHNICITY + ETHNIC_DRESS + DUTCH_ORIGINS + GERMAN_FAMILY_ORIGINS + KIN_ORIGINS,
    "sexual_orientation": ORIENTATION + WEDDINGS + COUPLES + HINGLISH_ORIENTATION + NORDIC_COUPLES + ROMANCE_COUPLES
    + SPOUSE_CORRECTIONS + ORIENTATION_NL_PL + CZECH_COUPLES + ROMAJI_COUPLES + PRONOUN_COUPLES,
    "trade_union": TRADE_UNION + UNION_ACTS + UNION_SUPPORT + PLAIN_UNIONS + UNION_FIELDS + UNION_TRAINING
    + UNION_OFFICES_ABROAD + UNION_MEMBERS_ABROAD + UNION_POSTS_ABROAD + WALKOUTS + UNION_SEATS_ABROAD + UNION_BRANCHES
    + SWEDISH_UNIONS + UNIONS_IBERIA_POLAND + UNIONS_MORE_ABROAD + GREEKLISH_UNIONS + UNION_SEATS
    + HINGLISH_UNION_SEATS + GREEK_UNIONS + RUSSIAN_UNIONS + TURKISH_UNIONS + DANISH_NORWEGIAN_UNIONS + UNION_MEETINGS
    + UNION_SIGNATURES,
    "genetic_biometric": GENETIC_BIOMETRIC + GENOTYPE + GENE_VARIANTS + CARRIERS + TEMPLATE_IDS + VOICE_PRINTS
    + SCREEN_FINDINGS + ENROLLED_TEMPLATES + GENES_ABROAD + BIOMETRICS_ABROAD + STORED_TEMPLATES + RECORDS_ABROAD
    + SPOKEN_BIOMETRIC + FACE_SCANS_ABROAD + SIGN_IN_ENROLMENT + KINSHIP_FINDINGS + HELD_TEMPLATES
    + BIOMETRIC_FIELDS + GENE_COPIES + TISSUE_TYPING + TAGLISH_BIOMETRIC + SCANS_NAMED + GENETIC_WORKUPS
    + FACE_MATCHES,
    "criminal_record": CRIMINAL + ALLEGATIONS + IMPLIED_CRIMINAL + PROCEEDINGS + CUSTODY + PROSECUTIONS
    + HYPHEN_OFFENCES + SUSPECT_STATUS + CROWN_CASES + CRIMINAL_COURTS + ARRESTS_ABROAD + CONVICTIONS_ABROAD
    + JAILINGS + VETTING + PROBES_ABROAD + POLISH_COURTS + ROMAJI_ARRESTS + SENTENCE_KINDS + TURKISH_CRIMINAL
    + POLISH_CHARGES + PROBATION_TERMS + NIGHTS_HELD + PRISON_ABROAD + GREEK_CRIMINAL + RUSSIAN_CRIMINAL
    + COURT_APPEARANCES + SENTENCES_SERVED + FAKE_DEEDS + TRIALS_ABROAD,
}  # fmt: skip
for _more in (SMALL_TALK, SMALL_TALK_ABROAD):  # the asides of sales calls, kept out of the long sums above
    for _category, _rows in _more.items():
        _TABLE[_category] += _rows
_GATES: tuple[Gate, ...] = ("person", "people", "couple", "self", "field")


@cache
def compiled_cues() -> tuple[Cue, ...]:
    """Every cue, compiled on first use: compiling them all takes about a second, which every command line start
    would pay, though few commands detect anything."""
    return tuple(
        Cue(category, re.compile(pattern, re.IGNORECASE), next(g for g in _GATES if g == gate))
        for category, rows in _TABLE.items()
        for pattern, gate in rows
    )


def __getattr__(name: str) -> tuple[Cue, ...]:
    if name == "CUES":  # ``from policies.privacy.cues import CUES`` compiles them there and then
        return compiled_cues()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
