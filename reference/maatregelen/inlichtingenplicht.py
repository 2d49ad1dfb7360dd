"""M26 Inlichtingenplicht (art. 17 lid 1 Pw, voor de SVB met art. 47b Pw).

De belanghebbende meldt het college op verzoek of onverwijld uit eigen beweging alle feiten en
omstandigheden waarvan hem redelijkerwijs duidelijk moet zijn dat zij van invloed kunnen zijn op zijn
arbeidsinschakeling of het recht op bijstand (eerste zin; dat oordeel is invoer). De plicht geldt niet
als het college die feiten kan vaststellen op grond van bij wettelijk voorschrift als authentiek
aangemerkte gegevens, of ze kan verkrijgen uit bij ministeriële regeling aan te wijzen administraties
(tweede zin). Bij ministeriële regeling wordt bepaald voor welke gegevens de tweede zin geldt (derde zin).
Voor de aanvullende inkomensvoorziening ouderen leest art. 47b Pw in art. 17 "de Sociale
verzekeringsbank" voor "het college": dezelfde uitzondering. Niet nakomen leidt tot een bestuurlijke boete
(art. 18a), niet tot afstemming (art. 18 lid 2 zondert art. 17 lid 1 uit). Art. 17 lid 1 verandert per
1 januari 2026 niet; de regel is ervoor en erna dezelfde.

Welke soort gegeven uit welke bron komt en of het is uitgezonderd, staat met datum en grondslag in de
lijst `parameters/lijsten/inlichtingenplicht.yaml` (`gegevensbronnen`); de regel beslist uit die lijst.
`voorlopig` (in de lijst per gegeven): de ministeriële regeling van de derde zin staat niet in de
bronnen; pwib neemt de bronnen die art. 53a lid 1 Pw noemt als aangewezen. Een gegeven met een bron dat
de lijst niet uitzondert, moet de belanghebbende toch melden (letterlijke lezing van de derde zin).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reference.gegevensbronnen import Bronnenstand
from reference.uitleg import Uitleg

LID_1 = "art. 17 lid 1 Pw"


class Uitvoeringsorgaan(Enum):
    COLLEGE = "college"
    SVB = "socialeVerzekeringsbank"  # art. 47a en 47b Pw


class Gegevensbron(Enum):
    GEEN = "geen"
    AUTHENTIEK_GEGEVEN = "authentiekGegeven"  # bij wettelijk voorschrift als authentiek aangemerkt
    AANGEWEZEN_ADMINISTRATIE = "aangewezenAdministratie"  # bij ministeriële regeling aangewezen


@dataclass(frozen=True)
class Inlichtingenfeiten:
    van_invloed: bool  # redelijkerwijs duidelijk dat het van invloed kan zijn: oordeel
    gegeven: str  # de soort gegeven, een naam uit de lijst van gegevensbronnen
    uitvoerder: Uitvoeringsorgaan = Uitvoeringsorgaan.COLLEGE


@dataclass(frozen=True)
class Inlichtingenbesluit:
    meldplicht: bool
    uitzondering: Gegevensbron | None
    administratie: str | None  # de bron waaruit de uitvoerder het gegeven kent, als die er is
    grondslag: str
    uitleg: Uitleg


def inlichtingenplicht(feiten: Inlichtingenfeiten, bronnen: Bronnenstand) -> Inlichtingenbesluit:
    """Moet de belanghebbende dit gegeven melden, of kent de uitvoerder het uit een bron die hij mag raadplegen?"""
    uitleg = Uitleg()
    svb = feiten.uitvoerder is Uitvoeringsorgaan.SVB
    grondslag = "art. 17 lid 1 en art. 47b Pw" if svb else LID_1
    wie = "de Sociale verzekeringsbank" if svb else "het college"
    vermelding = bronnen.bron(feiten.gegeven)
    if svb:
        uitleg.stap("Voor de aanvullende inkomensvoorziening ouderen geldt art. 17 met de SVB in plaats van het "
                    "college", "art. 47b Pw")
    if not feiten.van_invloed:
        uitleg.stap("Het feit kan niet van invloed zijn op de arbeidsinschakeling of het recht op bijstand",
                    LID_1)
        return Inlichtingenbesluit(False, None, vermelding.administratie, grondslag, uitleg)
    bron = Gegevensbron(vermelding.bron)
    if bron is Gegevensbron.GEEN:
        uitleg.stap(f"{vermelding.omschrijving}: {wie} kan het niet zelf vaststellen of verkrijgen: melden",
                    LID_1, vermelding.vermelding)
        return Inlichtingenbesluit(True, None, None, grondslag, uitleg)
    if not vermelding.uitgezonderd:
        uitleg.stap(f"{vermelding.omschrijving}: staat in {vermelding.administratie}, maar de ministeriële regeling "
                    "wijst het niet aan voor de uitzondering: toch melden", LID_1, vermelding.vermelding)
        return Inlichtingenbesluit(True, None, vermelding.administratie, grondslag, uitleg)
    soort = ("bij wettelijk voorschrift als authentiek aangemerkte gegevens" if bron is Gegevensbron.AUTHENTIEK_GEGEVEN
             else "een aangewezen administratie")
    uitleg.stap(f"{vermelding.omschrijving}: {wie} kan het vaststellen uit {soort} ({vermelding.administratie}): "
                f"de plicht geldt niet{' (voorlopig)' if vermelding.vermelding.voorlopig else ''}",
                LID_1, vermelding.vermelding)
    return Inlichtingenbesluit(False, bron, vermelding.administratie, grondslag, uitleg)
