"""Een gekrompen verschil als Nederlands scenario in de woorden van conformance/zinnen, klaar voor features/.

Elk feit van het verzoek wordt de `gegeven`-zin die precies dat veld zet (bij een lijst zoals de
medebewoners: de zin met `[+]` voor het eerste veld van een element, `[-1]` voor de rest); de operatie wordt
haar `Als`-zin; elk verschillend veld wordt de `dan`-zin die dat veld verwacht, met de waarde van de
referentie; een verschil in een lijst (de vrijlatingen, de oordelen over de medebewoners, de gronden van het
rechtsvermoeden: elke lijst die het contract vergelijkt) de zin die de hele lijst verwacht, met de lijst van
de referentie als tabel. Die verwachting komt van de referentie: wie het scenario in features/ zet, rekent
haar eerst na uit het artikel (de huisregel: de wet is het orakel) en schrijft die berekening in het
commentaar.

Een feit of verschil waarvoor het woordenboek geen zin heeft, staat in `niet_uitgedrukt`; het rapport geeft
dan ook het verzoek als JSON.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from conformance.hulpmiddelen.opmaak import tabel
from conformance.inlezen.woordenboek import Woordenboek, Zin, deel_van, keuzes
from conformance.vergelijk.beslissend import Verschil

TAG = "gevonden"


@dataclass
class Scenario:
    tekst: str
    maatregel: str
    niet_uitgedrukt: list[str] = field(default_factory=list)


def _bladeren(waarde: Any, pad: str = "") -> Iterator[tuple[str, Any]]:
    """(pad, waarde) van elk blad; een element van een lijst als `lijst[+].veld` (eerste) en `lijst[-1].veld`; een
    lege lijst is zelf een blad (`betalingen: []` is een ander verzoek dan een verzoek zonder betalingen)."""
    if isinstance(waarde, dict):
        for sleutel, deel in waarde.items():
            yield from _bladeren(deel, f"{pad}.{sleutel}" if pad else sleutel)
    elif isinstance(waarde, list) and waarde:
        for element in waarde:
            for index, (deelpad, blad) in enumerate(_bladeren(element)):
                yield f"{pad}[{'+' if index == 0 else '-1'}].{deelpad}", blad
    else:
        yield pad, waarde


def _schrijf(woordenboek: Woordenboek, soort: str, waarde: Any) -> str | None:  # noqa: PLR0911 - één tak per soort
    """De waarde zoals een tester haar in een zin schrijft, of None als dat niet kan."""
    if soort == "Bedrag" and isinstance(waarde, str):
        euro, cent = f"{Decimal(waarde):.2f}".split(".")
        return f"€ {int(euro):,}".replace(",", ".") + f",{cent}"
    if soort in ("Datum", "Maand") and isinstance(waarde, str):
        return waarde
    if soort in ("Getal", "Lid") and isinstance(waarde, int) and not isinstance(waarde, bool):
        return str(waarde)
    if soort == "Lid" and waarde is None:
        return "geen"
    if soort == "Procent" and isinstance(waarde, str):
        return waarde.replace(".", ",") + " %"
    if soort == "JaNee" and isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if soort == "Tekst" and isinstance(waarde, str) and '"' not in waarde:
        return f'"{waarde}"'
    if soort == "Grondslag" and isinstance(waarde, dict) and isinstance(waarde.get("tekst"), str):
        return f'"{waarde["tekst"]}"'
    omzetter = woordenboek.soorten.get(soort)
    if omzetter is None:
        return None
    return next((woord for woord in keuzes(omzetter) if omzetter(woord) == waarde), None)


def _zin(woordenboek: Woordenboek, zin: Zin, waarde: Any) -> str | None:
    """De zin met de waarde op haar ene plek; een zin zonder plekken alleen als hij precies deze waarde zet."""
    assert zin.patroon is not None
    plekken = zin.plekken
    if not plekken:
        return zin.patroon if list((zin.velden or {}).values()) == [waarde] else None
    naam, soort = plekken[0]
    geschreven = _schrijf(woordenboek, soort, waarde)
    return None if geschreven is None else zin.patroon.replace(f"{{{naam}:{soort}}}", geschreven)


def _kies(woordenboek: Woordenboek, kant: str, pad: str, waarde: Any, maatregel: str) -> str | None:
    kandidaten = [z for z in woordenboek.van_soort(kant) if list(z.velden) == [pad]]
    kandidaten.sort(key=lambda z: not ({"*", maatregel} & set(z.maatregelen)))
    for zin in kandidaten:
        if len(zin.plekken) <= 1:
            tekst = _zin(woordenboek, zin, waarde)
            if tekst is not None:
                return tekst
    return None


def uitdrukbaar(woordenboek: Woordenboek, veld: str) -> bool:
    """Of het woordenboek een `dan`-zin heeft die precies dit veld van het antwoord verwacht (of de hele lijst)."""
    return any(list(z.velden) == [veld] or z.lijst == veld for z in woordenboek.van_soort("dan"))


def _projectie(lijst: Any, velden: list[str]) -> Any:
    """Alleen de velden die een tabel vergelijkt, per element (het element zelf bij een lijst van waarden); een
    andere waarde dan een lijst, of een element dat geen object is in een lijst van objecten, blijft zoals het is."""
    if not isinstance(lijst, list):
        return lijst
    return [{veld: deel_van(element, veld) for veld in velden} if isinstance(element, dict) or velden == [""]
            else element for element in lijst]


def _lijst(woordenboek: Woordenboek, verschil: Verschil, lijst: list[Any], maatregel: str) -> str | None:
    """De zin die de hele lijst verwacht, met de lijst van de referentie als tabel eronder; None als geen zin dat
    kan, of als het verschil alleen in velden zit die de tabel niet vergelijkt (een `reden` in woorden)."""
    zinnen = [z for z in woordenboek.van_soort("dan") if z.lijst == verschil.veld]
    zinnen.sort(key=lambda z: not ({"*", maatregel} & set(z.maatregelen)))
    for zin in zinnen:
        velden = zin.kolomvelden
        if _projectie(verschil.referentie, list(velden.values())) == _projectie(verschil.doel, list(velden.values())):
            continue
        rijen = [[kolom for kolom, _ in zin.kolommen]]
        for element in lijst:
            cellen = [_schrijf(woordenboek, soort, deel_van(element, velden[kolom])) for kolom, soort in zin.kolommen]
            if None in cellen:
                break
            rijen.append([str(cel).strip('"') for cel in cellen])
        else:
            assert zin.patroon is not None
            return f"{zin.patroon}\n{tabel(rijen, 4).rstrip()}"
    return None


def _als(woordenboek: Woordenboek, pad: str) -> tuple[str, str] | None:
    zin = next((z for z in woordenboek.van_soort("beoordeling") if z.pad == pad), None)
    return None if zin is None or zin.patroon is None else (zin.patroon, zin.maatregelen[0])


def maatregel_van(woordenboek: Woordenboek, pad: str) -> str:
    """De maatregel van de `Als`-zin van een operatie (de tag van haar scenario's)."""
    als = _als(woordenboek, pad)
    return als[1] if als else "?"


def schrijf(woordenboek: Woordenboek, pad: str, verzoek: dict[str, Any], antwoord: Any,
            verschillen: list[Verschil], scenario_id: str | None, titel: str) -> Scenario:
    """Het scenario; `antwoord` is het lichaam van de referentie, `scenario_id` het eerste vrije id."""
    als = _als(woordenboek, pad)
    maatregel = maatregel_van(woordenboek, pad)
    niet: list[str] = []
    gegeven: list[str] = []
    for veld, waarde in _bladeren(verzoek):
        tekst = _kies(woordenboek, "gegeven", veld, waarde, maatregel)
        if tekst is None:
            niet.append(f"feit {veld} = {waarde!r}")
        else:
            gegeven.append(tekst)
    dan: list[str] = []
    for verschil in verschillen:
        waarde = antwoord.get(verschil.veld) if isinstance(antwoord, dict) else None
        tekst = None
        if waarde is not None:
            tekst = _kies(woordenboek, "dan", verschil.veld, waarde, maatregel)
            if tekst is None and verschil.veld == "grondslag":
                tekst = _zin_grondslag(woordenboek, waarde)
            if tekst is None and isinstance(waarde, list):
                tekst = _lijst(woordenboek, verschil, waarde, maatregel)
        if tekst is None:
            niet.append(f"verwachting {verschil.veld} = {verschil.referentie!r}")
        else:
            dan.append(tekst)
    regels = [f"    @{maatregel}" + (f" @{scenario_id}" if scenario_id else "") + f" @{TAG}",
              f"    Scenario: {titel}",
              "      # gevonden door pwib vergelijk; de verwachting is die van de referentie: reken haar na uit de wet"]
    for index, tekst in enumerate(gegeven):
        regels.append(f"      {'Gegeven' if index == 0 else 'En'} {tekst}")
    regels.append(f"      Als {als[0] if als else pad}")
    for index, tekst in enumerate(dan):
        regels.append(f"      {'Dan' if index == 0 else 'En'} {tekst}")
    return Scenario("\n".join(regels) + "\n", maatregel, niet)


def _zin_grondslag(woordenboek: Woordenboek, waarde: Any) -> str | None:
    zin = next((z for z in woordenboek.van_soort("dan") if list(z.velden) == ["grondslag"]), None)
    return None if zin is None else _zin(woordenboek, zin, waarde)


def volgende_ids(bestaande: str, maatregel: str) -> Iterator[str]:
    """De vrije ids van een maatregel na het hoogste dat in `bestaande` (de tekst van features/) voorkomt."""
    nummers = [int(n) for n in re.findall(rf"@{re.escape(maatregel)}-(\d{{3}})\b", bestaande)]
    volgend = max(nummers, default=0) + 1
    while True:
        yield f"{maatregel}-{volgend:03d}"
        volgend += 1
