# language: nl
@M04
Functionaliteit: Een tweede achtergrond

  Achtergrond:
    Gegeven de peildatum is 2026-03-15

  Achtergrond:
    Gegeven de peildatum is 2026-03-16

  @M04-901
  Scenario: Een gift
    Als de giftenvrijlating wordt beoordeeld
