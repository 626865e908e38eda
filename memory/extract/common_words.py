"""Words that are never a person's name, though a note may capitalise them: greetings and sign-offs, dates and
days, our products, titles' words, prepositions opening a sentence ("On the line: ..."), the CRM's stages, a
deal's papers ("Master Agreement"), and the holidays a deadline is set by (see ``holidays``)."""

from __future__ import annotations

from memory.extract.holidays import HOLIDAYS
from memory.extract.plural_days import PLURAL_DAYS

# greetings, sign-offs, dates
COMMON = frozenset(
    """i a an the and or but so ok okay oh um uh also then now yes no not our we you he she they it his her their
    this that these those there here what when where who why how just still quick bad good great big small new
    next step steps ns note notes re voice memo call update meeting news note stage status close closing timing
    decision price pricing budget competitor competitors contact contacts mark marking moving move won lost
    engaging prospecting signed spoke met called talked thanks thank hi hello dear sorry wait well anyway
    today tonight tomorrow yesterday
    had has got saw caught rang phoned emailed texted pinged asked told heard visited economic
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december q1 q2 q3 q4
    mon tue tues wed thu thur thurs fri sat feb mar apr jul aug sep sept oct nov dec
    gtx gtk mg pro plus basic advanced special series
    msa sow nda rfp poc api crm se it hr sales director head manager lead owner vp ceo cfo coo cto cro cio
    procurement finance legal operations ops marketing product chief officer board team admin account
    email message target follow looking confirmed price same early days didn't catch first second last
    i'll i'm i've i'd we'll we're we've they're he's she's it's let's regards best cheers thanks
    interim acting closed
    on in at
    agreement agreements contract contracts addendum amendment proposal invoice quote renewal executed
    is are was were does did which whose whom whichever whatever
    forwarding forwarded attaching attached looping looped copying ccing cc'ing cc'd adding added including
    introducing introduced pinging pinged chasing chased thanking thanked inviting invited escalating escalated
    flagging flagged noting noted logging logged updating updated sharing shared pasting pasted quoting quoted
    replying replied checking checked nudging nudged reminding reminded welcoming welcomed
    greetings hallo liebe lieber sehr geehrte geehrter grüße gruß viele freundlichen mit bis ende anfang mitte
    sie ihnen ihr wir uns unsere unser bitte könnten können würden möchten dürfen vielen dank
    januar februar märz mai juni juli oktober dezember nächster nächste schritt schritte próximo paso étape
    hola estimado estimada saludos gracias bonjour merci cordialement
    hei hej moi hoi ciao salve olá oi merhaba selam shalom namaste vennlig hilsen hälsningar groeten
    apologies als nächstes panie pani hanım hanim gulf coast""".split()
)

COMMON = COMMON | HOLIDAYS  # "before Thanksgiving, call it the 22nd": a date, no person
COMMON = COMMON | PLURAL_DAYS  # "signs everything on Tuesdays": a habit's day, no person
