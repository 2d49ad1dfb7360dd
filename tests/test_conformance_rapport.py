"""De rapporten: verzegeld en te verifiëren, atomair geschreven, leesbaar in een browser, en stabiel (golden)."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from api import create_app
from conformance.aansturen.doel import wsgi_doel
from conformance.runner import Opdracht, Uitgang, voer_uit
from conformance.vastleggen import junit
from conformance.vastleggen import rapport as rapportmodule
from conformance.vastleggen.afwijkingen import oorzaken
from conformance.vastleggen.handtekening import verifieer, verzegel
from tests.leveranciers.catalogus import CentErnaast
from tests.test_conformance import controleer_rapporten, pwib

VERWACHT = Path(__file__).parent / "verwacht" / "rapport-M04.json"


def _sleutelpaar(map_: Path) -> tuple[Path, Path]:
    sleutel = Ed25519PrivateKey.generate()
    geheim, publiek = map_ / "sleutel.pem", map_ / "publiek.pem"
    geheim.write_bytes(sleutel.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption()))
    publiek.write_bytes(sleutel.public_key().public_bytes(serialization.Encoding.PEM,
                                                          serialization.PublicFormat.SubjectPublicKeyInfo))
    return geheim, publiek


def test_een_verzegeld_rapport_is_intact_tot_iemand_er_iets_aan_verandert() -> None:
    sleutel = Ed25519PrivateKey.generate()
    rapport = verzegel({"uitslag": "niet conform", "scenarios": [{"id": "M04-001"}]}, sleutel)
    assert verifieer(rapport, sleutel.public_key()).in_orde
    veranderd = {**rapport, "uitslag": "conform"}
    uitkomst = verifieer(veranderd)
    assert not uitkomst.in_orde
    assert "sha256 klopt niet" in uitkomst.problemen[0]
    opnieuw_gehasht = verzegel(veranderd)  # wie de hash herberekent, breekt de handtekening
    opnieuw_gehasht["handtekening"] = rapport["handtekening"]
    assert verifieer(opnieuw_gehasht).problemen == ["de handtekening klopt niet bij de inhoud"]
    assert "andere sleutel" in verifieer(rapport, Ed25519PrivateKey.generate().public_key()).problemen[0]
    assert verifieer(verzegel({"a": 1}), sleutel.public_key()).problemen == [
        "een sleutel werd verwacht, maar het rapport is niet ondertekend"]


def test_ondertekenen_en_verifieren_via_de_opdrachtregel(tmp_path: Path) -> None:
    geheim, publiek = _sleutelpaar(tmp_path)
    proces = pwib("conformance", "--tags", "M04-001", "--sign", str(geheim), "--report-dir", "r", cwd=tmp_path)
    assert proces.returncode == 1, proces.stdout + proces.stderr
    rapport = controleer_rapporten(tmp_path / "r")
    assert rapport["handtekening"]["algoritme"] == "Ed25519"
    assert rapport["handtekening"]["vingerafdruk"] in (tmp_path / "r" / "rapport.html").read_text("utf-8")
    assert len((tmp_path / "r" / "resultaat.json.sig").read_bytes()) == 64
    goed = pwib("rapport", "verifieer", "r/resultaat.json", "--key", str(publiek), cwd=tmp_path)
    assert goed.returncode == 0, goed.stdout
    assert goed.stdout.startswith("in orde")
    assert rapport["handtekening"]["vingerafdruk"] in goed.stdout

    rapport["scenarios"][0]["oordeel"] = "gefaald"
    (tmp_path / "vervalst.json").write_text(json.dumps(rapport), "utf-8")
    fout = pwib("rapport", "verifieer", "vervalst.json", cwd=tmp_path)
    assert fout.returncode == 1
    assert "NIET IN ORDE: de sha256 klopt niet" in fout.stdout
    assert pwib("rapport", "verifieer", "bestaat-niet.json", cwd=tmp_path).returncode == 2


def test_een_sleutel_die_geen_ed25519_is_geeft_exitcode_2(tmp_path: Path) -> None:
    rsa_sleutel = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    (tmp_path / "rsa.pem").write_bytes(rsa_sleutel.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags="M04-001", rapportmap=tmp_path / "r", voortgang=False,
                                                          sleutel=tmp_path / "rsa.pem"))
    assert uitkomst.uitgang == Uitgang.GEBRUIKSFOUT
    assert "Ed25519" in uitkomst.melding


def test_junit_blijft_geldige_xml_ook_met_stuurtekens_van_de_leverancier(tmp_path: Path) -> None:
    scenario = {"id": "M04-001", "maatregel": "M04", "titel": "t", "feature": "f", "oordeel": "gefaald",
                "beslissend": True, "duurS": 0.1,
                "falendeStap": {"melding": "kreeg 'a\x00b\x1b'", "controle": "uitkomst", "uitwisseling": None}}
    certificering = {"soort": "certificeringsrun", "certificeerbaar": True, "redenen": []}
    pad = junit.schrijf({"voorcontrole": [], "scenarios": [scenario], "begin": "nu", "uitslag": "niet conform",
                         "certificering": certificering,
                         "herleidbaarheid": {"eisen": [], "scenariosZonderEis": []}}, tmp_path)
    geval = ET.fromstring(pad.read_bytes()).find("testsuite/testcase")  # noqa: S314 - ons eigen bestand
    assert geval is not None
    fout = geval.find("failure")
    assert fout is not None
    assert fout.get("message") == "kreeg 'a\ufffdb\ufffd'"


def test_een_rapport_wordt_atomair_geschreven(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pad = tmp_path / "resultaat.json"
    rapportmodule.schrijf_atomair(pad, "oud")

    def mislukt(bron: str, doel: str) -> None:
        raise OSError("schijf vol")

    monkeypatch.setattr(os, "replace", mislukt)
    with pytest.raises(OSError, match="schijf vol"):
        rapportmodule.schrijf_atomair(pad, "nieuw en half")
    assert pad.read_text("utf-8") == "oud"
    assert [p.name for p in tmp_path.iterdir()] == ["resultaat.json"]


# -- golden: een vaste selectie tegen de referentie geeft precies het ingecheckte rapport ----------------------

_VLUCHTIG = {"begin", "einde", "duurS", "duurMs", "integriteit", "handtekening", "openapiSha256"}


def normaliseer(waarde: Any) -> Any:
    """Tijden, duren, de inhoudshash van de suite en de verzegeling wisselen per run; de rest niet."""
    if isinstance(waarde, dict):
        genormaliseerd = {k: ("…" if k in _VLUCHTIG else normaliseer(v)) for k, v in waarde.items()}
        if {"sha256", "bestanden", "contractversie"} <= set(genormaliseerd):
            genormaliseerd.update(sha256="…", bestanden="…")
        return genormaliseerd
    if isinstance(waarde, list):
        return [normaliseer(w) for w in waarde]
    return waarde


def test_golden_m04_tegen_de_referentie(tmp_path: Path) -> None:
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags="M04", rapportmap=tmp_path, voortgang=False,
                                                          product="pwib referentie-API", productversie="golden"))
    assert (uitkomst.uitslag, uitkomst.uitgang) == ("onvolledig", Uitgang.NIET_CONFORM), "een selectie: ontwikkelrun"
    werkelijk = normaliseer(json.loads((tmp_path / "resultaat.json").read_text("utf-8")))
    if os.environ.get("PWIB_GOLDEN_BIJWERKEN"):
        VERWACHT.parent.mkdir(exist_ok=True)
        VERWACHT.write_text(json.dumps(werkelijk, ensure_ascii=False, indent=2) + "\n", "utf-8")
    verwacht = json.loads(VERWACHT.read_text("utf-8"))
    assert werkelijk == verwacht, "werk bij met PWIB_GOLDEN_BIJWERKEN=1 als de verandering bedoeld is"


# -- het HTML-rapport in een echte browser -------------------------------------------------------------------

def _chromium() -> str:
    gevonden = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if gevonden is None:
        if os.environ.get("PWIB_VEREIS_CHROMIUM"):
            pytest.fail("chromium ontbreekt, maar PWIB_VEREIS_CHROMIUM is gezet (CI)")
        pytest.skip("chromium is niet geïnstalleerd (apt-get install chromium chromium-driver)")
    return gevonden


def _browser(*args: str, profiel: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_chromium(), "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                           "--no-first-run", f"--user-data-dir={profiel}", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def _pixels(png: bytes) -> tuple[int, int, set[tuple[int, int, int]]]:
    """Breedte, hoogte en de kleuren van een 8-bits RGB(A)-PNG (genoeg om te zien dat er iets staat)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    plek, idat, kop = 8, b"", b""
    while plek < len(png):
        (lengte,) = struct.unpack(">I", png[plek:plek + 4])
        soort, inhoud = png[plek + 4:plek + 8], png[plek + 8:plek + 8 + lengte]
        kop, idat = (inhoud, idat) if soort == b"IHDR" else (kop, idat + inhoud if soort == b"IDAT" else idat)
        plek += 12 + lengte
    breedte, hoogte, diepte, kleurtype = struct.unpack(">IIBB", kop[:10])
    assert (diepte, kleurtype) in ((8, 2), (8, 6))
    stap = 3 if kleurtype == 2 else 4
    ruw, rij_lengte = zlib.decompress(idat), breedte * stap
    vorige, kleuren = bytearray(rij_lengte), set[tuple[int, int, int]]()
    for y in range(hoogte):
        filter_, rij = ruw[y * (rij_lengte + 1)], bytearray(ruw[y * (rij_lengte + 1) + 1:(y + 1) * (rij_lengte + 1)])
        for x in range(rij_lengte):
            links = rij[x - stap] if x >= stap else 0
            boven, linksboven = vorige[x], (vorige[x - stap] if x >= stap else 0)
            if filter_ == 1:
                rij[x] = (rij[x] + links) & 0xFF
            elif filter_ == 2:
                rij[x] = (rij[x] + boven) & 0xFF
            elif filter_ == 3:
                rij[x] = (rij[x] + (links + boven) // 2) & 0xFF
            elif filter_ == 4:
                p = links + boven - linksboven
                keuze = min((abs(p - links), 0, links), (abs(p - boven), 1, boven),
                            (abs(p - linksboven), 2, linksboven))
                rij[x] = (rij[x] + keuze[2]) & 0xFF
        kleuren.update((rij[i], rij[i + 1], rij[i + 2]) for i in range(0, rij_lengte, stap * 7))
        vorige = rij
    return breedte, hoogte, kleuren


@pytest.fixture(scope="module")
def html_rapport(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Het rapport van een foute leverancier (een cent ernaast), met gefaalde stappen om te tonen."""
    map_ = tmp_path_factory.mktemp("html")
    uitkomst = voer_uit(wsgi_doel(CentErnaast(create_app())),
                        Opdracht(tags="M04-001 or M04-002 or M05-001", rapportmap=map_, voortgang=False))
    assert uitkomst.uitslag == "niet conform"
    return map_ / "rapport.html"


def test_het_html_rapport_toont_in_chromium_oordeel_verzoek_antwoord_en_matrix(html_rapport: Path,
                                                                               tmp_path: Path) -> None:
    proces = _browser("--dump-dom", html_rapport.as_uri(), profiel=tmp_path / "profiel")
    assert proces.returncode == 0, proces.stderr[-2000:]
    dom = proces.stdout
    for tekst in ("niet conform", "Gefaalde stappen: verzoek en antwoord", "/beoordelingen/giftenvrijlating",
                  '"vrijgelaten": "300.01"', "M04-E01", "art. 31 lid 2 onder m Pw",
                  "Voorcontrole: API Design Rules", "Inhoud van de suite (sha256)"):
        assert tekst in dom, tekst
    assert "default-src 'none'" in html_rapport.read_text("utf-8")  # de pagina mag geen externe bron laden


# Draait in de pagina na het filterscript van het rapport: meet de eerste schermhoogte, de geladen bronnen, en
# wat de filters laten zien; het resultaat komt als JSON in de DOM.
_PROEF = """<script>
(function () {
  function zichtbaar(kiezer) {
    return Array.prototype.filter.call(document.querySelectorAll(kiezer), function (el) {
      return el.offsetParent !== null; }).map(function (el) { return el.getAttribute('data-maatregel'); });
  }
  function kies(id, waarde) {
    var el = document.getElementById(id); el.value = waarde; el.dispatchEvent(new Event('change'));
  }
  var oorzaken = document.getElementById('oorzaken'), r = {};
  r.kopBoven = oorzaken.querySelector('h2').getBoundingClientRect().top;
  r.eersteVerschilBoven = oorzaken.querySelector('.vergelijk').getBoundingClientRect().bottom;
  r.scherm = window.innerHeight;
  r.bronnen = performance.getEntriesByType('resource').map(function (b) { return b.name; });
  r.alle = zichtbaar('.geval');
  kies('filter-maatregel', 'M05');
  r.m05 = zichtbaar('.geval'); r.m05rijen = zichtbaar('#scenarios ~ table tr[data-maatregel]');
  r.m05telling = document.getElementById('filter-telling').textContent;
  kies('filter-maatregel', ''); kies('filter-oordeel', 'fout');
  r.fout = zichtbaar('.geval'); r.foutgroepen = zichtbaar('.oorzaak:not([hidden])').length;
  var uit = document.createElement('pre'); uit.id = 'proef'; uit.textContent = JSON.stringify(r);
  document.body.appendChild(uit);
})();
</script></body>"""


def test_de_afwijkingen_staan_in_het_eerste_scherm_en_de_filters_werken_zonder_server(html_rapport: Path,
                                                                                      tmp_path: Path) -> None:
    pagina = tmp_path / "rapport.html"
    pagina.write_text(html_rapport.read_text("utf-8").replace("</body>", _PROEF), "utf-8")
    proces = _browser("--window-size=1280,900", "--virtual-time-budget=5000", "--dump-dom", pagina.as_uri(),
                      profiel=tmp_path / "profiel")
    assert proces.returncode == 0, proces.stderr[-2000:]
    gevonden = re.search(r'<pre id="proef">(.*?)</pre>', proces.stdout, re.DOTALL)
    assert gevonden, proces.stdout[-2000:]
    proef = json.loads(html.unescape(gevonden.group(1)))
    assert proef["bronnen"] == []
    assert proef["kopBoven"] < proef["scherm"]
    assert proef["eersteVerschilBoven"] < proef["scherm"], "het eerste verschil staat niet in het eerste scherm"
    assert set(proef["alle"]) == {"M04", "M05"}
    assert set(proef["m05"]) == {"M05"}
    assert proef["m05rijen"]
    assert set(proef["m05rijen"]) == {"M05"}
    assert proef["m05telling"] == f"{len(proef['m05'])} van {len(proef['alle'])} afwijkingen getoond"
    assert proef["fout"] == []
    dom = proces.stdout
    for tekst in ("Afwijkingen per oorzaak", "Artikel: <b>art. 31 lid 2 onder m Pw</b>",
                  "features/M04-giftenvrijlating.feature:13", "Regel: Giften en kostenbesparende bijdragen",
                  "curl -sS -X POST http://127.0.0.1:8080/v1/beoordelingen/giftenvrijlating",
                  "Dan is € 300,00 vrijgelaten"):
        assert tekst in dom, tekst


def test_gelijke_afwijkingen_staan_in_een_oorzaak(html_rapport: Path) -> None:
    rapport = json.loads((html_rapport.parent / "resultaat.json").read_text("utf-8"))
    groepen = oorzaken(rapport)
    assert sum(len(g.scenarios) for g in groepen) == rapport["telling"]["gefaald"] + rapport["telling"]["fout"] \
        + sum(r["oordeel"] in ("gefaald", "fout") for r in rapport["voorcontrole"])
    vrijgelaten = next(g for g in groepen if g.maatregel == "M04" and g.veld == "vrijgelaten")
    assert vrijgelaten.soort == "uitkomst"
    assert len(vrijgelaten.scenarios) > 1
    assert len({(g.maatregel, g.veld, g.soort) for g in groepen}) == len(groepen)


def test_de_junit_failure_noemt_artikel_plek_verzoek_en_verschil(html_rapport: Path) -> None:
    wortel = ET.fromstring((html_rapport.parent / "junit.xml").read_bytes())  # noqa: S314 - eigen uitvoer
    geval = next(g for g in wortel.iter("testcase") if g.get("name", "").startswith("M04-001 "))
    assert (geval.get("file"), geval.get("line")) == ("features/M04-giftenvrijlating.feature", "13")
    tekst = geval.findtext("failure") or ""
    for regel in ("artikel: art. 31 lid 2 onder m Pw", "feature: features/M04-giftenvrijlating.feature:13",
                  'vrijgelaten: verwacht "300.00", werkelijk "300.01"',
                  "verzoek: POST http://127.0.0.1:8080/v1/beoordelingen/giftenvrijlating",
                  "curl: curl -sS -X POST http://127.0.0.1:8080/v1/beoordelingen/giftenvrijlating"):
        assert regel in tekst, tekst


def test_een_schermafdruk_van_het_html_rapport_is_niet_leeg(html_rapport: Path, tmp_path: Path) -> None:
    afdruk = tmp_path / "rapport.png"
    proces = _browser("--window-size=1280,1400", f"--screenshot={afdruk}", html_rapport.as_uri(),
                      profiel=tmp_path / "profiel")
    assert proces.returncode == 0, proces.stderr[-2000:]
    png = afdruk.read_bytes()
    assert len(png) > 20_000
    breedte, hoogte, kleuren = _pixels(png)
    assert (breedte, hoogte) == (1280, 1400)
    assert len(kleuren) > 30, "een bijna egale afbeelding: het rapport is niet getekend"
    assert (0xB3, 0x26, 0x1E) in kleuren, "de rode stempel 'niet conform' staat niet in beeld"
    if os.environ.get("PWIB_SCHERMAFDRUK"):
        shutil.copy(afdruk, os.environ["PWIB_SCHERMAFDRUK"])
