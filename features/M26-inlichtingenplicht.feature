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
  niet. Welk gegeven uit welke bron komt, staat in het contract (InlichtingenplichtVerzoek.gegeven).
  De ministeriële regeling staat niet in de bronnen; dat een gegeven uit een bron die art. 53a lid 1 Pw
  noemt (basisregistratie personen, polisadministratie, verzekerdenadministratie, wat het UWV heeft
  verkregen, authentieke gegevens uit andere basisregistraties) is uitgezonderd, is voorlopig.

  Regel: Wat van invloed kan zijn en uit geen enkele bron te halen is, moet de belanghebbende melden (art. 17 lid 1, eerste zin, Pw)
    # Een gift staat in geen registratie: de tweede zin kan niet gelden, dus melden.

    @M26-008
    Abstract Scenario: Feiten die het college nergens kan vinden
      Gegeven de peildatum is 2026-03-01
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      En het feit betreft <gegeven>
      Als de inlichtingenplicht wordt beoordeeld
      Dan moet de belanghebbende het feit uit eigen beweging melden
      En is de grondslag "art. 17 lid 1 Pw"

      Voorbeelden:
        | gegeven                      |
        | een gift                     |
        | een gezamenlijke huishouding |
        | verblijf in het buitenland   |

    @M26-009
    Scenario: Een feit zonder invloed hoeft niet te worden gemeld
      Gegeven de peildatum is 2026-03-01
      En het feit kan niet van invloed zijn op de arbeidsinschakeling of het recht op bijstand
      En het feit betreft een gift
      Als de inlichtingenplicht wordt beoordeeld
      Dan hoeft de belanghebbende het feit niet te melden

  Regel: Wat het college kan vaststellen uit authentieke gegevens of kan verkrijgen uit een aangewezen administratie, hoeft niet te worden gemeld (art. 17 lid 1, tweede en derde zin, Pw)
    # Voorlopig: de polisadministratie (art. 33 Wet SUWI) noemt art. 53a lid 1 Pw; de regeling van de
    # derde zin staat niet in de bronnen. Art. 17 lid 1 is vóór en op 1 januari 2026 dezelfde.

    @M26-010 @voorlopig
    Abstract Scenario: Loon uit dienstbetrekking staat in de polisadministratie, vóór en op 1 januari 2026
      Gegeven de peildatum is <peildatum>
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      En het feit betreft loon uit dienstbetrekking
      Als de inlichtingenplicht wordt beoordeeld
      Dan hoeft de belanghebbende het feit niet te melden
      En geldt de uitzondering voor aangewezen administraties
      En is de grondslag "art. 17 lid 1 Pw"

      Voorbeelden:
        | peildatum  |
        | 2025-12-31 |
        | 2026-01-01 |
    # Voorlopig: de basisregistratie personen en de andere basisregistraties bevatten bij wet als
    # authentiek aangemerkte gegevens; art. 53a lid 1 Pw noemt ze; de regeling staat niet in de bronnen.

    @M26-011 @voorlopig
    Abstract Scenario: Authentieke gegevens uit een basisregistratie
      Gegeven de peildatum is 2026-03-01
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      En het feit betreft <gegeven>
      Als de inlichtingenplicht wordt beoordeeld
      Dan hoeft de belanghebbende het feit niet te melden
      En geldt de uitzondering voor authentieke gegevens

      Voorbeelden:
        | gegeven                                                |
        | het inschrijvingsadres in de basisregistratie personen |
        | de geboorte van een kind                               |
        | een overlijden                                         |
        | een huwelijk of geregistreerd partnerschap             |
        | een voertuig op naam                                   |
        | de eigendom van een onroerende zaak                    |
    # Voorlopig, om dezelfde reden: art. 53a lid 1 Pw noemt wat het UWV heeft verkregen en de
    # verzekerdenadministratie (art. 35 Wet SUWI).

    @M26-012 @voorlopig
    Abstract Scenario: Gegevens uit de administraties van het UWV
      Gegeven de peildatum is 2026-03-01
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      En het feit betreft <gegeven>
      Als de inlichtingenplicht wordt beoordeeld
      Dan hoeft de belanghebbende het feit niet te melden
      En geldt de uitzondering voor aangewezen administraties

      Voorbeelden:
        | gegeven                   |
        | een uitkering van het UWV |
        | verzekeringsgegevens      |

  Regel: Voor de aanvullende inkomensvoorziening ouderen geldt dezelfde lijst bij de Sociale verzekeringsbank (art. 17 lid 1 met art. 47b Pw)

    @M26-013
    Scenario: Ook bij de SVB moet een gift worden gemeld
      Gegeven de peildatum is 2026-03-01
      En de aanvullende inkomensvoorziening ouderen wordt uitgevoerd door de Sociale verzekeringsbank
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      En het feit betreft een gift
      Als de inlichtingenplicht wordt beoordeeld
      Dan moet de belanghebbende het feit uit eigen beweging melden
      En is de grondslag "art. 17 lid 1 en art. 47b Pw"

    @M26-014 @voorlopig
    Scenario: De SVB kent loon uit de polisadministratie zoals het college
      Gegeven de peildatum is 2026-03-01
      En de aanvullende inkomensvoorziening ouderen wordt uitgevoerd door de Sociale verzekeringsbank
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      En het feit betreft loon uit dienstbetrekking
      Als de inlichtingenplicht wordt beoordeeld
      Dan hoeft de belanghebbende het feit niet te melden
      En geldt de uitzondering voor aangewezen administraties
      En is de grondslag "art. 17 lid 1 en art. 47b Pw"

  Regel: Zonder de soort gegeven kan de plicht niet worden beoordeeld

    @M26-015
    Scenario: Een beoordeling zonder soort gegeven wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En het moet de belanghebbende redelijkerwijs duidelijk zijn dat het feit van invloed kan zijn op zijn recht op bijstand
      Als de inlichtingenplicht wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "gegeven"
