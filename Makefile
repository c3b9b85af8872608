# One command for each job. `make check` is what CI runs (.ci/run).
VENV ?= .venv
BIN := $(VENV)/bin
VENDOR := src/duban/web/static/vendor

.PHONY: setup system demo-packages lint test test-postgres check bench demo

setup: $(VENV)/.installed $(VENDOR)/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

# htmx and ECharts come from npm (package-lock.json) and are copied into the static folder, never committed.
$(VENDOR)/.installed: package-lock.json scripts/frontend.sh
	bash scripts/frontend.sh
	touch $@

system:
	bash scripts/system-packages.sh

# On a stock Debian machine: python3-venv, npm and a Chinese font for the charts, installed when missing.
demo-packages:
	bash scripts/demo-packages.sh

demo: demo-packages setup
	$(BIN)/duban demo

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DUBAN_SECRET_KEY=lint-only DJANGO_SETTINGS_MODULE=duban.web.settings $(BIN)/django-admin makemigrations --check --dry-run

# pytest-xdist: one worker per core; a test file stays on one worker, so its module fixtures are built once.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL := -n $(PYTEST_WORKERS) --dist loadfile

test: setup
	$(BIN)/pytest $(PYTEST_PARALLEL)

test-postgres: setup
	bash scripts/with-postgres.sh $(BIN)/pytest -m db $(PYTEST_PARALLEL)

# Each stage in turn, with its wall and CPU time printed after it and all of them at the end.
check:
	bash scripts/stages.sh system setup lint test test-postgres

bench: setup
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done
