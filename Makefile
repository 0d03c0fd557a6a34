# Two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

# The first Python 3.12+ found on PATH or under pyenv.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 $$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python 2>/dev/null | sort -r); do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; done)

.PHONY: run test install lint typecheck check-python clean browsers

check-python:
	@if [ -z "$(PYTHON)" ]; then \
		echo "Amends needs Python 3.12 or newer (Django 6 requires it), and none was found."; \
		echo "Install one, for example: 'pyenv install 3.12' or 'apt-get install python3.12 python3.12-venv',"; \
		echo "then run make again (or point at it: make run PYTHON=/path/to/python3.12)."; \
		exit 1; fi

$(VENV)/.installed: pyproject.toml | check-python
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/amends migrate --no-input
	$(BIN)/amends load_program
	$(BIN)/amends demo
	@echo ""
	@echo "Amends is at http://127.0.0.1:8000 (press Ctrl+C to stop)."
	@echo "Reminder e-mails need the task worker: run '$(BIN)/amends worker' in another terminal."
	@# DEBUG off unless asked for (AMENDS_DEBUG=true): a mistyped address shows a calm page,
	@# not every address of the app. --insecure serves the static files all the same.
	AMENDS_DEBUG=$${AMENDS_DEBUG:-false} $(BIN)/amends runserver --insecure 127.0.0.1:8000

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy amends

clean:
	rm -rf $(VENV) var
