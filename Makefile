# make run: de conformiteitssuite tegen de ingebouwde referentie, met rapporten in rapport/
#           (resultaat.json, junit.xml, rapport.html; controleer met: .venv/bin/pwib rapport verifieer rapport/resultaat.json)
# make test: ruff, mypy en alle tests
# Beide maken eerst zelf een .venv met de vastgepinde afhankelijkheden (requirements.lock).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STEMPEL := $(VENV)/.pwib-geinstalleerd

.PHONY: run test lint serve bench mutatie clean

$(STEMPEL): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STEMPEL)

run: $(STEMPEL)
	$(BIN)/pwib conformance --report-dir rapport

lint: $(STEMPEL)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pwib lint features

test: lint
	$(BIN)/pytest

bench: $(STEMPEL)
	@command -v wrk >/dev/null || { echo "bench: wrk ontbreekt; installeer het met: apt-get install wrk"; exit 2; }
	$(BIN)/python -m bench.api
	$(BIN)/python -m bench.suite
	$(BIN)/python -m bench.last
	$(BIN)/python -m bench.soak

# make mutatie: de mutatietoets van reference/ (lang: ~4.000 mutanten); alleen wat veranderde:
#               make mutatie MUTATIE="--sinds main", of één module: make mutatie MUTATIE="--module vermogen"
mutatie: $(STEMPEL)
	nice -n 15 $(BIN)/python -m bench.mutatie $(MUTATIE)

serve: $(STEMPEL)
	$(BIN)/pwib serve --host 127.0.0.1 --port 8080

clean:
	rm -rf $(VENV) rapport .mypy_cache .ruff_cache .pytest_cache .hypothesis
