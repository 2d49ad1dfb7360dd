"""`pwib vergelijk`: dezelfde verzoeken aan het doel en aan de referentie, elk verschil gekrompen tot een scenario.

De pijplijn: `casussen` (gegenereerd met conformance.generatie, of uit een JSON Lines-bestand) ->
`beslissend` (de velden die `x-beslissend` van het contract noemt, exact vergeleken; rust het antwoord van de
referentie op een voorlopige waarde of lezing, dan is het verschil voorlopig en beslist het niet) -> `krimpen` (het
kleinste verzoek dat nog verschilt, van dezelfde soort) -> `scenario` (een Nederlands scenario in de woorden van
conformance/zinnen, met `@voorlopig` als het antwoord van de referentie voorlopig is) -> `rapporten` (JSON, HTML,
JUnit). `pijplijn` voert het uit, `opdracht` leest de opties. De referentie komt als orakel van de compositiewortel
(api/cli.py), met een tweede orakel mét uitleg voor de voorlopige gronden van een verschil: deze map importeert
haar nooit.
"""
