"""Het eindoordeel van een run en de exitcode die erbij hoort.

    conform       elk beslissend scenario (en elke ADR-regel van niveau "moet") is geslaagd,
                  zonder ontheffing; niet-van-toepassing telt niet mee
    niet conform  een beslissend scenario is gefaald zonder ontheffing
    onvolledig    niets gefaald, maar iets beslissends is fout of overgeslagen, er is een
                  ontheffing, er is geen enkel beslissend scenario beoordeeld, of het is een
                  ontwikkelrun ("niet certificeerbaar", zie `conformance.oordelen.certificering`)
    onderbroken   de run is afgebroken (Ctrl-C, SIGINT) voordat alles beoordeeld was

Exitcodes: 0 conform, 1 niet conform of onvolledig, 2 gebruiks- of configuratiefout,
3 doel onbereikbaar (er kon niets worden beoordeeld), 130 onderbroken.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Literal

from conformance.kern.resultaat import Run, Scenarioresultaat

Uitslag = Literal["conform", "niet conform", "onvolledig", "onderbroken"]


class Uitgang(IntEnum):
    """De exitcodes van `pwib conformance`."""

    CONFORM = 0
    NIET_CONFORM = 1
    GEBRUIKSFOUT = 2
    ONBEREIKBAAR = 3
    ONDERBROKEN = 130  # 128 + SIGINT, zoals een shell het meldt


@dataclass(frozen=True)
class Eindoordeel:
    uitslag: Uitslag
    uitgang: Uitgang
    toelichting: str


def _oordeel_over(resultaten: list[Scenarioresultaat], ontheffingen: bool) -> tuple[Uitslag, str]:
    beslissend = [r for r in resultaten if r.beslissend and r.oordeel != "niet-van-toepassing"]
    gefaald = [r for r in beslissend if r.oordeel == "gefaald" and not r.ontheffing]
    if gefaald:
        return "niet conform", f"{len(gefaald)} beslissend(e) scenario('s) gefaald"
    onzeker = [r for r in beslissend if r.oordeel in ("fout", "overgeslagen")]
    if onzeker:
        return "onvolledig", f"{len(onzeker)} beslissend(e) scenario('s) fout of overgeslagen"
    ontheven = [r for r in beslissend if r.ontheffing]
    if ontheven or ontheffingen:
        return "onvolledig", (f"ontheffingen in deze run ({len(ontheven)} gebruikt); "
                              "een run met ontheffingen is nooit conform")
    if not beslissend:
        return "onvolledig", "geen enkel beslissend scenario was van toepassing"
    return "conform", f"alle {len(beslissend)} beslissende scenario's geslaagd"


def eindoordeel(run: Run, ontheffingen: bool = False, niet_certificeerbaar: tuple[str, ...] = ()) -> Eindoordeel:
    """Het oordeel over de run; `niet_certificeerbaar` zijn de redenen waarom het een ontwikkelrun is."""
    alle = run.alle
    if run.onderbroken:
        gedraaid = f"{len(run.resultaten)} van de {run.geselecteerd}" if run.geselecteerd else str(len(run.resultaten))
        return Eindoordeel("onderbroken", Uitgang.ONDERBROKEN,
                           f"onderbroken na {gedraaid} scenario's: geen oordeel over de rest, nooit conform")
    if not run.resultaten:
        return Eindoordeel("onvolledig", Uitgang.GEBRUIKSFOUT, "geen scenario geselecteerd")
    beoordeeld = [r for r in alle if r.oordeel in ("geslaagd", "gefaald")]
    if not beoordeeld and all(r.oordeel == "fout" for r in alle):
        return Eindoordeel("onvolledig", Uitgang.ONBEREIKBAAR, "doel onbereikbaar: er kon niets worden beoordeeld")
    uitslag, toelichting = _oordeel_over(alle, ontheffingen)
    if uitslag == "conform" and not any(r.beslissend and r.oordeel == "geslaagd" for r in run.resultaten):
        uitslag, toelichting = "onvolledig", "geen enkel beslissend scenario beoordeeld (alleen de voorcontrole)"
    if uitslag == "conform" and niet_certificeerbaar:
        uitslag, toelichting = "onvolledig", f"niet certificeerbaar ({toelichting}): " + "; ".join(niet_certificeerbaar)
    return Eindoordeel(uitslag, Uitgang.CONFORM if uitslag == "conform" else Uitgang.NIET_CONFORM, toelichting)


def per_maatregel(run: Run) -> dict[str, dict[str, object]]:
    """Per maatregel (en ADR) de uitslag en de telling van de oordelen."""
    groepen: dict[str, list[Scenarioresultaat]] = {}
    for resultaat in run.alle:
        groepen.setdefault(resultaat.maatregel or "?", []).append(resultaat)
    overzicht: dict[str, dict[str, object]] = {}
    for maatregel in sorted(groepen, key=lambda m: (m != "ADR", m)):
        resultaten = groepen[maatregel]
        uitslag, toelichting = _oordeel_over(resultaten, ontheffingen=False)
        if all(r.oordeel == "niet-van-toepassing" for r in resultaten):
            uitslag_tekst: str = "niet-van-toepassing"
            toelichting = "niet van toepassing volgens het profiel"
        elif not any(r.beslissend for r in resultaten):
            uitslag_tekst = "voorlopig"
            toelichting = "alleen voorlopige scenario's: ze draaien en rapporteren, maar beslissen niet"
        else:
            uitslag_tekst = uitslag
        tel: dict[str, int] = {}
        for r in resultaten:
            tel[r.oordeel] = tel.get(r.oordeel, 0) + 1
        overzicht[maatregel] = {"uitslag": uitslag_tekst, "toelichting": toelichting, "telling": tel}
    return overzicht
