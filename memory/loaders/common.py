"""What every loader reports: rows written, rows refused (with line and reason), repairs made."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


@dataclass
class LoadReport:
    """The outcome of loading one kind of record from one source."""

    kind: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    repairs: Counter[str] = field(default_factory=Counter)
    suppressed: int = 0  # rows of people erased on request, skipped

    @property
    def accepted(self) -> int:
        return self.created + self.updated + self.unchanged

    def summary(self) -> str:
        line = (
            f"{self.kind}: {self.accepted} accepted ({self.created} new, {self.updated} updated, "
            f"{self.unchanged} unchanged), {len(self.errors)} rejected"
        )
        if self.suppressed:
            line += f", {self.suppressed} skipped (erased on request; on the suppression list)"
        return line

    def repair_lines(self) -> list[str]:
        return [f"{what}: {count} row(s)" for what, count in sorted(self.repairs.items())]

    def error_lines(self) -> list[str]:
        return [f"line {e.line}: {e.message}" for e in self.errors]


def changed_fields(current: object, values: dict[str, object]) -> dict[str, object]:
    """The subset of ``values`` that differs from the attributes of ``current``."""
    return {k: v for k, v in values.items() if getattr(current, k) != v}
