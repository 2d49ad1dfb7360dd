"""Herleidbaarheid: per maatregel de eisen uit de wet en de scenario's die elke eis toetsen.

De tabellen staan in `fixtures/eisen/<maatregel>.yaml` (hoe je er een maakt staat bovenin elk
bestand). Het rapport toont de matrix: per eis de oordelen van zijn scenario's in deze run, en
voor een eis zonder scenario waarom hij niet getoetst wordt. `tests/test_eisen.py` faalt als een
tabel een scenario-id noemt dat in geen enkele feature bestaat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from conformance.inlezen.laden import lees_yaml, schema, toets
from conformance.kern.bestanden import EISEN, FEATURES
from conformance.kern.resultaat import Scenarioresultaat

SCENARIO_ID = re.compile(r"(?<![\w@])@([A-Z]+[0-9]*-[0-9]{3})\b")


@dataclass(frozen=True)
class Eis:
    id: str
    maatregel: str
    artikel: str
    lid: str | None
    onderdeel: str | None
    soort: str
    omschrijving: str
    scenarios: tuple[str, ...]
    niet_getoetst: str | None
    wet: str = "Pw"
    voorlopig: str | None = None  # waarom de eis zelf voorlopig is: dan mogen al zijn scenario's @voorlopig zijn

    @property
    def vindplaats(self) -> str:
        """`art. 31 lid 2 onder m Pw`"""
        delen = [f"art. {self.artikel}"]
        if self.lid:
            delen.append(f"lid {self.lid}")
        if self.onderdeel:
            delen.append(f"onder {self.onderdeel}")
        return " ".join([*delen, self.wet])


def scenario_ids(features: Path = FEATURES) -> dict[str, str]:
    """Elk vast scenario-id in de features, met het bestand waarin het staat."""
    gevonden: dict[str, str] = {}
    for pad in sorted(features.rglob("*.feature")):
        for scenario_id in SCENARIO_ID.findall(pad.read_text("utf-8")):
            gevonden.setdefault(scenario_id, pad.name)
    return gevonden


def onbekende_scenarios(alle_eisen: tuple[Eis, ...], bekend: set[str]) -> list[str]:
    """`<eis>: <scenario-id>` voor elk scenario dat een tabel noemt maar dat in geen feature bestaat."""
    return [f"{eis.id}: {sid}" for eis in alle_eisen for sid in eis.scenarios if sid not in bekend]


def lees_tabel(pad: Path) -> tuple[Eis, ...]:
    gegevens: Any = lees_yaml(pad)
    toets(gegevens, schema(EISEN / "eisen.schema.json"), str(pad))
    maatregel = gegevens["maatregel"]
    return tuple(
        Eis(id=rij["id"], maatregel=maatregel, artikel=rij["artikel"], lid=rij.get("lid"),
            onderdeel=rij.get("onderdeel"), soort=rij["soort"], omschrijving=rij["omschrijving"].strip(),
            scenarios=tuple(rij.get("scenarios", ())), niet_getoetst=rij.get("nietGetoetst"),
            wet=rij.get("wet", "Pw"), voorlopig=rij.get("voorlopig"))
        for rij in gegevens["eisen"]
    )


@cache
def eisen(map_: Path = EISEN) -> tuple[Eis, ...]:
    """Alle eisentabellen, in volgorde van bestandsnaam."""
    alle: list[Eis] = []
    for pad in sorted(map_.glob("*.yaml")):
        alle.extend(lees_tabel(pad))
    return tuple(alle)


def _status(oordelen: list[str], eis: Eis, geselecteerd: bool) -> tuple[str, str | None]:
    if not eis.scenarios:
        return "niet getoetst", eis.niet_getoetst
    if not oordelen:
        reden = "geen van zijn scenario's zat in deze run" if geselecteerd else "niet geselecteerd in deze run"
        return "niet getoetst", reden
    if "gefaald" in oordelen:
        return "gefaald", eis.niet_getoetst
    if "fout" in oordelen or "overgeslagen" in oordelen:
        return "onvolledig", eis.niet_getoetst
    if all(o == "niet-van-toepassing" for o in oordelen):
        return "niet-van-toepassing", "het profiel maakt elk scenario van deze eis irrelevant"
    return "geslaagd", eis.niet_getoetst


def matrix(resultaten: list[Scenarioresultaat], alle_eisen: tuple[Eis, ...], volledig: bool) -> list[dict[str, Any]]:
    """De herleidbaarheidsmatrix als rijen voor het rapport.

    `volledig`: zonder tag-selectie komen alle tabellen in de matrix; met een selectie alleen die
    van de maatregelen waarvan een scenario draaide.
    """
    per_id: dict[str, list[Scenarioresultaat]] = {}
    for resultaat in resultaten:
        if resultaat.id:
            per_id.setdefault(resultaat.id.split("#", 1)[0], []).append(resultaat)
    maatregelen = {r.maatregel for r in resultaten}
    rijen = []
    for eis in alle_eisen:
        if not volledig and eis.maatregel not in maatregelen:
            continue
        gedraaid = [(sid, r) for sid in eis.scenarios for r in per_id.get(sid, [])]
        status, reden = _status([r.oordeel for _, r in gedraaid], eis, eis.maatregel in maatregelen)
        rijen.append({
            "eis": eis.id,
            "maatregel": eis.maatregel,
            "vindplaats": eis.vindplaats,
            "artikel": eis.artikel,
            "lid": eis.lid,
            "onderdeel": eis.onderdeel,
            "soort": eis.soort,
            "omschrijving": eis.omschrijving,
            "scenarios": [{"id": r.id, "oordeel": r.oordeel} for _, r in gedraaid]
                         or [{"id": sid, "oordeel": "niet gedraaid"} for sid in eis.scenarios],
            "status": status,
            "reden": reden,
        })
    return rijen


def zonder_eis(resultaten: list[Scenarioresultaat], alle_eisen: tuple[Eis, ...]) -> list[str]:
    """Scenario's van deze run, van een maatregel met een eisentabel, die geen eis noemt (informatie)."""
    genoemd = {sid for eis in alle_eisen for sid in eis.scenarios}
    met_tabel = {eis.maatregel for eis in alle_eisen}
    return sorted({r.id.split("#", 1)[0] for r in resultaten
                   if r.id and r.maatregel in met_tabel and r.id.split("#", 1)[0] not in genoemd})
