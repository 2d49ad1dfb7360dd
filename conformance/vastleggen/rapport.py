"""Het rapport van een run als één gegevensstructuur; elk formaat (JSON, JUnit, HTML) is een schrijver ervan.

Het JSON-rapport is het bewijsstuk: `schemaVersion`, de suite (versie en inhoudshash), het doel,
het profiel, de tijden, het eindoordeel, per maatregel de oordelen, per scenario het oordeel
en bij een falende stap het verzoek en het antwoord, de voorcontrole (ADR) en de
herleidbaarheidsmatrix, of het een certificeringsrun was (en zo niet: waarom niet), en het product.
Het schema staat in `conformance/schemas/rapport.schema.json`.
Elk bestand wordt atomair geschreven: eerst een tijdelijk bestand, dan vervangen.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conformance.aansturen.geheimen import verborgen
from conformance.inlezen.eisen import Eis, matrix, zonder_eis
from conformance.inlezen.ontheffingen import Ontheffing
from conformance.inlezen.profiel import Profiel
from conformance.kern.resultaat import OORDELEN, Run, Scenarioresultaat
from conformance.oordelen.certificering import Certificering
from conformance.oordelen.oordeel import Eindoordeel, per_maatregel

SCHEMA_VERSIE = "3.0"

UITLEG = {
    "oordelen": {
        "geslaagd": "het doel antwoordde zoals het scenario verwacht",
        "gefaald": "het doel antwoordde anders dan het scenario of het contract verwacht",
        "overgeslagen": "kon niet worden getoetst; blokkeert certificering",
        "niet-van-toepassing": "het gedeclareerde profiel maakt het scenario irrelevant; blokkeert niet",
        "fout": "probleem van suite of infrastructuur (time-out, geen verbinding, onleesbare JSON, 5xx); "
                "nooit geteld als een fout antwoord, wel onvolledig",
    },
    "certificering": "alleen een certificeringsrun kan conform zijn: de volledige officiële suite met de "
                     "gepubliceerde inhoudshash, zonder selectie, eigen features of ontheffingen, met product en "
                     "versie, niet onderbroken; elke andere run is een ontwikkelrun en op zijn best onvolledig",
    "beslissend": "@voorlopig-scenario's en ADR-regels van niveau 'zou' draaien en rapporteren, maar beslissen niet",
    "profiel": "Een scenario dat beleid noemt, stuurt het als beleid.* in het verzoek; wijkt die waarde af van het "
               "profiel (of, als het profiel de sleutel niet noemt, van de wettelijke standaard in "
               "fixtures/profielen/wettelijk.yaml), dan wordt het verzoek niet verstuurd en is het scenario "
               "niet-van-toepassing. Scenario's van maatregelen die het profiel niet claimt zijn "
               "niet-van-toepassing. Zonder profiel is elk scenario van toepassing.",
    "uitslag": "conform alleen in een certificeringsrun waarin elk beslissend scenario en elke ADR-regel van niveau "
               "'moet' is geslaagd, zonder ontheffing; niet conform bij een beslissend gefaald scenario; onderbroken "
               "als de run is afgebroken; anders onvolledig",
}


@dataclass(frozen=True)
class Context:
    """Wat het rapport naast de resultaten nodig heeft; alles al ingelezen."""

    suite: dict[str, Any]
    profiel: Profiel | None
    ontheffingen: tuple[Ontheffing, ...]
    eisen: tuple[Eis, ...]
    verberg: Callable[[str], str]
    certificering: Certificering
    product: dict[str, str | None]


def _volgorde(resultaat: Scenarioresultaat) -> tuple[str, str, int]:
    """Op maatregel en id, voorbeelden op nummer (M04-002#2 vóór M04-002#10)."""
    vast, _, voorbeeld = (resultaat.id or "").partition("#")
    return resultaat.maatregel or "", vast, int(voorbeeld or 0)


def bouw(run: Run, oordeel: Eindoordeel, context: Context) -> dict[str, Any]:
    """Het rapport als JSON-waarde; geen geheim komt erin (elke tekst gaat door `verberg`)."""
    telling = dict.fromkeys(OORDELEN, 0)
    for resultaat in run.resultaten:
        telling[resultaat.oordeel] += 1
    waarschuwingen = [f"{r.id}: {r.melding}" for r in run.alle
                      if not r.beslissend and r.oordeel in ("gefaald", "fout")]
    rapport: dict[str, Any] = {
        "schemaVersion": SCHEMA_VERSIE,
        "suite": context.suite,
        "doel": run.doel,
        "product": context.product,
        "certificering": context.certificering.als_rapport(),
        "begin": run.begin,
        "einde": run.einde,
        "opdracht": {"tags": run.tags, **run.instellingen, "onderbroken": run.onderbroken,
                     "geselecteerd": run.geselecteerd},
        "profiel": context.profiel.als_rapport() if context.profiel else None,
        "uitslag": oordeel.uitslag,
        "toelichting": oordeel.toelichting,
        "exitcode": int(oordeel.uitgang),
        "telling": telling,
        "maatregelen": per_maatregel(run),
        "voorcontrole": [r.als_rapport() for r in run.voorcontrole],
        "scenarios": [r.als_rapport() for r in sorted(run.resultaten, key=_volgorde)],
        "waarschuwingen": waarschuwingen,
        "ontheffingen": [o.als_rapport() for o in context.ontheffingen],
        "herleidbaarheid": {
            "eisen": matrix(run.resultaten, context.eisen, volledig=run.tags is None),
            "scenariosZonderEis": zonder_eis(run.resultaten, context.eisen),
        },
        "uitleg": UITLEG,
    }
    verborgen_rapport: dict[str, Any] = verborgen(rapport, context.verberg)
    return verborgen_rapport


def schrijf_atomair(pad: Path, inhoud: str | bytes) -> None:
    """Schrijf naar een tijdelijk bestand in dezelfde map en vervang dan: nooit een half rapport."""
    pad.parent.mkdir(parents=True, exist_ok=True)
    fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", dir=pad.parent)
    try:
        with os.fdopen(fd, "wb") as bestand:
            bestand.write(inhoud.encode("utf-8") if isinstance(inhoud, str) else inhoud)
            bestand.flush()
            os.fsync(bestand.fileno())
        os.chmod(tijdelijk, 0o644)
        os.replace(tijdelijk, pad)
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise
