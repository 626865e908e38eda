"""The writer's own budget said to stand as it was: "my budget and my sign-off are unchanged", "our budget remains
intact", "budget and scope are as agreed". Like the other safe words (cues_budget_safe), it makes the cut or freeze
talk of the same message someone else's (another site's cut told as news) and not this deal's. Only the writer's
own budget, or a bare "budget" (alone or listed with the deal's terms), counts: "their budget is unchanged at zero"
does not."""

from __future__ import annotations

UNCHANGED = (
    r"\b(?:my|our) budget(?: and (?:my|our|the) [\w-]+(?: [\w-]+)?)? (?:is|are|remains?|stays?|has stayed|is still)"
    r" (?:completely |entirely |fully )?(?:unchanged|untouched|unaffected|intact|the same|as (?:agreed|planned|it was))"
    r"\b(?! (?:at|for) (?:zero|nothing|nil)\b)"
    r"|\bbudget and (?:scope|timing|timeline|sign-off|headcount) (?:are|remain|stay) (?:unchanged|as agreed"
    r"|as planned|the same)\b"
    # a bare "budget" heading its clause, in news of a stop that is not about money: "Budget is untouched, it's
    # purely the system" (not "the marketing budget is untouched", which names other money)
    r"|(?:^|[,;:\u2014]\s*|\b(?:but|and|so)\s+)(?:the )?budget (?:is|remains?|stays?|is still) (?:completely"
    r" |entirely |fully )?(?:unchanged|untouched|unaffected|intact)\b(?! (?:at|for) (?:zero|nothing|nil)\b)"
)
