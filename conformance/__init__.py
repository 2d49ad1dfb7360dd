"""pwib conformance: de suite die een implementatie van `openapi.yaml` alleen over HTTP beoordeelt.

Dit pakket kent `openapi.yaml`, `features/` en `fixtures/`; het importeert niets van
`reference` of `api`.
"""
