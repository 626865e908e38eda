"""Risk classes the 58th blind set showed the engine missing: a fix that traded one failure for a worse one, mocked
on a call (a review score as a clause of its own, a nickname the failure earned what we sold); and a rival's name
that is only a tool another team of theirs uses for another job, fenced off from this purchase. Each has hard
negatives in the same words."""

from __future__ import annotations

from agents.insights.sentiment import sentence_score
from agents.insights.tone_failure_forms import worsened
from tests.unit.risk_threads import HARROWFIELD

THREAD = HARROWFIELD  # a warm quote request; the deal closes 2017-06-30, now is 2017-06-20
latest = THREAD.latest


def call(*lines: str) -> list[str]:
    """The warm opening, our reply, a courteous report of a glitch, our promise of a fix, then their call to us."""
    messages = [
        THREAD.msg(*THREAD.asked),
        THREAD.msg(*THREAD.answered, "outbound"),
        THREAD.msg("2017-06-08T10:00", "Imke, the scanner app lagged a few times on the pilot, could support look?"),
        THREAD.msg("2017-06-09T09:00", "Sorry Tobias, a patch goes out on Monday.", "outbound"),
        THREAD.msg("2017-06-16T11:00", "\n".join(lines), kind="call_transcript"),
    ]
    return THREAD.codes(messages)


# --- a failure traded for a worse one, mocked on a call --------------------------------------------------------------


def test_a_patch_that_freezes_instead_of_lagging_mocked_with_a_score_is_a_drop() -> None:
    codes = call(
        "Tobias: Morning Imke. So, Monday's patch. The scanner app now freezes instead of just lagging."
        " Lovely patch, honestly, five stars.",
        "Imke: I'm sorry, Tobias.",
        "Tobias: Right. I've no idea what I tell the warehouse leads.",
    )
    assert codes == ["sentiment_drop"]


def test_a_nickname_the_broken_import_earned_is_a_drop() -> None:
    codes = call(
        "Tobias: Hi Imke. The re-run overwrites our stock counts instead of skipping them.",
        "Imke: Oh no.",
        "Tobias: Yes. The pickers have started calling it the number blender.",
    )
    assert codes == ["sentiment_drop"]


def test_a_failure_traded_for_a_worse_one_is_worse() -> None:
    assert worsened("The sync now wipes the rota instead of duplicating it.")
    assert worsened("Since the update it crashes instead of merely freezing.")


def test_a_failure_traded_for_a_remedy_is_no_worse() -> None:
    assert not worsened("Since the patch it now logs the timeout instead of crashing.")
    assert not worsened("It now deletes old drafts instead of archiving them, as we asked.")


def test_a_patch_that_retries_instead_of_failing_on_a_call_is_no_drop() -> None:
    codes = call(
        "Tobias: Morning Imke. The patch works now: the app retries instead of failing. Lovely patch, five stars.",
        "Imke: Great to hear.",
        "Tobias: The warehouse leads are happy.",
    )
    assert codes == []


def test_a_score_given_to_a_person_beside_a_failure_is_no_sarcasm() -> None:
    assert sentence_score("We gave your trainer ten out of ten last week.", failure_context=True)[1] is False


def test_a_fond_nickname_with_no_failure_is_no_drop() -> None:
    codes = call(
        "Tobias: Hi Imke. The patch works now, the scanners are quick again.",
        "Imke: Glad to hear it.",
        "Tobias: The pickers have started calling it the rocket.",
    )
    assert codes == []


def test_calling_someone_beside_a_failure_is_no_nickname() -> None:
    sentence = "We've been calling the helpdesk a lot."
    assert sentence_score(sentence, failure_context=True)[1] is False


# --- a rival that is only another team's tool for another job --------------------------------------------------------


def test_another_team_running_a_rival_for_another_job_is_no_competitor() -> None:
    text = "Also, our events people run Brightwave for ticketing too, but that's a separate team and unrelated to this."
    assert latest(text) == []


def test_a_rival_another_department_uses_fenced_off_from_the_deal_is_no_competitor() -> None:
    assert latest("Lumora is what the finance team uses for expenses, as well; nothing to do with this project.") == []


def test_another_team_using_a_rival_that_wants_it_compared_is_a_competitor() -> None:
    text = "Our marketing team uses Lumora and they want us to compare it with you for this project."
    assert latest(text) == ["competitor_mentioned"]


def test_a_fence_around_another_team_while_trialling_a_rival_is_a_competitor() -> None:
    text = "It has nothing to do with the other team: we are trialling Stackline ourselves for this."
    assert latest(text) == ["competitor_mentioned"]


def test_another_team_pushing_its_rival_for_this_purchase_is_a_competitor() -> None:
    text = "Our ops people use Stackline and want us to consider it for this purchase too."
    assert latest(text) == ["competitor_mentioned"]
