"""Requests for a message to a customer (blind6 classes): a message named by what it says ("a short heads-up
that ..."), the rep who will write the reply themselves, and the points a draft must carry ("confirming ...",
"asking whether ...", "explaining ...")."""

from __future__ import annotations

from datetime import date

import pytest

from agents.offline.compound import read_message
from agents.offline.entities import Gazetteer
from agents.tools.draft_points import points

TODAY = date(2017, 12, 31)


@pytest.mark.parametrize(
    "text",
    ["no, don't write to every account about the price change. just Warephase for now - a short heads-up that "
     "MG Advanced pricing changes on Feb 1",
     "Warephase only: a quick note that their quote holds until Feb 1",
     "just Hatfan - a brief message letting them know the demo moved to Tuesday"],
)  # fmt: skip
def test_a_message_named_by_what_it_says_is_a_draft(gazetteer: Gazetteer, text: str) -> None:
    q = read_message(text, gazetteer, TODAY)
    assert q.style == "draft" and q.scope.get("account") in ("Warephase", "Hatfan")


@pytest.mark.parametrize(
    "text",
    ["before I get back to her I need the number: how much have my reps won from Acme Corporation this year? I'll "
     "handle the reply to her myself",
     "I'll write to Cancity myself - how many open deals do we have there?",
     "any heads-up on Hatfan's open deals?"],
)  # fmt: skip
def test_the_rep_writing_it_themselves_is_no_draft(gazetteer: Gazetteer, text: str) -> None:
    assert read_message(text, gazetteer, TODAY).style not in ("draft", "draft_action")


@pytest.mark.parametrize(
    ("request_text", "said"),
    [("a short heads-up that MG Advanced pricing changes on Feb 1 and their quote is honoured until then",
      "A quick heads-up: MG Advanced pricing changes on Feb 1 and your quote is honoured until then."),
     ("can you draft a note from me to Ron-tech saying I'm covering the account until she's back",
      "I'm covering the account until she's back."),
     ("pls put together a short, simple email confirming the GTX Plus Pro demo on Jan 9 at 10am her time",
      "I'm writing to confirm the GTX Plus Pro demo on Jan 9 at 10am your time."),
     ("could you write to them asking whether they'd be willing to act as a reference customer?",
      "I wanted to ask whether you'd be willing to act as a reference customer."),
     ("need an apology email to their finance contact explaining a corrected invoice is on the way",
      "A corrected invoice is on the way.")],
)  # fmt: skip
def test_a_draft_carries_what_it_was_asked_to_say(request_text: str, said: str) -> None:
    assert points(request_text) == [said]


@pytest.mark.parametrize(
    "request_text",
    ["Lexiqvolax came back explaining that the budget moved. draft a reply",
     "they emailed asking whether we support SSO. draft a reply"],
)  # fmt: skip
def test_what_the_customer_asked_or_explained_is_no_point_to_make(request_text: str) -> None:
    assert points(request_text) == []
