# Booth POS — the two commands of the README, plus helpers.
#   make run    create .venv, install, seed a demo database on first start, open the register
#   make test   same venv, whole suite, headless
#   make lint   ruff check, ruff format --check, mypy
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

QM     := resources/translations/booth_pos_en.qm

.PHONY: ime-check run test lint bench screenshots translations clean-venv

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
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not ime"

# the scanner typed at 5 ms a key into the real window under Xvfb with fcitx5 + Mozc (~90 s; docs/ime.md)
ime-check:
	@scripts/system-deps.sh ime
	@$(MAKE) --no-print-directory $(STAMP) $(QM)
	$(PY) -m pytest -q -m ime -p no:randomly

# ruff's rules, ruff's formatting (checked, not applied) and mypy (settings in pyproject.toml)
lint: $(STAMP)
	$(VENV)/bin/ruff check pos tests db benchmarks
	$(VENV)/bin/ruff format --check pos tests db benchmarks
	$(VENV)/bin/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

# after changing UI strings: refresh the .ts source, then translate what it lists as unfinished
translations: $(STAMP)
	$(PY) scripts/update_translations.py

clean-venv:
	rm -rf $(VENV)
