"""M10 Identificatie met rijbewijs of eID (art. 1 onder i en j en art. 17 lid 3 Pw).

Het college stelt de identiteit van de belanghebbende vast aan de hand van een document van
art. 1 lid 1 onder 1° tot en met 4° Wet op de identificatieplicht (Nederlands reisdocument of
identiteitskaart, vreemdelingendocument, paspoort van een andere EU- of EER-staat, rijbewijs), of,
bij een aanvraag met een elektronisch identificatiemiddel, aan de hand van dat middel als het een
middel is in de zin van art. 1 onder j: in Nederland uitgegeven onder een aangemeld stelsel met ten
minste betrouwbaarheidsniveau substantieel (1°), of in een andere EU- of EER-staat uitgegeven met
ten minste dat niveau en erkend voor grensoverschrijdende authenticatie (art. 6 eIDAS) (2°).
Dat het stelsel is aangemeld, volgt hier uit het opgegeven eIDAS-niveau; pwib toetst het niet apart.

Vóór de nieuwe tekst noemde art. 17 lid 3 alleen de documenten onder 1° tot en met 3°: geen
rijbewijs en geen eID. Die tekst staat nog in de geconsolideerde tekst van 1 januari 2026.

`voorlopig` (art. 17 lid 3 Pw): de nieuwe tekst van lid 3 staat niet in de bronnen van pwib en
de datum waarop hij geldt hangt af van de Verzamelwet SZW 2026 (met terugwerkende kracht tot
1 januari 2026, lage zekerheid). pwib neemt de datum van de catalogus (M10) en de inhoud uit
maatregelen.md; de definities van art. 1 onder i en j gelden wel zeker sinds 1 januari 2026. Een
besluit dat van die tekst afhangt (een rijbewijs of een eID) noemt de interpretatie
`M10-rijbewijs-voor-verzamelwet`; met een document onder 1° tot en met 3° is de uitkomst onder beide
teksten gelijk.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg

LID_3 = "art. 17 lid 3 Pw"
LID_3_OUD = "art. 17 lid 3 Pw (tekst tot 1 januari 2026)"
MET_EID = "art. 17 lid 3 en art. 1 onder j Pw"


class Identiteitsdocument(Enum):
    """Het getoonde document, naar art. 1 lid 1 Wet op de identificatieplicht (Wid)."""

    NEDERLANDS_REISDOCUMENT = "nederlandsReisdocument"  # 1°: paspoort of Nederlandse identiteitskaart
    VREEMDELINGENDOCUMENT = "vreemdelingendocument"  # 2°
    PASPOORT_EER = "paspoortEer"  # 3°: paspoort van een andere EU- of EER-staat
    RIJBEWIJS = "rijbewijs"  # 4°
    ANDER = "ander"  # geen document van art. 1 lid 1 Wid


class Betrouwbaarheidsniveau(Enum):
    """Betrouwbaarheidsniveau van art. 8 lid 2 eIDAS-verordening, van laag naar hoog."""

    LAAG = "laag"
    SUBSTANTIEEL = "substantieel"
    HOOG = "hoog"


class Uitgifte(Enum):
    NEDERLAND = "nederland"
    ANDERE_LIDSTAAT = "andereLidstaat"  # een andere EU-lidstaat of EER-staat


class Middel(Enum):
    DOCUMENT = "document"
    ELEKTRONISCH_IDENTIFICATIEMIDDEL = "elektronischIdentificatiemiddel"
    GEEN = "geen"


WID_1_TOT_EN_MET_3 = frozenset({Identiteitsdocument.NEDERLANDS_REISDOCUMENT, Identiteitsdocument.VREEMDELINGENDOCUMENT,
                                Identiteitsdocument.PASPOORT_EER})
WID_1_TOT_EN_MET_4 = WID_1_TOT_EN_MET_3 | {Identiteitsdocument.RIJBEWIJS}
VOLDOENDE_NIVEAUS = frozenset({Betrouwbaarheidsniveau.SUBSTANTIEEL, Betrouwbaarheidsniveau.HOOG})  # art. 1 onder j


@dataclass(frozen=True)
class ElektronischIdentificatiemiddel:
    niveau: Betrouwbaarheidsniveau
    uitgegeven_in: Uitgifte
    grensoverschrijdend_erkend: bool = False  # art. 6 lid 1 eIDAS; alleen voor een middel uit een andere staat


@dataclass(frozen=True)
class IdentificatieFeiten:
    document: Identiteitsdocument | None = None
    eid: ElektronischIdentificatiemiddel | None = None  # de aanvraag is met dit middel gedaan


@dataclass(frozen=True)
class IdentificatieBesluit:
    vastgesteld: bool
    middel: Middel
    grondslag: str
    uitleg: Uitleg


def _controleer(feiten: IdentificatieFeiten) -> None:
    if feiten.eid is not None and feiten.eid.grensoverschrijdend_erkend and (
            feiten.eid.uitgegeven_in is Uitgifte.NEDERLAND):
        raise OngeldigeFeiten([Bezwaar("elektronischIdentificatiemiddel.erkendVoorGrensoverschrijdendeAuthenticatie",
                                       "erkenning voor grensoverschrijdende authenticatie geldt alleen voor een "
                                       "middel uit een andere staat")])


def _eid_voldoet(eid: ElektronischIdentificatiemiddel, uitleg: Uitleg) -> bool:
    if eid.niveau not in VOLDOENDE_NIVEAUS:
        uitleg.stap(f"Het elektronisch identificatiemiddel heeft betrouwbaarheidsniveau {eid.niveau.value}; "
                    "vereist is ten minste substantieel", "art. 1 onder j Pw")
        return False
    if eid.uitgegeven_in is Uitgifte.NEDERLAND:
        uitleg.stap(f"In Nederland uitgegeven elektronisch identificatiemiddel van niveau {eid.niveau.value}",
                    "art. 1 onder j onder 1° Pw")
        return True
    if not eid.grensoverschrijdend_erkend:
        uitleg.stap("Het middel uit een andere staat is niet erkend voor grensoverschrijdende authenticatie",
                    "art. 1 onder j onder 2° Pw")
        return False
    uitleg.stap(f"In een andere EU- of EER-staat uitgegeven, erkend middel van niveau {eid.niveau.value}",
                "art. 1 onder j onder 2° Pw")
    return True


def _nieuwe_regel(feiten: IdentificatieFeiten, uitleg: Uitleg) -> IdentificatieBesluit:
    if feiten.document in WID_1_TOT_EN_MET_4:
        datum = " (voorlopig: datum van de nieuwe tekst)" if feiten.document not in WID_1_TOT_EN_MET_3 else ""
        uitleg.stap(f"Document {feiten.document.value} is een document van art. 1 lid 1 onder 1° tot en met 4° "
                    f"Wid{datum}", LID_3)
        return IdentificatieBesluit(True, Middel.DOCUMENT, LID_3, uitleg)
    uitleg.stap("Geen document van art. 1 lid 1 onder 1° tot en met 4° Wid getoond" if feiten.document is None
                else f"Document {feiten.document.value} is geen document van art. 1 lid 1 onder 1° tot en met 4° Wid",
                LID_3)
    if feiten.eid is None:
        uitleg.stap("De aanvraag is niet met een elektronisch identificatiemiddel gedaan", MET_EID)
        return IdentificatieBesluit(False, Middel.GEEN, LID_3, uitleg)
    if _eid_voldoet(feiten.eid, uitleg):
        uitleg.stap("De aanvraag is gedaan met een elektronisch identificatiemiddel: de identiteit is vastgesteld "
                    "(voorlopig: datum van de nieuwe tekst)", MET_EID)
        return IdentificatieBesluit(True, Middel.ELEKTRONISCH_IDENTIFICATIEMIDDEL, MET_EID, uitleg)
    return IdentificatieBesluit(False, Middel.GEEN, MET_EID, uitleg)


def _oude_regel(feiten: IdentificatieFeiten, uitleg: Uitleg) -> IdentificatieBesluit:
    if feiten.document in WID_1_TOT_EN_MET_3:
        uitleg.stap(f"Document {feiten.document.value} is een document van art. 1 lid 1 onder 1° tot en met 3° Wid",
                    LID_3_OUD)
        return IdentificatieBesluit(True, Middel.DOCUMENT, LID_3_OUD, uitleg)
    if feiten.document is Identiteitsdocument.RIJBEWIJS:
        uitleg.stap("Een rijbewijs (art. 1 lid 1 onder 4° Wid) telt pas met de nieuwe tekst van lid 3", LID_3_OUD)
    else:
        uitleg.stap("Geen document van art. 1 lid 1 onder 1° tot en met 3° Wid getoond", LID_3_OUD)
    if feiten.eid is not None:
        uitleg.stap("Identificatie met een elektronisch identificatiemiddel kent lid 3 pas met de nieuwe tekst",
                    LID_3_OUD)
    return IdentificatieBesluit(False, Middel.GEEN, LID_3_OUD, uitleg)


def identificatie(feiten: IdentificatieFeiten, stand: Wetstand) -> IdentificatieBesluit:
    """Is de identiteit van de belanghebbende vastgesteld, en waarmee?"""
    _controleer(feiten)
    uitleg = Uitleg.voor(stand)
    if feiten.document not in WID_1_TOT_EN_MET_3 and (
            feiten.document is Identiteitsdocument.RIJBEWIJS or feiten.eid is not None):
        uitleg.interpretatie("M10-rijbewijs-voor-verzamelwet")
    return _nieuwe_regel(feiten, uitleg) if stand.in_werking("M10") else _oude_regel(feiten, uitleg)
