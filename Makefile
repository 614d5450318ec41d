# Roost developer tasks: run, test (SQLite + PostgreSQL), lint, schema, migrations, bench, clean.
PYTHON ?= python3
VENV ?= .venv
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
BIN := $(VENV)/bin

.NOTPARALLEL:
.PHONY: run test test-sqlite test-postgres lint schema migrations bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamps: reinstall only when pyproject.toml is newer. Dev extras include the base install.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e '.[dev]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	ROOST_DEBUG=1 $(BIN)/roost migrate
	ROOST_DEBUG=1 $(BIN)/roost demo
	ROOST_DEBUG=1 exec $(BIN)/roost serve --host $(HOST) --port $(PORT)

# Whole suite twice: SQLite first, then a throwaway PostgreSQL. Exit code 5 (nothing collected) fails.
test: test-sqlite test-postgres

test-sqlite: $(VENV)/.installed-dev
	env -u ROOST_TEST_DATABASE_URL -u ROOST_TEST_REDIS_URL $(BIN)/pytest -q $(PYTEST_ARGS)

# The PostgreSQL half also gets a throwaway Redis (pub/sub tests). redis-server is installed
# once, quietly, when missing and running as root; otherwise the Redis tests skip (and say why).
test-postgres: $(VENV)/.installed-dev
	@command -v redis-server >/dev/null 2>&1 || [ "$$(id -u)" -ne 0 ] || { \
		echo "installing redis-server (apt-get) for the pub/sub tests"; \
		apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends redis-server >/dev/null; }
	scripts/with-postgres.sh scripts/with-redis.sh $(BIN)/pytest -q $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

schema: $(VENV)/.installed
	$(BIN)/roost export-schema > schema.graphql.tmp && mv schema.graphql.tmp schema.graphql

# makemigrations writes SQLite and PostgreSQL migrations; the latter needs a live database.
migrations: $(VENV)/.installed
	scripts/with-postgres.sh sh -c 'ROOST_DATABASE_URL=$$ROOST_TEST_DATABASE_URL $(BIN)/roost makemigrations'

bench: $(VENV)/.installed
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache build dist *.egg-info schema.graphql.tmp
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
