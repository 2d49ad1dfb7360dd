"""Vertaling van de gedeelde vormen: datums, bedragen, het huishouden en de uitleg."""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

from reference import (
    TIJDELIJK_ELDERS_VOOR_MANTELZORG,
    Bedrag,
    Bezwaar,
    Huishouden,
    Mantelzorg,
    Medebewoner,
    OngeldigeFeiten,
    Overeenkomst,
    Parameterwaarde,
    Persoon,
    Uitleg,
    Verwijzing,
    verwijzingen,
)

Json = dict[str, Any]


def datum(tekst: str) -> date:
    return date.fromisoformat(tekst)


def bedrag(verzoek: Json, veld: str) -> Bedrag:
    """Een optioneel bedragveld; ontbreekt het, dan is het nul."""
    tekst = verzoek.get(veld)
    return Bedrag.nul() if tekst is None else Bedrag.van(tekst)


def optioneel_bedrag(gegevens: Json, veld: str) -> Bedrag | None:
    """Een optioneel bedragveld waarvan het ontbreken iets anders betekent dan nul."""
    tekst = gegevens.get(veld)
    return None if tekst is None else Bedrag.van(tekst)


def persoon(gegevens: Json) -> Persoon:
    return Persoon(leeftijd=gegevens["leeftijd"], aow_leeftijd_bereikt=gegevens.get("aowLeeftijdBereikt", False))


def medebewoner(gegevens: Json) -> Medebewoner:
    return Medebewoner(
        leeftijd=gegevens["leeftijd"],
        overeenkomst=Overeenkomst(gegevens.get("overeenkomst", "geen")),
        familie_eerste_of_tweede_graad=gegevens.get("familieEersteOfTweedeGraad", False),
        onderwijs_met_studiefinanciering=gegevens.get("onderwijsMetStudiefinanciering", False),
    )


def _mantelzorg(gegevens: Json | None) -> Mantelzorg | None:
    if gegevens is None:
        return None
    return Mantelzorg(
        intensieve_zorgbehoefte=gegevens.get("intensieveZorgbehoefte", False),
        hoofdverblijf_elders=gegevens.get("hoofdverblijfElders", False),
        tijdelijk=gegevens.get("tijdelijk", False),
    )


def _mantelzorg_in_huishouden(gegevens: Json) -> Mantelzorg | None:
    """`mantelzorg`, of het vervallen `mantelzorgElders` (true: alle drie de feiten); niet allebei."""
    if "mantelzorgElders" not in gegevens:
        return _mantelzorg(gegevens.get("mantelzorg"))
    if "mantelzorg" in gegevens:
        raise OngeldigeFeiten([Bezwaar("huishouden.mantelzorgElders",
                                       "vervallen veld naast huishouden.mantelzorg: geef alleen mantelzorg")])
    return TIJDELIJK_ELDERS_VOOR_MANTELZORG if gegevens["mantelzorgElders"] else None


def huishouden(gegevens: Json) -> Huishouden:
    partner = gegevens.get("partner")
    return Huishouden(
        belanghebbende=persoon(gegevens["belanghebbende"]),
        partner=None if partner is None else persoon(partner),
        ten_laste_komende_kinderen=gegevens.get("tenLasteKomendeKinderen", 0),
        medebewoners=tuple(medebewoner(m) for m in gegevens.get("medebewoners", [])),
        mantelzorg=_mantelzorg_in_huishouden(gegevens),
        partner_heeft_recht=gegevens.get("partnerHeeftRecht", True),
        partner_is_toeslagpartner=gegevens.get("partnerIsToeslagpartner", False),
        kind_rechtmatig_in_nederland=gegevens.get("kindRechtmatigInNederland", False),
        partner_gescheiden_levend=gegevens.get("partnerGescheidenLevend", False),
    )


def parameter(waarde: Parameterwaarde[Any]) -> Json:
    return {
        "naam": waarde.naam,
        "waarde": str(waarde.waarde),
        "eenheid": waarde.eenheid,
        "geldigVan": waarde.geldig_van.isoformat(),
        "geldigTot": None if waarde.geldig_tot is None else waarde.geldig_tot.isoformat(),
        "bron": waarde.bron,
        "voorlopig": waarde.voorlopig,
        "voorlopigOmdat": waarde.voorlopig_omdat,
        "indexering": None if waarde.indexering is None else {
            "grondslag": waarde.indexering.grondslag,
            "regel": waarde.indexering.regel,
            "volgende": waarde.indexering.volgende.isoformat(),
        },
    }


def uitleg(redenering: Uitleg) -> Json:
    return {
        "stappen": [
            {
                "omschrijving": stap.omschrijving,
                "artikel": stap.artikel,
                "parameters": [parameter(p) for p in stap.parameters],
            }
            for stap in redenering.stappen
        ],
        "voorlopig": redenering.voorlopig,
        "voorlopigeParameters": list(redenering.voorlopige_parameters),
        "interpretaties": [
            {"id": i.id, "maatregel": i.maatregel, "artikel": i.artikel, "lezing": i.lezing, "waarom": i.waarom,
             "status": i.status}
            for i in redenering.lezingen
        ],
    }


def verwijzing(bepaling: Verwijzing) -> Json:
    return {
        "regeling": bepaling.regeling,
        "artikel": bepaling.artikel,
        "lid": bepaling.lid,
        "onderdeel": bepaling.onderdeel,
        "subonderdeel": bepaling.subonderdeel,
        "tekstVanaf": None if bepaling.tekst_vanaf is None else bepaling.tekst_vanaf.isoformat(),
        "tekstTot": None if bepaling.tekst_tot is None else bepaling.tekst_tot.isoformat(),
        "voorlopig": bepaling.voorlopig,
        "juriconnect": bepaling.juriconnect,
    }


def grondslag(aanhaling: str, peildatum: date) -> Json:
    """Een grondslag van de referentie als `Grondslag` van het contract: de bepalingen (met de tekst die op de
    peildatum gold) en de zin zelf. Elk antwoord krijgt eigen objecten."""
    return {"verwijzingen": [dict(v) for v in _bepalingen(aanhaling, peildatum)], "tekst": aanhaling}


@functools.lru_cache(maxsize=4096)
def _bepalingen(aanhaling: str, peildatum: date) -> tuple[Json, ...]:
    """De ontlede bepalingen, onthouden: een aanhaling en een peildatum geven altijd dezelfde (de wetsindex en de
    regelingen zijn gegevens die het proces niet wijzigt)."""
    return tuple(verwijzing(v) for v in verwijzingen(aanhaling, peildatum))


_LIJSTEN_MET_ARTIKEL = ("toegepasteMaatregelen", "medebewoners", "perBetaling", "vrijlatingen")


def met_grondslagen(antwoord: Json) -> Json:
    """Het antwoord met elke grondslag als gegevens: `grondslag`, `normGrondslag`, `grondslagInkomstenvrijlating`,
    `grondslagVerlaging`, `maatwerk.grondslag`, `inkomenPartnerZonderRecht.grondslag` en het `artikel` in elk
    element van de lijsten die er een hebben. De enige plek waar de aanhalingen van de referentie het contract
    in gaan."""
    uit, peildatum = dict(antwoord), datum(antwoord["peildatum"])
    for veld in ("grondslag", "normGrondslag", "grondslagInkomstenvrijlating", "grondslagVerlaging"):
        if isinstance(uit.get(veld), str):
            uit[veld] = grondslag(uit[veld], peildatum)
    for veld in ("maatwerk", "inkomenPartnerZonderRecht"):
        if isinstance(uit.get(veld), dict):
            uit[veld] = {**uit[veld], "grondslag": grondslag(uit[veld]["grondslag"], peildatum)}
    for lijst in _LIJSTEN_MET_ARTIKEL:
        if lijst in uit:
            uit[lijst] = [{**element, "artikel": grondslag(element["artikel"], peildatum)} for element in uit[lijst]]
    return uit
