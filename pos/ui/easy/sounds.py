"""Sounds of かんたんレジ: a rising chime for success, a low double tone for an error; switchable.

The tones are made here as small WAV files (no recorded sound is shipped) and played with Qt
Multimedia where the system has it (it needs the PulseAudio/PipeWire client library on Linux);
otherwise the system beep stands in for both. `played` keeps what was asked, for tests and for a
volunteer checking the setting.
"""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QApplication

RATE = 22_050
SETTING = "easy/sounds"
TONES = {"success": ((660, 0.09), (880, 0.09), (1320, 0.16)), "error": ((220, 0.16), (0, 0.05), (196, 0.22))}


def _write_wav(path: Path, tones: tuple[tuple[int, float], ...]) -> None:
    frames = bytearray()
    for freq, seconds in tones:
        n = int(RATE * seconds)
        for i in range(n):
            fade = min(1.0, i / 200, (n - i) / 200)
            value = 0 if freq == 0 else int(9000 * fade * math.sin(2 * math.pi * freq * i / RATE))
            frames += struct.pack("<h", value)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


class Sounds:
    def __init__(self) -> None:
        self.played: list[str] = []
        self._effects: dict[str, object] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # no audio library on this system: the beep stands in
            return
        folder = Path(tempfile.mkdtemp(prefix="booth-pos-sounds-"))
        for name, tones in TONES.items():
            path = folder / f"{name}.wav"
            _write_wav(path, tones)
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[name] = effect

    @property
    def enabled(self) -> bool:
        return bool(QSettings().value(SETTING, True, type=bool))

    @enabled.setter
    def enabled(self, on: bool) -> None:
        QSettings().setValue(SETTING, on)

    def play(self, name: str) -> None:
        if not self.enabled:
            return
        self.played.append(name)
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]  # QSoundEffect, imported only where available
        else:
            QApplication.beep()
