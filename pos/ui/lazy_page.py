"""A tab page whose content is built the first time it is asked for.

The window's tabs, the report sub-tabs, the stock tab's check-in and stock view, and the master-data
panels are built only when first shown, so the register comes up sooner and a page appears with only
what is looked at. The owner asks for the content when the page becomes current (`content()`); code and
tests that need it earlier ask the same way and get it built then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyPage(QWidget, Generic[W]):
    """An empty page until `content()` builds what `factory` makes and puts it in."""

    def __init__(self, factory: Callable[[], W]) -> None:
        super().__init__()
        self._factory = factory
        self.built: W | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def content(self) -> W:
        if self.built is None:
            self.built = self._factory()
            self.layout().addWidget(self.built)
        return self.built
