"""Een gekrompen verschil als Nederlands scenario in de woorden van conformance/zinnen, klaar voor features/.

De feiten van het verzoek worden `gegeven`-zinnen die precies die velden zetten; een zin mag er meer tegelijk
zetten (een betaling: bedrag en maand). Een element van een lijst begint met de zin die `lijst[+]` zet, de
rest van het element volgt met zinnen over `lijst[-1]`; een lege lijst is zelf een feit (`betalingen: []`).
De operatie wordt haar `Als`-zin. Elk verschillend veld wordt de `dan`-zin die het verwacht met de waarde van
de referentie, ook `null`; binnen een object het veld dat verschilt; een verschil in een lijst (de
vrijlatingen, de oordelen over de medebewoners, de gronden van het rechtsvermoeden: elke lijst die het
contract vergelijkt) de zin die de hele lijst verwacht, met de lijst van de referentie als tabel. Die
verwachting komt van de referentie: wie het scenario in features/ zet, rekent haar eerst na uit het artikel
(de huisregel: de wet is het orakel) en schrijft die berekening in het commentaar. Rust het antwoord van de
referentie op een voorlopige waarde of lezing, dan draagt het scenario `@voorlopig` (het draait en rapporteert,
maar beslist niet, zoals elk scenario van de suite met zo'n antwoord) en noemt het commentaar waarop het rust.

Een feit of verschil waarvoor het woordenboek geen zin heeft, staat in `niet_uitgedrukt`; het rapport geeft
dan ook het verzoek als JSON. tests/test_vergelijk_rondgang.py houdt dat voor gegenereerde verzoeken leeg.
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
VOORLOPIG = "voorlopig"


@dataclass
class Scenario:
    tekst: str
    maatregel: str
    niet_uitgedrukt: list[str] = field(default_factory=list)


Feiten = dict[str, Any]
"""Velden van het verzoek met hun waarde: buiten een lijst het volle pad (`huishouden.partner.leeftijd`), in een
element van een lijst het pad binnen het element (`bedrag`; `""` als het element zelf een waarde is)."""


def _plat(waarde: Any, pad: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(waarde, dict) and waarde:
        for sleutel, deel in waarde.items():
            yield from _plat(deel, f"{pad}.{sleutel}" if pad else sleutel)
    elif not isinstance(waarde, dict):  # een leeg object zet niets; een lijst binnen een element blijft één feit
        yield pad, waarde


def _groepen(verzoek: dict[str, Any]) -> list[tuple[str | None, Feiten]]:
    """(None, de velden buiten een lijst) en per element van een lijst (lijstpad, zijn velden). Een lege lijst is
    zelf een veld: `betalingen: []` is een ander verzoek dan een verzoek zonder betalingen."""
    los: Feiten = {}
    elementen: list[tuple[str | None, Feiten]] = []

    def loop(waarde: Any, pad: str) -> None:
        if isinstance(waarde, dict):
            for sleutel, deel in waarde.items():
                loop(deel, f"{pad}.{sleutel}" if pad else sleutel)
        elif isinstance(waarde, list) and waarde:
            elementen.extend((pad, dict(_plat(element))) for element in waarde)
        else:
            los[pad] = waarde

    loop(verzoek, "")
    return [(None, los), *elementen]


def _sleutel(pad: str) -> tuple[str | None, str | None, str]:
    """(lijst, `+` of `-1`, pad binnen het element) van een veld dat een zin zet; (None, None, pad) buiten een lijst."""
    gevonden = re.fullmatch(r"(.+?)\[(\+|-1)\]\.?(.*)", pad)
    return (gevonden.group(1), gevonden.group(2), gevonden.group(3)) if gevonden else (None, None, pad)


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


def _in_antwoord(antwoord: Any, veld: str) -> tuple[bool, Any]:
    """(of het veld in het antwoord staat, zijn waarde); `a.b` is een veld binnen een object."""
    knoop = antwoord
    for deel in veld.split("."):
        if not isinstance(knoop, dict) or deel not in knoop:
            return False, None
        knoop = knoop[deel]
    return True, knoop


def _verwachting(woordenboek: Woordenboek, veld: str, antwoord: Any, maatregel: str) -> str | None:
    """De `dan`-zin die `veld` verwacht met de waarde van de referentie (ook `null`: "is er geen ..."); een zin die
    meer velden verwacht alleen als de referentie ook in die velden geeft wat de zin zegt. Eerst de zinnen van de
    maatregel zelf; die van een andere maatregel (`norm`) alleen als de maatregel geen eigen zin over alleen dit
    veld heeft: dan betekent het veld bij haar iets eigens (`percentage`) en past een andere zin niet."""
    kandidaten = [z for z in woordenboek.van_soort("dan") if z.patroon is not None and not z.kolommen
                  and veld in z.velden]
    eigen = sorted((z for z in kandidaten if {"*", maatregel} & set(z.maatregelen)), key=lambda z: len(z.velden))
    anders = [] if any(len(z.velden) == 1 for z in eigen) else sorted(
        (z for z in kandidaten if z not in eigen), key=lambda z: len(z.velden))
    for zin in [*eigen, *anders]:
        waarden = {v: _in_antwoord(antwoord, v) for v in zin.velden}
        if all(gevonden for gevonden, _ in waarden.values()):
            tekst = _vul(woordenboek, zin, {v: w for v, (_, w) in waarden.items()})
            if tekst is not None:
                return tekst
    return None


def _deelverschillen(verschil: Verschil) -> list[tuple[str, Any]]:
    """(veld, waarde van de referentie) van wat verschilt: bij een object (`inkomenPartnerZonderRecht`) elk
    veld erin dat verschilt (`inkomenPartnerZonderRecht.inkomen`), zodat de zin over juist dat veld het verwacht;
    een grondslag is één waarde (vergeleken als bepalingen)."""
    referentie, doel = verschil.referentie, verschil.doel
    if not isinstance(referentie, dict) or "verwijzingen" in referentie:
        return [(verschil.veld, referentie)]
    anders = doel if isinstance(doel, dict) else {}
    return [(f"{verschil.veld}.{veld}", waarde) for veld, waarde in referentie.items()
            if veld not in anders or anders[veld] != waarde] or [(verschil.veld, referentie)]


def _vul(woordenboek: Woordenboek, zin: Zin, waarden: dict[str, Any]) -> str | None:
    """De zin met de waarden van de velden die hij zet (veld van de zin -> waarde in het verzoek); None als een
    vaste waarde van de zin niet die van het verzoek is, of een waarde niet in de zin te schrijven is."""
    assert zin.patroon is not None
    plekken: dict[str, Any] = {}
    for veld, sjabloon in zin.velden.items():
        waarde = waarden[veld]
        geheel = re.fullmatch(r"\{(\w+)\}", sjabloon) if isinstance(sjabloon, str) else None
        if geheel is not None:
            if plekken.setdefault(geheel.group(1), waarde) != waarde:
                return None
        elif type(sjabloon) is not type(waarde) or sjabloon != waarde:  # True is geen 1
            return None
    tekst = zin.patroon
    for naam, soort in zin.plekken:
        geschreven = _schrijf(woordenboek, soort, plekken[naam]) if naam in plekken else None
        if geschreven is None:
            return None
        tekst = tekst.replace(f"{{{naam}:{soort}}}", geschreven)
    return tekst


Ontleed = list[tuple[str | None, str, str]]
"""Per veld dat een zin zet: (`+`, `-1` of None buiten een lijst, het pad binnen het element, het veld zelf)."""


def _zinnen_over(woordenboek: Woordenboek, lijst: str | None, maatregel: str) -> list[tuple[Zin, Ontleed]]:
    """De `gegeven`-zinnen die velden van `lijst` zetten (None: velden buiten een lijst), met hun ontlede velden;
    eerst die van de maatregel, dan die meer velden tegelijk zetten."""
    zinnen = []
    for zin in woordenboek.van_soort("gegeven"):
        if zin.patroon is None or not zin.velden:
            continue
        sleutels = [(_sleutel(veld), veld) for veld in zin.velden]
        if all(sleutel[0] == lijst for sleutel, _ in sleutels):
            zinnen.append((zin, [(sleutel[1], sleutel[2], veld) for sleutel, veld in sleutels]))
    zinnen.sort(key=lambda z: (not ({"*", maatregel} & set(z[0].maatregelen)), -len(z[1])))
    return zinnen


def _uit(woordenboek: Woordenboek, zinnen: list[tuple[Zin, Ontleed]], feiten: Feiten,
         merken: tuple[str | None, ...], deel: str | None = None) -> tuple[str, list[str]] | None:
    """De eerste zin met deze merken (`+` dan `-1`...: een element beginnen) die alleen velden uit `feiten` zet, en
    `deel` als dat gegeven is, geschreven, met de velden die hij gebruikt."""
    for zin, ontleed in zinnen:
        past = [merk for merk, _, _ in ontleed] == [*merken[:1], *merken[1:2] * (len(ontleed) - 1)]
        delen = [d for _, d, _ in ontleed]
        if past and all(d in feiten for d in delen) and (deel is None or deel in delen):
            tekst = _vul(woordenboek, zin, {veld: feiten[d] for _, d, veld in ontleed})
            if tekst is not None:
                return tekst, delen
    return None


def _feit(lijst: str | None, merk: str, deel: str, waarde: Any) -> str:
    veld = deel if lijst is None else f"{lijst}[{merk}]" + (f".{deel}" if deel else "")
    return f"feit {veld} = {waarde!r}"


def _gegeven(woordenboek: Woordenboek, verzoek: dict[str, Any], maatregel: str) -> tuple[list[str], list[str]]:
    """(de `gegeven`-zinnen, de feiten die geen zin kan zetten). Een zin mag meer velden tegelijk zetten (een
    betaling: bedrag en maand); een element van een lijst begint met een zin die `lijst[+]` zet."""
    zinnen: list[str] = []
    niet: list[str] = []
    for lijst, feiten in _groepen(verzoek):
        over, rest = _zinnen_over(woordenboek, lijst, maatregel), dict(feiten)
        verder: tuple[str | None, ...] = (None, None) if lijst is None else ("-1", "-1")
        if lijst is not None:
            begin = _uit(woordenboek, over, rest, ("+", "-1"))
            if begin is None:
                niet.extend(_feit(lijst, "+", deel, waarde) for deel, waarde in rest.items())
                continue
            zinnen.append(begin[0])
            for deel in begin[1]:
                del rest[deel]
        while rest:
            deel, waarde = next(iter(rest.items()))
            gevonden = _uit(woordenboek, over, rest, verder, deel)
            if gevonden is None:
                niet.append(_feit(lijst, "-1", deel, waarde))
                del rest[deel]
                continue
            zinnen.append(gevonden[0])
            for gebruikt in gevonden[1]:
                del rest[gebruikt]
    return zinnen, niet


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
            verschillen: list[Verschil], scenario_id: str | None, titel: str, *,
            voorlopig: tuple[str, ...] = ()) -> Scenario:
    """Het scenario; `antwoord` is het lichaam van de referentie, `scenario_id` het eerste vrije id, `voorlopig` de
    voorlopige gronden van dat antwoord (niet leeg: het scenario draagt `@voorlopig`)."""
    als = _als(woordenboek, pad)
    maatregel = maatregel_van(woordenboek, pad)
    gegeven, niet = _gegeven(woordenboek, verzoek, maatregel)
    dan: list[str] = []
    for verschil in verschillen:
        for veld, referentie in _deelverschillen(verschil):
            waarde = _in_antwoord(antwoord, veld)[1]
            tekst = _verwachting(woordenboek, veld, antwoord, maatregel)
            if tekst is None and isinstance(waarde, list):
                tekst = _lijst(woordenboek, verschil, waarde, maatregel)
            if tekst is None:
                niet.append(f"verwachting {veld} = {referentie!r}")
            elif tekst not in dan:  # een zin die meer verschillende velden verwacht, eenmaal
                dan.append(tekst)
    regels = [f"    @{maatregel}" + (f" @{scenario_id}" if scenario_id else "") + f" @{TAG}"
              + (f" @{VOORLOPIG}" if voorlopig else ""),
              f"    Scenario: {titel}",
              "      # gevonden door pwib vergelijk; de verwachting is die van de referentie: reken haar na uit de wet"]
    if voorlopig:
        regels.append(f"      # voorlopig: het antwoord van de referentie rust op {', '.join(voorlopig)}; beslist niet")
    for index, tekst in enumerate(gegeven):
        regels.append(f"      {'Gegeven' if index == 0 else 'En'} {tekst}")
    regels.append(f"      Als {als[0] if als else pad}")
    for index, tekst in enumerate(dan):
        regels.append(f"      {'Dan' if index == 0 else 'En'} {tekst}")
    return Scenario("\n".join(regels) + "\n", maatregel, niet)


def volgende_ids(bestaande: str, maatregel: str) -> Iterator[str]:
    """De vrije ids van een maatregel na het hoogste dat in `bestaande` (de tekst van features/) voorkomt."""
    nummers = [int(n) for n in re.findall(rf"@{re.escape(maatregel)}-(\d{{3}})\b", bestaande)]
    volgend = max(nummers, default=0) + 1
    while True:
        yield f"{maatregel}-{volgend:03d}"
        volgend += 1
