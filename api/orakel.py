"""De referentie als orakel: een verzoek van het contract beantwoord in-process, zonder Flask en zonder HTTP.

`pwib vergelijk` stelt elk gegenereerd verzoek aan het doel en aan dit orakel en vergelijkt de beslissende
velden. Het orakel doet wat de routes doen, in dezelfde volgorde en met dezelfde code: het verzoek toetsen
met de gecompileerde schema's van het contract (api.validatie), vertalen en beslissen (api.vertaling.*),
het maatwerk toepassen en de grondslagen als gegevens meegeven (`met_grondslagen`). Een fout in de
invoer wordt het lichaam van de 400 die de API zou sturen (api.problemen). Zo geeft het orakel dezelfde
beslissende velden als de API over HTTP; `tests/test_orakel.py` bewijst dat op gegenereerde verzoeken.

`uitleg=False` laat de uitleg uit het antwoord (de vergelijking vergelijkt hem nooit), zodat wie het antwoord
doorgeeft of bewaart hem niet meedraagt. De maandberekening bouwt hem dan ook niet: zij rekent op een wetstand
zonder uitleg (`Wetstand.met_uitleg`), waarop de regels hun stappen niet vastleggen.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from api.problemen import OngeldigeInvoer, als_ongeldige_invoer, ongeldige_invoer_inhoud
from api.routes.beoordelingen import BEOORDELINGEN
from api.routes.catalogus import geldende_parameters
from api.validatie import contractvalidatie
from api.vertaling import berekening, maatwerk
from api.vertaling.gemeenschappelijk import Json, met_grondslagen
from reference import OngeldigeFeiten, Parameterboek, ParameterOntbreekt, parameterboek

BEREKENING = "/berekeningen/bijstand"
_BEOORDELING = "/beoordelingen/"


class Orakel:
    """`orakel(methode, pad, lichaam, query)` -> (status, lichaam) zoals de referentie-API ze zou geven."""

    def __init__(self, boek: Parameterboek | None = None, uitleg: bool = True) -> None:
        self._boek = boek or parameterboek()
        self._validatie = contractvalidatie()
        self._uitleg = uitleg

    def __call__(self, methode: str, pad: str, lichaam: Any = None,
                 query: dict[str, str] | None = None) -> tuple[int, Any]:
        query = query or {}
        try:
            verzoek = lichaam if self._snel_geldig(methode, pad, lichaam, query) else self._validatie.verzoek(
                methode, pad, "application/json",
                b"" if lichaam is None else json.dumps(lichaam, ensure_ascii=False).encode(), query)
            return 200, self._beantwoord(methode, pad, verzoek, query)
        except (OngeldigeInvoer, OngeldigeFeiten, ParameterOntbreekt) as fout:
            return 400, ongeldige_invoer_inhoud(als_ongeldige_invoer(fout), "/v1" + pad)

    def _snel_geldig(self, methode: str, pad: str, lichaam: Any, query: dict[str, str]) -> bool:
        """Een lichaam zonder query, bij een operatie zonder verplichte parameter, dat het gecompileerde schema
        aanvaardt: dan hoeft het niet als tekst heen en terug (wat het schema weigert, gaat de volle weg, voor elk
        onjuist veld). Een facultatieve kopregel zoals `Prefer` stuurt het orakel nooit."""
        operatie = None if query or not isinstance(lichaam, dict) else self._validatie.operatie(methode, pad)
        return (operatie is not None and operatie.lichaam is not None
                and not any(p.verplicht for p in operatie.parameters) and operatie.lichaam.snel(lichaam))

    def _beantwoord(self, methode: str, pad: str, verzoek: Json, query: dict[str, str]) -> Json:
        if methode == "GET" and pad == "/parameters":
            return geldende_parameters(self._boek, date.fromisoformat(query["peildatum"]))
        if methode != "POST":
            raise ValueError(f"het orakel beantwoordt {methode} {pad} niet")
        if pad == BEREKENING:
            antwoord = berekening.bereken(verzoek, self._boek, met_uitleg=self._uitleg)
        elif pad.startswith(_BEOORDELING) and pad.removeprefix(_BEOORDELING) in BEOORDELINGEN:
            antwoord = BEOORDELINGEN[pad.removeprefix(_BEOORDELING)](verzoek, self._boek)
        else:
            raise ValueError(f"het orakel beantwoordt {methode} {pad} niet")
        antwoord = met_grondslagen(maatwerk.pas_toe(pad, verzoek, antwoord, self._boek))
        if not self._uitleg:
            antwoord.pop("uitleg", None)
        return antwoord
