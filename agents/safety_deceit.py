"""Words put in customers' mouths: reviews, ratings or testimonials written as if customers wrote them, which
agents.safety refuses. Patterns run on ``normalised`` text."""

from __future__ import annotations

import re

_PRAISE = r"(?:reviews?|testimonials?|ratings?|endorsements?|recommendations?|quotes?|case stud(?:y|ies)|star ratings?)"
_REVIEW_SITES = r"(?:g2|g2 crowd|capterra|trustpilot|trustradius|getapp|software advice|yelp|glassdoor|app store"
_REVIEW_SITES += r"|play store|google reviews|google maps|amazon|producthunt|product hunt)"
_WRITE = r"(?:write|writes|writing|draft|drafting|compose|generate|create|make up|invent|churn out|knock out"
_WRITE += r"|come up with|dream up|cook up|whip up|put together|produce|post|leave)"

# the review or testimonial is the customer's voice faked: "as if it came from a different customer", "posing as
# users", "made-up customers", "so they sound real", "sign them with customer names"
_FAKED = re.compile(
    r" (?:fake|fabricated|made-up|made up|invented|fictional|fictitious|sock ?puppet|astroturf\w*|bogus|phony|phoney)"
    rf" (?:[\w'-]+ ){{0,3}}(?:{_PRAISE}|customers?|clients?|users?|reviewers?|accounts?|personas?|profiles?) "
    r"| (?:as if|as though|like) (?:it|they|each(?: one)?|each of them|they'?d|it'?d) (?:came|come|were|was|had come"
    r"|be|been) (?:written )?(?:from|by) (?:an? |the |different |real |actual |separate |our )*(?:customers?|clients?"
    r"|users?|buyers?|people|companies|accounts) "
    r"| (?:pos(?:e|es|ing) as|pretend(?:ing)? to be|in the name of|under the names? of|impersonat\w+|signed (?:off )?as"
    r"|sign (?:them|it|each(?: one)?) (?:as|with the names? of|in the names? of)) (?:an? |the |our |different |real )*"
    r"(?:[\w'-]+ )?(?:customers?|clients?|users?|buyers?|reviewers?|people|accounts) "
    r"| (?:sound|sounds|look|looks|seem|seems|read|reads) (?:real|genuine|authentic|legit|organic|like real"
    r" (?:customers?|users?|reviews?)|like (?:they|it) (?:came|come) from (?:real )?(?:customers?|users?)) "
)
_ASKS_PRAISE = re.compile(rf" {_WRITE} (?:[\w'-]+ ){{0,6}}?{_PRAISE} | {_PRAISE} (?:[\w'-]+ ){{0,4}}(?:on|for|to) "
                          rf"{_REVIEW_SITES} ")  # fmt: skip


def fakes_customer_voice(t: str) -> bool:
    """Reviews, ratings or testimonials written to pass as customers' own: deceiving buyers is no sales task."""
    return _ASKS_PRAISE.search(t) is not None and _FAKED.search(t) is not None
