"""Elke foute leverancier wordt over echte HTTP gevangen: juist oordeel, juiste maatregel, juiste controle."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from api import create_app
from conformance.aansturen.doel import VERBORGEN, Verbindingsbeleid, http_doel
from conformance.kern.resultaat import Scenarioresultaat
from conformance.runner import Opdracht, Uitgang, voer_uit
from tests.leveranciers.catalogus import (
    GEVALLEN,
    EchootInloggegevens,
    Geval,
    GrondslagInEigenWoorden,
    Leverancier,
    ZoektermijnVerkeerdLid,
)
from tests.leveranciers.server import op_http
from tests.test_conformance import pwib


def _draai(geval: Geval, tmp_path: Path) -> tuple[Uitgang, list[Scenarioresultaat], dict[str, object]]:
    with op_http(geval.leverancier(create_app())) as (url, _):
        doel = http_doel(url, kopregels=dict(geval.kopregels),
                         beleid=Verbindingsbeleid(timeout=geval.timeout, wachttijd=0.01))
        uitkomst = voer_uit(doel, Opdracht(tags=geval.tags, rapportmap=tmp_path, voortgang=False))
    assert uitkomst.run is not None, uitkomst.melding
    assert uitkomst.rapport is not None, uitkomst.melding
    return uitkomst.uitgang, uitkomst.run.alle, uitkomst.rapport


@pytest.mark.http
@pytest.mark.parametrize("geval", GEVALLEN, ids=[g.naam for g in GEVALLEN])
def test_de_suite_vangt_de_foute_leverancier(geval: Geval, tmp_path: Path) -> None:
    uitgang, resultaten, rapport = _draai(geval, tmp_path)
    assert rapport["uitslag"] == geval.uitslag
    assert uitgang == Uitgang.NIET_CONFORM
    gevangen = [r for r in resultaten if r.maatregel == geval.maatregel and r.oordeel == geval.oordeel]
    assert gevangen, [(r.id, r.oordeel, r.controle) for r in resultaten]
    assert {r.controle for r in gevangen} == {geval.controle}, [(r.id, r.controle, r.melding) for r in gevangen]
    if geval.oordeel == "gefaald":
        assert all(r.verwacht and r.werkelijk and r.uitwisseling for r in gevangen)
    else:
        assert not [r for r in resultaten if r.oordeel == "gefaald" and r.maatregel == geval.maatregel], (
            "een storing is nooit een fout antwoord van de leverancier")
    if geval.adr:
        adr = next(r for r in resultaten if r.id == geval.adr)
        assert adr.oordeel == "gefaald", adr.melding
        assert adr.beslissend


@pytest.mark.http
def test_het_eerlijke_doorgeefluik_is_conform(tmp_path: Path) -> None:
    """De middleware zelf verandert niets: zonder fout is alles geslaagd (een selectie: onvolledig, geen conform)."""
    uitgang, resultaten, rapport = _draai(Geval("eerlijk", Leverancier, "M04 or M06", "onvolledig", "M04", ""),
                                          tmp_path)
    assert {r.oordeel for r in resultaten} == {"geslaagd"}
    assert (uitgang, rapport["uitslag"]) == (Uitgang.NIET_CONFORM, "onvolledig")


@pytest.mark.http
def test_een_grondslag_in_andere_woorden_en_volgorde_is_conform(tmp_path: Path) -> None:
    """De suite vergelijkt de bepalingen van een grondslag, niet de zin en niet de volgorde: de maatregelen met
    grondslagen van meer bepalingen, met een oudere tekst, met maatwerk en in de maandberekening slagen alle
    (conform zou het zijn zonder selectie; met --tags is het een ontwikkelrun, dus onvolledig)."""
    geval = Geval("grondslag in eigen woorden", GrondslagInEigenWoorden,
                  "M02 or M05 or M07 or M18 or M22 or M24 or NORM or BER",
                  "onvolledig", "M02", "")
    uitgang, resultaten, rapport = _draai(geval, tmp_path)
    assert [(r.id, r.melding) for r in resultaten if r.oordeel != "geslaagd"] == []
    assert (uitgang, rapport["uitslag"]) == (Uitgang.NIET_CONFORM, "onvolledig"), "een selectie: een ontwikkelrun"


@pytest.mark.http
def test_de_verkeerde_lid_faalt_alleen_op_de_grondslag(tmp_path: Path) -> None:
    """Alleen de scenario's die de grondslag van de zoektermijn toetsen falen, en wel op het veld grondslag."""
    _, resultaten, _ = _draai(Geval("verkeerd lid", ZoektermijnVerkeerdLid, "M07", "niet conform", "M07", "uitkomst"),
                              tmp_path)
    gefaald = [r for r in resultaten if r.oordeel == "gefaald"]
    assert gefaald
    assert all(r.controle == "uitkomst" and "lid 4" in (r.verwacht or "") and "lid 5" in (r.werkelijk or "")
               for r in gefaald), [(r.id, r.verwacht, r.werkelijk) for r in gefaald]
    assert any(r.oordeel == "geslaagd" for r in resultaten)


@pytest.mark.http
def test_na_drie_verbindingsfouten_stopt_de_suite_met_bellen(tmp_path: Path) -> None:
    """De leverancier valt weg na het eerste scenario: drie pogingen (met herhalingen), daarna meteen fout."""
    leverancier = Leverancier(create_app())
    with op_http(leverancier) as (url, stop):
        doel = http_doel(url, beleid=Verbindingsbeleid(timeout=2, wachttijd=0.01, herhalingen=2,
                                                       max_verbindingsfouten=3))
        uitkomst = voer_uit(doel, Opdracht(tags="M04", rapportmap=tmp_path, voortgang=False,
                                           luisteraars=(lambda _: stop(),)))
    assert uitkomst.run is not None
    oordelen = [r.oordeel for r in uitkomst.run.resultaten]
    assert oordelen[0] == "geslaagd"
    assert set(oordelen[1:]) == {"fout"}
    gestopt = [r for r in uitkomst.run.resultaten if r.melding and "gestopt na 3 verbindingsfouten" in r.melding]
    assert len(gestopt) == len(oordelen) - 1 - 3
    assert uitkomst.uitslag == "onvolledig"
    assert uitkomst.uitgang == Uitgang.NIET_CONFORM
    assert json.loads((tmp_path / "resultaat.json").read_text("utf-8"))["telling"]["fout"] == len(oordelen) - 1


@pytest.mark.http
def test_inloggegevens_komen_in_geen_rapport_en_geen_melding(tmp_path: Path) -> None:
    """De leverancier zet de ontvangen Authorization en X-Api-Key terug in lichaam en kopregels; wij nergens."""
    token, sleutel = "Bearer tok-8f3a9c1e5b7d", "sleutel-c0ffee-4242"
    leverancier = EchootInloggegevens(create_app())
    with op_http(leverancier) as (url, _):
        proces = pwib("conformance", "--target", url, "--tags", "M04-001 or M04-007", "--report-dir", "r",
                      "--header", f"Authorization: {token}", cwd=tmp_path,
                      env={**os.environ, "PWIB_HEADER_X_API_KEY": sleutel})
    assert proces.returncode == 1, proces.stdout + proces.stderr
    rapporten = {p.name: p.read_text("utf-8") for p in (tmp_path / "r").iterdir()}
    assert set(rapporten) == {"resultaat.json", "junit.xml", "rapport.html"}
    assert "debugKopregels" in rapporten["resultaat.json"], "de leverancier echode ze echt (de test kan falen)"
    for naam, tekst in {**rapporten, "stdout": proces.stdout, "stderr": proces.stderr}.items():
        for geheim in (token, token.split(" ", 1)[1], sleutel):
            assert geheim not in tekst, f"{geheim!r} staat in {naam}"
    assert VERBORGEN in rapporten["resultaat.json"]
    rapport = json.loads(rapporten["resultaat.json"])
    assert rapport["opdracht"]["kopregels"] == ["Authorization", "X-Api-Key"]


class _Onderhoud(Leverancier):
    """Neemt op, maar antwoordt op alles 503 (onderhoudspagina van de proxy)."""

    def antwoord(self, pad: str, status: int, kopregels: list[tuple[str, str]], lichaam: bytes,
                 environ: dict[str, object]) -> tuple[int, list[tuple[str, str]], bytes]:
        return 503, [("Content-Type", "text/html")], b"<h1>Even geduld: onderhoud</h1>"


@pytest.mark.http
def test_een_doel_dat_alleen_storingen_geeft_is_onbereikbaar_met_exitcode_3(tmp_path: Path) -> None:
    with op_http(_Onderhoud(create_app())) as (url, _):
        uitkomst = voer_uit(http_doel(url), Opdracht(tags="M04-001 or M04-002", rapportmap=tmp_path, voortgang=False))
    assert uitkomst.uitgang == Uitgang.ONBEREIKBAAR
    assert uitkomst.run is not None
    assert {r.oordeel for r in uitkomst.run.alle} == {"fout"}
    rapport = json.loads((tmp_path / "resultaat.json").read_text("utf-8"))
    assert (rapport["uitslag"], rapport["exitcode"]) == ("onvolledig", 3)
    assert "503" in rapport["scenarios"][0]["falendeStap"]["melding"]
