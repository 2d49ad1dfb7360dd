"""Het woordenboek van zinnen: geldig, zonder dubbelen, en de stappen rekenen niet."""

from __future__ import annotations

from pathlib import Path

import pytest

from conformance.aansturen.casus import Casus, lees_pad
from conformance.inlezen.woordenboek import WoordenboekFout, lees, vul_in, woordenboek


def test_het_meegeleverde_woordenboek_is_geldig() -> None:
    boek = woordenboek()
    assert any(z.soort == "beoordeling" for z in boek.zinnen)


def test_een_zin_die_twee_keer_voorkomt_wordt_geweigerd(tmp_path: Path) -> None:
    for naam in ("a.yaml", "b.yaml"):
        (tmp_path / naam).write_text('gegeven:\n  - {zin: "de peildatum is {d:Datum}", zet: {p: "{d}"}, '
                                     'maatregelen: [M04]}\n', "utf-8")
    with pytest.raises(WoordenboekFout, match=r"staat ook in a\.yaml"):
        lees(tmp_path)


def test_een_onbekende_soort_wordt_geweigerd(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text('gegeven:\n  - {zin: "x {d:Kleur}", zet: {p: "{d}"}, maatregelen: [M04]}\n',
                                     "utf-8")
    with pytest.raises(WoordenboekFout, match="Kleur"):
        lees(tmp_path)


def test_een_plek_die_nergens_heen_gaat_wordt_geweigerd(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text('gegeven:\n  - {zin: "x {d:Datum}", zet: {p: 1}, maatregelen: [M04]}\n',
                                     "utf-8")
    with pytest.raises(WoordenboekFout, match="niet gebruikt"):
        lees(tmp_path)


@pytest.mark.parametrize(("tekst", "verwacht"), [("€ 1.234,56", "1234.56"), ("€ 0,01", "0.01"),
                                                 ("€ -10,00", "-10.00"), ("€ 1200,00", "1200.00")])
def test_een_bedrag_uit_de_feature_gaat_letterlijk_naar_het_contract(tekst: str, verwacht: str) -> None:
    assert woordenboek().soorten["Bedrag"](tekst) == verwacht


def test_lijstpaden_voegen_toe_en_wijzen_het_laatste_element_aan() -> None:
    casus = Casus()
    casus.zet("h.m[+].leeftijd", 30)
    casus.zet("h.m[-1].student", True)
    casus.zet("h.m[+].leeftijd", 40)
    assert casus.verzoek == {"h": {"m": [{"leeftijd": 30, "student": True}, {"leeftijd": 40}]}}
    assert lees_pad(casus.verzoek, "h.m[-1].leeftijd") == 40
    assert vul_in({"a": "{x}", "b": "x={x}"}, {"x": 3}) == {"a": 3, "b": "x=3"}


def _een_zin(tmp_path: Path, regel: str) -> Path:
    (tmp_path / "a.yaml").write_text(f"gegeven:\n  - {regel}\n", "utf-8")
    return tmp_path


@pytest.mark.parametrize(("regel", "melding"), [
    ('{zin: "x {a:Getal} en {b:Getal}", label: twee, zet: {p: "{a}", q: "{b}"}, maatregelen: [M04]}',
     "maar één waarde"),
    ('{zin: "x", label: iets, zet: {p: metDerde}, maatregelen: [M04]}', "ja/nee"),
    ('{zin: "x {a:Getal}", label: giftenInDeMaand, zet: {p: "{a}"}, maatregelen: [M04]}', "veldnaam"),
    ('{zin: "x {a:Getal}", label: iets, soort: Getal, zet: {p: "{a}"}, maatregelen: [M04]}', "laat 'soort' weg"),
    ('{label: iets, soort: Kleur, zet: {p: "{waarde}"}, maatregelen: [M04]}', "Kleur"),
    ('{label: iets, zet: {p: "{waarde}"}, maatregelen: [M04]}', "soort"),
    ('{zin: "x {a:Getal}", label: iets, zet: {beleid.p: "{a}", q: "{a}"}, maatregelen: [M04]}',
     "zowel beleid als andere"),
])
def test_een_onjuist_label_wordt_geweigerd(tmp_path: Path, regel: str, melding: str) -> None:
    with pytest.raises(WoordenboekFout, match=melding):
        lees(_een_zin(tmp_path, regel))


def test_een_label_dat_twee_keer_voorkomt_wordt_geweigerd(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text('gegeven:\n  - {zin: "x {a:Getal}", label: iets, zet: {p: "{a}"}, '
                                     'maatregelen: [M04]}\n  - {zin: "y {a:Getal}", label: iets, zet: {q: "{a}"}, '
                                     'maatregelen: [M04]}\n', "utf-8")
    with pytest.raises(WoordenboekFout, match=r"het label 'iets' staat ook in a\.yaml"):
        lees(tmp_path)


def test_een_label_zonder_zin_noemt_zijn_soort_en_zet_zijn_waarde(tmp_path: Path) -> None:
    boek = lees(_een_zin(tmp_path, '{label: huurovereenkomst, soort: Getal, zet: {"h.m[-1].o": "{waarde}"}, '
                                   'maatregelen: [M04]}'))
    [label] = boek.labels("gegeven")
    assert (label.soort, label.velden(3)) == ("Getal", {"h.m[-1].o": 3})
    assert list(boek.van_soort("gegeven")) == []


def test_een_keuze_wordt_gelezen_zonder_op_hoofdletters_te_letten() -> None:
    assert woordenboek().soorten["Leefvorm"]("Alleenstaande ouder") == "alleenstaandeOuder"


_VOORBEELD = 'voorbeeld: "Dan zijn de dingen:\\n  | bedrag |\\n  | € 1,00 |"'


@pytest.mark.parametrize(("regel", "melding"), [
    (f'{{zin: "zijn de dingen:", kolommen: {{bedrag: Bedrag}}, verwacht: {{"d[].b": "{{bedrag}}", "e[].c": 1}}, '
     f'maatregelen: [M04], {_VOORBEELD}}}', "één lijst"),
    (f'{{zin: "zijn de dingen:", kolommen: {{bedrag: Bedrag}}, verwacht: {{"d.b": "{{bedrag}}"}}, '
     f'maatregelen: [M04], {_VOORBEELD}}}', "één lijst"),
    (f'{{zin: "zijn de dingen:", kolommen: {{bedrag: Bedrag, datum: Datum}}, verwacht: {{"d[].b": "{{bedrag}}"}}, '
     f'maatregelen: [M04], {_VOORBEELD}}}', "de kolom 'datum' vult 0 velden"),
    (f'{{zin: "zijn de dingen:", kolommen: {{bedrag: Bedrag}}, '
     f'verwacht: {{"d[].b": "{{bedrag}}", "d[].c": "{{bedrag}}"}}, maatregelen: [M04], {_VOORBEELD}}}',
     "de kolom 'bedrag' vult 2 velden"),
    (f'{{zin: "zijn de dingen:", kolommen: {{bedrag: Bedrag}}, verwacht: {{"d[].b": "EUR {{bedrag}}"}}, '
     f'maatregelen: [M04], {_VOORBEELD}}}', "krijgt de waarde van één kolom"),
    (f'{{zin: "zijn de dingen:", kolommen: {{inAanmerking: Bedrag}}, verwacht: {{"d[].b": "{{inAanmerking}}"}}, '
     f'maatregelen: [M04], {_VOORBEELD}}}', "geen veldnaam"),
    (f'{{zin: "zijn de dingen:", kolommen: {{bedrag: Kleur}}, verwacht: {{"d[].b": "{{bedrag}}"}}, '
     f'maatregelen: [M04], {_VOORBEELD}}}', "onbekende soort 'Kleur'"),
    (f'{{zin: "zijn de {{n:Getal}} dingen:", kolommen: {{bedrag: Bedrag}}, verwacht: {{"d[].b": "{{bedrag}} {{n}}"}}, '
     f'maatregelen: [M04], {_VOORBEELD}}}', "geen plekken en geen label"),
    ('{zin: "zijn de dingen:", kolommen: {bedrag: Bedrag}, verwacht: {"d[].b": "{bedrag}"}, maatregelen: [M04]}',
     "een voorbeeld met een tabel"),
    ('{zin: "zijn de {b:Bedrag}", verwacht: {"d[].b": "{b}"}, maatregelen: [M04]}', "alleen een dan-zin met"),
    (f'{{zin: "zijn de dingen:", kolommen: {{bedrag: Bedrag, datum: Datum}}, '
     f'verwacht: {{"d[]": "{{bedrag}}", "d[].c": "{{datum}}"}}, maatregelen: [M04], {_VOORBEELD}}}',
     "verwacht niets anders"),
])
def test_een_onjuiste_lijstzin_wordt_geweigerd(tmp_path: Path, regel: str, melding: str) -> None:
    (tmp_path / "a.yaml").write_text(f"dan:\n  - {regel}\n", "utf-8")
    with pytest.raises(WoordenboekFout, match=melding):
        lees(tmp_path)


def test_een_lijstzin_vult_elk_veld_van_een_element_uit_zijn_kolommen() -> None:
    [zin] = [z for z in woordenboek().zinnen if z.patroon == "zijn de oordelen over de medebewoners:"]
    assert zin.lijst == "medebewoners"
    assert zin.kolomvelden == {"kostendeler": "kostendelend", "artikel": "artikel"}
    assert zin.element({"kostendeler": True, "artikel": "a"}) == {"kostendelend": True, "artikel": "a"}


def test_een_lijstzin_over_een_lijst_van_waarden_vult_het_element_zelf() -> None:
    [zin] = [z for z in woordenboek().zinnen if z.patroon == "berust het vermoeden op de gronden:"]
    assert zin.lijst == "gronden"
    assert zin.kolomvelden == {"grond": ""}
    assert zin.element({"grond": "kindErkend"}) == {"": "kindErkend"}
