"""M19: de vakantieaanspraak volgens de schijven van de Regeling en de standaardwijze (voorlopig)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import (
    Huishouden,
    Inkomenssoort,
    OngeldigeFeiten,
    Persoon,
    Vakantiegeldfeiten,
    parameterboek,
    vakantiegeld,
)
from reference.waarden import Bedrag

BOEK = parameterboek()
NA = BOEK.stand(date(2027, 3, 1))
VOOR = BOEK.stand(date(2026, 12, 31))
BEDRAGEN = st.decimals(min_value=0, max_value=6000, places=2).map(Bedrag)
AOW = Persoon(68, aow_leeftijd_bereikt=True)


@settings(deadline=None)  # de machine wordt gedeeld; de tijd van één voorbeeld zegt hier niets
@given(BEDRAGEN, BEDRAGEN, st.sampled_from([Inkomenssoort.TEGENWOORDIGE_ARBEID, Inkomenssoort.VROEGERE_ARBEID,
                                             Inkomenssoort.ZONDER_HEFFINGSKORTING]))
def test_de_aanspraak_is_nooit_negatief_en_nooit_meer_dan_acht_procent(inkomen: Bedrag, vakantiegeld_: Bedrag,
                                                                      soort: Inkomenssoort) -> None:
    besluit = vakantiegeld(Vakantiegeldfeiten(inkomen, vakantiegeld_, soort), NA)
    assert besluit.aanspraak is not None
    assert Bedrag.nul() <= besluit.aanspraak
    assert besluit.aanspraak.waarde <= inkomen.waarde * Decimal("0.08") + Decimal("0.005")
    assert (besluit.te_verrekenen_met_bijstand, besluit.vakantiegeld_als_inkomen) == (inkomen, Bedrag.nul())
    assert besluit.te_verrekenen_met_vakantietoeslag == besluit.aanspraak


@settings(deadline=None)
@given(BEDRAGEN, BEDRAGEN)
def test_in_2026_gaat_de_aanspraak_af_van_de_vakantietoeslag_en_telt_uitbetaald_vakantiegeld_niet_nog_eens(
        inkomen: Bedrag, vakantiegeld_: Bedrag) -> None:
    """Uitbetaald vakantiegeld is uitgesteld inkomen (art. 32 lid 2 Pw) waarvan de aanspraak al is verrekend: het
    als inkomen van de maand tellen zou hetzelfde vakantiegeld twee keer verrekenen."""
    besluit = vakantiegeld(Vakantiegeldfeiten(inkomen, vakantiegeld_), VOOR)
    assert not besluit.standaardwijze
    assert besluit.te_verrekenen_met_bijstand == inkomen
    assert besluit.vakantiegeld_als_inkomen == Bedrag.nul()
    assert besluit.grondslag == "art. 31 lid 4 en art. 32 lid 2 Pw"
    assert besluit.aanspraak is not None
    assert Bedrag.nul() <= besluit.aanspraak == besluit.te_verrekenen_met_vakantietoeslag
    assert besluit.aanspraak.waarde <= inkomen.waarde * Decimal("0.08") + Decimal("0.005")
    assert ("M19-uitbetaling-2026" in {i.id for i in besluit.uitleg.lezingen}) == (vakantiegeld_ > Bedrag.nul())


@pytest.mark.parametrize(("inkomen", "aanspraak", "schijf"), [
    ("876.38", "70.11", "schijf 1"),  # 8,00 % × 876,38 = 70,1104
    ("876.39", "49.34", "schijf 2"),  # 8,00 % × 876,39 − 20,77 = 70,1112 − 20,77 = 49,3412
    ("2175.47", "171.37", "schijf 3"),  # 8,00 % × 2.175,47 − 2,67 = 174,0376 − 2,67 = 171,3676
    ("2175.48", "107.53", "schijf 4"),  # 5,02 % × 2.175,48 − 1,68 = 109,209096 − 1,68 = 107,529096
])
def test_de_formules_voor_2026_gelden_in_2026_en_de_uitleg_noemt_artikel_en_schijf(
        inkomen: str, aanspraak: str, schijf: str) -> None:
    besluit = vakantiegeld(Vakantiegeldfeiten(Bedrag.van(inkomen)), BOEK.stand(date(2026, 1, 1)))
    assert besluit.aanspraak == Bedrag.van(aanspraak)
    stap = besluit.uitleg.stappen[0]
    assert stap.artikel == "art. 11 Regeling Participatiewet, IOAW en IOAZ"
    assert f"({schijf}): " in stap.omschrijving
    assert besluit.formule is not None
    assert besluit.formule in stap.omschrijving
    assert not any(p.voorlopig for p in stap.parameters)


def test_na_2026_gelden_de_formules_voor_2026_voorlopig_tot_de_nieuwe_bijlage() -> None:
    besluit = vakantiegeld(Vakantiegeldfeiten(Bedrag.van("1000.00")), NA)
    assert besluit.uitleg.voorlopige_parameters == ("vakantiegeld.art11_schijf2_procent",
                                                   "vakantiegeld.art11_schijf2_aftrek",
                                                   "vakantiegeld.art11_schijf2_vanaf",
                                                   "vakantiegeld.art11_schijf3_vanaf")
    assert besluit.aanspraak == Bedrag.van("59.23")  # 8,00 % × 1.000,00 − 20,77 = 59,23 (schijf 2)


@pytest.mark.parametrize(("soort", "huishouden", "inkomen", "aanspraak"), [
    (Inkomenssoort.TEGENWOORDIGE_ARBEID, None, "876.38", "70.11"),
    (Inkomenssoort.TEGENWOORDIGE_ARBEID, None, "1059.25", "63.97"),
    (Inkomenssoort.TEGENWOORDIGE_ARBEID, None, "3000.00", "148.92"),
    (Inkomenssoort.VROEGERE_ARBEID, None, "672.37", "53.79"),
    (Inkomenssoort.VROEGERE_ARBEID, None, "726.15", "37.32"),
    (Inkomenssoort.ZONDER_HEFFINGSKORTING, None, "2500.00", "200.00"),
    (Inkomenssoort.GEKORTE_AOW, Huishouden(AOW), "1000.00", "65.10"),
    (Inkomenssoort.GEKORTE_AOW, Huishouden(AOW, partner=AOW), "1500.00", "101.70"),
    (Inkomenssoort.GEKORTE_AOW, Huishouden(AOW, partner=Persoon(60)), "1507.15", "102.18"),
    (Inkomenssoort.NAAST_GEKORTE_AOW, Huishouden(Persoon(60), partner=AOW), "500.00", "40.00"),
])
def test_de_schijven_van_bijlage_iv(soort: Inkomenssoort, huishouden: Huishouden | None, inkomen: str,
                                    aanspraak: str) -> None:
    besluit = vakantiegeld(Vakantiegeldfeiten(Bedrag.van(inkomen), soort=soort, huishouden=huishouden), NA)
    assert besluit.aanspraak == Bedrag.van(aanspraak)
    assert all(p.bron == "Normenbrief 1 januari 2026, Bijlage IV" for s in besluit.uitleg.stappen
               for p in s.parameters)


@pytest.mark.parametrize(("soort", "huishouden"), [
    (Inkomenssoort.GEKORTE_AOW, None),
    (Inkomenssoort.NAAST_GEKORTE_AOW, Huishouden(Persoon(50))),
    (Inkomenssoort.TEGENWOORDIGE_ARBEID, Huishouden(AOW)),
])
def test_een_soort_inkomen_die_niet_bij_de_leeftijd_past_is_ongeldig(soort: Inkomenssoort,
                                                                    huishouden: Huishouden | None) -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        vakantiegeld(Vakantiegeldfeiten(Bedrag.van("100.00"), soort=soort, huishouden=huishouden), NA)
    assert [b.veld for b in fout.value.bezwaren] == ["soortInkomen"]


def test_de_uitleg_noemt_de_lezing_van_de_afronding_alleen_als_de_afronding_het_bedrag_verandert() -> None:
    stand = BOEK.stand(date(2026, 3, 1))
    precies = vakantiegeld(Vakantiegeldfeiten(Bedrag.van("600.00")), stand)  # 8,00 % × 600,00 = 48,00
    afgerond = vakantiegeld(Vakantiegeldfeiten(Bedrag.van("876.38")), stand)  # 8,00 % × 876,38 = 70,1104
    assert (precies.uitleg.voorlopig, [i.id for i in afgerond.uitleg.lezingen]) == (False, ["M19-aanspraak-afronding"])


def test_voor_een_peildatum_zonder_formules_wordt_geen_aanspraak_verrekend_en_is_het_besluit_voorlopig() -> None:
    besluit = vakantiegeld(Vakantiegeldfeiten(Bedrag.van("600.00"), Bedrag.van("480.00")),
                           BOEK.stand(date(2025, 12, 31)))
    assert (besluit.aanspraak, besluit.te_verrekenen_met_vakantietoeslag) == (None, Bedrag.nul())
    assert besluit.te_verrekenen_met_bijstand == Bedrag.van("1080.00")
    assert [i.id for i in besluit.uitleg.lezingen] == ["M19-zonder-formules"]
