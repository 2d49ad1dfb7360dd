"""De voorcontrole (ADR): elke controle op één uitwisseling, en de keuze van de operatie om mee te proberen."""

from __future__ import annotations

import json

import pytest

from conformance.aansturen.voorcontrole import REGELS, api_versie_is, cors_voor_iedereen, kies_operatie, probleemdetails
from conformance.kern.afwijking import Afwijking, Uitwisseling


def _u(status: int = 200, content_type: str = "application/json", lichaam: object = None,
       **kopregels: str) -> Uitwisseling:
    return Uitwisseling(methode="GET", pad="/x", verzoek_tekst=None, status=status, content_type=content_type,
                        kopregels={k.lower().replace("_", "-"): v for k, v in kopregels.items()},
                        antwoord_tekst=json.dumps(lichaam) if lichaam is not None else "", duur_ms=1.0,
                        gegevens=lichaam, leesfout=None if lichaam is not None else "een leeg lichaam")


def test_api_version_moet_er_zijn_en_gelijk_aan_info_version() -> None:
    api_versie_is("1.0.0")(_u(api_version="1.0.0"))
    for fout in (_u(), _u(api_version="v1.0.0"), _u(status=404, api_version="1.0")):
        with pytest.raises(Afwijking) as afwijking:
            api_versie_is("1.0.0")(fout)
        assert (afwijking.value.controle, afwijking.value.regel) == ("adr", "API-57")


def test_cors_moet_iedereen_toelaten() -> None:
    cors_voor_iedereen(_u(access_control_allow_origin="*"))
    with pytest.raises(Afwijking, match="API-51"):
        cors_voor_iedereen(_u(access_control_allow_origin="https://gemeente.example"))


@pytest.mark.parametrize(("uitwisseling", "melding"), [
    (_u(404, "text/html", None), "application/problem\\+json"),
    (_u(404, "application/problem+json", {"status": 404, "title": "weg"}), "zonder detail"),
    (_u(400, "application/problem+json", {"status": 404, "title": "t", "detail": "d"}), "status 400"),
    (_u(400, "application/problem+json", ["geen object"]), "JSON-object"),
])
def test_een_4xx_is_problem_json_met_status_title_en_detail(uitwisseling: Uitwisseling, melding: str) -> None:
    with pytest.raises(Afwijking, match=melding):
        probleemdetails(uitwisseling)


def test_een_goed_probleem_slaagt() -> None:
    probleemdetails(_u(404, "application/problem+json", {"status": 404, "title": "t", "detail": "d"}))


def test_de_voorcontrole_probeert_een_operatie_van_een_geclaimde_maatregel() -> None:
    per_pad = {"/beoordelingen/giftenvrijlating": ("M04",), "/beoordelingen/bijstandsnorm": ("NORM", "M06")}
    assert kies_operatie(per_pad, ("NORM",))[0] == "/beoordelingen/bijstandsnorm"
    assert kies_operatie(per_pad, ("M04",))[0] == "/beoordelingen/giftenvrijlating"
    assert kies_operatie(per_pad, None)[0].startswith("/beoordelingen/")


def test_elke_regel_heeft_een_uniek_id_en_een_niveau() -> None:
    assert len({r.id for r in REGELS}) == len(REGELS)
    assert {r.niveau for r in REGELS} == {"moet", "zou"}
    assert {"API-48", "API-51", "API-57", "API-20", "problem-details"} <= {r.id for r in REGELS if r.niveau == "moet"}
