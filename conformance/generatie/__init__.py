"""Verzoeken genereren voor `pwib vergelijk`: geldig volgens de schema's van het contract, met kennis van het domein.

`domein` zegt waar de fouten zitten (leeftijden rond 18, 21, 27 en de AOW-leeftijd, bedragen rond elke
grens uit de parameters, peildata op en net vóór elke datum van inwerkingtreding); `verzoeken` loopt de
schema's van het contract af en kiest bij elk veld uit die kennis. Alles hangt af van één `random.Random`
met het zaad: hetzelfde zaad en dezelfde suite geven dezelfde verzoeken in dezelfde volgorde.
"""
