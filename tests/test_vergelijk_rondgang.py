"""De scenarioschrijver van `pwib vergelijk` over gegenereerde verzoeken van elke operatie, zoals de krimper ze
achterlaat (zonder velden met hun standaardwaarde en zonder lege objecten: die laat hij weg als het verschil blijft):

- elke grondslag die de referentie geeft, noemt het contract bij de operatie (`x-grondslagen`), met de uitkomst
  die zij daar belooft: anders weigert `pwib lint` het gevonden scenario en weet een leverancier het niet;
- elk veld dat de referentie om een regel van de wet of het domein weigert (niet om het schema), noemt het contract
  met die regel bij de operatie (`x-ongeldig`): bij twee weigeringen vergelijkt `pwib vergelijk` de velden;
- elk verzoek is in de zinnen uit te drukken, met een `dan`-zin voor elk beslissend veld;
- elk uitgedrukt scenario is `pwib lint`-schoon, slaagt tegen de referentie over HTTP, en stuurt precies het
  verzoek waaruit het is geschreven (de rondgang verliest geen feit).
"""

from __future__ import annotations

import collections
import functools
import io
import json
import random
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from api import create_app
from api.orakel import Orakel
from conformance.generatie.domein import Grenzen
from conformance.generatie.verzoeken import Generator, operaties
from conformance.inlezen.contract import contract
from conformance.inlezen.grondslag import grondslagen_van, verwachting
from conformance.inlezen.woordenboek import woordenboek
from conformance.vergelijk.beslissend import Verschil, genormaliseerd, onjuiste_velden, per_operatie
from conformance.vergelijk.scenario import Scenario, maatregel_van, schrijf, uitdrukbaar, volgende_ids
from tests.leveranciers.bewijs import KOP, lint_en_run
from tests.leveranciers.server import op_http

PER_OPERATIE = 20
"""Zoveel gegenereerde verzoeken per operatie worden scenario's en draaien tegen de referentie over HTTP."""
GRONDSLAGEN_PER_OPERATIE = 300
"""Zoveel per operatie vraagt de toets van de grondslagen aan het orakel (in-process, snel)."""
Verzoek = dict[str, Any]


def _schema(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """Het schema met `$ref` gevolgd en `allOf` samengevoegd (de eigenschappen van elk deel)."""
    schemas = contract()["components"]["schemas"]
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    if "allOf" not in schema:
        return schema
    delen = [_schema(deel) for deel in schema["allOf"]]
    eigenschappen = {k: v for deel in delen for k, v in deel.get("properties", {}).items()}
    return {"properties": {**eigenschappen, **schema.get("properties", {})},
            "required": [r for deel in [*delen, schema] for r in deel.get("required", ())]}


def _gekrompen(waarde: Any, schema: Mapping[str, Any]) -> Any:
    """Zonder de facultatieve velden met hun standaardwaarde en zonder lege facultatieve objecten."""
    schema = _schema(schema)
    if isinstance(waarde, list):
        return [_gekrompen(element, schema.get("items", {})) for element in waarde]
    if not isinstance(waarde, dict):
        return waarde
    uit: dict[str, Any] = {}
    for veld, deel in waarde.items():
        eigen = _schema(schema.get("properties", {}).get(veld, {}))
        verplicht = veld in schema.get("required", ())
        standaard = eigen.get("default", ...)
        if not verplicht and type(standaard) is type(deel) and standaard == deel:
            continue
        kleiner = _gekrompen(deel, eigen)
        if not verplicht and kleiner == {}:
            continue
        uit[veld] = kleiner
    return uit


@functools.cache
def _gevallen(aantal: int) -> list[tuple[str, Verzoek, Any]]:
    """(operatie, verzoek, antwoord van de referentie) voor elk aanvaard gegenereerd verzoek."""
    orakel = Orakel(uitleg=False)
    generator = Generator(contract(), Grenzen.uit(
        lambda d: orakel("GET", "/parameters", None, {"peildatum": d.isoformat()})[1]["parameters"]))
    uit = []
    for pad in operaties(contract()):
        schema = contract()["paths"][pad]["post"]["requestBody"]["content"]["application/json"]["schema"]
        for verzoek in generator.reeks(pad, aantal, random.Random(f"rondgang {pad}"),  # noqa: S311
                                       lambda p, v: onjuiste_velden(orakel("POST", p, v, None))):
            gekrompen = _gekrompen(verzoek, schema)
            status, antwoord = orakel("POST", pad, gekrompen, None)
            if status == 200:
                uit.append((pad, gekrompen, antwoord))
    assert len(uit) >= aantal * len(operaties(contract())) * 0.9
    return uit


def test_elke_grondslag_van_de_referentie_staat_bij_haar_operatie_in_het_contract_met_haar_uitkomst() -> None:
    beloofd = {(pad, g["grondslag"]): g.get("uitkomst") or {} for pad, item in contract()["paths"].items()
               for g in item.get("post", {}).get("x-grondslagen", ())}
    ontbreekt, anders = set[str](), set[str]()
    for pad, _, antwoord in _gevallen(GRONDSLAGEN_PER_OPERATIE):
        if not isinstance(antwoord.get("grondslag"), dict):
            continue
        tekst = antwoord["grondslag"]["tekst"]
        if verwachting(tekst).bepalingen not in grondslagen_van(pad):
            ontbreekt.add(f"{pad}: {tekst}")
        anders.update(f"{pad} {tekst}: {veld} is {antwoord.get(veld)!r}, het contract zegt {waarde!r}"
                      for veld, waarde in beloofd.get((pad, tekst), {}).items() if antwoord.get(veld) != waarde)
    assert sorted(ontbreekt) == []
    assert sorted(anders) == []


def test_elk_veld_dat_de_referentie_om_een_regel_weigert_staat_met_die_regel_bij_de_operatie() -> None:
    """Over ongerepareerde gegenereerde verzoeken (de generator zonder keurder): wat het schema weigert, zegt het
    schema; de rest (`ongeldig-feit`) moet `x-ongeldig` noemen, zodat een leverancier hetzelfde veld kan noemen."""
    orakel = Orakel(uitleg=False)
    generator = Generator(contract(), Grenzen.uit(
        lambda d: orakel("GET", "/parameters", None, {"peildatum": d.isoformat()})[1]["parameters"]))
    ontbreekt, geweigerd = set[str](), 0
    for pad in operaties(contract()):
        post = contract()["paths"][pad]["post"]
        regels = [re.escape(r["veld"]).replace(re.escape("<index>"), r"\d+") for r in post.get("x-ongeldig", ())]
        rng = random.Random(f"weigeringen {pad}")  # noqa: S311
        for _ in range(GRONDSLAGEN_PER_OPERATIE):
            status, antwoord = orakel("POST", pad, generator.verzoek(pad, rng), None)
            for veld in antwoord.get("invalidParams", ()) if status == 400 else ():
                geweigerd += 1
                if veld["code"] == "ongeldig-feit" and not any(re.fullmatch(r, veld["name"]) for r in regels) \
                        and not (veld["name"].startswith("maatwerk.") and "x-maatwerk" in post):
                    ontbreekt.add(f"POST /v1{pad}: {veld['name']} ({veld['reason']})")
    assert geweigerd > 1000, "de generator gaf bijna geen weigering: dan toetst dit niets"
    assert sorted(ontbreekt) == []


def _scenario(pad: str, verzoek: Verzoek, antwoord: Any, ids: dict[str, Any]) -> Scenario:
    """Het scenario dat elk beslissend veld met een zin verwacht zoals de referentie het geeft."""
    velden = [Verschil(v, genormaliseerd(antwoord[v]), None) for v in per_operatie(contract())[pad]
              if v in antwoord and uitdrukbaar(woordenboek(), v)]
    maatregel = maatregel_van(woordenboek(), pad)
    scenario_id = next(ids.setdefault(maatregel, volgende_ids(f"@{maatregel}-899", maatregel)))
    return schrijf(woordenboek(), pad, verzoek, antwoord, velden, scenario_id, f"Rondgang {scenario_id}")


@pytest.fixture(scope="module")
def scenarios() -> list[tuple[str, Verzoek, Scenario]]:
    ids: dict[str, Any] = {}
    return [(pad, verzoek, _scenario(pad, verzoek, antwoord, ids))
            for pad, verzoek, antwoord in _gevallen(PER_OPERATIE)]


def test_elk_gekrompen_verzoek_is_met_elk_beslissend_veld_in_zinnen_uit_te_drukken(
        scenarios: list[tuple[str, Verzoek, Scenario]]) -> None:
    """Een nieuw veld in het contract zonder zin laat dit falen: voeg dan de zin toe (conformance/zinnen/)."""
    niet = collections.Counter(regel.split(" = ")[0] for _, _, s in scenarios for regel in s.niet_uitgedrukt)
    assert niet.most_common() == []


class _Opname:
    """De referentie, die elk POST-lichaam onthoudt (operatie, JSON met gesorteerde sleutels)."""

    def __init__(self) -> None:
        self.app = create_app()
        self.ontvangen: collections.Counter[tuple[str, str]] = collections.Counter()

    def __call__(self, omgeving: dict[str, Any], start: Callable[..., Any]) -> Iterable[bytes]:
        if omgeving["REQUEST_METHOD"] == "POST":
            lichaam = omgeving["wsgi.input"].read(int(omgeving.get("CONTENT_LENGTH") or 0))
            omgeving["wsgi.input"] = io.BytesIO(lichaam)
            self.ontvangen[(omgeving["PATH_INFO"].removeprefix("/v1"), json.dumps(json.loads(lichaam),
                                                                                   sort_keys=True))] += 1
        return self.app(omgeving, start)


def test_elk_uitgedrukt_scenario_is_schoon_slaagt_tegen_de_referentie_en_stuurt_zijn_eigen_verzoek(
        scenarios: list[tuple[str, Verzoek, Scenario]], tmp_path: Path) -> None:
    per_maatregel: dict[str, list[str]] = collections.defaultdict(list)
    verwacht: collections.Counter[tuple[str, str]] = collections.Counter()
    for pad, verzoek, scenario in scenarios:
        if not scenario.niet_uitgedrukt:
            per_maatregel[scenario.maatregel].append(scenario.tekst)
            verwacht[(pad, json.dumps(verzoek, sort_keys=True))] += 1
    for maatregel, teksten in per_maatregel.items():
        (tmp_path / f"{maatregel}-rondgang.feature").write_text(KOP.format(maatregel=maatregel) + "\n".join(teksten),
                                                                  "utf-8")
    opname = _Opname()
    with op_http(opname) as (url, _):
        lint, resultaat = lint_en_run(tmp_path, url)
    assert lint == 0
    assert resultaat["telling"]["geslaagd"] == sum(verwacht.values()), [
        (s["id"], (s.get("falendeStap") or {}).get("melding")) for s in resultaat["scenarios"]
        if s["oordeel"] != "geslaagd"][:5]
    assert verwacht - opname.ontvangen == collections.Counter()
