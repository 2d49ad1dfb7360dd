"""Geldige verzoeken uit de schema's van het contract, met de domeinkennis van `domein` bij elk veld.

De generator volgt het schema van het verzoek van een operatie (`$ref`, `allOf`, `enum`, `nullable`,
`minimum`/`maximum`, `maxItems`, verplichte en optionele velden) en kiest de waarden met `domein`: een
bedrag (`Bedrag`, `Invoerbedrag` en elk veld met hetzelfde patroon) rond een grens uit de parameters, een
datum rond de peildatum of een inwerkingtreding, een leeftijd rond 18, 21, 27 of de AOW-leeftijd.
`maatwerk` en vervallen velden laat hij weg: maatwerk is een gemotiveerde keuze van een college, geen feit.

Het schema laat verzoeken toe die de wet onmogelijk noemt (`x-ongeldig`: een partner zonder recht zonder
partner); die geeft de referentie een 400 die elk onjuist veld noemt. `Generator.geldig` laat die velden weg
(of het element waarin een verplicht veld ontbreekt) en vraagt opnieuw, hooguit `HERSTEL` keer; lukt dat niet,
dan trekt het een nieuw verzoek (hooguit `POGINGEN` keer; daarna gaat het laatste mee: ook een 400 wordt
vergeleken). De maand van een berekening is meestal die van de peildatum (anders een 400).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from conformance.generatie import domein

POGINGEN = 20
HERSTEL = 4
MAAND_VAN_PEILDATUM = 0.95
OPTIONEEL_KANS = 0.5
MAX_ELEMENTEN = 4
_WEGLATEN = {"maatwerk"}
_BEDRAGPATRONEN = {"^(0|[1-9][0-9]{0,11})\\.[0-9]{2}$", "^(0|[1-9][0-9]{0,8})\\.[0-9]{2}$"}
_PERCENTAGES = ("0", "5", "10", "12.5", "15", "20", "25", "30", "50", "75", "100")
_VASTE_TEKST = {"artikel": "18", "reden": "reden van het college"}

Keurder = Callable[[str, Any], list[str]]
"""(pad, verzoek) -> de velden die de referentie onjuist noemt (`invalidParams`); leeg als zij het aanvaardt."""


def operaties(contract: Mapping[str, Any]) -> list[str]:
    """De paden van de beslissende operaties (elke POST met `x-beslissend`), in de volgorde van het contract."""
    return [pad for pad, operaties in contract["paths"].items()
            if "x-beslissend" in operaties.get("post", {})]


class Generator:
    """Verzoeken voor één operatie; alle toeval uit `rng`."""

    def __init__(self, contract: Mapping[str, Any], grenzen: domein.Grenzen) -> None:
        self._schemas = contract["components"]["schemas"]
        self._paden = contract["paths"]
        self._grenzen = grenzen

    def verzoek(self, pad: str, rng: random.Random) -> dict[str, Any]:
        schema = self._paden[pad]["post"]["requestBody"]["content"]["application/json"]["schema"]
        peildatum = domein.peildatum(rng)
        waarde = self._waarde(schema, "", rng, peildatum)
        assert isinstance(waarde, dict)
        if "peildatum" in waarde:
            waarde["peildatum"] = peildatum.isoformat()
        if "maand" in waarde and rng.random() < MAAND_VAN_PEILDATUM:
            waarde["maand"] = f"{peildatum.year:04d}-{peildatum.month:02d}"
        return waarde

    def geldig(self, pad: str, rng: random.Random, keurder: Keurder) -> dict[str, Any]:
        verzoek: dict[str, Any] = {}
        for _ in range(POGINGEN):
            verzoek = self.verzoek(pad, rng)
            for _ in range(HERSTEL):
                onjuist = keurder(pad, verzoek)
                if not onjuist:
                    return verzoek
                if not all(_laat_weg(verzoek, veld) for veld in onjuist):
                    break
        return verzoek

    def reeks(self, pad: str, aantal: int, rng: random.Random, keurder: Keurder) -> Iterator[dict[str, Any]]:
        for _ in range(aantal):
            yield self.geldig(pad, rng, keurder)

    def _volg(self, schema: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
        naam = None
        while "$ref" in schema:
            naam = schema["$ref"].rsplit("/", 1)[-1]
            schema = self._schemas[naam]
        if "allOf" in schema:
            samen: dict[str, Any] = {}
            for deel in schema["allOf"]:
                deelnaam, gevolgd = self._volg(deel)
                naam = naam or deelnaam
                samen.update(gevolgd)
            samen.update({k: v for k, v in schema.items() if k != "allOf"})
            return naam, samen
        return naam, schema

    def _waarde(self, schema: Mapping[str, Any], veld: str, rng: random.Random, peildatum: date) -> Any:
        naam, schema = self._volg(schema)
        if "enum" in schema:
            return rng.choice([w for w in schema["enum"] if w is not None])
        soort = schema.get("type")
        if soort == "object":
            return self._object(schema, rng, peildatum)
        if soort == "array":
            aantal = rng.randint(schema.get("minItems", 0), min(schema.get("maxItems", MAX_ELEMENTEN), MAX_ELEMENTEN))
            return [self._waarde(schema["items"], veld, rng, peildatum) for _ in range(aantal)]
        if soort == "boolean":
            return rng.random() < 0.5
        if soort == "integer":
            return domein.geheel_getal(rng, schema.get("minimum", 0), schema.get("maximum", 1000), veld)
        if soort == "string":
            return self._tekst(naam, schema, veld, rng, peildatum)
        raise ValueError(f"de generator kent het schema van {veld!r} niet: {dict(schema)}")

    def _object(self, schema: Mapping[str, Any], rng: random.Random, peildatum: date) -> dict[str, Any]:
        verplicht = set(schema.get("required", ()))
        uit: dict[str, Any] = {}
        for naam, deel in schema.get("properties", {}).items():
            if naam in _WEGLATEN or deel.get("deprecated"):
                continue
            if naam in verplicht or rng.random() < OPTIONEEL_KANS:
                uit[naam] = self._waarde(deel, naam, rng, peildatum)
        return uit

    def _tekst(self, naam: str | None, schema: Mapping[str, Any], veld: str, rng: random.Random,
               peildatum: date) -> str:
        patroon = schema.get("pattern")
        if schema.get("format") == "date":
            return domein.datum_rond(rng, peildatum).isoformat()
        if naam == "Maand":
            dag = domein.datum_rond(rng, peildatum)
            return f"{dag.year:04d}-{dag.month:02d}"
        if patroon in _BEDRAGPATRONEN:
            bovengrens = Decimal("999999999.99")
            return f"{min(domein.bedrag(rng, self._grenzen), bovengrens):.2f}"
        if patroon is not None and "100" in patroon:
            return rng.choice(_PERCENTAGES)
        if patroon is not None and "[0-9]{1,3}" in patroon:
            return rng.choice(_PERCENTAGES)
        if veld in _VASTE_TEKST:
            return _VASTE_TEKST[veld]
        raise ValueError(f"de generator kent de tekst van {veld!r} niet: {dict(schema)}")


def _laat_weg(verzoek: dict[str, Any], veld: str) -> bool:
    """Laat het genoemde veld weg (`huishouden.partner`, `betalingen.0.betreftTot`); bestaat het niet (een
    verplicht veld ontbreekt), dan het element waarin het hoort. False als er niets weg kan (een verplicht veld
    op het hoogste niveau)."""
    delen: list[str | int] = [int(d) if d.isdigit() else d for d in veld.split(".")]
    for lengte in (len(delen), len(delen) - 1):
        if lengte < 2 and delen[0] in _VERPLICHT_BOVENAAN:
            return False
        ouder: Any = verzoek
        try:
            for deel in delen[:lengte - 1]:
                ouder = ouder[deel]
            if lengte >= 1 and isinstance(ouder, dict | list):
                del ouder[delen[lengte - 1]]  # type: ignore[arg-type]
                return True
        except (KeyError, IndexError, TypeError):
            continue
    return False


_VERPLICHT_BOVENAAN = {"peildatum", "maand", "huishouden", "(body)"}
