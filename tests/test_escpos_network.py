"""A receipt to an ESC/POS printer on the network (`pos receipt --printer tcp:HOST:PORT`), received by a
local listener on 127.0.0.1 standing in for the printer's raw port 9100; the captured bytes are checked
command by command: ESC @ (reset) first, the receipt as a GS v 0 raster image (Japanese drawn, so no
kanji mode is needed), GS V (cut) at the end."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

from pos.db.engine import Database
from pos.reports.receipt_escpos import WIDTH_80MM
from pos.services.register import Register
from tests.services.helpers import make_booth

ROOT = Path(__file__).resolve().parent.parent


class Listener:
    """A one-connection TCP server on 127.0.0.1 that keeps every byte it receives."""

    def __init__(self) -> None:
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.server.settimeout(60)
        self.port = self.server.getsockname()[1]
        self.data = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            conn.settimeout(30)
            while chunk := conn.recv(65536):
                self.data += chunk
        self.server.close()


def test_receipt_over_tcp_is_reset_raster_and_cut(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    sale = reg.checkout(cash_tendered=2000)
    listener = Listener()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pos",
            "--db",
            db.url.removeprefix("sqlite:///"),
            "receipt",
            "--sale",
            str(sale.id),
            "--printer",
            f"tcp:127.0.0.1:{listener.port}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "プリンタに送りました" in done.stdout
    listener.thread.join(timeout=30)
    out = listener.data
    assert out.startswith(b"\x1b@")  # ESC @ : the printer is reset before anything else
    raster = out.index(b"\x1dv0")  # GS v 0 : one raster bit image
    width_bytes = out[raster + 4] + 256 * out[raster + 5]
    height = out[raster + 6] + 256 * out[raster + 7]
    assert width_bytes == WIDTH_80MM // 8  # 576 dots: the 80 mm roll's printable width
    assert height > 200  # a whole receipt, not a line
    assert len(out) >= raster + 8 + width_bytes * height  # every row of the image arrived
    assert b"\x1dV" in out[-8:]  # GS V : cut at the end
    assert "食パン".encode("shift_jis") not in out and "食パン".encode() not in out  # text goes as an image


def test_an_unreachable_printer_is_a_clear_error(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.soap.id)
    sale = reg.checkout(cash_tendered=500)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pos",
            "--db",
            db.url.removeprefix("sqlite:///"),
            "receipt",
            "--sale",
            str(sale.id),
            "--printer",
            f"tcp:127.0.0.1:{port}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
