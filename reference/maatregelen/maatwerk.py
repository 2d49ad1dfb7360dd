"""M24 Maatwerk (art. 18 lid 1 Pw en de kan-bepalingen die het college ruimte laten).

De wet verandert hier niet: art. 18 lid 1 Pw ("het college stemt de bijstand en de daaraan verbonden
verplichtingen af op de omstandigheden, mogelijkheden en middelen van de belanghebbende") gold vóór
2026 al zo. Elke beslisoperatie aanvaardt een gemotiveerde afwijking van één uitkomst: het veld, de
nieuwe waarde, de reden en de grondslag. Deze regel beslist of de wet die afwijking toelaat, volgens
de tabel `reference/maatwerkruimte.yaml`: een dwingende uitkomst (of de identiteit is vastgesteld,
de datum van melding) kan niet opzij; een afwijkbare alleen in de richting en binnen de grenzen die
de grondslag toelaat. Een afwijking die de wet niet toelaat, is ongeldige invoer met het veld
`maatwerk.*` en de reden. Alleen de genoemde uitkomst wijzigt; wat ervan is afgeleid, niet.

`voorlopig` (de wettekst beslecht het niet; de letterlijke lezing is gevolgd):
- art. 18 lid 1 Pw noemt geen richting: ook een hogere norm of bijstand is toegelaten, hoewel de wet
  voor bijzondere kosten de bijzondere bijstand kent (art. 35 Pw);
- art. 36 lid 1 Pw: afwijken van het bedrag van de individuele inkomenstoeslag uit de verordening;
- art. 31 lid 2 onder m Pw: geen bevoegdheid om meer giften vrij te laten (dwingend).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.maatwerkruimte import (
    VORM,
    AfwijkbareUitkomst,
    Contractwaarde,
    DwingendeUitkomst,
    Grens,
    Grond,
    Maatwerkruimte,
    Richting,
    Soort,
    Waarde,
    lees_waarde,
    maatwerkruimte,
    sleutel,
)
from reference.parameters import Wetstand
from reference.uitleg import Uitleg


@dataclass(frozen=True)
class Maatwerkfeiten:
    """De gevraagde afwijking, met de uitkomsten van de operatie en de invoer waarop die berust."""

    operatie: str  # het pad in het contract, zoals /beoordelingen/bijstandsnorm
    veld: str
    waarde: Contractwaarde
    reden: str
    grondslag: str
    uitkomsten: Mapping[str, Contractwaarde | None]
    invoer: Mapping[str, Contractwaarde | None]


@dataclass(frozen=True)
class Maatwerkbesluit:
    veld: str
    oorspronkelijke_waarde: Contractwaarde
    toegepaste_waarde: Contractwaarde
    reden: str
    grondslag: str
    voorlopig: bool
    uitleg: Uitleg
    gevolgen: Mapping[str, Any] = field(default_factory=dict)  # andere uitkomsten, in de vorm van het contract


def _richting(oud: Waarde, gevraagd: Waarde | None) -> Richting | None:
    """lager of hoger; None als er geen (geldige) afwijking is."""
    if gevraagd is None or sleutel(gevraagd) == sleutel(oud):
        return None
    return "lager" if sleutel(gevraagd) < sleutel(oud) else "hoger"


def _in_contractvorm(soort: Soort, waarde: Contractwaarde) -> Contractwaarde:
    """Een percentage zonder overbodige nullen ("97.50" -> "97.5"), zoals de operaties het schrijven."""
    return format(Decimal(str(waarde)).normalize(), "f") if soort == "percentage" else waarde


def _woord(soort: Soort, richting: Richting) -> str:
    """lager/hoger, bij een datum eerder/later."""
    return {"lager": "eerder", "hoger": "later"}[richting] if soort == "datum" else richting


def _tekst(waarde: Any) -> str:
    return ("ja" if waarde else "nee") if isinstance(waarde, bool) else str(waarde)


def _kern(grondslag: str) -> str:
    return " ".join(grondslag.replace(",", " ").split()).casefold().removesuffix(".")


def _dwingend(veld: str, ruimte: DwingendeUitkomst) -> Bezwaar:
    voorlopig = " (voorlopig)" if ruimte.voorlopig else ""
    return Bezwaar("maatwerk.veld", f"{veld} is een dwingende uitkomst ({ruimte.artikel}){voorlopig}: {ruimte.reden}; "
                                    "maatwerk kan haar niet opzij zetten")


def _grens(grens: Grens, feiten: Maatwerkfeiten) -> Contractwaarde | None:
    if grens.uitkomst is not None:
        return feiten.uitkomsten.get(grens.uitkomst)
    if grens.invoer is not None:
        return feiten.invoer.get(grens.invoer)
    return grens.waarde


def _buiten_grenzen(ruimte: AfwijkbareUitkomst, feiten: Maatwerkfeiten, gevraagd: Waarde) -> Bezwaar | None:
    for grenzen, te_laag in ((ruimte.ondergrenzen, True), (ruimte.bovengrenzen, False)):
        for grens in grenzen:
            tekst = _grens(grens, feiten)
            waarde = lees_waarde(ruimte.soort, tekst)
            if waarde is None:
                continue  # de grens is er in dit geval niet (geen invoer, of een uitkomst zonder waarde)
            if (sleutel(gevraagd) < sleutel(waarde)) if te_laag else (sleutel(gevraagd) > sleutel(waarde)):
                naam = grens.uitkomst or grens.invoer or "de grens"
                woord = _woord(ruimte.soort, "lager" if te_laag else "hoger")
                return Bezwaar("maatwerk.waarde", f"{feiten.veld} kan niet {woord} zijn dan {tekst} ({naam})")
    return None


def _grond(ruimte: AfwijkbareUitkomst, feiten: Maatwerkfeiten, peildatum: date,
           richting: Richting | None) -> Grond | Bezwaar:
    """De grond die de afwijking draagt (definitief vóór voorlopig), of het bezwaar ertegen."""
    genoemd = [g for g in ruimte.gronden if _kern(g.grondslag) == _kern(feiten.grondslag)]
    if not genoemd:
        toegestaan = ", ".join(dict.fromkeys(g.grondslag for g in ruimte.gronden))
        return Bezwaar("maatwerk.grondslag", f"op grond van {feiten.grondslag!r} kan niet van {feiten.veld} worden "
                                             f"afgeweken; dat kan op grond van: {toegestaan}")
    geldend = [g for g in genoemd if g.vanaf is None or g.vanaf <= peildatum]
    if not geldend:
        vanaf = min(g.vanaf for g in genoemd if g.vanaf is not None)
        return Bezwaar("maatwerk.grondslag", f"{genoemd[0].grondslag} geldt pas vanaf {vanaf.isoformat()}")
    if richting is None:
        return Bezwaar("maatwerk.waarde", f"de waarde is gelijk aan de uitkomst van {feiten.veld}: "
                                          "dat is geen afwijking")
    passend = sorted((g for g in geldend if g.richting == richting), key=lambda g: g.voorlopig)
    if not passend:
        andere = geldend[0]
        return Bezwaar("maatwerk.waarde", f"op grond van {andere.grondslag} kan {feiten.veld} alleen "
                                          f"{_woord(ruimte.soort, andere.richting)} worden, niet "
                                          f"{_woord(ruimte.soort, richting)}: {andere.toelichting}")
    return passend[0]


def _afwijkbaar(feiten: Maatwerkfeiten, tabel: Maatwerkruimte, bezwaren: list[Bezwaar]) -> tuple[
        AfwijkbareUitkomst, Contractwaarde, Waarde]:
    """De ruimte en de oorspronkelijke waarde van de uitkomst, of OngeldigeFeiten als er niets af te wijken valt."""
    ruimte = tabel.uitkomst(feiten.operatie, feiten.veld)
    if ruimte is None:
        raise OngeldigeFeiten([*bezwaren, Bezwaar(
            "maatwerk.veld", f"{feiten.veld} is geen uitkomst van {feiten.operatie} waarvan het college kan afwijken")])
    if isinstance(ruimte, DwingendeUitkomst):
        raise OngeldigeFeiten([*bezwaren, _dwingend(feiten.veld, ruimte)])
    oorspronkelijk = feiten.uitkomsten.get(feiten.veld)
    oud = lees_waarde(ruimte.soort, oorspronkelijk)
    if oorspronkelijk is None or oud is None:
        raise OngeldigeFeiten([*bezwaren, Bezwaar(
            "maatwerk.veld", f"{feiten.veld} heeft in deze beoordeling geen waarde om van af te wijken")])
    for veld, vereist in ruimte.als:
        if feiten.uitkomsten.get(veld) != vereist:
            raise OngeldigeFeiten([*bezwaren, Bezwaar(
                "maatwerk.veld",
                f"van {feiten.veld} kan alleen worden afgeweken als {veld} {str(vereist).lower()} is")])
    return ruimte, oorspronkelijk, oud


def maatwerk(feiten: Maatwerkfeiten, stand: Wetstand, ruimte: Maatwerkruimte | None = None) -> Maatwerkbesluit:
    """Pas de gevraagde afwijking toe als de wet haar toelaat; anders OngeldigeFeiten met elk bezwaar."""
    bezwaren: list[Bezwaar] = []
    if not feiten.reden.strip():
        bezwaren.append(Bezwaar("maatwerk.reden", "maatwerk wordt gemotiveerd: de reden is verplicht"))
    uitkomst, oorspronkelijk, oud = _afwijkbaar(feiten, ruimte or maatwerkruimte(), bezwaren)
    gevraagd = lees_waarde(uitkomst.soort, feiten.waarde)
    if gevraagd is None:
        bezwaren.append(Bezwaar("maatwerk.waarde", f"{feiten.veld} is {VORM[uitkomst.soort]}"))
    richting = _richting(oud, gevraagd)
    grond = _grond(uitkomst, feiten, stand.peildatum, richting)
    if isinstance(grond, Bezwaar):
        if gevraagd is not None or grond.veld != "maatwerk.waarde":
            bezwaren.append(grond)
    elif gevraagd is not None and (buiten := _buiten_grenzen(uitkomst, feiten, gevraagd)) is not None:
        bezwaren.append(buiten)
    if bezwaren or isinstance(grond, Bezwaar) or richting is None:
        raise OngeldigeFeiten(bezwaren)
    toegepast = _in_contractvorm(uitkomst.soort, feiten.waarde)
    uitleg = Uitleg.voor(stand)
    gevolgen = dict(uitkomst.gevolgen)
    daarmee = "".join(f"; daarmee is {veld} {_tekst(waarde)}" for veld, waarde in gevolgen.items())
    uitleg = Uitleg.voor(stand)
    uitleg.stap(f"Maatwerk: {feiten.veld} is {_woord(uitkomst.soort, richting)} gesteld, van "
                f"{_tekst(oorspronkelijk)} op {_tekst(toegepast)}, omdat {feiten.reden.strip()}{daarmee}. Ruimte: "
                f"{grond.toelichting}. Andere afgeleide uitkomsten zijn niet herberekend", grond.grondslag)
    return Maatwerkbesluit(feiten.veld, oorspronkelijk, toegepast, feiten.reden.strip(), grond.grondslag,
                           grond.voorlopig, uitleg, gevolgen)
