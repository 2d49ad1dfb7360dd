# language: nl
@M04
Functionaliteit: Een onbekende tag

  @M04-901 @normenbrief-2062
  Scenario: Een gift
    Gegeven de peildatum is 2026-03-15
    En de belanghebbende ontvangt in de maand € 300,00 aan giften
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 300,00 vrijgelaten
