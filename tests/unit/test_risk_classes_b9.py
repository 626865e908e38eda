"""Risk classes a blind set showed the engine missing: a customer's souring told as a grievance (a failure of
ours and their reaction to it: our words thrown back, distrust, what it cost them, face lost, our silence,
resignation, a jibe, sarcastic praise of the quality that failed), whose failure it was, a quote under budget, a
rival sworn off, value for money and the case that can't be made inside, and a new owner's person put in charge.
Every thread here is new wording."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from agents.insights import tone_failure as tf
from agents.insights.risk import assess
from agents.insights.sentiment import message_tone
from agents.insights.thread import DealFacts, Message, split_sentences
from agents.insights.tone_grievance import reactions

US = "Jonas Lind <jonas.lind@ourteam.example>"
THEM = "Hedda Moe <hedda.moe@fjordline.example>"
WARM = "Jonas, the workshop was a hit and the dispatchers already love the route board. Let's start a trial!"
MIDDLE = "Trial's running. Could Thursday's training start at 11 instead of 10? Thanks."


def msg(at: str, text: str, direction: str = "inbound", kind: str = "email") -> Message:
    return Message(datetime.fromisoformat(at), kind, direction, text, THEM if direction == "inbound" else US)


def codes(messages: list[Message], now: str = "2017-08-25", close: str = "2017-09-29") -> list[str]:
    deal = DealFacts("Engaging", date.fromisoformat(close), "Fjordline")
    return sorted(assess(deal, messages, date.fromisoformat(now)).codes)


def after_warmth(last: str, middle: str = MIDDLE) -> list[str]:
    """Warm, then ``middle``, then ``last``: the last three customer messages, with our replies between."""
    return codes([
        msg("2017-08-01T10:00", WARM), msg("2017-08-02T09:00", "Trial workspace is live.", "outbound"),
        msg("2017-08-10T10:00", middle), msg("2017-08-11T09:00", "Done, 11 it is.", "outbound"),
        msg("2017-08-22T16:00", last), msg("2017-08-23T09:00", "I'm sorry, I'll call you today.", "outbound"),
    ])  # fmt: skip


# --- sentiment_drop: a grievance ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "last",
    [
        # our words thrown back, distrust, and the cost told through their people
        "Jonas. The import you said would take an hour ran all night and a third of the depots are empty. "
        "That's what you promised last month too. The dispatchers have been routing from memory since Monday.",
        # our silence spelled out, and the face lost with their own people
        "Nobody from your side dialled into the go-live call. Not even an email. I'd told the whole team this "
        "would be a smooth switch, and now I'm the one who has to face them.",
        # sarcastic praise of the very quality that failed, and a jibe at how backward it left them
        "Marvellous. The update scrambled every driver's shift. Truly rock-solid software. We're planning routes "
        "on whiteboards like it's 1985.",
        # resignation beside an open failure
        "The route board is still blank after the patch. I've stopped expecting answers from your help desk.",
        # a fix that did not hold, our claim that it was solved reported back, and apologies refused
        "So the hotfix lasted a day. You told us on Friday it was resolved. I don't need another apology, "
        "I need it working.",
    ],
)
def test_a_grievance_after_warmth_is_a_drop(last: str) -> None:
    assert after_warmth(last) == ["sentiment_drop"]


def test_a_grievance_names_its_classes() -> None:
    tone = message_tone(
        "The sync dropped every booking again. Not so much as a call. You said the same last week. We'll see."
    )
    assert tone.score <= -0.5
    assert {"neglect", "reproach", "distrust"} <= set(tone.grievance)


@pytest.mark.parametrize(
    "last",
    [
        # sincere praise
        "Honestly the smoothest rollout we've had. The dispatchers keep telling me how much time it saves. Thanks!",
        # one mild complaint, no reaction to it
        "Small thing: two dispatchers can't see the night shift column. Could someone take a look? Thanks",
        # plain negative news without a change of tone
        "Hi Jonas, bad news I'm afraid: our board moved its meeting, but we're still on track to sign this month. "
        "Thanks, Hedda",
        # a failure that was their own, or their old system's
        "The import failed on the first go because our file used the wrong delimiter, our mistake. The second "
        "run went through perfectly.",
        "The old system went down again yesterday and the team spent the afternoon re-keying orders. Can't wait "
        "to switch.",
        # reaction words in a friendly message with no failure of ours
        "Thanks again for the demo! We had to cancel Friday's call because of the holiday; Monday instead?",
        "I told the board this would be the right tool, and the pilot proved it. We'll sign on the 20th.",
        "My team has been working blind without a proper tool for years, which is why we need yours.",
        "We'll see you on Thursday then. Looking forward to it!",
    ],
)
def test_praise_mild_complaints_and_plain_news_stay_healthy(last: str) -> None:
    assert after_warmth(last) == []


def test_one_mild_complaint_then_positive_is_no_drop() -> None:
    middle = "The export ran slowly this morning, a bit annoying. Could you check?"
    assert after_warmth("Export is quick again, thanks. We'll sign next week.", middle) == []


def test_whose_failure_it_is() -> None:
    def ours(text: str) -> bool:
        return tf.our_open_failure(text, split_sentences(text))

    assert ours("Your update wiped the route templates.")
    assert not ours("The template import failed, but that was our mistake.")
    assert not ours("It crashed at first, but your engineer fixed it within the hour.")
    assert ours("It crashed again. You told us yesterday it was fixed.")  # our claim is no fix
    assert not ours("Thanks again for the session.")  # "again" after thanks reports nothing


def test_reaction_words_need_a_failure_when_ordinary() -> None:
    assert reactions("I had to cancel the Friday review.", failure_context=False) == set()
    assert reactions("I had to cancel the Friday review.", failure_context=True) == {"cost"}
    assert reactions("I'm not sure you do.", failure_context=False) == {"distrust"}


# --- budget_concern, competitor_mentioned ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Good news on the proposal: it came in below what finance had reserved, so cost isn't a worry.", []),
        ("Our budget is fine and your quote came in lower than I feared.", []),
        ("Our IT budget for next year came in well below what we asked for.", ["budget_concern"]),
    ],
)
def test_a_quote_under_budget_is_no_budget_concern(text: str, expected: list[str]) -> None:
    assert codes([msg("2017-08-01T10:00", WARM), msg("2017-08-20T10:00", text)]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Full disclosure: my previous firm ran on Lumora and I swore off it for good. Two seats, please.", []),
        ("We used Tellurix at my old job. You're the only supplier we're considering now.", []),
        ("Tellurix burned us in 2015, never again. Two seats please, the team is keen.", []),
        ("We're also talking to Tellurix, so you're not the only supplier we're considering.",
         ["competitor_mentioned"]),
    ],
)  # fmt: skip
def test_a_rival_sworn_off_or_the_only_vendor(text: str, expected: list[str]) -> None:
    assert codes([msg("2017-08-01T10:00", WARM), msg("2017-08-20T10:00", text)]) == expected


# --- pricing_objection ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The reporting pack is why we're here, but at that add-on price the bundle is poor value for three users.",
         ["pricing_objection"]),
        ("If you could take a decent slice off the total we'd be close.", ["pricing_objection"]),
        ("As quoted, I can't make the case to our board.", ["pricing_objection"]),
        ("The bundle is great value for three users. Send the order form.", []),
    ],
)  # fmt: skip
def test_value_for_money_and_the_case_inside(text: str, expected: list[str]) -> None:
    assert codes([msg("2017-08-01T10:00", WARM), msg("2017-08-20T10:00", text)]) == expected


# --- stakeholder_change --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since the merger closed, the group has appointed their own CFO, Arne Holt, in charge of all purchasing.",
         ["stakeholder_change"]),
        ("The sign-off is Arne's now, not mine; he'll want his own look at the file.", ["stakeholder_change"]),
        ("I've put our ops lead in charge of the rollout and training. I still sign.", []),
        ("We were bought by Holm Group last month; nothing changes for this project and I still sign.", []),
    ],
)  # fmt: skip
def test_someone_put_in_charge_of_buying(text: str, expected: list[str]) -> None:
    assert codes([msg("2017-08-01T10:00", WARM), msg("2017-08-20T10:00", text)]) == expected
