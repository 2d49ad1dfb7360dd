"""Een geheim verdwijnt uit elke tekst, in elke vorm waarin een doel het kan terugsturen."""

from __future__ import annotations

import base64
import json
import string
from collections.abc import Callable
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conformance.aansturen.geheimen import VERBORGEN, Verberger, uit_inlog, uit_kopregels


def _utf16(tekst: str) -> list[int]:
    """De UTF-16-eenheden: zo schrijft JSON een teken buiten het BMP als twee \\u-escapes."""
    ruw = tekst.encode("utf-16-be")
    return [int.from_bytes(ruw[i:i + 2], "big") for i in range(0, len(ruw), 2)]


CODERINGEN: dict[str, Callable[[str], str]] = {
    "letterlijk": lambda g: g,
    "json": lambda g: json.dumps(g, ensure_ascii=False)[1:-1],
    "json ascii": lambda g: json.dumps(g)[1:-1],
    "\\/": lambda g: json.dumps(g).replace("/", "\\/")[1:-1],
    "\\u": lambda g: "".join(f"\\u{e:04x}" for e in _utf16(g)),
    "\\U": lambda g: "".join(f"\\u{e:04X}" for e in _utf16(g)),
    "url": lambda g: quote(g, safe=""),
    "html": lambda g: "".join(f"&#{ord(t)};" for t in g),
    "base64": lambda g: base64.b64encode(g.encode()).decode(),
    "base64 zonder =": lambda g: base64.b64encode(g.encode()).decode().rstrip("="),
    "base64url": lambda g: base64.urlsafe_b64encode(g.encode()).decode().rstrip("="),
    "base64 met \\/": lambda g: base64.b64encode(g.encode()).decode().replace("/", "\\/"),
}
TEKENS = string.ascii_letters + string.digits + "-._~+/=!*:@&<>\"'%$#é€😀"
geheimen = st.text(TEKENS, min_size=8, max_size=40).filter(lambda g: len(set(g)) >= 5)


@pytest.mark.parametrize("codering", CODERINGEN, ids=list(CODERINGEN))
@settings(max_examples=30, deadline=None)
@given(geheim=geheimen, voor=st.text(max_size=20), na=st.text(max_size=20))
def test_geen_codering_van_het_geheim_blijft_over(codering: str, geheim: str, voor: str, na: str) -> None:
    verberg = Verberger(uit_kopregels([f"Bearer {geheim}"]))
    uit = verberg(voor + CODERINGEN[codering](geheim) + na)
    assert VERBORGEN in uit
    for vorm in CODERINGEN.values():
        assert vorm(geheim) not in uit


def test_basic_verbergt_gebruiker_wachtwoord_en_het_wachtwoord() -> None:
    token = base64.b64encode(b"gebruiker:ge/heim-123").decode()
    verberg = Verberger(uit_kopregels([f"Basic {token}"]))
    uit = verberg('{"u": "gebruiker:ge\\/heim-123", "w": "ge%2Fheim-123"}')
    assert uit == f'{{"u": "{VERBORGEN}", "w": "{VERBORGEN}"}}'


def test_inloggegevens_uit_de_url_ook_gedecodeerd_en_als_basic() -> None:
    verberg = Verberger(uit_inlog("jan:p%40ss-word"))
    basic = base64.b64encode(b"jan:p@ss-word").decode()
    assert verberg(f"p@ss-word p%40ss-word {basic}") == " ".join([VERBORGEN] * 3)


def test_een_te_kort_geheim_verminkt_geen_gewone_tekst() -> None:
    assert Verberger(uit_kopregels(["abc"]))("abc abcdef") == "abc abcdef"
