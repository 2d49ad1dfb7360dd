"""M08 Terugwerkende kracht (art. 44 lid 1 en 5 Pw, met lid 3).

Stelt het college vast dat recht op bijstand bestaat, dan wordt de bijstand toegekend vanaf de
dag waarop het recht ontstond, maar niet vóór de dag waarop de belanghebbende zich meldde
(lid 1). Sinds 1 januari 2026 kan het college, in afwijking van lid 1, de bijstand toekennen vanaf
een dag die ten hoogste drie maanden vóór de melding ligt, als individuele omstandigheden daartoe
noodzaken (lid 5). Dat oordeel is invoer. Ook dan gaat de bijstand niet in vóór het recht ontstond
(lid 1: bijstand vanaf de dag waarop "dit recht is ontstaan"). Een gemeente kan als vast beleid
minder ver teruggaan (`beleid.maximumTerugwerkendeKrachtMaanden`, standaard het wettelijke
maximum, nooit meer).

Lid 3 (ook vóór 2026): dient de belanghebbende de aanvraag verwijtbaar niet zo spoedig mogelijk
na de melding in, dan kan het college besluiten dat de bijstand ingaat op de dag van de aanvraag.
Dat besluit is invoer; het sluit lid 5 uit (het ene oordeel zegt dat individuele omstandigheden
een eerdere ingang noodzaken, het andere dat de belanghebbende een latere ingang te verwijten valt).

Vóór 2026 kende art. 44 geen lid 5 en geen andere vorm daarvan: de bijstand ging niet in vóór de
melding. De rechtspraak (CRvB, "bijzondere omstandigheden") die daarop uitzonderingen toeliet, is
geen wettekst en wordt niet nagebootst.

`voorlopig` (art. 44 lid 5 Pw zegt niet hoe maanden worden geteld): de dag "drie maanden vóór de
melding" is dezelfde dagdatum drie maanden eerder; heeft die maand zo'n dag niet, dan de laatste
dag van die maand (`plus_maanden`). Drie maanden vóór 31 mei is dus 28 februari (29 in een
schrikkeljaar).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reference.catalogus import inwerkingtreding
from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import plus_maanden

LID_1 = "art. 44 lid 1 Pw"
LID_3 = "art. 44 lid 3 Pw"
LID_5 = "art. 44 lid 5 Pw"


@dataclass(frozen=True)
class Ingangsfeiten:
    datum_melding: date
    datum_recht_ontstaan: date
    college_acht_terugwerkende_kracht_noodzakelijk: bool = False  # art. 44 lid 5 Pw: oordeel van het college
    datum_aanvraag: date | None = None
    college_besluit_ingang_op_aanvraagdatum: bool = False  # art. 44 lid 3 Pw: besluit van het college
    maximum_maanden_beleid: int | None = None  # beleid.maximumTerugwerkendeKrachtMaanden; None = wettelijk maximum


@dataclass(frozen=True)
class Ingangsbesluit:
    ingangsdatum: date
    terugwerkende_kracht: bool
    grens_terugwerkende_kracht: date | None  # de vroegste dag die lid 5 toelaat; None vóór 2026
    grondslag: str
    uitleg: Uitleg


def controleer(feiten: Ingangsfeiten, peildatum: date) -> None:
    """Weiger feiten die niet kunnen: een melding of aanvraag na de peildatum, een aanvraag vóór de melding."""
    bezwaren = []
    if feiten.datum_melding > peildatum:
        bezwaren.append(Bezwaar("datumMelding", "de melding ligt na de peildatum"))
    if feiten.datum_aanvraag is not None and feiten.datum_aanvraag < feiten.datum_melding:
        bezwaren.append(Bezwaar("datumAanvraag", "de aanvraag ligt vóór de melding"))
    elif feiten.datum_aanvraag is not None and feiten.datum_aanvraag > peildatum:
        bezwaren.append(Bezwaar("datumAanvraag", "de aanvraag ligt na de peildatum"))
    if feiten.college_besluit_ingang_op_aanvraagdatum and feiten.datum_aanvraag is None:
        bezwaren.append(Bezwaar("datumAanvraag", "nodig als het college toepassing geeft aan art. 44 lid 3 Pw"))
    if feiten.college_besluit_ingang_op_aanvraagdatum and feiten.college_acht_terugwerkende_kracht_noodzakelijk:
        bezwaren.append(Bezwaar("collegeBesluitIngangOpAanvraagdatum",
                                "art. 44 lid 3 en lid 5 Pw sluiten elkaar uit"))
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def _lid_1(feiten: Ingangsfeiten, uitleg: Uitleg) -> date:
    melding, ontstaan = feiten.datum_melding, feiten.datum_recht_ontstaan
    if ontstaan < melding:
        uitleg.stap(f"Het recht ontstond op {ontstaan}, vóór de melding op {melding}: de bijstand gaat niet in "
                    f"vóór de melding", LID_1)
        return melding
    uitleg.stap(f"Het recht ontstond op {ontstaan}, niet vóór de melding op {melding}: de bijstand gaat in op de "
                f"dag waarop het recht ontstond", LID_1)
    return ontstaan


def _lid_3(feiten: Ingangsfeiten, uitleg: Uitleg) -> date | None:
    if not feiten.college_besluit_ingang_op_aanvraagdatum or feiten.datum_aanvraag is None:
        return None
    ingang = max(feiten.datum_aanvraag, feiten.datum_recht_ontstaan)
    uitleg.stap(f"De belanghebbende diende de aanvraag verwijtbaar niet zo spoedig mogelijk na de melding in; het "
                f"college besluit dat de bijstand ingaat op de dag van de aanvraag ({feiten.datum_aanvraag}), niet "
                f"vóór het ontstaan van het recht: {ingang}", LID_3)
    return ingang


def _besluit(ingang: date, feiten: Ingangsfeiten, grens: date | None, grondslag: str, uitleg: Uitleg) -> Ingangsbesluit:
    return Ingangsbesluit(ingang, ingang < feiten.datum_melding, grens, grondslag, uitleg)


def _regel_tot_2026(feiten: Ingangsfeiten, stand: Wetstand) -> Ingangsbesluit:
    uitleg = Uitleg.voor(stand)
    ingang = _lid_1(feiten, uitleg)
    na_aanvraag = _lid_3(feiten, uitleg)
    if na_aanvraag is not None:
        return _besluit(na_aanvraag, feiten, None, LID_3, uitleg)
    if feiten.college_acht_terugwerkende_kracht_noodzakelijk:
        uitleg.stap(f"Bijstand vóór de melding op grond van individuele omstandigheden kan pas vanaf "
                    f"{inwerkingtreding('M08')}; op de peildatum geldt lid 1 zonder uitzondering", LID_5)
    return _besluit(ingang, feiten, None, LID_1, uitleg)


def _maximum(feiten: Ingangsfeiten, stand: Wetstand, uitleg: Uitleg) -> int:
    wettelijk = stand.aantal("terugwerkende_kracht.maximum_maanden")
    if feiten.maximum_maanden_beleid is None:
        uitleg.stap(f"Geen eigen beleid: ten hoogste {wettelijk.waarde} maanden vóór de melding", LID_5, wettelijk)
        return wettelijk.waarde
    if feiten.maximum_maanden_beleid > wettelijk.waarde:
        raise OngeldigeFeiten([Bezwaar("beleid.maximumTerugwerkendeKrachtMaanden",
                                       f"de wet staat ten hoogste {wettelijk.waarde} maanden toe ({LID_5})")])
    uitleg.stap(f"Beleid van de gemeente: ten hoogste {feiten.maximum_maanden_beleid} maanden vóór de melding "
                f"(wettelijk ten hoogste {wettelijk.waarde})", LID_5, wettelijk)
    return feiten.maximum_maanden_beleid


def _regel_vanaf_2026(feiten: Ingangsfeiten, stand: Wetstand) -> Ingangsbesluit:
    uitleg = Uitleg.voor(stand)
    ingang = _lid_1(feiten, uitleg)
    grens = plus_maanden(feiten.datum_melding, -_maximum(feiten, stand, uitleg))
    if grens.day != feiten.datum_melding.day:
        uitleg.interpretatie("M08-maanden-terugtellen")
    na_aanvraag = _lid_3(feiten, uitleg)
    if na_aanvraag is not None:
        return _besluit(na_aanvraag, feiten, grens, LID_3, uitleg)
    if not feiten.college_acht_terugwerkende_kracht_noodzakelijk:
        uitleg.stap("Het college acht geen individuele omstandigheden aanwezig die toekenning vóór de melding "
                    "noodzakelijk maken: lid 5 wordt niet toegepast", LID_5)
        return _besluit(ingang, feiten, grens, LID_1, uitleg)
    if feiten.datum_recht_ontstaan >= feiten.datum_melding:
        uitleg.stap("Het recht ontstond niet vóór de melding: terugwerkende kracht heeft geen gevolg", LID_5)
        return _besluit(ingang, feiten, grens, LID_1, uitleg)
    ingang = max(feiten.datum_recht_ontstaan, grens)
    uitleg.stap(f"Individuele omstandigheden noodzaken tot toekenning vóór de melding: vanaf {ingang}, niet vóór "
                f"{grens} en niet vóór het ontstaan van het recht op {feiten.datum_recht_ontstaan}", LID_5)
    return _besluit(ingang, feiten, grens, LID_5 if ingang < feiten.datum_melding else LID_1, uitleg)


def terugwerkende_kracht(feiten: Ingangsfeiten, stand: Wetstand) -> Ingangsbesluit:
    """Vanaf welke dag wordt de bijstand toegekend, en gaat die terug tot vóór de melding?"""
    controleer(feiten, stand.peildatum)
    return _regel_vanaf_2026(feiten, stand) if stand.in_werking("M08") else _regel_tot_2026(feiten, stand)
