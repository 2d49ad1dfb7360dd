from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reference.waarden import Bedrag, Maand, afronden_op_centen, plus_maanden


def test_een_bedrag_leest_alleen_de_contractvorm() -> None:
    assert Bedrag.van("1401.50").waarde == Decimal("1401.50")
    for fout in ("1401.5", "1.401,50", "1401", "abc", "1e3"):
        with pytest.raises(ValueError, match="bedrag"):
            Bedrag.van(fout)


def test_een_bedrag_weigert_floats_en_fracties_van_centen() -> None:
    with pytest.raises(TypeError):
        Bedrag(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="centen"):
        Bedrag(Decimal("1.005"))


@pytest.mark.parametrize(
    ("waarde", "verwacht"),
    [("1001.065", "1001.07"), ("1001.064999", "1001.06"), ("867.5896", "867.59"), ("0.005", "0.01")],
)
def test_afronden_op_centen_rondt_de_helft_naar_boven(waarde: str, verwacht: str) -> None:
    assert afronden_op_centen(Decimal(waarde)) == Bedrag.van(verwacht)


@given(st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=6))
def test_afronden_wijkt_hoogstens_een_halve_cent_af(waarde: Decimal) -> None:
    assert abs(afronden_op_centen(waarde).waarde - waarde) <= Decimal("0.005")


def test_maand_kent_eerste_en_laatste_dag_en_weigert_onzin() -> None:
    assert Maand.van("2026-02").laatste_dag == date(2026, 2, 28)
    assert Maand.van("2026-12").plus(1) == Maand(2027, 1)
    with pytest.raises(ValueError, match="maand"):
        Maand.van("2026-13")


def test_maanden_tellen_als_de_kalender() -> None:
    assert plus_maanden(date(2026, 5, 31), -3) == date(2026, 2, 28)
