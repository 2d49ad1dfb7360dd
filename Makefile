# make run: de conformiteitssuite tegen de ingebouwde referentie, met rapporten in rapport/
#           (resultaat.json, junit.xml, rapport.html; controleer met: .venv/bin/pwib rapport verifieer rapport/resultaat.json)
# make test: ruff, mypy en alle tests
# Beide maken eerst zelf een .venv met de vastgepinde afhankelijkheden: make run alleen de runtime-set
# (requirements.lock), make lint en make test ook de ontwikkelset (requirements-dev.lock).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.pwib-runtime
STEMPEL := $(VENV)/.pwib-geinstalleerd
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: run test lint serve bench mutatie clean suitehash

$(RUNTIME): requirements.lock pyproject.toml setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements.lock
	$(PIP) --no-deps -e .
	touch $(RUNTIME)

$(STEMPEL): $(RUNTIME) requirements-dev.lock
	$(PIP) -r requirements-dev.lock
	touch $(STEMPEL)

run: $(RUNTIME)
	$(BIN)/pwib conformance --report-dir rapport

lint: $(STEMPEL)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pwib lint features
	$(BIN)/pwib fmt --check features
	$(BIN)/hadolint Dockerfile

test: lint
	$(BIN)/pytest

bench: $(STEMPEL)
	@command -v wrk >/dev/null || { echo "bench: wrk ontbreekt; installeer het met: apt-get install wrk"; exit 2; }
	$(BIN)/python -m bench.api
	$(BIN)/python -m bench.suite
	$(BIN)/python -m bench.aanvallen
	$(BIN)/python -m bench.last
	$(BIN)/python -m bench.soak
	$(BIN)/python -m bench.invoerbestanden
	$(BIN)/python -m bench.vergelijk

# bij een release (en na elke bedoelde verandering aan features, contract, fixtures of zinnen):
# zet de inhoudshash van de suite bij haar versie in conformance/suitehashes.json
suitehash: $(STEMPEL)
	$(BIN)/python -m conformance.oordelen.certificering

# make mutatie: de mutatietoets van reference/ (lang: ~4.000 mutanten); alleen wat veranderde:
#               make mutatie MUTATIE="--sinds main", of één module: make mutatie MUTATIE="--module vermogen"
mutatie: $(STEMPEL)
	nice -n 15 $(BIN)/python -m bench.mutatie $(MUTATIE)

serve: $(RUNTIME)
	$(BIN)/pwib serve --host 127.0.0.1 --port 8080

clean:
	rm -rf $(VENV) rapport .mypy_cache .ruff_cache .pytest_cache .hypothesis
