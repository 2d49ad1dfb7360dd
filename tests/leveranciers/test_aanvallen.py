"""Geen vijandig doel laat de suite vallen, uitputten, misleiden of een geheim lekken.

Elke aanval draait `pwib conformance` als eigen proces over echte HTTP op 127.0.0.1, met een
Bearer-token, een X-Api-Key en gebruiker:wachtwoord in de URL. Getoetst: de exitcode, de uitslag,
het oordeel en de controle bij de aanval, de grens in tijd en geheugen (piek-RSS van dat proces),
en dat geen geheim in enige vorm in stdout, stderr of een rapportbestand staat.
"""

from __future__ import annotations

import base64
import json
import string
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api import create_app
from tests.leveranciers.aanvallen import (
    AANVALLEN,
    GEBRUIKER,
    SLEUTEL,
    TOKEN,
    WACHTWOORD,
    Aanval,
    EchootAlles,
    Meting,
    meet,
)

BESTANDEN = {"stdout", "stderr", "resultaat.json", "junit.xml", "rapport.html"}


def vormen(geheim: str) -> dict[str, str]:
    """Elke vorm waarin een geheim in een uitvoer kan belanden (onafhankelijk van conformance.aansturen.geheimen)."""
    ruw = geheim.encode()
    b64, b64url = base64.b64encode(ruw).decode(), base64.urlsafe_b64encode(ruw).decode()
    return {
        "letterlijk": geheim,
        "json": json.dumps(geheim)[1:-1],
        "json-ascii": json.dumps(geheim, ensure_ascii=True)[1:-1],
        "\\/": json.dumps(geheim).replace("/", "\\/")[1:-1],
        "\\u": "".join(f"\\u{ord(t):04x}" for t in geheim),
        "\\U": "".join(f"\\u{ord(t):04X}" for t in geheim),
        "url": quote(geheim, safe=""),
        "base64": b64,
        "base64 zonder =": b64.rstrip("="),
        "base64url": b64url.rstrip("="),
    }


def lekken(meting: Meting, geheimen: list[str]) -> list[str]:
    return [f"{vorm} van {geheim!r} in {naam}" for geheim in geheimen for vorm, tekst in vormen(geheim).items()
            for naam, uitvoer in meting.uitvoer.items() if tekst in uitvoer]


ALLE_GEHEIMEN = [TOKEN, f"Bearer {TOKEN}", SLEUTEL, WACHTWOORD, f"{GEBRUIKER}:{WACHTWOORD}"]


@pytest.mark.http
@pytest.mark.parametrize("aanval", AANVALLEN, ids=[a.naam for a in AANVALLEN])
def test_de_suite_houdt_stand_tegen_de_aanval(aanval: Aanval, tmp_path: Path) -> None:
    meting = meet(create_app(), aanval, tmp_path / "r")
    assert set(meting.uitvoer) == BESTANDEN, meting.uitvoer.get("stderr")
    rapport = json.loads(meting.uitvoer["resultaat.json"])
    assert (meting.uitgang, rapport["uitslag"]) == (aanval.uitgang, aanval.uitslag), meting.uitvoer["stdout"][-2000:]
    resultaten = rapport["scenarios"] + rapport.get("voorcontrole", [])
    geraakt = [r for r in resultaten if aanval.melding in json.dumps(r, ensure_ascii=False)
               and r["oordeel"] == aanval.oordeel]
    assert geraakt, [(r["id"], r["oordeel"]) for r in resultaten]
    assert {(r.get("falendeStap") or {}).get("controle") for r in geraakt} >= {aanval.controle}, geraakt
    assert meting.seconden < aanval.seconden, f"{meting.seconden:.1f} s"
    if aanval.controle == "time-out":
        assert all(r["duurS"] < aanval.timeout + 0.5 for r in geraakt), [(r["id"], r["duurS"]) for r in geraakt]
    assert meting.piek_mebibytes < aanval.mebibytes, f"{meting.piek_mebibytes:.0f} MiB"
    assert not lekken(meting, ALLE_GEHEIMEN)


_TOKENTEKENS = string.ascii_letters + string.digits + "-._~+/=!*:@&<>\"'%$#"


@pytest.mark.http
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(token=st.text(_TOKENTEKENS, min_size=10, max_size=40).filter(
           lambda t: len(set(t)) >= 6 and any(not t_.isalnum() for t_ in t)),
       sleutel=st.text(_TOKENTEKENS, min_size=10, max_size=40).filter(
           lambda t: len(set(t)) >= 6 and any(t_ in "/+\"" for t_ in t)),
       wachtwoord=st.text(string.ascii_letters + string.digits + "-._~", min_size=8, max_size=20).filter(
           lambda t: len(set(t)) >= 5))
def test_geen_geheim_in_welke_vorm_ook_in_enige_uitvoer(token: str, sleutel: str, wachtwoord: str) -> None:
    """Het doel echoot elk geheim in elke codering (\\/, \\u, URL, base64) in lichaam en kopregels."""
    aanval = Aanval("echoot alles", EchootAlles, "M04-001", 1, "niet conform", "gefaald", "contract", "debugEcho")
    with tempfile.TemporaryDirectory() as map_:
        meting = meet(create_app(), aanval, Path(map_) / "r", token=token, sleutel=sleutel, wachtwoord=wachtwoord)
    assert meting.uitgang == 1, meting.uitvoer["stderr"][-2000:]
    assert "debugEcho" in meting.uitvoer["resultaat.json"], "het doel echode echt (de test kan falen)"
    assert not lekken(meting, [token, f"Bearer {token}", sleutel, wachtwoord, f"{GEBRUIKER}:{wachtwoord}"])
