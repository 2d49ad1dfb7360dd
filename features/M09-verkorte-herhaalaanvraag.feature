# language: nl
@M09
Functionaliteit: Verkorte herhaalaanvraag
  Sinds 1 januari 2026 kan het college bij een nieuwe aanvraag binnen twaalf maanden na het
  eindigen van de algemene bijstand de gegevens gebruiken die het van de eerdere
  bijstandsverlening heeft, als dat de aanvraag voor de belanghebbende minder belastend maakt
  (art. 43a lid 1 Pw). Het college verifieert dan of die gegevens nog juist en actueel zijn
  (lid 2). Of het minder belastend is, oordeelt het college in het geval.

  Regel: Binnen twaalf maanden na het eindigen kan het college de eerdere gegevens gebruiken (art. 43a Pw)

    @M09-001
    Scenario: Een nieuwe aanvraag vijf maanden na het eindigen van de bijstand
      Gegeven de peildatum is 2026-09-01
      En de laatste dag van de vorige algemene bijstand was 2026-03-31
      En de belanghebbende doet op 2026-09-01 een nieuwe aanvraag
      En naar het oordeel van het college leidt het gebruik van de eerdere gegevens tot een minder belastende aanvraag
      Als de herhaalaanvraag wordt beoordeeld
      Dan mag het college de gegevens van de eerdere bijstandsverlening gebruiken
      En moet het college de juistheid en actualiteit van die gegevens verifiëren
      En ligt de nieuwe aanvraag binnen de termijn voor een verkorte herhaalaanvraag
      En eindigt de termijn voor een verkorte herhaalaanvraag op 2027-03-31
      En is de verkorte herhaalaanvraag van toepassing
      En is de grondslag "art. 43a lid 1 Pw"

    @M09-002
    Abstract Scenario: Precies twaalf maanden na het eindigen, en een dag later
      Gegeven de peildatum is <aanvraag>
      En de laatste dag van de vorige algemene bijstand was 2026-03-31
      En de belanghebbende doet op <aanvraag> een nieuwe aanvraag
      En naar het oordeel van het college leidt het gebruik van de eerdere gegevens tot een minder belastende aanvraag
      Als de herhaalaanvraag wordt beoordeeld
      Dan ligt de nieuwe aanvraag <ligging> de termijn voor een verkorte herhaalaanvraag
      En mag het college de gegevens van de eerdere bijstandsverlening <gebruik>

      Voorbeelden:
        | aanvraag   | ligging | gebruik        |
        | 2027-03-31 | binnen  | gebruiken      |
        | 2027-04-01 | buiten  | niet gebruiken |

    @M09-003
    Scenario: Binnen de termijn, maar het college acht het gebruik niet minder belastend
      Gegeven de peildatum is 2026-06-15
      En de laatste dag van de vorige algemene bijstand was 2026-02-28
      En de belanghebbende doet op 2026-06-15 een nieuwe aanvraag
      Als de herhaalaanvraag wordt beoordeeld
      Dan ligt de nieuwe aanvraag binnen de termijn voor een verkorte herhaalaanvraag
      En mag het college de gegevens van de eerdere bijstandsverlening niet gebruiken
      En hoeft het college die gegevens niet te verifiëren

  Regel: Voorlopig: de twaalf maanden beginnen op de dag na de laatste dag van de bijstand (art. 43a lid 1 Pw)
    De wet zegt niet hoe de twaalf maanden worden geteld. pwib telt ze als een periode die begint
    op de dag na de laatste dag van de bijstand; eindigde de bijstand op 28 februari 2027, dan loopt
    de termijn tot en met 29 februari 2028.

    @M09-004 @voorlopig
    Scenario: Het einde van de termijn in een schrikkeljaar
      Gegeven de peildatum is 2028-02-29
      En de laatste dag van de vorige algemene bijstand was 2027-02-28
      En de belanghebbende doet op 2028-02-29 een nieuwe aanvraag
      En naar het oordeel van het college leidt het gebruik van de eerdere gegevens tot een minder belastende aanvraag
      Als de herhaalaanvraag wordt beoordeeld
      Dan eindigt de termijn voor een verkorte herhaalaanvraag op 2028-02-29
      En mag het college de gegevens van de eerdere bijstandsverlening gebruiken

  Regel: Vóór 2026 bestond de verkorte herhaalaanvraag niet (art. 43a Pw, in werking vanaf 1 januari 2026)

    @M09-005
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de laatste dag van de vorige algemene bijstand was 2025-06-30
      En de belanghebbende doet op 2025-12-31 een nieuwe aanvraag
      En naar het oordeel van het college leidt het gebruik van de eerdere gegevens tot een minder belastende aanvraag
      Als de herhaalaanvraag wordt beoordeeld
      Dan mag het college de gegevens van de eerdere bijstandsverlening <gebruik>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | gebruik        | grondslag         |
        | 2025-12-31 | niet gebruiken | art. 43a Pw       |
        | 2026-01-01 | gebruiken      | art. 43a lid 1 Pw |

    @M09-006
    Scenario: Vóór 2026 zegt het besluit vanaf wanneer de regel geldt
      Gegeven de peildatum is 2025-11-03
      En de laatste dag van de vorige algemene bijstand was 2025-08-31
      En de belanghebbende doet op 2025-11-03 een nieuwe aanvraag
      Als de herhaalaanvraag wordt beoordeeld
      Dan is de verkorte herhaalaanvraag nog niet van toepassing, die geldt vanaf 2026-01-01
      En mag het college de gegevens van de eerdere bijstandsverlening niet gebruiken
      En hoeft het college die gegevens niet te verifiëren

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M09-007
    Scenario: Een nieuwe aanvraag op de laatste dag van de bijstand is geen aanvraag na het eindigen
      Gegeven de peildatum is 2026-04-01
      En de laatste dag van de vorige algemene bijstand was 2026-03-31
      En de belanghebbende doet op 2026-03-31 een nieuwe aanvraag
      Als de herhaalaanvraag wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "datumAanvraag"

    @M09-009
    Scenario: Een nieuwe aanvraag vóór de laatste dag van de bijstand is geen aanvraag na het eindigen
      Gegeven de peildatum is 2026-04-01
      En de laatste dag van de vorige algemene bijstand was 2026-03-31
      En de belanghebbende doet op 2026-03-15 een nieuwe aanvraag
      Als de herhaalaanvraag wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "datumAanvraag"

    @M09-010
    Scenario: Een nieuwe aanvraag na de peildatum bestaat nog niet
      Gegeven de peildatum is 2026-06-01
      En de laatste dag van de vorige algemene bijstand was 2026-03-31
      En de belanghebbende doet op 2026-06-02 een nieuwe aanvraag
      Als de herhaalaanvraag wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "datumAanvraag"

    @M09-008
    Scenario: Een laatste dag van de bijstand die niet bestaat
      Gegeven de peildatum is 2026-06-01
      En de laatste dag van de vorige algemene bijstand was 2026-04-31
      En de belanghebbende doet op 2026-05-04 een nieuwe aanvraag
      Als de herhaalaanvraag wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "laatsteDagBijstand"
