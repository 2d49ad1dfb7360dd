"""De verbinding over http.client: één blijvende verbinding, een gesloten verbinding eenmaal opnieuw, een te kort
lichaam een storing, inloggegevens uit de URL als Basic-authenticatie die nooit in een uitwisseling komt, en HTTPS
met alleen vertrouwde certificaten."""

from __future__ import annotations

import datetime
import ipaddress
import socket
import socketserver
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from api.cli import main
from conformance.aansturen.doel import VERBORGEN, Verbindingsbeleid, http_doel
from conformance.kern.afwijking import Onbereikbaar, Storing

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
def _doel_op_loopback(beantwoord: Beantwoord,
                      tls: ssl.SSLContext | None = None) -> Iterator[tuple[str, list[bytes], list[int]]]:
    """Een HTTP(S)-doel op 127.0.0.1; geeft de basis-URL, de ontvangen verzoeken en het aantal verbindingen."""
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

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True

        def get_request(self) -> tuple[socket.socket, object]:
            sock, adres = super().get_request()
            if tls is None:
                return sock, adres
            try:
                return tls.wrap_socket(sock, server_side=True), adres
            except (ssl.SSLError, OSError):  # de client vertrouwt het certificaat niet: de handdruk mislukt
                sock.close()
                raise

    server = Server(("127.0.0.1", 0), Afhandeling)
    draad = threading.Thread(target=server.serve_forever, daemon=True)
    draad.start()
    try:
        schema = "http" if tls is None else "https"
        yield f"{schema}://127.0.0.1:{server.server_address[1]}/v1", verzoeken, verbindingen
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


def _certificaat(map_: Path) -> tuple[Path, Path]:
    """Een zelfondertekend certificaat voor 127.0.0.1 (cert, sleutel)."""
    sleutel = ec.generate_private_key(ec.SECP256R1())
    naam = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    nu = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(naam).issuer_name(naam).public_key(sleutel.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(nu - datetime.timedelta(minutes=1))
            .not_valid_after(nu + datetime.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(sleutel, hashes.SHA256()))
    (map_ / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (map_ / "sleutel.pem").write_bytes(sleutel.private_bytes(serialization.Encoding.PEM,
                                                             serialization.PrivateFormat.PKCS8,
                                                             serialization.NoEncryption()))
    return map_ / "cert.pem", map_ / "sleutel.pem"


def test_https_naar_een_doel_met_een_vertrouwd_certificaat_en_niet_zonder(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    cert, sleutel = _certificaat(tmp_path)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, sleutel)
    with _doel_op_loopback(lambda _, __: (_antwoord(), False), tls) as (url, verzoeken, _):
        beleid = Verbindingsbeleid(timeout=2, herhalingen=0, max_verbindingsfouten=1)
        onbekend = http_doel(url, beleid=beleid)
        with pytest.raises(Onbereikbaar, match="CERTIFICATE_VERIFY_FAILED"):
            onbekend.get("/maatregelen")
        onbekend.sluit()
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # zoals een leverancier met een eigen CA
        vertrouwd = http_doel(url, beleid=beleid)
        try:
            assert vertrouwd.get("/maatregelen").json() == {"ok": True}
        finally:
            vertrouwd.sluit()
    assert len(verzoeken) == 1


@pytest.mark.parametrize("url", ["ftp://wie:geheim-9c1d@leverancier.example/v1", "niet-een-url", "http://",
                                 "http://[::1/v1", "http://leverancier.example:99999/v1"])
@pytest.mark.parametrize("opdracht", [["conformance", "--tags", "M04-001"],
                                      ["vergelijk", "--aantal", "1", "--operatie", "/berekeningen/bijstand"]])
def test_een_onbruikbare_target_is_een_gebruiksfout_met_een_regel_zonder_de_url(
        url: str, opdracht: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*opdracht, "--target", url, "--report-dir", str(tmp_path / "r")]) == 2
    uitvoer = capsys.readouterr()
    assert uitvoer.out.strip().endswith("--target: verwacht een http(s)-URL met een host, zoals "
                                        "https://leverancier.example/api/v1")
    assert "geheim-9c1d" not in uitvoer.out + uitvoer.err
    assert not (tmp_path / "r").exists()
