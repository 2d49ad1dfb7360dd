# language: nl
@M01
Functionaliteit: Geen gezamenlijke huishouding bij zorg
  Wie ongehuwd met een ander een gezamenlijke huishouding voert, geldt voor de bijstand als
  gehuwd (art. 3 lid 2 onder a en lid 3 Pw). Sinds 1 januari 2026 niet als de huisgenoot een
  bloed- of aanverwant in de eerste graad is, en ook niet als een zorgbehoefte van of zorg door
  een bijstandsgerechtigde de aanleiding vormt om samen te wonen, ongeacht verwantschap, zolang
  die zorg wordt verleend. Of de zorg de aanleiding vormt, beoordeelt het college.
  Vóór 2026 waren naast eerstegraads verwanten alleen bloedverwanten in de tweede graad met
  zorgbehoefte uitgezonderd. Die oude tekst staat niet in de bronnen van pwib: scenario's die
  hem toepassen zijn voorlopig.

  Regel: Een eerstegraads verwant geldt nooit als partner (art. 3 lid 2 onder a Pw)

    @M01-001
    Abstract Scenario: Samenwonen met een ouder, kind, schoonouder of voormalig pleegkind
      Gegeven de peildatum is 2026-03-01
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is <verwant> van de belanghebbende
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan wordt de belanghebbende niet als gehuwd aangemerkt
      En geldt de uitzondering voor een eerstegraads verwant
      En is de grondslag "art. 3 lid 2 onder a Pw"

      Voorbeelden:
        | verwant                              |
        | een bloedverwant in de eerste graad  |
        | een aanverwant in de eerste graad    |
        | een meerderjarig voormalig pleegkind |

  Regel: Sinds 2026 geldt niet als partner wie samenwoont omdat zorg daartoe de aanleiding is, ongeacht verwantschap, zolang die zorg wordt verleend (art. 3 lid 2 onder a Pw)

    @M01-002
    Scenario: Een vriendin trekt in om de zorgbehoevende bijstandsgerechtigde te verzorgen
      Gegeven de peildatum is 2026-02-01
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is geen familie van de belanghebbende
      En bij een van beiden is er een zorgbehoefte
      En het college oordeelt dat de zorgbehoefte van of de zorg door de bijstandsgerechtigde de aanleiding vormt om samen te wonen
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan wordt de belanghebbende niet als gehuwd aangemerkt
      En geldt de uitzondering voor zorg als aanleiding om samen te wonen
      En is de grondslag "art. 3 lid 2 onder a Pw"

    @M01-003
    Scenario: Een broer zorgt voor zijn zus en woont daarom bij haar
      Gegeven de peildatum is 2026-06-30
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is een bloedverwant in de tweede graad van de belanghebbende
      En bij een van beiden is er een zorgbehoefte
      En het college oordeelt dat de zorgbehoefte van of de zorg door de bijstandsgerechtigde de aanleiding vormt om samen te wonen
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan wordt de belanghebbende niet als gehuwd aangemerkt
      En geldt de uitzondering voor zorg als aanleiding om samen te wonen

    @M01-004
    Scenario: Als de zorg stopt, geldt de huisgenoot weer als partner
      Gegeven de peildatum is 2026-09-01
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is geen familie van de belanghebbende
      En bij een van beiden is er een zorgbehoefte
      En het college oordeelt dat de zorgbehoefte van of de zorg door de bijstandsgerechtigde de aanleiding vormt om samen te wonen
      En de zorg die de aanleiding was om samen te wonen wordt niet meer verleend
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan wordt de belanghebbende als gehuwd aangemerkt
      En geldt geen uitzondering op de gelijkstelling met gehuwden
      En is de grondslag "art. 3 lid 2 onder a Pw"

    @M01-005
    Scenario: Een zorgbehoefte die niet de aanleiding is om samen te wonen, maakt geen uitzondering
      Gegeven de peildatum is 2026-04-01
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is geen familie van de belanghebbende
      En bij een van beiden is er een zorgbehoefte
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan wordt de belanghebbende als gehuwd aangemerkt
      En geldt geen uitzondering op de gelijkstelling met gehuwden

  Regel: Vóór 2026 gold de uitzondering alleen voor bloedverwanten in de tweede graad met zorgbehoefte; voorlopig, want de oude tekst van art. 3 lid 2 onder a Pw staat niet in de bronnen

    @M01-006 @voorlopig
    Abstract Scenario: Zorg als aanleiding tussen niet-verwanten, de dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is geen familie van de belanghebbende
      En bij een van beiden is er een zorgbehoefte
      En het college oordeelt dat de zorgbehoefte van of de zorg door de bijstandsgerechtigde de aanleiding vormt om samen te wonen
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan <gevolg>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | gevolg                                             | grondslag                                          |
        | 2025-12-31 | wordt de belanghebbende als gehuwd aangemerkt      | art. 3 lid 2 onder a Pw (tekst tot 1 januari 2026) |
        | 2026-01-01 | wordt de belanghebbende niet als gehuwd aangemerkt | art. 3 lid 2 onder a Pw                            |

    @M01-007 @voorlopig
    Abstract Scenario: Een kleinkind met zorgbehoefte dat niet om de zorg is komen inwonen
      Gegeven de peildatum is <peildatum>
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is een bloedverwant in de tweede graad van de belanghebbende
      En bij een van beiden is er een zorgbehoefte
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan <gevolg>
      En geldt <uitzondering>

      Voorbeelden:
        | peildatum  | gevolg                                             | uitzondering                                                        |
        | 2025-12-31 | wordt de belanghebbende niet als gehuwd aangemerkt | de uitzondering voor een tweedegraads bloedverwant met zorgbehoefte |
        | 2026-01-01 | wordt de belanghebbende als gehuwd aangemerkt      | geen uitzondering op de gelijkstelling met gehuwden                 |

    @M01-008 @voorlopig
    Abstract Scenario: Een broer en zus zonder zorgbehoefte gelden vóór en na 2026 als gehuwd
      Gegeven de peildatum is <peildatum>
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is een bloedverwant in de tweede graad van de belanghebbende
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan wordt de belanghebbende als gehuwd aangemerkt

      Voorbeelden:
        | peildatum  |
        | 2025-12-31 |
        | 2026-01-01 |

    @M01-012
    Scenario: Sinds 2026 is een kleinkind met zorgbehoefte dat niet om de zorg inwoont, niet uitgezonderd
      # Art. 3 lid 2 onder a (tekst sinds 2026): uitgezonderd zijn eerstegraads verwanten en wie samenwoont
      # omdat zorg de aanleiding is; een bloedverwant in de tweede graad zonder die aanleiding geldt als gehuwd,
      # ook met zorgbehoefte. Het beslissende deel van M01-007.
      Gegeven de peildatum is 2026-01-01
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is een bloedverwant in de tweede graad van de belanghebbende
      En bij een van beiden is er een zorgbehoefte
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan wordt de belanghebbende als gehuwd aangemerkt
      En geldt geen uitzondering op de gelijkstelling met gehuwden
      En is de grondslag "art. 3 lid 2 onder a Pw"

    @M01-013
    Scenario: Sinds 2026 gelden een broer en zus zonder zorgbehoefte als gehuwd
      # Geen eerstegraads verwanten, geen zorg als aanleiding: de gelijkstelling geldt. Het beslissende deel
      # van M01-008.
      Gegeven de peildatum is 2026-01-01
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is een bloedverwant in de tweede graad van de belanghebbende
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan wordt de belanghebbende als gehuwd aangemerkt
      En geldt geen uitzondering op de gelijkstelling met gehuwden
      En is de grondslag "art. 3 lid 2 onder a Pw"

  Regel: Zonder gezamenlijke huishouding is er geen gelijkstelling met gehuwden (art. 3 lid 3 Pw)

    @M01-009
    Scenario: Huisgenoten die geen gezamenlijke huishouding voeren
      Gegeven de peildatum is 2026-01-01
      En de ongehuwde belanghebbende voert geen gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is geen familie van de belanghebbende
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan wordt de belanghebbende niet als gehuwd aangemerkt
      En geldt geen uitzondering op de gelijkstelling met gehuwden
      En is de grondslag "art. 3 lid 3 Pw"

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M01-010
    Scenario: Zorg kan niet de aanleiding zijn zonder zorgbehoefte
      Gegeven de peildatum is 2026-03-01
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      En de huisgenoot is geen familie van de belanghebbende
      En het college oordeelt dat de zorgbehoefte van of de zorg door de bijstandsgerechtigde de aanleiding vormt om samen te wonen
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "zorgIsAanleidingOmSamenTeWonen"

    @M01-011
    Scenario: Zonder de verwantschap kan niet worden beoordeeld
      Gegeven de peildatum is 2026-03-01
      En de ongehuwde belanghebbende voert een gezamenlijke huishouding met de huisgenoot
      Als de gelijkstelling met gehuwden wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "verwantschap"
