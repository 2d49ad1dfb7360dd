"""Vertaling van de beoordeling afstemming (M22, art. 18 en 18b Pw)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from api.vertaling.gemeenschappelijk import Json, bedrag, datum, uitleg
from reference import (
    AfgestemdeVerlaging,
    Afstemmingsbeleid,
    Afstemmingsfeiten,
    Afstemmingsverplichting,
    Parameterboek,
    Taaleisfeiten,
    VorigeVerlaging,
    afstemming,
)


def procent(waarde: Decimal) -> str:
    """Een percentage in de contractvorm: `"100"`, `"12.5"`, zonder exponent of overbodige nullen."""
    return format(waarde.normalize(), "f")


def _getal(tekst: Any) -> Decimal | None:
    return None if tekst is None else Decimal(tekst)


def afstemmingsfeiten(verzoek: Json, beleid: Json) -> Afstemmingsfeiten:
    """De feiten van een verlaging; zonder `bijstandsnorm` is die nul (de berekening vult haar in)."""
    vorige, taal, afgestemd = verzoek.get("vorigeVerlaging"), verzoek.get("taaleis"), verzoek.get("afgestemdeVerlaging")
    verzuim = verzoek.get("datumVerzuim")
    return Afstemmingsfeiten(
        verplichting=Afstemmingsverplichting(verzoek["soortVerplichting"]),
        bijstandsnorm=bedrag(verzoek, "bijstandsnorm"),
        datum_verzuim=None if verzuim is None else datum(verzuim),
        vorige_verlaging=None if vorige is None else VorigeVerlaging(vorige["lid"], datum(vorige["opgelegdOp"])),
        taaleis=None if taal is None else Taaleisfeiten(
            kennisgeving_op=datum(taal["kennisgevingOp"]),
            toets_toont_onvoldoende_voortgang=taal.get("toetsToontOnvoldoendeVoortgang", False),
            bereid_met_voldoende_voortgang=taal.get("bereidMetVoldoendeVoortgang", False),
        ),
        verwijtbaarheid_ontbreekt=verzoek.get("verwijtbaarheidOntbreekt", False),
        afgestemd=None if afgestemd is None else AfgestemdeVerlaging(
            Decimal(afgestemd["percentage"]), afgestemd["reden"], afgestemd.get("duurInMaanden")),
        beleid=Afstemmingsbeleid(
            duur_eerste_verzuim=beleid.get("afstemmingDuurEersteVerzuimInMaanden"),
            duur_recidive=beleid.get("afstemmingDuurRecidiveInMaanden"),
            verrekening_maanden=beleid.get("afstemmingVerrekeningInMaanden"),
            percentage_overige=_getal(beleid.get("afstemmingPercentageOverigeVerplichting")),
            duur_overige=beleid.get("afstemmingDuurOverigeVerplichtingInMaanden"),
        ),
    )


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    besluit = afstemming(afstemmingsfeiten(verzoek, verzoek.get("beleid", {})), boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "opgelegd": besluit.opgelegd,
        "percentage": procent(besluit.percentage),
        "duurInMaanden": besluit.duur_in_maanden,
        "verlagingPerMaand": str(besluit.verlaging_per_maand),
        "verrekening": [str(b) for b in besluit.verrekening],
        "verrekenmaanden": len(besluit.verrekening),
        "heroverwegingBinnenMaanden": besluit.heroverweging_binnen_maanden,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
