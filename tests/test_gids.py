"""De gids `docs/scenarios-schrijven.md` wordt uitgevoerd: wie alleen de gids volgt, krijgt een nieuw scenario
voor een bestaande maatregel, in een nieuw bestand en met alleen bestaande stappen, groen tegen de referentie en
onder zijn id in het rapport.

Hoe de gids wordt gelezen:
- elk ```gherkin-blok is een volledig feature-bestand; het heet zoals het laatste `features/...feature` in de
  tekst ervoor;
- een ```gherkin-blok dat direct door een ```json-blok wordt gevolgd, is een fout scenario: de run moet falen
  en het rapport moet de getoonde velden bevatten;
- elk ```sh-blok bevat `pwib`-commando's (eventueel met `NAAM=waarde` ervoor); ze draaien op volgorde in een
  werkmap met de scenario's uit de gids als `features/`, en eindigen met exitcode 0. `pwib serve --port P`
  start een echte server; het adres `http://127.0.0.1:P/v1` in latere commando's wijst ernaar.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import xml.etree.ElementTree as ET
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conformance.hulpmiddelen import lint
from conformance.inlezen.stappencatalogus import catalogus
from conformance.kern.bestanden import FEATURES
from tests.server import PWIB, pwib_serve

GIDS = Path(__file__).resolve().parent.parent / "docs" / "scenarios-schrijven.md"
_BLOK = re.compile(r"^```(\w+)\n(.*?)^```$", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True)
class Blok:
    taal: str
    tekst: str
    ervoor: str


def _blokken() -> list[Blok]:
    tekst = GIDS.read_text("utf-8")
    blokken, vorige = [], 0
    for gevonden in _BLOK.finditer(tekst):
        blokken.append(Blok(gevonden.group(1), gevonden.group(2), tekst[vorige:gevonden.start()]))
        vorige = gevonden.end()
    return blokken


def _features() -> tuple[list[tuple[str, str]], list[tuple[str, dict[str, Any]]]]:
    """De groene features (naam, tekst) en de foute (tekst, het getoonde stuk rapport)."""
    blokken = _blokken()
    groen, fout = [], []
    for index, blok in enumerate(blokken):
        if blok.taal != "gherkin":
            continue
        volgende = blokken[index + 1] if index + 1 < len(blokken) else None
        if volgende is not None and volgende.taal == "json":
            fout.append((blok.tekst, json.loads(volgende.tekst)))
            continue
        namen = re.findall(r"`features/([^`]+\.feature)`", blok.ervoor)
        assert namen, f"noem vóór het gherkin-blok het bestand (`features/...feature`):\n{blok.tekst[:200]}"
        groen.append((namen[-1], blok.tekst))
    return groen, fout


def _ids(tekst: str) -> set[str]:
    """De ids in het rapport: één per scenario, `#n` per rij van de Voorbeelden van een Abstract Scenario."""
    ids: set[str] = set()
    for scenario in re.split(r"\n(?=\s*@)", tekst):
        gevonden = re.search(r"@([A-Z][A-Z0-9]*-\d{3})\b", scenario)
        if gevonden is None:
            continue
        rijen = re.split(r"Voorbeelden:", scenario)
        if len(rijen) == 1:
            ids.add(gevonden.group(1))
        else:
            aantal = len([r for r in rijen[1].splitlines() if r.strip().startswith("|")]) - 1
            ids.update(f"{gevonden.group(1)}#{n}" for n in range(1, aantal + 1))
    return ids


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    """Een werkmap zoals de repository van de tester, met alleen de scenario's uit de gids in `features/`."""
    (tmp_path / "features").mkdir()
    for naam, tekst in _features()[0]:
        (tmp_path / "features" / naam).write_text(tekst, "utf-8")
    return tmp_path


def _pwib(args: list[str], werkmap: Path, omgeving: dict[str, str] | None = None,
          ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PWIB_FEATURES": str(werkmap / "features"), **(omgeving or {})}
    return subprocess.run([str(PWIB), *args], capture_output=True, text=True, timeout=300, check=False,
                          cwd=werkmap, env=env)


def test_de_gids_heeft_elke_soort_voorbeeld() -> None:
    groen, fout = _features()
    assert groen
    assert fout
    assert any(b.taal == "sh" for b in _blokken())
    assert {b.taal for b in _blokken()} <= {"gherkin", "json", "sh"}


def test_de_scenarios_uit_de_gids_zijn_schoon_voor_pwib_lint(werkmap: Path) -> None:
    problemen = lint.controleer([werkmap / "features"], catalogus())
    assert not problemen, "\n".join(map(str, problemen))


def test_acceptatie_een_nieuw_scenario_uit_de_gids_is_groen_en_staat_onder_zijn_id(werkmap: Path) -> None:
    groen, _ = _features()
    verwacht = set().union(*(_ids(tekst) for _, tekst in groen))
    maatregelen = {i.split("-")[0] for i in verwacht}
    assert all(any(FEATURES.glob(f"{m}-*.feature")) for m in maatregelen), "de gids hoort een bestaande maatregel"
    proces = _pwib(["conformance", "--report-dir", "rapport"], werkmap)
    assert proces.returncode == 1, "eigen features: een ontwikkelrun\n" + proces.stdout + proces.stderr
    assert "ontwikkelrun, niet certificeerbaar: " in proces.stdout
    scenarios = json.loads((werkmap / "rapport" / "resultaat.json").read_text("utf-8"))["scenarios"]
    per_id = {s["id"]: s["oordeel"] for s in scenarios}
    assert per_id == dict.fromkeys(verwacht, "geslaagd")


def _bevat(geheel: Any, deel: Any) -> bool:
    if isinstance(deel, dict):
        return isinstance(geheel, dict) and all(k in geheel and _bevat(geheel[k], v) for k, v in deel.items())
    return bool(geheel == deel)


def test_het_foutvoorbeeld_geeft_het_getoonde_rapport(werkmap: Path) -> None:
    [(tekst, getoond)] = _features()[1]
    for oud in (werkmap / "features").iterdir():
        oud.unlink()
    (werkmap / "features" / "fout.feature").write_text(tekst, "utf-8")
    proces = _pwib(["conformance", "--report-dir", "rapport"], werkmap)
    assert proces.returncode == 1, proces.stdout + proces.stderr
    [scenario] = json.loads((werkmap / "rapport" / "resultaat.json").read_text("utf-8"))["scenarios"]
    assert _bevat(scenario, getoond), json.dumps(scenario, ensure_ascii=False, indent=2)
    junit = werkmap / "rapport" / "junit.xml"
    testcases = ET.parse(junit).getroot().iter("testcase")  # noqa: S314 - de eigen run schreef dit bestand
    [testcase] = [t for t in testcases if t.get("name", "").startswith(getoond["id"] + " ")]
    failure = testcase.find("failure")
    assert failure is not None
    assert getoond["falendeStap"]["verwacht"] in failure.get("message", "")


def test_elk_commando_uit_de_gids_werkt(werkmap: Path) -> None:
    adressen: dict[str, str] = {}
    uitgevoerd = []
    with ExitStack() as servers:
        for blok in (b for b in _blokken() if b.taal == "sh"):
            for regel in blok.tekst.splitlines():
                woorden = shlex.split(regel, comments=True)
                if not woorden:
                    continue
                omgeving = {}
                while "=" in woorden[0]:
                    naam, waarde = woorden.pop(0).split("=", 1)
                    omgeving[naam] = str((werkmap / waarde).resolve()) if naam == "PWIB_FEATURES" else waarde
                assert woorden[0] == "pwib", f"alleen pwib-commando's in de gids: {regel}"
                if woorden[1] == "serve":
                    poort = woorden[woorden.index("--port") + 1]
                    adressen[f"http://127.0.0.1:{poort}/v1"] = servers.enter_context(pwib_serve(workers=1))
                    continue
                args = [adressen.get(w, w) for w in woorden[1:]]
                proces = _pwib(args, werkmap, omgeving)
                ontwikkelrun = args[0] == "conformance"  # een selectie of eigen features: nooit exitcode 0
                assert proces.returncode == int(ontwikkelrun), f"{regel}\n{proces.stdout}{proces.stderr}"
                assert not ontwikkelrun or "\nonvolledig: " in proces.stdout, proces.stdout
                uitgevoerd.append(args)
    assert any("--target" in a for a in uitgevoerd)
    assert (werkmap / "rapport" / "resultaat.json").exists()
