# language: nl
@M24
Functionaliteit: Maatwerk
  Het college stemt de bijstand en de daaraan verbonden verplichtingen af op de omstandigheden,
  mogelijkheden en middelen van de belanghebbende (art. 18 lid 1 Pw). De Participatiewet in balans
  verandert die tekst niet, maar de memorie van toelichting maakt de ruimte voor maatwerk expliciet.
  Elke beslissing aanvaardt daarom een gemotiveerde afwijking van één uitkomst: de nieuwe waarde, de
  reden en de grondslag. De beslissing past haar toe en legt haar vast, of weigert haar als de wet
  haar niet toelaat. Alleen de genoemde uitkomst wijzigt; wat ervan is afgeleid, niet.

  Regel: De norm en de bijstand kunnen worden afgestemd op de omstandigheden (art. 18 lid 1 Pw), de norm ook lager bij lagere woonkosten (art. 27 Pw); de beslissing legt de afwijking vast met reden en grondslag

    @M24-001
    Scenario: Geen woonkosten: de klantmanager stelt de norm lager vast
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 35 jaar
      En het college stelt als maatwerk de norm op € 1.200,00
      En het college motiveert het maatwerk met "hij woont kosteloos bij zijn ouders en heeft geen woonkosten"
      En het maatwerk steunt op "art. 27 Pw"
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.200,00
      En is als maatwerk de norm gewijzigd van € 1.401,50 in € 1.200,00
      En is het maatwerk vastgelegd met de reden "hij woont kosteloos bij zijn ouders en heeft geen woonkosten"
      En is het maatwerk vastgelegd op grond van "art. 27 Pw"
      En is de grondslag "art. 21 onder a Pw"
    # Art. 27 Pw zegt zelf dat het college de norm lager kan vaststellen voor zover de woonsituatie lagere
    # algemeen noodzakelijke kosten van het bestaan geeft: de wettekst beslecht deze ruimte (in x-maatwerk staat
    # de grond zonder `voorlopig`), anders dan een hogere norm op art. 18 lid 1 (M24-004). Norm art. 21 onder a
    # € 1.401,50 (Normenbrief 2026, Bijlage I), lager vastgesteld op € 1.200,00.

    @M24-039
    Scenario: Een lagere norm bij lagere woonkosten rust op een ruimte die de wettekst beslecht
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 35 jaar
      En het college stelt als maatwerk de norm op € 1.200,00
      En het college motiveert het maatwerk met "hij woont kosteloos bij zijn ouders en heeft geen woonkosten"
      En het maatwerk steunt op "art. 27 Pw"
      Als de bijstandsnorm wordt vastgesteld
      Dan is als maatwerk de norm gewijzigd van € 1.401,50 in € 1.200,00
      En beslecht de wettekst de ruimte voor het maatwerk
    # Art. 11 Pw (wie recht heeft op bijstand) en art. 52 lid 2 Pw (het voorschot) gaan niet over de hoogte van de
    # norm: zij dragen geen lagere norm. Een bedrag in maanden is geen bedrag: beide bezwaren worden genoemd.

    @M24-030
    Scenario: Het artikel over het recht op bijstand draagt geen lagere norm
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 35 jaar
      En het college stelt als maatwerk de norm op € 1.200,00
      En het college motiveert het maatwerk met "hij woont kosteloos bij zijn ouders en heeft geen woonkosten"
      En het maatwerk steunt op "art. 11 Pw"
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.grondslag"

    @M24-031
    Scenario: Een norm in maanden op een grondslag die de norm niet draagt
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 35 jaar
      En het college stelt als maatwerk de norm op 3 maanden
      En het college motiveert het maatwerk met "hij woont kosteloos bij zijn ouders en heeft geen woonkosten"
      En het maatwerk steunt op "art. 52 lid 2 Pw"
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.grondslag"
      En wordt de invoer geweigerd met een melding over "maatwerk.waarde"

    @M24-002
    Abstract Scenario: Art. 18 lid 1 gold vóór 1 januari 2026 al zo: de dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 35 jaar
      En het college stelt als maatwerk de norm op € 1.300,00
      En het college motiveert het maatwerk met "hij verblijft grotendeels kosteloos bij familie"
      En het maatwerk steunt op "art. 18 lid 1 Pw"
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.300,00
      En is als maatwerk de norm gewijzigd van <norm> in € 1.300,00

      Voorbeelden:
        | peildatum  | norm       |
        | 2025-12-31 | € 1.369,06 |
        | 2026-01-01 | € 1.401,50 |

    @M24-003
    Scenario: In de berekening over de maand stemt het college de te betalen bijstand af
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En de belanghebbende ontvangt in de maand € 300,00 netto loon
      En het college stelt als maatwerk de bijstand over de maand op € 900,00
      En het college motiveert het maatwerk met "hij verblijft deze maand grotendeels kosteloos bij familie"
      En het maatwerk steunt op "art. 18 lid 1 Pw"
      Als de bijstand over de maand wordt berekend
      Dan wordt over de maand € 900,00 bijstand betaald
      En is als maatwerk de bijstand over de maand gewijzigd van € 1.031,42 in € 900,00
    # De berekening over de maand aanvaardt dezelfde afwijking van de norm als de vaststelling van de norm
    # (M24-001) en rekent de maand ermee: 5 % × € 1.200,00 = € 60,00 vakantietoeslag, te betalen € 1.140,00.

    @M24-021
    Scenario: In de berekening over de maand rekent de hele maand met de lager vastgestelde norm
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het college stelt als maatwerk de norm op € 1.200,00
      En het college motiveert het maatwerk met "hij woont kosteloos bij zijn ouders en heeft geen woonkosten"
      En het maatwerk steunt op "art. 27 Pw"
      Als de bijstand over de maand wordt berekend
      Dan is de norm € 1.200,00
      En wordt over de maand € 1.140,00 bijstand betaald
      En wordt € 60,00 vakantietoeslag gereserveerd
      En is als maatwerk de norm gewijzigd van € 1.401,50 in € 1.200,00

    @M24-022
    Scenario: Art. 27 draagt in de berekening over de maand geen hogere norm
      Gegeven de peildatum is 2026-03-01
      En de bijstandsmaand is 2026-03
      En de belanghebbende is 35 jaar
      En het college stelt als maatwerk de norm op € 1.500,00
      En het college motiveert het maatwerk met "hogere woonkosten"
      En het maatwerk steunt op "art. 27 Pw"
      Als de bijstand over de maand wordt berekend
      Dan wordt de invoer geweigerd met een melding over "maatwerk.waarde"

  Regel: Voorlopig: art. 18 lid 1 Pw noemt geen richting; letterlijk gelezen mag het college de norm ook hoger vaststellen, al kent de wet voor bijzondere kosten de bijzondere bijstand (art. 35 Pw)

    @M24-004 @voorlopig
    Scenario: De klantmanager stelt de norm hoger vast
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 35 jaar
      En het college stelt als maatwerk de norm op € 1.500,00
      En het college motiveert het maatwerk met "hogere kosten door een dieet dat geen voorliggende voorziening vergoedt"
      En het maatwerk steunt op "art. 18 lid 1 Pw"
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.500,00
      En is als maatwerk de norm gewijzigd van € 1.401,50 in € 1.500,00

  Regel: Van een uitkomst die de wet dwingend vastlegt, kan maatwerk niet afwijken, zoals de vaststelling van de identiteit (art. 17 lid 3 Pw) en de datum van melding (art. 43 lid 6 en 44 lid 2 Pw)

    @M24-005
    Scenario: De identiteit is niet vastgesteld met een document dat de wet noemt
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende toont een ander document
      En het college stelt als maatwerk vast dat de identiteit toch vaststaat
      En het college motiveert het maatwerk met "de klantmanager kent hem al jaren"
      En het maatwerk steunt op "art. 18 lid 1 Pw"
      Als de identiteit van de belanghebbende wordt vastgesteld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.veld"

    @M24-006
    Scenario: De datum van melding volgt uit de wet
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende meldt zich voor algemene bijstand op 2026-02-10
      En het college stelt als maatwerk de datum van melding op 2026-01-15
      En het college motiveert het maatwerk met "hij had zich eerder willen melden"
      En het maatwerk steunt op "art. 18 lid 1 Pw"
      Als de datum van melding voor algemene bijstand wordt bepaald
      Dan wordt de invoer geweigerd met een melding over "maatwerk.veld"

  Regel: Maatwerk gaat alleen in de richting die de grondslag toelaat: een voorschot is in ieder geval het wettelijke minimum en mag hoger, niet lager (art. 52 lid 2 Pw); een verlaging mag lager of achterwege blijven, niet hoger dan de verordening (art. 18 lid 10 Pw)

    @M24-007
    Scenario: Een hoger voorschot dan het wettelijke minimum
      Gegeven de peildatum is 2026-01-20
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.401,50 per maand
      En het college stelt als maatwerk het minimale voorschot op € 1.401,50
      En het college motiveert het maatwerk met "er dreigt een huisuitzetting"
      En het maatwerk steunt op "art. 52 lid 2 Pw"
      Als het voorschot wordt beoordeeld
      Dan is het voorschot ten minste € 1.401,50 per maand
      En is als maatwerk het minimale voorschot gewijzigd van € 1.331,43 in € 1.401,50

    @M24-008
    Scenario: Een lager voorschot dan het wettelijke minimum kan niet
      Gegeven de peildatum is 2026-01-20
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.401,50 per maand
      En het college stelt als maatwerk het minimale voorschot op € 1.200,00
      En het college motiveert het maatwerk met "hij heeft nog spaargeld"
      En het maatwerk steunt op "art. 52 lid 2 Pw"
      Als het voorschot wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.waarde"
    # Art. 52 lid 2 Pw: het voorschot is ten minste 95 % van de te verwachten bijstand (95 % x € 1.401,50 =
    # € 1.331,43) en is een voorschot op die bijstand, dus ten hoogste € 1.401,50. € 1.350,00 ligt ertussen en mag;
    # € 1.500,00 ligt boven de te verwachten bijstand en kan niet; € 1.331,43 is het minimum zelf: geen afwijking.

    @M24-023
    Scenario: Een voorschot tussen het wettelijke minimum en de te verwachten bijstand
      Gegeven de peildatum is 2026-01-20
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.401,50 per maand
      En het college stelt als maatwerk het minimale voorschot op € 1.350,00
      En het college motiveert het maatwerk met "er dreigt een huisuitzetting"
      En het maatwerk steunt op "art. 52 lid 2 Pw"
      Als het voorschot wordt beoordeeld
      Dan is het voorschot ten minste € 1.350,00 per maand
      En is als maatwerk het minimale voorschot gewijzigd van € 1.331,43 in € 1.350,00

    @M24-024
    Abstract Scenario: Een voorschot boven de te verwachten bijstand of gelijk aan het minimum kan niet als maatwerk
      Gegeven de peildatum is 2026-01-20
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.401,50 per maand
      En het college stelt als maatwerk het minimale voorschot op <bedrag>
      En het college motiveert het maatwerk met "er dreigt een huisuitzetting"
      En het maatwerk steunt op "art. 52 lid 2 Pw"
      Als het voorschot wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.waarde"

      Voorbeelden:
        | bedrag     |
        | € 1.500,00 |
        | € 1.331,43 |
    # Art. 52 lid 2 Pw: het percentage van het voorschot is ten minste 95 % en mag hoger, tot de hele te verwachten
    # bijstand (100 %); meer dan 100 % is geen percentage van die bijstand (openapi.yaml: van 0 tot en met 100).

    @M24-025
    Scenario: Een voorschot van de hele te verwachten bijstand
      Gegeven de peildatum is 2026-01-20
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.401,50 per maand
      En het college stelt als maatwerk het percentage van het voorschot op 100 %
      En het college motiveert het maatwerk met "er dreigt een huisuitzetting"
      En het maatwerk steunt op "art. 52 lid 2 Pw"
      Als het voorschot wordt beoordeeld
      Dan is als maatwerk het percentage van het voorschot gewijzigd van 95 % in 100 %

    @M24-026
    Scenario: Een voorschot van meer dan de hele te verwachten bijstand kan niet
      Gegeven de peildatum is 2026-01-20
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.401,50 per maand
      En het college stelt als maatwerk het percentage van het voorschot op 101 %
      En het college motiveert het maatwerk met "er dreigt een huisuitzetting"
      En het maatwerk steunt op "art. 52 lid 2 Pw"
      Als het voorschot wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.waarde"
    # Art. 52 lid 2 Pw: een voorschot van 97,50 % mag (hoger dan 95 %); het antwoord schrijft het percentage zonder
    # overbodige nullen, zoals de operatie zelf (openapi.yaml: "97.5").

    @M24-036
    Scenario: Een voorschot van 97,50 procent wordt vastgelegd als 97,5 procent
      Gegeven de peildatum is 2026-01-20
      En de belanghebbende heeft op 2026-01-08 algemene bijstand aangevraagd
      En de te verwachten algemene bijstand is € 1.401,50 per maand
      En het college stelt als maatwerk het percentage van het voorschot op 97,50 %
      En het college motiveert het maatwerk met "er dreigt een huisuitzetting"
      En het maatwerk steunt op "art. 52 lid 2 Pw"
      Als het voorschot wordt beoordeeld
      Dan is als maatwerk het percentage van het voorschot gewijzigd van 95 % in 97,5 %

    @M24-009
    Scenario: Wegens dringende redenen een lagere verlaging
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het verzuim vond plaats op 2026-02-10
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En het college stelt als maatwerk de verlaging per maand op € 700,75
      En het college motiveert het maatwerk met "zonder inkomen kan hij de huur niet betalen"
      En het maatwerk steunt op "art. 18 lid 10 Pw"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan bedraagt de verlaging per maand € 700,75
      En is als maatwerk de verlaging per maand gewijzigd van € 1.401,50 in € 700,75
    # Wie afziet van het opleggen van de maatregel (art. 18 lid 10 Pw), verlaagt de bijstand niet: met
    # "opgelegd" van ja in nee staan ook het percentage (0), de duur (0 maanden) en de verlaging per maand
    # (€ 0,00) vast. Het contract noemt dat bij de operatie (x-maatwerk, opgelegd.gevolgen); andere afgeleide
    # uitkomsten worden na maatwerk niet opnieuw berekend.

    @M24-010
    Scenario: Wegens dringende redenen geen verlaging
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het verzuim vond plaats op 2026-02-10
      En het college ziet als maatwerk af van het opleggen van de maatregel
      En het college motiveert het maatwerk met "hij verzorgt een ernstig ziek kind"
      En het maatwerk steunt op "art. 18 lid 10 Pw"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt geen maatregel opgelegd
      En duurt de verlaging 0 maanden
      En is als maatwerk het opleggen van de maatregel gewijzigd van ja in nee

    @M24-011
    Scenario: Een langere verlaging dan de verordening kan niet
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het verzuim vond plaats op 2026-02-10
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En het college stelt als maatwerk de duur van de verlaging op 3 maanden
      En het college motiveert het maatwerk met "hij weigerde het werk nadrukkelijk"
      En het maatwerk steunt op "art. 18 lid 10 Pw"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.waarde"
    # Art. 18 lid 10 Pw: het college kan de duur afstemmen tot nul maanden (lager mag): de verordening gaf 1 maand.

    @M24-027
    Scenario: Wegens dringende redenen een verlaging van nul maanden
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het verzuim vond plaats op 2026-02-10
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En het college stelt als maatwerk de duur van de verlaging op 0 maanden
      En het college motiveert het maatwerk met "zonder inkomen kan hij de huur niet betalen"
      En het maatwerk steunt op "art. 18 lid 10 Pw"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan duurt de verlaging 0 maanden
      En is als maatwerk de duur van de verlaging gewijzigd van 1 in 0 maanden
    # Art. 18 lid 9 Pw: ontbreekt elke verwijtbaarheid, dan is er geen maatregel en dus geen percentage om af te
    # stemmen: maatwerk op het percentage kan alleen als een maatregel wordt opgelegd (openapi.yaml, x-maatwerk).

    @M24-028
    Scenario: Zonder maatregel valt er geen percentage van de verlaging af te stemmen
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het verzuim vond plaats op 2026-02-10
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En bij dit verzuim ontbreekt elke vorm van verwijtbaarheid
      En het college stelt als maatwerk het percentage van de verlaging op 50 %
      En het college motiveert het maatwerk met "zonder inkomen kan hij de huur niet betalen"
      En het maatwerk steunt op "art. 18 lid 10 Pw"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.veld"
    # Art. 18 lid 10 Pw: het percentage van de verlaging (100 %, art. 18 lid 5) mag lager: 50 %. Andere afgeleide
    # uitkomsten worden na maatwerk niet herberekend (openapi.yaml, Maatwerk).

    @M24-032
    Scenario: Wegens dringende redenen een lager percentage van de verlaging
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het verzuim vond plaats op 2026-02-10
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En het college stelt als maatwerk het percentage van de verlaging op 50 %
      En het college motiveert het maatwerk met "zonder inkomen kan hij de huur niet betalen"
      En het maatwerk steunt op "art. 18 lid 10 Pw"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met 50 %
      En is als maatwerk het percentage van de verlaging gewijzigd van 100 % in 50 %
    # Een waarde die niet de vorm van de uitkomst heeft (openapi.yaml, x-maatwerk soort), wordt geweigerd: een
    # percentage is geen aantal maanden, een duur is geen ja of nee.

    @M24-033
    Scenario: Een percentage van de verlaging in maanden wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het verzuim vond plaats op 2026-02-10
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En het college stelt als maatwerk het percentage van de verlaging op 3 maanden
      En het college motiveert het maatwerk met "zonder inkomen kan hij de huur niet betalen"
      En het maatwerk steunt op "art. 18 lid 10 Pw"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.waarde"

    @M24-034
    Scenario: Een duur van de verlaging als ja of nee wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het verzuim vond plaats op 2026-02-10
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En het college stelt als maatwerk de duur van de verlaging op nee
      En het college motiveert het maatwerk met "zonder inkomen kan hij de huur niet betalen"
      En het maatwerk steunt op "art. 18 lid 10 Pw"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.waarde"

    @M24-037
    Scenario: Een negatieve duur van de verlaging wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het verzuim vond plaats op 2026-02-10
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En het college stelt als maatwerk de duur van de verlaging op -1 maanden
      En het college motiveert het maatwerk met "zonder inkomen kan hij de huur niet betalen"
      En het maatwerk steunt op "art. 18 lid 10 Pw"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.waarde"

    @M24-038
    Scenario: Een ingangsdatum in maanden wordt geweigerd
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende heeft zich gemeld op 2026-01-01
      En het recht op bijstand is ontstaan op 2025-11-01
      En het college stelt als maatwerk de ingangsdatum op 3 maanden
      En het college motiveert het maatwerk met "hij lag in december in het ziekenhuis en kon zich niet melden"
      En het maatwerk steunt op "art. 44 lid 5 Pw"
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan wordt de invoer geweigerd met een melding over "maatwerk.waarde"

  Regel: Een grondslag draagt maatwerk pas vanaf de dag dat zij geldt en binnen haar grenzen: bijstand vóór de melding kan sinds 1 januari 2026, ten hoogste drie maanden vóór de melding en niet vóór de dag waarop het recht ontstond (art. 44 lid 5 Pw)

    @M24-012
    Scenario: Op 1 januari 2026 een ingangsdatum een maand vóór de melding
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende heeft zich gemeld op 2026-01-01
      En het recht op bijstand is ontstaan op 2025-11-01
      En het college stelt als maatwerk de ingangsdatum op 2025-12-01
      En het college motiveert het maatwerk met "hij lag in december in het ziekenhuis en kon zich niet melden"
      En het maatwerk steunt op "art. 44 lid 5 Pw"
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum 2025-12-01
      En is als maatwerk de ingangsdatum gewijzigd van 2026-01-01 in 2025-12-01
    # Art. 44 lid 5 Pw geldt vanaf 1 januari 2026, ook daarna: melding 2026-02-01, recht ontstaan 2025-12-01,
    # ingangsdatum als maatwerk 2026-01-01 (een maand vóór de melding, niet vóór het recht).

    @M24-029
    Scenario: Na 1 januari 2026 een ingangsdatum een maand vóór de melding
      Gegeven de peildatum is 2026-02-10
      En de belanghebbende heeft zich gemeld op 2026-02-01
      En het recht op bijstand is ontstaan op 2025-12-01
      En het college stelt als maatwerk de ingangsdatum op 2026-01-01
      En het college motiveert het maatwerk met "hij lag in januari in het ziekenhuis en kon zich niet melden"
      En het maatwerk steunt op "art. 44 lid 5 Pw"
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum 2026-01-01
      En is als maatwerk de ingangsdatum gewijzigd van 2026-02-01 in 2026-01-01

    @M24-013
    Scenario: Op 31 december 2025 draagt art. 44 lid 5 nog geen ingangsdatum vóór de melding
      Gegeven de peildatum is 2025-12-31
      En de belanghebbende heeft zich gemeld op 2025-12-31
      En het recht op bijstand is ontstaan op 2025-11-01
      En het college stelt als maatwerk de ingangsdatum op 2025-12-01
      En het college motiveert het maatwerk met "hij lag in december in het ziekenhuis en kon zich niet melden"
      En het maatwerk steunt op "art. 44 lid 5 Pw"
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan wordt de invoer geweigerd met een melding over "maatwerk.grondslag"

    @M24-014
    Scenario: Meer dan drie maanden vóór de melding kan niet
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende heeft zich gemeld op 2026-01-01
      En het recht op bijstand is ontstaan op 2025-06-01
      En het college stelt als maatwerk de ingangsdatum op 2025-09-30
      En het college motiveert het maatwerk met "hij lag lang in het ziekenhuis"
      En het maatwerk steunt op "art. 44 lid 5 Pw"
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan wordt de invoer geweigerd met een melding over "maatwerk.waarde"
    # Art. 44 lid 5 Pw: ten hoogste drie maanden vóór de melding (melding 2026-01-01: 2025-10-01) en niet vóór de dag
    # waarop het recht ontstond; op de grens zelf mag het.

    @M24-035
    Abstract Scenario: Een ingangsdatum precies op de grens van art. 44 lid 5
      Gegeven de peildatum is 2026-01-01
      En de belanghebbende heeft zich gemeld op 2026-01-01
      En het recht op bijstand is ontstaan op <recht>
      En het college stelt als maatwerk de ingangsdatum op <ingangsdatum>
      En het college motiveert het maatwerk met "hij lag lang in het ziekenhuis"
      En het maatwerk steunt op "art. 44 lid 5 Pw"
      Als de ingangsdatum van de bijstand wordt bepaald
      Dan is de ingangsdatum <ingangsdatum>
      En is als maatwerk de ingangsdatum gewijzigd van 2026-01-01 in <ingangsdatum>

      Voorbeelden:
        | recht      | ingangsdatum |
        | 2025-06-01 |   2025-10-01 |
        | 2025-11-01 |   2025-11-01 |

  Regel: Maatwerk zonder reden, of op een artikel dat de afwijking niet draagt, wordt geweigerd met het onjuiste gegeven

    @M24-015
    Scenario: Maatwerk zonder reden
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 35 jaar
      En het college stelt als maatwerk de norm op € 1.200,00
      En het college motiveert het maatwerk met ""
      En het maatwerk steunt op "art. 27 Pw"
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.reden"

    @M24-016
    Scenario: Een artikel dat de afwijking niet draagt
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 35 jaar
      En het college stelt als maatwerk de norm op € 1.200,00
      En het college motiveert het maatwerk met "hij woont kosteloos bij zijn ouders"
      En het maatwerk steunt op "art. 52 lid 2 Pw"
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.grondslag"

  Regel: Het college kan de norm gedurende zes maanden na het beëindigen van onderwijs of een beroepsopleiding waarvoor aanspraak op studiefinanciering bestond lager vaststellen (art. 28 Pw); hoger staat die grondslag niet toe

    @M24-017
    Scenario: Na het beëindigen van een opleiding met studiefinanciering stelt de klantmanager de norm lager vast
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 23 jaar
      En het college stelt als maatwerk de norm op € 1.100,00
      En het college motiveert het maatwerk met "hij heeft op 2026-01-31 zijn opleiding met studiefinanciering beëindigd"
      En het maatwerk steunt op "art. 28 Pw"
      Als de bijstandsnorm wordt vastgesteld
      Dan is de norm € 1.100,00
      En is als maatwerk de norm gewijzigd van € 1.401,50 in € 1.100,00
      En is het maatwerk vastgelegd op grond van "art. 28 Pw"

    @M24-018
    Scenario: Op grond van art. 28 een hogere norm kan niet
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 23 jaar
      En het college stelt als maatwerk de norm op € 1.500,00
      En het college motiveert het maatwerk met "hij heeft op 2026-01-31 zijn opleiding met studiefinanciering beëindigd"
      En het maatwerk steunt op "art. 28 Pw"
      Als de bijstandsnorm wordt vastgesteld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.waarde"

  Regel: Voorlopig: het college verleent de individuele inkomenstoeslag gelet op de omstandigheden van de persoon (art. 36 lid 1 Pw) en de verordening regelt de hoogte; de wet zegt niet of het daarvan mag afwijken, letterlijk gelezen kan dat, maar alleen voor wie voor de toeslag in aanmerking komt

    @M24-019 @voorlopig
    Scenario: Gelet op zijn omstandigheden een hogere individuele inkomenstoeslag dan de verordening noemt
      Gegeven de peildatum is 2026-09-01
      En de belanghebbende vraagt op 2026-08-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 50 jaar
      En de belanghebbende heeft 60 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende geen uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      En het college stelt als maatwerk de individuele inkomenstoeslag op € 600,00
      En het college motiveert het maatwerk met "door een chronische ziekte moet hij zijn wasmachine en koelkast vaker vervangen"
      En het maatwerk steunt op "art. 36 lid 1 Pw"
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan komt de belanghebbende in aanmerking voor een individuele inkomenstoeslag van € 600,00
      En is als maatwerk de individuele inkomenstoeslag gewijzigd van € 450,00 in € 600,00
      En is het maatwerk vastgelegd op grond van "art. 36 lid 1 Pw"

    @M24-020 @voorlopig
    Scenario: Wie niet in aanmerking komt, krijgt als maatwerk geen individuele inkomenstoeslag
      Gegeven de peildatum is 2026-09-01
      En de belanghebbende vraagt op 2026-08-20 een individuele inkomenstoeslag aan
      En de belanghebbende is 50 jaar
      En de belanghebbende heeft 60 maanden aaneengesloten een laag inkomen
      En het college ziet voor de belanghebbende uitzicht op inkomensverbetering
      En de verordening noemt een laag inkomen langdurig na 36 maanden
      En de verordening kent een alleenstaande een individuele inkomenstoeslag toe van € 450,00
      En het college stelt als maatwerk de individuele inkomenstoeslag op € 450,00
      En het college motiveert het maatwerk met "hij heeft zich jarenlang ingespannen om meer te verdienen"
      En het maatwerk steunt op "art. 36 lid 1 Pw"
      Als de individuele inkomenstoeslag wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "maatwerk.veld"
