# Vetted — two commands on a fresh machine:
#   make run    create the venv if missing, install, build the index if missing or stale, start the app
#   make test   the same install, then the whole test suite (what CI runs)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test install index browser evals bench clean

run: install index
	$(BIN)/vetted serve

test: install browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install -c constraints.txt torch==2.13.0
	$(PIP) install -c constraints.txt -e ".[test]"
	touch $(STAMP)

index: install
	@$(BIN)/vetted index status >/dev/null 2>&1 || $(BIN)/vetted index build

# Browser tests drive Debian's Chromium with its own driver (no browser downloads).
browser:
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
	  { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) || \
	    echo "warning: could not install chromium; browser tests will fail" >&2; }

evals: install index
	$(BIN)/vetted eval

bench: install index
	$(BIN)/python -m bench.speed

clean:
	rm -rf $(VENV) index/store
