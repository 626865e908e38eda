"""Words firms are named with and people are not: a legal form ("Co-op", "GmbH"), a body ("Credit Union",
"Schools Trust") or a trade ("Hotels", "Architects", "Catering"). A capitalised name ending on one is a firm,
whether it heads a note or is mentioned in passing ("Palomar Inns told us good things").

Words that are also common surnames (Mills, Hall, Law, Power, Price, Wood) are left out on purpose."""

from __future__ import annotations

from collections.abc import Sequence

FIRM_WORDS = frozenset(
    """co co-op coop cooperative inc ltd llc plc gmbh corp corporation company group holdings partnership
    trust union association society foundation authority agency bank
    hotels hotel inns resorts hospitals hospital clinic clinics pharmacy pharmacies labs laboratories
    school schools academy college university studio studios architects catering caterers utilities
    insurance optics opticians ceramics steel haulage logistics freight transport shipping motors robotics
    analytics instruments irrigation distillers distillery brewery brewing bakery bakeries bäckerei foods
    farms dairy textiles textil supply supplies parts installers solar energy electric engineering
    construction builders plumbing games bikes books publishing publishers media systems software
    solutions technologies consulting services manufacturing industries precision pumps marine medical
    healthcare dental veterinary vets accountants capital financial investments properties realty estates
    retail stores outlets markets trading imports exports airlines rail telecom networks ventures
    surgery surgeries nursery kitchens restaurants cafe café bistro garage motors salon""".split()
)


def has_firm_word(words: Sequence[str]) -> bool:
    """Whether the name's last word (or the pair before it, "Credit Union") is one firms are named with."""
    return bool(words) and words[-1].strip(".,").lower() in FIRM_WORDS
