"""De stappencatalogus als tekst voor de terminal (`pwib steps`) en als Markdown (`docs/stappen.md`)."""

from __future__ import annotations

from collections.abc import Iterable

from conformance.inlezen.stappencatalogus import ALLE, TREFWOORD, Catalogus, Stap, labelvoorbeeld
from conformance.inlezen.woordenboek import SCHRIJFWIJZE, Label, keuzes

KOP = """# Stappen

<!-- Gemaakt met `pwib steps --markdown --output docs/stappen.md`; niet met de hand bewerken.
     tests/test_stappen.py controleert dat dit bestand gelijk is aan de catalogus. -->
"""


def _maatregelen(maatregelen: Iterable[str]) -> str:
    lijst = list(maatregelen)
    if not lijst:
        return "(nog geen)"
    return "alle" if ALLE in lijst else ", ".join(lijst)


def _plekken(stap: Stap, boek: Catalogus) -> str:
    """Elke plek met haar soort en de waarde uit het voorbeeld van de stap; bij een lijststap de kolommen."""
    if stap.zin is not None and stap.zin.kolommen:
        return "tabel met de kolommen " + ", ".join(f"{kolom}: {soort}" for kolom, soort in stap.zin.kolommen)
    uit_voorbeeld = boek.plekken_in_voorbeeld(stap)
    return ", ".join(f"{naam}: {soort} (bijv. {uit_voorbeeld.get(naam) or boek.boek.voorbeeldwaarde(soort)})"
                     for naam, soort in stap.plekken)


def dient(stap: Stap, maatregel: str) -> bool:
    return ALLE in stap.maatregelen or maatregel in stap.maatregelen


def _labels(catalogus: Catalogus, stap: Stap, maatregel: str | None = None) -> list[Label]:
    assert stap.algemeen is not None
    labels = catalogus.labels(stap.algemeen)
    if maatregel is None:
        return labels
    return [lab for lab in labels if ALLE in lab.zin.maatregelen or maatregel in lab.zin.maatregelen]


def als_tekst(catalogus: Catalogus, maatregel: str | None = None) -> str:
    """Elke stap met patroon, plekken, voorbeeld en maatregelen; met `maatregel` alleen wat die maatregel dient."""
    stappen = [s for s in catalogus.stappen if maatregel is None or dient(s, maatregel)]
    regels: list[str] = []
    for stap in stappen:
        regels.append(stap.regel)
        if stap.plekken or stap.lijst:
            regels.append(f"    plekken:     {_plekken(stap, catalogus)}")
        voorbeeld = stap.voorbeeld.splitlines()
        regels.append(f"    voorbeeld:   {voorbeeld[0]}")
        regels += [f"                 {r}" for r in voorbeeld[1:]]
        regels.append(f"    maatregelen: {_maatregelen(stap.maatregelen)}")
        regels.append(f"    uit:         {stap.bron}")
        if stap.tabel:
            labels = _labels(catalogus, stap, maatregel)
            regels.append(f"    labels:      {len(labels)}" + ("" if not labels else ":"))
            regels += [f"        {lab.tekst} ({lab.soort})" for lab in labels]
    regels.append(f"{len(stappen)} stappen" + (f" voor {maatregel}" if maatregel else "")
                  + "; de referentiepagina: docs/stappen.md")
    return "\n".join(regels) + "\n"


def _cel(tekst: str) -> str:
    return tekst.replace("|", "\\|").replace("\n", " ")


def _code(tekst: str) -> str:
    return f"`{_cel(tekst)}`"


def als_markdown(catalogus: Catalogus) -> str:
    algemeen = [s for s in catalogus.stappen if s.algemeen is not None]
    zinnen = [s for s in catalogus.stappen if s.algemeen is None]
    delen = [KOP, f"De {len(catalogus.stappen)} stappen die een scenario kan gebruiken: {len(algemeen)} algemene "
             f"stappen voor elke maatregel en {len(zinnen)} zinnen uit `conformance/zinnen/*.yaml`. Een stap is "
             "een trefwoord (`Gegeven`, `Als`, `Dan`, of `En`/`Maar` na een daarvan) met het patroon; een plek "
             "`{naam:Soort}` vult u in met een waarde van die soort (zie [Soorten waarden](#soorten-waarden)). "
             "Hoe u een scenario schrijft: [scenarios-schrijven.md](scenarios-schrijven.md).\n",
             "## Algemene stappen\n"]
    for stap in algemeen:
        delen.append(f"### {_code(stap.regel)}\n\n{stap.omschrijving}\n\n```gherkin\n{stap.voorbeeld}\n```\n\n"
                     f"Maatregelen: {_maatregelen(stap.maatregelen)}.\n")
        if stap.tabel:
            delen.append(_labeltabel(catalogus, _labels(catalogus, stap)))
    for soort in ("gegeven", "als", "dan"):
        van_soort = [s for s in zinnen if s.soort == soort]
        delen.append(f"## {TREFWOORD[soort]} ({len(van_soort)})\n")
        if soort == "als":
            delen.append("| stap | operatie | maatregelen |\n|---|---|---|\n" + "".join(
                f"| {_code(s.patroon)} | {_code(s.zin.pad or '') if s.zin else ''} | {_maatregelen(s.maatregelen)} |\n"
                for s in van_soort))
            continue
        delen.append("| stap | plekken | voorbeeld | label | maatregelen |\n|---|---|---|---|---|\n" + "".join(
            f"| {_code(s.patroon)} | {_cel(_plekken(s, catalogus))} | {_code(s.voorbeeld)} | "
            f"{_cel((s.zin.label if s.zin else None) or '')} | {_maatregelen(s.maatregelen)} |\n"
            for s in van_soort))
    delen.append(_soorten(catalogus))
    delen.append("## Huishoudens\n\nVoor `Gegeven het huishouden \"naam\"`, uit `fixtures/personen/`.\n\n"
                 "| naam | huishouden |\n|---|---|\n" + "".join(
                     f"| {_code(p.naam)} | {_cel(p.beschrijving)} |\n" for p in catalogus.personen.values()))
    return "\n".join(delen)


def _labeltabel(catalogus: Catalogus, labels: list[Label]) -> str:
    if not labels:
        return "Nog geen labels.\n"
    return "| label | soort | voorbeeld | maatregelen |\n|---|---|---|---|\n" + "".join(
        f"| {_cel(lab.tekst)} | {lab.soort} | {_code(labelvoorbeeld(catalogus.boek, lab))} | "
        f"{_maatregelen(lab.zin.maatregelen)} |\n" for lab in labels)


def _soorten(catalogus: Catalogus) -> str:
    regels = ["## Soorten waarden\n", "| soort | schrijfwijze | voorbeeld |", "|---|---|---|"]
    for naam in catalogus.boek.soorten:
        if naam in SCHRIJFWIJZE:
            voorbeeld, schrijfwijze = SCHRIJFWIJZE[naam]
        else:
            woorden = keuzes(catalogus.boek.soorten[naam])
            voorbeeld, schrijfwijze = woorden[0], "een van: " + ", ".join(f"`{w}`" for w in woorden)
        regels.append(f"| {naam} | {_cel(schrijfwijze)} | {_code(voorbeeld)} |")
    return "\n".join(regels) + "\n"
