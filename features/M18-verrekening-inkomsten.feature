# language: nl
@M18 @voorlopig
Functionaliteit: Verrekening van inkomsten in de maand waarin erover kan worden beschikt
  Voorlopig: de tekst van art. 31 en 32 Pw per 2027 staat nog niet in de bronnen; pwib volgt de
  letterlijke lezing van de maatregel. Vanaf 1 januari 2027 telt een betaling als inkomen in de maand
  waarin erover kan worden beschikt, alleen voor zover zij betrekking heeft op de periode waarover
  bijstand wordt gevraagd; het deel dat voor toekomstige maanden bedoeld is, telt in die maanden, en
  onbelaste vergoedingen tellen niet. Tot 2027 telt een betaling in de maand waarop zij betrekking
  heeft (art. 32 lid 1 onder b Pw). Een betaling over meer maanden wordt in gelijke delen verdeeld,
  naar beneden op centen, met het restant in de laatste maand.

  Regel: Vanaf 2027 telt inkomen in de maand waarin erover kan worden beschikt; daarvóór in de maand waarop het betrekking heeft (art. 31 lid 1 en art. 32 lid 1 Pw)

    @M18-001
    Abstract Scenario: Loon over december dat in januari binnenkomt, de dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is 2026-12
      En er is een betaling van € 600,00 ontvangen in 2027-01
      En die betaling betreft de maand 2026-12
      Als de verrekening van de inkomsten wordt beoordeeld
      Dan telt <telt> van de betalingen als inkomen in de bijstandsmaand
      En telt inkomen in <stelsel>

      Voorbeelden:
        | peildatum  | telt     | stelsel                                    |
        | 2026-12-31 | € 600,00 | de maand waarop het betrekking heeft       |
        | 2027-01-01 | € 0,00   | de maand waarin erover kan worden beschikt |

    @M18-002
    Scenario: Twee loonbetalingen in één maand tellen samen in die maand
      Gegeven de peildatum is 2027-11-01
      En de bijstandsmaand is 2027-11
      En er is een betaling van € 600,00 ontvangen in 2027-11
      En die betaling betreft de maand 2027-10
      En er is een betaling van € 600,00 ontvangen in 2027-11
      En die betaling betreft de maand 2027-11
      Als de verrekening van de inkomsten wordt beoordeeld
      Dan telt € 1.200,00 van de betalingen als inkomen in de bijstandsmaand
      En is in de bijstandsmaand € 1.200,00 ontvangen

    @M18-003
    Scenario: Vóór 2027 telt het loon over de maand, ook als het pas later binnenkomt
      Gegeven de peildatum is 2026-11-01
      En de bijstandsmaand is 2026-11
      En er is een betaling van € 600,00 ontvangen in 2026-11
      En die betaling betreft de maand 2026-10
      En er is een betaling van € 650,00 ontvangen in 2026-12
      En die betaling betreft de maand 2026-11
      Als de verrekening van de inkomsten wordt beoordeeld
      Dan telt € 650,00 van de betalingen als inkomen in de bijstandsmaand
      En is in de bijstandsmaand € 600,00 ontvangen

    @M18-009
    Scenario: Zonder betalingen telt er niets en is er niets te verdelen
      # Art. 31 lid 1 en 32 lid 1 Pw: alleen wat de belanghebbende ontvangt of redelijkerwijs kan verwerven telt;
      # zonder betalingen is er geen inkomen in de bijstandsmaand en geen betaling om te beoordelen.
      Gegeven de peildatum is 2027-02-01
      En de bijstandsmaand is 2027-01
      En er zijn geen betalingen ontvangen
      Als de verrekening van de inkomsten wordt beoordeeld
      Dan telt € 0,00 van de betalingen als inkomen in de bijstandsmaand
      En is in de bijstandsmaand € 0,00 ontvangen
      En zijn er geen betalingen beoordeeld
      En telt inkomen in de maand waarin erover kan worden beschikt

  Regel: Wat bedoeld is voor toekomstige maanden, telt in die maanden (voorlopig: gelijke delen, het restant in de laatste maand)

    @M18-004
    Abstract Scenario: Een betaling vooruit over drie maanden
      Gegeven de peildatum is <peildatum>
      En de bijstandsmaand is <maand>
      En er is een betaling van € 1.000,00 ontvangen in 2027-03
      En die betaling betreft de maanden 2027-03 tot en met 2027-05
      Als de verrekening van de inkomsten wordt beoordeeld
      Dan telt <telt> van de betalingen als inkomen in de bijstandsmaand

      Voorbeelden:
        | peildatum  | maand   | telt     |
        | 2027-02-01 | 2027-02 | € 0,00   |
        | 2027-03-01 | 2027-03 | € 333,33 |
        | 2027-04-01 | 2027-04 | € 333,33 |
        | 2027-05-01 | 2027-05 | € 333,34 |

  Regel: Alleen het deel dat betrekking heeft op de bijstandsperiode telt, en onbelaste vergoedingen tellen niet (art. 32 lid 1 onder b en art. 31 lid 2 onder g Pw)

    @M18-005
    Scenario: Loon over een maand vóór de bijstand telt niet
      Gegeven de peildatum is 2027-02-01
      En de bijstandsmaand is 2027-02
      En de bijstand loopt sinds 2027-02
      En er is een betaling van € 600,00 ontvangen in 2027-02
      En die betaling betreft de maand 2027-01
      Als de verrekening van de inkomsten wordt beoordeeld
      Dan telt € 0,00 van de betalingen als inkomen in de bijstandsmaand
      En is in de bijstandsmaand € 600,00 ontvangen

    @M18-006
    Scenario: Een onbelaste reiskostenvergoeding telt niet
      # 2027-04: het loon van € 600,00 is in april ontvangen en betreft april: het telt helemaal, als middel waarover
      # in de maand kan worden beschikt (art. 31 lid 1 Pw) en als inkomen over de bijstandsperiode (art. 32 lid 1 Pw).
      # De onbelaste vergoeding van € 45,00 telt niet (art. 31 lid 2 onder g Pw): € 0,00. Samen € 600,00 + € 0,00.
      Gegeven de peildatum is 2027-04-01
      En de bijstandsmaand is 2027-04
      En er is een betaling van € 600,00 ontvangen in 2027-04
      En er is een betaling van € 45,00 ontvangen in 2027-04
      En die betaling is een onbelaste vergoeding
      Als de verrekening van de inkomsten wordt beoordeeld
      Dan telt € 600,00 van de betalingen als inkomen in de bijstandsmaand
      En telt de laatste betaling niet mee op grond van "art. 31 lid 2 onder g Pw"
      En telt van elke betaling in de bijstandsmaand:
        | deel     | artikel                           |
        | € 600,00 | art. 31 lid 1 en art. 32 lid 1 Pw |
        | € 0,00   | art. 31 lid 2 onder g Pw          |

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M18-007
    Scenario: Een periode die eindigt vóór zij begint
      Gegeven de peildatum is 2027-04-01
      En de bijstandsmaand is 2027-04
      En er is een betaling van € 600,00 ontvangen in 2027-04
      En die betaling betreft de maanden 2027-04 tot en met 2027-02
      Als de verrekening van de inkomsten wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "betalingen.0.betreftTot"

    @M18-008
    Scenario: Een maand die niet bestaat
      Gegeven de peildatum is 2027-04-01
      En de bijstandsmaand is 2027-13
      En er is een betaling van € 600,00 ontvangen in 2027-04
      Als de verrekening van de inkomsten wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "maand"
