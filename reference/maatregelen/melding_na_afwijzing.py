"""M12 Melding na afwijzing Bbz/IOAW/IOAZ (art. 43 lid 6 en art. 44 lid 1 Pw).

Meldt de belanghebbende zich onverwijld na de afwijzing van een aanvraag voor een uitkering op
grond van art. 78f (Bbz), de IOAW of de IOAZ voor een aanvraag van algemene bijstand, dan geldt de
datum van melding voor die eerdere aanvraag tevens als melding van art. 44. Anders telt de eigen
melding voor algemene bijstand (art. 44 lid 1).

"Onverwijld" is een open norm zonder termijn in de wet: het oordeel van het college is invoer en
is alleen nodig als het de uitkomst bepaalt. Een melding vóór de afwijzing is niet "na afwijzing".
`voorlopig` (art. 43 lid 6 Pw): of een melding op de dag van de afwijzing zelf "na afwijzing" ligt,
regelt de wet niet (datums kennen geen tijdstip); pwib neemt aan van wel.

Vóór 1 januari 2026 bestond lid 6 niet: dan telt altijd de eigen melding, en het besluit noemt de
datum vanaf wanneer lid 6 geldt. Overgangsrecht kent de wet hiervoor niet (art. 78ff): de
peildatum beslist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from reference.catalogus import inwerkingtreding
from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg

LID_6 = "art. 43 lid 6 Pw"
EIGEN_MELDING = "art. 44 lid 1 Pw"


class Afwijzingsregeling(Enum):
    """De regeling waarvoor de eerdere aanvraag is afgewezen."""

    BBZ = "bbz"  # art. 78f Pw (Besluit bijstandverlening zelfstandigen 2004)
    IOAW = "ioaw"
    IOAZ = "ioaz"
    ANDERE = "andere"  # elke andere uitkering, bijvoorbeeld WW


NAAM = {Afwijzingsregeling.BBZ: "Bbz (art. 78f Pw)", Afwijzingsregeling.IOAW: "IOAW",
        Afwijzingsregeling.IOAZ: "IOAZ", Afwijzingsregeling.ANDERE: "een andere regeling"}


@dataclass(frozen=True)
class AfgewezenAanvraag:
    regeling: Afwijzingsregeling
    meldingsdatum: date
    afwijzingsdatum: date


@dataclass(frozen=True)
class MeldingNaAfwijzingFeiten:
    meldingsdatum: date  # de melding voor algemene bijstand
    afgewezen_aanvraag: AfgewezenAanvraag | None = None
    onverwijld_na_afwijzing: bool | None = None  # oordeel van het college


@dataclass(frozen=True)
class MeldingNaAfwijzingBesluit:
    meldingsdatum: date
    van_toepassing: bool
    van_toepassing_vanaf: date
    grondslag: str
    uitleg: Uitleg


def _controleer(feiten: MeldingNaAfwijzingFeiten) -> None:
    eerder = feiten.afgewezen_aanvraag
    if eerder is not None and eerder.afwijzingsdatum < eerder.meldingsdatum:
        raise OngeldigeFeiten([Bezwaar("afgewezenAanvraag.afwijzingsdatum",
                                       "een aanvraag kan niet zijn afgewezen vóór de melding ervoor")])


def _eigen_melding(feiten: MeldingNaAfwijzingFeiten, reden: str, uitleg: Uitleg) -> MeldingNaAfwijzingBesluit:
    """Lid 6 geldt niet (reden): de eigen melding telt."""
    uitleg.stap(reden, LID_6)
    uitleg.stap(f"Als melding telt de eigen melding voor algemene bijstand op {feiten.meldingsdatum}", EIGEN_MELDING)
    return MeldingNaAfwijzingBesluit(feiten.meldingsdatum, False, inwerkingtreding("M12"), EIGEN_MELDING, uitleg)


def _nieuwe_regel(feiten: MeldingNaAfwijzingFeiten, uitleg: Uitleg) -> MeldingNaAfwijzingBesluit:
    eerder = feiten.afgewezen_aanvraag
    if eerder is None:
        return _eigen_melding(feiten, "Er is geen eerdere afgewezen aanvraag", uitleg)
    if eerder.regeling is Afwijzingsregeling.ANDERE:
        return _eigen_melding(feiten, "De afgewezen aanvraag gold niet de Bbz (art. 78f), de IOAW of de IOAZ", uitleg)
    if feiten.meldingsdatum < eerder.afwijzingsdatum:
        return _eigen_melding(feiten, f"De melding ({feiten.meldingsdatum}) ligt vóór de afwijzing "
                                      f"({eerder.afwijzingsdatum}), dus niet na afwijzing", uitleg)
    if feiten.meldingsdatum == eerder.afwijzingsdatum:
        uitleg.interpretatie("M12-melding-op-de-dag-van-afwijzing")
    if feiten.onverwijld_na_afwijzing is None:
        raise OngeldigeFeiten([Bezwaar("onverwijldNaAfwijzing",
                                       "het oordeel van het college of de melding onverwijld na de afwijzing "
                                       "volgde, is nodig")])
    if not feiten.onverwijld_na_afwijzing:
        return _eigen_melding(feiten, "Het college acht de melding niet onverwijld na de afwijzing", uitleg)
    uitleg.stap(f"Onverwijld na afwijzing van de aanvraag voor {NAAM[eerder.regeling]} gemeld: de melding voor die "
                f"aanvraag ({eerder.meldingsdatum}) geldt tevens als melding, niet de eigen melding "
                f"({feiten.meldingsdatum})", LID_6)
    return MeldingNaAfwijzingBesluit(eerder.meldingsdatum, True, inwerkingtreding("M12"), LID_6, uitleg)


def _oude_regel(feiten: MeldingNaAfwijzingFeiten, uitleg: Uitleg) -> MeldingNaAfwijzingBesluit:
    return _eigen_melding(feiten, f"Art. 43 lid 6 geldt pas vanaf {inwerkingtreding('M12')}", uitleg)


def melding_na_afwijzing(feiten: MeldingNaAfwijzingFeiten, stand: Wetstand) -> MeldingNaAfwijzingBesluit:
    """Welke datum geldt als melding voor algemene bijstand (art. 44), na een afgewezen eerdere aanvraag?"""
    _controleer(feiten)
    uitleg = Uitleg.voor(stand)
    return _nieuwe_regel(feiten, uitleg) if stand.in_werking("M12") else _oude_regel(feiten, uitleg)
