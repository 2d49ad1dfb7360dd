# language: nl
@M22
Functionaliteit: Afstemming: verlaging van de bijstand bij het niet nakomen van verplichtingen
  Komt de belanghebbende een arbeidsverplichting van art. 18 lid 4 Pw niet na, dan verlaagt het
  college de bijstand met 100 % voor een periode die de afstemmingsverordening vaststelt (een tot drie
  maanden, lid 5); bij herhaling binnen twaalf maanden langer (lid 6), daarna drie maanden (lid 7) en
  telkens drie maanden (het eerste lid 8; de wet van 2025 voegde per vergissing een tweede lid 8 toe,
  over giften). Voor de taaleis verlaagt het college met 20 %, 40 % en 100 % van de bijstandsnorm
  (art. 18b). Art. 18 en 18b veranderen per 1 januari 2026 niet. De scenario's rekenen met een
  bijstandsnorm van € 1.401,50 (alleenstaande, Normenbrief 1 januari 2026, Bijlage I) en noemen de
  verordening die ze aannemen; zonder verordening geldt de wettelijke ondergrens.

  Regel: Een eerste verzuim van een arbeidsverplichting kost 100 % gedurende de periode van de verordening, zonder verordening een maand (art. 18 lid 5 Pw)

    @M22-001 @normenbrief-2026
    Scenario: Een eerste verzuim zonder afstemmingsverordening
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt een maatregel opgelegd
      En wordt de bijstand verlaagd met 100 %
      En duurt de verlaging 1 maanden
      En bedraagt de verlaging per maand € 1.401,50
      En wordt de verlaging verrekend over 1 maanden
      En is de grondslag "art. 18 lid 5 Pw"

    @M22-002
    Abstract Scenario: De regel is vóór en op 1 januari 2026 dezelfde
      Gegeven de peildatum is <peildatum>
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 2 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met 100 %
      En duurt de verlaging 2 maanden
      En bedraagt de verlaging per maand € 1.401,50
      En is de grondslag "art. 18 lid 5 Pw"

      Voorbeelden:
        | peildatum  |
        | 2025-12-31 |
        | 2026-01-01 |
    # Art. 18 lid 5 Pw: "ten minste een maand en ten hoogste drie maanden"; een verordening van precies drie
    # maanden past. Verlaging 100 % x € 1.401,50 = € 1.401,50 per maand, gedurende 3 maanden. De verordening
    # verrekent niet over meer maanden, dus vanaf de maand van oplegging elke maand € 1.401,50: 3 x € 1.401,50.

    @M22-018
    Scenario: Een verordening die een eerste verzuim precies drie maanden laat kosten
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 3 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met 100 %
      En duurt de verlaging 3 maanden
      En bedraagt de verlaging per maand € 1.401,50
      En wordt de verlaging vanaf de maand van oplegging verrekend met:
        | bedrag     |
        | € 1.401,50 |
        | € 1.401,50 |
        | € 1.401,50 |
      En is de grondslag "art. 18 lid 5 Pw"

  Regel: Wie binnen twaalf maanden na een verlaging opnieuw verzuimt, krijgt de zwaardere verlaging van lid 6, lid 7 en telkens het eerste lid 8 (art. 18 lid 6-8 Pw)

    @M22-003
    Abstract Scenario: Escalatie na een eerdere verlaging
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En eerder is op 2025-09-01 de bijstand verlaagd op grond van artikel 18 lid <vorig>
      En het verzuim vond plaats op 2026-02-10
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met 100 %
      En duurt de verlaging <maanden> maanden
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | vorig | maanden | grondslag                 |
        |     5 |       2 | art. 18 lid 6 Pw          |
        |     6 |       3 | art. 18 lid 7 Pw          |
        |     7 |       3 | art. 18 lid 8 (eerste) Pw |
        |     8 |       3 | art. 18 lid 8 (eerste) Pw |
    # Art. 18 lid 6 Pw: bij herhaling binnen twaalf maanden een periode "in ieder geval langer dan" die van lid 5
    # (hier 1 maand) "en ten hoogste drie maanden"; een verordening van precies 3 maanden past:
    # 100 % x € 1.401,50 = € 1.401,50 per maand, gedurende 3 maanden. Verzuim 2026-02-10 ligt binnen twaalf
    # maanden na 2025-09-01.

    @M22-020
    Scenario: Een verordening die herhaling binnen twaalf maanden precies drie maanden laat kosten
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En de afstemmingsverordening stelt de verlaging bij herhaling binnen twaalf maanden op 3 maanden
      En eerder is op 2025-09-01 de bijstand verlaagd op grond van artikel 18 lid 5
      En het verzuim vond plaats op 2026-02-10
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met 100 %
      En duurt de verlaging 3 maanden
      En bedraagt de verlaging per maand € 1.401,50
      En is de grondslag "art. 18 lid 6 Pw"
    # Art. 18 lid 6 Pw: opnieuw verzuim "binnen twaalf maanden nadat het vijfde lid toepassing heeft gevonden".
    # Vorige verlaging 2025-03-10, verzuim 2026-02-11: elf maanden en een dag later, binnen twaalf maanden,
    # ook als die pas zouden lopen vanaf het einde van de vorige verlaging (ten hoogste drie maanden): lid 6,
    # een maand langer dan de verordening voor lid 5 (1 maand), dus 2 maanden. Vorige verlaging 2024-10-10,
    # verzuim 2026-02-10: zestien maanden later, en dertien na het uiterste einde van die verlaging
    # (2025-01-10): geen herhaling, dus opnieuw lid 5 met de 1 maand van de verordening. De dag van de grens
    # zelf toetst het voorlopige M22-004.

    @M22-022
    Abstract Scenario: Verzuim ruim binnen en ruim na twaalf maanden na de vorige verlaging
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En eerder is op <vorige> de bijstand verlaagd op grond van artikel 18 lid 5
      En het verzuim vond plaats op <verzuim>
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met 100 %
      En duurt de verlaging <maanden> maanden
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | vorige     | verzuim    | maanden | grondslag        |
        | 2025-03-10 | 2026-02-11 |       2 | art. 18 lid 6 Pw |
        | 2024-10-10 | 2026-02-10 |       1 | art. 18 lid 5 Pw |
    # Art. 18 lid 6 Pw: een verzuim op de peildatum zelf, ruim binnen twaalf maanden na de vorige verlaging
    # (2025-09-01), is herhaling: een maand langer dan de verordening voor lid 5 (1 maand), dus 2 maanden. Zonder
    # vorige verlaging is hetzelfde verzuim een eerste verzuim (lid 5): 1 maand.

    @M22-034
    Scenario: Een verzuim op de peildatum, binnen twaalf maanden na de vorige verlaging
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En eerder is op 2025-09-01 de bijstand verlaagd op grond van artikel 18 lid 5
      En het verzuim vond plaats op 2026-03-01
      Als de afstemming van de bijstand wordt beoordeeld
      Dan duurt de verlaging 2 maanden
      En is de grondslag "art. 18 lid 6 Pw"

    @M22-035
    Scenario: Een verzuim zonder eerdere verlaging is een eerste verzuim
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En het verzuim vond plaats op 2026-02-10
      Als de afstemming van de bijstand wordt beoordeeld
      Dan duurt de verlaging 1 maanden
      En is de grondslag "art. 18 lid 5 Pw"
    # Art. 18 lid 6 Pw: bij herhaling een periode langer dan die van lid 5 en ten hoogste drie maanden. Verordening
    # 1 en 2 maanden: 2 maanden; verordening 3 en 3 maanden (lid 5 staat drie maanden toe, lid 6 niet meer): 3 maanden.

    @M22-036
    Abstract Scenario: Herhaling binnen twaalf maanden volgens de verordening
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op <eerste> maanden
      En de afstemmingsverordening stelt de verlaging bij herhaling binnen twaalf maanden op <herhaling> maanden
      En eerder is op 2025-09-01 de bijstand verlaagd op grond van artikel 18 lid 5
      En het verzuim vond plaats op 2026-02-10
      Als de afstemming van de bijstand wordt beoordeeld
      Dan duurt de verlaging <herhaling> maanden
      En is de grondslag "art. 18 lid 6 Pw"

      Voorbeelden:
        | eerste | herhaling |
        |      1 |         2 |
        |      3 |         3 |

    @M22-004 @voorlopig
    Abstract Scenario: Twaalf maanden na de vorige verlaging tot en met dezelfde dagdatum
      Gegeven de peildatum is 2026-03-20
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En eerder is op 2025-03-10 de bijstand verlaagd op grond van artikel 18 lid 5
      En het verzuim vond plaats op <verzuim>
      Als de afstemming van de bijstand wordt beoordeeld
      Dan duurt de verlaging <maanden> maanden
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | verzuim    | maanden | grondslag        |
        | 2026-03-10 |       2 | art. 18 lid 6 Pw |
        | 2026-03-11 |       1 | art. 18 lid 5 Pw |

  Regel: De verordening kan een verlaging van lid 5 verrekenen over de maand van oplegging en ten hoogste twee volgende, met ten minste een derde in de eerste maand (art. 18 lid 5, tweede zin, Pw); voorlopig: de latere maanden naar beneden op centen, de rest in de eerste maand

    @M22-005 @voorlopig
    Abstract Scenario: Verrekening over drie maanden
      Gegeven de peildatum is 2026-04-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op <duur> maanden
      En de afstemmingsverordening laat de verlaging verrekenen over 3 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan duurt de verlaging <duur> maanden
      En wordt de verlaging verrekend over 3 maanden
      En wordt in de maand van oplegging <eerste> verrekend
      En wordt in de maand daarna <tweede> verrekend
      En wordt in de tweede maand daarna <derde> verrekend

      Voorbeelden:
        | duur | eerste     | tweede     | derde      |
        |    1 | € 467,18   | € 467,16   | € 467,16   |
        |    2 | € 934,34   | € 934,33   | € 934,33   |
        |    3 | € 1.401,50 | € 1.401,50 | € 1.401,50 |
    # Art. 18 lid 5, tweede zin, Pw: verrekenen over de maand van oplegging en ten hoogste de twee volgende,
    # in de eerste maand ten minste 1/3. Met een norm van € 1.500,00 en een eerste verzuim van een maand is de
    # verlaging 100 % × € 1.500,00 = € 1.500,00; over drie maanden gaat dat op zonder rest: € 500,00 per maand,
    # en de eerste maand krijgt precies 1/3. Geen afronding, dus geen lezing nodig.

    @M22-026
    Scenario: Verrekening over drie maanden die op de cent opgaat
      Gegeven de peildatum is 2026-04-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.500,00
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En de afstemmingsverordening laat de verlaging verrekenen over 3 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan duurt de verlaging 1 maanden
      En wordt de verlaging verrekend over 3 maanden
      En wordt in de maand van oplegging € 500,00 verrekend
      En wordt in de maand daarna € 500,00 verrekend
      En wordt in de tweede maand daarna € 500,00 verrekend
    # Art. 18 lid 5, tweede zin, Pw: een verlaging van een maand (100 % x € 1.401,50 = € 1.401,50) verrekend over
    # 2 maanden: € 1.401,50 / 2 = € 700,75 per maand, geen rest, de eerste maand ten minste een derde. Een verlaging
    # van 2 maanden bij een norm van € 1.500,00 is € 3.000,00; over 3 maanden € 1.000,00 per maand, geen rest.

    @M22-037
    Abstract Scenario: Verrekening die op de cent opgaat over twee en over drie maanden
      Gegeven de peildatum is 2026-04-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van <norm>
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op <duur> maanden
      En de afstemmingsverordening laat de verlaging verrekenen over <spreiding> maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan duurt de verlaging <duur> maanden
      En wordt de verlaging verrekend over <spreiding> maanden
      En wordt in de maand van oplegging <deel> verrekend
      En wordt in de maand daarna <deel> verrekend

      Voorbeelden:
        | norm       | duur | spreiding | deel       |
        | € 1.401,50 |    1 |         2 | € 700,75   |
        | € 1.500,00 |    2 |         3 | € 1.000,00 |
    # Een verordening die over een maand verrekent, verrekent een verlaging van een maand in die maand: € 1.401,50.

    @M22-038
    Scenario: Verrekening over een maand
      Gegeven de peildatum is 2026-04-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En de afstemmingsverordening laat de verlaging verrekenen over 1 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan duurt de verlaging 1 maanden
      En wordt de verlaging verrekend over 1 maanden
      En wordt in de maand van oplegging € 1.401,50 verrekend

    @M22-006 @voorlopig
    Scenario: De verrekening van lid 5 geldt niet voor een verlaging bij herhaling
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening laat de verlaging verrekenen over 3 maanden
      En eerder is op 2025-09-01 de bijstand verlaagd op grond van artikel 18 lid 5
      En het verzuim vond plaats op 2026-02-10
      Als de afstemming van de bijstand wordt beoordeeld
      Dan duurt de verlaging 2 maanden
      En wordt de verlaging verrekend over 2 maanden
      En wordt in de maand van oplegging € 1.401,50 verrekend
      En is de grondslag "art. 18 lid 6 Pw"

  Regel: Het college legt geen maatregel op als elke verwijtbaarheid ontbreekt (art. 18 lid 9 Pw) en stemt hem af bij dringende redenen (art. 18 lid 10 Pw)

    @M22-007
    Scenario: Zonder enige verwijtbaarheid geen maatregel
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En bij dit verzuim ontbreekt elke vorm van verwijtbaarheid
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt geen maatregel opgelegd
      En is de grondslag "art. 18 lid 9 Pw"

    @M22-008
    Scenario: Het college stemt de verlaging wegens dringende redenen af
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het college stemt de verlaging wegens dringende redenen af op 50 % omdat "de huur anders niet kan worden betaald"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt een maatregel opgelegd
      En wordt de bijstand verlaagd met 50 %
      En bedraagt de verlaging per maand € 700,75
      En is de grondslag "art. 18 lid 10 Pw"
    # Art. 18 lid 10 Pw: het college stemt de maatregel af op de omstandigheden; het contract laat alleen een lager of
    # gelijk percentage en een kortere of gelijke duur toe. Verordening lid 5: 3 maanden. Afgestemd op 100 %
    # gedurende 2 of 3 maanden: 100 % x € 1.401,50 = € 1.401,50 per maand, 2 of 3 maanden, grondslag lid 10.

    @M22-028
    Abstract Scenario: Het college stemt de duur van de verlaging wegens dringende redenen af
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 3 maanden
      En het college stemt de verlaging wegens dringende redenen af op 100 % gedurende <maanden> maanden omdat "de huur anders niet kan worden betaald"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt een maatregel opgelegd
      En wordt de bijstand verlaagd met 100 %
      En duurt de verlaging <maanden> maanden
      En bedraagt de verlaging per maand € 1.401,50
      En is de grondslag "art. 18 lid 10 Pw"

      Voorbeelden:
        | maanden |
        |       2 |
        |       3 |
    # Zonder verordening die verrekent, is de verrekening de verlaging per maand zo vaak als de duur (openapi.yaml,
    # verrekening): stemt het college de duur af op 0 maanden, dan wordt over 0 maanden verrekend.

    @M22-047
    Scenario: Een afstemming op nul maanden zonder verrekening
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het college stemt de verlaging wegens dringende redenen af op 100 % gedurende 0 maanden omdat "de huur anders niet kan worden betaald"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan duurt de verlaging 0 maanden
      En wordt de verlaging verrekend over 0 maanden
      En wordt er geen verlaging verrekend
      En is de grondslag "art. 18 lid 10 Pw"
    # Art. 18b lid 11 Pw: na twaalf maanden met een toets die onvoldoende voortgang toont 100 % voor onbepaalde tijd;
    # art. 18b lid 7 Pw: het college stemt af op 50 % gedurende 6 maanden: 50 % x € 1.401,50 = € 700,75 per maand.

    @M22-029
    Scenario: Het college stemt een verlaging wegens de taaleis voor onbepaalde tijd af op een bepaalde duur
      Gegeven de peildatum is 2027-01-15
      En de belanghebbende is op 2026-01-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En de laatste taaltoets toont dat hij de taal niet beheerst en niet de verwachte voortgang boekt
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het college stemt de verlaging wegens dringende redenen af op 50 % gedurende 6 maanden omdat "de huur anders niet kan worden betaald"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt een maatregel opgelegd
      En wordt de bijstand verlaagd met 50 %
      En duurt de verlaging 6 maanden
      En bedraagt de verlaging per maand € 700,75
      En is de grondslag "art. 18b lid 7 Pw"
    # Art. 18 lid 10 Pw: stemt het college de verlaging af op 0 %, dan ziet het af van de maatregel (openapi.yaml:
    # opgelegd is false, percentage "0", verlaging € 0,00). Op 1 % wordt wel een maatregel opgelegd:
    # 1 % x € 1.500,00 = € 15,00 per maand.

    @M22-030
    Scenario: Het college stemt de verlaging wegens dringende redenen af op nul procent
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het college stemt de verlaging wegens dringende redenen af op 0 % omdat "de huur anders niet kan worden betaald"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt geen maatregel opgelegd
      En is de grondslag "art. 18 lid 10 Pw"

    @M22-031
    Scenario: Het college stemt de verlaging wegens dringende redenen af op een procent
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.500,00
      En het college stemt de verlaging wegens dringende redenen af op 1 % omdat "de huur anders niet kan worden betaald"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt een maatregel opgelegd
      En wordt de bijstand verlaagd met 1 %
      En bedraagt de verlaging per maand € 15,00
      En is de grondslag "art. 18 lid 10 Pw"
    # Afstemmen is verzachten (art. 18 lid 10, art. 18b lid 7 Pw): een hoger percentage dan de 20 % van art. 18b lid 9,
    # of een langere duur dan de 3 maanden van de verordening (art. 18 lid 5), wordt geweigerd.

    @M22-032
    Scenario: Een afstemming op een hoger percentage dan de verlaging wegens de taaleis wordt geweigerd
      Gegeven de peildatum is 2026-02-01
      En de belanghebbende is op 2026-01-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het college stemt de verlaging wegens dringende redenen af op 30 % omdat "de huur anders niet kan worden betaald"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "afgestemdeVerlaging.percentage"

    @M22-033
    Scenario: Een afstemming op een langere duur dan de verordening wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 3 maanden
      En het college stemt de verlaging wegens dringende redenen af op 50 % gedurende 4 maanden omdat "de huur anders niet kan worden betaald"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "afgestemdeVerlaging.duurInMaanden"

  Regel: Bij een andere verplichting bepaalt de verordening percentage en duur, en heroverweegt het college binnen drie maanden (art. 18 lid 2 en 3 Pw)

    @M22-009
    Scenario: Een andere verplichting met de verlaging uit de verordening
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een andere verplichting uit de Participatiewet niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening verlaagt bij een andere verplichting met 30 % gedurende 2 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met 30 %
      En duurt de verlaging 2 maanden
      En bedraagt de verlaging per maand € 420,45
      En heroverweegt het college de verlaging binnen 3 maanden
      En is de grondslag "art. 18 lid 2 Pw"
    # Art. 18 lid 2 Pw: het college verlaagt de bijstand overeenkomstig de verordening; lager dan nihil kan
    # bijstand niet worden, dus de verordening kan ten hoogste 100 % vaststellen. 100 % van € 1.401,50 is
    # € 1.401,50 per maand; een verordening van 101 % past niet en wordt geweigerd.

    @M22-023
    Scenario: Een verordening die bij een andere verplichting de hele bijstand verlaagt
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een andere verplichting uit de Participatiewet niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening verlaagt bij een andere verplichting met 100 % gedurende 1 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met 100 %
      En duurt de verlaging 1 maanden
      En bedraagt de verlaging per maand € 1.401,50
      En is de grondslag "art. 18 lid 2 Pw"

    @M22-024
    Scenario: Een verordening die bij een andere verplichting meer dan de hele bijstand verlaagt, past niet
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een andere verplichting uit de Participatiewet niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening verlaagt bij een andere verplichting met 101 % gedurende 1 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.afstemmingPercentageOverigeVerplichting"
    # Art. 18 lid 2 Pw: het college verlaagt de bijstand; een verordening van 0 % verlaagt niet en wordt geweigerd
    # (openapi.yaml: 0 of hoger dan 100). 1 % van € 1.500,00 = € 15,00 per maand, gedurende 1 maand.

    @M22-042
    Scenario: Een verordening die bij een andere verplichting met nul procent verlaagt, past niet
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een andere verplichting uit de Participatiewet niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening verlaagt bij een andere verplichting met 0 % gedurende 1 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.afstemmingPercentageOverigeVerplichting"

    @M22-043
    Scenario: Een verordening die bij een andere verplichting met een procent verlaagt
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een andere verplichting uit de Participatiewet niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.500,00
      En de afstemmingsverordening verlaagt bij een andere verplichting met 1 % gedurende 1 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt een maatregel opgelegd
      En wordt de bijstand verlaagd met 1 %
      En bedraagt de verlaging per maand € 15,00
      En is de grondslag "art. 18 lid 2 Pw"

  Regel: De taaleis: 20 % gedurende zes maanden vanaf de kennisgeving, 40 % de zes maanden daarna en 100 % voor onbepaalde tijd, de laatste twee alleen na een toets die onvoldoende voortgang toont (art. 18b lid 4, 9, 10 en 11 Pw)

    @M22-010
    Abstract Scenario: De verlaging wegens de taaleis loopt op
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is op 2026-01-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En de laatste taaltoets toont dat hij de taal niet beheerst en niet de verwachte voortgang boekt
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met <percentage>
      En duurt de verlaging 6 maanden
      En bedraagt de verlaging per maand <bedrag>
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | percentage | bedrag   | grondslag          |
        | 2026-01-15 |       20 % | € 280,30 | art. 18b lid 9 Pw  |
        | 2026-07-14 |       20 % | € 280,30 | art. 18b lid 9 Pw  |
        | 2026-07-15 |       40 % | € 560,60 | art. 18b lid 10 Pw |

    @M22-011
    Scenario: Na twaalf maanden onvoldoende voortgang voor onbepaalde tijd 100 %
      Gegeven de peildatum is 2027-01-15
      En de belanghebbende is op 2026-01-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En de laatste taaltoets toont dat hij de taal niet beheerst en niet de verwachte voortgang boekt
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met 100 %
      En duurt de verlaging voor onbepaalde tijd
      En bedraagt de verlaging per maand € 1.401,50
      En is de grondslag "art. 18b lid 11 Pw"

    @M22-012
    Abstract Scenario: Geen verlaging wegens de taaleis
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is op 2026-01-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt geen maatregel opgelegd
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | grondslag          |
        | 2026-01-14 | art. 18b lid 4 Pw  |
        | 2026-07-15 | art. 18b lid 10 Pw |

    @M22-013
    Scenario: Wie bereid is de taal te leren en voortgang boekt, wordt niet verlaagd
      Gegeven de peildatum is 2026-02-01
      En de belanghebbende is op 2026-01-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En hij heeft zich bereid verklaard de taal te leren en boekt de verwachte voortgang
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt geen maatregel opgelegd
      En is de grondslag "art. 18b lid 6 onder a Pw"
    # Art. 18b lid 10 en 11 Pw: zonder toets die onvoldoende voortgang toont, geen verlaging na de eerste zes maanden.
    # Kennisgeving 2026-01-15: tot en met 2027-01-14 valt de peildatum onder lid 10, vanaf 2027-01-15 (twaalf
    # maanden na de kennisgeving) onder lid 11. Geen maatregel: geen duur (0 maanden).

    @M22-039
    Abstract Scenario: Zonder toets geen verlaging wegens de taaleis na zes en na twaalf maanden
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is op 2026-01-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt geen maatregel opgelegd
      En duurt de verlaging 0 maanden
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | grondslag          |
        | 2027-01-14 | art. 18b lid 10 Pw |
        | 2027-01-15 | art. 18b lid 11 Pw |
        | 2027-03-01 | art. 18b lid 11 Pw |
    # Art. 18b lid 10 Pw: met de toets op 2027-01-14, de laatste dag voor twaalf maanden na de kennisgeving van
    # 2026-01-15: 40 % x € 1.401,50 = € 560,60 per maand, zes maanden.

    @M22-040
    Scenario: De laatste dag van de tweede periode van de taaleis
      Gegeven de peildatum is 2027-01-14
      En de belanghebbende is op 2026-01-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En de laatste taaltoets toont dat hij de taal niet beheerst en niet de verwachte voortgang boekt
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met 40 %
      En duurt de verlaging 6 maanden
      En bedraagt de verlaging per maand € 560,60
      En is de grondslag "art. 18b lid 10 Pw"
    # Art. 18b lid 11 Pw: ook ruim na twaalf maanden (2027-03-01) 100 % voor onbepaalde tijd: € 1.401,50 per maand.

    @M22-041
    Scenario: Ruim na twaalf maanden met onvoldoende voortgang nog steeds 100 %
      Gegeven de peildatum is 2027-03-01
      En de belanghebbende is op 2026-01-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En de laatste taaltoets toont dat hij de taal niet beheerst en niet de verwachte voortgang boekt
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de bijstand verlaagd met 100 %
      En duurt de verlaging voor onbepaalde tijd
      En bedraagt de verlaging per maand € 1.401,50
      En is de grondslag "art. 18b lid 11 Pw"

  Regel: Bij de taaleis verlaagt het college niet als elke vorm van verwijtbaarheid ontbreekt (art. 18b lid 6 onder b Pw) en stemt het de verlaging af bij dringende redenen (art. 18b lid 7 Pw)

    @M22-016
    Abstract Scenario: Zonder enige verwijtbaarheid geen verlaging wegens de taaleis
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is op 2026-01-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En de laatste taaltoets toont dat hij de taal niet beheerst en niet de verwachte voortgang boekt
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En bij dit verzuim ontbreekt elke vorm van verwijtbaarheid
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt geen maatregel opgelegd
      En is de grondslag "art. 18b lid 6 onder b Pw"

      Voorbeelden:
        | peildatum  |
        | 2026-02-01 |
        | 2027-01-15 |

    @M22-017
    Scenario: Het college stemt de verlaging wegens de taaleis af wegens dringende redenen
      Gegeven de peildatum is 2026-02-01
      En de belanghebbende is op 2026-01-15 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het college stemt de verlaging wegens dringende redenen af op 10 % omdat "de huur anders niet kan worden betaald"
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt een maatregel opgelegd
      En wordt de bijstand verlaagd met 10 %
      En duurt de verlaging 6 maanden
      En bedraagt de verlaging per maand € 140,15
      En is de grondslag "art. 18b lid 7 Pw"

  Regel: Een verordening buiten de grenzen van de wet, of zonder de waarden die de wet niet zelf geeft, wordt geweigerd

    @M22-014
    Scenario: Een verordening die een eerste verzuim vier maanden laat kosten
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 4 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.afstemmingDuurEersteVerzuimInMaanden"
    # Art. 18 lid 5 Pw: ten minste een maand; een verordening van nul maanden valt buiten de wet.

    @M22-019
    Scenario: Een verordening die een eerste verzuim nul maanden laat kosten
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 0 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.afstemmingDuurEersteVerzuimInMaanden"
    # Art. 18 lid 6 Pw: bij herhaling ten hoogste drie maanden; een verordening van vier maanden valt buiten de wet.

    @M22-021
    Scenario: Een verordening die herhaling binnen twaalf maanden vier maanden laat kosten
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En de afstemmingsverordening stelt de verlaging bij herhaling binnen twaalf maanden op 4 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.afstemmingDuurRecidiveInMaanden"
    # Art. 18 lid 6 Pw: bij herhaling een periode "die in ieder geval langer is dan" die van lid 5; een verordening
    # die herhaling even lang laat duren als een eerste verzuim (twee maanden) valt buiten de wet.

    @M22-025
    Scenario: Een verordening die herhaling niet langer laat duren dan een eerste verzuim
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 2 maanden
      En de afstemmingsverordening stelt de verlaging bij herhaling binnen twaalf maanden op 2 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.afstemmingDuurRecidiveInMaanden"
    # Art. 18 lid 5, tweede zin, Pw: verrekenen over de maand van oplegging en ten hoogste de twee volgende, dus
    # over een tot drie maanden; nul of vier maanden valt buiten de wet.

    @M22-027
    Abstract Scenario: Een verordening die de verlaging over nul of vier maanden laat verrekenen
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 1 maanden
      En de afstemmingsverordening laat de verlaging verrekenen over <maanden> maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.afstemmingVerrekeningInMaanden"

      Voorbeelden:
        | maanden |
        |       0 |
        |       4 |

    @M22-015
    Scenario: Een andere verplichting zonder verordening
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een andere verplichting uit de Participatiewet niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.afstemmingPercentageOverigeVerplichting"
    # Art. 18 lid 2 Pw: de verordening bepaalt de verlaging bij een andere verplichting; de wet kent geen standaard
    # voor het percentage en ook niet voor de duur. Een verordening die er een van beide niet noemt, wordt geweigerd
    # met het ontbrekende gegeven.

    @M22-048
    Scenario: Een verordening die bij een andere verplichting alleen het percentage noemt
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een andere verplichting uit de Participatiewet niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening noemt bij een andere verplichting alleen een verlaging van 30 %
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.afstemmingDuurOverigeVerplichtingInMaanden"

    @M22-049
    Scenario: Een verordening die bij een andere verplichting alleen de duur noemt
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een andere verplichting uit de Participatiewet niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening noemt bij een andere verplichting alleen een duur van 2 maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.afstemmingPercentageOverigeVerplichting"
    # De gegevens over de taaleis (de kennisgeving van art. 18b lid 4 Pw) horen bij, en alleen bij, de taaleis
    # (openapi.yaml, x-ongeldig taaleis): de taaleis zonder kennisgeving en een kennisgeving bij een
    # arbeidsverplichting worden allebei geweigerd.

    @M22-050
    Scenario: De taaleis zonder de datum van de kennisgeving wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt de taaleis van artikel 18b niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "taaleis"

    @M22-051
    Scenario: Een kennisgeving van de taaleis bij een arbeidsverplichting wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is op 2026-02-02 schriftelijk in kennis gesteld van het vermoeden dat hij de Nederlandse taal onvoldoende beheerst
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "taaleis"
    # Het verzuim kan niet na de peildatum liggen, en de vorige verlaging niet na het verzuim (openapi.yaml).

    @M22-044
    Scenario: Een verzuim na de peildatum wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En het verzuim vond plaats op 2026-03-02
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "datumVerzuim"

    @M22-045
    Scenario: Een vorige verlaging na het verzuim wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En eerder is op 2026-02-11 de bijstand verlaagd op grond van artikel 18 lid 5
      En het verzuim vond plaats op 2026-02-10
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "vorigeVerlaging.opgelegdOp"
    # Art. 18 lid 5 en 6 Pw: een verordening van vier maanden voor lid 5 valt buiten de wet, en een herhaling van drie
    # of vier maanden is dan niet langer dan lid 5 (drie maanden kan alleen als lid 5 ook drie is): beide geweigerd.

    @M22-046
    Abstract Scenario: Een herhaling die niet langer is dan een te lange eerste periode wordt geweigerd
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende komt een arbeidsverplichting van artikel 18 lid 4 niet na
      En de verlaging wordt berekend over een bijstandsnorm van € 1.401,50
      En de afstemmingsverordening stelt de verlaging bij een eerste verzuim op 4 maanden
      En de afstemmingsverordening stelt de verlaging bij herhaling binnen twaalf maanden op <herhaling> maanden
      Als de afstemming van de bijstand wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.afstemmingDuurRecidiveInMaanden"

      Voorbeelden:
        | herhaling |
        |         3 |
        |         4 |
