"""Elke lijst die het contract vergelijkt (een veld van `x-beslissend` dat een array is, ook binnen een object),
heeft een `Dan`-zin die de hele lijst verwacht, met een kolom voor elk veld van een element dat beslist; het
contract noemt de volgorde van de lijst en, bij een element met een `reden`, dat die tekst niet beslist.

Een `Grondslag` is geen lijst in deze zin: zij wordt op haar bepalingen vergeleken, niet element voor element.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from conformance.inlezen.contract import contract
from conformance.inlezen.woordenboek import woordenboek

TEKST = "reden"  # het veld van een element dat tekst is, zoals de uitleg, en niet beslist


def _los(contract_: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = contract_["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _delen(contract_: Mapping[str, Any], schema: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """Het schema en elk schema waaruit het is samengesteld (`allOf`, `anyOf`, `oneOf`), elk met `$ref` opgelost."""
    schema = _los(contract_, schema)
    yield schema
    for sleutel in ("allOf", "anyOf", "oneOf"):
        for deel in schema.get(sleutel, []):
            yield from _delen(contract_, deel)


def _is_grondslag(schema: Mapping[str, Any]) -> bool:
    return any(deel.get("$ref", "").endswith("/Grondslag") for deel in [schema, *schema.get("allOf", []),
                                                                        *schema.get("anyOf", [])])


def _lijsten(contract_: Mapping[str, Any], schema: Mapping[str, Any], pad: str) -> Iterator[tuple[str, Any]]:
    """(pad, schema van de lijst) voor elke array in dit veld, ook binnen een object of een element."""
    if _is_grondslag(schema):
        return
    for deel in _delen(contract_, schema):
        if deel.get("type") == "array":
            yield pad, deel
            yield from _lijsten(contract_, deel.get("items", {}), f"{pad}[]")
        for naam, veld in deel.get("properties", {}).items():
            yield from _lijsten(contract_, veld, f"{pad}.{naam}")


def vergeleken_lijsten(contract_: Mapping[str, Any]) -> dict[tuple[str, str], tuple[Mapping[str, Any], set[str]]]:
    """(operatie, lijst) -> (schema van de lijst, de velden van een element die beslissen; `""` als het element zelf
    een waarde is) voor elke lijst in een beslissend veld van een antwoord."""
    gevonden = {}
    for operatie, methoden in contract_["paths"].items():
        post = methoden.get("post", {})
        if "x-beslissend" not in post:
            continue
        antwoord = post["responses"]["200"]["content"]["application/json"]["schema"]
        velden: dict[str, Any] = {}
        for deel in _delen(contract_, antwoord):
            velden.update(deel.get("properties", {}))
        for veld in post["x-beslissend"]:
            for pad, lijst in _lijsten(contract_, velden[veld], veld):
                elementen = list(_delen(contract_, lijst.get("items", {})))
                namen = {naam for deel in elementen for naam in deel.get("properties", {})} - {TEKST}
                gevonden[(operatie, pad)] = (lijst, namen or {""})
    return gevonden


def test_de_lijsten_van_het_contract_worden_ook_binnen_een_object_gevonden_maar_niet_in_een_grondslag() -> None:
    contract_ = {
        "paths": {"/x": {"post": {"x-beslissend": ["a", "b", "g"], "responses": {"200": {"content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Besluit"}}}}}}}},
        "components": {"schemas": {
            "Grondslag": {"type": "object", "properties": {"verwijzingen": {"type": "array"}}},
            "Besluit": {"type": "object", "properties": {
                "a": {"type": "array", "items": {"type": "string"}},
                "b": {"type": "object", "properties": {"c": {"type": "array", "items": {
                    "type": "object", "properties": {"d": {"type": "integer"}, "reden": {"type": "string"}}}}}},
                "g": {"$ref": "#/components/schemas/Grondslag"}}}}}}
    gevonden = vergeleken_lijsten(contract_)
    assert {sleutel: velden for sleutel, (_, velden) in gevonden.items()} == {("/x", "a"): {""}, ("/x", "b.c"): {"d"}}


def test_elke_lijst_die_het_contract_vergelijkt_heeft_een_zin_die_de_hele_lijst_verwacht() -> None:
    lijstzinnen = {zin.lijst: set(zin.kolomvelden.values()) for zin in woordenboek().van_soort("dan") if zin.lijst}
    lijsten = vergeleken_lijsten(contract())
    assert len(lijsten) >= 9
    zonder = [f"POST {operatie}: {lijst}" for (operatie, lijst) in lijsten if lijst not in lijstzinnen]
    assert not zonder, "geen zin die de hele lijst verwacht:\n" + "\n".join(zonder)
    anders = [f"POST {operatie}: {lijst} vergelijkt {sorted(velden)}, de zin {sorted(lijstzinnen[lijst])}"
              for (operatie, lijst), (_, velden) in lijsten.items() if lijstzinnen[lijst] != velden]
    assert not anders, "\n".join(anders)


def test_het_contract_noemt_de_volgorde_van_elke_lijst_die_het_vergelijkt_en_dat_een_reden_niet_beslist() -> None:
    onvolledig = []
    for (operatie, lijst), (schema, _) in vergeleken_lijsten(contract()).items():
        beschrijving = " ".join(schema.get("description", "").split())
        elementvelden = _los(contract(), schema.get("items", {})).get("properties", {})
        if "volgorde" not in beschrijving or (TEKST in elementvelden and "beslist niet" not in beschrijving):
            onvolledig.append(f"POST {operatie}: {lijst}")
    assert not onvolledig, "\n".join(onvolledig)
