"""Elke vergissing van een tester eindigt in één Nederlandse melding met bestand:regel en een voorstel.

Nooit een Python-uitzondering of een pytest-melding: de run controleert de gekozen features vooraf
(`pwib lint`) en begint niet als er iets mis is (exitcode 2).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server import PWIB

STAPPEN = """# language: nl
@M04
Functionaliteit: Vergissingen in stappen

  @M04-901
  Scenario: De eerste stap past nergens op
    Gegeven de maan is van kaas
    En de peildatum is 2026-03-15
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 0,00 vrijgelaten

  @M04-902
  Scenario: Een latere stap past nergens op
    Gegeven de peildatum is 2026-03-15
    Als de giftenvrijlating wordt beoordeeld
    Dan is vrijgelaten € 0,00

  @M04-903
  Scenario: Een bedrag met een decimale punt in een zin
    Gegeven de peildatum is 2026-03-15
    En de belanghebbende ontvangt in de maand € 200.00 aan giften
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 0,00 vrijgelaten

  @M04-904
  Scenario: Een datum als dag-maand-jaar in een zin
    Gegeven de peildatum is 01-05-2026
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 0,00 vrijgelaten
"""

ENGELS = """# language: nl
@M04
Functionaliteit: Trefwoorden uit een Engelstalig project

  @M04-905
  Scenario Outline: Een gift
    Gegeven de peildatum is 2026-03-15
    When de giftenvrijlating wordt beoordeeld
    Dan is € 0,00 vrijgelaten
"""

TAGS = """# language: nl
Functionaliteit: Tags die ontbreken of dubbel zijn

  @M04-906
  Scenario: Zonder maatregeltag
    Gegeven de peildatum is 2026-03-15
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 0,00 vrijgelaten

  @M04 @M04-901
  Scenario: Met een id dat al bestaat
    Gegeven de peildatum is 2026-03-15
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 0,00 vrijgelaten
"""


def _features(map_: Path) -> Path:
    features = map_ / "features"
    features.mkdir()
    for naam, tekst in (("M04-stappen", STAPPEN), ("M04-engels", ENGELS), ("M04-tags", TAGS)):
        (features / f"{naam}.feature").write_text(tekst, "utf-8")
    return features


def _pwib(*args: str, features: Path | None = None, cwd: Path | None = None,
          voorvoegsel: tuple[str, ...] = (str(PWIB),)) -> subprocess.CompletedProcess[str]:
    omgeving = {**os.environ, **({"PWIB_FEATURES": str(features)} if features else {})}
    return subprocess.run([*voorvoegsel, *args], capture_output=True, text=True, timeout=300, check=False,
                          env=omgeving, cwd=cwd)


@pytest.fixture(scope="module")
def run_met_fouten(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    map_ = tmp_path_factory.mktemp("testerfouten")
    return _pwib("conformance", "--report-dir", str(map_ / "rapport"), features=_features(map_), cwd=map_), map_


MELDINGEN = {
    "een onbekende eerste stap": "features/M04-stappen.feature:7: geen stap past op 'Gegeven de maan is van kaas'",
    "een onbekende latere stap": ("features/M04-stappen.feature:16: geen stap past op 'Dan is vrijgelaten € 0,00' "
                                  "[stap]\n    bedoelde u: Dan is {bedrag:Bedrag} vrijgelaten"),
    "een bedrag met een punt in een zin": (
        "features/M04-stappen.feature:21: in 'Gegeven de belanghebbende ontvangt in de maand € 200.00 aan giften': "
        "'€ 200.00' is geen Bedrag (schrijf bijvoorbeeld € 1.401,50) [stap]\n"
        "    bedoelde u: Gegeven de belanghebbende ontvangt in de maand {bedrag:Bedrag} aan giften"),
    "een datum als dag-maand-jaar in een zin": (
        "features/M04-stappen.feature:27: in 'Gegeven de peildatum is 01-05-2026': '01-05-2026' is geen Datum "
        "(schrijf bijvoorbeeld 2026-01-01) [stap]"),
    "Scenario Outline": ("features/M04-engels.feature:6: 'Scenario Outline' is geen trefwoord in `# language: nl`; "
                         "schrijf 'Abstract Scenario' [trefwoord]"),
    "When": "features/M04-engels.feature:8: 'When' is geen trefwoord in `# language: nl`; schrijf 'Als' [trefwoord]",
    "een ontbrekende maatregeltag": ("features/M04-tags.feature:5: het scenario @M04-906 mist de tag @M04 van zijn "
                                     "maatregel [maatregel]"),
    "een dubbel vast id": "features/M04-tags.feature:11: het id @M04-901 staat ook bij het scenario op ",
}


@pytest.mark.parametrize("vergissing", sorted(MELDINGEN))
def test_elke_vergissing_houdt_de_run_tegen_met_bestand_regel_en_voorstel(
        run_met_fouten: tuple[subprocess.CompletedProcess[str], Path], vergissing: str) -> None:
    proces, _ = run_met_fouten
    assert MELDINGEN[vergissing] in proces.stdout, proces.stdout + proces.stderr


def test_een_run_met_vergissingen_stopt_met_2_zonder_rapport_en_zonder_traceback(
        run_met_fouten: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    proces, map_ = run_met_fouten
    assert proces.returncode == 2
    assert proces.stdout.startswith("pwib: de features hebben ")
    assert "Traceback" not in proces.stdout + proces.stderr
    assert "Error" not in proces.stdout + proces.stderr
    assert not (map_ / "rapport").exists()


def test_een_onbekende_eerste_stap_die_toch_draait_geeft_geen_indexerror(tmp_path: Path) -> None:
    """Zonder de controle vooraf: de stap zelf meldt bestand:regel (pytest-bdd gaf hier `list index out of range`)."""
    features = tmp_path / "features"
    features.mkdir()
    (features / "M04-stappen.feature").write_text(STAPPEN, "utf-8")
    zonder_controle = ("import sys; from conformance.hulpmiddelen import selectie;"
                       "selectie.controleer_features = lambda *a: [];"
                       "from api.cli import main; sys.exit(main(sys.argv[1:]))")
    proces = _pwib("conformance", "--tags", "M04-901", "--report-dir", str(tmp_path / "rapport"), features=features,
                   cwd=tmp_path, voorvoegsel=(sys.executable, "-c", zonder_controle))
    assert proces.returncode == 1, proces.stdout + proces.stderr
    (scenario,) = json.loads((tmp_path / "rapport" / "resultaat.json").read_text("utf-8"))["scenarios"]
    assert scenario["oordeel"] == "fout"
    assert scenario["falendeStap"]["melding"].startswith(
        "[suite] "
        "features/M04-stappen.feature:7: geen stap past op 'Gegeven de maan is van kaas'")
    assert "IndexError" not in json.dumps(scenario)


def test_tags_mogen_met_apenstaart(tmp_path: Path) -> None:
    tellingen = []
    for tags in ("@M04-001 or @M04-002", "M04-001 or M04-002"):
        proces = _pwib("conformance", "--tags", tags, "--report-dir", str(tmp_path), "--format", "json", cwd=tmp_path)
        assert proces.returncode == 1, proces.stdout + proces.stderr  # een selectie: een ontwikkelrun
        tellingen.append(json.loads(proces.stdout)["telling"])
    assert tellingen[0] == tellingen[1]
    assert tellingen[0]["geslaagd"] > 1


def test_een_onbekende_tag_noemt_de_bedoelde_en_de_bestaande(tmp_path: Path) -> None:
    proces = _pwib("conformance", "--tags", "M4", "--report-dir", str(tmp_path), cwd=tmp_path)
    assert proces.returncode == 2
    regel = proces.stdout.strip()
    assert regel.startswith("pwib: --tags M4: geen feature heeft deze tag; bedoelde u M04")
    assert "bestaande maatregelen: BER, M01, M02," in regel
    assert "\n" not in regel
