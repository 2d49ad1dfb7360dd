"""Eén HTTP-uitwisseling met het doel, zoals het rapport haar toont.

`antwoord_tekst` is verborgen (geen geheim erin); `gegevens` is het lichaam zoals het gelezen werd
vóór het verbergen (conformance.doelinhoud), of `leesfout` zegt waarom dat niet kon. De suite leest
de verborgen tekst nooit opnieuw.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from conformance.afwijking import Afwijking


@dataclass(frozen=True)
class Uitwisseling:
    methode: str
    pad: str
    verzoek_tekst: str | None
    status: int
    content_type: str
    kopregels: dict[str, str]
    antwoord_tekst: str
    duur_ms: float
    query: dict[str, str] = field(default_factory=dict)
    gegevens: Any = None
    leesfout: str | None = None

    def json(self) -> Any:
        """Het antwoord als JSON; een Afwijking als het dat niet is."""
        if self.leesfout is not None:
            raise Afwijking("contract", "een JSON-antwoord", f"{self.leesfout}: {self.antwoord_tekst[:200]!r}")
        return self.gegevens

    def als_rapport(self) -> dict[str, Any]:
        return {
            "verzoek": {"methode": self.methode, "pad": self.pad, "lichaam": self.verzoek_tekst},
            "antwoord": {
                "status": self.status,
                "contentType": self.content_type,
                "apiVersion": self.kopregels.get("api-version"),
                "lichaam": self.antwoord_tekst[:10_000],
            },
            "duurMs": round(self.duur_ms, 2),
        }
