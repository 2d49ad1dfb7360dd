"""`pwib vergelijk` over echte HTTP op 127.0.0.1: de referentie tegen zichzelf, en foute leveranciers gevonden."""

from __future__ import annotations

import json
import random
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from api import create_app
from api.cli import main
from api.orakel import Orakel
from conformance.aansturen.doel import VERBORGEN, wsgi_doel
from conformance.generatie.domein import Grenzen
from conformance.generatie.verzoeken import Generator, operaties
from conformance.inlezen.contract import contract
from conformance.inlezen.woordenboek import woordenboek
from conformance.kern.bestanden import SCHEMAS
from conformance.vergelijk.beslissend import onjuiste_velden, per_operatie, verschillen
from conformance.vergelijk.casussen import gegenereerd
from conformance.vergelijk.pijplijn import MAX_GEKROMPEN_PER_OPERATIE, Vergelijking
from reference import (
    Bedrag,
    Berekeningsfeiten,
    Huishouden,
    Jongereninvoer,
    Maand,
    Maandinkomsten,
    Medebewoner,
    Ouders,
    Persoon,
    bereken_bijstand,
    parameterboek,
)
from tests.leveranciers import bewijs, semantisch
from tests.leveranciers.server import op_http


@pytest.fixture(scope="module")
def generator() -> Generator:
    orakel = Orakel()
    return Generator(contract(), Grenzen.uit(
        lambda d: orakel("GET", "/parameters", None, {"peildatum": d.isoformat()})[1]["parameters"]))


def _vergelijk(url: str, map_: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    code = main(["vergelijk", "--target", url, "--report-dir", str(map_), *extra])
    return code, json.loads((map_ / "vergelijking.json").read_text("utf-8"))


def _volgt_schema(rapport: dict[str, Any]) -> None:
    schema = json.loads((SCHEMAS / "vergelijking.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(rapport)


def _voorlopig(pad: str, verzoek: dict[str, Any]) -> bool:
    """Of de referentie voorlopig antwoordt, rechtstreeks uit haar uitleg (niet via de code van pwib vergelijk)."""
    status, lichaam = Orakel()("POST", pad, verzoek)
    return status == 200 and lichaam["uitleg"]["voorlopig"] is True


@pytest.fixture
def leverancier() -> Iterator[str]:
    with op_http(semantisch.app()) as (url, _):
        yield url


def test_het_orakel_geeft_byte_voor_byte_het_lichaam_van_de_api(generator: Generator) -> None:
    app, orakel = create_app(), Orakel()
    client = app.test_client()
    for pad in operaties(contract()):
        rng = random.Random(pad)  # noqa: S311
        for _ in range(15):
            verzoek = generator.verzoek(pad, rng)
            http = client.post("/v1" + pad, json=verzoek)
            status, lichaam = orakel("POST", pad, verzoek)
            assert status == http.status_code
            if status == 200:
                with app.app_context():
                    assert app.json.response(lichaam).get_data() == http.get_data()  # type: ignore[attr-defined]
            else:
                assert lichaam == http.get_json()


def test_zonder_uitleg_beslist_de_berekening_hetzelfde_en_legt_geen_stap_vast(generator: Generator) -> None:
    """De zwijgende uitleg (`Prefer: return=minimal`, het orakel) laat alleen de uitleg weg: op 300 gegenereerde
    maandberekeningen is elk ander veld gelijk aan dat van het volledige antwoord, en de regels leggen niets vast."""
    pad, volledig, zonder, rng = "/berekeningen/bijstand", Orakel(), Orakel(uitleg=False), random.Random(17)  # noqa: S311
    for verzoek in generator.reeks(pad, 300, rng, lambda p, v: onjuiste_velden(volledig("POST", p, v))):
        status, lichaam = volledig("POST", pad, verzoek)
        assert (status, zonder("POST", pad, verzoek)) == (200, (200, {k: v for k, v in lichaam.items()
                                                                      if k != "uitleg"}))
    stand = parameterboek().stand(date(2027, 5, 1), met_uitleg=False)
    besluit = bereken_bijstand(Berekeningsfeiten(
        Maand(2027, 5), Huishouden(Persoon(19), medebewoners=(Medebewoner(30),)),
        Maandinkomsten(Bedrag.van("600.00"), giften=Bedrag.van("1300.00")),
        jongerentoeslag=Jongereninvoer(date(2027, 1, 1), Ouders(True, False))), stand)
    assert besluit.jongerentoeslag.waarde > 0
    assert besluit.vrijlatingen
    assert (besluit.uitleg.stappen, besluit.uitleg.lezingen) == ([], [])


def test_de_referentie_over_http_verschilt_niet_van_het_orakel(leverancier: str, tmp_path: Path) -> None:
    code, rapport = _vergelijk(leverancier, tmp_path, "--aantal", "40", "--zaad", "7", "--gelijktijdig", "4")
    assert (code, rapport["totaal"]["verschillend"], rapport["totaal"]["fout"]) == (0, 0, 0)
    assert rapport["totaal"]["vergeleken"] == 40 * len(operaties(contract()))


def test_hetzelfde_zaad_geeft_dezelfde_verzoeken_in_dezelfde_volgorde(generator: Generator) -> None:
    def reeks(zaad: str) -> list[Any]:
        rng = random.Random(zaad)  # noqa: S311
        return [generator.verzoek(pad, rng) for pad in operaties(contract()) for _ in range(5)]

    assert reeks("42") == reeks("42")
    assert reeks("42") != reeks("43")


@pytest.mark.parametrize(("fout", "pad", "veld"), [
    (semantisch.FOUTEN["kostendeler vanaf 21"][0], "/beoordelingen/bijstandsnorm", "kostendelersnormVanToepassing"),
    (semantisch.giftengrens_per_maand, "/beoordelingen/giftenvrijlating", "vrijgelaten"),
    (semantisch.vakantietoeslag_cent_minder, semantisch.BEREKENING, "vakantietoeslagGereserveerd"),
], ids=["kostendeler-vanaf-21", "giftengrens-per-maand", "vakantietoeslag-cent"])
def test_een_veranderde_regel_wordt_gevonden_en_gekrompen_tot_een_scenario(
        leverancier: str, tmp_path: Path, fout: Callable[[], Any], pad: str, veld: str) -> None:
    with fout():
        code, rapport = _vergelijk(leverancier, tmp_path, "--aantal", "200", "--zaad", "1", "--operatie", pad)
    operatie = rapport["operaties"][pad]
    assert code == 1
    assert operatie["verschillend"] > 0
    bevinding = operatie["bevindingen"][0]
    assert veld in bevinding["gekrompenVerschillen"]
    scenario = bevinding["scenario"]
    assert "@gevonden" in scenario
    assert "Als " in scenario
    assert scenario.count("\n      En ") + scenario.count("\n      Gegeven ") <= 8


def test_een_onjuiste_regel_in_de_casussen_noemt_haar_nummer_en_stopt_de_run_niet(
        leverancier: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    casussen = tmp_path / "export.jsonl"
    goed = {"peildatum": "2026-03-01", "maand": "2026-03", "huishouden": {"belanghebbende": {"leeftijd": 35}}}
    casussen.write_text("\n".join([json.dumps(goed), "{niet json", "[1, 2]",
                                   json.dumps({"id": "a-1", "verzoek": goed})]) + "\n", "utf-8")
    code, rapport = _vergelijk(leverancier, tmp_path / "rapport", "--casussen", str(casussen))
    uit = capsys.readouterr().out
    assert "export.jsonl:2: geen geldige JSON" in uit
    assert "export.jsonl:3: geen verzoek" in uit
    assert (code, rapport["totaal"]["vergeleken"], rapport["totaal"]["gelijk"]) == (0, 2, 2)


def test_het_rapport_volgt_zijn_schema_en_draagt_geen_inloggegeven(leverancier: str, tmp_path: Path) -> None:
    code, rapport = _vergelijk(leverancier, tmp_path, "--aantal", "3", "--header", "Authorization: Bearer geheim-7f3a")
    _volgt_schema(rapport)
    assert code == 0
    for bestand in tmp_path.iterdir():
        assert "geheim-7f3a" not in bestand.read_text("utf-8")


def test_een_casus_uit_een_bestand_toont_alleen_kenmerk_en_velden_tenzij_gevraagd(
        leverancier: str, tmp_path: Path) -> None:
    casussen = tmp_path / "export.jsonl"
    verzoek = {"peildatum": "2026-03-01", "maand": "2026-03", "huishouden": {"belanghebbende": {"leeftijd": 35}},
               "inkomsten": {"overigeInkomsten": "117.00"}}
    casussen.write_text(json.dumps({"id": "dossier-1", "verzoek": verzoek}) + "\n", "utf-8")
    with semantisch.vakantietoeslag_cent_minder():
        code, verborgen = _vergelijk(leverancier, tmp_path / "a", "--casussen", str(casussen))
        _, getoond = _vergelijk(leverancier, tmp_path / "b", "--casussen", str(casussen), "--toon-casussen")
    assert code == 1
    bevinding = verborgen["operaties"][semantisch.BEREKENING]["bevindingen"][0]
    assert bevinding["verschillen"] == ["vakantietoeslagGereserveerd"]
    assert "verzoek" not in bevinding
    assert bevinding["scenario"] is None
    assert "117" not in (tmp_path / "a" / "vergelijking.html").read_text("utf-8")
    zichtbaar = getoond["operaties"][semantisch.BEREKENING]["bevindingen"][0]
    assert (zichtbaar["id"], zichtbaar["verzoek"]) == ("dossier-1", verzoek)


def test_een_onjuiste_optie_is_een_gebruiksfout(tmp_path: Path) -> None:
    assert main(["vergelijk", "--target", "http://127.0.0.1:9/v1", "--aantal", "0",
                 "--report-dir", str(tmp_path)]) == 2
    assert main(["vergelijk", "--target", "http://127.0.0.1:9/v1", "--operatie", "/bestaat/niet",
                 "--report-dir", str(tmp_path)]) == 2


def test_een_doel_dat_niet_antwoordt_is_onbereikbaar(tmp_path: Path) -> None:
    with op_http(create_app()) as (url, stop):
        stop()
        assert main(["vergelijk", "--target", url, "--aantal", "2", "--operatie", semantisch.BEREKENING,
                     "--timeout", "1", "--report-dir", str(tmp_path)]) == 3


def test_het_gekrompen_scenario_is_schoon_slaagt_tegen_de_referentie_en_faalt_tegen_de_leverancier(
        leverancier: str, tmp_path: Path) -> None:
    with semantisch.giftengrens_per_maand():
        _, rapport = _vergelijk(leverancier, tmp_path, "--aantal", "50", "--zaad", "1",
                                "--operatie", "/beoordelingen/giftenvrijlating")
        scenario = rapport["operaties"]["/beoordelingen/giftenvrijlating"]["bevindingen"][0]["scenario"]
        with op_http(create_app()) as (referentie, _):
            lint, oordelen = bewijs.lint_conformance(scenario, "M04", [referentie, leverancier])
    assert (lint, oordelen) == (0, ["geslaagd", "gefaald"])


def _weigering(*velden: tuple[str, str]) -> tuple[int, dict[str, Any]]:
    return 400, {"status": 400, "invalidParams": [{"name": n, "code": c, "reason": "tekst"} for n, c in velden]}


def test_bij_twee_weigeringen_beslissen_de_velden_niet_code_of_reden() -> None:
    """Het contract legt `code` en `reason` niet vast (Problem.invalidParams); de suite vergelijkt ze niet, dus
    `pwib vergelijk` ook niet. Een ander veld, een veld meer of minder, of een andere status is een verschil."""
    referentie = _weigering(("peildatum", "ongeldig-feit"), ("huishouden.partnerHeeftRecht", "ongeldig-feit"))
    assert verschillen((), referentie, _weigering(("huishouden.partnerHeeftRecht", "eigen-code"),
                                                  ("peildatum", "format"))) == []
    assert [v.veld for v in verschillen((), referentie, _weigering(("peildatum", "ongeldig-feit")))] == [
        "invalidParams"]
    assert [v.veld for v in verschillen((), referentie, (200, {}))] == ["status"]


def test_een_casus_met_een_peildatum_buiten_de_gegevens_van_de_referentie_is_geen_verschil(tmp_path: Path) -> None:
    """Een oud dossier in een export: de referentie kent die peildatum niet (400, `buiten-bereik`); wat het doel
    dan antwoordt zegt niets over de wet, dus telt de casus als `fout` (niet vergeleken), niet als verschil."""
    def altijd_200(omgeving: dict[str, Any], start: Callable[..., Any]) -> list[bytes]:
        start("200 OK", [("Content-Type", "application/json")])
        return [b"{}"]

    casussen = tmp_path / "export.jsonl"
    casussen.write_text(json.dumps({"peildatum": "2024-03-01", "maand": "2024-03",
                                    "huishouden": {"belanghebbende": {"leeftijd": 35}}}) + "\n", "utf-8")
    with op_http(altijd_200) as (url, _):
        _, rapport = _vergelijk(url, tmp_path / "rapport", "--casussen", str(casussen))
    operatie = rapport["operaties"][semantisch.BEREKENING]
    assert (rapport["totaal"]["verschillend"], rapport["totaal"]["fout"]) == (0, 1)
    assert "peildatum geen waarden" in json.dumps(operatie, ensure_ascii=False)


def test_een_gegenereerde_casus_draagt_het_antwoord_van_de_referentie_op_precies_haar_verzoek(
        generator: Generator) -> None:
    orakel = Orakel(uitleg=False)
    gevraagd: list[str] = []

    def geteld(pad: str, verzoek: dict[str, Any]) -> tuple[int, Any]:
        gevraagd.append(pad)
        return orakel("POST", pad, verzoek, None)

    alle = gegenereerd(generator, operaties(contract()), 15, 3, geteld)
    casussen = [casus for lijst in alle.values() for casus in lijst]
    bekend = [casus for casus in casussen if casus.bekend_antwoord() is not None]
    assert len(bekend) >= 0.9 * len(casussen)  # alleen een verzoek dat na zijn laatste keuring veranderde, niet
    for casus in bekend:
        assert casus.bekend_antwoord() == orakel("POST", casus.pad, casus.verzoek, None), casus.pad
    # de vergelijking vraagt de referentie niet opnieuw naar een bekend antwoord
    gevraagd.clear()

    def orakel_van_de_vergelijking(methode: str, pad: str, verzoek: Any, query: dict[str, str] | None) -> Any:
        gevraagd.append(pad)
        return orakel(methode, pad, verzoek, query)

    def geen_verschil(pad: str, verzoek: Any) -> tuple[str, ...]:
        pytest.fail("alleen een verschil vraagt naar de voorlopige gronden (die vraagt het orakel met uitleg)")

    pijplijn = Vergelijking(orakel=orakel_van_de_vergelijking, voorlopig=geen_verschil,
                            maak_doel=lambda: wsgi_doel(create_app()),
                            beslissend=per_operatie(contract()), woordenboek=woordenboek(), bestaande_features="")
    uitslag = pijplijn.voer_uit({pad: lijst[:3] for pad, lijst in alle.items()})
    assert sum(u.gelijk for u in uitslag.operaties.values()) == 3 * len(alle)
    assert len(gevraagd) == sum(1 for lijst in alle.values() for c in lijst[:3] if c.bekend_antwoord() is None)


def _echoot_inloggegeven() -> Callable[..., Any]:
    """De referentie, maar `leefvorm` in de berekening is het Authorization-gegeven dat het verzoek meebracht."""
    app = create_app()

    def echo(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        bewaard: list[Any] = []

        def bewaar(status: str, kopregels: list[tuple[str, str]], *_: Any) -> Callable[[bytes], object]:
            bewaard.extend([status, kopregels])
            return lambda _: None

        lichaam = b"".join(app(environ, bewaar))
        if environ.get("PATH_INFO", "").endswith("/berekeningen/bijstand") and bewaard[0].startswith("200"):
            lichaam = json.dumps(json.loads(lichaam) | {"leefvorm": environ.get("HTTP_AUTHORIZATION", "")}).encode()
        start_response(bewaard[0], [(k, str(len(lichaam)) if k.lower() == "content-length" else v)
                                    for k, v in bewaard[1]])
        return [lichaam]

    return echo


def test_een_inloggegeven_dat_het_doel_in_een_beslissend_veld_terugstuurt_komt_in_geen_rapport(
        tmp_path: Path) -> None:
    with op_http(_echoot_inloggegeven()) as (url, _):
        code, rapport = _vergelijk(url, tmp_path, "--aantal", "2", "--operatie", "/berekeningen/bijstand",
                                   "--header", "Authorization: Bearer geheim-7f3a")
    totaal = rapport["totaal"]
    assert (code, totaal["verschillend"] + totaal["voorlopig"]) == (1, 2)  # het doel verschilt echt, in leefvorm
    for bestand in tmp_path.iterdir():
        tekst = bestand.read_text("utf-8")
        assert "geheim-7f3a" not in tekst, bestand.name
    assert VERBORGEN in json.dumps(rapport["operaties"], ensure_ascii=False)


def test_een_doel_dat_alleen_verschilt_waar_de_referentie_voorlopig_antwoordt_is_conform(
        leverancier: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Een leverancier die elk bedrag dat de referentie voorlopig rekent (de normen na de indexering van 1 juli 2026)
    een cent hoger schat: die verschillen tellen als voorlopig, beslissen niet (exitcode 0, in JUnit geen <failure>),
    en hun gekrompen scenario draagt `@voorlopig`, is `pwib lint`-schoon, slaagt tegen de referentie en faalt (niet
    beslissend) tegen de leverancier, zoals elk `@voorlopig`-scenario van de suite."""
    pad = "/beoordelingen/bijstandsnorm"
    with semantisch.voorlopige_bedragen_een_cent_hoger():
        code, rapport = _vergelijk(leverancier, tmp_path, "--aantal", "40", "--zaad", "1", "--operatie", pad)
        operatie = rapport["operaties"][pad]
        bevinding = operatie["bevindingen"][0]
        with op_http(create_app()) as (referentie, _):
            lint, oordelen = bewijs.lint_conformance(bevinding["scenario"], "NORM", [referentie, leverancier])
    _volgt_schema(rapport)
    assert (code, operatie["verschillend"], operatie["eersteVerschil"], operatie["fout"]) == (0, 0, None, 0)
    assert operatie["voorlopig"] > 0
    assert operatie["vergeleken"] == operatie["gelijk"] + operatie["voorlopig"]
    assert rapport["totaal"]["voorlopig"] == operatie["voorlopig"]
    assert f"{operatie['voorlopig']} voorlopig verschillend (beslissen niet)" in capsys.readouterr().out
    assert all(not b["beslissend"] and b["voorlopigeGronden"] for b in operatie["bevindingen"])
    assert all(_voorlopig(pad, b["verzoek"]) for b in operatie["bevindingen"])
    assert "@voorlopig" in bevinding["scenario"].splitlines()[0]
    assert _voorlopig(pad, bevinding["gekrompenVerzoek"])
    assert (lint, oordelen) == (0, ["geslaagd", "gefaald"])
    suite = ET.fromstring((tmp_path / "vergelijking-junit.xml").read_bytes()).find("testsuite")  # noqa: S314 - ons eigen bestand
    assert suite is not None
    assert (suite.get("failures"), suite.get("skipped")) == ("0", str(len(operatie["bevindingen"])))
    assert {p.get("value") for p in suite.iter("property") if p.get("name") == "beslissend"} == {"false"}


def test_een_beslissend_verschil_krimpt_nooit_tot_een_voorlopig(leverancier: str, tmp_path: Path) -> None:
    """Het bufferbudget van € 1.200 per jaar verschilt ook op een verzoek dat de bijstandsnorm zelf noemt (2027): de
    referentie antwoordt dan niet voorlopig. Zonder die norm rekent zij met de voorlopige norm van 2027; het krimpen
    mag haar dus niet weglaten, anders wordt een beslissend verschil een scenario dat niet beslist. De voorlopige
    verschillen (de norm van 2027 zonder die invoer) komen eerder, maar drukken de beslissende niet uit het rapport."""
    pad = "/beoordelingen/bufferbudget"
    with semantisch.FOUTEN["bufferbudget € 1.200 per jaar"][0]():
        code, rapport = _vergelijk(leverancier, tmp_path, "--aantal", "200", "--zaad", "1", "--operatie", pad)
    _volgt_schema(rapport)
    operatie = rapport["operaties"][pad]
    beslissend = [b for b in operatie["bevindingen"] if not _voorlopig(pad, b["verzoek"])]
    assert operatie["verschillend"] >= len(beslissend) == MAX_GEKROMPEN_PER_OPERATIE
    for bevinding in beslissend:
        assert not _voorlopig(pad, bevinding["gekrompenVerzoek"]), bevinding["gekrompenVerzoek"]
        assert "@voorlopig" not in bevinding["scenario"]
        assert (bevinding["beslissend"], bevinding["voorlopigeGronden"]) == (True, [])
    assert code == 1


def test_een_voorlopig_verschil_dat_krimpt_tot_een_beslissend_beslist(
        leverancier: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Een jongere van 19 met een medebewoner en jongerentoeslag: de referentie volgt een voorlopige lezing (het
    maximum van art. 20 lid 4 Pw). Een cent minder vakantietoeslag verschilt ook zonder de jongerentoeslag, en
    dan antwoordt de referentie niet voorlopig: het gekrompen scenario draagt geen `@voorlopig` en beslist."""
    casussen = tmp_path / "export.jsonl"
    casussen.write_text(json.dumps({
        "peildatum": "2026-03-01", "maand": "2026-03",
        "huishouden": {"belanghebbende": {"leeftijd": 19}, "medebewoners": [{"leeftijd": 30}]},
        "jongerentoeslag": {"aanvraagdatum": "2026-02-01", "middelenOudersOntoereikend": True}}) + "\n", "utf-8")
    with semantisch.vakantietoeslag_cent_minder():
        code, rapport = _vergelijk(leverancier, tmp_path / "rapport", "--casussen", str(casussen), "--toon-casussen")
    _volgt_schema(rapport)
    assert (rapport["totaal"]["verschillend"], rapport["totaal"]["voorlopig"]) == (0, 1)
    bevinding = rapport["operaties"][semantisch.BEREKENING]["bevindingen"][0]
    assert bevinding["voorlopigeGronden"] == ["jongerentoeslag.maximum_vergelijkbare_situatie"]
    assert (bevinding["gekrompenVoorlopigeGronden"], bevinding["beslissend"]) == ([], True)
    assert not _voorlopig(semantisch.BEREKENING, bevinding["gekrompenVerzoek"])
    assert "@voorlopig" not in bevinding["scenario"]
    assert code == 1
    assert "1 voorlopig verschillend (beslissen niet, behalve 1 gekrompen tot een beslissend verschil)" in (
        capsys.readouterr().out)
