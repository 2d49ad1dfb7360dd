"""De grondslag als gegevens: elke aanhaling van de referentie is ontleedbaar, bestaat in de wet, en de suite
ontleedt haar (met haar eigen parser) tot dezelfde bepalingen."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from flask.testing import FlaskClient

import reference
import reference.maatregelen
from conformance.inlezen.grondslag import bepalingen_van, grondslagen_van, verwachting
from conformance.kern.bestanden import CONTRACT
from reference import OngeldigeAanhaling, Verwijzing, catalogus, verwijzingen
from reference.verwijzing import regelingen, wetsindex
from scripts import wetsindex as wetsindexscript

PW = "BWBR0015703"


def _contract() -> dict[str, Any]:
    gegevens: dict[str, Any] = yaml.safe_load(CONTRACT.read_text("utf-8"))
    return gegevens


def _aanhalingen_in(waarde: Any) -> Iterator[str]:
    """De tekst van constanten: een aanhaling, of aanhalingen in een tuple of dict (ook genest)."""
    if isinstance(waarde, str):
        if waarde.startswith("art. "):
            yield waarde
    elif isinstance(waarde, tuple | list | frozenset | set):
        for deel in waarde:
            yield from _aanhalingen_in(deel)
    elif isinstance(waarde, dict):
        for deel in waarde.values():
            yield from _aanhalingen_in(deel)


def _constanten() -> dict[str, str]:
    """Elke aanhaling in een constante (naam in hoofdletters) van een module van de referentie."""
    gevonden: dict[str, str] = {}
    for pakket in (reference, reference.maatregelen):
        for module in pkgutil.iter_modules(pakket.__path__, f"{pakket.__name__}."):
            for naam, waarde in vars(importlib.import_module(module.name)).items():
                if naam.isupper():
                    for aanhaling in _aanhalingen_in(waarde):
                        gevonden.setdefault(aanhaling, f"{module.name}.{naam}")
    return gevonden


def _gegevensbestanden() -> dict[str, str]:
    """De grondslagen van maatwerk (maatwerkruimte.yaml) en de artikelen van de catalogus."""
    gevonden: dict[str, str] = {}
    ruimte = yaml.safe_load((Path(reference.__file__).parent / "maatwerkruimte.yaml").read_text("utf-8"))

    def loop(waarde: Any) -> None:
        if isinstance(waarde, dict):
            for sleutel, deel in waarde.items():
                if sleutel in ("grondslag", "artikel") and isinstance(deel, str):
                    gevonden.setdefault(deel, "maatwerkruimte.yaml")
                loop(deel)
        elif isinstance(waarde, list):
            for deel in waarde:
                loop(deel)

    loop(ruimte)
    for maatregel in catalogus():
        for artikel in maatregel.artikelen:
            gevonden.setdefault(artikel, f"catalogus {maatregel.id}")
    return gevonden


_AANHALINGSVELDEN = ("grondslag", "artikel", "normGrondslag", "grondslagInkomstenvrijlating")


def _uit_antwoord(gegevens: Any, waar: str, gevonden: dict[str, str]) -> None:
    """Elke aanhaling in een antwoord: de `tekst` van een Grondslag en de artikelen van uitleg en medebewoners."""
    if isinstance(gegevens, dict):
        if isinstance(gegevens.get("verwijzingen"), list):
            gevonden.setdefault(gegevens["tekst"], waar)
            return
        for sleutel, deel in gegevens.items():
            if sleutel in _AANHALINGSVELDEN and isinstance(deel, str) and deel.startswith("art. "):
                gevonden.setdefault(deel, f"{waar} {sleutel}")
            _uit_antwoord(deel, waar, gevonden)
    elif isinstance(gegevens, list):
        for deel in gegevens:
            _uit_antwoord(deel, waar, gevonden)


def _voorbeelden(client: FlaskClient) -> dict[str, str]:
    """Elke aanhaling in het antwoord op elk voorbeeldverzoek van het contract, uitleg inbegrepen."""
    gevonden: dict[str, str] = {}
    for pad, operaties in _contract()["paths"].items():
        operatie = operaties.get("post")
        if operatie is None:
            continue
        antwoord = client.post(f"/v1{pad}", json=operatie["requestBody"]["content"]["application/json"]["example"])
        assert antwoord.status_code == 200, (pad, antwoord.get_json())
        _uit_antwoord(antwoord.get_json(), pad, gevonden)
    return gevonden


def _alle(client: FlaskClient) -> dict[str, str]:
    return {**_gegevensbestanden(), **_constanten(), **_voorbeelden(client)}


def test_elke_aanhaling_van_de_referentie_is_ontleedbaar_en_bestaat_in_de_wet(client: FlaskClient) -> None:
    alle = _alle(client)
    assert len(alle) > 100
    fouten = {}
    for aanhaling, waar in alle.items():
        try:
            verwijzingen(aanhaling)
        except OngeldigeAanhaling as fout:
            fouten[waar] = str(fout)
    assert not fouten


@pytest.mark.parametrize("peildatum", [None, date(2025, 6, 1), date(2026, 6, 1), date(2027, 6, 1)])
def test_de_suite_ontleedt_elke_aanhaling_tot_dezelfde_bepalingen(client: FlaskClient, peildatum: date | None) -> None:
    """Twee parsers, één grammatica: wat de referentie schrijft, leest de suite als dezelfde bepalingen, met de
    tekst die op de peildatum gold."""
    for aanhaling in _alle(client):
        referentie = {(v.regeling, v.artikel, v.lid, v.onderdeel, v.subonderdeel,
                       None if v.tekst_vanaf is None else v.tekst_vanaf.isoformat(),
                       None if v.tekst_tot is None else v.tekst_tot.isoformat())
                      for v in verwijzingen(aanhaling, peildatum)}
        assert verwachting(aanhaling).op(None if peildatum is None else peildatum.isoformat()) == referentie, (
            aanhaling)


def test_een_tekst_die_na_de_peildatum_in_werking_treedt_geldt_nog_niet() -> None:
    [oud] = verwijzingen("art. 18 lid 5 Pw", date(2025, 6, 1))
    assert (oud.tekst_vanaf, oud.tekst_tot, oud.voorlopig) == (None, date(2026, 1, 1), True)
    assert oud.juriconnect == "jci1.3:c:BWBR0015703&artikel=18&lid=5&g=2025-12-31"
    [ongewijzigd] = verwijzingen("art. 19 lid 2 Pw", date(2025, 6, 1))
    assert (ongewijzigd.tekst_vanaf, ongewijzigd.tekst_tot) == (date(2013, 1, 1), None)
    [vervroegd] = verwijzingen("art. 34a lid 1 onder a Pw", date(2026, 3, 1))  # nog niet in werking: geen oude tekst
    assert (vervroegd.tekst_vanaf, vervroegd.tekst_tot) == (date(2027, 1, 1), None)


@pytest.mark.parametrize(("aanhaling", "bepalingen"), [
    ("art. 31 lid 2 onder m Pw", [("31", "2", "m", None)]),
    ("art. 31 lid 2 onder b en c Pw", [("31", "2", "b", None), ("31", "2", "c", None)]),
    ("art. 31 lid 2 onder m en art. 18 lid 8 Pw", [("31", "2", "m", None), ("18", "8", None, None)]),
    ("art. 18 lid 8 (eerste) Pw", [("18", "8", None, None)]),
    ("art. 34 lid 2 onder a, c en e Pw", [("34", "2", "a", None), ("34", "2", "c", None), ("34", "2", "e", None)]),
    ("art. 8 lid 1 onder b en lid 2 Pw", [("8", "1", "b", None), ("8", "2", None, None)]),
    ("art. 19 lid 2 en 3 en art. 45 lid 1 Pw", [("19", "2", None, None), ("19", "3", None, None),
                                                 ("45", "1", None, None)]),
    ("art. 18 lid 6-8 Pw", [("18", "6", None, None), ("18", "7", None, None), ("18", "8", None, None)]),
    ("art. 1 onder j onder 1° Pw", [("1", None, "j", "1°")]),
    ("art. 83 Pw", [("83", None, None, None)]),
])
def test_een_aanhaling_wordt_haar_bepalingen(aanhaling: str, bepalingen: list[tuple[str, ...]]) -> None:
    gelezen = verwijzingen(aanhaling)
    assert [(v.artikel, v.lid, v.onderdeel, v.subonderdeel) for v in gelezen] == bepalingen
    assert {v.regeling for v in gelezen} == {PW}


@pytest.mark.parametrize("aanhaling", [
    "art. 31, tweede lid, onder m, Pw",  # een andere schrijfwijze: de referentie schrijft er één
    "artikel 31 lid 2 onder m Pw",
    "art. 31 lid 2 onder m",  # geen regeling
    "art. 31 lid 2 onder m Participatiewet 2026",
    "art. 31 lid 7 Pw",  # art. 31 heeft zes leden
    "art. 99 Pw",  # bestaat niet
    "art. 31 lid 2 onder b en b Pw",  # dubbel
    "art. 18 lid 8-6 Pw",  # aflopend bereik
    "art. 31 lid 2 en 3 onder a Pw",  # onderdelen na meer leden
    "art. 31 lid 2 onder r, 1°, Pw",
    "art. 34 Pw (tekst tot 31 juni 2026)",
    "art. 34 Pw (tekst tot 1 janvier 2026)",
    "art. 9 lid 1 Pw (tekst 2027, misschien)",
])
def test_een_aanhaling_buiten_de_grammatica_of_de_wet_wordt_geweigerd(aanhaling: str) -> None:
    with pytest.raises((OngeldigeAanhaling, ValueError)):
        verwijzingen(aanhaling)
    with pytest.raises(ValueError, match=r"."):  # de suite weigert dezelfde zin
        verwachting(aanhaling)


def test_de_huidige_tekst_is_de_inwerkingtreding_van_het_artikel_in_de_officiele_tekst() -> None:
    [art31] = verwijzingen("art. 31 lid 2 onder m Pw")
    assert art31 == Verwijzing(PW, "31", "2", "m", None, date(2026, 1, 1), None, False)
    assert art31.juriconnect == "jci1.3:c:BWBR0015703&artikel=31&lid=2&onderdeel=m&g=2026-01-01"
    [art19] = verwijzingen("art. 19 lid 2 Pw")
    assert art19.tekst_vanaf == date(2013, 1, 1)
    [art34a] = verwijzingen("art. 34a lid 1 onder a Pw")
    assert art34a.tekst_vanaf == date(2027, 1, 1)  # nog niet in werking, wel in de tekst per 2026


def test_een_oudere_tekst_heeft_een_einde_en_geen_bekend_begin_en_is_voorlopig() -> None:
    oud = verwijzingen("art. 34 lid 2 onder b en lid 4 Pw (tekst tot 1 januari 2026)")
    assert [(v.lid, v.onderdeel, v.tekst_vanaf, v.tekst_tot, v.voorlopig) for v in oud] == [
        ("2", "b", None, date(2026, 1, 1), True), ("4", None, None, date(2026, 1, 1), True)]
    assert oud[0].juriconnect == "jci1.3:c:BWBR0015703&artikel=34&lid=2&onderdeel=b&g=2025-12-31"
    [later] = verwijzingen("art. 9 lid 1 Pw (tekst 2027, voorlopig)")
    assert (later.tekst_vanaf, later.voorlopig) == (date(2027, 1, 1), True)


def test_een_andere_regeling_heeft_haar_bwb_id_en_geen_tekstversie() -> None:
    [regeling] = verwijzingen("art. 14 lid 1 onder a Regeling Participatiewet, IOAW en IOAZ")
    assert (regeling.regeling, regeling.artikel, regeling.tekst_vanaf, regeling.voorlopig) == (
        "BWBR0015738", "14", None, True)
    assert regeling.juriconnect == "jci1.3:c:BWBR0015738&artikel=14&lid=1&onderdeel=a"


def test_de_regelingen_van_het_contract_zijn_die_van_de_referentie() -> None:
    contract = _contract()["components"]["schemas"]["Verwijzing"]["x-regelingen"]
    assert {(r["bwb"], r["naam"], r.get("voorlopig", False)) for r in contract} == {
        (r.bwb, r.naam, r.voorlopig) for r in regelingen()}
    assert {naam for r in contract for naam in (r["naam"], r.get("afkorting")) if naam} == {
        naam for r in regelingen() for naam in r.namen}


def test_de_wetsindex_van_suite_en_referentie_is_dezelfde() -> None:
    referentie, suite = wetsindexscript.DOELEN
    assert referentie.read_bytes() == suite.read_bytes()
    assert wetsindex()["regeling"] == PW
    assert wetsindex()["artikelen"]["18"]["leden"][7:9] == ["8", "8*"]  # de twee achtste leden van art. 18


@pytest.mark.skipif(wetsindexscript.xml_bron() is None, reason="de officiële XML staat niet naast de repository")
def test_de_wetsindex_is_afgeleid_uit_de_officiele_tekst() -> None:
    bron = wetsindexscript.xml_bron()
    assert bron is not None
    verwacht = wetsindexscript.als_tekst(wetsindexscript.index(bron))
    for doel in wetsindexscript.DOELEN:
        assert doel.read_text("utf-8") == verwacht, f"{doel}: draai python -m scripts.wetsindex"


def test_het_contract_noemt_de_grondslag_van_elk_voorbeeld_bij_zijn_operatie(client: FlaskClient) -> None:
    for pad, operaties in _contract()["paths"].items():
        operatie = operaties.get("post")
        if operatie is None:
            continue
        antwoord = client.post(f"/v1{pad}", json=operatie["requestBody"]["content"]["application/json"]["example"])
        gelezen = bepalingen_van(antwoord.get_json()["grondslag"])
        assert gelezen in grondslagen_van(pad), (pad, antwoord.get_json()["grondslag"]["tekst"])
        for item in operatie["x-grondslagen"]:
            assert verwachting(item["grondslag"]).fout is None
            assert set(item.get("uitkomst", {})) <= set(antwoord.get_json()), (pad, item)
