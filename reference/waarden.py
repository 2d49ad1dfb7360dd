"""Waardetypen aan elke grens: Bedrag (euro's op de cent), Maand en leeftijd op een datum.

Geld is altijd `decimal.Decimal`, nooit een binaire float. Afronden gebeurt alleen in
de benoemde functies hieronder, die de regel noemen waarop ze steunen.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import total_ordering

CENT = Decimal("0.01")
_BEDRAG_TEKST = re.compile(r"^-?\d+\.\d{2}$")
_MAAND_TEKST = re.compile(r"^(\d{4})-(\d{2})$")


@total_ordering
@dataclass(frozen=True, slots=True)
class Bedrag:
    """Een bedrag in euro's, exact op de cent."""

    waarde: Decimal

    def __post_init__(self) -> None:
        waarde = self.waarde
        if not isinstance(waarde, Decimal):
            raise TypeError(f"Bedrag vraagt een Decimal, geen {type(waarde).__name__}")
        try:
            op_centen = waarde.quantize(CENT)
        except InvalidOperation:
            op_centen = None
        if op_centen is None or op_centen != waarde:
            raise ValueError(f"Bedrag moet op hele centen liggen: {waarde}")
        object.__setattr__(self, "waarde", op_centen)

    @classmethod
    def _som(cls, waarde: Decimal) -> Bedrag:
        """Som of verschil van twee bedragen: ligt al op hele centen, dus zonder controle."""
        nieuw = object.__new__(cls)
        object.__setattr__(nieuw, "waarde", waarde)
        return nieuw

    @classmethod
    def van(cls, tekst: str) -> Bedrag:
        """Lees een bedrag uit de contractvorm `"1401.50"`."""
        if not _BEDRAG_TEKST.match(tekst):
            raise ValueError(f"geen bedrag in de vorm 1234.56: {tekst!r}")
        try:
            return cls(Decimal(tekst))
        except InvalidOperation as fout:  # pragma: no cover - the pattern rules this out
            raise ValueError(f"geen bedrag: {tekst!r}") from fout

    @classmethod
    def nul(cls) -> Bedrag:
        return _NUL

    def __str__(self) -> str:
        return f"{self.waarde:.2f}"

    def __add__(self, ander: Bedrag) -> Bedrag:
        return Bedrag._som(self.waarde + ander.waarde)

    def __sub__(self, ander: Bedrag) -> Bedrag:
        return Bedrag._som(self.waarde - ander.waarde)

    def __lt__(self, ander: Bedrag) -> bool:
        return self.waarde < ander.waarde

    def min(self, ander: Bedrag) -> Bedrag:
        return self if self <= ander else ander

    def max(self, ander: Bedrag) -> Bedrag:
        return self if self >= ander else ander

    def niet_negatief(self) -> Bedrag:
        return self.max(Bedrag.nul())


_NUL = Bedrag(Decimal("0.00"))


def afronden_op_centen(waarde: Decimal) -> Bedrag:
    """Rond een berekend bedrag af op hele centen, de helft naar boven.

    Grondslag: de Normenbrief 1 januari 2026 rekent de kostendelersnorm van
    art. 22a lid 1 Pw zo af (A = 2: 50 % van € 2.002,13 = € 1.001,065 -> € 1.001,07,
    Bijlage II, IOAW art. 5 lid 3). Dezelfde afronding geldt voor percentages van
    normen, zoals de vakantietoeslag van art. 19 lid 3 Pw.
    """
    return Bedrag._som(waarde.quantize(CENT, rounding=ROUND_HALF_UP))


def afronden_op_centen_naar_boven(waarde: Decimal) -> Bedrag:
    """Rond een ondergrens af op hele centen, altijd naar boven.

    Grondslag: art. 52 lid 2 Pw, het voorschot "bedraagt in ieder geval 95%" van de algemene
    bijstand. Dat is een ondergrens: het kleinste bedrag op hele centen dat er niet onder ligt
    (95 % van € 1.401,11 = € 1.331,0545 -> € 1.331,06; de helft naar boven gaf € 1.331,05,
    minder dan 95 %).
    """
    return Bedrag._som(waarde.quantize(CENT, rounding=ROUND_CEILING))


@total_ordering
@dataclass(frozen=True, slots=True)
class Maand:
    """Een kalendermaand, in het contract `2026-07`."""

    jaar: int
    maand: int

    def __post_init__(self) -> None:
        if not 1 <= self.maand <= 12:
            raise ValueError(f"geen maand: {self.maand}")

    @classmethod
    def van(cls, tekst: str) -> Maand:
        gevonden = _MAAND_TEKST.match(tekst)
        if gevonden is None:
            raise ValueError(f"geen maand in de vorm 2026-07: {tekst!r}")
        return cls(int(gevonden.group(1)), int(gevonden.group(2)))

    @classmethod
    def van_datum(cls, dag: date) -> Maand:
        return cls(dag.year, dag.month)

    def __str__(self) -> str:
        return f"{self.jaar:04d}-{self.maand:02d}"

    def __lt__(self, ander: Maand) -> bool:
        return (self.jaar, self.maand) < (ander.jaar, ander.maand)

    @property
    def eerste_dag(self) -> date:
        return date(self.jaar, self.maand, 1)

    @property
    def laatste_dag(self) -> date:
        return date(self.jaar, self.maand, calendar.monthrange(self.jaar, self.maand)[1])

    def plus(self, maanden: int) -> Maand:
        index = self.jaar * 12 + (self.maand - 1) + maanden
        return Maand(index // 12, index % 12 + 1)


def plus_maanden(dag: date, maanden: int) -> date:
    """Dezelfde dag `maanden` later (of eerder), begrensd op de laatste dag van de maand."""
    doel = Maand.van_datum(dag).plus(maanden)
    return date(doel.jaar, doel.maand, min(dag.day, doel.laatste_dag.day))
