# language: nl
@M07
Functionaliteit: Grondslagen die niet in de wet of niet in het contract staan

  @M07-901
  Scenario: Een lid dat art. 41 niet heeft, een andere schrijfwijze, en een grondslag die het contract niet noemt
    Gegeven de peildatum is 2026-03-02
    Als de zoektermijn wordt beoordeeld
    Dan is de grondslag "art. 41 lid 13 Pw"
    En is de grondslag "art. 41, vierde lid, Pw"
    En is de grondslag "art. 41 lid 5 Pw"
    En is de grondslag "art. 41 lid 4 Pw"

  @M07-902
  Scenario: Een grondslag in een tabel die het contract niet noemt
    Gegeven de peildatum is 2026-03-02
    Als de zoektermijn wordt beoordeeld
    Dan is de uitkomst:
      | grondslag | art. 41 lid 6 Pw |
