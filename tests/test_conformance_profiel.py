"""Het profiel (beleid en geclaimde maatregelen) en ontheffingen: strenge invoer, en wat ze met een run doen."""

from __future__ import annotations

import json
import time
import tracemalloc
from pathlib import Path

import pytest

from api import create_app
from conformance.aansturen.doel import wsgi_doel
from conformance.inlezen.contract import contract
from conformance.inlezen.ontheffingen import lees_ontheffingen
from conformance.inlezen.profiel import PROFIELEN, WETTELIJK, lees_profiel, toets_beleid
from conformance.kern.afwijking import ConfiguratieFout, NietVanToepassing
from conformance.kern.resultaat import Scenarioresultaat
from conformance.runner import Opdracht, Uitgang, voer_uit
from tests.test_conformance import controleer_rapporten, pwib

VOORBEELD = PROFIELEN / "voorbeeldgemeente.yaml"


@pytest.mark.parametrize("profiel", sorted(PROFIELEN.glob("*.yaml")), ids=lambda p: p.name)
def test_elk_meegeleverd_profiel_is_geldig(profiel: Path) -> None:
    assert lees_profiel(profiel).naam


def test_het_wettelijke_profiel_noemt_elke_beleidssleutel_van_het_contract() -> None:
    """Elke sleutel van Beleid heeft in wettelijk.yaml zijn wettelijke standaard (of null: de wet kent er geen)."""
    sleutels = set(contract()["components"]["schemas"]["Beleid"].get("properties", {}))
    assert sleutels - set(lees_profiel(WETTELIJK).beleid) == set()


def test_het_voorbeeld_kiest_anders_dan_de_wet() -> None:
    voorbeeld, wettelijk = lees_profiel(VOORBEELD), lees_profiel(WETTELIJK)
    assert {k for k, v in voorbeeld.beleid.items() if wettelijk.beleid.get(k) != v}
    assert voorbeeld.maatregelen is not None
    assert wettelijk.maatregelen is None


@pytest.mark.parametrize(("inhoud", "sleutel", "probleem"), [
    ("naam: x\nbeleid: {}\nkleur: rood\n", "kleur", "onbekende sleutel"),
    ("beleid: {}\n", "naam", "ontbreekt"),
    ("naam: x\nbeleid:\n  bestaatNiet: 3\n", "beleid.bestaatNiet", "onbekende sleutel"),
    ("naam: x\nbeleid:\n  maximumTerugwerkendeKrachtMaanden: drie\n", "beleid.maximumTerugwerkendeKrachtMaanden",
     "not of type 'integer'"),
    ("naam: x\nbeleid:\n  voorschotpercentage: 97.5\n", "beleid.voorschotpercentage", "aanhalingstekens"),
    ("naam: x\nmaatregelen: [M4]\nbeleid: {}\n", "maatregelen.0", "does not match"),
    ("naam: x\nnaam: y\nbeleid: {}\n", "regel 2", "dubbele sleutel 'naam'"),
    ("naam: [x\n", "regel 2", "geen geldige YAML"),
    ("naam: x\nmaatregelen: [M99]\nbeleid: {}\n", "maatregelen.0", "'M99' is geen maatregel van de suite"),
    ("naam: x\nmaatregelen: [M04, NORM, M27]\nbeleid: {}\n", "maatregelen.2", "'M27' is geen maatregel"),
])
def test_een_onjuist_profiel_noemt_bestand_sleutel_en_probleem(tmp_path: Path, inhoud: str, sleutel: str,
                                                                probleem: str) -> None:
    bestand = tmp_path / "gemeente.yaml"
    bestand.write_text(inhoud, "utf-8")
    with pytest.raises(ConfiguratieFout) as fout:
        lees_profiel(bestand)
    assert fout.value.bestand.endswith("gemeente.yaml")
    assert fout.value.sleutel == sleutel
    assert probleem in fout.value.probleem


def test_pwib_conformance_met_een_onjuist_profiel_geeft_exitcode_2_met_bestand_sleutel_en_probleem(
        tmp_path: Path) -> None:
    (tmp_path / "gemeente.yaml").write_text("naam: x\nbeleid:\n  voorschotpercentage: 97.5\n", "utf-8")
    proces = pwib("conformance", "--profile", "gemeente.yaml", "--tags", "M04-001", cwd=tmp_path)
    assert proces.returncode == 2, proces.stdout + proces.stderr
    assert "gemeente.yaml: beleid.voorschotpercentage: " in proces.stdout
    assert "aanhalingstekens" in proces.stdout
    assert "Traceback" not in proces.stdout + proces.stderr


def test_een_profiel_dat_niet_bestaat_is_een_configuratiefout(tmp_path: Path) -> None:
    with pytest.raises(ConfiguratieFout, match=r"bestaat-niet\.yaml: \(bestand\): kan niet worden gelezen"):
        lees_profiel(tmp_path / "bestaat-niet.yaml")


def test_genoemd_beleid_dat_afwijkt_van_het_profiel_maakt_het_scenario_niet_van_toepassing() -> None:
    voorbeeld, wettelijk = lees_profiel(VOORBEELD), lees_profiel(WETTELIJK)
    toets_beleid(voorbeeld, {"maximumTerugwerkendeKrachtMaanden": 1})
    toets_beleid(voorbeeld, {"voorschotpercentage": "100"})
    with pytest.raises(NietVanToepassing, match="het profiel 'Gemeente Voorbeeldstad' is 1"):
        toets_beleid(voorbeeld, {"maximumTerugwerkendeKrachtMaanden": 3})
    with pytest.raises(NietVanToepassing, match="is None"):
        toets_beleid(wettelijk, {"inkomenstoeslagLangdurigMaanden": 36})
    with pytest.raises(NietVanToepassing, match="noemt die sleutel niet"):
        toets_beleid(voorbeeld, {"sleutelDieNietBestaat": 1})


def test_een_sleutel_die_het_profiel_niet_noemt_heeft_de_wettelijke_standaard(tmp_path: Path) -> None:
    bestand = tmp_path / "klein.yaml"
    bestand.write_text("naam: Klein\nbeleid:\n  voorschotpercentage: \"100\"\n", "utf-8")
    profiel = lees_profiel(bestand)
    toets_beleid(profiel, {"maximumTerugwerkendeKrachtMaanden": lees_profiel(WETTELIJK).beleid[
        "maximumTerugwerkendeKrachtMaanden"]})
    with pytest.raises(NietVanToepassing, match="de wettelijke standaard van het profiel"):
        toets_beleid(profiel, {"maximumTerugwerkendeKrachtMaanden": 0})


def test_een_run_met_het_voorbeeldprofiel_volgt_de_betekenis_van_het_profiel(tmp_path: Path) -> None:
    """Niet geclaimd -> niet-van-toepassing; ander beleid -> niet-van-toepassing; zelfde beleid -> beoordeeld."""
    profiel = lees_profiel(VOORBEELD)
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags="M07 or M08 or M11", rapportmap=tmp_path,
                                                          voortgang=False, profiel=VOORBEELD))
    assert uitkomst.run is not None
    assert [r.id for r in uitkomst.run.alle if r.oordeel in ("gefaald", "fout", "overgeslagen")] == []
    assert uitkomst.uitslag == "onvolledig", "een selectie (--tags) is een ontwikkelrun"
    niet_geclaimd: list[Scenarioresultaat] = []
    ander_beleid: list[Scenarioresultaat] = []
    zelfde_beleid: list[Scenarioresultaat] = []
    for r in uitkomst.run.resultaten:
        if not profiel.claimt(r.maatregel):
            niet_geclaimd.append(r)
            assert r.oordeel == "niet-van-toepassing"
            assert r.reden is not None
            assert "claimt maatregel" in r.reden
        elif r.beleid:
            afwijkend = any(profiel.waarde(k) != v for k, v in r.beleid.items())
            (ander_beleid if afwijkend else zelfde_beleid).append(r)
            assert (r.oordeel == "niet-van-toepassing") == afwijkend, (r.id, r.beleid, r.oordeel)
    assert niet_geclaimd
    assert ander_beleid
    assert zelfde_beleid
    rapport = controleer_rapporten(tmp_path)
    assert rapport["profiel"]["naam"] == "Gemeente Voorbeeldstad"
    assert rapport["profiel"]["beleid"]["maximumTerugwerkendeKrachtMaanden"] == 1
    assert rapport["maatregelen"]["M07"]["uitslag"] == "niet-van-toepassing"
    assert "niet-van-toepassing" in rapport["uitleg"]["profiel"]
    assert "Gemeente Voorbeeldstad" in (tmp_path / "rapport.html").read_text("utf-8")


def _ontheffingen(tmp_path: Path, scenario: str) -> Path:
    bestand = tmp_path / "ontheffingen.yaml"
    bestand.write_text(f"ontheffingen:\n  - scenario: {scenario}\n    reden: Bekende afwijking, opgelost in 4.2\n"
                       "    link: https://leverancier.example/issues/17\n", "utf-8")
    return bestand


def test_een_run_met_een_ontheffing_is_nooit_conform(tmp_path: Path) -> None:
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags="M04-001", rapportmap=tmp_path / "r", voortgang=False,
                                                          ontheffingen=_ontheffingen(tmp_path, "M04-001")))
    assert uitkomst.uitslag == "onvolledig"
    assert uitkomst.uitgang == Uitgang.NIET_CONFORM
    rapport = json.loads((tmp_path / "r" / "resultaat.json").read_text("utf-8"))
    assert rapport["ontheffingen"][0]["link"] == "https://leverancier.example/issues/17"


@pytest.mark.parametrize(("scenario", "probleem"), [("M04-999", "geen bestaand scenario"),
                                                    ("ADR-API-99", "geen bestaand scenario"),
                                                    ("m04-001", "does not match")])
def test_een_ontheffing_voor_iets_dat_niet_bestaat_is_een_configuratiefout(tmp_path: Path, scenario: str,
                                                                           probleem: str) -> None:
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags="M04-001", rapportmap=tmp_path / "r", voortgang=False,
                                                          ontheffingen=_ontheffingen(tmp_path, scenario)))
    assert uitkomst.uitgang == Uitgang.GEBRUIKSFOUT
    assert probleem in uitkomst.melding
    assert "ontheffingen.0.scenario" in uitkomst.melding


# -- een profiel of ontheffingenbestand is begrensd in grootte, tekenset, aliassen en diepte --------------------

_ALIASBOM = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{v}'] * 9)}]\n" for v, n in zip("abcdefgh", "bcdefghi", strict=True))


@pytest.mark.parametrize(("inhoud", "sleutel", "probleem"), [
    (_ALIASBOM.encode(), "regel 2", "alias"),
    (b"naam: x\nbeleid: " + b"[" * 60_000 + b"]" * 60_000 + b"\n", "regel 2", "dieper genest dan 64"),
    ("naam: x\nbeleid: {}\n".encode("utf-16"), "(bestand)", "UTF-16"),
    ("naam: x\nbeleid: {}\n".encode("utf-16-le"), "(bestand)", "UTF-16"),
    ("naam: Súdwest-Fryslân\nbeleid: {}\n".encode("latin-1"), "regel 1", "geen UTF-8"),
    (b"naam: x\nbeleid: {}\n# " + b"x" * (1024 * 1024), "(bestand)", "groter dan 1024 KiB"),
])
@pytest.mark.parametrize("soort", ["profiel", "ontheffingen"])
def test_een_vijandig_invoerbestand_is_een_configuratiefout_zonder_geheugen_of_tijd_te_kosten(
        tmp_path: Path, inhoud: bytes, sleutel: str, probleem: str, soort: str) -> None:
    bestand = tmp_path / f"{soort}.yaml"
    bestand.write_bytes(inhoud)
    begin = time.perf_counter()
    tracemalloc.start()
    try:
        with pytest.raises(ConfiguratieFout) as fout:
            lees_profiel(bestand) if soort == "profiel" else lees_ontheffingen(bestand, {"M04-001"})
        _, piek = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (fout.value.sleutel, fout.value.bestand) == (sleutel, str(bestand))
    assert probleem in fout.value.probleem
    assert piek < 64 * 1024 * 1024, f"{piek / 1e6:.0f} MB voor een fout in een invoerbestand"
    assert time.perf_counter() - begin < 20


def test_een_aliasbom_als_profiel_geeft_exitcode_2_met_bestand_en_probleem(tmp_path: Path) -> None:
    (tmp_path / "bom.yaml").write_text(_ALIASBOM, "utf-8")
    proces = pwib("conformance", "--profile", "bom.yaml", "--report-dir", "r", cwd=tmp_path)
    assert proces.returncode == 2, proces.stdout + proces.stderr
    assert proces.stdout.strip().splitlines() == [
        "pwib: configuratiefout: bom.yaml: regel 2: geen geldige YAML: een alias (*naam) is hier niet toegestaan"]


def test_een_profiel_dat_niets_claimt_is_nooit_conform(tmp_path: Path) -> None:
    """`maatregelen: []`: elk scenario is niet-van-toepassing en alleen de voorcontrole slaagt: onvolledig."""
    (tmp_path / "leeg.yaml").write_text("naam: Leeg\nmaatregelen: []\nbeleid: {}\n", "utf-8")
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags=None, rapportmap=tmp_path / "r", voortgang=False,
                                                          profiel=tmp_path / "leeg.yaml", product="referentie",
                                                          productversie="1"))
    assert uitkomst.run is not None
    assert {r.oordeel for r in uitkomst.run.resultaten} == {"niet-van-toepassing"}
    assert (uitkomst.uitslag, uitkomst.uitgang) == ("onvolledig", Uitgang.NIET_CONFORM)
    rapport = controleer_rapporten(tmp_path / "r")
    assert rapport["toelichting"] == "geen enkel beslissend scenario beoordeeld (alleen de voorcontrole)"
    assert rapport["certificering"]["certificeerbaar"] is True, "de run zelf was volledig; het profiel claimt niets"
