"""One customer thread for the risk class tests of the blind rounds: a rep, a customer at one account, an Engaging
deal, and the usual friendly opening before the line under test."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from agents.insights.risk import assess
from agents.insights.thread import DealFacts, Message


@dataclass(frozen=True)
class Thread:
    us: str
    them: str
    account: str
    now: str
    close: str
    asked: tuple[str, str]  # when and what the customer asked at the start
    answered: tuple[str, str]  # when and how we replied
    latest_at: str  # when the line under test arrives

    def msg(self, at: str, text: str, direction: str = "inbound", kind: str = "email") -> Message:
        return Message(
            datetime.fromisoformat(at), kind, direction, text, self.them if direction == "inbound" else self.us
        )

    def codes(self, messages: list[Message], now: str | None = None, close: str | None = None) -> list[str]:
        deal = DealFacts("Engaging", date.fromisoformat(close or self.close), self.account)
        return sorted(assess(deal, messages, date.fromisoformat(now or self.now)).codes)

    def latest(self, text: str, now: str | None = None, close: str | None = None) -> list[str]:
        """The friendly opening, our reply, then ``text`` from the customer."""
        opening = [self.msg(*self.asked), self.msg(*self.answered, "outbound")]
        return self.codes([*opening, self.msg(self.latest_at, text)], now, close)


# the threads two rounds each share: a warm quote request to Harrowfield, and an eager one to Halvorsen
HARROWFIELD = Thread(
    us="Imke Vos <imke.vos@ourteam.example>",
    them="Tobias Lindqvist <tobias.lindqvist@harrowfield.example>",
    account="Harrowfield",
    now="2017-06-20",
    close="2017-06-30",
    asked=("2017-06-01T10:00", "Imke, the warehouse leads enjoyed the walkthrough. Please send the quote."),
    answered=("2017-06-02T09:00", "Quote for four seats attached."),
    latest_at="2017-06-16T11:00",
)

HALVORSEN = Thread(
    us="Tomas Berg <tomas.berg@ourteam.example>",
    them="Lucia Ferro <lucia.ferro@halvorsen.example>",
    account="Halvorsen",
    now="2017-06-20",
    close="2017-08-31",
    asked=("2017-06-01T10:00", "Tomas, the team loved the walkthrough. Please send the quote, we're keen!"),
    answered=("2017-06-02T09:00", "Quote for five seats attached."),
    latest_at="2017-06-16T11:00",
)
