# language: nl
@M04
Functionaliteit: Twee scenario's met dezelfde titel

  @M04-901
  Scenario: Een gift
    Gegeven de peildatum is 2026-03-15
    En de belanghebbende ontvangt in de maand € 300,00 aan giften
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 300,00 vrijgelaten

  @M04-902
  Scenario: Een gift
    Gegeven de peildatum is 2026-03-15
    En de belanghebbende ontvangt in de maand € 200,00 aan giften
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 200,00 vrijgelaten
