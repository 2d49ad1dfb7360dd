"""JSON naar referentietypen en terug: de enige plek waar die vertaling staat.

Elke module vertaalt één beoordeling en biedt `beoordeel(verzoek, boek) -> dict`.
"""
