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

`voorlopig` (letterlijke lezing van de derde zin): de uitzondering geldt voor beide bronnen alleen als
de ministeriële regeling het gegeven aanwijst; een authentiek gegeven dat de regeling niet noemt, moet
dus toch worden gemeld.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

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
    bron: Gegevensbron
    gegeven_aangewezen_bij_regeling: bool = False  # derde zin
    uitvoerder: Uitvoeringsorgaan = Uitvoeringsorgaan.COLLEGE


@dataclass(frozen=True)
class Inlichtingenbesluit:
    meldplicht: bool
    uitzondering: Gegevensbron | None
    grondslag: str
    uitleg: Uitleg


def inlichtingenplicht(feiten: Inlichtingenfeiten) -> Inlichtingenbesluit:
    """Moet de belanghebbende dit feit melden, of kent de uitvoerder het uit een bron die hij mag raadplegen?"""
    uitleg = Uitleg()
    svb = feiten.uitvoerder is Uitvoeringsorgaan.SVB
    grondslag = "art. 17 lid 1 en art. 47b Pw" if svb else LID_1
    wie = "de Sociale verzekeringsbank" if svb else "het college"
    if svb:
        uitleg.stap("Voor de aanvullende inkomensvoorziening ouderen geldt art. 17 met de SVB in plaats van het "
                    "college", "art. 47b Pw")
    if not feiten.van_invloed:
        uitleg.stap("Het feit kan niet van invloed zijn op de arbeidsinschakeling of het recht op bijstand",
                    LID_1)
        return Inlichtingenbesluit(False, None, grondslag, uitleg)
    if feiten.bron is Gegevensbron.GEEN:
        uitleg.stap(f"{wie.capitalize()} kan het feit niet zelf vaststellen of verkrijgen: melden", LID_1)
        return Inlichtingenbesluit(True, None, grondslag, uitleg)
    if not feiten.gegeven_aangewezen_bij_regeling:
        uitleg.stap("De ministeriële regeling wijst dit gegeven niet aan voor de uitzondering: toch melden "
                    "(voorlopig, letterlijke lezing van de derde zin)", LID_1)
        return Inlichtingenbesluit(True, None, grondslag, uitleg)
    authentiek = feiten.bron is Gegevensbron.AUTHENTIEK_GEGEVEN
    bron = ("bij wettelijk voorschrift als authentiek aangemerkte gegevens" if authentiek
            else "een bij ministeriële regeling aangewezen administratie")
    uitleg.stap(f"{wie.capitalize()} kan het feit vaststellen uit {bron}: de plicht geldt niet", LID_1)
    return Inlichtingenbesluit(False, feiten.bron, grondslag, uitleg)
