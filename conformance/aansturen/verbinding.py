"""De verbinding met een doel: één verzoek heen, het antwoord in ruwe stukken terug, binnen één termijn.

De driver (conformance.aansturen.doel) beslist wat een fout betekent; deze module zorgt dat elke fout één van
drie soorten is, en dat geen antwoord langer duurt dan de termijn:

- `Verbindingsfout`: er kwam geen verbinding (geweigerd, onbekende host, TLS mislukt, geen verbinding binnen de
  termijn). Alleen die herhaalt de driver;
- `Verlopen`: de termijn van het verzoek verstreek (ook als het doel zijn kopregels byte voor byte stuurt);
- `Verbroken`: de verbinding brak, of het doel sprak geen HTTP/1.1 dat de standaardbibliotheek leest (een
  statusregel van onzin, meer dan 100 kopregels, een regel langer dan 64 KiB).

`HttpVerbinding` spreekt HTTP/1.1 met de standaardbibliotheek (http.client) over één blijvende verbinding per
driver: een verzoek kost zo een paar honderd microseconden CPU minder dan via httpx, wat telt als `pwib vergelijk`
duizenden casussen per seconde stuurt. De termijn zit op elke lees- en schrijfbewerking van de socket.
`HttpxVerbinding` zet een httpx-client (de referentie in-process via WSGI, een nagebootst doel in de tests) achter
dezelfde vorm.
"""

from __future__ import annotations

import http.client
import io
import socket
import ssl
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote, urlencode, urlsplit

import httpx

LEESSTUK = 64 * 1024
"""Zoveel bytes leest de verbinding hooguit per keer van een lichaam."""


class Verbindingsfout(Exception):
    """Er kwam geen verbinding met het doel."""


class Verlopen(Exception):
    """De termijn van het verzoek is verstreken."""


class Verbroken(Exception):
    """De verbinding brak, of het doel sprak geen leesbaar HTTP."""


class OngeldigeUrl(ValueError):
    """De basis-URL is geen http(s)-URL met een host: een gebruiksfout, geen storing van het doel."""


def controleer_url(basis_url: str) -> None:
    """`OngeldigeUrl` als `basis_url` geen http(s)-URL met een host (en een geldige poort) is. De melding noemt de
    URL niet: er kunnen inloggegevens in staan."""
    try:
        delen = urlsplit(basis_url)
        geldig = delen.scheme in ("http", "https") and bool(delen.hostname) and delen.port != 0
    except ValueError:  # een onafgesloten IPv6-adres, een poort buiten 0-65535
        geldig = False
    if not geldig:
        raise OngeldigeUrl("verwacht een http(s)-URL met een host, zoals https://leverancier.example/api/v1")


class Termijn:
    """Eén wall-clock-termijn per verzoek; elke netwerkbewerking krijgt hooguit de resterende tijd."""

    def __init__(self) -> None:
        self.einde: float | None = None

    def begin(self, seconden: float) -> None:
        self.einde = time.monotonic() + seconden

    def stop(self) -> None:
        self.einde = None

    def rest(self, timeout: float | None = None) -> float | None:
        """De resterende tijd (hooguit `timeout`); `Verlopen` als er niets meer over is."""
        if self.einde is None:
            return timeout
        rest = self.einde - time.monotonic()
        if rest <= 0:
            raise Verlopen("de termijn van het verzoek is verstreken")
        return rest if timeout is None else min(timeout, rest)


@dataclass
class Ruwantwoord:
    """Status en kopregels van een antwoord; het lichaam nog ongelezen en zoals het kwam (misschien gecomprimeerd).

    `kopregels` heeft kleine letters als namen; een naam die vaker kwam, heeft de waarden met ", " verbonden."""

    status: int
    kopregels: dict[str, str]
    _stukken: Iterator[bytes]
    _sluit: Any

    def stukken(self) -> Iterator[bytes]:
        """Het lichaam in stukken; gooit `Verlopen` of `Verbroken` als het lezen misgaat."""
        return self._stukken

    def sluit(self) -> None:
        self._sluit()


class Verbinding(Protocol):
    basis_url: str

    def verstuur(self, methode: str, pad: str, query: Mapping[str, str], kopregels: Mapping[str, str],
                 lichaam: bytes | None, termijn: Termijn) -> Ruwantwoord: ...

    def sluit(self) -> None: ...


def kopregels_van(paren: list[tuple[str, str]]) -> dict[str, str]:
    """De kopregels met kleine letters als naam; de waarden van een naam die vaker kwam, met ", " verbonden."""
    samen: dict[str, str] = {}
    for naam, waarde in paren:
        klein = naam.lower()
        samen[klein] = f"{samen[klein]}, {waarde}" if klein in samen else waarde
    return samen


class _BegrensdeSocket:
    """De socket zoals http.client hem gebruikt (sendall, makefile, close), met de termijn op elke bewerking.

    Zoals bij een gewone socket sluit `close` pas echt als ook elke lezer uit `makefile` dicht is: http.client
    sluit de verbinding al terwijl het antwoord op een `Connection: close` nog gelezen wordt."""

    def __init__(self, sock: socket.socket, termijn: Termijn) -> None:
        self._sock = sock
        self._termijn = termijn
        self._lezers = 0
        self._dicht = False

    def sendall(self, data: bytes) -> None:
        self._sock.settimeout(self._termijn.rest())
        self._sock.sendall(data)

    def recv_into(self, buffer: Any) -> int:
        self._sock.settimeout(self._termijn.rest())
        return self._sock.recv_into(buffer)

    def makefile(self, modus: str) -> io.BufferedReader:
        self._lezers += 1
        return io.BufferedReader(_BegrensdeLezer(self))

    def lezer_dicht(self) -> None:
        self._lezers -= 1
        self._sluit_als_klaar()

    def close(self) -> None:
        self._dicht = True
        self._sluit_als_klaar()

    def _sluit_als_klaar(self) -> None:
        if self._dicht and self._lezers <= 0:
            self._sock.close()


class _BegrensdeLezer(io.RawIOBase):
    """Het lichaam van de socket, met hooguit de resterende termijn per leesbewerking."""

    def __init__(self, sock: _BegrensdeSocket) -> None:
        super().__init__()
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._sock.recv_into(buffer)

    def close(self) -> None:
        if not self.closed:
            self._sock.lezer_dicht()
        super().close()


class _Verbinding(http.client.HTTPConnection):
    """http.client's verbinding; verbinden (en TLS) binnen de termijn, daarna elke bewerking begrensd."""

    def __init__(self, host: str, port: int | None, termijn: Termijn, tls: ssl.SSLContext | None) -> None:
        super().__init__(host, port)
        self._termijn = termijn
        self._tls = tls

    def connect(self) -> None:
        try:
            sock = socket.create_connection((self.host, self.port), self._termijn.rest())
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self._tls is not None:
                sock.settimeout(self._termijn.rest())
                sock = self._tls.wrap_socket(sock, server_hostname=self.host)
        except Verlopen:
            raise Verbindingsfout("geen verbinding binnen de termijn") from None
        except (OSError, ssl.SSLError) as fout:  # ook socket.gaierror en TimeoutError
            raise Verbindingsfout(f"{type(fout).__name__}: {fout}") from None
        self.sock = _BegrensdeSocket(sock, self._termijn)


_NIET_GEBRUIKT = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, ConnectionAbortedError)
"""Zo faalt een blijvende verbinding die het doel intussen sloot: één keer opnieuw, op een nieuwe verbinding."""


class HttpVerbinding:
    """HTTP/1.1 naar een basis-URL, over één blijvende verbinding (niet gedeeld tussen draden)."""

    def __init__(self, basis_url: str, kopregels: Mapping[str, str]) -> None:
        controleer_url(basis_url)
        delen = urlsplit(basis_url)
        self.basis_url = basis_url.rstrip("/")
        self._pad = delen.path.rstrip("/")
        self._host, self._port = delen.hostname or "", delen.port  # controleer_url eist een host
        # dezelfde vertrouwde certificaten als httpx: SSL_CERT_FILE of SSL_CERT_DIR als die gezet zijn, anders certifi
        self._tls = httpx.create_ssl_context() if delen.scheme == "https" else None
        self._kopregels = {"User-Agent": "pwib", "Accept": "*/*", **kopregels}
        self._verbinding: _Verbinding | None = None

    def verstuur(self, methode: str, pad: str, query: Mapping[str, str], kopregels: Mapping[str, str],
                 lichaam: bytes | None, termijn: Termijn) -> Ruwantwoord:
        url = quote(self._pad + "/" + pad.lstrip("/"), safe="/:@!$&'()*+,;=-._~%") + (
            "?" + urlencode(query) if query else "")
        alle = {**self._kopregels, **kopregels}
        hergebruikt = self._verbinding is not None and self._verbinding.sock is not None
        try:
            try:
                antwoord = self._vraag(methode, url, alle, lichaam, termijn)
            except _NIET_GEBRUIKT:
                if not hergebruikt:
                    raise
                self.sluit()
                antwoord = self._vraag(methode, url, alle, lichaam, termijn)
        except _NIET_GEBRUIKT as fout:
            self.sluit()
            raise Verbroken(f"het doel sloot de verbinding voor het antwoord ({type(fout).__name__})") from None
        except BaseException:
            self.sluit()
            raise
        return Ruwantwoord(antwoord.status, kopregels_van(antwoord.getheaders()), self._lees(antwoord),
                           lambda: self._klaar(antwoord))

    def _vraag(self, methode: str, url: str, kopregels: dict[str, str], lichaam: bytes | None,
               termijn: Termijn) -> http.client.HTTPResponse:
        if self._verbinding is None:
            self._verbinding = _Verbinding(self._host, self._port, termijn, self._tls)
        try:
            self._verbinding.request(methode, url, body=lichaam, headers=kopregels)
            return self._verbinding.getresponse()
        except (Verbindingsfout, Verlopen, *_NIET_GEBRUIKT):
            raise
        except TimeoutError:
            raise Verlopen("geen antwoord binnen de termijn") from None
        except (OSError, http.client.HTTPException) as fout:
            raise Verbroken(f"{type(fout).__name__}: {str(fout)[:200]}") from None

    def _lees(self, antwoord: http.client.HTTPResponse) -> Iterator[bytes]:
        try:
            while stuk := antwoord.read1(LEESSTUK):
                yield stuk
            if antwoord.length:  # Content-Length beloofde meer dan er kwam voordat het doel de verbinding sloot
                raise http.client.IncompleteRead(b"", antwoord.length)
            antwoord.read()  # read1 laat een lichaam met Content-Length open na de laatste byte; dit sluit het af
        except (Verlopen, TimeoutError):
            self.sluit()
            raise Verlopen("het lichaam kwam niet binnen de termijn") from None
        except (OSError, http.client.HTTPException) as fout:
            self.sluit()
            raise Verbroken(f"{type(fout).__name__}: {str(fout)[:200]}") from None

    def _klaar(self, antwoord: http.client.HTTPResponse) -> None:
        """Na het lezen: een helemaal gelezen antwoord laat de verbinding open voor het volgende verzoek; een
        half gelezen antwoord (te groot, te laat) sluit haar."""
        helemaal = antwoord.isclosed()
        antwoord.close()
        if not helemaal:
            self.sluit()

    def sluit(self) -> None:
        if self._verbinding is not None:
            self._verbinding.close()
            self._verbinding = None


class HttpxVerbinding:
    """Een httpx-client achter dezelfde vorm: de referentie in-process (WSGI) en nagebootste doelen."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.basis_url = str(client.base_url).rstrip("/")

    def verstuur(self, methode: str, pad: str, query: Mapping[str, str], kopregels: Mapping[str, str],
                 lichaam: bytes | None, termijn: Termijn) -> Ruwantwoord:
        verzoek = self.client.build_request(methode, pad.lstrip("/"), content=lichaam, params=dict(query),
                                            headers=dict(kopregels), timeout=termijn.rest())
        try:
            antwoord = self.client.send(verzoek, stream=True)
        except (httpx.ConnectError, httpx.ConnectTimeout) as fout:
            raise Verbindingsfout(f"{type(fout).__name__}: {fout}") from None
        except httpx.TimeoutException as fout:
            raise Verlopen(type(fout).__name__) from None
        except httpx.TransportError as fout:
            raise Verbroken(f"{type(fout).__name__}: {fout}") from None
        kopregels_terug = kopregels_van(list(antwoord.headers.multi_items()))
        if antwoord.is_stream_consumed:  # een nagebootst antwoord: httpx las en pakte het lichaam al uit
            kopregels_terug.pop("content-encoding", None)
            stukken: Iterator[bytes] = iter((antwoord.content,))
        else:
            stukken = antwoord.iter_raw()
        return Ruwantwoord(antwoord.status_code, kopregels_terug, self._lees(stukken), antwoord.close)

    @staticmethod
    def _lees(stukken: Iterator[bytes]) -> Iterator[bytes]:
        try:
            yield from stukken
        except httpx.TimeoutException:
            raise Verlopen("het lichaam kwam niet binnen de termijn") from None
        except httpx.TransportError as fout:
            raise Verbroken(f"{type(fout).__name__}: {fout}") from None

    def sluit(self) -> None:
        self.client.close()
