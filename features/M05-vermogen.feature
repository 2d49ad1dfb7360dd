# language: nl
@M05
Functionaliteit: Vermogen zonder staffelmethode
  Vermogen is de waarde van de bezittingen min de aanwezige schulden. Wat minder is dan de
  vermogensgrens, blijft buiten beschouwing; alleen het deel boven de grens telt mee (2026:
  alleenstaande € 8.000, alleenstaande ouder en gehuwden € 16.000, Normenbrief 1 januari 2026,
  Bijlage I). Sinds 1 januari 2026 geldt dat ook voor vermogen dat tijdens de bijstand is
  verworven; daarvóór bleef alleen het vermogen bij de aanvang buiten beschouwing en telde wat
  erbij kwam zodra de grens, verminderd met dat aanvangsvermogen, was bereikt (de staffelmethode).

  Regel: Vermogen onder de vermogensgrens blijft buiten beschouwing, het deel erboven telt mee (art. 34 lid 2 onder b en lid 3 Pw)

    @M05-001 @normenbrief-2026
    Abstract Scenario: Precies op de vermogensgrens, en één cent erboven
      Gegeven de peildatum is 2026-05-01
      En voor de vermogensgrens heeft het huishouden de leefvorm <leefvorm>
      En de bezittingen buiten de eigen woning zijn <bezittingen> waard
      Als het vermogen wordt beoordeeld
      Dan is het vermogen <bezittingen>
      En is de vermogensgrens <grens>
      En blijft <grens> vermogen buiten beschouwing
      En telt <telt> vermogen mee
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | leefvorm            | bezittingen | grens       | telt   | grondslag                |
        | alleenstaande       | € 8.000,00  | € 8.000,00  | € 0,00 | art. 34 lid 2 onder b Pw |
        | alleenstaande       | € 8.000,01  | € 8.000,00  | € 0,01 | art. 34 lid 1 Pw         |
        | alleenstaande ouder | € 16.000,00 | € 16.000,00 | € 0,00 | art. 34 lid 2 onder b Pw |
        | alleenstaande ouder | € 16.000,01 | € 16.000,00 | € 0,01 | art. 34 lid 1 Pw         |
        | gehuwden            | € 16.000,00 | € 16.000,00 | € 0,00 | art. 34 lid 2 onder b Pw |
        | gehuwden            | € 16.000,01 | € 16.000,00 | € 0,01 | art. 34 lid 1 Pw         |

    @M05-002
    Scenario: Schulden gaan af van de bezittingen (art. 34 lid 1 onder a Pw)
      Gegeven de peildatum is 2026-05-01
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande ouder
      En de bezittingen buiten de eigen woning zijn € 17.000,00 waard
      En de aanwezige schulden bedragen € 1.000,00
      Als het vermogen wordt beoordeeld
      Dan is het vermogen € 16.000,00
      En is er geen vermogen dat meetelt

    @M05-003
    Scenario: Meer schulden dan bezittingen geeft een negatief vermogen dat niet meetelt
      Gegeven de peildatum is 2026-05-01
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En de bezittingen buiten de eigen woning zijn € 2.000,00 waard
      En de aanwezige schulden bedragen € 3.500,00
      Als het vermogen wordt beoordeeld
      Dan is het vermogen € -1.500,00
      En blijft € 0,00 vermogen buiten beschouwing
      En telt € 0,00 vermogen mee
      En is er geen vermogen dat meetelt

  Regel: Gebruikelijke bezittingen in natura, spaargeld uit de bijstand en smartengeld tellen niet als vermogen (art. 34 lid 2 onder a, c en e Pw)

    @M05-004
    Scenario: Wat lid 2 uitzondert, gaat af vóór de vergelijking met de grens
      Gegeven de peildatum is 2026-05-01
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En de bezittingen buiten de eigen woning zijn € 12.000,00 waard
      En daarvan acht het college € 500,00 aan bezittingen in natura algemeen gebruikelijk of noodzakelijk
      En daarvan is € 2.500,00 spaargeld opgebouwd tijdens de bijstand
      En daarvan is € 1.000,00 een vergoeding voor immateriële schade
      Als het vermogen wordt beoordeeld
      Dan is het vermogen € 8.000,00
      En telt € 0,00 vermogen mee
      En is de grondslag "art. 34 lid 2 onder b Pw"

  Regel: Vermogen in de eigen woning blijft buiten beschouwing voor zover het minder is dan de grens (art. 34 lid 2 onder d Pw)

    @M05-005 @normenbrief-2026
    Abstract Scenario: Overwaarde tot € 67.500, en erboven
      Gegeven de peildatum is 2026-05-01
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En de bezittingen buiten de eigen woning zijn € 1.000,00 waard
      En het vermogen gebonden in de eigen woning bedraagt <woning>
      Als het vermogen wordt beoordeeld
      Dan is het vermogen <vermogen>
      En telt <telt> vermogen mee

      Voorbeelden:
        | woning      | vermogen    | telt       |
        | € 67.500,00 | € 1.000,00  | € 0,00     |
        | € 67.500,01 | € 1.000,01  | € 0,00     |
        | € 80.000,00 | € 13.500,00 | € 5.500,00 |

  Regel: Sinds 2026 blijft ook vermogen dat tijdens de bijstand is verworven onder de grens buiten beschouwing; daarvóór gold de staffelmethode (art. 34 lid 2 onder b Pw; lid 4, oud, voorlopig)
    # Voorlopig: de tekst van art. 34 tot 1 januari 2026 (lid 4) staat niet in de bronnen van pwib.

    @M05-006 @voorlopig
    Abstract Scenario: Een erfenis na opgemaakt aanvangsvermogen, de dag vóór de inwerkingtreding (oude lid 4)
      Gegeven de peildatum is <peildatum>
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En bij de aanvang van de bijstand is het vermogen vastgesteld op € 5.000,00
      En de bezittingen buiten de eigen woning zijn € 5.000,00 waard
      En daarvan is € 5.000,00 tijdens de bijstand verworven
      Als het vermogen wordt beoordeeld
      Dan is de vermogensgrens <grens>
      En blijft <buiten> vermogen buiten beschouwing
      En telt <telt> vermogen mee
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | grens      | buiten     | telt       | grondslag                                   |
        | 2025-12-31 | € 7.770,00 | € 2.770,00 | € 2.230,00 | art. 34 lid 4 Pw (tekst tot 1 januari 2026) |

    @M05-007 @voorlopig
    Scenario: Vóór 2026 blijft aanwas binnen de resterende ruimte onder de grens buiten beschouwing
      Gegeven de peildatum is 2025-12-31
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En bij de aanvang van de bijstand is het vermogen vastgesteld op € 3.000,00
      En de bezittingen buiten de eigen woning zijn € 4.000,00 waard
      En daarvan is € 1.000,00 tijdens de bijstand verworven
      Als het vermogen wordt beoordeeld
      Dan telt € 0,00 vermogen mee
      En is de grondslag "art. 34 lid 2 onder b en lid 4 Pw (tekst tot 1 januari 2026)"

    @M05-008
    Abstract Scenario: Vóór 2026 bij de aanvang: precies op de grens van 1 juli 2025, en één cent erboven
      Gegeven de peildatum is 2025-12-31
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En de bezittingen buiten de eigen woning zijn <bezittingen> waard
      Als het vermogen wordt beoordeeld
      Dan is de vermogensgrens € 7.770,00
      En telt <telt> vermogen mee
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | bezittingen | telt   | grondslag                                           |
        | € 7.770,00  | € 0,00 | art. 34 lid 2 onder b Pw (tekst tot 1 januari 2026) |
        | € 7.770,01  | € 0,01 | art. 34 lid 1 Pw                                    |

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M05-009
    Scenario: De vrijgestelde delen zijn samen meer dan de bezittingen
      Gegeven de peildatum is 2026-05-01
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En de bezittingen buiten de eigen woning zijn € 1.000,00 waard
      En daarvan is € 1.000,01 spaargeld opgebouwd tijdens de bijstand
      Als het vermogen wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "bezittingen"

    @M05-010
    Scenario: Vóór 2026 vraagt aanwas tijdens de bijstand het vermogen bij de aanvang
      Gegeven de peildatum is 2025-12-31
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En de bezittingen buiten de eigen woning zijn € 1.000,00 waard
      En daarvan is € 1.000,00 tijdens de bijstand verworven
      Als het vermogen wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "vermogenBijAanvangBijstand"

  Regel: Sinds 1 januari 2026 geen staffelmethode meer: ook vermogen dat tijdens de bijstand is verworven blijft onder de grens buiten beschouwing (art. 34 lid 2 onder b Pw)
    # Het definitieve deel van M05-006 (dat @voorlopig is om de oude tekst): de nieuwe regel beslist.
    # Art. 34 lid 2 onder b Pw (tekst 2026): "het aanwezige vermogen voorzover dit minder bedraagt dan de
    # van toepassing zijnde vermogensgrens" blijft buiten beschouwing, dus ook de erfenis. Grens alleenstaande
    # 1 januari 2026: € 8.000 (art. 34 lid 3 onder a Pw; Normenbrief 1 januari 2026, Bijlage I).
    # Vermogen € 5.000,00 < € 8.000,00: buiten beschouwing € 5.000,00, telt € 0,00.
    # (Wie de staffelmethode nog toepast, laat alleen € 8.000,00 - € 5.000,00 = € 3.000,00 van de aanwas vrij
    # en telt € 2.000,00.)

    @M05-011
    Scenario: Een erfenis na opgemaakt aanvangsvermogen, de dag van de inwerkingtreding: geen staffelmethode
      Gegeven de peildatum is 2026-01-01
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En bij de aanvang van de bijstand is het vermogen vastgesteld op € 5.000,00
      En de bezittingen buiten de eigen woning zijn € 5.000,00 waard
      En daarvan is € 5.000,00 tijdens de bijstand verworven
      Als het vermogen wordt beoordeeld
      Dan is de vermogensgrens € 8.000,00
      En blijft € 5.000,00 vermogen buiten beschouwing
      En telt € 0,00 vermogen mee
      En is de grondslag "art. 34 lid 2 onder b Pw"
    # Art. 34 lid 1 onder b Pw: middelen die tijdens de bijstand worden ontvangen en geen inkomen zijn
    # (hier een erfenis van € 4.000,00) tellen als vermogen. Vermogen € 5.000,00 + € 4.000,00 = € 9.000,00;
    # grens alleenstaande 1 januari 2026 € 8.000 (art. 34 lid 3 onder a; Normenbrief 1 januari 2026, Bijlage I):
    # buiten beschouwing € 8.000,00 (lid 2 onder b), telt € 9.000,00 - € 8.000,00 = € 1.000,00.
    # (Wie de erfenis niet als vermogen telt, komt op € 5.000,00 en telt € 0,00.)

    @M05-012
    Scenario: Een erfenis tijdens de bijstand telt als vermogen en brengt het boven de grens
      Gegeven de peildatum is 2026-03-01
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En bij de aanvang van de bijstand is het vermogen vastgesteld op € 5.000,00
      En de bezittingen buiten de eigen woning zijn € 9.000,00 waard
      En daarvan is € 4.000,00 tijdens de bijstand verworven
      Als het vermogen wordt beoordeeld
      Dan is de vermogensgrens € 8.000,00
      En blijft € 8.000,00 vermogen buiten beschouwing
      En telt € 1.000,00 vermogen mee
      En is er vermogen dat meetelt
      En is de grondslag "art. 34 lid 1 Pw"
    # De vrijgestelde delen (lid 2 onder c en e) en het verworven deel (lid 1 onder b) zijn delen van de
    # bezittingen; samen € 400,00 + € 300,00 + € 300,01 = € 1.000,01, meer dan de bezittingen van € 1.000,00:
    # dat kan niet, de invoer wordt geweigerd (zoals M05-009, nu met drie delen die pas samen te veel zijn).

    @M05-013
    Scenario: Spaargeld, smartengeld en verworven vermogen zijn pas samen meer dan de bezittingen
      Gegeven de peildatum is 2026-05-01
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En bij de aanvang van de bijstand is het vermogen vastgesteld op € 0,00
      En de bezittingen buiten de eigen woning zijn € 1.000,00 waard
      En daarvan is € 400,00 spaargeld opgebouwd tijdens de bijstand
      En daarvan is € 300,00 een vergoeding voor immateriële schade
      En daarvan is € 300,01 tijdens de bijstand verworven
      Als het vermogen wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "bezittingen"

  Regel: De grenzen van vóór en van 1 januari 2026 per leefvorm en voor de eigen woning (art. 34 lid 2 onder b en d en lid 3 Pw)
    # Normenbrief 1 januari 2026, Bijlage I ("Buiten beschouwing te laten vermogen"), kolommen 1 juli 2025 en
    # 1 januari 2026: alleenstaande ouder en gehuwden € 15.540 en € 16.000. Precies op de grens telt € 0,00, één
    # cent erboven telt € 0,01 (lid 2 onder b); de grondslagen zoals in M05-001 en M05-008.

    @M05-014 @normenbrief-2026
    Abstract Scenario: Alleenstaande ouder en gehuwden: de grens de dag vóór en de dag van 1 januari 2026
      Gegeven de peildatum is <peildatum>
      En voor de vermogensgrens heeft het huishouden de leefvorm <leefvorm>
      En de bezittingen buiten de eigen woning zijn <bezittingen> waard
      Als het vermogen wordt beoordeeld
      Dan is de vermogensgrens <grens>
      En telt <telt> vermogen mee
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | leefvorm            | bezittingen | grens       | telt   | grondslag                                           |
        | 2025-12-31 | alleenstaande ouder | € 15.540,00 | € 15.540,00 | € 0,00 | art. 34 lid 2 onder b Pw (tekst tot 1 januari 2026) |
        | 2025-12-31 | alleenstaande ouder | € 15.540,01 | € 15.540,00 | € 0,01 | art. 34 lid 1 Pw                                    |
        | 2025-12-31 | gehuwden            | € 15.540,00 | € 15.540,00 | € 0,00 | art. 34 lid 2 onder b Pw (tekst tot 1 januari 2026) |
        | 2025-12-31 | gehuwden            | € 15.540,01 | € 15.540,00 | € 0,01 | art. 34 lid 1 Pw                                    |
        | 2026-01-01 | alleenstaande ouder | € 16.000,00 | € 16.000,00 | € 0,00 | art. 34 lid 2 onder b Pw                            |
        | 2026-01-01 | alleenstaande ouder | € 16.000,01 | € 16.000,00 | € 0,01 | art. 34 lid 1 Pw                                    |
        | 2026-01-01 | gehuwden            | € 16.000,00 | € 16.000,00 | € 0,00 | art. 34 lid 2 onder b Pw                            |
        | 2026-01-01 | gehuwden            | € 16.000,01 | € 16.000,00 | € 0,01 | art. 34 lid 1 Pw                                    |
    # Normenbrief 1 januari 2026, Bijlage I: in de woning gebonden vermogen buiten beschouwing voor zover minder dan
    # € 65.500 (1 juli 2025) en € 67.500 (1 januari 2026). Het deel erboven telt als vermogen:
    # € 1.000,00 + (€ 65.500,01 - € 65.500,00) = € 1.000,01; precies op de grens € 1.000,00 + € 0,00.

    @M05-015 @normenbrief-2026
    Abstract Scenario: De grens voor de eigen woning de dag vóór en de dag van 1 januari 2026
      Gegeven de peildatum is <peildatum>
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En de bezittingen buiten de eigen woning zijn € 1.000,00 waard
      En het vermogen gebonden in de eigen woning bedraagt <woning>
      Als het vermogen wordt beoordeeld
      Dan is het vermogen <vermogen>

      Voorbeelden:
        | peildatum  | woning      | vermogen   |
        | 2025-12-31 | € 65.500,00 | € 1.000,00 |
        | 2025-12-31 | € 65.500,01 | € 1.000,01 |
        | 2026-01-01 | € 67.500,00 | € 1.000,00 |
        | 2026-01-01 | € 67.500,01 | € 1.000,01 |
    # Vóór 2026 vraagt aanwas tijdens de bijstand het vermogen bij de aanvang (M05-010); € 0,00 aanwas is geen
    # aanwas, dus zonder aanvangsvermogen gewoon de beoordeling bij de aanvang: € 1.000,00 onder de grens van
    # € 7.770 (1 juli 2025) telt € 0,00, grondslag zoals in M05-008.

    @M05-016
    Scenario: Vóór 2026 is nul euro aanwas geen aanwas
      Gegeven de peildatum is 2025-12-31
      En voor de vermogensgrens heeft het huishouden de leefvorm alleenstaande
      En de bezittingen buiten de eigen woning zijn € 1.000,00 waard
      En daarvan is € 0,00 tijdens de bijstand verworven
      Als het vermogen wordt beoordeeld
      Dan telt € 0,00 vermogen mee
      En is de grondslag "art. 34 lid 2 onder b Pw (tekst tot 1 januari 2026)"
