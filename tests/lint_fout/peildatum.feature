# language: nl
@M04
Functionaliteit: Een scenario zonder peildatum

  @M04-901
  Scenario: Een gift
    Gegeven de belanghebbende ontvangt in de maand € 300,00 aan giften
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 300,00 vrijgelaten
