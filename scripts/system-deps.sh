#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Booth POS needs when they are missing.
#   system-deps.sh test   Qt offscreen libraries, poppler-utils (pdftoppm) for PDF checks,
#                         postgresql (the server binaries tests/pg starts on loopback)
#   system-deps.sh run    the above plus what a real X11 window needs
#   system-deps.sh ime    a real window under Xvfb with ibus + Mozc (make ime-check, docs/ime.md)
# As root it installs with apt-get; otherwise it prints the one command to run.
set -u
want=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 poppler-utils)
[ "${1:-test}" = "test" ] && want+=(postgresql cups printer-driver-cups-pdf)  # tests/test_cups_print.py
[ "${1:-test}" = "ime" ] && want+=(xvfb xdotool ibus ibus-mozc dbus)  # Mozc, through ibus-daemon
if [ "${1:-test}" = "run" ] || [ "${1:-test}" = "ime" ]; then
  want+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
         libxcb-render-util0 libxcb-image0 libxcb-xinerama0)
fi
# python3 -m venv needs Debian's python3-venv (ensurepip) on a bare machine
python3 -c 'import ensurepip, venv' 2>/dev/null || want+=(python3-venv)
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing we can check
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages. Run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
