"""Geheimen verbergen in elke vorm waarin een doel ze kan terugsturen.

Een geheim is de waarde van een meegegeven kopregel (ook het token na `Bearer `), of de
`gebruiker:wachtwoord` uit de basis-URL (ook elk deel, en de gebruiker:wachtwoord achter `Basic`).
Een doel kan zo'n waarde terugsturen zoals ze is, maar ook:

- base64, met en zonder `=` aan het eind, ook url-veilig (zo staat `Basic` in een geëchode kopregel);
- met JSON-escapes: `\\/` (PHP's json_encode), `\\uXXXX` (ensure_ascii), `\\"` en `\\\\`;
- URL-gecodeerd (`%2F`, `+` voor een spatie) of als HTML-entiteit (`&#47;`, `&amp;`).

Per geheim (en per base64-vorm) maakt `Verberger` één reguliere expressie waarin elk teken in elk
van die vormen mag staan, ook door elkaar. Hij werkt op tekst zoals die van het doel kwam én op
gelezen waarden: de suite leest een antwoord nooit opnieuw nadat het verborgen is.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import unquote

VERBORGEN = "[verborgen]"
MIN_LENGTE = 4
"""Kortere waarden zijn geen geheim dat zich laat verbergen zonder gewone tekst te verminken."""

_HTML = {"&": ("&amp;",), "<": ("&lt;",), ">": ("&gt;",), '"': ("&quot;",), "'": ("&apos;",)}


def _hex(getal: int, breedte: int) -> str:
    return f"(?i:{getal:0{breedte}x})"


def _teken(teken: str) -> str:
    """Een reguliere expressie voor één teken in elk van zijn vormen."""
    code = ord(teken)
    vormen = [re.escape(teken)]
    if code < 0x10000:
        vormen.append(r"\\u" + _hex(code, 4))
    else:
        hoog, laag = 0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)
        vormen.append(r"\\u" + _hex(hoog, 4) + r"\\u" + _hex(laag, 4))
    kort = json.dumps(teken)[1:-1]
    if kort.startswith("\\") and not kort.startswith("\\u"):
        vormen.append(re.escape(kort))
    if teken == "/":
        vormen.append(re.escape("\\/"))
    vormen.append("".join(f"%{_hex(byte, 2)}" for byte in teken.encode()))
    if teken == " ":
        vormen.append(r"\+")
    vormen += [f"&#0*{code};", f"&#(?i:x)0*{_hex(code, 1 if code < 16 else 2 if code < 256 else 4)};"]
    vormen += [re.escape(entiteit) for entiteit in _HTML.get(teken, ())]
    return "(?:" + "|".join(vormen) + ")"


def base64_vormen(waarde: str) -> set[str]:
    """De waarde in base64 en url-veilige base64, met en zonder opvulling."""
    ruw = waarde.encode()
    vormen = {base64.b64encode(ruw).decode(), base64.urlsafe_b64encode(ruw).decode()}
    return vormen | {v.rstrip("=") for v in vormen}


def _basic(token: str) -> tuple[str, ...]:
    """Achter `Basic`: gebruiker:wachtwoord en het wachtwoord, als het token dat bevat."""
    try:
        gebruiker_wachtwoord = base64.b64decode(token, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return ()
    _, dubbelepunt, wachtwoord = gebruiker_wachtwoord.partition(":")
    return (gebruiker_wachtwoord, wachtwoord) if dubbelepunt else ()


def uit_kopregels(waarden: Iterable[str]) -> tuple[str, ...]:
    """Elke waarde van een meegegeven kopregel is geheim, bij `Schema token` ook het token alleen."""
    geheimen: list[str] = []
    for ruw in waarden:
        waarde = ruw.strip()
        geheimen.append(waarde)
        schema, _, token = waarde.partition(" ")
        token = token.strip()
        if schema and token:
            geheimen.append(token)
            if schema.lower() == "basic":
                geheimen += _basic(token)
    return tuple(geheimen)


def uit_inlog(inlog: str) -> tuple[str, ...]:
    """`gebruiker:wachtwoord` uit een URL: zoals geschreven, gedecodeerd (zo gaat het base64 in `Basic`), elk deel."""
    gebruiker, _, wachtwoord = inlog.partition(":")
    return (inlog, gebruiker, wachtwoord, f"{unquote(gebruiker)}:{unquote(wachtwoord)}", unquote(gebruiker),
            unquote(wachtwoord))


class Verberger:
    """Vervangt elk geheim, in elke vorm, door `[verborgen]`."""

    def __init__(self, geheimen: Iterable[str]) -> None:
        vormen: set[str] = set()
        for geheim in geheimen:
            if len(geheim) >= MIN_LENGTE:
                vormen |= {geheim} | base64_vormen(geheim)
        self.geheimen = tuple(sorted(vormen, key=lambda v: (-len(v), v)))
        patroon = "|".join("".join(_teken(t) for t in vorm) for vorm in self.geheimen)
        # Een vooruitblik op de mogelijke eerste tekens: de rest van het patroon alleen daar proberen.
        eerste = {vorm[0] for vorm in self.geheimen} | {"\\", "%", "&", "+"}
        vooruit = "(?=[" + "".join(re.escape(t) for t in sorted(eerste)) + "])"
        self._patroon = re.compile(f"{vooruit}(?:{patroon})") if patroon else None

    def __call__(self, tekst: str) -> str:
        return tekst if self._patroon is None else self._patroon.sub(VERBORGEN, tekst)


def verborgen(waarde: Any, verberg: Callable[[str], str]) -> Any:
    """Een JSON-achtige waarde met elke tekst (ook elke sleutel) door `verberg`: zo gaat een rapport naar buiten,
    ook met een antwoord dat het doel stuurde en dat vóór het verbergen gelezen werd."""
    if isinstance(waarde, str):
        return verberg(waarde)
    if isinstance(waarde, list | tuple):
        return [verborgen(w, verberg) for w in waarde]
    if isinstance(waarde, dict):
        return {verberg(k) if isinstance(k, str) else k: verborgen(v, verberg) for k, v in waarde.items()}
    return waarde
