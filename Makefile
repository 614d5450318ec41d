# Roost developer tasks: run, test (SQLite + PostgreSQL), lint, lock, schema, migrations, bench, clean.
PYTHON ?= python3
VENV ?= .venv
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
BIN := $(VENV)/bin

.NOTPARALLEL:
.PHONY: run test test-sqlite test-postgres browser lint lock schema migrations bench clean messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Installs come from the hashed lock files only (requirements.lock: runtime; requirements-dev.lock:
# runtime + dev); the project itself is installed without resolving anything. Stamps reinstall
# only when a lock file changes. `make lock` refreshes both from pyproject.toml.
PIP_LOCKED := $(BIN)/pip install -q --disable-pip-version-check --require-hashes --no-deps
PIP_SELF := $(BIN)/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
LOCK_ARGS := --generate-hashes --universal --python-version 3.11 --quiet

$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(PIP_LOCKED) -r requirements.lock
	$(PIP_SELF)
	touch $@

$(VENV)/.installed-dev: requirements-dev.lock | $(BIN)/python
	$(PIP_LOCKED) -r requirements-dev.lock
	$(PIP_SELF)
	touch $@ $(VENV)/.installed

lock: | $(BIN)/python
	$(BIN)/pip install -q --disable-pip-version-check uv
	echo "setuptools>=68" | $(BIN)/uv pip compile - pyproject.toml $(LOCK_ARGS) -o requirements.lock
	echo "setuptools>=68" | $(BIN)/uv pip compile - pyproject.toml --extra dev $(LOCK_ARGS) \
		-o requirements-dev.lock

# The demo's e-mails link to the self-service page of this server (ROOST_PUBLIC_URL).
run: export ROOST_PUBLIC_URL ?= http://localhost:$(PORT)
run: $(VENV)/.installed
	ROOST_DEBUG=1 $(BIN)/roost migrate
	ROOST_DEBUG=1 $(BIN)/roost demo
	ROOST_DEBUG=1 exec $(BIN)/roost serve --host $(HOST) --port $(PORT)

# Whole suite twice, on SQLite and on a throwaway PostgreSQL, both halves at once (one per core):
# the SQLite half's output is kept in a file and shown after the PostgreSQL half's; the target
# fails when either half fails (exit code 5, nothing collected, fails too).
test: $(VENV)/.installed-dev browser
	@log=$$(mktemp); \
	$(MAKE) --no-print-directory test-sqlite >"$$log" 2>&1 & sqlite=$$!; \
	$(MAKE) --no-print-directory test-postgres; postgres=$$?; \
	wait $$sqlite; sqlite=$$?; \
	echo "== SQLite half (exit $$sqlite) =="; cat "$$log"; rm -f "$$log"; \
	echo "== PostgreSQL half: exit $$postgres; SQLite half: exit $$sqlite =="; \
	[ $$postgres -eq 0 ] && [ $$sqlite -eq 0 ]

test-sqlite: $(VENV)/.installed-dev browser
	env -u ROOST_TEST_DATABASE_URL -u ROOST_TEST_REDIS_URL $(BIN)/pytest -q $(PYTEST_ARGS)

# The PostgreSQL half also gets a throwaway Redis (pub/sub tests). redis-server is installed
# once, quietly, when missing and running as root; otherwise the Redis tests skip (and say why).
test-postgres: $(VENV)/.installed-dev browser
	@command -v redis-server >/dev/null 2>&1 || [ "$$(id -u)" -ne 0 ] || { \
		echo "installing redis-server (apt-get) for the pub/sub tests"; \
		apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends redis-server >/dev/null; }
	scripts/with-postgres.sh scripts/with-redis.sh $(BIN)/pytest -q $(PYTEST_ARGS)

# The browser tests (tests/test_browser.py) drive Debian's chromium with chromium-driver, installed
# once, quietly, when missing and running as root; otherwise they skip (and say why).
browser:
	@{ command -v chromium && command -v chromedriver; } >/dev/null 2>&1 || [ "$$(id -u)" -ne 0 ] || { \
		echo "installing chromium and chromium-driver (apt-get) for the browser tests"; \
		apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends chromium chromium-driver >/dev/null; }

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

schema: $(VENV)/.installed
	$(BIN)/roost export-schema > schema.graphql.tmp && mv schema.graphql.tmp schema.graphql

# makemigrations writes SQLite and PostgreSQL migrations; the latter needs a live database.
migrations: $(VENV)/.installed
	scripts/with-postgres.sh sh -c 'ROOST_DATABASE_URL=$$ROOST_TEST_DATABASE_URL $(BIN)/roost makemigrations'

# Every benchmark at its default size on a throwaway PostgreSQL (BENCH_ARGS="http --full": one,
# at full size; see bench/).
BENCH_ARGS ?=
bench: $(VENV)/.installed
	scripts/with-postgres.sh $(BIN)/python -m bench $(BENCH_ARGS)

# Message catalogues (roost/i18n.py): extract the N_() messages and the e-mail templates'
# {% trans %} sentences into messages.pot, merge them
# into the fr and de catalogues (then translate the new, empty entries), compile the .mo files.
# The .mo files are committed, so installs need no build step; a test checks they are current.
messages: $(VENV)/.installed-dev
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k translate_plural:1,2 -k _ -k gettext -k ngettext:1,2 --no-default-keywords \
		--no-location --sort-output --project Roost --version 0.1.0 -o roost/locale/messages.pot .
	$(BIN)/pybabel update -i roost/locale/messages.pot -d roost/locale -D messages \
		--ignore-obsolete --no-fuzzy-matching --ignore-pot-creation-date
	$(BIN)/pybabel compile -d roost/locale -D messages --statistics

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache build dist *.egg-info schema.graphql.tmp
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
