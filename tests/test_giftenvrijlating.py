"""M04: eigenschappen die voor elk bedrag gelden, naast de scenario's in de feature."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from reference import Giftenfeiten, giftenvrijlating, parameterboek
from reference.waarden import Bedrag

BEDRAGEN = st.decimals(min_value=0, max_value=5000, places=2).map(Bedrag)
GRENS = Bedrag.van("1200.00")


@given(BEDRAGEN, BEDRAGEN, BEDRAGEN, BEDRAGEN)
def test_vrijgelaten_en_meegeteld_zijn_samen_precies_wat_binnenkwam(
    giften: Bedrag, bijdragen: Bedrag, voedselbank: Bedrag, eerder: Bedrag
) -> None:
    besluit = giftenvrijlating(Giftenfeiten(giften, bijdragen, voedselbank, eerder),
                               parameterboek().stand(date(2026, 5, 1)))
    assert besluit.vrijgelaten + besluit.in_aanmerking_genomen == giften + bijdragen
    assert eerder + besluit.vrijgelaten <= GRENS.max(eerder)
    assert besluit.resterende_ruimte is not None
    assert besluit.resterende_ruimte.waarde >= Decimal(0)


@given(BEDRAGEN, st.booleans())
def test_voor_2026_telt_alles_mee_tenzij_het_college_het_verantwoord_acht(giften: Bedrag, verantwoord: bool) -> None:
    besluit = giftenvrijlating(Giftenfeiten(giften, college_acht_verantwoord=verantwoord),
                               parameterboek().stand(date(2025, 12, 31)))
    assert besluit.vrijgelaten == (giften if verantwoord else Bedrag.nul())
    assert besluit.resterende_ruimte is None
