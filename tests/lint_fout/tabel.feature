# language: nl
@M04
Functionaliteit: Een tabel met een onbekend label en een onjuiste waarde

  @M04-901
  Scenario: Een gift
    Gegeven de gegevens:
      | peildatum          | 2026-03-15 |
      | giften in de mand  | € 300,00   |
      | giften in de maand | 300        |
    Als de giftenvrijlating wordt beoordeeld
    Dan is € 300,00 vrijgelaten
