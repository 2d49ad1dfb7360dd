"""M07 Zoektermijn jongeren (art. 41 lid 4, 11 en 12 Pw).

Een aanvraag van algemene bijstand die alleen ziet op een alleenstaande (ouder) jonger dan 27
jaar, of op gehuwden die beiden jonger dan 27 jaar zijn, wordt niet eerder ingediend en niet
eerder in behandeling genomen dan vier weken na de melding (lid 4, eerste zin). Dat geldt niet
(lid 4, tweede zin): (a) voor de duur van een jaar wanneer een van de personen uiterlijk een jaar
vóór de aanvraag ingeschreven stond bij het praktijkonderwijs of het voortgezet speciaal
onderwijs; (b) wanneer een van de personen medisch urenbeperkt is of tot de doelgroep
loonkostensubsidie behoort. In alle andere gevallen stelt het college de belanghebbende na de
melding onverwijld in de gelegenheid een aanvraag in te dienen (lid 12).

Sinds 1 januari 2026 kan het college de aanvraag vóór het verstrijken van de vier weken in
behandeling nemen als naar zijn oordeel de omstandigheden van de belanghebbende of het gezin
daartoe aanleiding geven (lid 11). Dat oordeel is invoer. Lid 11 wijkt af "van het vierde lid",
dus van beide zinsdelen: wie het college eerder in behandeling neemt, mag ook eerder indienen.
Vóór 2026 bestond die bevoegdheid niet; de regel was verder dezelfde.

Onderdeel a: wie uiterlijk een jaar vóór de aanvraag ingeschreven stond, is wie op de dag van de
aanvraag niet meer dan een jaar na de laatste dag van inschrijving zit (`plus_maanden`, zodat een
jaar na 29 februari 28 februari is). De vroegste aanvraag is op de dag van de melding, dus de
uitzondering geldt als de melding uiterlijk op die dag ligt.

`voorlopig` (art. 41 lid 4 Pw zegt niet op welke dag de leeftijd telt): pwib neemt de dag van de
aanvraag, de meest letterlijke lezing ("een aanvraag die alleen ziet op ... jonger dan 27 jaar").
Wordt de belanghebbende (of bij gehuwden een van beiden) binnen de vier weken 27, dan kan de
aanvraag vanaf die verjaardag worden ingediend. Wie op 29 februari is geboren, verjaart op 1 maart.
`voorlopig` ook: de tekst van art. 41 vóór 2026 staat niet in de bronnen; de grondslag noemt de
nummering van de tekst per 1 januari 2026.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reference.catalogus import inwerkingtreding
from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import plus_maanden

LID_4 = "art. 41 lid 4 Pw"
LID_4_A = "art. 41 lid 4 onder a Pw"
LID_4_B = "art. 41 lid 4 onder b Pw"
LID_11 = "art. 41 lid 11 Pw"
LID_12 = "art. 41 lid 12 Pw"


@dataclass(frozen=True)
class Zoektermijnfeiten:
    datum_melding: date
    geboortedatum: date
    geboortedatum_partner: date | None = None  # alleen bij gehuwden
    inschrijving_pro_of_vso_tot: date | None = None  # laatste dag van inschrijving van een van de personen
    medisch_urenbeperkt_of_doelgroep_loonkostensubsidie: bool = False  # een van de personen
    college_neemt_eerder_in_behandeling: bool = False  # art. 41 lid 11 Pw: oordeel van het college


@dataclass(frozen=True)
class Zoektermijnbesluit:
    vroegste_aanvraagdatum: date
    zoektermijn_geldt: bool
    grondslag: str
    uitleg: Uitleg


@dataclass(frozen=True)
class _Uitkomst:
    datum: date
    zoektermijn_geldt: bool
    grondslag: str


def verjaardag(geboortedatum: date, jaren: int) -> date:
    """De dag waarop iemand `jaren` oud wordt; wie op 29 februari is geboren, verjaart in een gewoon jaar op 1 maart."""
    try:
        return geboortedatum.replace(year=geboortedatum.year + jaren)
    except ValueError:
        return date(geboortedatum.year + jaren, 3, 1)


def controleer(feiten: Zoektermijnfeiten, peildatum: date) -> None:
    """Weiger feiten die niet kunnen: een melding na de peildatum, een geboorte na de melding."""
    bezwaren = []
    if feiten.datum_melding > peildatum:
        bezwaren.append(Bezwaar("datumMelding", "de melding ligt na de peildatum"))
    for veld, geboren in (("geboortedatum", feiten.geboortedatum),
                          ("geboortedatumPartner", feiten.geboortedatum_partner)):
        if geboren is not None and geboren >= feiten.datum_melding:
            bezwaren.append(Bezwaar(veld, "de geboortedatum ligt niet vóór de melding"))
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def _zonder_lid_11(feiten: Zoektermijnfeiten, stand: Wetstand, uitleg: Uitleg) -> _Uitkomst:
    """Lid 4 met zijn uitzonderingen en lid 12: de regel zoals die ook vóór 2026 gold."""
    melding = feiten.datum_melding
    grens = stand.aantal("zoektermijn.leeftijdsgrens")
    geboortedata = [g for g in (feiten.geboortedatum, feiten.geboortedatum_partner) if g is not None]
    grensdag = min(verjaardag(g, grens.waarde) for g in geboortedata)
    wie = "de belanghebbende" if len(geboortedata) == 1 else "een van de echtgenoten"
    if grensdag <= melding:
        uitleg.stap(f"Op de dag van de melding ({melding}) is {wie} {grens.waarde} jaar of ouder: de zoektermijn "
                    f"van lid 4 geldt niet; het college stelt de belanghebbende na de melding onverwijld in de "
                    f"gelegenheid de aanvraag in te dienen", LID_12, grens)
        return _Uitkomst(melding, False, LID_12)
    uitleg.stap(f"De aanvraag ziet alleen op personen jonger dan {grens.waarde} jaar: de zoektermijn van lid 4 "
                f"geldt, tenzij een uitzondering van lid 4 onder a of b van toepassing is", LID_4, grens)
    if feiten.medisch_urenbeperkt_of_doelgroep_loonkostensubsidie:
        uitleg.stap("Een van de personen is medisch urenbeperkt of behoort tot de doelgroep loonkostensubsidie: "
                    "de zoektermijn geldt niet; de aanvraag kan direct na de melding worden ingediend (lid 12)",
                    LID_4_B)
        return _Uitkomst(melding, False, LID_4_B)
    uitleg.stap("Niemand is medisch urenbeperkt of behoort tot de doelgroep loonkostensubsidie: onderdeel b "
                "geldt niet", LID_4_B)
    if feiten.inschrijving_pro_of_vso_tot is not None:
        periode = stand.aantal("zoektermijn.periode_na_pro_of_vso")
        tot = plus_maanden(feiten.inschrijving_pro_of_vso_tot, 12 * periode.waarde)
        if melding <= tot:
            uitleg.stap(f"Inschrijving bij het praktijkonderwijs of voortgezet speciaal onderwijs tot en met "
                        f"{feiten.inschrijving_pro_of_vso_tot}: een aanvraag tot en met {tot} valt binnen het jaar "
                        f"daarna; de zoektermijn geldt niet en de aanvraag kan direct na de melding worden "
                        f"ingediend (lid 12)", LID_4_A, periode)
            return _Uitkomst(melding, False, LID_4_A)
        uitleg.stap(f"De inschrijving bij het praktijkonderwijs of voortgezet speciaal onderwijs eindigde op "
                    f"{feiten.inschrijving_pro_of_vso_tot}, meer dan een jaar vóór de melding: onderdeel a geldt "
                    f"niet", LID_4_A, periode)
    else:
        uitleg.stap("Geen inschrijving bij het praktijkonderwijs of voortgezet speciaal onderwijs opgegeven: "
                    "onderdeel a geldt niet", LID_4_A)
    termijn = stand.aantal("zoektermijn.termijn")
    na_termijn = melding + timedelta(weeks=termijn.waarde)
    if grensdag < na_termijn:
        uitleg.stap(f"Op {grensdag}, vóór het einde van de zoektermijn ({na_termijn}), wordt {wie} "
                    f"{grens.waarde} jaar; een aanvraag vanaf die dag ziet niet meer alleen op jongeren, zodat "
                    f"lid 4 niet meer geldt (de wet zegt niet op welke dag de leeftijd telt)",
                    LID_12, grens, termijn)
        uitleg.interpretatie("M07-leeftijd-op-de-dag-van-de-aanvraag")
        return _Uitkomst(grensdag, False, LID_12)
    uitleg.stap(f"De aanvraag wordt niet eerder ingediend en niet eerder in behandeling genomen dan "
                f"{termijn.waarde} weken na de melding: vanaf {na_termijn}", LID_4, termijn)
    return _Uitkomst(na_termijn, True, LID_4)


def _besluit(uitkomst: _Uitkomst, uitleg: Uitleg) -> Zoektermijnbesluit:
    return Zoektermijnbesluit(uitkomst.datum, uitkomst.zoektermijn_geldt, uitkomst.grondslag, uitleg)


def _regel_tot_2026(feiten: Zoektermijnfeiten, stand: Wetstand) -> Zoektermijnbesluit:
    uitleg = Uitleg.voor(stand)
    uitkomst = _zonder_lid_11(feiten, stand, uitleg)
    if feiten.college_neemt_eerder_in_behandeling and uitkomst.datum > feiten.datum_melding:
        uitleg.stap(f"Het college kan de aanvraag pas vanaf {inwerkingtreding('M07')} vóór het verstrijken van de "
                    f"termijn in behandeling nemen; op de peildatum geldt die bevoegdheid nog niet", LID_11)
    return _besluit(uitkomst, uitleg)


def _regel_vanaf_2026(feiten: Zoektermijnfeiten, stand: Wetstand) -> Zoektermijnbesluit:
    uitleg = Uitleg.voor(stand)
    uitkomst = _zonder_lid_11(feiten, stand, uitleg)
    if uitkomst.datum == feiten.datum_melding:
        if feiten.college_neemt_eerder_in_behandeling:
            uitleg.stap("Er geldt geen termijn om van af te wijken: lid 11 is niet nodig", LID_11)
        return _besluit(uitkomst, uitleg)
    if not feiten.college_neemt_eerder_in_behandeling:
        uitleg.stap("Het college heeft niet geoordeeld dat de omstandigheden van de belanghebbende of het gezin "
                    "aanleiding geven de aanvraag eerder in behandeling te nemen", LID_11)
        return _besluit(uitkomst, uitleg)
    vanaf = max(feiten.datum_melding, inwerkingtreding("M07"))
    if vanaf >= uitkomst.datum:
        uitleg.stap(f"Lid 11 geldt pas vanaf {inwerkingtreding('M07')} en brengt hier geen eerdere datum", LID_11)
        return _besluit(uitkomst, uitleg)
    uitleg.stap(f"Naar het oordeel van het college geven de omstandigheden van de belanghebbende of het gezin "
                f"aanleiding de aanvraag vóór het verstrijken van de termijn in behandeling te nemen: in afwijking "
                f"van lid 4 kan de aanvraag vanaf {vanaf} worden ingediend en behandeld", LID_11)
    return _besluit(_Uitkomst(vanaf, False, LID_11), uitleg)


def zoektermijn(feiten: Zoektermijnfeiten, stand: Wetstand) -> Zoektermijnbesluit:
    """Vanaf welke dag kan de belanghebbende na de melding de aanvraag indienen?"""
    controleer(feiten, stand.peildatum)
    return _regel_vanaf_2026(feiten, stand) if stand.in_werking("M07") else _regel_tot_2026(feiten, stand)
