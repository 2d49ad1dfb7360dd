# language: nl
@M04
Functionaliteit: Een relatieve datum

  @M04-901
  Scenario: Een gift
    Gegeven de peildatum is 2026-03-15
    En de belanghebbende ontvangt in de maand € 300,00 aan giften
    Als de giftenvrijlating wordt beoordeeld
    Dan wordt de invoer geweigerd met een melding over "de aanvraag van vandaag"
