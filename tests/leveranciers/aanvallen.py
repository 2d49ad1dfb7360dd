"""Vijandige leveranciers: elk doel probeert de suite te laten vallen, uit te putten, te misleiden of een
geheim in het rapport te krijgen. `meet` draait `pwib conformance` als eigen proces ertegen en meet
de wandkloktijd en het piekgeheugen (RSS) van precies dat proces.

Gebruikt door tests/leveranciers/test_aanvallen.py (de grenzen) en bench/aanvallen.py (de cijfers).
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote

from werkzeug.test import Client

from tests.leveranciers.catalogus import Kopregels, Leverancier, WsgiApp, _is_beslissing
from tests.leveranciers.server import op_http
from tests.server import PWIB

DIEP = 100_000
"""Zo diep nesten de aanvallers: libyaml segfault erop, json.loads geeft RecursionError."""


@cache
def gzip_bom(mebibytes: int = 256) -> bytes:
    """`mebibytes` MiB nullen, tweemaal gzip: 590 bytes op de lijn (256 MiB)."""
    binnen = zlib.compressobj(9, zlib.DEFLATED, 31)
    nullen = bytes(1 << 20)
    stukken = [binnen.compress(nullen) for _ in range(mebibytes)]
    stukken.append(binnen.flush())
    buiten = zlib.compressobj(9, zlib.DEFLATED, 31)
    return buiten.compress(b"".join(stukken)) + buiten.flush()


def _vervang_kopregel(kopregels: Kopregels, naam: str, waarde: str) -> Kopregels:
    return [(k, v) for k, v in kopregels if k.lower() != naam.lower()] + [(naam, waarde)]


class DubbeleGzip(Leverancier):
    """`Content-Encoding: gzip, gzip` op een beslissing: 590 bytes die tweemaal uitgepakt 256 MiB worden."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            return status, _vervang_kopregel(kopregels, "Content-Encoding", "gzip, gzip"), gzip_bom()
        return status, kopregels, lichaam


class GzipBom(Leverancier):
    """Eén keer gzip, maar 256 MiB nullen (~260 KB op de lijn): uitpakken moet bij de grens stoppen."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            return status, _vervang_kopregel(kopregels, "Content-Encoding", "gzip"), zlib.decompress(gzip_bom(), 31)
        return status, kopregels, lichaam


class DiepeYaml(Leverancier):
    """openapi.yaml 100.000 niveaus diep genest (libyaml's C-lezer valt erop: exit 139)."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if pad == "/v1/openapi.yaml":
            return 200, _vervang_kopregel(kopregels, "Content-Type", "application/yaml"), b"[" * DIEP + b"]" * DIEP
        return status, kopregels, lichaam


class DiepeJson(Leverancier):
    """Een beslissing die 100.000 niveaus diep genest is."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            return status, kopregels, b"[" * DIEP + b"]" * DIEP
        return status, kopregels, lichaam


class OnbekendeTekenset(Leverancier):
    """Een beslissing met `charset=rot13`: een codec van Python, maar geen tekenset."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            kopregels = _vervang_kopregel(kopregels, "Content-Type", "application/json; charset=rot13")
        return status, kopregels, lichaam


class _IJson(Leverancier):
    """Zet `invoeging` vooraan in het object van een beslissing, als tekst (een JSON-bibliotheek doet dat niet)."""

    invoeging = ""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            eerste = next(iter(json.loads(lichaam)))
            lichaam = b"{" + self.invoeging.replace("SLEUTEL", eerste).encode() + b"," + lichaam.lstrip()[1:]
        return status, kopregels, lichaam


class DubbeleSleutel(_IJson):
    """De eerste sleutel komt twee keer voor: eerst met een verkeerde waarde (wie de laatste neemt, slaagt)."""

    invoeging = '"SLEUTEL": "9999.99"'


class NaNGetal(_IJson):
    """Een extra veld met `NaN` (Python's json.dumps schrijft dat zonder klagen)."""

    invoeging = '"pwibAanval": NaN'


class OneindigGetal(_IJson):
    """Een extra veld met `Infinity`."""

    invoeging = '"pwibAanval": -Infinity'


class GetalBuitenBereik(_IJson):
    """Een extra veld met een getal buiten het bereik van I-JSON (2**53 + 1 en 1e400)."""

    invoeging = '"pwibAanval": [9007199254740993, 1e400]'


def _geheimen(environ: dict[str, Any]) -> list[str]:
    """Wat de suite meestuurde: Authorization (met en zonder schema), X-Api-Key, en bij Basic gebruiker:wachtwoord."""
    waarden = [environ.get("HTTP_AUTHORIZATION", ""), environ.get("HTTP_X_API_KEY", "")]
    schema, _, token = waarden[0].partition(" ")
    waarden.append(token)
    if schema == "Basic":
        waarden.append(base64.b64decode(token).decode())
    return [w for w in waarden if w]


def php(waarde: str) -> str:
    """Zoals PHP's json_encode: een JSON-tekenreeks met `\\/`."""
    return json.dumps(waarde).replace("/", "\\/")


def unicode_escapes(waarde: str) -> str:
    """Elk teken als `\\uXXXX` (hoofdletters): na json.loads weer leesbaar."""
    return '"' + "".join(f"\\u{ord(t):04X}" for t in waarde) + '"'


class _Echoot(Leverancier):
    """Zet wat hij ontving terug in elke beslissing en elke 400, als JSON-tekst in `coderingen`, en in kopregels."""

    coderingen: tuple[Callable[[str], str], ...] = ()
    kopregelcoderingen: tuple[Callable[[str], str], ...] = ()

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        geheimen = _geheimen(environ)
        if pad.startswith("/v1/beoordelingen/") and status in (200, 400) and geheimen and self.coderingen:
            echo = ", ".join(codering(g) for g in geheimen for codering in self.coderingen)
            lichaam = lichaam.rstrip()[:-1] + f', "debugEcho": [{echo}]}}'.encode()
        for nummer, (geheim, codering) in enumerate(
                (g, c) for g in geheimen for c in self.kopregelcoderingen):
            kopregels.append((f"X-Debug-{nummer}", codering(geheim)))
        return status, kopregels, lichaam


class EchootPhpEscapes(_Echoot):
    """Echoot de inloggegevens zoals PHP's json_encode ze schrijft (`\\/`)."""

    coderingen = (php,)


class EchootUnicodeEscapes(_Echoot):
    """Echoot de inloggegevens als `\\uXXXX`-escapes."""

    coderingen = (unicode_escapes,)


class EchootKopregelsBase64(_Echoot):
    """Echoot de ontvangen kopregels base64 (met en zonder `=`) in kopregels en lichaam (een debug-proxy)."""

    coderingen = (lambda g: json.dumps(base64.b64encode(g.encode()).decode()),
                  lambda g: json.dumps(base64.urlsafe_b64encode(g.encode()).decode().rstrip("=")))
    kopregelcoderingen = (lambda g: base64.b64encode(g.encode()).decode(),
                          lambda g: base64.b64encode(g.encode()).decode().rstrip("="))


class EchootAlles(_Echoot):
    """Elke codering tegelijk, ook URL-gecodeerd: het doel van de eigenschapstest."""

    coderingen = (php, unicode_escapes, lambda g: json.dumps(quote(g, safe="")), *EchootKopregelsBase64.coderingen)
    kopregelcoderingen = (lambda g: quote(g, safe=""), *EchootKopregelsBase64.kopregelcoderingen)


class _Druppelaar(BaseHTTPRequestHandler):
    """Geeft elk verzoek door aan de referentie; van een beslissing komen de kopregels één byte per 0,25 s."""

    protocol_version = "HTTP/1.1"
    app: WsgiApp
    per_byte = 0.25
    max_bytes = 400  # begrensd: hooguit 100 s, en de verbinding dicht zodra de suite ophangt

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _stuur_door(self) -> None:
        lengte = int(self.headers.get("Content-Length") or 0)
        antwoord = Client(self.app).open(self.path, method=self.command, data=self.rfile.read(lengte),
                                         headers=list(self.headers.items()))
        kop = f"HTTP/1.1 {antwoord.status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in antwoord.headers.items())
        ruw = kop.encode("latin-1") + b"\r\n" + antwoord.get_data()
        if not self.path.startswith("/v1/beoordelingen/"):
            self.wfile.write(ruw)
            return
        for byte in ruw[: self.max_bytes]:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(self.per_byte)
        self.close_connection = True

    def do_GET(self) -> None:
        self._stuur_door()

    def do_POST(self) -> None:
        try:
            self._stuur_door()
        except OSError:
            self.close_connection = True


@contextmanager
def druppelend_op_http(app: WsgiApp) -> Iterator[tuple[str, Callable[[], None]]]:
    """(basis-URL, stop): een server die de kopregels van elke beslissing byte voor byte stuurt."""
    handler = type("Druppelaar", (_Druppelaar,), {"app": app})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    draad = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    draad.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/v1", server.shutdown
    finally:
        server.shutdown()
        server.server_close()
        draad.join(timeout=5)


@dataclass(frozen=True)
class Aanval:
    """Een vijandige leverancier, wat de suite ervan moet maken, en de grenzen in tijd en geheugen."""

    naam: str
    leverancier: type[Leverancier]
    tags: str
    uitgang: int
    uitslag: str
    oordeel: str
    controle: str
    melding: str
    seconden: float = 60.0
    """Het hele proces, opstarten inbegrepen; ruim, want de machine is gedeeld. Zonder grens duurde één
    verzoek van de trage kopregels 100 s en de gzip-bom meer dan 30 s."""
    mebibytes: float = 250.0
    """Piek-RSS; de runner zelf gebruikt ~100 MiB, de gzip-bom zou er 256 MiB (tweemaal: GB's) bij vragen."""
    timeout: float = 2.0
    server: Callable[[WsgiApp], Any] = field(default=op_http)


AANVALLEN: tuple[Aanval, ...] = (
    Aanval("gzip, gzip (590 B, 256 MiB)", DubbeleGzip, "M04-001", 1, "onvolledig", "fout", "codering",
           "hooguit één codering"),
    Aanval("gzip-bom (256 MiB)", GzipBom, "M04-001", 1, "onvolledig", "fout", "te-groot", "groter dan 2097152"),
    Aanval("kopregels byte voor byte", Leverancier, "M04-001", 1, "onvolledig", "fout", "time-out",
           "binnen 1 s", timeout=1.0, server=druppelend_op_http),
    Aanval("openapi.yaml 100.000 diep", DiepeYaml, "M04-001", 1, "onvolledig", "gefaald", "adr",
           "dieper genest dan 64"),
    Aanval("JSON 100.000 diep", DiepeJson, "M04-001", 1, "onvolledig", "fout", "geen-json", "dieper genest dan 64"),
    Aanval("charset=rot13", OnbekendeTekenset, "M04-001", 1, "onvolledig", "fout", "tekenset",
           "onbekende tekenset 'rot13'"),
    Aanval("dubbele sleutel", DubbeleSleutel, "M04-001", 1, "niet conform", "gefaald", "contract",
           "dubbele sleutel"),
    Aanval("NaN", NaNGetal, "M04-001", 1, "niet conform", "gefaald", "contract", "NaN is geen JSON-getal"),
    Aanval("-Infinity", OneindigGetal, "M04-001", 1, "niet conform", "gefaald", "contract",
           "-Infinity is geen JSON-getal"),
    Aanval("getal buiten I-JSON", GetalBuitenBereik, "M04-001", 1, "niet conform", "gefaald", "contract",
           "buiten ±(2**53 - 1)"),
    Aanval("geheim met \\/ (PHP)", EchootPhpEscapes, "M04-001", 1, "niet conform", "gefaald", "contract",
           "debugEcho"),
    Aanval("geheim als \\uXXXX", EchootUnicodeEscapes, "M04-001", 1, "niet conform", "gefaald", "contract",
           "debugEcho"),
    Aanval("kopregels base64 terug", EchootKopregelsBase64, "M04-001", 1, "niet conform", "gefaald", "contract",
           "debugEcho"),
)

TOKEN = "tok/8f+3a=9c_\"<x>"  # noqa: S105 - een nepgeheim dat de test zoekt
SLEUTEL = "sleutel-c0ffee/4242"
GEBRUIKER, WACHTWOORD = "leverancier", "w8woord-q7.z"


@dataclass(frozen=True)
class Meting:
    uitgang: int
    seconden: float
    piek_mebibytes: float
    uitvoer: dict[str, str]
    """stdout, stderr en elk bestand in de rapportmap, als tekst."""


def meet(app: WsgiApp, aanval: Aanval, map_: Path, token: str = TOKEN, sleutel: str = SLEUTEL,
         gebruiker: str = GEBRUIKER, wachtwoord: str = WACHTWOORD) -> Meting:
    """Draai `pwib conformance` als eigen proces tegen de aanvaller; tijd en piek-RSS van dat proces."""
    with aanval.server(aanval.leverancier(app)) as (basis, _):
        url = basis.replace("http://", f"http://{quote(gebruiker, safe='')}:{quote(wachtwoord, safe='')}@")
        with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
            begin = time.monotonic()
            proces = subprocess.Popen(
                [str(PWIB), "conformance", "--target", url, "--tags", aanval.tags, "--report-dir", str(map_),
                 "--timeout", str(aanval.timeout), "--header", f"Authorization: Bearer {token}"],
                stdout=stdout, stderr=stderr, env={**os.environ, "PWIB_HEADER_X_API_KEY": sleutel})
            piek = 0
            while proces.poll() is None:
                piek = max(piek, _piek_rss_kib(proces.pid))
                time.sleep(0.01)
            seconden = time.monotonic() - begin
            stdout.seek(0)
            stderr.seek(0)
            uitvoer = {"stdout": stdout.read().decode(errors="replace"),
                       "stderr": stderr.read().decode(errors="replace")}
    uitvoer |= {p.name: p.read_bytes().decode(errors="replace") for p in sorted(map_.iterdir())}
    return Meting(proces.returncode, seconden, piek / 1024, uitvoer)


def _piek_rss_kib(pid: int) -> int:
    """VmHWM van het proces zelf (na exec): ru_maxrss zou het geheugen van de testprocesouder meetellen."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(r.split()[1]) for r in status.splitlines() if r.startswith("VmHWM:")), 0)
