"""De afwijkingen van een rapport zoals HTML en JUnit ze tonen: per oorzaak gegroepeerd, met artikel, plek,
URL, een `curl` van het verzoek, en verwacht naast werkelijk.

Leest alleen het (verzegelde, al geredigeerde) rapport; tekst uit het doel wordt nooit opnieuw geparst.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from typing import Any

AFWIJKEND = ("gefaald", "fout")


@dataclass
class Oorzaak:
    """Afwijkingen met dezelfde maatregel, hetzelfde veld en dezelfde soort verschil."""

    maatregel: str
    veld: str
    soort: str
    scenarios: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sleutel(self) -> str:
        return f"{self.maatregel}|{self.veld}|{self.soort}"


def afwijkingen(rapport: dict[str, Any]) -> list[dict[str, Any]]:
    """Voorcontrole en scenario's die gefaald of fout zijn, in rapportvolgorde."""
    return [s for s in [*rapport["voorcontrole"], *rapport["scenarios"]] if s["oordeel"] in AFWIJKEND]


def maatregel(scenario: dict[str, Any]) -> str:
    return str(scenario.get("maatregel") or "ADR")


def oorzaken(rapport: dict[str, Any]) -> list[Oorzaak]:
    """De afwijkingen gegroepeerd per (maatregel, veld, soort verschil); de grootste groep eerst."""
    groepen: dict[tuple[str, str, str], Oorzaak] = {}
    for scenario in afwijkingen(rapport):
        stap = scenario.get("falendeStap") or {}
        veld = stap.get("veld") or stap.get("regel") or "-"
        soort = stap.get("controle") or scenario["oordeel"]
        if scenario["oordeel"] == "fout":
            soort = f"{soort}: {scenario.get('reden') or 'fout'}"
        sleutel = (maatregel(scenario), str(veld), str(soort))
        groepen.setdefault(sleutel, Oorzaak(*sleutel)).scenarios.append(scenario)
    return sorted(groepen.values(), key=lambda o: (-len(o.scenarios), o.maatregel, o.veld))


def artikelen(rapport: dict[str, Any]) -> dict[str, list[str]]:
    """Per vast scenario-id (zonder #voorbeeld) de vindplaatsen in de wet, uit de herleidbaarheidsmatrix."""
    gevonden: dict[str, list[str]] = {}
    for eis in rapport["herleidbaarheid"]["eisen"]:
        for scenario in eis["scenarios"]:
            lijst = gevonden.setdefault(str(scenario["id"]).partition("#")[0], [])
            if eis["vindplaats"] not in lijst:
                lijst.append(eis["vindplaats"])
    return gevonden


def artikel(scenario: dict[str, Any], per_id: dict[str, list[str]]) -> str | None:
    vindplaatsen = per_id.get(str(scenario.get("id") or "").partition("#")[0])
    return "; ".join(vindplaatsen) if vindplaatsen else None


# een run tegen de referentie in-process: dezelfde referentie zoals `pwib serve` (make serve) haar aanbiedt
REFERENTIE_URL = "http://127.0.0.1:8080/v1"


def url(rapport: dict[str, Any], scenario: dict[str, Any]) -> str | None:
    """De volledige URL van het verzoek (doel + pad); None zonder verzoek."""
    uitwisseling = (scenario.get("falendeStap") or {}).get("uitwisseling")
    if not uitwisseling:
        return None
    doel = str(rapport["doel"])
    basis = doel if doel.startswith(("http://", "https://")) else REFERENTIE_URL
    return basis.rstrip("/") + str(uitwisseling["verzoek"]["pad"])


def curl(rapport: dict[str, Any], scenario: dict[str, Any]) -> str | None:
    """Het verzoek als `curl`-opdracht om te kopiëren; inloggegevens staan nooit in het rapport en dus niet hier."""
    uitwisseling = (scenario.get("falendeStap") or {}).get("uitwisseling")
    adres = url(rapport, scenario)
    if not uitwisseling or adres is None:
        return None
    verzoek = uitwisseling["verzoek"]
    delen = ["curl", "-sS", "-X", verzoek["methode"], shlex.quote(adres)]
    kopregels = rapport["opdracht"].get("kopregels") or []
    delen += [f"-H {shlex.quote(naam + ': ...')}" for naam in kopregels]
    if verzoek.get("lichaam") is not None:
        delen += ["-H", shlex.quote("Content-Type: application/json"), "--data-raw", shlex.quote(verzoek["lichaam"])]
    return " ".join(delen)


def vergelijking(scenario: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(veld, verwacht, werkelijk) per afwijkend veld; meer velden staan in het rapport als `a = x; b = y`."""
    stap = scenario.get("falendeStap") or {}
    verwacht, werkelijk = stap.get("verwacht"), stap.get("werkelijk")
    if verwacht is None and werkelijk is None:
        return []
    velden = [v.strip() for v in str(stap.get("veld") or "").split(",") if v.strip()]
    verwachte, werkelijke = str(verwacht).split("; "), str(werkelijk).split("; ")
    if len(velden) > 1 and len(verwachte) == len(werkelijke) == len(velden):
        return [(veld, v.removeprefix(f"{veld} = "), w.removeprefix(f"{veld} = "))
                for veld, v, w in zip(velden, verwachte, werkelijke, strict=True)]
    return [(velden[0] if velden else str(stap.get("controle") or ""), str(verwacht), str(werkelijk))]
