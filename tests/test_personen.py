"""De persona's in fixtures/personen/: geldig tegen hun schema en tegen `Huishouden` van het contract,
en een scenario dat er een gebruikt, vult het huishouden aan zonder de persona te veranderen."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conformance.aansturen.casus import Casus
from conformance.inlezen.personen import PERSONEN, PersoonFout, lees, personen


def test_elke_persona_is_geldig_en_heet_naar_haar_bestand() -> None:
    gelezen = personen()
    assert "alleenstaande-35" in gelezen
    assert {p.stem for p in PERSONEN.glob("*.json")} - {"schema"} == set(gelezen)
    assert all(p.beschrijving for p in gelezen.values())


def test_een_scenario_vult_het_huishouden_aan_zonder_de_persona_te_veranderen() -> None:
    persona = personen()["alleenstaande-45-met-moeder-70"]
    casus = Casus()
    casus.zet("huishouden", persona.huishouden)
    casus.zet("huishouden.medebewoners[+].leeftijd", 30)
    casus.zet("huishouden.mantelzorg.tijdelijk", True)
    assert [m["leeftijd"] for m in casus.verzoek["huishouden"]["medebewoners"]] == [70, 30]
    assert len(persona.huishouden["medebewoners"]) == 1
    assert "mantelzorg" not in persona.huishouden


def _map_met(tmp_path: Path, naam: str, inhoud: Any) -> Path:
    shutil.copy(PERSONEN / "schema.json", tmp_path / "schema.json")
    tekst = inhoud if isinstance(inhoud, str) else json.dumps(inhoud)
    (tmp_path / f"{naam}.json").write_text(tekst, "utf-8")
    return tmp_path


@pytest.mark.parametrize(("naam", "inhoud", "melding"), [
    ("a", "{niet json", "geen geldige JSON"),
    ("a", {"naam": "a", "huishouden": {"belanghebbende": {"leeftijd": 30}}}, "beschrijving"),
    ("a", {"naam": "a", "beschrijving": "x", "huishouden": {"belanghebbende": {"leeftijd": -1}}},
     r"huishouden\.belanghebbende\.leeftijd"),
    ("a", {"naam": "a", "beschrijving": "x", "huishouden": {"belanghebbende": {"leeftijd": 30}, "inkomen": 5}},
     "inkomen"),
    ("a", {"naam": "b", "beschrijving": "x", "huishouden": {"belanghebbende": {"leeftijd": 30}}},
     "moet gelijk zijn aan de bestandsnaam"),
    ("A", {"naam": "A", "beschrijving": "x", "huishouden": {"belanghebbende": {"leeftijd": 30}}}, "naam"),
])
def test_een_onjuiste_persona_wordt_geweigerd_met_bestand_en_veld(tmp_path: Path, naam: str, inhoud: Any,
                                                                  melding: str) -> None:
    with pytest.raises(PersoonFout, match=rf"{naam}\.json: .*{melding}"):
        lees(_map_met(tmp_path, naam, inhoud))
