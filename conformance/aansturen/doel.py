"""Het doel van een run: een echte basis-URL of de referentie in-process, achter één verbinding.

De driver is ook de plek waar de suite zich beschermt tegen een doel dat niet meewerkt:

- één termijn per verzoek (verbinden, schrijven, kopregels en lichaam lezen samen): een doel dat
  zijn kopregels byte voor byte stuurt, houdt een verzoek niet langer open dan `timeout`
  (conformance.aansturen.verbinding);
- alleen verbindingsfouten worden herhaald, met oplopende wachttijd en een klein maximum;
- na `max_verbindingsfouten` verbindingsfouten op rij stopt hij met bellen: elk volgend verzoek is
  meteen een `Onbereikbaar` (het scenario wordt `fout`);
- hij vraagt `Accept-Encoding: identity`, aanvaardt hooguit één codering (gzip of deflate) en pakt
  die in stappen uit die stoppen bij `max_bytes`: een gzip-bom kost nooit meer dan die grens;
- hij leest nooit meer dan `max_bytes` van een antwoord; een te groot antwoord, een 5xx, een
  onbekende tekenset of een antwoord dat zegt JSON te zijn maar het niet is (of te diep genest), is
  een `Storing` met een duidelijke reden; JSON die I-JSON schendt (dubbele sleutel, NaN, een getal
  buiten bereik) is een `Afwijking` van het contract (conformance.aansturen.doelinhoud);
- de `keuring` ziet elk verzoek vóór verzending (het profiel beslist daar of het scenario van
  toepassing is);
- meegegeven kopregels (inloggegevens) komen nooit in een uitwisseling of melding, in geen enkele
  vorm (base64, JSON-escapes, URL-codering): elke tekst die het rapport haalt, gaat door `verberg`
  (conformance.aansturen.geheimen). Het antwoord wordt gelezen vóór het verborgen wordt, en nooit daarna.
"""

from __future__ import annotations

import base64
import json
import re
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import httpx

from conformance.aansturen import doelinhoud
from conformance.aansturen.geheimen import VERBORGEN, Verberger, uit_inlog, uit_kopregels
from conformance.aansturen.verbinding import (
    HttpVerbinding,
    HttpxVerbinding,
    Ruwantwoord,
    Termijn,
    Verbinding,
    Verbindingsfout,
    Verbroken,
    Verlopen,
    controleer_url,
)
from conformance.kern.afwijking import Afwijking, Onbereikbaar, Storing, Uitwisseling

WsgiApp = Callable[..., Iterable[bytes]]
Keuring = Callable[[str, str, Any], None]
"""(methode, pad, lichaam) -> None; gooit NietVanToepassing om het verzoek niet te versturen."""

REFERENTIE_BASIS = "http://referentie.pwib/v1"
__all__ = ["VERBORGEN", "Doel", "Verbindingsbeleid", "http_doel", "wsgi_doel"]
_JSON = re.compile(r"^application/([\w.-]+\+)?json$")
_TEKENSET = re.compile(r";\s*charset\s*=\s*\"?([^\";\s]*)", re.IGNORECASE)
_CODERINGEN = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS | 32}
_ALLEEN_IDENTITY = {"Accept-Encoding": "identity"}


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
    """Een implementatie van het contract, bereikbaar via `verbinding`.

    `kopregels` (inloggegevens) gaan mee op elk verzoek behalve een anoniem verzoek."""

    naam: str
    verbinding: Verbinding
    beleid: Verbindingsbeleid = field(default_factory=Verbindingsbeleid)
    geheimen: tuple[str, ...] = ()
    kopregels: dict[str, str] = field(default_factory=dict)
    keuring: Keuring | None = None
    uitwisselingen: list[Uitwisseling] = field(default_factory=list)
    verbindingsfouten_op_rij: int = 0
    gestopt: str | None = None
    termijn: Termijn = field(default_factory=Termijn)

    def __post_init__(self) -> None:
        self._verberger = Verberger(self.geheimen)

    @property
    def basis_url(self) -> str:
        return self.verbinding.basis_url

    def sluit(self) -> None:
        self.verbinding.sluit()

    def verberg(self, tekst: str) -> str:
        """De tekst zonder een meegegeven inloggegeven, in geen van zijn vormen (conformance.aansturen.geheimen)."""
        return self._verberger(tekst)

    def post(self, pad: str, lichaam: Any) -> Uitwisseling:
        return self.stuur("POST", pad, lichaam)

    def get(self, pad: str, query: Mapping[str, str] | None = None) -> Uitwisseling:
        return self.stuur("GET", pad, query=query)

    def stuur(self, methode: str, pad: str, lichaam: Any | None = None, query: Mapping[str, str] | None = None,
              kopregels: Mapping[str, str] | None = None, anoniem: bool = False,
              lezer: Callable[[str], Any] = doelinhoud.lees_json) -> Uitwisseling:
        """Eén verzoek; `anoniem` laat de meegegeven kopregels (inloggegevens) weg; `lezer` leest het lichaam
        (vóór het verbergen: een geheim dat ook gewone tekst is, verandert zo niets aan de gelezen waarde)."""
        if self.keuring is not None:
            self.keuring(methode, pad, lichaam)
        if self.gestopt:
            raise Onbereikbaar(self.gestopt)
        tekst = None if lichaam is None else json.dumps(lichaam, ensure_ascii=False)
        extra = {**_ALLEEN_IDENTITY, **({} if anoniem else self.kopregels), **(kopregels or {})}
        if tekst is not None:
            extra["Content-Type"] = "application/json"
        begin = time.perf_counter()
        self.termijn.begin(self.beleid.timeout)
        try:
            antwoord = self._verstuur(methode, pad, dict(query or {}), extra,
                                      None if tekst is None else tekst.encode())
            try:
                inhoud = self._lees(antwoord)
            finally:
                antwoord.sluit()
        finally:
            self.termijn.stop()
        content_type = antwoord.kopregels.get("content-type", "")
        tekenset = _TEKENSET.search(content_type)
        try:
            ruwe_tekst = doelinhoud.tekst(inhoud, tekenset.group(1) if tekenset else None)
        except doelinhoud.Onleesbaar as fout:
            raise Storing("tekenset", self.verberg(f"{fout} in Content-Type {content_type!r}")) from None
        gegevens, leesfout = self._lees_lichaam(ruwe_tekst, lezer)
        uitwisseling = Uitwisseling(
            methode=methode,
            pad=pad,
            verzoek_tekst=None if tekst is None else self.verberg(tekst),
            status=antwoord.status,
            content_type=content_type.split(";")[0].strip().lower(),
            kopregels={self.verberg(k): self.verberg(v) for k, v in antwoord.kopregels.items()},
            antwoord_tekst=self.verberg(ruwe_tekst),
            duur_ms=(time.perf_counter() - begin) * 1000,
            query=dict(query or {}),
            gegevens=gegevens,
            leesfout=None if leesfout is None else self.verberg(str(leesfout)),
        )
        self.uitwisselingen.append(uitwisseling)
        self._keur_leesbaarheid(uitwisseling, leesfout)
        return uitwisseling

    @staticmethod
    def _lees_lichaam(ruwe_tekst: str, lezer: Callable[[str], Any]) -> tuple[Any, ValueError | None]:
        """Het lichaam gelezen (vóór het verbergen), of waarom dat niet kon."""
        if not ruwe_tekst.strip():
            return None, doelinhoud.Onleesbaar("een leeg lichaam")
        try:
            return lezer(ruwe_tekst), None
        except ValueError as fout:
            return None, fout

    def _verstuur(self, methode: str, pad: str, query: dict[str, str], kopregels: dict[str, str],
                  lichaam: bytes | None) -> Ruwantwoord:
        """Verstuur; herhaal alleen een verbindingsfout, met oplopende wachttijd."""
        for poging in range(self.beleid.herhalingen + 1):
            try:
                antwoord = self.verbinding.verstuur(methode, pad, query, kopregels, lichaam, self.termijn)
            except Verbindingsfout as fout:
                if poging < self.beleid.herhalingen:
                    time.sleep(self.beleid.wachttijd * 2**poging)
                    continue
                self._verbindingsfout(str(fout))
            except Verlopen as fout:
                raise Storing("time-out", f"geen antwoord binnen {self.beleid.timeout:g} s ({fout})") from None
            except Verbroken as fout:
                self._verbindingsfout(f"verbinding verbroken: {fout}")
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

    def _lees(self, antwoord: Ruwantwoord) -> bytes:
        """Lees het lichaam tot `max_bytes` (ook uitgepakt) en binnen de termijn van het hele verzoek."""
        grens = self.beleid.max_bytes
        opgegeven = antwoord.kopregels.get("content-length", "")
        if opgegeven.isdigit() and int(opgegeven) > grens:
            raise Storing("te-groot", f"het antwoord is {int(opgegeven)} bytes; de suite leest er ten hoogste {grens}")
        codering = antwoord.kopregels.get("content-encoding", "")
        gelezen, ruw, uitpakken = bytearray(), 0, _uitpakker(codering)
        try:
            for stuk in antwoord.stukken():
                ruw += len(stuk)
                for uitgepakt in uitpakken(stuk, grens + 1 - len(gelezen)):
                    gelezen += uitgepakt
                    if len(gelezen) > grens or ruw > grens:
                        raise Storing("te-groot", f"het antwoord is groter dan {grens} bytes; "
                                                  "de suite leest niet verder")
        except Verlopen:
            raise Storing("time-out", f"het antwoord was na {self.beleid.timeout:g} s nog niet binnen") from None
        except Verbroken as fout:
            raise Storing("verbinding", self.verberg(f"verbinding verbroken tijdens het lezen: {fout}")) from None
        except zlib.error as fout:
            raise Storing("codering", f"het lichaam is geen geldige {codering} ({fout})") from None
        return bytes(gelezen)

    def _keur_leesbaarheid(self, uitwisseling: Uitwisseling, leesfout: ValueError | None) -> None:
        """Een 5xx of onleesbare JSON is geen antwoord om te beoordelen, maar een `fout`; I-JSON geschonden
        is een contractfout van het doel."""
        if uitwisseling.status >= 500:
            raise Storing("serverfout", f"het doel antwoordde {uitwisseling.status}: "
                                        f"{uitwisseling.antwoord_tekst[:200]!r}", uitwisseling)
        if not _JSON.match(uitwisseling.content_type) or not uitwisseling.antwoord_tekst.strip():
            return
        if isinstance(leesfout, doelinhoud.IJsonSchending):
            raise Afwijking("contract", "JSON volgens I-JSON (RFC 7493)", self.verberg(str(leesfout)))
        if leesfout is not None:
            raise Storing("geen-json", f"het antwoord zegt {uitwisseling.content_type} te zijn, maar is geen "
                                       f"geldige JSON ({self.verberg(str(leesfout))[:200]}): "
                                       f"{uitwisseling.antwoord_tekst[:120]!r}", uitwisseling)


def _uitpakker(content_encoding: str) -> Callable[[bytes, int], Iterator[bytes]]:
    """Pakt hooguit één codering uit, in stappen van ten hoogste `ruimte` bytes: nooit meer in het geheugen."""
    coderingen = [c.strip().lower() for c in content_encoding.split(",") if c.strip().lower() not in ("", "identity")]
    if not coderingen:
        return lambda stuk, ruimte: iter((stuk,))
    if len(coderingen) > 1 or coderingen[0] not in _CODERINGEN:
        raise Storing("codering", f"Content-Encoding {content_encoding[:80]!r}: de suite vraagt identity en pakt "
                                  f"hooguit één codering uit ({', '.join(sorted(_CODERINGEN))})")
    ontpakker = zlib.decompressobj(_CODERINGEN[coderingen[0]])

    def uitpakken(stuk: bytes, ruimte: int) -> Iterator[bytes]:
        while stuk and not ontpakker.eof:
            yield ontpakker.decompress(stuk, max(ruimte, 1))
            stuk = ontpakker.unconsumed_tail

    return uitpakken


def _zonder_inloggegevens(url: str) -> tuple[str, tuple[str, ...]]:
    """De URL zonder `gebruiker:wachtwoord@`, en die gegevens (in elke vorm) als geheim."""
    delen = urlsplit(url)
    if "@" not in delen.netloc:
        return url, ()
    inlog, host = delen.netloc.rsplit("@", 1)
    return urlunsplit((delen.scheme, host, delen.path, delen.query, delen.fragment)), uit_inlog(inlog)


def http_doel(basis_url: str, timeout: float = 10.0, kopregels: Mapping[str, str] | None = None,
              beleid: Verbindingsbeleid | None = None) -> Doel:
    """Een leverancier over HTTP. `kopregels` (bijv. Authorization) gaan mee op elk verzoek behalve anonieme;
    `gebruiker:wachtwoord@` in de URL wordt Basic-authenticatie (RFC 7617), net zo geheim. `OngeldigeUrl` als
    `basis_url` geen http(s)-URL met een host is."""
    controleer_url(basis_url)
    beleid = beleid or Verbindingsbeleid(timeout=timeout)
    zichtbaar, inlog = _zonder_inloggegevens(basis_url)
    kopregels = dict(kopregels or {})
    if inlog:
        gebruiker, _, wachtwoord = urlsplit(basis_url).netloc.rsplit("@", 1)[0].partition(":")
        paar = f"{unquote(gebruiker)}:{unquote(wachtwoord)}".encode()
        kopregels.setdefault("Authorization", "Basic " + base64.b64encode(paar).decode())
    return Doel(naam=zichtbaar, verbinding=HttpVerbinding(zichtbaar, {}), beleid=beleid,
                geheimen=inlog + uit_kopregels(kopregels.values()), kopregels=kopregels)


def wsgi_doel(app: WsgiApp, kopregels: Mapping[str, str] | None = None) -> Doel:
    """De referentie in-process; dezelfde scenario's, zonder netwerk."""
    kopregels = dict(kopregels or {})
    client = httpx.Client(transport=httpx.WSGITransport(app=app), base_url=REFERENTIE_BASIS + "/")
    return Doel(naam="referentie (in-process)", verbinding=HttpxVerbinding(client),
                geheimen=uit_kopregels(kopregels.values()), kopregels=kopregels)
