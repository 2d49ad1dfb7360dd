# language: nl
@M04
Functionaliteit: Voorbeelden die een kolom missen

  @M04-901
  Abstract Scenario: Giften
    Gegeven de peildatum is 2026-03-15
    En de belanghebbende ontvangt in de maand <gift> aan giften
    Als de giftenvrijlating wordt beoordeeld
    Dan is <vrij> vrijgelaten

    Voorbeelden:
      | gift     |
      | € 300,00 |
