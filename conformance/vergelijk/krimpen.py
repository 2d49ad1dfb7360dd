"""Een verschil krimpen tot het kleinste verzoek dat nog verschilt (delta debugging over de JSON).

Stap voor stap probeert `krimp` een kleiner verzoek: een veld weglaten (eerst de grote delen, dan dieper),
een element uit een lijst weglaten, een bedrag op nul. Een stap blijft staan als `proef` zegt dat het
kleinere verzoek nog hetzelfde verschil geeft (de referentie aanvaardt het nog en een beslissend veld dat
eerst verschilde, verschilt nog). Het stopt als geen stap meer helpt, of na `max_proeven` proeven.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

Proef = Callable[[dict[str, Any]], bool]
Pad = tuple[str | int, ...]
MAX_PROEVEN = 400


def _paden(waarde: Any, pad: Pad = ()) -> Iterator[Pad]:
    """Elk veld en element, breedte eerst: de grote delen vóór hun onderdelen."""
    rij: list[tuple[Any, Pad]] = [(waarde, pad)]
    while rij:
        knoop, plek = rij.pop(0)
        if isinstance(knoop, dict):
            for sleutel, deel in knoop.items():
                yield (*plek, sleutel)
                rij.append((deel, (*plek, sleutel)))
        elif isinstance(knoop, list):
            for index in reversed(range(len(knoop))):
                yield (*plek, index)
            rij.extend((deel, (*plek, index)) for index, deel in enumerate(knoop))


def _zonder(verzoek: dict[str, Any], pad: Pad) -> dict[str, Any]:
    kopie = copy.deepcopy(verzoek)
    ouder: Any = kopie
    for stap in pad[:-1]:
        ouder = ouder[stap]
    del ouder[pad[-1]]
    return kopie


def _met(verzoek: dict[str, Any], pad: Pad, waarde: Any) -> dict[str, Any]:
    kopie = copy.deepcopy(verzoek)
    ouder: Any = kopie
    for stap in pad[:-1]:
        ouder = ouder[stap]
    ouder[pad[-1]] = waarde
    return kopie


def _waarde(verzoek: dict[str, Any], pad: Pad) -> Any:
    knoop: Any = verzoek
    for stap in pad:
        knoop = knoop[stap]
    return knoop


def _kleiner(verzoek: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for pad in list(_paden(verzoek)):
        yield _zonder(verzoek, pad)
    for pad in list(_paden(verzoek)):
        waarde = _waarde(verzoek, pad)
        if isinstance(waarde, str) and waarde.endswith(".00") is False and "." in waarde and waarde[0].isdigit():
            yield _met(verzoek, pad, waarde.split(".")[0] + ".00")
        if waarde is True:
            yield _met(verzoek, pad, False)


def krimp(verzoek: dict[str, Any], proef: Proef, max_proeven: int = MAX_PROEVEN) -> tuple[dict[str, Any], int]:
    """(het kleinste gevonden verzoek dat nog verschilt, het aantal proeven)."""
    huidig, proeven = verzoek, 0
    verbeterd = True
    while verbeterd and proeven < max_proeven:
        verbeterd = False
        for kandidaat in _kleiner(huidig):
            if proeven >= max_proeven:
                break
            proeven += 1
            if proef(kandidaat):
                huidig, verbeterd = kandidaat, True
                break
    return huidig, proeven
