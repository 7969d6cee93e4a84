"""The PySide6 interface: windows, widgets and Qt models. Talks to `pos.services` only."""
