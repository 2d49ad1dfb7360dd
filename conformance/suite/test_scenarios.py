"""Alle features van pwib; de stappen komen uit `conformance.stappen` (geladen door de plugin)."""

from pytest_bdd import scenarios

from conformance.kern.bestanden import FEATURES

scenarios(str(FEATURES))
