"""Inhoud van een doel lezen: I-JSON, begrensde diepte, YAML zonder libyaml en aliassen, alleen echte tekensets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conformance.aansturen.doelinhoud import (
    GROOTSTE_GEHEEL,
    MAX_DIEPTE,
    IJsonSchending,
    Onleesbaar,
    lees_json,
    lees_yaml,
    tekst,
)


@pytest.mark.parametrize(("inhoud", "schending"), [
    ('{"norm": "9999.99", "norm": "1001.07"}', "dubbele sleutel 'norm'"),
    ('{"a": {"b": 1, "b": 1}}', "dubbele sleutel 'b'"),
    ('{"a": NaN}', "NaN is geen JSON-getal"),
    ('[Infinity]', "Infinity is geen JSON-getal"),
    ('[-Infinity]', "-Infinity is geen JSON-getal"),
    ("[9007199254740992]", "buiten ±(2**53 - 1)"),
    ("[-9007199254740992]", "buiten ±(2**53 - 1)"),
    ("[1" + "0" * 5000 + "]", "buiten ±(2**53 - 1)"),
    ("[1e400]", "buiten het bereik van een IEEE 754 double"),
])
def test_een_schending_van_i_json_heet_naar_wat_ze_is(inhoud: str, schending: str) -> None:
    with pytest.raises(IJsonSchending, match=schending.replace("(", r"\(").replace(")", r"\)").replace("*", r"\*")):
        lees_json(inhoud)


@given(st.integers(min_value=-GROOTSTE_GEHEEL, max_value=GROOTSTE_GEHEEL))
def test_elk_geheel_getal_binnen_i_json_wordt_gelezen(getal: int) -> None:
    assert lees_json(f'{{"n": {getal}}}') == {"n": getal}


@pytest.mark.parametrize("diepte", [MAX_DIEPTE + 1, 1000, 100_000])
@pytest.mark.parametrize("haken", ["[]", "{}"])
def test_te_diepe_json_is_onleesbaar_en_geen_recursionerror(diepte: int, haken: str) -> None:
    open_, dicht = haken[0], haken[1]
    inhoud = ('{"a":' * diepte + "1" + "}" * diepte) if open_ == "{" else open_ * diepte + dicht * diepte
    with pytest.raises(Onleesbaar, match="dieper genest"):
        lees_json(inhoud)


def test_haken_in_een_tekenreeks_tellen_niet_mee_voor_de_diepte() -> None:
    assert lees_json('{"a": "' + "[" * 1000 + '\\"{"}') == {"a": "[" * 1000 + '"{'}
    assert lees_json("[" * MAX_DIEPTE + "]" * MAX_DIEPTE)


@pytest.mark.parametrize(("inhoud", "probleem"), [
    ("[" * 100_000 + "]" * 100_000, "dieper genest"),
    ("a: &x [1]\nb: *x\n", "alias"),
    ("a: 2026-02-30\n", "ValueError"),
    ("a: [\n", "geen leesbare YAML"),
])
def test_yaml_van_een_doel_laat_de_suite_niet_vallen(inhoud: str, probleem: str) -> None:
    with pytest.raises(Onleesbaar, match=probleem):
        lees_yaml(inhoud)


@pytest.mark.parametrize("tekenset", ["rot13", "base64", "zlib", "bestaat-niet", "hex"])
def test_een_codec_die_geen_tekenset_is_is_onleesbaar(tekenset: str) -> None:
    with pytest.raises(Onleesbaar, match="onbekende tekenset"):
        tekst(b"{}", tekenset)


@pytest.mark.parametrize(("tekenset", "verwacht"), [(None, "é"), ("UTF-8", "é"), ('"utf-8"', "é"),
                                                    ("iso-8859-1", "Ã©")])
def test_een_echte_tekenset_wordt_gebruikt(tekenset: str | None, verwacht: str) -> None:
    assert tekst("é".encode(), tekenset) == verwacht
