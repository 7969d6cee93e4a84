"""A scanner typing into the register while a real Japanese input method (ibus + Mozc, ひらがな) is on.

    .venv/bin/python scripts/ime_scan_check.py [--json OUT.json]

Starts, in a private HOME and on a private display: Xvfb, a D-Bus session bus, ibus-daemon with the
`mozc-jp` engine (Mozc's `active_on_launch: True`, so it starts in ひらがな), then the app's register
window on the real xcb platform with QT_IM_MODULE=ibus (PySide6's own Qt ibus input-context plugin,
talking to ibus-daemon over D-Bus), next to a plain line edit with the input method on, as a control.
xdotool types at scanner speed (5 ms a key) and the app writes what arrived after each step:

1. `p0003`⏎ into the scan field (スキャン mode)            → the cart gets P0003
2. `ka`⏎ into the control field                         → 「か」: proof that Mozc is attached and in ひらがな
3. `P0002`⏎ into the scan field, Mozc still in ひらがな    → the cart gets P0002
4. F1 (検索 mode), `kenn`⏎ ⏎                               → Mozc composes 「けん」, the one result is added
5. `p0001`⏎ (back in スキャン after the search)            → the cart gets P0001

Mozc refuses to run as root (mozc_server exits at once: base/run_level.cc denies euid 0) and
ibus-daemon only takes clients of its own user, so when this runs as root every process of the session
(Xvfb, D-Bus, ibus, the app, xdotool) runs as an unprivileged user (`nobody`, or $IME_CHECK_USER); the
app then needs a Python that user can run (the venv's, else the system's python3.X of the same version
with the venv's site-packages on PYTHONPATH). Exit status 0 when every step arrived as above, 1 when
not, 77 when a tool is missing (the pytest marked `ime` then fails, saying which). docs/ime.md has
the results.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ("Xvfb", "xdotool", "ibus-daemon", "ibus", "dbus-daemon")
MOZC_COMPONENT = Path("/usr/share/ibus/component/mozc.xml")  # Debian's ibus-mozc
MARK = "BOOTH_IME_CHECK"  # in every process's environment: what to stop at the end (mozc_server too)
MOZC_CONFIG = """engines {
  name : "mozc-jp"
  longname : "Mozc"
  layout : "default"
  layout_variant : ""
  layout_option : ""
  rank : 80
}
active_on_launch: True
"""
EXPECTED_CART = ["手作り石けん×2", "クッキー×1", "食パン詰め合わせ×1"]


def missing_tools() -> list[str]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if not MOZC_COMPONENT.exists():
        missing.append("ibus-mozc")
    return missing


# -- the app side: the register on a fresh demo booth, plus a control field with the IME on --------------
def app_main(out: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    from pos.db.engine import open_database
    from pos.ui.app import create_application
    from pos.ui.register_screen import RegisterScreen
    from tests.services.helpers import make_booth

    app = create_application("ja")
    db = open_database(str(out.with_suffix(".db")))
    booth = make_booth(db)
    window = QWidget()
    layout = QVBoxLayout(window)
    control = QLineEdit()
    control.setObjectName("control")
    layout.addWidget(control)
    screen = RegisterScreen(db, booth.day.id)
    layout.addWidget(screen)
    window.resize(1200, 800)
    window.setWindowTitle("ime-scan-check")
    window.show()
    screen.focus_scan()

    def centre(widget: QWidget) -> list[int]:
        point = widget.mapToGlobal(widget.rect().center())
        return [point.x(), point.y()]

    ticks: list[int] = []

    def dump() -> None:
        model = screen.cart_model
        cart = [f"{model.line(r).item.name}×{model.line(r).quantity}" for r in range(model.rowCount())]
        focus = QApplication.focusWidget()
        state: dict[str, Any] = {
            "cart": cart,
            "control_text": control.text(),
            "scan_field": screen.scan.text(),
            "results": [screen.results.item(i).text() for i in range(screen.results.count())]
            if screen.results.isVisible()
            else [],
            "mode": screen.mode_button.text(),
            "message": screen.message.text(),
            "focus": focus.objectName() if focus else None,
            "at": {"scan": centre(screen.scan), "control": centre(control)},
        }
        ticks.append(1)
        state["tick"] = len(ticks)  # the driver sees the app is alive, not only a file that stopped changing
        tmp = out.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, ensure_ascii=False))
        tmp.replace(out)

    timer = QTimer()
    timer.timeout.connect(dump)
    timer.start(100)
    return app.exec()


# -- the driver -----------------------------------------------------------------------------------------
class Session:
    """The processes of one check, run as `user` (None: as whoever runs this)."""

    def __init__(self, home: Path, user: pwd.struct_passwd | None) -> None:
        self.home, self.user = home, user
        self.procs: list[subprocess.Popen[Any]] = []
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "DBUS_", "IBUS_"))}
        self.env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(home / "run"),
            LANG="C.UTF-8",
            NO_AT_BRIDGE="1",  # no accessibility bus for ibus's GTK helpers
            **{MARK: str(home)},
        )
        self.env.pop("DISPLAY", None)
        if user:
            self.env.update(USER=user.pw_name, LOGNAME=user.pw_name)

    def _as_user(self) -> dict[str, Any]:
        if not self.user:
            return {}
        return {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}

    def spawn(self, args: list[str], log: str, env: dict[str, str] | None = None, **kw: Any) -> subprocess.Popen[Any]:
        out = open(self.home / log, "w")  # noqa: SIM115  # closed with the process
        proc = subprocess.Popen(
            args,
            env=env or self.env,
            stdout=kw.pop("stdout", out),
            stderr=out,
            start_new_session=True,
            **self._as_user(),
            **kw,
        )
        self.procs.append(proc)
        return proc

    def run(self, *args: str, timeout: float = 30) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=timeout, **self._as_user())
        return done.stdout.strip()

    def stop(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for pid in self.leftover_pids():  # started by ibus or Mozc on our behalf (mozc_server, ibus-x11 …)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    def leftover_pids(self, name: str = "") -> list[int]:
        found = []
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                environ = (proc / "environ").read_bytes().split(b"\0")
                comm = (proc / "comm").read_text().strip()
            except OSError:
                continue
            if f"{MARK}={self.home}".encode() in environ and name in comm:
                found.append(int(proc.name))
        return found


def ime_user() -> pwd.struct_passwd | None:
    """Mozc will not run as root: then the whole session runs as an unprivileged user."""
    if os.geteuid() != 0:
        return None
    return pwd.getpwnam(os.environ.get("IME_CHECK_USER", "nobody"))


def app_python(session: Session) -> tuple[list[str], dict[str, str]]:
    """A Python the session's user can start the app with: ours, else the system's of the same version."""
    probe = "import PySide6.QtWidgets, sqlalchemy, pos"
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    try:
        subprocess.run(
            [sys.executable, "-c", probe],
            env={**session.env, **env},
            check=True,
            capture_output=True,
            timeout=60,
            **session._as_user(),
        )
        return [sys.executable], env
    except (subprocess.CalledProcessError, PermissionError, OSError):
        pass  # e.g. a venv whose interpreter lives under /root
    paths = sysconfig.get_paths()
    env = {"PYTHONPATH": os.pathsep.join(dict.fromkeys([paths["purelib"], paths["platlib"], str(ROOT)]))}
    system = shutil.which(f"python{sys.version_info.major}.{sys.version_info.minor}", path="/usr/bin:/usr/local/bin")
    if system:
        done = subprocess.run(
            [system, "-c", probe],
            env={**session.env, **env},
            capture_output=True,
            text=True,
            timeout=60,
            **session._as_user(),
        )
        if done.returncode == 0:
            return [system], env
    raise RuntimeError(f"no Python that {session.user.pw_name if session.user else 'this user'} can run the app with")


def wait_for(predicate: Any, seconds: float, step: float = 0.2) -> float | None:
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if predicate():
            return round(time.monotonic() - start, 1)
        time.sleep(step)
    return None


def settled(out: Path, quiet: float = 0.6, most: float = 10) -> dict[str, Any]:
    """What the app shows once it has stopped changing for `quiet` seconds of its own ticks (a loaded
    machine only makes this slower, not wrong), at most `most` seconds."""
    start = time.monotonic()
    last: dict[str, Any] = {}
    since, since_tick = start, 0
    while time.monotonic() - start < most:
        time.sleep(0.1)
        state = json.loads(out.read_text())
        tick = state.pop("tick")
        state.pop("at")
        if state != last:
            last, since, since_tick = state, time.monotonic(), tick
        elif time.monotonic() - since >= quiet and tick - since_tick >= 4:
            break
    return last


def check(report: Path | None) -> int:
    missing = missing_tools()
    if missing:
        print("missing: " + " ".join(missing), file=sys.stderr)
        return 77
    started = time.monotonic()
    home = Path(tempfile.mkdtemp(prefix="ime-check-"))
    user = ime_user()
    (home / ".config" / "mozc").mkdir(parents=True)
    (home / ".config" / "mozc" / "ibus_config.textproto").write_text(MOZC_CONFIG)
    (home / "run").mkdir(mode=0o700)
    home.chmod(0o755)
    if user:
        for path in [home, *home.rglob("*")]:
            os.chown(path, user.pw_uid, user.pw_gid)
    session = Session(home, user)
    result: dict[str, Any] = {"user": user.pw_name if user else None, "steps": []}
    out = home / "arrived.json"
    try:
        # X server: Xvfb picks a free display and tells it through a pipe
        read_fd, write_fd = os.pipe()
        session.spawn(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            "xvfb.log",
            pass_fds=(write_fd,),
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = ":" + pipe.readline().strip()
        session.env["DISPLAY"] = display
        # D-Bus session bus, then ibus-daemon on it
        bus = session.spawn(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"], "dbus.log", stdout=subprocess.PIPE, text=True
        )
        assert bus.stdout is not None
        session.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        session.spawn(
            ["ibus-daemon", "--replace", "--panel=disable", "--emoji-extension=disable", "--verbose"], "ibus.log"
        )
        bus_files = home / ".config" / "ibus" / "bus"
        result["ibus_up_after_s"] = wait_for(
            lambda: any("IBUS_ADDRESS=unix" in f.read_text() for f in bus_files.glob(f"*-unix-{display[1:]}")), 20
        )
        session.run("ibus", "engine", "mozc-jp")
        result["ibus_engine"] = session.run("ibus", "engine")
        result["mozc_server_after_s"] = wait_for(lambda: session.leftover_pids("mozc_server"), 30)
        # the app
        python, app_env = app_python(session)
        result["app_python"] = python[0]
        session.spawn(
            [*python, __file__, "--app", str(out)],
            "app.log",
            env={
                **session.env,
                **app_env,
                "QT_IM_MODULE": "ibus",
                "QT_QPA_PLATFORM": "xcb",
                "QT_LOGGING_RULES": "qt.qpa.input.methods=true",
                "LANG": "ja_JP.UTF-8",
            },
        )
        result["app_up_after_s"] = wait_for(out.exists, 60)
        window = session.run("xdotool", "search", "--sync", "--name", "ime-scan-check", timeout=30).split()
        session.run("xdotool", "windowfocus", "--sync", window[0])
        time.sleep(0.5)

        def step(typed: str, into: str, mode: str, keys: list[list[str]], click: str | None = None) -> dict[str, Any]:
            if click:
                x, y = json.loads(out.read_text())["at"][click]
                session.run("xdotool", "mousemove", str(x), str(y), "click", "1")
                time.sleep(0.3)
            for key in keys:
                if key[0] == "type":
                    session.run("xdotool", "type", "--delay", "5", key[1])
                else:
                    session.run("xdotool", "key", "--delay", "5", *key[1:])
            arrived = settled(out)
            row = {"typed": typed, "into": into, "mode": mode, "arrived": arrived}
            result["steps"].append(row)
            return arrived

        step("p0003⏎", "scan field", "スキャン, Mozc ひらがな", [["type", "p0003"], ["key", "Return"]])
        step("ka⏎", "control field (IME on)", "Mozc ひらがな", [["type", "ka"], ["key", "Return"]], click="control")
        step(
            "P0002⏎",
            "scan field (clicked)",
            "スキャン, Mozc ひらがな",
            [["type", "P0002"], ["key", "Return"]],
            click="scan",
        )
        step("F1 kenn⏎", "scan field", "検索 (F1), Mozc ひらがな", [["key", "F1"], ["type", "kenn"], ["key", "Return"]])
        step("⏎", "scan field", "検索, the one result", [["key", "Return"]])
        step("p0001⏎", "scan field", "スキャン again, Mozc ひらがな", [["type", "p0001"], ["key", "Return"]])
        app_log = (home / "app.log").read_text()
        result["ibus_bus_connected"] = ">>>> bus connected!" in app_log
        # the widgets Qt focused in the ibus input context (it logs only those accepting the IME when focused;
        # the scan field switched to 検索 while focused is told by an update, not a focus change)
        result["ime_focus_objects"] = [
            line.split("name = ")[1].strip('")')
            for line in app_log.splitlines()
            if "setFocusObject" in line and "name = " in line
        ]
        result["ime_attached"] = result["steps"][1]["arrived"]["control_text"] == "か"
        result["ibus_log_tail"] = (home / "ibus.log").read_text()[-1000:]
    except Exception as exc:  # reported with what was found so far
        result["error"] = f"{type(exc).__name__}: {exc}"
        for log in ("app.log", "ibus.log", "xvfb.log"):
            if (home / log).exists():
                result[f"{log}_tail"] = (home / log).read_text()[-2000:]
    finally:
        session.stop()
        if not os.environ.get("IME_CHECK_KEEP"):
            shutil.rmtree(home, ignore_errors=True)
        else:
            print("kept", home, file=sys.stderr)
    result["seconds"] = round(time.monotonic() - started, 1)
    text = json.dumps(result, ensure_ascii=False, indent=2)
    if report:
        report.write_text(text)
    print(text)
    steps = result["steps"]
    ok = result.get("ime_attached") and len(steps) == 6 and steps[-1]["arrived"]["cart"] == EXPECTED_CART
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--app", metavar="OUT", help=argparse.SUPPRESS)
    parser.add_argument("--json", metavar="OUT.json", help="also write the findings here")
    args = parser.parse_args()
    if args.app:
        return app_main(Path(args.app))
    return check(Path(args.json) if args.json else None)


if __name__ == "__main__":
    sys.exit(main())
