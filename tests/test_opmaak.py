"""`pwib fmt`: dezelfde opmaak als de Gherkin-formatter van Cucumber, idempotent, en `--check` voor CI."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conformance.hulpmiddelen.opmaak import OpmaakFout, maak_op
from conformance.kern.bestanden import FEATURES
from tests.server import PWIB

LASTIG = '''# language: nl
# commentaar boven de functionaliteit
@M04
Functionaliteit: Alles wat de formatter kan tegenkomen
    Een beschrijving

    over twee alinea's.

 Achtergrond:
   Gegeven de peildatum is 2026-03-15

      # commentaar boven de tags
  @M04-901   @voorlopig
  Scenario: Tabellen, getallen en ontsnapte tekens
    Gegeven de gegevens:
    | leeftijd | 35 |
    | naam met \\| streep | € 1.401,50 |
    |datum|2026-01-01|
        # commentaar tussen de stappen
    Als de giftenvrijlating wordt beoordeeld
    Dan is de uitkomst:
      """json
      {"a": 1}
      """

  Regel: Een regel
  @M04-902
  Abstract Scenario: Met voorbeelden
    Gegeven de peildatum is <datum>
    @voorbeeld
    Voorbeelden: eerste
    | datum | bedrag |
    | 2026-01-01 | € 1,00 |
    | 2026-12-31 | € 100,00 |
# commentaar aan het eind
'''


def test_de_opmaak_is_idempotent_voor_elke_feature_van_de_suite() -> None:
    for pad in sorted(FEATURES.glob("*.feature")):
        eenmaal = maak_op(pad.read_text("utf-8"))
        assert maak_op(eenmaal) == eenmaal, pad.name


def test_tabellen_worden_per_kolom_uitgelijnd_met_getallen_rechts() -> None:
    opgemaakt = maak_op(LASTIG)
    assert "      | leeftijd           |         35 |\n" in opgemaakt
    assert "      | naam met \\| streep | € 1.401,50 |\n" in opgemaakt
    assert "      | datum              | 2026-01-01 |\n" in opgemaakt
    assert opgemaakt.startswith("# language: nl\n# commentaar boven de functionaliteit\n@M04\nFunctionaliteit:")


def test_een_feature_die_geen_gherkin_is_wordt_niet_opgemaakt() -> None:
    with pytest.raises(OpmaakFout):
        maak_op("# language: nl\nFunctionaliteit: x\n  Scenario: y\n    Gegeven a\n  Scenario Outline: z\n")


def _pwib(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PWIB), *args], capture_output=True, text=True, timeout=120, check=False)


def test_fmt_check_toont_het_verschil_en_fmt_herstelt_het(tmp_path: Path) -> None:
    pad = tmp_path / "M04-lastig.feature"
    pad.write_text(LASTIG, "utf-8")
    controle = _pwib("fmt", "--check", str(tmp_path))
    assert controle.returncode == 1
    assert f"--- {pad} (nu)" in controle.stdout
    assert controle.stdout.rstrip().endswith("1 van 1 bestanden niet opgemaakt; herstel met: pwib fmt")
    assert pad.read_text("utf-8") == LASTIG
    assert _pwib("fmt", str(pad)).returncode == 0
    assert pad.read_text("utf-8") == maak_op(LASTIG)
    assert _pwib("fmt", "--check", str(tmp_path)).returncode == 0


def test_fmt_geeft_2_voor_een_bestand_dat_geen_gherkin_is(tmp_path: Path) -> None:
    (tmp_path / "kapot.feature").write_text("# language: nl\nFunctionaliteit: x\n  Scenario: y\n    Gegeven a\n"
                                           "    When b\n", "utf-8")
    proces = _pwib("fmt", "--check", str(tmp_path))
    assert proces.returncode == 2
    assert "niet opgemaakt, geen geldige Gherkin" in proces.stdout
    assert "pwib lint" in proces.stdout


@pytest.fixture(scope="module")
def cucumber_formatter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """De formatter van Cucumber zelf (npm `@cucumber/gherkin-utils`), als referentie; alleen via de pakketbron."""
    npm = shutil.which("npm")
    if npm is None:
        if os.environ.get("PWIB_VEREIS_CHROMIUM"):
            pytest.fail("npm ontbreekt, maar CI vergelijkt pwib fmt met de formatter van Cucumber")
        pytest.skip("npm is niet geïnstalleerd (apt-get install npm)")
    map_ = tmp_path_factory.mktemp("gherkin-utils")
    proces = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--silent", "@cucumber/gherkin-utils@12.0.2",
                             "@cucumber/gherkin@42.0.1"], cwd=map_, capture_output=True, text=True, timeout=300,
                            check=False)
    assert proces.returncode == 0, proces.stderr
    return map_ / "node_modules" / ".bin" / "gherkin-utils"


def test_de_opmaak_is_die_van_de_cucumber_formatter(cucumber_formatter: Path) -> None:
    # Cucumber zet commentaar boven de functionaliteit vóór `# language: nl`; pwib houdt die regel eerst
    lastig = LASTIG.replace("# language: nl\n# commentaar boven de functionaliteit\n", "# language: nl\n")
    teksten = {"lastig": lastig} | {p.name: p.read_text("utf-8") for p in sorted(FEATURES.glob("*.feature"))}
    for naam, tekst in teksten.items():
        referentie = subprocess.run([str(cucumber_formatter), "format"], input=tekst, capture_output=True, text=True,
                                    timeout=60, check=True).stdout
        assert maak_op(tekst) == referentie, naam
