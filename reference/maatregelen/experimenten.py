"""M23 Experimenten (art. 83 Pw): valt een voorgenomen experiment binnen het bereik en de duur van de wet?

Bij algemene maatregel van bestuur kan bij wijze van experiment worden afgeweken van het bepaalde bij of
krachtens de artikelen 6 tot en met 10, art. 31 lid 2 en paragraaf 7.1 (financiering, art. 69-75), met het
oog op het onderzoeken van een doeltreffender uitvoering met betrekking tot de arbeidsinschakeling en de
financiering (lid 1). Een experiment duurt ten hoogste vijf jaar (lid 2; tot 2026 drie jaar); is vóór het
einde een wetsvoorstel ingediend om het structureel te maken, dan kan het worden verlengd tot dat voorstel
in werking treedt (lid 2, tweede zin). De peildatum bepaalt welke tekst geldt.

`voorlopig` (de wet regelt het niet, of de tekst ontbreekt):
- "de artikelen 6 tot en met 10" omvat de ingevoegde artikelen tussen 6 en 10 (6a, 6b, 7a, 8a-8d, 9a),
  maar niet 10a-10h, die na artikel 10 komen (de letterlijke lezing);
- "ten hoogste vijf jaar": de laatste dag is de dag vóór dezelfde dagdatum vijf jaar na de begindatum
  (voor 29 februari: de dag vóór 1 maart), zodat het experiment hele jaren duurt (`laatste_dag`);
- de tekst tot 2026 staat niet in de bronnen: pwib neemt aan dat alleen de duur verschilde (drie jaar,
  programmaplan 2023, maatregel 12); die parameter is als voorlopig gemarkeerd.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg

LID_1 = "art. 83 lid 1 Pw"
LID_2 = "art. 83 lid 2 Pw"
# De artikelen 6 tot en met 10 (paragraaf 1.1 tot en met 2.1) en paragraaf 7.1, zoals de tekst per 2026 ze kent.
ARTIKELEN_6_TOT_EN_MET_10 = frozenset({"6", "6a", "6b", "7", "7a", "8", "8a", "8b", "8c", "8d", "9", "9a", "10"})
PARAGRAAF_7_1 = frozenset({"69", "70", "71", "72", "73", "74", "74a", "75"})
_NUMMER = re.compile(r"^(\d+)([a-z]*)$")


class Experimentdoel(Enum):
    ARBEIDSINSCHAKELING = "arbeidsinschakeling"
    FINANCIERING = "financiering"
    ANDERS = "anders"


@dataclass(frozen=True)
class Experimentafwijking:
    artikel: str  # "9", "31", "74a"
    lid: int | None = None


@dataclass(frozen=True)
class Experimentafwijkingsoordeel:
    afwijking: Experimentafwijking
    binnen_bereik: bool
    reden: str
    lezing: str | None = None  # de voorlopige lezing (register van interpretaties) waarop het oordeel rust


@dataclass(frozen=True)
class Experimentfeiten:
    afwijkingen: tuple[Experimentafwijking, ...]
    doel: Experimentdoel
    begindatum: date
    einddatum: date
    wetsvoorstel_ingediend: bool = False  # lid 2, tweede zin: vóór het einde ingediend


@dataclass(frozen=True)
class Experimentbesluit:
    toegestaan: bool
    maximale_einddatum: date | None  # None: verlengbaar tot de inwerkingtreding van het wetsvoorstel
    afwijkingen: tuple[Experimentafwijkingsoordeel, ...]
    grondslag: str
    uitleg: Uitleg


def laatste_dag(begin: date, jaren: int) -> date:
    """De laatste dag van een periode van `jaren` hele jaren vanaf `begin` (voorlopig, zie de moduletekst)."""
    try:
        zelfde_dag = begin.replace(year=begin.year + jaren)
    except ValueError:  # 29 februari in een jaar zonder die dag
        zelfde_dag = date(begin.year + jaren, 3, 1)
    return zelfde_dag - timedelta(days=1)


def beoordeel_afwijking(afwijking: Experimentafwijking) -> Experimentafwijkingsoordeel:
    """Mag een experiment van dit artikel (of lid) afwijken volgens art. 83 lid 1 Pw?"""
    artikel, lid = afwijking.artikel, afwijking.lid
    if artikel in ARTIKELEN_6_TOT_EN_MET_10:
        return Experimentafwijkingsoordeel(afwijking, True, "valt onder de artikelen 6 tot en met 10")
    if artikel in PARAGRAAF_7_1:
        return Experimentafwijkingsoordeel(afwijking, True, "valt onder paragraaf 7.1 (financiering)")
    if artikel == "31":
        if lid == 2:
            return Experimentafwijkingsoordeel(afwijking, True, "art. 31 lid 2 is genoemd")
        return Experimentafwijkingsoordeel(afwijking, False, "van art. 31 is alleen het tweede lid genoemd")
    gevonden = _NUMMER.match(artikel)
    if gevonden is not None and gevonden.group(1) == "10":
        return Experimentafwijkingsoordeel(afwijking, False, "komt na art. 10 (letterlijke lezing)",
                                           "M23-na-artikel-10")
    return Experimentafwijkingsoordeel(afwijking, False, "niet genoemd in art. 83 lid 1")


def experiment(feiten: Experimentfeiten, stand: Wetstand) -> Experimentbesluit:
    """Valt het experiment binnen de artikelen, het doel en de duur die art. 83 Pw toelaat?"""
    if feiten.einddatum < feiten.begindatum:
        raise OngeldigeFeiten([Bezwaar("einddatum", "het experiment eindigt vóór het begint")])
    uitleg = Uitleg.voor(stand)
    oordelen = tuple(beoordeel_afwijking(a) for a in feiten.afwijkingen)
    for oordeel in oordelen:
        lid = "" if oordeel.afwijking.lid is None else f" lid {oordeel.afwijking.lid}"
        uitleg.stap(f"Art. {oordeel.afwijking.artikel}{lid}: {oordeel.reden}", LID_1)
        if oordeel.lezing is not None:
            uitleg.interpretatie(oordeel.lezing)
    duur = stand.aantal("experimenten.maximale_duur")
    grens = laatste_dag(feiten.begindatum, duur.waarde)
    maximale_einddatum: date | None = grens
    if feiten.wetsvoorstel_ingediend:
        maximale_einddatum = None
        uitleg.stap("Vóór het einde is een wetsvoorstel ingediend: verlenging tot de inwerkingtreding ervan kan",
                    LID_2, duur)
    else:
        uitleg.stap(f"Ten hoogste {duur.waarde} jaar: tot en met {grens}", LID_2, duur)
        if (feiten.begindatum.month, feiten.begindatum.day) == (2, 29):
            uitleg.interpretatie("M23-jaren-vanaf-29-februari")
    if feiten.doel is Experimentdoel.ANDERS:
        uitleg.stap("Het experiment onderzoekt geen doeltreffender uitvoering wat betreft arbeidsinschakeling of "
                    "financiering", LID_1)
        return Experimentbesluit(False, maximale_einddatum, oordelen, LID_1, uitleg)
    if not all(o.binnen_bereik for o in oordelen):
        return Experimentbesluit(False, maximale_einddatum, oordelen, LID_1, uitleg)
    if maximale_einddatum is not None and feiten.einddatum > maximale_einddatum:
        uitleg.stap(f"Het experiment loopt tot en met {feiten.einddatum}, langer dan de wet toelaat", LID_2, duur)
        return Experimentbesluit(False, maximale_einddatum, oordelen, LID_2, uitleg)
    return Experimentbesluit(True, maximale_einddatum, oordelen, "art. 83 Pw", uitleg)
