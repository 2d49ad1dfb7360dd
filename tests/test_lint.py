"""`pwib lint`: de features zijn schoon, en elke controle gaat af op haar eigen foute bestand, op de juiste regel."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conformance.hulpmiddelen import lint
from conformance.inlezen.stappencatalogus import catalogus
from conformance.kern.bestanden import FEATURES
from reference import catalogus as maatregelcatalogus
from tests.server import PWIB

FOUT = Path(__file__).resolve().parent / "lint_fout"

# per fout bestand: de regels waarop zijn soort probleem moet worden gemeld
VERWACHT: dict[str, set[int]] = {
    "taal": {1},
    "functionaliteiten": {13},
    "syntaxis": {8},
    "trefwoord": {6, 8},
    "maatregel": {5},
    "id": {5},
    "dubbel-id": {13},
    "titel": {13},
    "stap": {10},
    "tabel": {9, 10},
    "huishouden": {7},
    "tag": {5},
    "catalogus": {2, 5},
    "voorbeelden": {12},
    "relatieve-datum": {10},
    "peildatum": {6},
    "grondslag": {9, 10, 11, 19},
}


def _goed() -> str:
    """Een schone feature: het foute stap-bestand met de stap hersteld."""
    stap = (FOUT / "stap.feature").read_text("utf-8")
    return stap.replace("Dan is vrijgelaten € 300,00", "Dan is € 300,00 vrijgelaten")


def _problemen(*paden: Path) -> list[lint.Probleem]:
    return lint.controleer(list(paden), catalogus())


def test_de_features_van_de_suite_zijn_schoon() -> None:
    problemen = _problemen(FEATURES)
    assert not problemen, "\n".join(map(str, problemen))


def test_er_is_een_fout_bestand_voor_elke_controle() -> None:
    assert set(VERWACHT) == set(lint.SOORTEN) == {p.stem for p in FOUT.glob("*.feature")}


@pytest.mark.parametrize("soort", sorted(VERWACHT))
def test_elke_controle_gaat_af_op_haar_eigen_bestand_en_regel(soort: str) -> None:
    problemen = _problemen(FOUT / f"{soort}.feature")
    assert {p.soort for p in problemen} == {soort}, "\n".join(map(str, problemen))
    assert {p.regel for p in problemen} == VERWACHT[soort], "\n".join(map(str, problemen))


def test_een_onbekende_stap_noemt_de_dichtstbijzijnde_stappen() -> None:
    [probleem] = _problemen(FOUT / "stap.feature")
    assert probleem.suggesties[0] == "Dan is {bedrag:Bedrag} vrijgelaten"


def test_een_zin_bij_het_verkeerde_trefwoord_krijgt_die_hint(tmp_path: Path) -> None:
    feature = (FOUT / "stap.feature").read_text("utf-8").replace("Dan is vrijgelaten € 300,00",
                                                                 "Dan de belanghebbende is 35 jaar")
    (tmp_path / "M04-x.feature").write_text(feature, "utf-8")
    [probleem] = _problemen(tmp_path)
    assert "deze zin is een Gegeven-stap" in probleem.melding


def test_een_onbekend_label_en_een_onjuiste_waarde_noemen_wat_wel_kan() -> None:
    label, waarde = _problemen(FOUT / "tabel.feature")
    assert label.suggesties[0] == "giften in de maand"
    assert "'300' is geen Bedrag" in waarde.melding
    assert "€ 1.401,50" in waarde.melding


def test_een_scenario_zonder_id_krijgt_het_volgende_vrije_nummer(tmp_path: Path) -> None:
    bestand = tmp_path / "M04-x.feature"
    bestand.write_text((FOUT / "dubbel-id.feature").read_text("utf-8").replace("  @M04-901\n  Scenario: Een andere",
                                                                               "  Scenario: Een andere"), "utf-8")
    [probleem] = _problemen(bestand)
    assert probleem.soort == "id"
    assert "@M04-902" in probleem.melding


def test_twee_ids_op_een_scenario_en_een_vervallen_id_worden_gemeld(tmp_path: Path) -> None:
    bestand = tmp_path / "M04-x.feature"
    bestand.write_text(_goed().replace("@M04-901", "@M04-901 @M04-905"), "utf-8")
    tags = lint.bekende_tags()
    met_vervallen = lint.Tags(tags.maatregelen, tags.overig, frozenset({"M04-905"}))
    problemen = lint.controleer([bestand], catalogus(), met_vervallen)
    assert [p.soort for p in problemen] == ["dubbel-id", "id"]
    assert "vervallen" in problemen[0].melding
    assert "@M04-906" in problemen[0].melding


def test_een_schone_feature_heeft_geen_problemen(tmp_path: Path) -> None:
    (tmp_path / "M04-x.feature").write_text(_goed(), "utf-8")
    assert _problemen(tmp_path) == []


def test_een_nieuwe_feature_wordt_tegen_de_ids_van_de_suite_gehouden(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    suite = tmp_path / "features"
    suite.mkdir()
    (suite / "M04-bestaand.feature").write_text(_goed(), "utf-8")
    nieuw = suite / "M04-nieuw.feature"
    nieuw.write_text((suite / "M04-bestaand.feature").read_text("utf-8"), "utf-8")
    monkeypatch.setattr(lint, "FEATURES", suite.resolve())
    [probleem] = _problemen(nieuw)
    assert probleem.soort == "dubbel-id"
    assert "M04-bestaand.feature" in probleem.melding


def test_de_maatregelen_van_de_lint_zijn_die_van_de_catalogus() -> None:
    eigen = {"NORM", "BER"}
    assert set(lint.bekende_tags().maatregelen) - eigen == {m.id for m in maatregelcatalogus()}


def _pwib_lint(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PWIB), "lint", *args], capture_output=True, text=True, timeout=120, check=False)


def test_pwib_lint_geeft_0_bij_schone_features() -> None:
    proces = _pwib_lint(str(FEATURES))
    assert proces.returncode == 0, proces.stdout + proces.stderr
    assert "geen problemen" in proces.stdout


def test_pwib_lint_geeft_1_met_bestand_en_regel_per_probleem() -> None:
    proces = _pwib_lint(str(FOUT / "tabel.feature"), str(FOUT / "stap.feature"))
    assert proces.returncode == 1
    assert f"{FOUT / 'tabel.feature'}:9: onbekend label" in proces.stdout
    assert f"{FOUT / 'stap.feature'}:10: geen stap past" in proces.stdout
    assert "bedoelde u: Dan is {bedrag:Bedrag} vrijgelaten" in proces.stdout
    assert "Traceback" not in proces.stdout + proces.stderr


@pytest.mark.parametrize("pad", ["bestaat-niet", "leeg"])
def test_pwib_lint_geeft_2_zonder_features(pad: str, tmp_path: Path) -> None:
    (tmp_path / "leeg").mkdir()
    proces = _pwib_lint(str(tmp_path / pad))
    assert proces.returncode == 2
    assert "Traceback" not in proces.stdout + proces.stderr


def test_een_lijsttabel_met_een_onjuiste_kopregel_of_cel_of_zonder_tabel_wordt_gemeld(tmp_path: Path) -> None:
    (tmp_path / "BER-x.feature").write_text("""# language: nl
@BER
Functionaliteit: Lijsten

  @BER-901
  Scenario: Giften
    Gegeven de peildatum is 2026-03-01
    En de bijstandsmaand is 2026-03
    En de belanghebbende is 35 jaar
    En het huishouden krijgt in de maand € 300,00 aan giften
    Als de bijstand over de maand wordt berekend
    Dan zijn de vrijlatingen:
      | soort  | bedrag   | artikel                  |
      | giften | € 300,00 | art. 31 lid 2 onder m Pw |
    En zijn de toegepaste maatregelen:
      | maatregel | artikel                    |
      | M04       | art. 31, onderdeel m, Pw   |
    En zijn de oordelen over de medebewoners
    En zijn de oordelen over de medebewoners:
""", "utf-8")
    problemen = _problemen(tmp_path)
    assert [(p.soort, p.regel) for p in problemen] == [("tabel", 13), ("tabel", 17), ("stap", 18), ("tabel", 19)]
    assert "| soort | bedrag | artikel | maatregel |" in problemen[0].melding
    assert "in de kolom 'artikel'" in problemen[1].melding
