"""Eén conformiteitsrun van begin tot eind, los van hoe hij gestart is (`pwib conformance` of pytest).

    laden       bereid_voor: profiel, ontheffingen, eisentabellen, sleutel; de keuring op het doel
    draaien     voorcontrole (ADR) en daarna de scenario's (pytest, via conformance.plugin)
    gebeurtenissen  de plugin meldt elk scenarioresultaat aan de sessie
    schrijvers  rond_af: eindoordeel, rapport bouwen, verzegelen, elk formaat schrijven
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from conformance.aansturen import voorcontrole
from conformance.aansturen.doel import Doel
from conformance.inlezen.eisen import Eis, eisen, scenario_ids
from conformance.inlezen.inhoud import suite
from conformance.inlezen.ontheffingen import Ontheffing, lees_ontheffingen, ontheffing_voor
from conformance.inlezen.profiel import Profiel, gesteld_beleid, lees_profiel, toets_beleid
from conformance.inlezen.woordenboek import woordenboek
from conformance.kern.bestanden import FEATURES
from conformance.kern.resultaat import Run, Scenarioresultaat
from conformance.oordelen.certificering import Certificering, beoordeel
from conformance.oordelen.oordeel import Eindoordeel, eindoordeel
from conformance.vastleggen.handtekening import lees_geheime_sleutel, verzegel
from conformance.vastleggen.rapport import Context, bouw
from conformance.vastleggen.schrijvers import schrijf_alle

Luisteraar = Callable[[Scenarioresultaat], None]


def nu() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


@dataclass
class Sessie:
    doel: Doel
    run: Run
    profiel: Profiel | None = None
    ontheffingen: tuple[Ontheffing, ...] = ()
    eisen: tuple[Eis, ...] = ()
    sleutel: Ed25519PrivateKey | None = None
    luisteraars: list[Luisteraar] = field(default_factory=list)
    gesteld_beleid: dict[str, Any] = field(default_factory=dict)
    api_versie: str | None = None
    product: dict[str, str | None] = field(default_factory=dict)

    def keuring(self, methode: str, pad: str, lichaam: Any) -> None:
        """Ziet elk verzoek vóór verzending: onthoudt het genoemde beleid en toetst het aan het profiel."""
        gesteld = gesteld_beleid(lichaam)
        if gesteld:
            self.gesteld_beleid = gesteld
            if self.profiel is not None:
                toets_beleid(self.profiel, gesteld)

    def ontheffing(self, scenario_id: str | None) -> dict[str, str] | None:
        gevonden = ontheffing_voor(self.ontheffingen, scenario_id)
        return gevonden.als_rapport() if gevonden else None

    def meld(self, resultaat: Scenarioresultaat) -> None:
        """Een scenario is klaar: bewaar het en laat elke luisteraar het weten."""
        self.run.resultaten.append(resultaat)
        for luisteraar in self.luisteraars:
            luisteraar(resultaat)


def bereid_voor(doel: Doel, *, profiel: Path | None = None, ontheffingen: Path | None = None,
                sleutel: Path | None = None, tags: str | None = None,
                instellingen: dict[str, Any] | None = None, product: str | None = None,
                productversie: str | None = None) -> Sessie:
    """Lees alles wat de run nodig heeft; een ConfiguratieFout gaat naar de aanroeper (exitcode 2)."""
    alle_eisen = eisen()
    bekende_ids = set(scenario_ids()) | voorcontrole.regel_ids()
    sessie = Sessie(
        doel=doel,
        run=Run(doel=doel.naam, begin=nu(), tags=tags, instellingen=dict(instellingen or {})),
        profiel=lees_profiel(profiel) if profiel else None,
        ontheffingen=lees_ontheffingen(ontheffingen, bekende_ids) if ontheffingen else (),
        eisen=alle_eisen,
        sleutel=lees_geheime_sleutel(sleutel) if sleutel else None,
        product={"naam": product, "versie": productversie, "openapiSha256": None},
    )
    doel.keuring = sessie.keuring
    return sessie


def voer_voorcontrole_uit(sessie: Sessie) -> None:
    """De ADR-regels vóór de wet. `Onbereikbaar` bij het eerste verzoek gaat door naar de aanroeper."""
    per_pad = {z.pad: z.maatregelen for z in woordenboek().van_soort("beoordeling") if z.pad}
    operatie = voorcontrole.kies_operatie(per_pad, sessie.profiel.maatregelen if sessie.profiel else None)
    resultaten, sessie.api_versie, sessie.product["openapiSha256"] = voorcontrole.toets_regels(sessie.doel, operatie)
    for resultaat in resultaten:
        resultaat.ontheffing = sessie.ontheffing(resultaat.id) if resultaat.oordeel == "gefaald" else None
    sessie.run.voorcontrole = resultaten


def rond_af(sessie: Sessie, rapportmap: Path | None) -> tuple[Eindoordeel, dict[str, Any], list[Path]]:
    """Eindoordeel, het verzegelde rapport, en (met een map) elk formaat op schijf."""
    sessie.run.einde = sessie.run.einde or nu()
    if sessie.api_versie is not None:
        voorcontrole.toets_elk_antwoord(sessie.run.voorcontrole, sessie.doel.uitwisselingen, sessie.api_versie)
        if any(r.id == "ADR-API-57" and r.oordeel == "gefaald" for r in sessie.run.voorcontrole):
            for resultaat in sessie.run.voorcontrole:
                resultaat.ontheffing = sessie.ontheffing(resultaat.id) if resultaat.oordeel == "gefaald" else None
    inhoud = suite()
    certificering = certificering_van(sessie, inhoud)
    oordeel = eindoordeel(sessie.run, ontheffingen=bool(sessie.ontheffingen),
                          niet_certificeerbaar=certificering.redenen)
    context = Context(suite=inhoud, profiel=sessie.profiel, ontheffingen=sessie.ontheffingen, eisen=sessie.eisen,
                      verberg=sessie.doel.verberg, certificering=certificering, product=dict(sessie.product))
    rapport = verzegel(bouw(sessie.run, oordeel, context), sessie.sleutel)
    paden = schrijf_alle(rapport, rapportmap, sessie.sleutel) if rapportmap is not None else []
    return oordeel, rapport, paden


def certificering_van(sessie: Sessie, inhoud: dict[str, Any]) -> Certificering:
    return beoordeel(suite=inhoud, selectie=sessie.run.tags, ontheffingen=len(sessie.ontheffingen),
                     product=sessie.product.get("naam"), productversie=sessie.product.get("versie"),
                     onderbroken=sessie.run.onderbroken, features=FEATURES)
