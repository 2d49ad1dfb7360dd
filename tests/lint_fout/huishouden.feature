# language: nl
@NORM
Functionaliteit: Een huishouden dat niet bestaat

  @NORM-901
  Scenario: Een alleenstaande
    Gegeven het huishouden "alleenstaande-36"
    En de peildatum is 2026-01-01
    Als de bijstandsnorm wordt vastgesteld
    Dan is de norm € 1.401,50
