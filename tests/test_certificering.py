"""Alleen een certificeringsrun kan conform zijn, en een rapport is te controleren zonder pwib."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from conformance.inlezen.inhoud import inhoudshash, suite, versie
from conformance.kern.bestanden import FEATURES, WORTEL
from conformance.oordelen.certificering import GEPUBLICEERD, beoordeel, gepubliceerde_hashes
from conformance.vastleggen.handtekening import lees_geheime_sleutel, verzegel
from tests.test_conformance import controleer_rapporten, pwib
from tests.test_conformance_rapport import _sleutelpaar


def test_de_gepubliceerde_suitehash_is_die_van_de_huidige_suite() -> None:
    assert gepubliceerde_hashes().get(versie()) == inhoudshash(), (
        f"de suite is veranderd: zet de nieuwe inhoudshash in {GEPUBLICEERD.name} met `make suitehash`")


_VOLLEDIG: dict[str, Any] = {"selectie": None, "ontheffingen": 0, "product": "P", "productversie": "1",
                             "onderbroken": False}


@pytest.mark.parametrize(("afwijking", "reden"), [
    ({"selectie": "M04"}, "een selectie van scenario's (M04)"),
    ({"ontheffingen": 2}, "2 ontheffing(en)"),
    ({"product": None}, "product en versie van het doel niet genoemd"),
    ({"productversie": ""}, "product en versie van het doel niet genoemd"),
    ({"onderbroken": True}, "de run is onderbroken"),
    ({"features": WORTEL / "tests" / "lint_fout"}, "eigen features (PWIB_FEATURES="),
    ({"suite": {**suite(), "sha256": "0" * 64}}, "is niet de gepubliceerde van versie"),
    ({"suite": {**suite(), "versie": "0.0.1"}}, "voor suiteversie 0.0.1 is geen inhoudshash gepubliceerd"),
])
def test_elke_afwijking_van_de_volledige_officiele_suite_maakt_een_ontwikkelrun(afwijking: dict[str, Any],
                                                                               reden: str) -> None:
    assert beoordeel(**{"suite": suite(), "features": FEATURES, **_VOLLEDIG}).certificeerbaar
    certificering = beoordeel(**{"suite": suite(), "features": FEATURES, **_VOLLEDIG, **afwijking})
    assert not certificering.certificeerbaar
    assert [r for r in certificering.redenen if reden in r], certificering.redenen
    assert certificering.als_rapport()["soort"] == "ontwikkelrun"


def _ontwikkelrun_in_elk_formaat(proces: subprocess.CompletedProcess[str], map_: Path, reden: str) -> None:
    """Nooit exitcode 0 en nooit conform: niet in de terminal, de JSON, de HTML of de JUnit."""
    assert proces.returncode == 1, proces.stdout + proces.stderr
    assert "ontwikkelrun, niet certificeerbaar: " in proces.stdout
    assert reden in proces.stdout
    assert not re.search(r"^conform", proces.stdout, re.MULTILINE)
    rapport = controleer_rapporten(map_)
    assert (rapport["uitslag"], rapport["exitcode"]) == ("onvolledig", 1)
    assert rapport["telling"]["gefaald"] == rapport["telling"]["fout"] == 0, "alles slaagde, toch niet conform"
    assert rapport["certificering"]["soort"] == "ontwikkelrun"
    assert [r for r in rapport["certificering"]["redenen"] if reden in r]
    html = (map_ / "rapport.html").read_text("utf-8")
    assert "Ontwikkelrun: NIET CERTIFICEERBAAR" in html
    assert '<div class="stempel onvolledig">onvolledig</div>' in html
    assert 'class="stempel conform"' not in html
    junit = ET.fromstring((map_ / "junit.xml").read_bytes())  # noqa: S314 - ons eigen bestand
    for testsuite in junit:
        eigenschappen = {p.get("name"): p.get("value") for p in testsuite.iterfind("properties/property")}
        assert eigenschappen["pwib.uitslag"] == "onvolledig"
        assert eigenschappen["pwib.run"] == "ontwikkelrun"
        assert eigenschappen["pwib.certificeerbaar"] == "false"
        assert reden in (eigenschappen["pwib.nietCertificeerbaar"] or "")


def test_een_run_met_tags_is_een_ontwikkelrun_in_elk_rapport(tmp_path: Path) -> None:
    proces = pwib("conformance", "--tags", "M04-001 or M04-002", "--report-dir", "r", cwd=tmp_path)
    _ontwikkelrun_in_elk_formaat(proces, tmp_path / "r", "een selectie van scenario's (M04-001 or M04-002)")


def test_een_run_met_eigen_features_is_een_ontwikkelrun_in_elk_rapport(tmp_path: Path) -> None:
    eigen = tmp_path / "features"
    eigen.mkdir()
    shutil.copy(next(FEATURES.glob("M04-*.feature")), eigen)
    proces = pwib("conformance", "--report-dir", "r", cwd=tmp_path, env={**os.environ, "PWIB_FEATURES": str(eigen)})
    _ontwikkelrun_in_elk_formaat(proces, tmp_path / "r", f"eigen features (PWIB_FEATURES={eigen})")
    redenen = json.loads((tmp_path / "r" / "resultaat.json").read_text("utf-8"))["certificering"]["redenen"]
    assert [r for r in redenen if "niet de gepubliceerde" in r], "andere features: een andere inhoudshash"


# -- controleren: met de sleutel, zonder de sleutel, en zonder pwib ------------------------------------------------

@pytest.fixture(scope="module")
def getekend(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(map met resultaat.json en resultaat.json.sig, geheime sleutel, publieke sleutel)."""
    map_ = tmp_path_factory.mktemp("getekend")
    geheim, publiek = _sleutelpaar(map_)
    proces = pwib("conformance", "--tags", "M04-001", "--sign", str(geheim), "--report-dir", "r", cwd=map_)
    assert proces.returncode == 1, proces.stdout + proces.stderr
    return map_ / "r", geheim, publiek


def _recept() -> list[str]:
    readme = (WORTEL / "README.md").read_text("utf-8")
    blok = readme.split("<!-- recept:begin -->", 1)[1].split("<!-- recept:eind -->", 1)[0]
    return [regel for regel in blok.split("```sh", 1)[1].split("```", 1)[0].splitlines() if regel.strip()]


def _draai_recept(map_: Path) -> list[subprocess.CompletedProcess[str]]:
    shutil.copy(GEPUBLICEERD, map_ / "suitehashes.json")
    return [subprocess.run(["bash", "-c", regel], cwd=map_, capture_output=True, text=True, timeout=60, check=False)
            for regel in _recept()]


def _opnieuw_getekend(bron: Path, doel: Path, aanpassing: dict[str, Any]) -> Path:
    """Iemand verandert het rapport en tekent het opnieuw, met een eigen sleutel, in beide vormen."""
    doel.mkdir()
    rapport = json.loads((bron / "resultaat.json").read_text("utf-8"))
    andere = Ed25519PrivateKey.generate()
    data = (json.dumps(verzegel({**rapport, **aanpassing}, andere), ensure_ascii=False, indent=2) + "\n").encode()
    (doel / "resultaat.json").write_bytes(data)
    (doel / "resultaat.json.sig").write_bytes(andere.sign(data))
    return doel


def test_het_recept_uit_de_readme_controleert_een_getekend_rapport_zonder_pwib(
        getekend: tuple[Path, Path, Path], tmp_path: Path) -> None:
    map_, _, publiek = getekend
    werk = tmp_path / "controle"
    shutil.copytree(map_, werk)
    shutil.copy(publiek, werk / "vng-publiek.pem")
    handtekening, inhoud, gepubliceerd = _draai_recept(werk)
    assert handtekening.returncode == 0, handtekening.stdout + handtekening.stderr
    assert "Signature Verified Successfully" in handtekening.stdout
    assert inhoud.stdout.split()[:2] == ["onvolledig", "ontwikkelrun"]
    assert (gepubliceerd.returncode, gepubliceerd.stdout.strip()) == (0, "1")

    vervalst = _opnieuw_getekend(map_, tmp_path / "vervalst", {"uitslag": "conform"})
    shutil.copy(publiek, vervalst / "vng-publiek.pem")
    handtekening = _draai_recept(vervalst)[0]
    assert handtekening.returncode != 0, "openssl aanvaardt een rapport dat een ander opnieuw tekende"
    assert "Signature Verified Successfully" not in handtekening.stdout


def test_zonder_sleutel_is_de_ondertekenaar_niet_gecontroleerd_en_met_sleutel_is_opnieuw_tekenen_afgewezen(
        getekend: tuple[Path, Path, Path], tmp_path: Path) -> None:
    map_, _, publiek = getekend
    echt = pwib("rapport", "verifieer", str(map_ / "resultaat.json"), cwd=tmp_path)
    assert echt.returncode == 4, echt.stdout
    assert echt.stdout.startswith("ONDERTEKENAAR NIET GECONTROLEERD")
    assert "in orde" not in echt.stdout

    vervalst = _opnieuw_getekend(map_, tmp_path / "vervalst", {"uitslag": "niet conform"})
    zonder = pwib("rapport", "verifieer", str(vervalst / "resultaat.json"), cwd=tmp_path)
    assert zonder.returncode == 4, "opnieuw getekend: nooit 'in orde' zonder sleutel\n" + zonder.stdout
    met = pwib("rapport", "verifieer", str(vervalst / "resultaat.json"), "--key", str(publiek), cwd=tmp_path)
    assert met.returncode == 1, met.stdout
    assert "NIET IN ORDE: ondertekend met een andere sleutel" in met.stdout


def test_een_rapport_met_dubbele_sleutels_is_nooit_in_orde(getekend: tuple[Path, Path, Path],
                                                            tmp_path: Path) -> None:
    """Een ingevoegde `"uitslag": "niet conform"` vóór de getekende: wie de laatste neemt, ziet niets."""
    map_, _, publiek = getekend
    tekst = (map_ / "resultaat.json").read_text("utf-8")
    (tmp_path / "dubbel.json").write_text(tekst.replace('{\n', '{\n  "uitslag": "conform",\n', 1), "utf-8")
    assert json.loads((tmp_path / "dubbel.json").read_text("utf-8"))["uitslag"] == "onvolledig"
    proces = pwib("rapport", "verifieer", "dubbel.json", "--key", str(publiek), cwd=tmp_path)
    assert proces.returncode == 1, proces.stdout
    assert "dubbele sleutel 'uitslag'" in proces.stdout


def test_een_conform_rapport_van_een_niet_gepubliceerde_suite_is_niet_in_orde(
        getekend: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """Zelfs getekend met de juiste sleutel: een conform rapport moet van de gepubliceerde suite zijn."""
    map_, geheim, publiek = getekend
    rapport = json.loads((map_ / "resultaat.json").read_text("utf-8"))
    rapport["uitslag"] = "conform"
    rapport["suite"] = {**rapport["suite"], "sha256": "0" * 64}
    (tmp_path / "resultaat.json").write_text(json.dumps(verzegel(rapport, lees_geheime_sleutel(geheim))), "utf-8")
    proces = pwib("rapport", "verifieer", "resultaat.json", "--key", str(publiek), cwd=tmp_path)
    assert proces.returncode == 1, proces.stdout
    assert "het rapport zegt conform, maar de suite is NIET de gepubliceerde suitehash" in proces.stdout
