# Booth POS — the two commands of the README, plus helpers.
#   make run    create .venv, install, seed a demo database on first start, open the register
#   make test   same venv, whole suite, headless
#   make lint   ruff check, ruff format --check, mypy
#   make dist   the self-contained one-folder app in dist/booth-pos/ (PyInstaller, docs/distribution.md)
#   make dist-check   build it if missing or older than the sources, then run it offscreen (tests/test_dist.py)
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

QM     := resources/translations/booth_pos_en.qm

DIST_STAMP := $(VENV)/.dist-stamp
DIST_APP   := dist/booth-pos/booth-pos
# what goes into the app: a change to any of these makes `make dist` build again
DIST_SOURCES := $(shell find pos db resources packaging -type f -not -path '*/__pycache__/*')

.PHONY: run test lint bench screenshots translations clean-venv dist dist-check ime-check x-scan-check

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

$(QM): resources/translations/booth_pos_en.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run:
	@scripts/system-deps.sh run
	@$(MAKE) --no-print-directory $(STAMP) $(QM)
	$(PY) -m pos --seed-demo-if-new

test:
	@scripts/system-deps.sh test
	@$(MAKE) --no-print-directory $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# the scanner typed at 5 ms a key into the real window under Xvfb with ibus + Mozc in ひらがな (~15 s; docs/ime.md)
x-scan-check: $(STAMP) $(QM)
	@command -v xvfb-run >/dev/null && command -v xdotool >/dev/null || { echo "needs: apt-get install xvfb xdotool"; exit 77; }
	xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb $(PY) scripts/x_scan_check.py

ime-check:
	@scripts/system-deps.sh ime
	@$(MAKE) --no-print-directory $(STAMP) $(QM)
	$(PY) -m pytest -q -m ime -p no:randomly

# ruff's rules, ruff's formatting (checked, not applied) and mypy (settings in pyproject.toml)
lint: $(STAMP)
	$(VENV)/bin/ruff check pos tests db benchmarks scripts
	$(VENV)/bin/ruff format --check pos tests db benchmarks scripts
	$(VENV)/bin/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

# after changing UI strings: refresh the .ts source, then translate what it lists as unfinished
translations: $(STAMP)
	$(PY) scripts/update_translations.py

# the `dist` extra (PyInstaller and what the app uses when present) into the same venv
$(DIST_STAMP): $(STAMP) pyproject.toml constraints.txt
	$(PY) -m pip install -q -c constraints.txt -e '.[test,dist]'
	touch $@

$(DIST_APP): $(DIST_STAMP) $(QM) $(DIST_SOURCES) pyproject.toml constraints.txt
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
		packaging/booth_pos.spec
	touch $@

dist: $(DIST_APP)
	@echo "built dist/booth-pos/ ($$(du -sh dist/booth-pos | cut -f1)); try it: $(DIST_APP) --self-check --db /tmp/new.db"

# the built app, offscreen, on a fresh data folder in a clean environment: one sale, the CLI verbs
dist-check: $(DIST_APP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:randomly -m dist tests/test_dist.py

clean-venv:
	rm -rf $(VENV)
