"""Waar de suite haar inhoud vindt: het contract, de features en de fixtures."""

from __future__ import annotations

from pathlib import Path

WORTEL = Path(__file__).resolve().parent.parent
CONTRACT = WORTEL / "openapi.yaml"
FEATURES = WORTEL / "features"
FIXTURES = WORTEL / "fixtures"
ZINNEN = Path(__file__).resolve().parent / "zinnen"
SUITE = Path(__file__).resolve().parent / "suite"
