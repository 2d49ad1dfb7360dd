"""pwib reference: de Participatiewet in balans als pure Python.

`api/` en de tests gebruiken alleen wat hier in `__all__` staat.
"""

from reference.catalogus import Maatregel, catalogus, maatregel
from reference.errors import (
    Bezwaar,
    OngeldigeFeiten,
    ParameterFout,
    ParameterOntbreekt,
    PwibFout,
)
from reference.feiten import Huishouden, Medebewoner, Overeenkomst, Persoon
from reference.maatregelen.giftenvrijlating import Giftenbesluit, Giftenfeiten, giftenvrijlating
from reference.maatregelen.kostendelersnorm import (
    Kostendelersbesluit,
    Medebewonersoordeel,
    kostendelersnorm,
)
from reference.parameters import Parameterboek, Parameterwaarde, Wetstand, parameterboek
from reference.uitleg import Stap, Uitleg
from reference.waarden import Bedrag, Maand

__all__ = [
    "Bedrag",
    "Bezwaar",
    "Giftenbesluit",
    "Giftenfeiten",
    "Huishouden",
    "Kostendelersbesluit",
    "Maand",
    "Maatregel",
    "Medebewoner",
    "Medebewonersoordeel",
    "OngeldigeFeiten",
    "Overeenkomst",
    "ParameterFout",
    "ParameterOntbreekt",
    "Parameterboek",
    "Parameterwaarde",
    "Persoon",
    "PwibFout",
    "Stap",
    "Uitleg",
    "Wetstand",
    "catalogus",
    "giftenvrijlating",
    "kostendelersnorm",
    "maatregel",
    "parameterboek",
]
