"""A price tag as the label sheet prints it: plain data that `pos.services.labels` chooses and
`pos.reports.labels` draws (the services never import the reports)."""

from __future__ import annotations

from dataclasses import dataclass

from pos.domain.money import REDUCED_RATE


@dataclass(frozen=True)
class LabelItem:
    """One price tag: what the label prints (a product as of printing)."""

    code: str
    name: str
    price: int
    tax_rate: int
    workshop: str

    @property
    def reduced(self) -> bool:
        return self.tax_rate == REDUCED_RATE
