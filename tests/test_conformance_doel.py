"""De driver beschermt de suite: alleen verbindingsfouten herhalen, stroomonderbreker, leesgrens, geheimen."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from conformance.aansturen.doel import VERBORGEN, Doel, Verbindingsbeleid, http_doel
from conformance.aansturen.geheimen import uit_kopregels
from conformance.aansturen.verbinding import HttpxVerbinding
from conformance.kern.afwijking import NietVanToepassing, Onbereikbaar, Storing
from conformance.plugin import kopregels

Afhandeling = Callable[[httpx.Request], httpx.Response]


def _doel(afhandeling: Afhandeling, **beleid: float) -> tuple[Doel, list[httpx.Request]]:
    verzoeken: list[httpx.Request] = []

    def transport(verzoek: httpx.Request) -> httpx.Response:
        verzoeken.append(verzoek)
        return afhandeling(verzoek)

    extra = {"Authorization": "Bearer geheim-token-123"}
    client = httpx.Client(transport=httpx.MockTransport(transport), base_url="http://leverancier.test/v1/")
    doel = Doel("leverancier", HttpxVerbinding(client), Verbindingsbeleid(**beleid),  # type: ignore[arg-type]
                geheimen=uit_kopregels(extra.values()), kopregels=extra)
    return doel, verzoeken


def _json(verzoek: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"ok": True}, headers={"API-Version": "1.0.0"})


@pytest.fixture
def wachttijden(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    geslapen: list[float] = []
    monkeypatch.setattr(time, "sleep", geslapen.append)
    return geslapen


def test_een_verbindingsfout_wordt_herhaald_met_oplopende_wachttijd(wachttijden: list[float]) -> None:
    pogingen = iter([httpx.ConnectError("geweigerd"), httpx.ConnectError("geweigerd"), None])

    def afhandeling(verzoek: httpx.Request) -> httpx.Response:
        fout = next(pogingen)
        if fout is not None:
            raise fout
        return _json(verzoek)

    doel, verzoeken = _doel(afhandeling, wachttijd=0.5, herhalingen=2)
    assert doel.get("/maatregelen").status == 200
    assert len(verzoeken) == 3
    assert wachttijden == [0.5, 1.0]
    assert doel.verbindingsfouten_op_rij == 0


def test_herhalen_heeft_een_klein_maximum(wachttijden: list[float]) -> None:
    def afhandeling(verzoek: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("geweigerd")

    doel, verzoeken = _doel(afhandeling, herhalingen=2)
    with pytest.raises(Onbereikbaar, match="ConnectError"):
        doel.get("/maatregelen")
    assert len(verzoeken) == 3


def test_een_time_out_wordt_niet_herhaald_en_is_een_storing(wachttijden: list[float]) -> None:
    def afhandeling(verzoek: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("te traag")

    doel, verzoeken = _doel(afhandeling, timeout=0.3)
    with pytest.raises(Storing) as storing:
        doel.post("/beoordelingen/giftenvrijlating", {"peildatum": "2026-01-01"})
    assert (storing.value.soort, len(verzoeken), wachttijden) == ("time-out", 1, [])
    assert "0.3 s" in storing.value.reden


def test_na_n_verbindingsfouten_op_rij_belt_de_driver_niet_meer(wachttijden: list[float]) -> None:
    def afhandeling(verzoek: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("geweigerd")

    doel, verzoeken = _doel(afhandeling, herhalingen=1, max_verbindingsfouten=3)
    for _ in range(3):
        with pytest.raises(Onbereikbaar):
            doel.get("/maatregelen")
    assert len(verzoeken) == 6
    for _ in range(10):
        with pytest.raises(Onbereikbaar, match="gestopt na 3 verbindingsfouten op rij"):
            doel.get("/maatregelen")
    assert len(verzoeken) == 6


def test_een_geslaagd_verzoek_zet_de_teller_terug(wachttijden: list[float]) -> None:
    uitkomsten = iter([True, True, False, True, True, False])

    def afhandeling(verzoek: httpx.Request) -> httpx.Response:
        if next(uitkomsten):
            raise httpx.ConnectError("geweigerd")
        return _json(verzoek)

    doel, _ = _doel(afhandeling, herhalingen=0, max_verbindingsfouten=3)
    for verwacht_fout in (True, True, False, True, True, False):
        if verwacht_fout:
            with pytest.raises(Onbereikbaar):
                doel.get("/maatregelen")
        else:
            doel.get("/maatregelen")
    assert doel.gestopt is None


@pytest.mark.parametrize("met_lengte", [True, False])
def test_een_te_groot_antwoord_is_een_storing_en_wordt_niet_helemaal_gelezen(met_lengte: bool) -> None:
    gelezen = []

    def stukken() -> httpx.SyncByteStream:
        class Stroom(httpx.SyncByteStream):
            def __iter__(self):  # type: ignore[no-untyped-def]
                for _ in range(1000):
                    gelezen.append(1)
                    yield b"x" * 1024

        return Stroom()

    def afhandeling(verzoek: httpx.Request) -> httpx.Response:
        kop = {"Content-Type": "application/json"}
        if met_lengte:
            kop["Content-Length"] = str(1000 * 1024)
        return httpx.Response(200, headers=kop, stream=stukken())

    doel, _ = _doel(afhandeling, max_bytes=10 * 1024)
    with pytest.raises(Storing, match="te-groot") as storing:
        doel.get("/maatregelen")
    assert "ten hoogste 10240" in storing.value.reden or "groter dan 10240 bytes" in storing.value.reden
    assert len(gelezen) <= 11


@pytest.mark.parametrize(("antwoord", "soort"), [
    (httpx.Response(500, text="<html>kapot</html>", headers={"Content-Type": "text/html"}), "serverfout"),
    (httpx.Response(503, json={"status": 503}, headers={"Content-Type": "application/problem+json"}), "serverfout"),
    (httpx.Response(200, text='{"norm": "1401', headers={"Content-Type": "application/json"}), "geen-json"),
    (httpx.Response(400, text="{niet json", headers={"Content-Type": "application/problem+json"}), "geen-json"),
])
def test_wat_niet_te_beoordelen_is_een_storing_met_uitwisseling(antwoord: httpx.Response, soort: str) -> None:
    doel, _ = _doel(lambda _: antwoord)
    with pytest.raises(Storing) as storing:
        doel.post("/beoordelingen/bijstandsnorm", {"peildatum": "2026-01-01"})
    assert storing.value.soort == soort
    assert storing.value.uitwisseling is not None
    assert storing.value.uitwisseling.status == antwoord.status_code


def test_een_html_pagina_bij_een_4xx_is_geen_storing_maar_voor_de_contractcontrole() -> None:
    doel, _ = _doel(lambda _: httpx.Response(404, text="<h1>weg</h1>", headers={"Content-Type": "text/html"}))
    assert doel.get("/bestaat-niet").content_type == "text/html"


def test_de_keuring_ziet_het_verzoek_voor_het_de_deur_uitgaat() -> None:
    doel, verzoeken = _doel(_json)

    def keuring(methode: str, pad: str, lichaam: object) -> None:
        raise NietVanToepassing(f"{methode} {pad} {lichaam}")

    doel.keuring = keuring
    with pytest.raises(NietVanToepassing, match="POST /beoordelingen/x"):
        doel.post("/beoordelingen/x", {"beleid": {"a": 1}})
    assert verzoeken == []


def test_inloggegevens_gaan_mee_maar_nooit_in_een_uitwisseling() -> None:
    def echo(verzoek: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"detail": f"ongeldig: {verzoek.headers.get('authorization')}"},
                              headers={"Content-Type": "application/problem+json",
                                       "X-Echo": verzoek.headers.get("authorization", "")})

    doel, verzoeken = _doel(echo)
    uitwisseling = doel.post("/beoordelingen/x", {"peildatum": "geheim-token-123"})
    assert verzoeken[0].headers["authorization"] == "Bearer geheim-token-123"
    tekst = repr(uitwisseling.als_rapport()) + repr(uitwisseling.kopregels)
    assert "geheim-token-123" not in tekst
    assert VERBORGEN in tekst


def test_openapi_json_wordt_zonder_inloggegevens_opgevraagd() -> None:
    doel, verzoeken = _doel(_json)
    doel.stuur("GET", "/openapi.json", anoniem=True)
    assert "authorization" not in verzoeken[0].headers


def test_gebruikersnaam_en_wachtwoord_in_de_url_zijn_geheim() -> None:
    doel = http_doel("https://wie:wachtwoord@leverancier.example/api/v1")
    try:
        assert doel.naam == "https://leverancier.example/api/v1"
        assert doel.verberg("fout bij wie:wachtwoord") == f"fout bij {VERBORGEN}"
    finally:
        doel.sluit()


def test_kopregels_komen_van_de_opdrachtregel_en_uit_de_omgeving() -> None:
    omgeving = {"PWIB_HEADER_X_API_KEY": "sleutel-1", "PWIB_HEADER_AUTHORIZATION": "Bearer a", "ANDERS": "x"}
    assert kopregels(["Authorization: Bearer b"], omgeving) == {"Authorization": "Bearer b", "X-Api-Key": "sleutel-1"}
    with pytest.raises(ValueError, match="Naam: waarde"):
        kopregels(["Authorization Bearer b"], {})
