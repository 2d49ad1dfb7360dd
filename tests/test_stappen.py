"""De stappen: één catalogus, elk voorbeeld past op precies zijn eigen stap, tabellen doen wat hun zinnen doen,
de referentiepagina is actueel, en een onbekende stap geeft een leesbare melding in plaats van een traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from api.vertaling.gemeenschappelijk import grondslag
from conformance.aansturen.casus import Casus
from conformance.hulpmiddelen.stappendoc import als_markdown
from conformance.inlezen.stappencatalogus import Catalogus, Stap, TabelFout, catalogus
from conformance.inlezen.woordenboek import vul_in
from conformance.kern.afwijking import Afwijking, Uitwisseling
from conformance.stappen import _vergelijk_lijst, _weigering
from tests.server import PWIB

WORTEL = Path(__file__).resolve().parent.parent
STAPPEN_MD = WORTEL / "docs" / "stappen.md"


def _stap(algemeen: str) -> Stap:
    return next(s for s in catalogus().stappen if s.algemeen == algemeen)


def _voorbeeld(stap: Stap) -> tuple[str, list[list[str]]]:
    """De eerste regel van het voorbeeld zonder trefwoord, en de tabel eronder."""
    eerste, *rijen = stap.voorbeeld.splitlines()
    tabel = [[cel.strip() for cel in rij.strip().strip("|").split("|")] for rij in rijen]
    return eerste.split(" ", 1)[1], tabel


@pytest.mark.parametrize("stap", catalogus().stappen, ids=lambda s: s.regel)
def test_elk_voorbeeld_past_op_precies_zijn_eigen_stap(stap: Stap) -> None:
    tekst, tabel = _voorbeeld(stap)
    assert catalogus().vind(tekst, stap.soort) == [stap]
    if stap.tabel:
        assert len(catalogus().lees_tabel(stap, tabel)) == len(tabel)
    if stap.lijst:
        assert len(catalogus().lees_lijst(stap, tabel)) == len(tabel) - 1


def _geweigerd(*namen: str) -> Casus:
    gegevens = {"status": 400, "invalidParams": [{"name": naam, "code": "ongeldig", "reason": "-"} for naam in namen]}
    return Casus(antwoord=Uitwisseling("POST", "/berekeningen/bijstand", None, 400, "application/problem+json", {},
                                       json.dumps(gegevens), 1.0, gegevens=gegevens))


@pytest.mark.parametrize(("algemeen", "namen", "klopt"), [
    ("weigering", ("maand", "peildatum"), True),
    ("weigering", ("maand",), False),
    ("geen-melding", ("maand",), True),
    ("geen-melding", ("maand", "peildatum"), False),
])
def test_een_weigering_noemt_het_veld_en_een_weigering_zonder_melding_noemt_het_niet(
        algemeen: str, namen: tuple[str, ...], klopt: bool) -> None:
    stap = _weigering(catalogus(), _stap(algemeen))
    if klopt:
        stap(_geweigerd(*namen), None, "peildatum")
    else:
        with pytest.raises(Afwijking, match="invalidParams"):
            stap(_geweigerd(*namen), None, "peildatum")


def test_er_zijn_zes_algemene_stappen_voor_elke_maatregel() -> None:
    algemeen = {s.algemeen for s in catalogus().stappen if s.algemeen}
    assert algemeen == {"gegevens", "beleid", "huishouden", "uitkomst", "weigering", "geen-melding"}
    assert "*" in _stap("gegevens").maatregelen
    assert "*" in _stap("uitkomst").maatregelen


@pytest.mark.parametrize("als", [s for s in catalogus().stappen if s.soort == "als"], ids=lambda s: s.patroon)
def test_elke_beoordeling_kan_met_de_tabellen_worden_beschreven(als: Stap) -> None:
    """Elke operatie heeft labels voor haar gegevens en haar uitkomsten (`label:` in conformance/zinnen/*.yaml)."""
    boek = catalogus()
    maatregelen = set(als.maatregelen)
    gegevens = [lab for lab in boek.labels("gegevens") + boek.labels("beleid")
                if maatregelen & set(lab.zin.maatregelen)]
    uitkomsten = [lab for lab in boek.labels("uitkomst") if maatregelen & set(lab.zin.maatregelen)]
    assert gegevens, f"geen label voor de gegevens van {als.maatregelen}: geef hun zinnen een `label:`"
    assert uitkomsten, f"geen label voor de uitkomsten van {als.maatregelen}: geef hun Dan-zinnen een `label:`"


def _verzoek_uit_zinnen(boek: Catalogus, regels: list[str]) -> dict[str, Any]:
    casus = Casus()
    for regel in regels:
        [stap] = boek.vind(regel, "gegeven")
        assert stap.zin is not None
        waarden = boek.waarden(stap, regel)
        for pad, sjabloon in stap.zin.velden.items():
            casus.zet(pad, vul_in(sjabloon, waarden))
    return casus.verzoek


def _verzoek_uit_tabel(boek: Catalogus, tabel: list[list[str]]) -> dict[str, Any]:
    casus = Casus()
    for label, waarde in boek.lees_tabel(_stap("gegevens"), tabel):
        for pad, gezet in label.velden(waarde).items():
            casus.zet(pad, gezet)
    return casus.verzoek


def test_een_tabel_zet_hetzelfde_verzoek_als_de_zinnen_van_haar_labels() -> None:
    boek = catalogus()
    zinnen = _verzoek_uit_zinnen(boek, [
        "de peildatum is 2026-01-01",
        "de belanghebbende is 50 jaar",
        "in de woning woont ook een medebewoner van 35 jaar",
        "die medebewoner huurt van de belanghebbende met een schriftelijke overeenkomst tegen een commerciële prijs",
        "in de woning woont ook een medebewoner van 28 jaar",
        "die medebewoner volgt onderwijs waarvoor aanspraak op studiefinanciering kan bestaan",
        "de belanghebbende verblijft tijdelijk elders om mantelzorg te geven bij een intensieve zorgbehoefte",
    ])
    tabel = _verzoek_uit_tabel(boek, [
        ["peildatum", "2026-01-01"],
        ["leeftijd van de belanghebbende", "50"],
        ["leeftijd van een medebewoner", "35"],
        ["schriftelijke huurovereenkomst van die medebewoner tegen een commerciële prijs", "met de belanghebbende"],
        ["leeftijd van een medebewoner", "28"],
        ["die medebewoner volgt onderwijs met aanspraak op studiefinanciering", "ja"],
        ["belanghebbende verblijft tijdelijk elders voor mantelzorg", "ja"],
    ])
    assert tabel == zinnen
    assert len(tabel["huishouden"]["medebewoners"]) == 2


def test_nee_bij_een_ja_nee_label_zet_het_tegendeel_van_de_zin() -> None:
    verzoek = _verzoek_uit_tabel(catalogus(), [["college acht de giften verantwoord", "nee"],
                                               ["belanghebbende verblijft tijdelijk elders voor mantelzorg", "nee"]])
    assert verzoek == {"collegeAchtVerantwoord": False, "huishouden": {"mantelzorg": {
        "intensieveZorgbehoefte": False, "hoofdverblijfElders": False, "tijdelijk": False}}}


def test_tekst_mag_in_een_tabel_zonder_aanhalingstekens() -> None:
    rijen = catalogus().lees_tabel(_stap("uitkomst"), [["grondslag", "art. 21 onder a Pw"],
                                                       ["grondslag", '"art. 21 onder a Pw"']])
    assert [str(waarde) for _, waarde in rijen] == ["art. 21 onder a Pw"] * 2
    assert rijen[0][1] == rijen[1][1]


@pytest.mark.parametrize(("algemeen", "rij", "melding"), [
    ("gegevens", ["giften in de mand", "€ 1,00"], "onbekend label 'giften in de mand'"),
    ("gegevens", ["norm", "€ 1,00"], "is een label van 'Dan is de uitkomst:'"),
    ("gegevens", ["kinderen ten laste", "twee"], "'twee' is geen Getal"),
    ("uitkomst", ["norm", "1401.50"], "'1401.50' is geen Bedrag (schrijf bijvoorbeeld € 1.401,50)"),
    ("uitkomst", ["norm"], "twee kolommen"),
    ("uitkomst", ["grondslag", "art. 21, onderdeel a, Pw"], "'art. 21, onderdeel a, Pw' is geen grondslag"),
    ("uitkomst", ["grondslag", "art. 21 lid 2 Pw"], "art. 21 Pw heeft geen lid 2"),
])
def test_een_onjuiste_rij_noemt_label_en_waarde(algemeen: str, rij: list[str], melding: str) -> None:
    with pytest.raises(TabelFout, match=melding.replace("(", r"\(").replace(")", r"\)")):
        catalogus().lees_tabel(_stap(algemeen), [rij])


def test_de_referentiepagina_is_actueel() -> None:
    assert STAPPEN_MD.read_text("utf-8") == als_markdown(catalogus()), (
        "docs/stappen.md is verouderd: draai `.venv/bin/pwib steps --markdown --output docs/stappen.md`")


def _pwib(*args: str, omgeving: dict[str, str] | None = None, cwd: Path | None = None,
          ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PWIB), *args], capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, **(omgeving or {})}, cwd=cwd)


def test_pwib_steps_toont_patroon_plekken_voorbeeld_en_maatregelen() -> None:
    proces = _pwib("steps", "--maatregel", "M04")
    assert proces.returncode == 0, proces.stderr
    blok = proces.stdout.split("Gegeven de belanghebbende ontvangt in de maand {bedrag:Bedrag} aan giften\n")[1]
    assert blok.splitlines()[:3] == [
        "    plekken:     bedrag: Bedrag (bijv. € 300,00)",
        "    voorbeeld:   En de belanghebbende ontvangt in de maand € 300,00 aan giften",
        "    maatregelen: M04",
    ]
    assert "de bijstandsnorm wordt vastgesteld" not in proces.stdout
    assert "Gegeven de gegevens:" in proces.stdout


def test_pwib_steps_markdown_schrijft_de_referentiepagina(tmp_path: Path) -> None:
    proces = _pwib("steps", "--markdown", "--output", str(tmp_path / "stappen.md"))
    assert proces.returncode == 0, proces.stderr
    assert (tmp_path / "stappen.md").read_text("utf-8") == als_markdown(catalogus())


ONBEKENDE_STAP = """# language: nl
@M04
Functionaliteit: Een tester vergist zich in de volgorde van de woorden

  @M04-901
  Scenario: Een gift ruim onder de jaargrens
    Gegeven de peildatum is 2026-03-15
    En de belanghebbende ontvangt in de maand € 300,00 aan giften
    Als de giftenvrijlating wordt beoordeeld
    Dan is vrijgelaten € 300,00

  @M04-902
  Scenario: Het huishouden na een ander gegeven over het huishouden
    Gegeven de peildatum is 2026-03-15
    En de belanghebbende is 35 jaar
    En het huishouden "alleenstaande-35"
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 0,00 vrijgelaten

  @M04-903
  Scenario: Een huishouden dat niet bestaat
    Gegeven de peildatum is 2026-03-15
    En het huishouden "alleenstaande-36"
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 0,00 vrijgelaten
"""


def test_een_onbekende_stap_houdt_de_run_tegen_met_bestand_regel_en_de_dichtstbijzijnde_stappen(
        tmp_path: Path) -> None:
    features = tmp_path / "features"
    features.mkdir()
    (features / "M04-vergissing.feature").write_text(ONBEKENDE_STAP, "utf-8")
    proces = _pwib("conformance", "--report-dir", str(tmp_path / "rapport"),
                   omgeving={"PWIB_FEATURES": str(features)}, cwd=tmp_path)
    uitvoer = proces.stdout + proces.stderr
    assert proces.returncode == 2, uitvoer
    assert "Traceback" not in uitvoer
    assert ("features/M04-vergissing.feature:10: geen stap past op 'Dan is vrijgelaten € 300,00' [stap]\n"
            "    bedoelde u: Dan is {bedrag:Bedrag} vrijgelaten") in uitvoer
    assert "features/M04-vergissing.feature:23: onbekend huishouden 'alleenstaande-36'" in uitvoer
    assert not (tmp_path / "rapport").exists()


def test_een_onbekende_stap_die_toch_draait_geeft_in_rapport_en_console_de_dichtstbijzijnde_stappen(
        tmp_path: Path) -> None:
    """Zonder de controle vooraf (zoals met `pytest --pwib-target` en een eigen lint-uitzondering)."""
    features = tmp_path / "features"
    features.mkdir()
    (features / "M04-vergissing.feature").write_text(ONBEKENDE_STAP, "utf-8")
    zonder_controle = ("import sys; from conformance.hulpmiddelen import selectie;"
                       "selectie.controleer_features = lambda *a: [];"
                       "from api.cli import main; sys.exit(main(sys.argv[1:]))")
    proces = subprocess.run([sys.executable, "-c", zonder_controle, "conformance", "--report-dir",
                             str(tmp_path / "rapport")], capture_output=True, text=True, timeout=300, check=False,
                            env={**os.environ, "PWIB_FEATURES": str(features)}, cwd=tmp_path)
    uitvoer = proces.stdout + proces.stderr
    assert proces.returncode == 1, uitvoer
    assert "Traceback" not in uitvoer
    assert "features/M04-vergissing.feature:10: geen stap past op 'Dan is vrijgelaten € 300,00'" in uitvoer
    assert "bedoelde u: Dan is {bedrag:Bedrag} vrijgelaten" in uitvoer
    scenarios = {s["id"]: s for s in json.loads((tmp_path / "rapport" / "resultaat.json").read_text("utf-8"))
                 ["scenarios"]}
    assert {i: s["oordeel"] for i, s in scenarios.items()} == dict.fromkeys(["M04-901", "M04-902", "M04-903"], "fout")
    assert scenarios["M04-901"]["falendeStap"]["stap"] == "Dan is vrijgelaten € 300,00"
    assert "bedoelde u: Dan is {bedrag:Bedrag} vrijgelaten" in scenarios["M04-901"]["falendeStap"]["melding"]
    assert "komt vóór de andere gegevens van het huishouden" in scenarios["M04-902"]["reden"]
    assert "bedoelde u 'alleenstaande-35'" in scenarios["M04-903"]["reden"]
    assert "Traceback" not in json.dumps(scenarios)


def test_een_feature_die_de_suite_niet_kan_lezen_wordt_genoemd_met_de_weg_naar_pwib_lint(tmp_path: Path) -> None:
    features = tmp_path / "features"
    features.mkdir()
    (features / "M04-zonder-taal.feature").write_text(ONBEKENDE_STAP.removeprefix("# language: nl\n"), "utf-8")
    proces = _pwib("conformance", "--report-dir", str(tmp_path / "rapport"),
                   omgeving={"PWIB_FEATURES": str(features)}, cwd=tmp_path)
    uitvoer = proces.stdout + proces.stderr
    assert proces.returncode == 2, uitvoer
    assert "features/M04-zonder-taal.feature:1: de eerste regel moet `# language: nl` zijn [taal]" in uitvoer
    assert "`pwib lint`" in uitvoer
    assert "Traceback" not in uitvoer


@pytest.mark.parametrize("args", [["--maatregel", "M99"], ["--markdown", "--maatregel", "M04"]])
def test_pwib_steps_geeft_2_bij_een_onjuiste_aanroep(args: list[str]) -> None:
    proces = _pwib("steps", *args)
    assert proces.returncode == 2
    assert proces.stdout.startswith("pwib: ")


def _lijststap(patroon: str) -> Stap:
    return next(s for s in catalogus().stappen if s.patroon == patroon)


VRIJLATINGEN = "zijn de vrijlatingen:"


def test_een_lijsttabel_geeft_de_elementen_in_volgorde_met_de_waarden_van_het_contract() -> None:
    elementen = catalogus().lees_lijst(_lijststap(VRIJLATINGEN), [
        ["maatregel", "bedrag", "soort", "artikel"],  # de kolommen in elke volgorde
        ["geen", "€ 250,00", "inkomsten uit arbeid", "art. 31 lid 2 onder n Pw"],
        ["M04", "€ 50,00", "voedselpakketten", '"art. 18 lid 8 Pw"'],
    ])
    assert [(e["soort"], e["bedrag"], e["maatregel"], str(e["artikel"])) for e in elementen] == [
        ("inkomstenUitArbeid", "250.00", None, "art. 31 lid 2 onder n Pw"),
        ("voedselbank", "50.00", "M04", "art. 18 lid 8 Pw")]
    assert catalogus().lees_lijst(_lijststap(VRIJLATINGEN), [["soort", "bedrag", "artikel", "maatregel"]]) == []


@pytest.mark.parametrize(("tabel", "rij", "melding"), [
    ([], 0, "verwacht een tabel met de kopregel | soort | bedrag | artikel | maatregel |"),
    ([["soort", "bedrag", "artikel"]], 0, "deze noemt | soort | bedrag | artikel |"),
    ([["soort", "bedrag", "artikel", "maatregel", "reden"]], 0, "noemt elke kolom één keer"),
    ([["soort", "bedrag", "artikel", "maatregel"], ["giften", "€ 1,00", "art. 31 lid 2 onder m Pw"]], 1,
     "een rij heeft 4 kolommen"),
    ([["soort", "bedrag", "artikel", "maatregel"], ["giften", "300", "art. 31 lid 2 onder m Pw", "M04"]], 1,
     "in de kolom 'bedrag': '300' is geen Bedrag"),
    ([["soort", "bedrag", "artikel", "maatregel"], ["loon", "€ 1,00", "art. 31 lid 2 onder m Pw", "M04"]], 1,
     "in de kolom 'soort': 'loon' is geen Vrijlatingsoort"),
])
def test_een_onjuiste_lijsttabel_noemt_de_rij_en_de_kolom(tabel: list[list[str]], rij: int, melding: str) -> None:
    with pytest.raises(TabelFout) as fout:
        catalogus().lees_lijst(_lijststap(VRIJLATINGEN), tabel)
    assert (fout.value.rij, melding in fout.value.melding) == (rij, True), fout.value.melding


def _antwoord(*elementen: tuple[str, str, str]) -> dict[str, Any]:
    """Een antwoord met vrijlatingen (soort, bedrag, aanhaling), elk artikel als `Grondslag` van de referentie."""
    return {"peildatum": "2026-03-01", "vrijlatingen": [
        {"soort": soort, "bedrag": bedrag, "artikel": grondslag(aanhaling, date(2026, 3, 1)), "maatregel": "M04"}
        for soort, bedrag, aanhaling in elementen]}


GIFTEN = ("giften", "€ 300,00", "art. 31 lid 2 onder m Pw")
VOEDSEL = ("voedselpakketten", "€ 50,00", "art. 18 lid 8 Pw")


def _verwacht(*rijen: tuple[str, str, str]) -> list[dict[str, Any]]:
    return catalogus().lees_lijst(_lijststap(VRIJLATINGEN), [["soort", "bedrag", "artikel", "maatregel"],
                                                              *([*rij, "M04"] for rij in rijen)])


def test_een_lijst_met_dezelfde_elementen_in_dezelfde_volgorde_klopt() -> None:
    antwoord = _antwoord(("giften", "300.00", "art. 31 lid 2 onder m Pw"), ("voedselbank", "50.00", "art. 18 lid 8 Pw"))
    antwoord["vrijlatingen"][0]["artikel"]["tekst"] = "de giftenvrijlating"  # de tekst beslist niet, de bepalingen wel
    _vergelijk_lijst(antwoord, "vrijlatingen", _verwacht(GIFTEN, VOEDSEL), "2026-03-01")


@pytest.mark.parametrize(("antwoord", "veld", "verwacht"), [
    (_antwoord(("voedselbank", "50.00", "art. 18 lid 8 Pw"), ("giften", "300.00", "art. 31 lid 2 onder m Pw")),
     ", ".join(f"vrijlatingen[{i}].{v}" for i in (0, 1) for v in ("soort", "bedrag", "artikel")), '"giften"'),
    (_antwoord(("giften", "300.00", "art. 31 lid 2 onder m Pw")), "vrijlatingen", "2 elementen"),
    (_antwoord(("giften", "300.00", "art. 31 lid 1 Pw"), ("voedselbank", "50.00", "art. 18 lid 8 Pw")),
     "vrijlatingen[0].artikel", "art. 31 lid 2 onder m Pw"),
    (_antwoord(("giften", "300.01", "art. 31 lid 2 onder m Pw"), ("voedselbank", "50.00", "art. 18 lid 8 Pw")),
     "vrijlatingen[0].bedrag", '"300.00"'),
], ids=["andere-volgorde", "te-weinig", "ander-artikel", "een-cent"])
def test_een_lijst_wordt_exact_en_in_volgorde_vergeleken(antwoord: dict[str, Any], veld: str, verwacht: str) -> None:
    with pytest.raises(Afwijking) as fout:
        _vergelijk_lijst(antwoord, "vrijlatingen", _verwacht(GIFTEN, VOEDSEL), "2026-03-01")
    assert (fout.value.controle, fout.value.veld) == ("uitkomst", veld)
    assert verwacht in fout.value.verwacht


def test_een_lege_verwachte_lijst_aanvaardt_alleen_een_lege_lijst() -> None:
    _vergelijk_lijst(_antwoord(), "vrijlatingen", _verwacht(), "2026-03-01")
    with pytest.raises(Afwijking, match="0 elementen"):
        _vergelijk_lijst(_antwoord(("giften", "300.00", "art. 31 lid 2 onder m Pw")), "vrijlatingen", _verwacht(),
                         "2026-03-01")
    with pytest.raises(Afwijking, match="een lijst in vrijlatingen"):
        _vergelijk_lijst({"vrijlatingen": {"soort": "giften"}}, "vrijlatingen", _verwacht(), "2026-03-01")


GRONDEN = "berust het vermoeden op de gronden:"


def test_een_lijst_van_waarden_wordt_element_voor_element_vergeleken_met_de_waarden_van_het_contract() -> None:
    verwacht = catalogus().lees_lijst(_lijststap(GRONDEN), [["grond"], ["de erkenning van een kind"],
                                                            ["een samenlevingscontract"]])
    assert verwacht == [{"": "kindErkend"}, {"": "samenlevingscontract"}]
    _vergelijk_lijst({"gronden": ["kindErkend", "samenlevingscontract"]}, "gronden", verwacht, "2026-02-01")
    with pytest.raises(Afwijking) as fout:
        _vergelijk_lijst({"gronden": ["kindErkend", "registratie"]}, "gronden", verwacht, "2026-02-01")
    assert (fout.value.veld, fout.value.verwacht) == ("gronden[1]", '"samenlevingscontract"')
    with pytest.raises(Afwijking, match="2 elementen"):
        _vergelijk_lijst({"gronden": ["kindErkend"]}, "gronden", verwacht, "2026-02-01")
