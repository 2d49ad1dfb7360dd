# language: nl
@M26
Functionaliteit: Inlichtingenplicht en de uitzondering voor gegevens die de uitvoerder zelf kan krijgen
  De belanghebbende meldt uit eigen beweging of op verzoek alle feiten waarvan hem redelijkerwijs duidelijk
  moet zijn dat zij van invloed kunnen zijn op zijn arbeidsinschakeling of het recht op bijstand (art. 17
  lid 1, eerste zin, Pw). Dat geldt niet als het college de feiten kan vaststellen op grond van bij
  wettelijk voorschrift als authentiek aangemerkte gegevens, of ze kan verkrijgen uit bij ministeriële
  regeling aangewezen administraties (tweede zin); de ministeriële regeling bepaalt voor welke gegevens
  dat geldt (derde zin). Voor de aanvullende inkomensvoorziening ouderen geldt hetzelfde met de Sociale
  verzekeringsbank in plaats van het college (art. 47b Pw). Art. 17 lid 1 verandert per 1 januari 2026
  niet.

  Regel: Wat van invloed kan zijn en niet uit een aangewezen bron komt, moet de belanghebbende melden (art. 17 lid 1, eerste zin, Pw)

    @M26-001
    Scenario: Een feit dat het college nergens kan vinden
      Gegeven de peildatum is 2026-03-01
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      En de uitvoerder kan het feit niet zelf vaststellen of verkrijgen
      Als de inlichtingenplicht wordt beoordeeld
      Dan moet de belanghebbende het feit uit eigen beweging melden
      En is de grondslag "art. 17 lid 1 Pw"

    @M26-002
    Scenario: Een feit zonder invloed hoeft niet te worden gemeld
      Gegeven de peildatum is 2026-03-01
      En het feit kan niet van invloed zijn op de arbeidsinschakeling of het recht op bijstand
      En de uitvoerder kan het feit niet zelf vaststellen of verkrijgen
      Als de inlichtingenplicht wordt beoordeeld
      Dan hoeft de belanghebbende het feit niet te melden

    @M26-003
    Abstract Scenario: De regel is vóór en op 1 januari 2026 dezelfde
      Gegeven de peildatum is <peildatum>
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      En de uitvoerder kan het feit verkrijgen uit een bij ministeriële regeling aangewezen administratie
      En de ministeriële regeling wijst dit gegeven aan voor de uitzondering op de inlichtingenplicht
      Als de inlichtingenplicht wordt beoordeeld
      Dan hoeft de belanghebbende het feit niet te melden
      En geldt de uitzondering voor aangewezen administraties

      Voorbeelden:
        | peildatum  |
        | 2025-12-31 |
        | 2026-01-01 |

  Regel: Wat het college kan vaststellen uit authentieke gegevens of kan verkrijgen uit een aangewezen administratie, hoeft niet te worden gemeld, voor de gegevens die de ministeriële regeling aanwijst (art. 17 lid 1, tweede en derde zin, Pw)

    @M26-004
    Scenario: Een authentiek gegeven dat de regeling aanwijst
      Gegeven de peildatum is 2026-03-01
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      En de uitvoerder kan het feit vaststellen op grond van bij wettelijk voorschrift als authentiek aangemerkte gegevens
      En de ministeriële regeling wijst dit gegeven aan voor de uitzondering op de inlichtingenplicht
      Als de inlichtingenplicht wordt beoordeeld
      Dan hoeft de belanghebbende het feit niet te melden
      En geldt de uitzondering voor authentieke gegevens
      En is de grondslag "art. 17 lid 1 Pw"

    @M26-005 @voorlopig
    Abstract Scenario: Een gegeven dat de regeling niet aanwijst, moet toch worden gemeld (letterlijke lezing van de derde zin)
      Gegeven de peildatum is 2026-03-01
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      En de uitvoerder kan het feit <bron>
      Als de inlichtingenplicht wordt beoordeeld
      Dan moet de belanghebbende het feit uit eigen beweging melden

      Voorbeelden:
        | bron                                                                          |
        | vaststellen op grond van bij wettelijk voorschrift als authentiek aangemerkte gegevens |
        | verkrijgen uit een bij ministeriële regeling aangewezen administratie        |

  Regel: Voor de aanvullende inkomensvoorziening ouderen geldt dezelfde uitzondering bij de Sociale verzekeringsbank (art. 17 lid 1 met art. 47b Pw)

    @M26-006
    Abstract Scenario: De SVB en het college kennen dezelfde uitzondering
      Gegeven de peildatum is 2026-03-01
      En de aanvullende inkomensvoorziening ouderen wordt uitgevoerd door de Sociale verzekeringsbank
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      En de uitvoerder kan het feit <bron>
      En de ministeriële regeling wijst dit gegeven aan voor de uitzondering op de inlichtingenplicht
      Als de inlichtingenplicht wordt beoordeeld
      Dan <uitkomst>
      En is de grondslag "art. 17 lid 1 en art. 47b Pw"

      Voorbeelden:
        | bron                                                                  | uitkomst                                             |
        | verkrijgen uit een bij ministeriële regeling aangewezen administratie | hoeft de belanghebbende het feit niet te melden      |
        | niet zelf vaststellen of verkrijgen                                   | moet de belanghebbende het feit uit eigen beweging melden |

  Regel: Zonder de bron van het gegeven kan de plicht niet worden beoordeeld

    @M26-007
    Scenario: Een beoordeling zonder bron wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      Als de inlichtingenplicht wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "bron"
