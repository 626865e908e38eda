"""Build tests/evals/risk_extra.jsonl: hand-written, hand-labelled `dealbot eval risk` cases.

Written before the risk engine was tuned, by the rules of shared/evals/LABELS.md section 1, in wording of
their own (not the dev set's). About half are healthy, most of those hard negatives: negations, sincere
praise, ruled-out competitors, dates pulled in, meetings moved, routine procurement, announced absences
that have not ended, auto-replies, short silences, a single unanswered follow-up.

Usage: python tests/evals/make_risk_extra.py [--out FILE] [--check]
    --check  fail if FILE differs from what would be written (nothing is written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "risk_extra.jsonl"

REPS = {
    "sam": "Sam Okafor",
    "lena": "Lena Fischer",
    "raj": "Raj Patel",
    "claire": "Claire Dubois",
    "mateo": "Mateo Ruiz",
    "ingrid": "Ingrid Solberg",
    "femi": "Femi Adeyemi",
    "paula": "Paula Novak",
}


def rep(key: str) -> str:
    name = REPS[key]
    return f"{name} <{name.lower().replace(' ', '.')}@ourteam.example>"


def cust(name: str, domain: str) -> str:
    return f"{name} <{name.lower().replace(' ', '.')}@{domain}.example>"


def i(at: str, kind: str, direction: str, sender: str, text: str) -> dict[str, Any]:
    return {"at": at, "kind": kind, "direction": direction, "from": sender, "text": text}


def case(cid: str, now: str, deal: tuple, inter: list, reasons: list[str]) -> dict[str, Any]:
    account, product, stage, amount, close = deal
    return {
        "id": cid,
        "now": now,
        "deal": {"account": account, "product": product, "stage": stage, "amount": amount, "expected_close": close},
        "interactions": inter,
        "expect": {"at_risk": bool(reasons), "reasons": reasons},
    }


def cases() -> list[dict[str, Any]]:
    out = []
    # --- sentiment -------------------------------------------------------------------------------------------
    c = cust("Lindsay Park", "bluth")
    out.append(
        case(
            "rx-01",
            "2017-05-20",
            ("Bluth Company", "GTX Pro", "Engaging", 4821, "2017-06-16"),
            [
                i(
                    "2017-04-18T10:02",
                    "email",
                    "inbound",
                    c,
                    "Hi Sam,\n\nThe team had a blast in the demo yesterday, honestly the best product walkthrough we've seen this year. Could you send over a proposal for one GTX Pro seat?\n\nLindsay",
                ),
                i(
                    "2017-04-19T09:00",
                    "email",
                    "outbound",
                    rep("sam"),
                    "Hi Lindsay, thank you! Proposal attached, including the onboarding plan.",
                ),
                i(
                    "2017-05-02T14:31",
                    "email",
                    "inbound",
                    c,
                    "Thanks Sam, lovely proposal. A couple of us are testing the forecasting view this week and it's looking really promising.",
                ),
                i(
                    "2017-05-10T08:45",
                    "email",
                    "outbound",
                    rep("sam"),
                    "Hi Lindsay, how is the testing going? Happy to set up a call with our product lead.",
                ),
                i(
                    "2017-05-17T18:20",
                    "email",
                    "inbound",
                    c,
                    "Not great. The forecast numbers don't match our ledger and nobody on your side has explained why. We'll decide what to do.",
                ),
            ],
            ["sentiment_drop"],
        )
    )
    c = cust("Hugo Lindqvist", "gogozoom")
    out.append(
        case(
            "rx-02",
            "2017-08-09",
            ("Gogozoom", "MG Advanced", "Engaging", 3393, "2017-08-31"),
            [
                i(
                    "2017-07-10T11:00",
                    "email",
                    "inbound",
                    c,
                    "Hi Lena, thanks for the trial logins. First impressions are good.",
                ),
                i(
                    "2017-07-18T16:40",
                    "email",
                    "inbound",
                    c,
                    "Small gripe: the export button is a bit hidden and it took me ten minutes to find it. Otherwise fine.",
                ),
                i(
                    "2017-07-19T09:10",
                    "email",
                    "outbound",
                    rep("lena"),
                    "Good catch, Hugo, I'll pass that to product. Here's a one-page guide in the meantime.",
                ),
                i(
                    "2017-07-31T10:05",
                    "email",
                    "inbound",
                    c,
                    "The guide helped a lot, thanks. The team has no complaints at all now and we're keen to move forward. Could you send the order form?",
                ),
                i("2017-08-01T08:30", "email", "outbound", rep("lena"), "Wonderful! Order form attached."),
            ],
            [],
        )
    )
    c = cust("Tanja Weiss", "fasehatice")
    out.append(
        case(
            "rx-03",
            "2017-06-28",
            ("Fasehatice", "MG Advanced", "Engaging", 3393, "2017-07-21"),
            [
                i(
                    "2017-05-30T09:15",
                    "email",
                    "inbound",
                    c,
                    "Paula, really pleased with how quickly your team set up the sandbox. The Slack integration is the bit I'm most excited about.",
                ),
                i(
                    "2017-06-08T17:02",
                    "email",
                    "inbound",
                    c,
                    "Paula, the Slack integration stopped syncing yesterday. Could someone check?",
                ),
                i(
                    "2017-06-09T08:20",
                    "email",
                    "outbound",
                    rep("paula"),
                    "Thanks Tanja, our integrations engineer is on it and will report back today.",
                ),
                i(
                    "2017-06-26T19:44",
                    "email",
                    "inbound",
                    c,
                    "Great, another week without a working integration. Just what we needed in the middle of quarter-end. Let me know when someone has actually fixed it.",
                ),
            ],
            ["sentiment_drop"],
        )
    )
    c = cust("Moira Kelly", "scotfind")
    out.append(
        case(
            "rx-04",
            "2017-01-25",
            ("Scotfind", "GTX Plus Basic", "Engaging", 1096, "2017-02-17"),
            [
                i(
                    "2017-01-05T10:30",
                    "email",
                    "inbound",
                    c,
                    "Hi Lena, we're looking at tools for a small team of two. Could we try GTX Plus Basic?",
                ),
                i(
                    "2017-01-06T09:00",
                    "email",
                    "outbound",
                    rep("lena"),
                    "Hi Moira, trial access is on its way, valid for two weeks.",
                ),
                i(
                    "2017-01-16T15:12",
                    "email",
                    "inbound",
                    c,
                    "Lena, the trial was fantastic. Honestly, couldn't be happier with how easy the setup was. Please go ahead with the paperwork.",
                ),
                i("2017-01-18T09:40", "email", "outbound", rep("lena"), "Thrilled to hear it! Contract attached."),
                i("2017-01-23T11:05", "email", "inbound", c, "Legal has the contract and should return it this week."),
            ],
            [],
        )
    )
    c = cust("Anke de Boer", "bioplex")
    out.append(
        case(
            "rx-05",
            "2017-12-06",
            ("Bioplex", "GTX Pro", "Engaging", 4821, "2017-12-22"),
            [
                i(
                    "2017-11-06T16:30",
                    "email",
                    "inbound",
                    c,
                    "Hi Claire! Wonderful session today, thank you so much. The whole team is excited to get started.",
                ),
                i(
                    "2017-11-07T09:00",
                    "email",
                    "outbound",
                    rep("claire"),
                    "Thank you Anke, it was a pleasure. Proposal and onboarding plan attached.",
                ),
                i(
                    "2017-11-20T12:14",
                    "email",
                    "inbound",
                    c,
                    "Claire, I'm a bit surprised the onboarding plan starts in February. We were told January.",
                ),
                i(
                    "2017-11-21T08:50",
                    "email",
                    "outbound",
                    rep("claire"),
                    "Apologies for the confusion, Anke. We can start in the second week of January; updated plan attached.",
                ),
                i("2017-12-04T10:01", "email", "inbound", c, "Noted."),
            ],
            ["sentiment_drop"],
        )
    )
    c = cust("Nils Aberg", "ganjaflex")
    out.append(
        case(
            "rx-06",
            "2017-09-13",
            ("Ganjaflex", "MG Advanced", "Engaging", 3393, "2017-10-06"),
            [
                i(
                    "2017-08-16T09:30",
                    "email",
                    "inbound",
                    c,
                    "Hi Raj, the pilot kicked off today. Thanks for the smooth setup.",
                ),
                i(
                    "2017-08-30T15:20",
                    "email",
                    "inbound",
                    c,
                    "Two weeks in. I wouldn't say anyone is blown away yet, but nobody is complaining either, which is a good sign here.",
                ),
                i(
                    "2017-09-11T13:45",
                    "email",
                    "inbound",
                    c,
                    "Raj, the pilot wrapped up and the feedback is genuinely positive. The managers want it rolled out. Can you send the contract?",
                ),
                i("2017-09-12T08:30", "email", "outbound", rep("raj"), "Great news, Nils. Contract attached."),
            ],
            [],
        )
    )
    c = cust("Grace Owusu", "y-corporation")
    out.append(
        case(
            "rx-07",
            "2017-10-10",
            ("Y-corporation", "GTX Pro", "Engaging", 9642, "2017-10-31"),
            [
                i(
                    "2017-09-12T17:05",
                    "email",
                    "inbound",
                    c,
                    "Paula, thanks for a great workshop. Everyone left enthused.",
                ),
                i(
                    "2017-09-13T09:00",
                    "email",
                    "outbound",
                    rep("paula"),
                    "Thank you Grace. The integration plan and contract are attached.",
                ),
                i(
                    "2017-09-25T11:30",
                    "email",
                    "inbound",
                    c,
                    "Paula, I don't have any concerns about the integration plan. Legal is reviewing the contract.",
                ),
                i(
                    "2017-10-06T18:10",
                    "email",
                    "inbound",
                    c,
                    "Sorry for the slow replies. Nothing is wrong and we're not having second thoughts, it's just been a hectic fortnight. Legal should be done by the 20th.",
                ),
            ],
            [],
        )
    )
    # --- competitors ------------------------------------------------------------------------------------------
    c = cust("Dev Malhotra", "singletechno")
    out.append(
        case(
            "rx-08",
            "2017-10-18",
            ("Singletechno", "GTX Plus Pro", "Engaging", 5482, "2017-11-10"),
            [
                i(
                    "2017-09-20T10:00",
                    "email",
                    "outbound",
                    rep("raj"),
                    "Hi Dev, thanks for joining the demo. Recording and slides attached.",
                ),
                i("2017-09-27T12:40", "email", "inbound", c, "Raj, the demo was useful. We'll discuss internally."),
                i(
                    "2017-10-05T16:00",
                    "meeting_note",
                    "internal",
                    rep("raj"),
                    "Second call with Dev and their IT lead. Good questions on SSO. Dev expects to decide by early November.",
                ),
                i(
                    "2017-10-16T09:22",
                    "email",
                    "inbound",
                    c,
                    "Raj, to keep you in the loop: we also had Tellurix in last week and, I'll be honest, the team is leaning towards them at the moment because of their mobile app. I'll let you know where we land.",
                ),
            ],
            ["competitor_mentioned"],
        )
    )
    c = cust("Tomas Novak", "streethex")
    out.append(
        case(
            "rx-09",
            "2017-03-22",
            ("Streethex", "GTX Basic", "Engaging", 2750, "2017-04-14"),
            [
                i(
                    "2017-02-27T10:10",
                    "email",
                    "inbound",
                    c,
                    "Hi Claire, we've narrowed our shortlist to you and NorthPeak. Could you send a comparison of the mobile features?",
                ),
                i(
                    "2017-03-01T09:00",
                    "email",
                    "outbound",
                    rep("claire"),
                    "Hi Tomas, comparison sheet attached. Happy to talk it through.",
                ),
                i(
                    "2017-03-09T14:00",
                    "call_transcript",
                    "outbound",
                    rep("claire"),
                    "Claire: Hi Tomas, did the comparison help?\nTomas: It did. We also spoke to two NorthPeak references this week.\nClaire: How did that go?\nTomas: Not convincing, to be honest. Their support is offshore only.",
                ),
                i(
                    "2017-03-20T11:48",
                    "email",
                    "inbound",
                    c,
                    "Claire, quick update: NorthPeak is off the table, their support model doesn't work for us. We'd like to go ahead with five GTX Basic seats. What do you need from us?",
                ),
            ],
            [],
        )
    )
    c = cust("Zainab Yusuf", "sumace")
    out.append(
        case(
            "rx-10",
            "2017-03-15",
            ("Sumace", "MG Special", "Engaging", 2200, "2017-04-07"),
            [
                i(
                    "2017-02-20T09:30",
                    "email",
                    "outbound",
                    rep("mateo"),
                    "Hi Zainab, following your enquiry, here's an overview of MG Special for your customer team.",
                ),
                i("2017-02-22T13:05", "email", "inbound", c, "Interested. Please send a quote for 40 seats."),
                i(
                    "2017-02-24T10:00",
                    "email",
                    "outbound",
                    rep("mateo"),
                    "Quote for 40 seats attached: 2,200 per year.",
                ),
                i(
                    "2017-03-13T15:27",
                    "email",
                    "inbound",
                    c,
                    "Thanks Mateo. For transparency, our purchasing rules require a comparison, so we've requested a quote from Lumora as well. I'll come back to you once both are in.",
                ),
            ],
            ["competitor_mentioned"],
        )
    )
    c = cust("Ola Sandberg", "plussunin")
    out.append(
        case(
            "rx-11",
            "2017-08-02",
            ("Plussunin", "GTX Pro", "Engaging", 4821, "2017-08-25"),
            [
                i(
                    "2017-07-06T10:15",
                    "email",
                    "inbound",
                    c,
                    "Hi Ingrid, our Kestrel CRM contract ends in September and we're not renewing; it never worked for our field team. We'd like to see GTX Pro.",
                ),
                i(
                    "2017-07-11T15:00",
                    "meeting_note",
                    "internal",
                    rep("ingrid"),
                    "Demo with Ola and two regional managers. Strong fit for their field team. They want to be live before the Kestrel contract lapses.",
                ),
                i(
                    "2017-07-24T09:40",
                    "email",
                    "inbound",
                    c,
                    "Ingrid, the team is sold. Send the order form please; we want to be up and running before Kestrel switches off.",
                ),
                i("2017-07-25T08:30", "email", "outbound", rep("ingrid"), "Wonderful, Ola. Order form attached."),
            ],
            [],
        )
    )
    c = cust("Sana Mirza", "zathunicon")
    out.append(
        case(
            "rx-12",
            "2017-05-24",
            ("Zathunicon", "MG Advanced", "Engaging", 3393, "2017-06-23"),
            [
                i(
                    "2017-04-26T11:20",
                    "email",
                    "inbound",
                    c,
                    "Hi Femi, could we book a demo of MG Advanced for our analytics team?",
                ),
                i(
                    "2017-05-03T16:30",
                    "meeting_note",
                    "internal",
                    rep("femi"),
                    "Demo with Sana and two analysts. They liked the dashboards. Sana said they are running a parallel trial of Brightwave and will pick one by mid-June.",
                ),
                i(
                    "2017-05-04T09:00",
                    "email",
                    "outbound",
                    rep("femi"),
                    "Hi Sana, thanks for your time yesterday. Follow-up material attached.",
                ),
                i("2017-05-19T10:10", "email", "inbound", c, "Thanks for the follow-up material, very helpful."),
            ],
            ["competitor_mentioned"],
        )
    )
    c = cust("Jorge Salas", "domzoom")
    out.append(
        case(
            "rx-13",
            "2017-03-29",
            ("Domzoom", "GTX Plus Basic", "Engaging", 2192, "2017-04-21"),
            [
                i(
                    "2017-03-06T10:00",
                    "email",
                    "inbound",
                    c,
                    "Hi Raj, we used Quorvia two years ago and would never go back to it. Your tool looks much better suited to us.",
                ),
                i(
                    "2017-03-07T09:10",
                    "email",
                    "outbound",
                    rep("raj"),
                    "Thanks Jorge. Proposal for two GTX Plus Basic seats attached.",
                ),
                i(
                    "2017-03-20T14:25",
                    "email",
                    "inbound",
                    c,
                    "Raj, no concerns from finance and the budget's there. Please send the contract for two seats.",
                ),
                i("2017-03-21T08:40", "email", "outbound", rep("raj"), "Contract attached, Jorge. Thanks!"),
            ],
            [],
        )
    )
    # --- budget -----------------------------------------------------------------------------------------------
    c = cust("Priya Sharma", "ron-tech")
    out.append(
        case(
            "rx-14",
            "2017-11-15",
            ("Ron-tech", "GTX Pro", "Engaging", 9642, "2017-12-15"),
            [
                i(
                    "2017-10-16T10:30",
                    "email",
                    "inbound",
                    c,
                    "Mateo, we're happy with the trial. Please send the paperwork for two GTX Pro seats.",
                ),
                i("2017-10-17T09:00", "email", "outbound", rep("mateo"), "Thanks Priya, paperwork attached."),
                i(
                    "2017-11-13T17:50",
                    "email",
                    "inbound",
                    c,
                    "Hi Mateo, a heads-up I wish I didn't have to give. Head office has announced a freeze on all non-essential software spending, effective immediately. Your proposal is still the one we want, and I'm asking for an exception, but right now I have no budget to sign it against.",
                ),
            ],
            ["budget_concern"],
        )
    )
    c = cust("Olu Bankole", "zencorporation")
    out.append(
        case(
            "rx-15",
            "2017-06-14",
            ("Zencorporation", "GTK 500", "Engaging", 26768, "2017-07-21"),
            [
                i(
                    "2017-05-22T15:00",
                    "meeting_note",
                    "internal",
                    rep("ingrid"),
                    "Site visit at Zencorporation. Plant manager Olu Bankole owns the decision. They asked whether leasing is possible; I said we'd look into it.",
                ),
                i(
                    "2017-05-30T10:20",
                    "email",
                    "inbound",
                    c,
                    "Ingrid, the capex request went through: budget for the GTK 500 is approved and ring-fenced. Our procurement team will be in touch about supplier onboarding; that's just our usual process.",
                ),
                i(
                    "2017-06-02T09:00",
                    "email",
                    "outbound",
                    rep("ingrid"),
                    "Fantastic news, Olu. I'll watch out for procurement's forms.",
                ),
                i(
                    "2017-06-12T13:33",
                    "email",
                    "inbound",
                    c,
                    "Procurement have the forms. Nothing is frozen or on hold on our side, we're simply working through legal's checklist. Still aiming for mid-July.",
                ),
            ],
            [],
        )
    )
    c = cust("Ruth Adler", "inity")
    out.append(
        case(
            "rx-16",
            "2017-06-21",
            ("Inity", "MG Special", "Engaging", 5500, "2017-07-14"),
            [
                i(
                    "2017-05-29T10:00",
                    "email",
                    "inbound",
                    c,
                    "Sam, please quote 100 MG Special seats for our support team.",
                ),
                i(
                    "2017-05-30T09:15",
                    "email",
                    "outbound",
                    rep("sam"),
                    "Hi Ruth, quote for 100 seats attached: 5,500 per year.",
                ),
                i(
                    "2017-06-19T16:05",
                    "email",
                    "inbound",
                    c,
                    "Hi Sam, I'm sorry to say the money we'd set aside for this has been moved to a regulatory project that can't wait. It's not about your price, which was very fair. I'll let you know if that changes.",
                ),
            ],
            ["budget_concern"],
        )
    )
    # --- stakeholders -----------------------------------------------------------------------------------------
    out.append(
        case(
            "rx-17",
            "2017-09-08",
            ("Finhigh", "GTX Plus Basic", "Engaging", 4384, "2017-09-29"),
            [
                i(
                    "2017-08-10T11:00",
                    "email",
                    "inbound",
                    cust("Elena Rossi", "finhigh"),
                    "Hi Femi, we'd like four seats of GTX Plus Basic. I'm the one championing this internally.",
                ),
                i("2017-08-11T09:00", "email", "outbound", rep("femi"), "Hi Elena, proposal for four seats attached."),
                i(
                    "2017-08-30T14:40",
                    "email",
                    "inbound",
                    cust("Marco Bianchi", "finhigh"),
                    "Hello Femi, Elena started her leave earlier than planned, as of this week. I'm her manager and I'll be making the call on the CRM purchase from here. I'd like to review the options again before committing to anything.",
                ),
                i(
                    "2017-09-01T08:50",
                    "email",
                    "outbound",
                    rep("femi"),
                    "Hello Marco, thanks for letting me know. Happy to walk you through everything; would Tuesday work?",
                ),
            ],
            ["stakeholder_change"],
        )
    )
    out.append(
        case(
            "rx-18",
            "2017-04-26",
            ("Labdrill", "MG Advanced", "Engaging", 6786, "2017-05-19"),
            [
                i(
                    "2017-04-03T10:10",
                    "email",
                    "inbound",
                    cust("Irene Kovac", "labdrill"),
                    "Paula, we're ready to go ahead with two MG Advanced licences.",
                ),
                i("2017-04-04T09:00", "email", "outbound", rep("paula"), "Great news, Irene! Order form attached."),
                i(
                    "2017-04-18T13:20",
                    "email",
                    "inbound",
                    cust("Irene Kovac", "labdrill"),
                    "Paula, I've copied in Hamid from our IT security team; he reviews every new tool that touches customer data, it's a standard step. I'm still the one signing, and nothing changes on timing.",
                ),
                i(
                    "2017-04-20T10:00",
                    "email",
                    "outbound",
                    rep("paula"),
                    "Hi Hamid, our security pack is attached. Happy to answer any questions.",
                ),
                i(
                    "2017-04-25T15:45",
                    "email",
                    "inbound",
                    cust("Hamid Karimi", "labdrill"),
                    "Thanks Paula, the security pack looks complete. I've signed off my part.",
                ),
            ],
            [],
        )
    )
    out.append(
        case(
            "rx-19",
            "2017-07-19",
            ("Opentech", "MG Advanced", "Engaging", 3393, "2017-08-11"),
            [
                i(
                    "2017-06-22T10:30",
                    "email",
                    "inbound",
                    cust("Karin Holm", "opentech"),
                    "Hi Sam, we'd like a proposal for MG Advanced for my department.",
                ),
                i("2017-06-23T09:00", "email", "outbound", rep("sam"), "Hi Karin, proposal attached."),
                i(
                    "2017-07-14T16:20",
                    "meeting_note",
                    "internal",
                    rep("sam"),
                    "Call with Karin. After the reorg, purchasing decisions for her department now sit with the new regional director, Pieter de Vries, whom we haven't met. Karin is still supportive but no longer the decision maker.",
                ),
                i(
                    "2017-07-17T09:30",
                    "email",
                    "outbound",
                    rep("sam"),
                    "Dear Mr de Vries, Karin suggested I introduce myself. Could we find 30 minutes?",
                ),
            ],
            ["stakeholder_change"],
        )
    )
    out.append(
        case(
            "rx-20",
            "2017-02-15",
            ("Silis", "GTX Basic", "Engaging", 2200, "2017-03-03"),
            [
                i(
                    "2017-01-25T11:00",
                    "email",
                    "inbound",
                    cust("Hana Sato", "silis"),
                    "Hi Mateo, we've chosen GTX Basic for our four account managers.",
                ),
                i("2017-01-26T09:00", "email", "outbound", rep("mateo"), "Thanks Hana! Order form attached."),
                i(
                    "2017-02-08T14:10",
                    "email",
                    "inbound",
                    cust("Hana Sato", "silis"),
                    "All good from my side. Our CEO signs every supplier contract, so it's gone to her desk; she's back from a trade show on Monday.",
                ),
                i("2017-02-09T08:45", "email", "outbound", rep("mateo"), "Perfect, thank you Hana."),
            ],
            [],
        )
    )
    # --- timeline ---------------------------------------------------------------------------------------------
    c = cust("Nadia Haddad", "kinnamplus")
    out.append(
        case(
            "rx-21",
            "2017-08-24",
            ("Kinnamplus", "GTX Pro", "Engaging", 4821, "2017-09-15"),
            [
                i(
                    "2017-07-27T10:00",
                    "email",
                    "inbound",
                    c,
                    "Sam, thanks for the revised quote. We plan to sign mid-September.",
                ),
                i("2017-07-28T09:00", "email", "outbound", rep("sam"), "Thanks Nadia, I'll have the contract ready."),
                i(
                    "2017-08-15T11:30",
                    "call_transcript",
                    "inbound",
                    c,
                    "Nadia: Sam, it's Nadia. Quick update.\nSam: Go ahead.\nNadia: Our leadership offsite moved, so the decision won't happen until they're back. Realistically we're looking at late October now.\nSam: Understood, thanks for telling me.",
                ),
                i(
                    "2017-08-16T09:00",
                    "email",
                    "outbound",
                    rep("sam"),
                    "Thanks Nadia, noted. I'll keep the quote valid until the end of October.",
                ),
            ],
            ["timeline_slip"],
        )
    )
    c = cust("Kofi Mensah", "rantouch")
    out.append(
        case(
            "rx-22",
            "2017-05-16",
            ("Rantouch", "GTX Plus Pro", "Engaging", 10964, "2017-06-09"),
            [
                i(
                    "2017-04-24T10:00",
                    "email",
                    "inbound",
                    c,
                    "Lena, we're keen to move ahead with two GTX Plus Pro seats.",
                ),
                i(
                    "2017-05-08T09:00",
                    "email",
                    "outbound",
                    rep("lena"),
                    "Hi Kofi, shall we do the contract review on Thursday the 11th?",
                ),
                i(
                    "2017-05-10T12:30",
                    "email",
                    "inbound",
                    c,
                    "Lena, something came up for Thursday, can we push the contract review to Tuesday the 16th instead? Sorry for the shuffle. We're still on track to sign before the 9th of June.",
                ),
                i("2017-05-10T13:00", "email", "outbound", rep("lena"), "No problem at all, Tuesday it is."),
            ],
            [],
        )
    )
    c = cust("Marta Silva", "doncon")
    out.append(
        case(
            "rx-23",
            "2017-11-08",
            ("Doncon", "GTX Basic", "Engaging", 3300, "2017-11-30"),
            [
                i("2017-10-09T15:00", "email", "inbound", c, "Claire, loved the demo. Could you price up six seats?"),
                i(
                    "2017-10-10T09:00",
                    "email",
                    "outbound",
                    rep("claire"),
                    "Hi Marta, quote for six GTX Basic seats attached.",
                ),
                i(
                    "2017-11-06T10:45",
                    "email",
                    "inbound",
                    c,
                    "Hi Claire, thank you for your patience. We've decided to put the CRM project on hold while we merge two of our sales teams. I can't give you a new date yet, but I'll reach out once the dust settles. Apologies for the inconvenience.",
                ),
            ],
            ["timeline_slip"],
        )
    )
    out.append(
        case(
            "rx-24",
            "2017-05-04",
            ("Genco Pura Olive Oil Company", "GTX Plus Basic", "Engaging", 3288, "2017-05-31"),
            [
                i(
                    "2017-04-10T15:00",
                    "meeting_note",
                    "internal",
                    rep("sam"),
                    "Discovery with Giulia Ferri, head of sales. Three seats. Target signature end of May.",
                ),
                i(
                    "2017-04-20T10:00",
                    "email",
                    "inbound",
                    cust("Giulia Ferri", "gencopura"),
                    "Thanks for the proposal, Sam. It's clear and complete.",
                ),
                i(
                    "2017-05-02T09:30",
                    "email",
                    "inbound",
                    cust("Giulia Ferri", "gencopura"),
                    "Sam, good news: our MD wants the team on the system before the trade fair, so we'd like to bring signature forward to next week instead of the end of May. Can you make that work?",
                ),
                i(
                    "2017-05-03T08:30",
                    "email",
                    "outbound",
                    rep("sam"),
                    "Absolutely, Giulia. Contract attached for signature.",
                ),
            ],
            [],
        )
    )
    c = cust("Felix Braun", "warephase")
    out.append(
        case(
            "rx-25",
            "2017-10-25",
            ("Warephase", "GTX Pro", "Engaging", 4821, "2017-11-17"),
            [
                i(
                    "2017-10-02T10:00",
                    "email",
                    "inbound",
                    c,
                    "Mateo, we'd like to sign by mid-November. Please send the final paperwork.",
                ),
                i("2017-10-03T09:00", "email", "outbound", rep("mateo"), "Hi Felix, final paperwork attached."),
                i(
                    "2017-10-23T16:15",
                    "email",
                    "inbound",
                    c,
                    "Hi Mateo, legal has a backlog, so we now expect to sign in the first week of December. Everything else is unchanged.",
                ),
            ],
            ["timeline_slip"],
        )
    )
    c = cust("Leo Varga", "zumgoity")
    out.append(
        case(
            "rx-26",
            "2017-11-20",
            ("Zumgoity", "GTX Plus Pro", "Engaging", 10964, "2017-12-15"),
            [
                i("2017-10-23T10:00", "email", "inbound", c, "Lena, great demo, thank you. We'd like two seats."),
                i("2017-10-24T09:00", "email", "outbound", rep("lena"), "Thanks Leo, proposal attached."),
                i(
                    "2017-11-16T14:30",
                    "email",
                    "inbound",
                    c,
                    "Lena, an update: our procurement team insists on a formal tender, so we're now evaluating Stackline and one other vendor alongside you. The decision won't be made before mid-January.",
                ),
            ],
            ["competitor_mentioned", "timeline_slip"],
        )
    )
    # --- pricing ----------------------------------------------------------------------------------------------
    c = cust("Bea Lindgren", "toughzap")
    out.append(
        case(
            "rx-27",
            "2017-02-22",
            ("Toughzap", "MG Advanced", "Engaging", 10179, "2017-03-24"),
            [
                i(
                    "2017-01-30T10:00",
                    "email",
                    "outbound",
                    rep("raj"),
                    "Hi Bea, proposal for three MG Advanced licences attached.",
                ),
                i("2017-02-06T11:12", "email", "inbound", c, "Received, thanks Raj. We'll review it with finance."),
                i(
                    "2017-02-20T16:48",
                    "email",
                    "inbound",
                    c,
                    "Raj, finance has been through the proposal. Frankly the annual fee is well above what we can justify for a team of our size. Unless you can come down by at least 20%, I don't see us getting this approved.",
                ),
            ],
            ["pricing_objection"],
        )
    )
    c = cust("Ewa Zielinska", "xx-zobam")
    out.append(
        case(
            "rx-28",
            "2017-07-12",
            ("Xx-zobam", "GTX Pro", "Engaging", 4821, "2017-07-31"),
            [
                i(
                    "2017-06-19T10:00",
                    "email",
                    "inbound",
                    c,
                    "Claire, could you send a line-by-line breakdown of the pricing? Our finance team likes to see licence, onboarding and support separately.",
                ),
                i("2017-06-20T09:00", "email", "outbound", rep("claire"), "Hi Ewa, breakdown attached."),
                i(
                    "2017-07-03T14:00",
                    "email",
                    "inbound",
                    c,
                    "Thanks, that's exactly what finance wanted. Nobody here thinks the price is out of line; it's in the range we expected. We'll sign once legal has checked the DPA.",
                ),
                i("2017-07-05T09:00", "email", "outbound", rep("claire"), "Great, DPA attached for legal."),
            ],
            [],
        )
    )
    c = cust("Ivan Petrov", "konmatfix")
    out.append(
        case(
            "rx-29",
            "2017-06-06",
            ("Konmatfix", "GTX Plus Basic", "Prospecting", 6576, "2017-06-30"),
            [
                i(
                    "2017-05-15T09:00",
                    "email",
                    "outbound",
                    rep("femi"),
                    "Hi Ivan, saw your team is growing. Worth a quick look at GTX Plus Basic?",
                ),
                i("2017-05-17T12:00", "email", "inbound", c, "Sure, send pricing for six users."),
                i("2017-05-18T09:00", "email", "outbound", rep("femi"), "Pricing for six users attached."),
                i(
                    "2017-06-02T15:30",
                    "email",
                    "inbound",
                    c,
                    "Femi, thanks. The per-user cost is steep for what we'd use; we'd need a serious discount to make the numbers work. Is that on the table?",
                ),
            ],
            ["pricing_objection"],
        )
    )
    c = cust("Priyanka Rao", "golddex")
    out.append(
        case(
            "rx-30",
            "2017-10-04",
            ("Golddex", "GTX Plus Pro", "Engaging", 5482, "2017-10-27"),
            [
                i(
                    "2017-09-11T10:00",
                    "email",
                    "inbound",
                    c,
                    "Hi Mateo, we're interested in one GTX Plus Pro seat for our ops lead.",
                ),
                i("2017-09-13T09:00", "email", "outbound", rep("mateo"), "Hi Priyanka, quote attached."),
                i(
                    "2017-10-02T14:00",
                    "call_transcript",
                    "outbound",
                    rep("mateo"),
                    "Mateo: Hi Priyanka, did you get a chance to look at the quote?\nPriyanka: I did. Honestly, it's more than we hoped to pay. For one seat, 5,482 a year is hard to defend to my boss.\nMateo: I understand. What would work?\nPriyanka: Something like 4,000 would get it approved.",
                ),
            ],
            ["pricing_objection"],
        )
    )
    # --- silence ----------------------------------------------------------------------------------------------
    c = cust("Zoe Moyo", "nam-zim")
    out.append(
        case(
            "rx-31",
            "2017-10-30",
            ("Nam-zim", "GTX Basic", "Prospecting", 1650, "2017-11-30"),
            [
                i(
                    "2017-09-05T10:00",
                    "email",
                    "inbound",
                    c,
                    "Hi Mateo, yes, send me the details about GTX Basic for our three drivers.",
                ),
                i("2017-09-06T09:00", "email", "outbound", rep("mateo"), "Hi Zoe, details attached."),
                i(
                    "2017-09-20T09:00",
                    "email",
                    "outbound",
                    rep("mateo"),
                    "Hi Zoe, did the details make sense? Happy to do a short call.",
                ),
                i(
                    "2017-09-20T09:01",
                    "email",
                    "inbound",
                    c,
                    "Automatic reply: Thank you for your email. I am out of the office with limited access to email until 25 September. For urgent matters please contact office@nam-zim.example.",
                ),
                i(
                    "2017-10-11T10:00",
                    "email",
                    "outbound",
                    rep("mateo"),
                    "Hi Zoe, checking whether you had a chance to look at the details.",
                ),
            ],
            ["gone_quiet"],
        )
    )
    out.append(
        case(
            "rx-32",
            "2017-09-25",
            ("Umbrella Corporation", "GTK 500", "Engaging", 53536, "2017-10-31"),
            [
                i(
                    "2017-08-14T10:00",
                    "email",
                    "inbound",
                    cust("Albert Wesker", "umbrella"),
                    "Ingrid, thank you for the proposal for two units. Any purchase of this size needs board approval. Our board next meets on 12 October; I'll present it then and won't have news before that.",
                ),
                i(
                    "2017-08-15T09:00",
                    "email",
                    "outbound",
                    rep("ingrid"),
                    "Thank you, Albert. I'll prepare a summary for the board pack.",
                ),
                i(
                    "2017-09-01T09:00",
                    "email",
                    "outbound",
                    rep("ingrid"),
                    "Albert, sharing a short case study in case it helps the board pack.",
                ),
                i(
                    "2017-09-18T09:00",
                    "email",
                    "outbound",
                    rep("ingrid"),
                    "Just checking in in case the board pack needs anything else from us.",
                ),
            ],
            [],
        )
    )
    out.append(
        case(
            "rx-33",
            "2017-12-12",
            ("Iselectrics", "GTX Plus Basic", "Engaging", 2192, "2017-12-29"),
            [
                i(
                    "2017-11-06T11:00",
                    "call_transcript",
                    "outbound",
                    rep("femi"),
                    "Femi: Hi Aisha, following up on the trial.\nAisha: We're keen. Send the order form for two seats.\nFemi: Will do today.",
                ),
                i("2017-11-07T09:00", "email", "outbound", rep("femi"), "Hi Aisha, order form attached."),
                i(
                    "2017-11-13T10:20",
                    "email",
                    "inbound",
                    cust("Aisha Bello", "iselectrics"),
                    "Got it Femi, I'll get it signed this month.",
                ),
                i("2017-11-24T09:00", "email", "outbound", rep("femi"), "Hi Aisha, any news on the order form?"),
                i(
                    "2017-12-04T15:00",
                    "call_transcript",
                    "outbound",
                    rep("femi"),
                    "[Voicemail] Femi: Hi Aisha, Femi here about the GTX order form. Give me a call back when you can.",
                ),
                i(
                    "2017-12-08T09:00",
                    "email",
                    "outbound",
                    rep("femi"),
                    "Hi Aisha, just making sure the order form didn't get lost. Anything I can help with?",
                ),
            ],
            ["gone_quiet"],
        )
    )
    c = cust("Ben Carter", "dalttechnology")
    out.append(
        case(
            "rx-34",
            "2017-03-30",
            ("Dalttechnology", "GTX Pro", "Engaging", 4821, "2017-04-28"),
            [
                i("2017-03-02T10:00", "email", "inbound", c, "Hi Raj, we'd like a proposal for one GTX Pro seat."),
                i("2017-03-03T09:00", "email", "outbound", rep("raj"), "Hi Ben, proposal attached."),
                i(
                    "2017-03-12T16:00",
                    "email",
                    "inbound",
                    c,
                    "All looks good, give me a couple of weeks to line up sign-off.",
                ),
                i(
                    "2017-03-20T09:00",
                    "email",
                    "outbound",
                    rep("raj"),
                    "Thanks Ben, shout if you need anything for the sign-off.",
                ),
                i("2017-03-27T09:00", "email", "outbound", rep("raj"), "Hi Ben, checking in on the sign-off."),
            ],
            [],
        )
    )
    c = cust("Dmitri Orlov", "conecom")
    out.append(
        case(
            "rx-35",
            "2017-10-02",
            ("Conecom", "GTX Plus Pro", "Engaging", 5482, "2017-10-27"),
            [
                i(
                    "2017-08-03T10:00",
                    "email",
                    "inbound",
                    c,
                    "Hi Sam, I'll be travelling for most of August and back in the office on 4 September. Let's pick up the contract then.",
                ),
                i("2017-08-04T09:00", "email", "outbound", rep("sam"), "Safe travels, Dmitri!"),
                i(
                    "2017-09-05T09:00",
                    "email",
                    "outbound",
                    rep("sam"),
                    "Welcome back, Dmitri. Shall we go through the contract this week?",
                ),
                i("2017-09-19T09:00", "email", "outbound", rep("sam"), "Hi Dmitri, checking in on the contract."),
                i(
                    "2017-09-28T14:00",
                    "call_transcript",
                    "outbound",
                    rep("sam"),
                    "[Voicemail] Sam: Hi Dmitri, Sam Okafor here. Just calling about the contract, call me back when you can. Thanks.",
                ),
            ],
            ["gone_quiet"],
        )
    )
    c = cust("Lars Nygaard", "blackzim")
    out.append(
        case(
            "rx-36",
            "2017-08-15",
            ("Blackzim", "GTK 500", "Engaging", 26768, "2017-09-22"),
            [
                i("2017-07-10T10:00", "email", "inbound", c, "Paula, the proposal looks right to us."),
                i(
                    "2017-07-20T15:00",
                    "email",
                    "inbound",
                    c,
                    "Paula, the plant closes for the annual shutdown from 24 July to 20 August and I'll be offline with it. We'll finalise the order when we reopen.",
                ),
                i("2017-07-21T09:00", "email", "outbound", rep("paula"), "Thanks Lars, enjoy the break."),
                i(
                    "2017-08-01T09:00",
                    "email",
                    "outbound",
                    rep("paula"),
                    "Hi Lars, no need to reply; the order form is attached for when you're back.",
                ),
                i(
                    "2017-08-10T09:00",
                    "email",
                    "outbound",
                    rep("paula"),
                    "Hi Lars, one small update to the installation schedule, attached.",
                ),
            ],
            [],
        )
    )
    c = cust("Jonah Reid", "statholdings")
    out.append(
        case(
            "rx-37",
            "2017-04-20",
            ("Statholdings", "GTX Basic", "Prospecting", 1100, "2017-05-19"),
            [
                i(
                    "2017-03-28T09:00",
                    "email",
                    "outbound",
                    rep("femi"),
                    "Hi Jonah, a short note about GTX Basic for your two-person sales team.",
                ),
                i(
                    "2017-04-03T12:00",
                    "email",
                    "inbound",
                    c,
                    "Hi Femi, yes, we'd be interested. Can we talk after Easter?",
                ),
                i("2017-04-04T09:00", "email", "outbound", rep("femi"), "Of course, Jonah."),
                i("2017-04-18T09:00", "email", "outbound", rep("femi"), "Hi Jonah, is next week good for a call?"),
                i(
                    "2017-04-19T18:00",
                    "voice_note",
                    "internal",
                    rep("femi"),
                    "Bumped into Jonah at the chamber of commerce breakfast. He's keen and asked me to send two dates for a demo. No red flags.",
                ),
            ],
            [],
        )
    )
    c = cust("Norah Quinn", "cheers")
    out.append(
        case(
            "rx-38",
            "2017-09-29",
            ("Cheers", "GTX Basic", "Engaging", 1650, "2017-10-20"),
            [
                i(
                    "2017-08-21T10:00",
                    "email",
                    "inbound",
                    c,
                    "Hi Lena, thanks for the demo. We'll review with the owners.",
                ),
                i("2017-08-22T09:00", "email", "outbound", rep("lena"), "Thanks Norah, proposal attached."),
                i(
                    "2017-08-30T11:30",
                    "email",
                    "inbound",
                    c,
                    "Lena, the owners liked it. I'll confirm numbers once the autumn rota is settled.",
                ),
                i("2017-09-12T09:00", "email", "outbound", rep("lena"), "Hi Norah, any update on the numbers?"),
            ],
            [],
        )
    )
    # --- two reasons ------------------------------------------------------------------------------------------
    out.append(
        case(
            "rx-39",
            "2017-04-19",
            ("Hottechi", "GTX Plus Pro", "Engaging", 16446, "2017-05-12"),
            [
                i(
                    "2017-03-20T10:00",
                    "email",
                    "inbound",
                    cust("Ama Boateng", "hottechi"),
                    "Raj, thanks for the proposal for three seats. Our CFO has approved it in principle.",
                ),
                i("2017-03-21T09:00", "email", "outbound", rep("raj"), "Great news, Ama. Contract attached."),
                i(
                    "2017-04-13T15:00",
                    "email",
                    "inbound",
                    cust("Ama Boateng", "hottechi"),
                    "Hi Raj, some changes here. Our CFO, who had approved the project, left at the end of March. His replacement, Ms Duarte, has taken over all software decisions and has asked every team to cut this year's tooling budget by a third. I'll do my best, but I can't promise the money survives.",
                ),
                i(
                    "2017-04-14T09:00",
                    "email",
                    "outbound",
                    rep("raj"),
                    "Thanks for telling me, Ama. Would it help if I prepared a short ROI summary for Ms Duarte?",
                ),
            ],
            ["stakeholder_change", "budget_concern"],
        )
    )
    c = cust("Rita Gomes", "acme")
    out.append(
        case(
            "rx-40",
            "2017-07-26",
            ("Acme Corporation", "GTX Pro", "Engaging", 9642, "2017-08-18"),
            [
                i(
                    "2017-06-28T10:00",
                    "email",
                    "inbound",
                    c,
                    "Claire, thanks for the workshop. We'd like a proposal for two GTX Pro seats.",
                ),
                i("2017-06-29T09:00", "email", "outbound", rep("claire"), "Hi Rita, proposal attached."),
                i(
                    "2017-07-24T17:30",
                    "email",
                    "inbound",
                    c,
                    "Claire, I've had Kestrel CRM's offer on my desk since Friday and it comes in at well under yours for the same two seats. Our managing director wants to know why we'd pay the difference. Can you get closer to their number?",
                ),
            ],
            ["competitor_mentioned", "pricing_objection"],
        )
    )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases())
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.out} differs from the generator")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(cases())} cases to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
