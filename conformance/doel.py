"""Het doel van een run: een echte basis-URL of de referentie in-process, achter één httpx-client.

De driver is ook de plek waar de suite zich beschermt tegen een doel dat niet meewerkt:

- een time-out per verzoek (verbinden, schrijven, lezen samen);
- alleen verbindingsfouten worden herhaald, met oplopende wachttijd en een klein maximum;
- na `max_verbindingsfouten` verbindingsfouten op rij stopt hij met bellen: elk volgend verzoek is
  meteen een `Onbereikbaar` (het scenario wordt `fout`);
- hij leest nooit meer dan `max_bytes` van een antwoord; een te groot antwoord, een 5xx of een
  antwoord dat zegt JSON te zijn maar het niet is, is een `Storing` met een duidelijke reden;
- de `keuring` ziet elk verzoek vóór verzending (het profiel beslist daar of het scenario van
  toepassing is);
- meegegeven kopregels (inloggegevens) komen nooit in een uitwisseling of melding: elke tekst die
  het rapport haalt, gaat door `verberg`.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from conformance.afwijking import Onbereikbaar, Storing
from conformance.uitwisseling import Uitwisseling

WsgiApp = Callable[..., Iterable[bytes]]
Keuring = Callable[[str, str, Any], None]
"""(methode, pad, lichaam) -> None; gooit NietVanToepassing om het verzoek niet te versturen."""

REFERENTIE_BASIS = "http://referentie.pwib/v1"
VERBORGEN = "[verborgen]"
_VERBINDINGSFOUTEN = (httpx.ConnectError, httpx.ConnectTimeout)
_JSON = re.compile(r"^application/([\w.-]+\+)?json$")


@dataclass(frozen=True)
class Verbindingsbeleid:
    """Hoe geduldig de driver is. De standaard past bij een leverancier op afstand."""

    timeout: float = 10.0
    herhalingen: int = 2
    wachttijd: float = 0.25
    max_verbindingsfouten: int = 3
    max_bytes: int = 2 * 1024 * 1024


@dataclass
class Doel:
    """Een implementatie van het contract, bereikbaar via `client`."""

    naam: str
    client: httpx.Client
    beleid: Verbindingsbeleid = field(default_factory=Verbindingsbeleid)
    geheimen: tuple[str, ...] = ()
    geheime_kopregels: tuple[str, ...] = ()
    keuring: Keuring | None = None
    uitwisselingen: list[Uitwisseling] = field(default_factory=list)
    verbindingsfouten_op_rij: int = 0
    gestopt: str | None = None

    def sluit(self) -> None:
        self.client.close()

    def verberg(self, tekst: str) -> str:
        """De tekst zonder de waarde van een meegegeven kopregel (ook niet het token na `Bearer `)."""
        for geheim in sorted(self.geheimen, key=len, reverse=True):
            tekst = tekst.replace(geheim, VERBORGEN)
        return tekst

    def post(self, pad: str, lichaam: Any) -> Uitwisseling:
        return self.stuur("POST", pad, lichaam)

    def get(self, pad: str, query: Mapping[str, str] | None = None) -> Uitwisseling:
        return self.stuur("GET", pad, query=query)

    def stuur(self, methode: str, pad: str, lichaam: Any | None = None, query: Mapping[str, str] | None = None,
              kopregels: Mapping[str, str] | None = None, anoniem: bool = False) -> Uitwisseling:
        """Eén verzoek; `anoniem` laat de meegegeven kopregels (inloggegevens) weg."""
        if self.keuring is not None:
            self.keuring(methode, pad, lichaam)
        if self.gestopt:
            raise Onbereikbaar(self.gestopt)
        tekst = None if lichaam is None else json.dumps(lichaam, ensure_ascii=False)
        extra = dict(kopregels or {})
        if tekst is not None:
            extra["Content-Type"] = "application/json"
        verzoek = self.client.build_request(methode, pad.lstrip("/"), content=tekst, params=dict(query or {}),
                                            headers=extra, timeout=self.beleid.timeout)
        if anoniem:
            for naam in self.geheime_kopregels:
                verzoek.headers.pop(naam, None)
        begin = time.perf_counter()
        antwoord = self._verstuur(verzoek)
        try:
            inhoud = self._lees(antwoord, begin)
        finally:
            antwoord.close()
        uitwisseling = Uitwisseling(
            methode=methode,
            pad=pad,
            verzoek_tekst=None if tekst is None else self.verberg(tekst),
            status=antwoord.status_code,
            content_type=antwoord.headers.get("content-type", "").split(";")[0].strip().lower(),
            kopregels={k.lower(): self.verberg(v) for k, v in antwoord.headers.items()},
            antwoord_tekst=self.verberg(inhoud.decode(antwoord.encoding or "utf-8", errors="replace")),
            duur_ms=(time.perf_counter() - begin) * 1000,
            query=dict(query or {}),
        )
        self.uitwisselingen.append(uitwisseling)
        self._keur_leesbaarheid(uitwisseling)
        return uitwisseling

    def _verstuur(self, verzoek: httpx.Request) -> httpx.Response:
        """Verstuur; herhaal alleen een verbindingsfout, met oplopende wachttijd."""
        for poging in range(self.beleid.herhalingen + 1):
            try:
                antwoord = self.client.send(verzoek, stream=True)
            except _VERBINDINGSFOUTEN as fout:
                if poging < self.beleid.herhalingen:
                    time.sleep(self.beleid.wachttijd * 2**poging)
                    continue
                self._verbindingsfout(f"{type(fout).__name__}: {fout}")
            except httpx.TimeoutException as fout:
                raise Storing("time-out", f"geen antwoord binnen {self.beleid.timeout:g} s "
                                          f"({type(fout).__name__})") from None
            except httpx.TransportError as fout:
                self._verbindingsfout(f"verbinding verbroken: {type(fout).__name__}: {fout}")
            else:
                self.verbindingsfouten_op_rij = 0
                return antwoord
        raise AssertionError("onbereikbaar")  # pragma: no cover - de lus eindigt altijd met return of raise

    def _verbindingsfout(self, reden: str) -> None:
        self.verbindingsfouten_op_rij += 1
        reden = self.verberg(f"{self.naam}: {reden}")
        if self.verbindingsfouten_op_rij >= self.beleid.max_verbindingsfouten:
            self.gestopt = (f"gestopt na {self.verbindingsfouten_op_rij} verbindingsfouten op rij; "
                            f"de laatste: {reden}")
        raise Onbereikbaar(reden)

    def _lees(self, antwoord: httpx.Response, begin: float) -> bytes:
        """Lees het lichaam tot `max_bytes` en binnen de time-out van het hele verzoek."""
        grens = self.beleid.max_bytes
        opgegeven = antwoord.headers.get("content-length", "")
        if opgegeven.isdigit() and int(opgegeven) > grens:
            raise Storing("te-groot", f"het antwoord is {int(opgegeven)} bytes; de suite leest er ten hoogste {grens}")
        gelezen = bytearray()
        try:
            for stuk in antwoord.iter_bytes():
                gelezen += stuk
                if len(gelezen) > grens:
                    raise Storing("te-groot", f"het antwoord is groter dan {grens} bytes; de suite leest niet verder")
                if time.perf_counter() - begin > self.beleid.timeout:
                    raise Storing("time-out", f"het antwoord was na {self.beleid.timeout:g} s nog niet binnen")
        except httpx.TimeoutException:
            raise Storing("time-out", f"het antwoord was na {self.beleid.timeout:g} s nog niet binnen") from None
        except httpx.TransportError as fout:
            raise Storing("verbinding", self.verberg(f"verbinding verbroken tijdens het lezen: {fout}")) from None
        return bytes(gelezen)

    @staticmethod
    def _keur_leesbaarheid(uitwisseling: Uitwisseling) -> None:
        """Een 5xx of onleesbare JSON is geen antwoord om te beoordelen, maar een `fout`."""
        if uitwisseling.status >= 500:
            raise Storing("serverfout", f"het doel antwoordde {uitwisseling.status}: "
                                        f"{uitwisseling.antwoord_tekst[:200]!r}", uitwisseling)
        if _JSON.match(uitwisseling.content_type) and uitwisseling.antwoord_tekst.strip():
            try:
                json.loads(uitwisseling.antwoord_tekst)
            except ValueError as fout:
                raise Storing("geen-json", f"het antwoord zegt {uitwisseling.content_type} te zijn, maar is geen "
                                           f"geldige JSON ({fout}): {uitwisseling.antwoord_tekst[:120]!r}",
                              uitwisseling) from None


def _zonder_inloggegevens(url: str) -> tuple[str, tuple[str, ...]]:
    """De URL zonder `gebruiker:wachtwoord@`, en die gegevens als geheim."""
    delen = urlsplit(url)
    if "@" not in delen.netloc:
        return url, ()
    inlog, host = delen.netloc.rsplit("@", 1)
    geheimen = tuple(deel for deel in (inlog, *inlog.split(":", 1)) if deel)
    return urlunsplit((delen.scheme, host, delen.path, delen.query, delen.fragment)), geheimen


def geheimen_van(kopregels: Mapping[str, str]) -> tuple[str, ...]:
    """Elke waarde van een meegegeven kopregel is geheim, en bij `Schema token` ook het token alleen."""
    geheimen: list[str] = []
    for ruw in kopregels.values():
        waarde = ruw.strip()
        if waarde:
            geheimen.append(waarde)
        schema, _, token = waarde.partition(" ")
        if token.strip() and len(token.strip()) >= 4 and schema:
            geheimen.append(token.strip())
    return tuple(geheimen)


def http_doel(basis_url: str, timeout: float = 10.0, kopregels: Mapping[str, str] | None = None,
              beleid: Verbindingsbeleid | None = None) -> Doel:
    """Een leverancier over HTTP. `kopregels` (bijv. Authorization) gaan mee op elk verzoek behalve anonieme."""
    beleid = beleid or Verbindingsbeleid(timeout=timeout)
    zichtbaar, inlog = _zonder_inloggegevens(basis_url)
    kopregels = dict(kopregels or {})
    client = httpx.Client(base_url=basis_url.rstrip("/") + "/", timeout=beleid.timeout, headers=kopregels,
                          follow_redirects=False)
    return Doel(naam=zichtbaar, client=client, beleid=beleid, geheimen=inlog + geheimen_van(kopregels),
                geheime_kopregels=tuple(kopregels))


def wsgi_doel(app: WsgiApp, kopregels: Mapping[str, str] | None = None) -> Doel:
    """De referentie in-process; dezelfde scenario's, zonder netwerk."""
    kopregels = dict(kopregels or {})
    client = httpx.Client(transport=httpx.WSGITransport(app=app), base_url=REFERENTIE_BASIS + "/",
                          headers=kopregels)
    return Doel(naam="referentie (in-process)", client=client, geheimen=geheimen_van(kopregels),
                geheime_kopregels=tuple(kopregels))
