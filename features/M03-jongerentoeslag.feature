# language: nl
@M03
Functionaliteit: Jongerentoeslag voor 18-, 19- en 20-jarigen
  Sinds 1 januari 2026 verhoogt het college de norm van een belanghebbende van 18, 19 of 20 jaar
  die voor zijn levensonderhoud geen beroep kan doen op zijn ouders, met een vast bedrag
  (1 januari 2026: € 746,45, Normenbrief 1 januari 2026, Bijlage I). De verhoogde norm is niet
  hoger dan de norm van een 21-jarige in een vergelijkbare situatie. Daarvóór kon het college
  alleen bijzondere bijstand verlenen (art. 12 Pw, oud); dat blijft zo voor aanvragen tot en met
  31 december 2025 en voor lopende toekenningen, aangevuld tot de verhoging als die hoger is.

  Regel: De norm van een jongere die niet op zijn ouders kan terugvallen, wordt verhoogd (art. 20 lid 3 Pw)

    @M03-001 @normenbrief-2026
    Scenario: De middelen van de ouders zijn niet toereikend
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 19 jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      Als de jongerentoeslag wordt beoordeeld
      Dan geldt voor de jongere de verhoging van de norm
      En is de norm € 345,99
      En wordt de norm verhoogd met een jongerentoeslag van € 746,45
      En is de verhoogde norm € 1.092,44
      En is de norm van een 21-jarige in een vergelijkbare situatie € 1.401,50
      En is de bijzondere bijstand € 0,00 per maand
      En is de grondslag "art. 20 lid 3 Pw"

    @M03-002 @normenbrief-2026
    Abstract Scenario: Alleen 18-, 19- en 20-jarigen krijgen de verhoging
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is <leeftijd> jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de belanghebbende kan het onderhoudsrecht jegens de ouders redelijkerwijs niet te gelde maken
      Als de jongerentoeslag wordt beoordeeld
      Dan is de norm <norm>
      En wordt de norm verhoogd met een jongerentoeslag van <toeslag>
      En is de verhoogde norm <verhoogd>

      Voorbeelden:
        | leeftijd | norm       | toeslag  | verhoogd   |
        |       18 | € 345,99   | € 746,45 | € 1.092,44 |
        |       20 | € 345,99   | € 746,45 | € 1.092,44 |
        |       21 | € 1.401,50 | € 0,00   | € 1.401,50 |

    @M03-003
    Scenario: Een jongere die op zijn ouders kan terugvallen, krijgt geen verhoging
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 19 jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de belanghebbende kan voor het levensonderhoud een beroep doen op de ouders
      Als de jongerentoeslag wordt beoordeeld
      Dan geldt voor de jongere geen toeslag
      En is de norm € 345,99
      En wordt de norm verhoogd met een jongerentoeslag van € 0,00
      En is er geen vergelijking met de norm van een 21-jarige nodig
      En is de grondslag "art. 20 lid 3 Pw"

    @M03-004 @normenbrief-2026
    Scenario: Een alleenstaande ouder van 19 jaar
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 19 jaar
      En er komen 1 kinderen ten laste van het huishouden
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      Als de jongerentoeslag wordt beoordeeld
      Dan is de norm € 345,99
      En is de verhoogde norm € 1.092,44

    @M03-015
    Abstract Scenario: Wie 21 jaar of ouder is, krijgt geen verhoging, ook niet zonder beroep op de ouders
      # Art. 20 lid 3 geldt alleen voor 18-, 19- en 20-jarigen: de norm is die van art. 21 onder a
      # (€ 1.401,50, Normenbrief 2026), zonder verhoging en zonder vergelijking met lid 4.
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is <leeftijd> jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de belanghebbende kan het onderhoudsrecht jegens de ouders redelijkerwijs niet te gelde maken
      Als de jongerentoeslag wordt beoordeeld
      Dan geldt voor de jongere geen toeslag
      En is de norm € 1.401,50
      En wordt de norm verhoogd met een jongerentoeslag van € 0,00
      En is er geen vergelijking met de norm van een 21-jarige nodig
      En is de grondslag "art. 20 lid 3 Pw"

      Voorbeelden:
        | leeftijd |
        |       21 |
        |       25 |

  Regel: De verhoogde norm is niet hoger dan de norm van een 21-jarige in een vergelijkbare situatie (art. 20 lid 4 Pw)

    @M03-005 @normenbrief-2026
    Scenario: Gehuwd met een partner van 25: de gehuwdennorm van art. 21 begrenst de verhoging
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 19 jaar
      En de belanghebbende is gehuwd met een partner van 25 jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      Als de jongerentoeslag wordt beoordeeld
      Dan is de norm € 1.347,06
      En wordt de norm verhoogd met een jongerentoeslag van € 655,07
      En is de verhoogde norm € 2.002,13
      En is de norm van een 21-jarige in een vergelijkbare situatie € 2.002,13
      En is de grondslag "art. 20 lid 4 Pw"
    # Voorlopig: de wet zegt niet uitdrukkelijk dat de norm bij twee jonge echtgenoten tweemaal wordt verhoogd.

    @M03-006 @voorlopig
    Scenario: Twee echtgenoten van 19 die geen van beiden op hun ouders kunnen terugvallen
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 19 jaar
      En de belanghebbende is gehuwd met een partner van 19 jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      En de partner kan het onderhoudsrecht jegens de ouders redelijkerwijs niet te gelde maken
      Als de jongerentoeslag wordt beoordeeld
      Dan is de norm € 691,98
      En wordt de norm verhoogd met een jongerentoeslag van € 1.310,15
      En is de verhoogde norm € 2.002,13
      En is de grondslag "art. 20 lid 4 Pw"
    # Voorlopig (parameter jongerentoeslag.maximum_vergelijkbare_situatie = artikel21): lid 4 noemt "de norm,
    # bedoeld in artikel 21"; art. 21 kent alleen normen zonder kostendelende medebewoners, dus het maximum
    # is art. 21 onder a: € 1.401,50, ook al zou een 21-jarige hier de kostendelersnorm van art. 22a krijgen
    # (A = 3: 130/3 % van € 2.002,13 = € 867,59). Art. 20 lid 1 onder a: € 345,99 + € 746,45 = € 1.092,44,
    # lager dan € 1.401,50: de hele verhoging.

    @M03-007 @voorlopig
    Scenario: Een 19-jarige die bij zijn ouders woont: het maximum is de norm van art. 21, ook met kostendelers
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 19 jaar
      En in de woning woont ook een medebewoner van 50 jaar
      En in de woning woont ook een medebewoner van 52 jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      Als de jongerentoeslag wordt beoordeeld
      Dan is de norm € 345,99
      En wordt de norm verhoogd met een jongerentoeslag van € 746,45
      En is de verhoogde norm € 1.092,44
      En is de norm van een 21-jarige in een vergelijkbare situatie € 1.401,50

    @M03-016 @normenbrief-2026
    Scenario: Een belanghebbende van 25 gehuwd met een partner van 19 die niet op de ouders kan terugvallen
      # De jonge echtgenoot is de jongere van lid 3. Norm gehuwden, een van beiden jonger dan 21, geen kinderen
      # (art. 20 lid 1 onder b, Normenbrief 2026): € 1.347,06. Maximum: gehuwdennorm van art. 21 onder b,
      # € 2.002,13. Verhoging min(€ 746,45; € 2.002,13 - € 1.347,06 = € 655,07) = € 655,07: lid 4 begrenst.
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 25 jaar
      En de belanghebbende is gehuwd met een partner van 19 jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de middelen van de ouders van de partner zijn niet toereikend voor diens levensonderhoud
      Als de jongerentoeslag wordt beoordeeld
      Dan geldt voor de jongere de verhoging van de norm
      En is de norm € 1.347,06
      En wordt de norm verhoogd met een jongerentoeslag van € 655,07
      En is de verhoogde norm € 2.002,13
      En is de norm van een 21-jarige in een vergelijkbare situatie € 2.002,13
      En is de grondslag "art. 20 lid 4 Pw"

    @M03-017 @normenbrief-2026
    Scenario: Een partner van 19 zonder gegevens over de ouders krijgt geen verhoging
      # Lid 3 verhoogt alleen als vaststaat dat de jongere geen beroep op de ouders kan doen; zonder dat
      # gegeven blijft de norm van art. 20 lid 1 onder b: € 1.347,06.
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 25 jaar
      En de belanghebbende is gehuwd met een partner van 19 jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      Als de jongerentoeslag wordt beoordeeld
      Dan geldt voor de jongere geen toeslag
      En is de norm € 1.347,06
      En wordt de norm verhoogd met een jongerentoeslag van € 0,00
      En is de grondslag "art. 20 lid 3 Pw"

  Regel: Vóór 2026 verhoogt art. 20 de norm niet; het college kan bijzondere bijstand verlenen (art. 12 Pw, oud)

    @M03-008 @normenbrief-2026
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 19 jaar
      En de belanghebbende heeft op <aanvraag> algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      Als de jongerentoeslag wordt beoordeeld
      Dan is de norm <norm>
      En wordt de norm verhoogd met een jongerentoeslag van <toeslag>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | aanvraag   | norm     | toeslag  | grondslag                             |
        | 2025-12-31 | 2025-12-31 | € 337,98 | € 0,00   | art. 12 Pw (tekst tot 1 januari 2026) |
        | 2026-01-01 | 2026-01-01 | € 345,99 | € 746,45 | art. 20 lid 3 Pw                      |

    @M03-009
    Scenario: Vóór 2026 verleent het college bijzondere bijstand
      Gegeven de peildatum is 2025-12-31
      En de belanghebbende is 19 jaar
      En de belanghebbende heeft op 2025-11-03 algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      En er loopt een toekenning van bijzondere bijstand op grond van artikel 12 van € 700,00 per maand
      Als de jongerentoeslag wordt beoordeeld
      Dan geldt voor de jongere bijzondere bijstand naar artikel 12
      En is de bijzondere bijstand € 700,00 per maand
      En is de verhoogde norm € 337,98

  Regel: Een lopende toekenning op grond van art. 12 blijft, aangevuld tot de verhoging als die hoger is (art. 78ff lid 1 Pw)

    @M03-010 @normenbrief-2026 @voorlopig
    Abstract Scenario: Aanvullen tot de verhoging, en nooit minder dan wat al was toegekend
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 19 jaar
      En de belanghebbende heeft op 2025-11-03 algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      En er loopt een toekenning van bijzondere bijstand op grond van artikel 12 van <toegekend> per maand
      Als de jongerentoeslag wordt beoordeeld
      Dan geldt voor de jongere het overgangsrecht van artikel 12
      En is de bijzondere bijstand <bijstand> per maand
      En wordt de norm verhoogd met een jongerentoeslag van € 0,00
      En is de grondslag "art. 78ff lid 1 Pw"

      Voorbeelden:
        | toegekend | bijstand |
        | € 600,00  | € 746,45 |
        | € 746,45  | € 746,45 |
        | € 800,00  | € 800,00 |
    # Voorlopig: zonder toegekende bijzondere bijstand vult pwib aan vanaf € 0,00 ("reeds toegekende
    # bijzondere bijstand" is er niet); de wet regelt dit geval niet uitdrukkelijk.

    @M03-011 @voorlopig
    Scenario: Een aanvraag van 31 december 2025 valt onder het oude art. 12
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 19 jaar
      En de belanghebbende heeft op 2025-12-31 algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      Als de jongerentoeslag wordt beoordeeld
      Dan geldt voor de jongere het overgangsrecht van artikel 12
      En is de bijzondere bijstand € 746,45 per maand
      En is de grondslag "art. 78ff lid 1 Pw"

    @M03-018 @normenbrief-2026 @voorlopig
    Scenario: Een lopende toekenning blijft ook bij een aanvraag in 2026, aangevuld tot de verhoging
      # Art. 78ff lid 1: art. 12 (oud) blijft van toepassing op de resterende periode van reeds toegekende
      # bijzondere bijstand, los van de datum van de aanvraag; € 600,00 wordt aangevuld tot € 746,45.
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 19 jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      En er loopt een toekenning van bijzondere bijstand op grond van artikel 12 van € 600,00 per maand
      Als de jongerentoeslag wordt beoordeeld
      Dan geldt voor de jongere het overgangsrecht van artikel 12
      En is de bijzondere bijstand € 746,45 per maand
      En wordt de norm verhoogd met een jongerentoeslag van € 0,00
      En is de grondslag "art. 78ff lid 1 Pw"

  Regel: Het bedrag volgt het netto minimumjeugdloon (art. 38 lid 2 Pw); het bedrag van 1 juli 2026 is voorlopig

    @M03-012 @voorlopig
    Abstract Scenario: De dag vóór en de dag van de aanpassing per 1 juli 2026
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 20 jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      Als de jongerentoeslag wordt beoordeeld
      Dan is de norm <norm>
      En wordt de norm verhoogd met een jongerentoeslag van <toeslag>
      En is de verhoogde norm <verhoogd>

      Voorbeelden:
        | peildatum  | norm     | toeslag  | verhoogd   |
        | 2026-06-30 | € 345,99 | € 746,45 | € 1.092,44 |
        | 2026-07-01 | € 350,42 | € 762,24 | € 1.112,66 |

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M03-013
    Scenario: De bijstand kent geen norm voor een 17-jarige
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 17 jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de middelen van de ouders van de belanghebbende zijn niet toereikend voor diens levensonderhoud
      Als de jongerentoeslag wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "huishouden.belanghebbende.leeftijd"

    @M03-014
    Scenario: Feiten over de ouders van een partner die er niet is
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 19 jaar
      En de belanghebbende heeft op 2026-02-02 algemene bijstand aangevraagd
      En de middelen van de ouders van de partner zijn niet toereikend voor diens levensonderhoud
      Als de jongerentoeslag wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "partnerMiddelenOudersOntoereikend"
