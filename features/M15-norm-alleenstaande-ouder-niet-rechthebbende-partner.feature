# language: nl
@M15
Functionaliteit: Ophoging van de norm voor een ouder met een partner zonder recht op algemene bijstand
  Vanaf 1 januari 2027 wordt de norm opgehoogd met 1/12 van de alleenstaande-ouderkop van het
  kindgebonden budget (art. 2 lid 6 Wet op het kindgebonden budget) voor wie een rechtmatig in Nederland
  verblijvend, ten laste komend kind heeft, een toeslagpartner in de zin van art. 3 Awir heeft, en voor de
  Participatiewet als gehuwd geldt terwijl de partner geen recht op algemene bijstand heeft (art. 24a Pw).
  Vóór 2027 bestaat de ophoging niet.
  Het bedrag van art. 2 lid 6 WKB is op 1 januari 2026 € 3.416 per jaar (wetten.overheid.nl,
  BWBR0022751, tekst geldig op 1 januari 2026). Het bedrag per 1 januari 2027 is nog niet bekendgemaakt;
  tot dan rekent pwib met € 3.416, en 1/12 wordt afgerond op hele centen, de helft naar boven
  (€ 284,67). Scenario's die daarvan of van de normen van 1 juli 2026 afhangen, zijn @voorlopig.

  Regel: Vanaf 1 januari 2027 wordt de norm opgehoogd met 1/12 van de alleenstaande-ouderkop (art. 24a Pw); het bedrag per 2027 en de afronding zijn voorlopig

    @M15-001 @voorlopig
    Scenario: De dag vóór de inwerkingtreding wordt de norm niet opgehoogd
      Gegeven de peildatum is 2026-12-31
      En de belanghebbende is 35 jaar
      En de belanghebbende is gehuwd met een partner van 33 jaar
      En de partner heeft geen recht op algemene bijstand
      En de partner is toeslagpartner van de belanghebbende in de zin van de Awir
      En er komen 1 kinderen ten laste van het huishouden
      En een ten laste komend kind verblijft rechtmatig in Nederland
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de norm niet opgehoogd met de alleenstaande-ouderkop
      En is de norm € 1.013,90

    @M15-002 @voorlopig
    Abstract Scenario: Op de dag van de inwerkingtreding wordt de norm opgehoogd, ongeacht het aantal kinderen
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 35 jaar
      En de belanghebbende is gehuwd met een partner van 33 jaar
      En de partner heeft geen recht op algemene bijstand
      En de partner is toeslagpartner van de belanghebbende in de zin van de Awir
      En er komen <kinderen> kinderen ten laste van het huishouden
      En een ten laste komend kind verblijft rechtmatig in Nederland
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de norm opgehoogd met 1/12 van de alleenstaande-ouderkop: € 284,67
      En is de norm € 1.704,12
      En is de grondslag "art. 24 onder a Pw"

      Voorbeelden:
        | kinderen |
        |        1 |
        |        3 |

    @M15-003 @normenbrief-2026
    Scenario: In 2026 bestaat de ophoging nog niet
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 35 jaar
      En de belanghebbende is gehuwd met een partner van 33 jaar
      En de partner heeft geen recht op algemene bijstand
      En de partner is toeslagpartner van de belanghebbende in de zin van de Awir
      En er komen 2 kinderen ten laste van het huishouden
      En een ten laste komend kind verblijft rechtmatig in Nederland
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de norm niet opgehoogd met de alleenstaande-ouderkop
      En is de norm € 1.001,07

  Regel: De ophoging komt boven op de norm die er al is: die van art. 24 Pw, of met kostendelende medebewoners die van art. 22a Pw; voorlopig zoals de bedragen per 2027

    @M15-004 @voorlopig
    Scenario: Een ouder van 19 jaar: boven op de norm van art. 24 onder b
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 19 jaar
      En de belanghebbende is gehuwd met een partner van 33 jaar
      En de partner heeft geen recht op algemene bijstand
      En de partner is toeslagpartner van de belanghebbende in de zin van de Awir
      En er komen 1 kinderen ten laste van het huishouden
      En een ten laste komend kind verblijft rechtmatig in Nederland
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de norm opgehoogd met 1/12 van de alleenstaande-ouderkop: € 284,67
      En is de norm € 1.059,15

    @M15-005 @voorlopig
    Scenario: Met een kostendelende medebewoner: boven op het deel van de kostendelersnorm
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 35 jaar
      En de belanghebbende is gehuwd met een partner van 33 jaar
      En de partner heeft geen recht op algemene bijstand
      En de partner is toeslagpartner van de belanghebbende in de zin van de Awir
      En er komen 1 kinderen ten laste van het huishouden
      En een ten laste komend kind verblijft rechtmatig in Nederland
      En in de woning woont ook een medebewoner van 30 jaar
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de norm opgehoogd met 1/12 van de alleenstaande-ouderkop: € 284,67
      En is de norm € 1.163,38
      En is de kostendelersnorm van toepassing

    @M15-006 @voorlopig
    Scenario: Een ouder met de pensioengerechtigde leeftijd
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de belanghebbende is gehuwd met een partner van 60 jaar
      En de partner heeft geen recht op algemene bijstand
      En de partner is toeslagpartner van de belanghebbende in de zin van de Awir
      En er komen 1 kinderen ten laste van het huishouden
      En een ten laste komend kind verblijft rechtmatig in Nederland
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de norm opgehoogd met 1/12 van de alleenstaande-ouderkop: € 284,67
      En is de norm € 1.807,94

  Regel: Zonder één van de drie voorwaarden geen ophoging (art. 24a onder a, b en c Pw); voorlopig waar de normen van 1 juli 2026 gelden

    @M15-007 @voorlopig
    Scenario: De partner is geen toeslagpartner
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 35 jaar
      En de belanghebbende is gehuwd met een partner van 33 jaar
      En de partner heeft geen recht op algemene bijstand
      En er komen 1 kinderen ten laste van het huishouden
      En een ten laste komend kind verblijft rechtmatig in Nederland
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de norm niet opgehoogd met de alleenstaande-ouderkop
      En is de norm € 1.419,45

    @M15-008 @voorlopig
    Scenario: Geen ten laste komend kind dat rechtmatig in Nederland verblijft
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 35 jaar
      En de belanghebbende is gehuwd met een partner van 33 jaar
      En de partner heeft geen recht op algemene bijstand
      En de partner is toeslagpartner van de belanghebbende in de zin van de Awir
      En er komen 1 kinderen ten laste van het huishouden
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de norm niet opgehoogd met de alleenstaande-ouderkop
      En is de norm € 1.419,45

    @M15-009 @voorlopig
    Scenario: De partner heeft wel recht op algemene bijstand
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 35 jaar
      En de belanghebbende is gehuwd met een partner van 33 jaar
      En de partner is toeslagpartner van de belanghebbende in de zin van de Awir
      En er komen 1 kinderen ten laste van het huishouden
      En een ten laste komend kind verblijft rechtmatig in Nederland
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de norm niet opgehoogd met de alleenstaande-ouderkop
      En is de norm € 2.027,79

    @M15-010 @voorlopig
    Scenario: Een alleenstaande ouder zonder partner valt er niet onder
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 35 jaar
      En er komen 1 kinderen ten laste van het huishouden
      En een ten laste komend kind verblijft rechtmatig in Nederland
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de norm niet opgehoogd met de alleenstaande-ouderkop
      En is de norm € 1.419,46
      En is de leefvorm alleenstaande ouder

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M15-011
    Scenario: Een rechtmatig verblijvend kind zonder ten laste komende kinderen
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 35 jaar
      En de belanghebbende is gehuwd met een partner van 33 jaar
      En de partner heeft geen recht op algemene bijstand
      En een ten laste komend kind verblijft rechtmatig in Nederland
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de invoer geweigerd met een melding over "huishouden.kindRechtmatigInNederland"
