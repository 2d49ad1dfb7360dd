# language: nl
@M11
Functionaliteit: Voorschot van ten minste 95 procent
  Zolang het recht op algemene bijstand niet is vastgesteld, verleent het college uiterlijk vier
  weken na de datum van aanvraag, en daarna telkens uiterlijk na vier weken, een voorschot. Sinds
  1 januari 2026 is dat in ieder geval 95 % van de algemene bijstand; daarvóór 90 %. Geen
  voorschot als de belanghebbende verwijtbaar gegevens niet verstrekt of niet meewerkt, of als bij
  de aanvraag duidelijk is dat er geen recht bestaat. Een gemeente mag als beleid meer geven.

  Regel: Zolang het recht niet is vastgesteld, verleent het college uiterlijk vier weken na de aanvraag een voorschot van ten minste 95 % (art. 52 lid 1 en 2 Pw)

    @M11-001
    Scenario: Het eerste voorschot binnen vier weken na de aanvraag
      Gegeven de peildatum is 2026-01-20
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      Als het voorschot wordt beoordeeld
      Dan moet het college een voorschot verlenen
      En moet het voorschot uiterlijk op 2026-02-05 zijn verleend
      En is het voorschot ten minste 95 % van de algemene bijstand
      En is het voorschot ten minste € 950,00 per maand
      En is de grondslag "art. 52 lid 1 en 2 Pw"
    # "In ieder geval 95 %" (art. 52 lid 2 Pw) is een ondergrens: het kleinste bedrag op hele centen
    # dat niet onder 95 % ligt. 95 % van € 1.401,50 = € 1.331,425 -> naar boven € 1.331,43.

    @M11-002 @normenbrief-2026
    Scenario: Het minimumbedrag wordt op hele centen afgerond
      Gegeven de peildatum is 2026-01-20
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.401,50 per maand
      Als het voorschot wordt beoordeeld
      Dan is het voorschot ten minste € 1.331,43 per maand
    # 95 % van € 1.401,11 = 1.401,11 - 70,0555 = € 1.331,0545. De helft naar boven gaf € 1.331,05,
    # en dat is minder dan 95 % (€ 1.331,0545); het kleinste bedrag op hele centen dat er niet onder
    # ligt, is € 1.331,06 (art. 52 lid 2 Pw: "in ieder geval 95%").

    @M11-012
    Scenario: Het voorschot komt nooit onder 95 procent door de afronding
      Gegeven de peildatum is 2026-01-20
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.401,11 per maand
      Als het voorschot wordt beoordeeld
      Dan is het voorschot ten minste 95 % van de algemene bijstand
      En is het voorschot ten minste € 1.331,06 per maand
    # Voorlopig: "vervolgens telkens uiterlijk na vier weken" telt pwib vanaf het vorige voorschot.

    @M11-003 @voorlopig
    Scenario: Het volgende voorschot uiterlijk vier weken na het vorige
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En het vorige voorschot is verleend op 2026-02-03
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      Als het voorschot wordt beoordeeld
      Dan moet het college een voorschot verlenen
      En moet het voorschot uiterlijk op 2026-03-03 zijn verleend

  Regel: Vóór 2026 is het voorschot in ieder geval 90 % (art. 52 lid 2 Pw, tekst tot 1 januari 2026)

    @M11-004
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de belanghebbende heeft op 2025-12-18 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      Als het voorschot wordt beoordeeld
      Dan moet het college een voorschot verlenen
      En moet het voorschot uiterlijk op 2026-01-15 zijn verleend
      En is het voorschot ten minste <percentage> van de algemene bijstand
      En is het voorschot ten minste <bedrag> per maand
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | percentage | bedrag   | grondslag                                        |
        | 2025-12-31 |       90 % | € 900,00 | art. 52 lid 1 en 2 Pw (tekst tot 1 januari 2026) |
        | 2026-01-01 |       95 % | € 950,00 | art. 52 lid 1 en 2 Pw                            |

  Regel: Geen voorschot bij verwijtbaar niet verstrekte gegevens of onvoldoende medewerking (art. 52 lid 1 onder a Pw)

    @M11-005
    Scenario: De belanghebbende heeft gevraagde gegevens verwijtbaar niet tijdig verstrekt
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      En de belanghebbende heeft de gevraagde gegevens verwijtbaar niet tijdig verstrekt
      Als het voorschot wordt beoordeeld
      Dan hoeft het college geen voorschot te verlenen
      En is de grondslag "art. 52 lid 1 onder a Pw"

    @M11-006
    Scenario: De belanghebbende werkt anderszins onvoldoende mee
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      En de belanghebbende verleent anderszins onvoldoende medewerking
      Als het voorschot wordt beoordeeld
      Dan hoeft het college geen voorschot te verlenen
      En is de grondslag "art. 52 lid 1 onder a Pw"

  Regel: Geen voorschot als bij de aanvraag duidelijk is dat er geen recht bestaat (art. 52 lid 1 onder b Pw)

    @M11-007
    Scenario: Duidelijk geen recht op algemene bijstand
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 0,00 per maand
      En bij de aanvraag is duidelijk dat geen recht op algemene bijstand bestaat
      Als het voorschot wordt beoordeeld
      Dan hoeft het college geen voorschot te verlenen
      En is de grondslag "art. 52 lid 1 onder b Pw"

  Regel: Een voorschot alleen zolang het recht niet is vastgesteld (art. 52 lid 1 Pw)

    @M11-008
    Scenario: Het recht is vastgesteld
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      En het recht op algemene bijstand is vastgesteld
      Als het voorschot wordt beoordeeld
      Dan hoeft het college geen voorschot te verlenen
      En is de grondslag "art. 52 lid 1 Pw"

  Regel: Een gemeente mag als beleid een hoger percentage geven, niet lager dan de wet en niet meer dan 100 % (art. 52 lid 2 Pw)

    @M11-009
    Scenario: Beleid van 97,5 procent
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      En de gemeente verleent als beleid een voorschot van 97,5 % van de algemene bijstand
      Als het voorschot wordt beoordeeld
      Dan is het voorschot ten minste 97,5 % van de algemene bijstand
      En is het voorschot ten minste € 975,00 per maand
    # 97,5 % van € 1.000,21 = 1.000,21 - 25,00525 = € 975,20475. De helft naar boven gaf € 975,20,
    # minder dan het percentage dat de gemeente als ondergrens geeft; naar boven: € 975,21.

    @M11-013
    Scenario: Ook een hoger beleidspercentage is een ondergrens op hele centen
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.000,21 per maand
      En de gemeente verleent als beleid een voorschot van 97,5 % van de algemene bijstand
      Als het voorschot wordt beoordeeld
      Dan is het voorschot ten minste 97,5 % van de algemene bijstand
      En is het voorschot ten minste € 975,21 per maand

    @M11-010
    Scenario: Beleid onder het wettelijke minimum wordt geweigerd
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      En de gemeente verleent als beleid een voorschot van 90 % van de algemene bijstand
      Als het voorschot wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.voorschotpercentage"

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M11-011
    Scenario: Een aanvraag na de peildatum
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-03-01 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      Als het voorschot wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "aanvraagdatum"

  Regel: Grensgevallen: een aanvraag op de peildatum, een bedrag met centen, beleid op het minimum en het maximum (art. 52 lid 1 en 2 Pw)
    # Art. 52 lid 1 Pw: voorschot uiterlijk vier weken na de aanvraag: 2026-02-10 + 28 dagen = 2026-03-10.
    # Een aanvraag op de peildatum ligt er niet na (M11-011: later wordt geweigerd).
    # Lid 2: ten minste 95 % van de te verwachten bijstand: € 1.234,00 x 95 / 100 = € 1.172,30 (exact, geen afronding).

    @M11-017
    Scenario: Een aanvraag op de peildatum en een minimumbedrag met centen
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-02-10 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.234,00 per maand
      Als het voorschot wordt beoordeeld
      Dan moet het college een voorschot verlenen
      En moet het voorschot uiterlijk op 2026-03-10 zijn verleend
      En is het voorschot ten minste 95 % van de algemene bijstand
      En is het voorschot ten minste € 1.172,30 per maand
      En is de grondslag "art. 52 lid 1 en 2 Pw"
    # Beleid mag niet onder het wettelijke minimum van 95 % (lid 2; M11-010) en niet boven 100 % van de verwachte
    # bijstand; precies 95 % en precies 100 % mogen: € 1.000,00 x 95 / 100 = € 950,00 en € 1.000,00 x 100 / 100.

    @M11-018
    Abstract Scenario: Beleid van precies het minimum en precies het maximum
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      En de gemeente verleent als beleid een voorschot van <percentage> van de algemene bijstand
      Als het voorschot wordt beoordeeld
      Dan is het voorschot ten minste <percentage> van de algemene bijstand
      En is het voorschot ten minste <bedrag> per maand

      Voorbeelden:
        | percentage | bedrag     |
        |       95 % | € 950,00   |
        |      100 % | € 1.000,00 |
    # Een eerder voorschot ligt tussen de aanvraag en de peildatum; daarbuiten kan het niet en wordt het geweigerd.

    @M11-014
    Abstract Scenario: Een vorig voorschot vóór de aanvraag of na de peildatum
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En het vorige voorschot is verleend op <vorig>
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      Als het voorschot wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "datumVorigVoorschot"

      Voorbeelden:
        | vorig      |
        | 2026-01-07 |
        | 2026-02-11 |
    # Art. 52 lid 1 Pw: zolang het recht niet is vastgesteld, verleent het college een voorschot; een eerder
    # voorschot op de dag van de aanvraag, ertussen of op de peildatum kan (M11-014: daarbuiten niet).

    @M11-015
    Abstract Scenario: Een vorig voorschot op de dag van de aanvraag, ertussen en op de peildatum
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En het vorige voorschot is verleend op <vorig>
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      Als het voorschot wordt beoordeeld
      Dan moet het college een voorschot verlenen

      Voorbeelden:
        | vorig      |
        | 2026-01-08 |
        | 2026-02-03 |
        | 2026-02-10 |
    # Een voorschot is algemene bijstand bij wijze van voorschot (art. 52 lid 1 Pw): ten hoogste die bijstand zelf,
    # 100 %. Beleid van 101 % wordt geweigerd (M11-013: precies 100 % mag).

    @M11-016
    Scenario: Beleid boven de algemene bijstand zelf wordt geweigerd
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.000,00 per maand
      En de gemeente verleent als beleid een voorschot van 101 % van de algemene bijstand
      Als het voorschot wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.voorschotpercentage"
