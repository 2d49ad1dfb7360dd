"""De snelle contractvalidatie aanvaardt en weigert precies wat openapi-core aanvaardt en weigert.

Het corpus: per operatie het voorbeeld uit het contract en systematische verminkingen ervan
(elk veld weg, een onbekend veld erbij, elk blad van een ander type, onzin-datums en -bedragen,
kapotte JSON, verkeerde content-type), aangevuld met willekeurige verminkingen van hypothesis.
Voor antwoorden: de echte antwoorden van de app op dat corpus, en verminkingen daarvan.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_core import OpenAPI, V30ResponseValidator
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from werkzeug import Request, Response
from werkzeug.test import EnvironBuilder

from api import create_app
from api.contract import contract, openapi
from api.problemen import OngeldigeInvoer
from api.validatie import _velden, contractvalidatie

RARE_WAARDEN: list[Any] = [None, True, 0, -1, 1.5, "", "x", "-1.00", "2026-02-30", "2026-13", [], {}, 10**30]
_ANTWOORDVALIDATOR = V30ResponseValidator(
    OpenAPI.from_dict(contract()).spec,
    extra_media_type_deserializers={"application/problem+json": json.loads},
)


def _voorbeelden() -> Iterator[tuple[str, Any]]:
    for pad, operaties in contract()["paths"].items():
        inhoud = operaties.get("post", {}).get("requestBody", {}).get("content", {}).get("application/json", {})
        if "example" in inhoud:
            yield pad, inhoud["example"]


VOORBEELDEN = list(_voorbeelden())


def _paden(waarde: Any, voorvoegsel: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield voorvoegsel
    if isinstance(waarde, dict):
        for sleutel, kind in waarde.items():
            yield from _paden(kind, (*voorvoegsel, sleutel))
    elif isinstance(waarde, list):
        for index, kind in enumerate(waarde):
            yield from _paden(kind, (*voorvoegsel, index))


def _met(waarde: Any, pad: tuple[Any, ...], nieuw: Any) -> Any:
    if not pad:
        return nieuw
    kopie = copy.deepcopy(waarde)
    knoop = kopie
    for deel in pad[:-1]:
        knoop = knoop[deel]
    knoop[pad[-1]] = nieuw
    return kopie


def _zonder(waarde: Any, pad: tuple[Any, ...]) -> Any:
    kopie = copy.deepcopy(waarde)
    knoop = kopie
    for deel in pad[:-1]:
        knoop = knoop[deel]
    del knoop[pad[-1]]
    return kopie


def _corpus(pad: str, voorbeeld: Any) -> Iterator[tuple[str, str, bytes]]:
    """Het voorbeeld en zijn verminkingen: elk veld weg, en op elke plek elke rare waarde."""
    yield pad, "application/json", json.dumps(voorbeeld).encode()
    yield pad, "application/json", json.dumps({**voorbeeld, "onbekendVeld": 1}).encode()
    yield pad, "application/json", b"{kapot"
    yield pad, "text/plain", json.dumps(voorbeeld).encode()
    yield pad, "application/json", b""
    for plek in _paden(voorbeeld):
        if plek:
            yield pad, "application/json", json.dumps(_zonder(voorbeeld, plek)).encode()
        for rare in RARE_WAARDEN:
            yield pad, "application/json", json.dumps(_met(voorbeeld, plek, rare)).encode()


CORPUS = {pad: list(_corpus(pad, voorbeeld)) for pad, voorbeeld in VOORBEELDEN}


def _verzoek(pad: str, content_type: str, data: bytes, methode: str = "POST", query: str = "") -> Request:
    bouwer = EnvironBuilder(path="/v1" + pad, method=methode, data=data, content_type=content_type,
                            query_string=query, base_url="http://localhost")
    return Request(bouwer.get_environ())


def _snel(verzoek: Request) -> set[str] | None:
    """None als het snelle pad aanvaardt, anders de namen in invalidParams."""
    try:
        contractvalidatie().verzoek(verzoek.method, verzoek.path.removeprefix("/v1"), verzoek.mimetype,
                                    verzoek.get_data(), verzoek.args)
    except OngeldigeInvoer as fout:
        return {veld.name for veld in fout.velden}
    return None


def _openapi_core(verzoek: Request) -> set[str] | None:
    namen: set[str] = set()
    for fout in openapi().iter_request_errors(WerkzeugOpenAPIRequest(verzoek)):
        schemafouten = getattr(fout.__cause__, "schema_errors", None)
        if schemafouten:
            namen.update(v.name for s in schemafouten for v in _velden(s, getattr(fout, "name", None)))
        else:
            namen.add(getattr(fout, "name", None) or "(body)")
    return namen or None


def test_het_corpus_raakt_elke_operatie_met_een_voorbeeld() -> None:
    operaties = [pad for pad, p in contract()["paths"].items() if "post" in p]
    assert [pad for pad, _ in VOORBEELDEN] == operaties
    assert sum(len(c) for c in CORPUS.values()) > 100 * len(operaties)


@pytest.mark.parametrize("pad", list(CORPUS))
def test_het_snelle_pad_oordeelt_als_openapi_core_over_verzoeken(pad: str) -> None:
    verschillen = []
    for _, content_type, data in CORPUS[pad]:
        verzoek = _verzoek(pad, content_type, data)
        snel, oracle = _snel(verzoek), _openapi_core(verzoek)
        if snel != oracle:
            verschillen.append((data[:200], snel, oracle))
    assert not verschillen


@pytest.mark.parametrize("query", ["peildatum=2026-01-01", "peildatum=2026-02-30", "peildatum=", "", "x=1",
                                   "peildatum=morgen", "peildatum=2026-01-01&peildatum=2027-01-01"])
def test_het_snelle_pad_oordeelt_als_openapi_core_over_queryparameters(query: str) -> None:
    verzoek = _verzoek("/parameters", "", b"", methode="GET", query=query)
    assert _snel(verzoek) == _openapi_core(verzoek)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_willekeurige_verminkingen_krijgen_hetzelfde_oordeel(data: st.DataObject) -> None:
    pad, voorbeeld = data.draw(st.sampled_from(VOORBEELDEN))
    plek = data.draw(st.sampled_from(list(_paden(voorbeeld))))
    nieuw = data.draw(st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
        lambda kind: st.lists(kind, max_size=3) | st.dictionaries(st.text(max_size=8), kind, max_size=3),
        max_leaves=6))
    verzoek = _verzoek(pad, "application/json", json.dumps(_met(voorbeeld, plek, nieuw)).encode())
    assert _snel(verzoek) == _openapi_core(verzoek)


def _antwoorden() -> Iterator[tuple[str, int, str, bytes]]:
    client = create_app().test_client()
    for pad, content_type, data in [geval for gevallen in CORPUS.values() for geval in gevallen[::25]]:
        antwoord = client.post("/v1" + pad, data=data, content_type=content_type)
        tekst = antwoord.get_data()
        yield pad, antwoord.status_code, antwoord.mimetype or "", tekst
        yield pad, antwoord.status_code, "text/html", tekst
        inhoud = json.loads(tekst)
        for sleutel in list(inhoud)[:4]:
            yield pad, antwoord.status_code, antwoord.mimetype or "", json.dumps(_zonder(inhoud, (sleutel,))).encode()
            rare: Any
            for rare in (None, 1, "x", []):
                yield pad, antwoord.status_code, antwoord.mimetype or "", json.dumps({**inhoud, sleutel: rare}).encode()


def test_het_snelle_pad_oordeelt_als_openapi_core_over_antwoorden() -> None:
    verschillen = []
    gevallen = list(_antwoorden())
    for pad, status, content_type, data in gevallen:
        verzoek = _verzoek(pad, "application/json", b"{}")
        antwoord = Response(data, status=status, content_type=content_type, headers={"API-Version": "1.0.0"})
        oracle = list(_ANTWOORDVALIDATOR.iter_errors(WerkzeugOpenAPIRequest(verzoek),
                                                     WerkzeugOpenAPIResponse(antwoord)))
        snel = contractvalidatie().antwoordfouten("POST", pad, status, content_type, data)
        if (snel == []) != (oracle == []):
            verschillen.append((pad, status, data[:200], snel, oracle))
    assert len(gevallen) > 200
    assert not verschillen
