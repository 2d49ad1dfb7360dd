# language: nl
@M04
Functionaliteit: Engelse trefwoorden uit een ander project

  @M04-901
  Scenario Outline: Een gift
    Gegeven de peildatum is 2026-03-15
    When de giftenvrijlating wordt beoordeeld
    Dan is € 0,00 vrijgelaten
