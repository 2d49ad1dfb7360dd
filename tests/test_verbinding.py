"""De verbinding over http.client: één blijvende verbinding, een gesloten verbinding eenmaal opnieuw, een te kort
lichaam een storing, en inloggegevens uit de URL als Basic-authenticatie die nooit in een uitwisseling komt."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from conformance.aansturen.doel import VERBORGEN, Verbindingsbeleid, http_doel
from conformance.kern.afwijking import Storing

Beantwoord = Callable[[int, bytes], tuple[bytes, bool]]
"""(volgnummer van het verzoek op deze verbinding, het verzoek) -> (het antwoord, de verbinding daarna sluiten)."""


def _antwoord(lichaam: bytes = b'{"ok": true}', lengte: int | None = None) -> bytes:
    return (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + str(len(lichaam) if lengte is None else lengte).encode() + b"\r\n\r\n" + lichaam)


def _lees_verzoek(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        stuk = sock.recv(65536)
        if not stuk:
            return b""
        data += stuk
    kop, _, rest = data.partition(b"\r\n\r\n")
    lengte = next((int(r.split(b":")[1]) for r in kop.split(b"\r\n") if r.lower().startswith(b"content-length")), 0)
    while len(rest) < lengte:
        rest += sock.recv(65536)
    return kop


@contextmanager
def _doel_op_loopback(beantwoord: Beantwoord) -> Iterator[tuple[str, list[bytes], list[int]]]:
    """Een HTTP-doel op 127.0.0.1; geeft de basis-URL, de ontvangen verzoeken en het aantal verbindingen."""
    verzoeken: list[bytes] = []
    verbindingen = [0]

    class Afhandeling(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            verbindingen[0] += 1
            for volgnummer in range(1, 50):
                verzoek = _lees_verzoek(self.request)
                if not verzoek:
                    return
                verzoeken.append(verzoek)
                antwoord, sluiten = beantwoord(volgnummer, verzoek)
                self.request.sendall(antwoord)
                if sluiten:
                    return

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Afhandeling)
    server.daemon_threads = True
    draad = threading.Thread(target=server.serve_forever, daemon=True)
    draad.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", verzoeken, verbindingen
    finally:
        server.shutdown()
        server.server_close()


def test_opeenvolgende_verzoeken_gaan_over_een_blijvende_verbinding() -> None:
    with _doel_op_loopback(lambda _, __: (_antwoord(), False)) as (url, verzoeken, verbindingen):
        doel = http_doel(url)
        try:
            for _ in range(5):
                assert doel.post("/beoordelingen/x", {"a": 1}).json() == {"ok": True}
        finally:
            doel.sluit()
    assert (len(verzoeken), verbindingen[0]) == (5, 1)


def test_een_verbinding_die_het_doel_na_een_antwoord_sloot_wordt_eenmaal_opnieuw_geopend() -> None:
    # het doel sluit na elk antwoord zonder `Connection: close` te zeggen, zoals bij een verlopen keep-alive
    with _doel_op_loopback(lambda _, __: (_antwoord(), True)) as (url, verzoeken, verbindingen):
        doel = http_doel(url, beleid=Verbindingsbeleid(timeout=2, herhalingen=0, max_verbindingsfouten=1))
        try:
            for _ in range(3):
                assert doel.get("/maatregelen").status == 200
        finally:
            doel.sluit()
    assert (len(verzoeken), verbindingen[0], doel.verbindingsfouten_op_rij) == (3, 3, 0)


def test_een_lichaam_korter_dan_zijn_content_length_is_een_storing() -> None:
    with _doel_op_loopback(lambda _, __: (_antwoord(b'{"ok": true}', lengte=40), True)) as (url, _, __):
        doel = http_doel(url, beleid=Verbindingsbeleid(timeout=2))
        try:
            with pytest.raises(Storing) as storing:
                doel.get("/maatregelen")
        finally:
            doel.sluit()
    assert storing.value.soort == "verbinding"


def test_gebruiker_en_wachtwoord_in_de_url_gaan_als_basic_mee_maar_nooit_in_een_uitwisseling() -> None:
    def echo(_: int, verzoek: bytes) -> tuple[bytes, bool]:
        kop = next((r for r in verzoek.split(b"\r\n") if r.lower().startswith(b"authorization")), b"-")
        return _antwoord(b'{"gezien": "' + kop.replace(b'"', b"") + b'"}'), False

    with _doel_op_loopback(echo) as (url, verzoeken, _):
        doel = http_doel(url.replace("http://", "http://wie:geheim%21@"))
        try:
            uitwisseling = doel.get("/maatregelen")
            anoniem = doel.stuur("GET", "/openapi.json", anoniem=True)
        finally:
            doel.sluit()
    assert b"Authorization: Basic d2llOmdlaGVpbSE=" in verzoeken[0]  # base64("wie:geheim!")
    assert b"authorization" not in verzoeken[1].lower()
    assert "d2llOmdlaGVpbSE" not in repr(uitwisseling.als_rapport())
    assert VERBORGEN in uitwisseling.antwoord_tekst
    assert anoniem.json() == {"gezien": "-"}
