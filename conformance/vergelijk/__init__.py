"""`pwib vergelijk`: dezelfde verzoeken aan het doel en aan de referentie, elk verschil gekrompen tot een scenario.

De pijplijn: `casussen` (gegenereerd met conformance.generatie, of uit een JSON Lines-bestand) ->
`beslissend` (de velden die `x-beslissend` van het contract noemt, exact vergeleken) -> `krimpen` (het
kleinste verzoek dat nog verschilt) -> `scenario` (een Nederlands scenario in de woorden van
conformance/zinnen) -> `rapporten` (JSON, HTML, JUnit). `pijplijn` voert het uit, `opdracht` leest de
opties. De referentie komt als orakel van de compositiewortel (api/cli.py): deze map importeert haar nooit.
"""
