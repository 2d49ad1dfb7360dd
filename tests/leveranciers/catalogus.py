"""Een catalogus van opzettelijk foute leveranciers: de referentie met één fout die een echte leverancier kan maken.

Elke leverancier is een WSGI-middleware rond `api.create_app()`: hij kan het verzoek aanpassen
vóór de referentie het ziet (een andere regel toepassen) en het antwoord erna (een bedrag, een veld,
een kopregel, de vorm). `server.py` zet hem op echte HTTP op 127.0.0.1.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from io import BytesIO
from typing import Any

WsgiApp = Callable[..., Iterable[bytes]]
Kopregels = list[tuple[str, str]]
_BEDRAG = re.compile(r"^[0-9]+\.[0-9]{2}$")


class Leverancier:
    """Stuurt alles door naar de referentie; een subklasse doet precies één ding fout."""

    def __init__(self, app: WsgiApp) -> None:
        self.app = app
        self.verzoeken = 0

    def verzoek(self, pad: str, lichaam: Any, environ: dict[str, Any]) -> Any:
        return lichaam

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        return status, kopregels, lichaam

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        self.verzoeken += 1
        pad = environ.get("PATH_INFO", "")
        lengte = int(environ.get("CONTENT_LENGTH") or 0)
        ruw = environ["wsgi.input"].read(lengte) if lengte else b""
        if ruw:
            try:
                lichaam = json.loads(ruw)
            except ValueError:
                lichaam = None
            if lichaam is not None:
                ruw = json.dumps(self.verzoek(pad, lichaam, environ), ensure_ascii=False).encode()
        environ["wsgi.input"] = BytesIO(ruw)
        environ["CONTENT_LENGTH"] = str(len(ruw))
        gevangen: dict[str, Any] = {}

        def vang(status: str, kopregels: Kopregels, exc_info: Any = None) -> Callable[[bytes], None]:
            gevangen["status"], gevangen["kopregels"] = status, kopregels
            return lambda _: None

        uitvoer = self.app(environ, vang)
        try:
            inhoud = b"".join(uitvoer)
        finally:
            sluit = getattr(uitvoer, "close", None)
            if sluit is not None:
                sluit()
        code = int(gevangen["status"].split(" ", 1)[0])
        code, kopregels, inhoud = self.antwoord(pad, code, list(gevangen["kopregels"]), inhoud, environ)
        kopregels = [(k, v) for k, v in kopregels if k.lower() != "content-length"]
        kopregels.append(("Content-Length", str(len(inhoud))))
        start_response(f"{code} {_REDEN.get(code, 'Status')}", kopregels)
        return [inhoud]


_REDEN = {200: "OK", 308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found",
          405: "Method Not Allowed", 500: "Internal Server Error"}


def _is_beslissing(pad: str, status: int) -> bool:
    return status == 200 and pad.startswith("/v1/beoordelingen/")


def _json_aanpassen(lichaam: bytes, aanpassing: Callable[[dict[str, Any]], None]) -> bytes:
    gegevens = json.loads(lichaam)
    aanpassing(gegevens)
    return json.dumps(gegevens, ensure_ascii=False).encode()


def _bedragen(gegevens: dict[str, Any], omzetting: Callable[[Decimal], Any]) -> None:
    for sleutel, waarde in list(gegevens.items()):
        if isinstance(waarde, str) and _BEDRAG.match(waarde):
            gegevens[sleutel] = omzetting(Decimal(waarde))


class CentErnaast(Leverancier):
    """Elk bedrag in een beslissing is een cent hoger: een afrondingsfout in de eigen rekenkern."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            lichaam = _json_aanpassen(lichaam, lambda g: _bedragen(g, lambda b: f"{b + Decimal('0.01'):.2f}"))
        return status, kopregels, lichaam


class HeleEuros(Leverancier):
    """Bedragen afgerond op hele euro's."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            lichaam = _json_aanpassen(lichaam, lambda g: _bedragen(
                g, lambda b: f"{b.quantize(Decimal('1'), rounding=ROUND_HALF_UP):.2f}"))
        return status, kopregels, lichaam


class NieuweRegelTeVroeg(Leverancier):
    """Past de giftenvrijlating van 2026 ook vóór 1 januari 2026 toe (de peildatum wordt 2026-01-01)."""

    def verzoek(self, pad: str, lichaam: Any, environ: dict[str, Any]) -> Any:
        if pad.endswith("/giftenvrijlating") and isinstance(lichaam, dict) and str(lichaam.get("peildatum")) < "2026":
            environ["pwib.peildatum"] = lichaam["peildatum"]
            lichaam["peildatum"] = "2026-01-01"
        return lichaam

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if "pwib.peildatum" in environ and status == 200:
            lichaam = _json_aanpassen(lichaam, lambda g: g.update(peildatum=environ["pwib.peildatum"]))
        return status, kopregels, lichaam


class OudeRegelNaDatum(Leverancier):
    """Houdt na 1 januari 2026 de oude regel aan: mantelzorg elders verandert niets aan norm of opschorting."""

    def verzoek(self, pad: str, lichaam: Any, environ: dict[str, Any]) -> Any:
        if isinstance(lichaam, dict) and isinstance(lichaam.get("huishouden"), dict):
            lichaam["huishouden"].pop("mantelzorg", None)
        return lichaam


class OntbrekendVeld(Leverancier):
    """Laat de verplichte `grondslag` weg uit elke beslissing."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            lichaam = _json_aanpassen(lichaam, lambda g: g.pop("grondslag", None))
        return status, kopregels, lichaam


class BedragAlsGetal(Leverancier):
    """Schendt het schema: bedragen als JSON-getal (300.0) in plaats van als tekst ("300.00")."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            lichaam = _json_aanpassen(lichaam, lambda g: _bedragen(g, float))
        return status, kopregels, lichaam


class HtmlFoutpagina(Leverancier):
    """Een fout (4xx) komt terug als de HTML-pagina van het webframework, niet als problem+json."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if 400 <= status < 500:
            kopregels = [(k, v) for k, v in kopregels if k.lower() != "content-type"]
            kopregels.append(("Content-Type", "text/html; charset=utf-8"))
            lichaam = f"<!doctype html><html><body><h1>{status} {_REDEN.get(status, '')}</h1></body></html>".encode()
        return status, kopregels, lichaam


class ZonderApiVersion(Leverancier):
    """Stuurt geen `API-Version` mee."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        return status, [(k, v) for k, v in kopregels if k.lower() != "api-version"], lichaam


class Traag(Leverancier):
    """Een beslissing duurt langer dan de time-out van de suite."""

    vertraging = 1.0

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if pad.startswith("/v1/beoordelingen/"):
            time.sleep(self.vertraging)
        return status, kopregels, lichaam


class Serverfout(Leverancier):
    """Een beslissing geeft een 500 met de HTML-pagina van de proxy."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            return 500, [("Content-Type", "text/html")], b"<html><body>502 Bad Gateway (upstream)</body></html>"
        return status, kopregels, lichaam


class GeenJson(Leverancier):
    """Zegt application/json, maar het lichaam is afgebroken JSON."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            lichaam = lichaam[: len(lichaam) // 2]
        return status, kopregels, lichaam


class Reuzenantwoord(Leverancier):
    """Een beslissing met 5 MB aan opvulling."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if _is_beslissing(pad, status):
            lichaam = _json_aanpassen(lichaam, lambda g: g.update(opvulling="x" * 5_000_000))
        return status, kopregels, lichaam


class EchootInloggegevens(Leverancier):
    """Zet de ontvangen Authorization en X-Api-Key terug in het antwoord (een debug-modus in productie)."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        geheim = f"{environ.get('HTTP_AUTHORIZATION', '')} {environ.get('HTTP_X_API_KEY', '')}"
        if pad.startswith("/v1/beoordelingen/") and status in (200, 400):
            lichaam = _json_aanpassen(lichaam, lambda g: g.update(debugKopregels=geheim))
        kopregels.append(("X-Debug-Authorization", geheim.strip()))
        return status, kopregels, lichaam


class SchuineStreepOmleiding(Leverancier):
    """Een pad met een schuine streep aan het eind wordt omgeleid (308) in plaats van 404 (API-48)."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if pad.endswith("/") and len(pad) > 1:
            return 308, [("Location", pad.rstrip("/")), ("API-Version", "1.0.0")], b""
        return status, kopregels, lichaam


class GeenCors(Leverancier):
    """Het contract is niet vanuit een browser op een ander domein te lezen (geen Access-Control-Allow-Origin)."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        return status, [(k, v) for k, v in kopregels if k.lower() != "access-control-allow-origin"], lichaam


class AndereHoofdversie(Leverancier):
    """Implementeert een ander hoofdversie van het contract (2.0.0) dan de suite toetst (1.x)."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        kopregels = [(k, "2.0.0" if k.lower() == "api-version" else v) for k, v in kopregels]
        if pad == "/v1/openapi.json" and status == 200:
            lichaam = _json_aanpassen(lichaam, lambda g: g["info"].update(version="2.0.0"))
        return status, kopregels, lichaam


class ContractAchterInlog(Leverancier):
    """Alles vraagt om inloggen, ook openapi.json (dat moet zonder, API-51)."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if not environ.get("HTTP_AUTHORIZATION"):
            probleem = {"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "log in"}
            return 401, [("Content-Type", "application/problem+json"), ("API-Version", "1.0.0"),
                         ("WWW-Authenticate", "Bearer")], json.dumps(probleem).encode()
        return status, kopregels, lichaam


class EenOudeDienst(Leverancier):
    """Achter de gateway draait de kostendelersnorm nog op een oude build: een andere API-Version op die antwoorden."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if pad.endswith("/kostendelersnorm"):
            kopregels = [(k, "0.9.3" if k.lower() == "api-version" else v) for k, v in kopregels]
        return status, kopregels, lichaam


_RANGTELWOORD = {"1": "eerste", "2": "tweede", "3": "derde", "4": "vierde", "5": "vijfde", "6": "zesde",
                 "7": "zevende", "8": "achtste", "9": "negende", "10": "tiende", "11": "elfde", "12": "twaalfde"}


def _grondslagen(gegevens: Any, aanpassing: Callable[[dict[str, Any]], None]) -> None:
    """Pas elke `Grondslag` in een antwoord aan, waar die ook staat (grondslag, maatwerk, toegepaste maatregelen)."""
    if isinstance(gegevens, dict):
        if isinstance(gegevens.get("verwijzingen"), list) and "tekst" in gegevens:
            aanpassing(gegevens)
            return
        for waarde in gegevens.values():
            _grondslagen(waarde, aanpassing)
    elif isinstance(gegevens, list):
        for waarde in gegevens:
            _grondslagen(waarde, aanpassing)


def _in_eigen_woorden(grondslag: dict[str, Any]) -> None:
    """Dezelfde bepalingen in omgekeerde volgorde en in de woorden van de wetgevingstechniek."""
    grondslag["verwijzingen"].reverse()
    delen = []
    for v in grondslag["verwijzingen"]:
        tekst = f"artikel {v['artikel']}"
        tekst += f", {_RANGTELWOORD.get(v['lid'], v['lid'] + 'e')} lid" if v["lid"] else ""
        tekst += f", onderdeel {v['onderdeel']}" if v["onderdeel"] else ""
        tekst += f", onder {v['subonderdeel']}" if v["subonderdeel"] else ""
        delen.append(f"{tekst}, van regeling {v['regeling']}")
    grondslag["tekst"] = "; ".join(delen) + "."


class GrondslagInEigenWoorden(Leverancier):
    """Geen fout: schrijft elke grondslag in andere, juiste woorden en zet de bepalingen in een andere volgorde."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if status == 200 and pad.startswith(("/v1/beoordelingen/", "/v1/berekeningen/")):
            lichaam = _json_aanpassen(lichaam, lambda g: _grondslagen(g, _in_eigen_woorden))
        return status, kopregels, lichaam


class ZoektermijnVerkeerdLid(Leverancier):
    """Noemt bij de zoektermijn lid 5 van art. 41 in plaats van lid 4; de tekst blijft de juiste zin."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        def verkeerd_lid(grondslag: dict[str, Any]) -> None:
            for verwijzing in grondslag["verwijzingen"]:
                if verwijzing["artikel"] == "41" and verwijzing["lid"] == "4":
                    verwijzing["lid"] = "5"

        if status == 200 and pad.endswith("/beoordelingen/zoektermijn"):
            lichaam = _json_aanpassen(lichaam, lambda g: _grondslagen(g, verkeerd_lid))
        return status, kopregels, lichaam


@dataclass(frozen=True)
class Geval:
    """Een foute leverancier en hoe de suite hem moet beoordelen."""

    naam: str
    leverancier: type[Leverancier]
    tags: str
    uitslag: str
    maatregel: str
    controle: str
    oordeel: str = "gefaald"
    adr: str | None = None
    timeout: float = 5.0
    kopregels: tuple[tuple[str, str], ...] = ()


GEVALLEN: tuple[Geval, ...] = (
    Geval("een cent ernaast", CentErnaast, "M04", "niet conform", "M04", "uitkomst"),
    Geval("afgerond op hele euro's", HeleEuros, "NORM", "niet conform", "NORM", "uitkomst"),
    Geval("nieuwe regel vóór de datum", NieuweRegelTeVroeg, "M04", "niet conform", "M04", "uitkomst"),
    Geval("oude regel na de datum", OudeRegelNaDatum, "M06", "niet conform", "M06", "uitkomst"),
    Geval("de grondslag noemt het verkeerde lid", ZoektermijnVerkeerdLid, "M07", "niet conform", "M07", "uitkomst"),
    Geval("een verplicht veld ontbreekt", OntbrekendVeld, "M04", "niet conform", "M04", "contract"),
    Geval("schemaschending: bedrag als getal", BedragAlsGetal, "M04", "niet conform", "M04", "contract"),
    Geval("HTML-foutpagina", HtmlFoutpagina, "M04", "niet conform", "M04", "contract", adr="ADR-problem-details"),
    Geval("geen API-Version", ZonderApiVersion, "M04", "niet conform", "M04", "contract", adr="ADR-API-57"),
    Geval("trage server", Traag, "M04-001 or M04-003", "onvolledig", "M04", "time-out", oordeel="fout", timeout=0.3),
    Geval("5xx met een HTML-pagina", Serverfout, "M04-001 or M04-004", "onvolledig", "M04", "serverfout",
          oordeel="fout"),
    Geval("afgebroken JSON", GeenJson, "M04-001 or M04-004", "onvolledig", "M04", "geen-json", oordeel="fout"),
    Geval("reuzenantwoord", Reuzenantwoord, "M04-001", "onvolledig", "M04", "te-groot", oordeel="fout"),
    Geval("omleiding bij een schuine streep", SchuineStreepOmleiding, "M04-001", "niet conform", "ADR", "adr",
          adr="ADR-API-48"),
    Geval("geen CORS op het contract", GeenCors, "M04-001", "niet conform", "ADR", "adr", adr="ADR-API-51"),
    Geval("een andere hoofdversie", AndereHoofdversie, "M04-001", "niet conform", "ADR", "adr", adr="ADR-API-20"),
    Geval("één dienst met een oude API-Version", EenOudeDienst, "M06", "niet conform", "ADR", "adr",
          adr="ADR-API-57"),
    Geval("contract achter inloggen", ContractAchterInlog, "M04-001", "niet conform", "ADR", "adr",
          adr="ADR-API-51", kopregels=(("Authorization", "Bearer leverancier-test"),)),
)
