# language: nl
@M13
Functionaliteit: Inkomstenvrijlating
  Vanaf 1 januari 2027 wordt een deel van de inkomsten uit arbeid niet met de algemene bijstand
  verrekend (art. 34a Pw): onder de pensioengerechtigde leeftijd 15 % gedurende ten hoogste twaalf
  aaneengesloten maanden als het college vindt dat het bijdraagt aan de arbeidsinschakeling, bij
  medische urenbeperking 15 % zonder termijn, en vanaf de pensioengerechtigde leeftijd 25 % tot
  € 226 per maand. Tot 2027 gelden de vrijlatingen van art. 31 lid 2 onder n, r, y, z en aa Pw, met
  de bedragen van de Normenbrief 1 januari 2026 (Bijlage I). Een gemeente mocht in 2026 vooruitlopen
  op art. 34a. Het oordeel van het college en de verstreken maanden zijn gegevens van de casus.

  Regel: Onder de pensioengerechtigde leeftijd blijft 15 % vrij gedurende ten hoogste twaalf maanden, als het college vindt dat het bijdraagt aan de arbeidsinschakeling (art. 34a lid 1 onder a Pw)
    # Voorlopig: de rij van 2026-12-31 rust op het maximum van art. 31 lid 2 onder n zoals gepubliceerd per
    # 1 januari 2026; het bedrag wordt per 1 juli aangepast (art. 38 lid 4 Pw) en dat van 1 juli 2026 staat niet in de bronnen.

    @M13-001 @normenbrief-2026 @voorlopig
    Abstract Scenario: De dag vóór en de dag van de inwerkingtreding van artikel 34a
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 2 maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En telt <mee> mee als middelen
      En geldt de vrijlating van "<artikel>"

      Voorbeelden:
        | peildatum  | vrij     | mee      | artikel                   |
        | 2026-12-31 | € 150,00 | € 450,00 | art. 31 lid 2 onder n Pw  |
        | 2027-01-01 | € 90,00  | € 510,00 | art. 34a lid 1 onder a Pw |

    @M13-002
    Abstract Scenario: De twaalfde maand is de laatste maand van de periode
      Gegeven de peildatum is 2027-06-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al <voorbij> maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En telt <mee> mee als middelen

      Voorbeelden:
        | voorbij | vrij    | mee      |
        |       0 | € 90,00 | € 510,00 |
        |      11 | € 90,00 | € 510,00 |
        |      12 | € 0,00  | € 600,00 |

    @M13-003
    Scenario: Zonder het oordeel van het college blijft niets vrij
      Gegeven de peildatum is 2027-02-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En telt € 600,00 mee als middelen
      En is de grondslag "art. 31 lid 1 Pw"

    @M13-004
    Scenario: Onder de pensioengerechtigde leeftijd geldt geen maximum in euro's
      Gegeven de peildatum is 2027-03-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 2.000,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 300,00 vrijgelaten
      En telt € 1.700,00 mee als middelen
      En resten na deze maand nog 11 maanden van de vrijlatingsperiode
    # Art. 34a lid 1 onder a Pw: ten hoogste twaalf aaneengesloten maanden. Met 0 maanden voorbij is dit de eerste:
    # 15 % van € 600,00 = € 90,00, daarna resten 12 − 0 − 1 = 11 maanden; met 11 voorbij de twaalfde: € 90,00,
    # daarna 12 − 11 − 1 = 0.

    @M13-022
    Abstract Scenario: De resterende maanden van de periode van twaalf
      Gegeven de peildatum is 2027-06-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al <voorbij> maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 90,00 vrijgelaten
      En resten na deze maand nog <rest> maanden van de vrijlatingsperiode

      Voorbeelden:
        | voorbij | rest |
        |       0 |   11 |
        |      11 |    0 |

  Regel: Na de twaalf maanden kan het college verlengen als meer uren niet mogelijk zijn, en bij een nieuw dienstverband opnieuw beginnen (art. 34a lid 2 en 3 Pw)

    @M13-005
    Abstract Scenario: De verlenging door het college loopt tot het einde van de verlengde periode
      Gegeven de peildatum is 2027-09-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al <voorbij> maanden voorbij
      En het college heeft de vrijlatingsperiode verlengd met 6 maanden
      En het college acht uitbreiding van de arbeidsomvang niet mogelijk
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | voorbij | vrij    | grondslag         |
        |      12 | € 90,00 | art. 34a lid 2 Pw |
        |      17 | € 90,00 | art. 34a lid 2 Pw |
        |      18 | € 0,00  | art. 31 lid 1 Pw  |

    @M13-006
    Scenario: Een verlenging zonder het oordeel dat meer uren niet mogelijk zijn, geldt niet
      Gegeven de peildatum is 2027-09-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 12 maanden voorbij
      En het college heeft de vrijlatingsperiode verlengd met 6 maanden
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid

    @M13-007
    Scenario: Bij een nieuw dienstverband na een verstreken periode begint het college opnieuw
      Gegeven de peildatum is 2027-10-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 12 maanden voorbij
      En de belanghebbende is na afloop van de vrijlatingsperiode een nieuw dienstverband aangegaan
      En het college past de vrijlating bij dat nieuwe dienstverband nogmaals toe
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 90,00 vrijgelaten
      En geldt de vrijlating van "art. 34a lid 3 Pw"
      En begint een nieuwe vrijlatingsperiode
      En resten na deze maand nog 11 maanden van de vrijlatingsperiode
    # Art. 34a lid 2 Pw: het college verlengt met 6 maanden, dus loopt de periode tot 12 + 6 = 18 maanden. Met 12
    # voorbij is dit de dertiende: € 90,00 vrij, daarna resten 18 − 12 − 1 = 5; met 17 voorbij de achttiende:
    # € 90,00, daarna 18 − 17 − 1 = 0.

    @M13-021
    Abstract Scenario: De resterende maanden van een verlengde periode
      Gegeven de peildatum is 2027-09-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al <voorbij> maanden voorbij
      En het college heeft de vrijlatingsperiode verlengd met 6 maanden
      En het college acht uitbreiding van de arbeidsomvang niet mogelijk
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 90,00 vrijgelaten
      En resten na deze maand nog <rest> maanden van de vrijlatingsperiode

      Voorbeelden:
        | voorbij | rest |
        |      12 |    5 |
        |      17 |    0 |
    # Art. 34a lid 1 onder a Pw: de periode duurt ten hoogste twaalf maanden. Zonder verlenging (lid 2) en zonder
    # nieuw dienstverband (lid 3) blijft met 13 of 24 maanden voorbij niets vrij: de hele € 600,00 telt mee.

    @M13-038
    Abstract Scenario: Na de twaalf maanden zonder verlenging blijft niets vrij, ook maanden later
      Gegeven de peildatum is 2027-09-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al <voorbij> maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En telt € 600,00 mee als middelen

      Voorbeelden:
        | voorbij |
        |      13 |
        |      24 |
    # Art. 34a lid 2 Pw: verlengd met 6 maanden loopt de periode tot 12 + 6 = 18 maanden. Met 19 of 30 maanden voorbij
    # is ook de verlengde periode verstreken: niets vrij, de hele € 600,00 telt mee.

    @M13-039
    Abstract Scenario: Na de verlengde periode blijft niets vrij, ook maanden later
      Gegeven de peildatum is 2027-09-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al <voorbij> maanden voorbij
      En het college heeft de vrijlatingsperiode verlengd met 6 maanden
      En het college acht uitbreiding van de arbeidsomvang niet mogelijk
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En telt € 600,00 mee als middelen

      Voorbeelden:
        | voorbij |
        |      19 |
        |      30 |
    # Art. 34a lid 2 Pw: het college bepaalt de duur van de verlenging; met 12 maanden loopt de periode tot
    # 12 + 12 = 24 maanden. Met 12 voorbij is dit de dertiende: 15 % van € 600,00 = € 90,00, daarna resten
    # 24 − 12 − 1 = 11; met 23 voorbij de vierentwintigste: € 90,00, daarna 24 − 23 − 1 = 0.

    @M13-040
    Abstract Scenario: Een verlenging zo lang als de periode zelf
      Gegeven de peildatum is 2027-09-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al <voorbij> maanden voorbij
      En het college heeft de vrijlatingsperiode verlengd met 12 maanden
      En het college acht uitbreiding van de arbeidsomvang niet mogelijk
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 90,00 vrijgelaten
      En geldt de vrijlating van "art. 34a lid 2 Pw"
      En resten na deze maand nog <rest> maanden van de vrijlatingsperiode

      Voorbeelden:
        | voorbij | rest |
        |      12 |   11 |
        |      23 |    0 |
    # Art. 34a lid 3 Pw: na de verstreken periode "kan het college nogmaals toepassing geven aan het eerste lid
    # indien de persoon nadien een nieuw dienstverband is aangegaan"; lid 1 onder a vraagt dan opnieuw het oordeel
    # dat het bijdraagt aan de arbeidsinschakeling. Ontbreekt één van de drie (nieuw dienstverband, het besluit
    # van het college om nogmaals toe te passen, het oordeel), dan blijft niets vrij: de hele € 600,00 telt mee
    # en er begint geen nieuwe periode (M13-007: alle drie, € 90,00).

    @M13-041
    Scenario: Nogmaals toepassen zonder nieuw dienstverband kan niet
      Gegeven de peildatum is 2027-10-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 12 maanden voorbij
      En het college past de vrijlating bij dat nieuwe dienstverband nogmaals toe
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En telt € 600,00 mee als middelen
      En begint geen nieuwe vrijlatingsperiode

    @M13-042
    Scenario: Bij een nieuw dienstverband past het college de vrijlating niet nogmaals toe
      Gegeven de peildatum is 2027-10-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 12 maanden voorbij
      En de belanghebbende is na afloop van de vrijlatingsperiode een nieuw dienstverband aangegaan
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En telt € 600,00 mee als middelen
      En begint geen nieuwe vrijlatingsperiode

    @M13-043
    Scenario: Nogmaals toepassen bij een nieuw dienstverband zonder het oordeel van het college
      Gegeven de peildatum is 2027-10-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En van de vrijlatingsperiode zijn al 12 maanden voorbij
      En de belanghebbende is na afloop van de vrijlatingsperiode een nieuw dienstverband aangegaan
      En het college past de vrijlating bij dat nieuwe dienstverband nogmaals toe
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En telt € 600,00 mee als middelen
      En begint geen nieuwe vrijlatingsperiode

  Regel: Wie medisch urenbeperkt is, houdt 15 % zonder termijn en zonder maximum (art. 34a lid 1 onder b Pw; tot 2027 art. 31 lid 2 onder y Pw met een maximum)
    # Voorlopig: de rij van 2026-12-31 rust op het maximum van art. 31 lid 2 onder y zoals gepubliceerd per
    # 1 januari 2026; het bedrag wordt per 1 juli aangepast (art. 38 lid 4 Pw) en dat van 1 juli 2026 staat niet in de bronnen.

    @M13-008 @normenbrief-2026 @voorlopig
    Abstract Scenario: Medisch urenbeperkt vóór en vanaf 2027
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 45 jaar
      En de belanghebbende is medisch urenbeperkt
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.500,00
      En van de vrijlatingsperiode zijn al 40 maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En telt <mee> mee als middelen
      En geldt de vrijlating van "<artikel>"

      Voorbeelden:
        | peildatum  | vrij     | mee        | artikel                   |
        | 2026-12-31 | € 180,19 | € 1.319,81 | art. 31 lid 2 onder y Pw  |
        | 2027-01-01 | € 225,00 | € 1.275,00 | art. 34a lid 1 onder b Pw |
    # Art. 34a lid 1 onder b Pw (vanaf 2027): 15 % zonder termijn en zonder maximum. 15 % van € 1.500,00 = € 225,00
    # en van € 3.000,00 = € 450,00, ook na 40 maanden.

    @M13-019
    Abstract Scenario: Medisch urenbeperkt vanaf 2027 zonder termijn en zonder maximum
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 45 jaar
      En de belanghebbende is medisch urenbeperkt
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen <inkomsten>
      En van de vrijlatingsperiode zijn al 40 maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En telt <mee> mee als middelen
      En geldt de vrijlating van "art. 34a lid 1 onder b Pw"

      Voorbeelden:
        | inkomsten  | vrij     | mee        |
        | € 1.500,00 | € 225,00 | € 1.275,00 |
        | € 3.000,00 | € 450,00 | € 2.550,00 |
    # Art. 31 lid 2 onder y Pw (tekst 2026): 15 % tot € 180,19 per maand (Normenbrief 1 januari 2026, Bijlage I).
    # 15 % van € 1.000,00 = € 150,00; van € 1.201,20 = € 180,18; van € 1.201,40 = € 180,21, begrensd op € 180,19;
    # van € 1.500,00 = € 225,00, begrensd op € 180,19.

    @M13-025 @normenbrief-2026
    Abstract Scenario: Medisch urenbeperkt in 2026 en het maximum van onderdeel y
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 45 jaar
      En de belanghebbende is medisch urenbeperkt
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen <inkomsten>
      En van de vrijlatingsperiode zijn al 40 maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En geldt de vrijlating van "art. 31 lid 2 onder y Pw"

      Voorbeelden:
        | inkomsten  | vrij     |
        | € 1.000,00 | € 150,00 |
        | € 1.201,20 | € 180,18 |
        | € 1.201,40 | € 180,19 |
        | € 1.500,00 | € 180,19 |

  Regel: Vanaf de pensioengerechtigde leeftijd blijft 25 % vrij, ten hoogste € 226 per maand (art. 34a lid 1 onder c Pw; tot 2027 art. 31 lid 2 onder n Pw: ten hoogste € 285)
    # Voorlopig: de rij van 2026-12-31 rust op het maximum van art. 31 lid 2 onder n zoals gepubliceerd per
    # 1 januari 2026; het bedrag wordt per 1 juli aangepast (art. 38 lid 4 Pw) en dat van 1 juli 2026 staat niet in de bronnen.

    @M13-009 @normenbrief-2026 @voorlopig
    Abstract Scenario: De pensioengerechtigde vóór en vanaf 2027, en de grens van € 226
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen <inkomsten>
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En geldt de vrijlating van "<artikel>"

      Voorbeelden:
        | peildatum  | inkomsten  | vrij     | artikel                   |
        | 2026-12-31 | € 1.200,00 | € 285,00 | art. 31 lid 2 onder n Pw  |
        | 2027-01-01 | € 1.200,00 | € 226,00 | art. 34a lid 1 onder c Pw |
        | 2027-01-01 | € 800,00   | € 200,00 | art. 34a lid 1 onder c Pw |
        | 2027-01-01 | € 904,00   | € 226,00 | art. 34a lid 1 onder c Pw |
        | 2027-01-01 | € 903,96   | € 225,99 | art. 34a lid 1 onder c Pw |
    # Art. 34a lid 1 onder c Pw (vanaf 2027): 25 %, ten hoogste € 226 per maand. 25 % van € 800,00 = € 200,00;
    # van € 903,96 = € 225,99; van € 904,00 precies € 226,00; van € 1.200,00 = € 300,00, begrensd op € 226,00.

    @M13-020
    Abstract Scenario: De pensioengerechtigde vanaf 2027 en de grens van € 226
      Gegeven de peildatum is 2027-01-01
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen <inkomsten>
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En geldt de vrijlating van "art. 34a lid 1 onder c Pw"

      Voorbeelden:
        | inkomsten  | vrij     |
        | € 800,00   | € 200,00 |
        | € 903,96   | € 225,99 |
        | € 904,00   | € 226,00 |
        | € 1.200,00 | € 226,00 |

    @M13-010 @normenbrief-2026
    Scenario: Op 1 juli 2025 was het maximum van onderdeel n € 278
      Gegeven de peildatum is 2025-09-01
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.200,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 278,00 vrijgelaten
      En telt € 922,00 mee als middelen

  Regel: Een gemeente die in 2026 vooruitloopt, past artikel 34a toe vanaf de datum van haar beleid (Normenbrief 1 januari 2026)

    @M13-011
    Abstract Scenario: De dag vóór en de dag van de vervroegde toepassing
      Gegeven de peildatum is <peildatum>
      En de gemeente past artikel 34a vervroegd toe vanaf 2026-07-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 2 maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En geldt de vrijlating van "<artikel>"

      Voorbeelden:
        | peildatum  | vrij     | artikel                   |
        | 2026-06-30 | € 150,00 | art. 31 lid 2 onder n Pw  |
        | 2026-07-01 | € 90,00  | art. 34a lid 1 onder a Pw |

    @M13-012
    Abstract Scenario: Een jongere van 24 heeft in 2026 alleen bij vervroegde toepassing een vrijlating
      Gegeven de peildatum is 2026-03-01
      En de gemeente past artikel 34a vervroegd toe vanaf <vanaf>
      En de belanghebbende is 24 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | vanaf      | vrij    | grondslag                 |
        | 2027-01-01 | € 0,00  | art. 31 lid 1 Pw          |
        | 2026-01-01 | € 90,00 | art. 34a lid 1 onder a Pw |
    # Art. 34a treedt op 1 januari 2027 in werking (Stb. 2025, 313). Zonder vervroegde toepassing geldt op
    # 2026-12-31 nog art. 31 lid 2 onder n, dat volgens lid 5 niet geldt onder de 27 jaar: niets vrij (art. 31
    # lid 1). Op 2027-01-01 geldt art. 34a lid 1 onder a, zonder leeftijdsgrens onder de pensioengerechtigde
    # leeftijd en zonder maximum: 15 % van € 600,00 = € 90,00.

    @M13-050
    Abstract Scenario: Een jongere van 24 zonder vervroegde toepassing de dag vóór en de dag van de inwerkingtreding
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 24 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | peildatum  | vrij    | grondslag                 |
        | 2026-12-31 | € 0,00  | art. 31 lid 1 Pw          |
        | 2027-01-01 | € 90,00 | art. 34a lid 1 onder a Pw |

  Regel: Tot 2027 blijft 25 % tot € 285 vrij gedurende zes maanden, niet voor wie jonger is dan 27 (art. 31 lid 2 onder n en lid 5 Pw)
    # Art. 31 lid 2 onder n Pw (tekst 2026): 25 % tot € 285,00 (Normenbrief 1 januari 2026), ten hoogste zes maanden,
    # als het college het bijdragend acht. 25 % van € 600,00 = € 150,00. Met 2 maanden voorbij resten daarna
    # 6 − 2 − 1 = 3, met 5 voorbij 0. Lid 5: onderdeel n geldt niet onder de 27 jaar (26 jaar: niets vrij).

    @M13-023 @normenbrief-2026
    Abstract Scenario: Onderdeel n in 2026 en de maanden die resten
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al <voorbij> maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 150,00 vrijgelaten
      En geldt de vrijlating van "art. 31 lid 2 onder n Pw"
      En resten na deze maand nog <rest> maanden van de vrijlatingsperiode

      Voorbeelden:
        | voorbij | rest |
        |       2 |    3 |
        |       5 |    0 |

    @M13-024 @normenbrief-2026
    Abstract Scenario: Onderdeel n geldt vanaf 27 jaar
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is <leeftijd> jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | leeftijd | vrij     | grondslag                |
        |       26 | € 0,00   | art. 31 lid 1 Pw         |
        |       27 | € 150,00 | art. 31 lid 2 onder n Pw |

  Regel: Tot 2027 houdt de alleenstaande ouder na de zes maanden van onderdeel n 12,5 % tot € 177,66, en iemand uit de doelgroep loonkostensubsidie 15 % tot € 180,19 (art. 31 lid 2 onder r, z en aa Pw)

    @M13-013 @normenbrief-2026
    Abstract Scenario: Alleenstaande ouder met de volledige zorg voor een kind jonger dan 12
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende is 35 jaar
      En er komen 1 kinderen ten laste van het huishouden
      En de alleenstaande ouder heeft de volledige zorg voor een kind van 8 jaar
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 6 maanden voorbij
      En van de vrijlating voor de alleenstaande ouder zijn al 3 maanden voorbij
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen <inkomsten>
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En geldt de vrijlating van "art. 31 lid 2 onder r Pw"
      En resten na deze maand nog 26 maanden van de vrijlatingsperiode

      Voorbeelden:
        | inkomsten  | vrij     |
        | € 1.000,00 | € 125,00 |
        | € 2.000,00 | € 177,66 |
    # Art. 31 lid 2 onder r, 1° Pw: alleen bij de volledige zorg voor een kind "tot 12 jaar"; een kind van 12 valt
    # erbuiten. Onderdeel n is na zes maanden verstreken en y, z en aa gelden niet: niets vrij (art. 31 lid 1 Pw),
    # de hele € 1.000,00 telt mee.

    @M13-017
    Scenario: Alleenstaande ouder met de volledige zorg voor een kind van 12
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende is 35 jaar
      En er komen 1 kinderen ten laste van het huishouden
      En de alleenstaande ouder heeft de volledige zorg voor een kind van 12 jaar
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 6 maanden voorbij
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.000,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 0,00 vrijgelaten
      En telt € 1.000,00 mee als middelen
    # Art. 31 lid 2 onder r Pw (tekst tot 2027): de vrijlating voor de alleenstaande ouder geldt "gedurende ten
    # hoogste 30 maanden". Met 29 maanden voorbij is dit de dertigste maand: 12,5 % van € 1.000,00 = € 125,00
    # (onder het maximum van € 177,66, Normenbrief 2026), € 875,00 telt mee, daarna resten 30 − 29 − 1 = 0
    # maanden. Met 30 maanden voorbij zou dit de eenendertigste zijn: niets vrij, de hele € 1.000,00 telt mee.

    @M13-018 @normenbrief-2026
    Abstract Scenario: Alleenstaande ouder in de laatste maand van de dertig en de maand erna
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende is 35 jaar
      En er komen 1 kinderen ten laste van het huishouden
      En de alleenstaande ouder heeft de volledige zorg voor een kind van 8 jaar
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 6 maanden voorbij
      En van de vrijlating voor de alleenstaande ouder zijn al <voorbij> maanden voorbij
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.000,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En telt <mee> mee als middelen

      Voorbeelden:
        | voorbij | vrij     | mee        |
        |      29 | € 125,00 | € 875,00   |
        |      30 | € 0,00   | € 1.000,00 |
        |      31 | € 0,00   | € 1.000,00 |

    @M13-014 @normenbrief-2026
    Abstract Scenario: Doelgroep loonkostensubsidie na de periode van onderdeel n
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende is 30 jaar
      En de belanghebbende werkt in een dienstbetrekking en behoort tot de doelgroep loonkostensubsidie
      En van de vrijlatingsperiode zijn al 6 maanden voorbij
      En van de vrijlating voor de doelgroep loonkostensubsidie zijn al <voorbij> maanden voorbij
      En het college acht uitbreiding van de arbeidsomvang niet mogelijk
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.000,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 150,00 vrijgelaten
      En geldt de vrijlating van "<artikel>"

      Voorbeelden:
        | voorbij | artikel                   |
        |       0 | art. 31 lid 2 onder z Pw  |
        |      11 | art. 31 lid 2 onder z Pw  |
        |      12 | art. 31 lid 2 onder aa Pw |
        |      13 | art. 31 lid 2 onder aa Pw |
    # Art. 31 lid 5 Pw (tekst 2026): onderdelen n en r gelden niet voor wie jonger is dan 27 jaar. Een alleenstaande
    # ouder van 26 met een kind van 8, na zes maanden en met het oordeel van het college: niets vrij (y, z en aa
    # gelden niet), de hele € 1.000,00 telt mee. Op 27 geldt onderdeel r: 12,5 % van € 1.000,00 = € 125,00
    # (onder het maximum van € 177,66, Normenbrief 2026).

    @M13-044 @normenbrief-2026
    Abstract Scenario: Onderdeel r geldt niet voor een alleenstaande ouder jonger dan 27
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende is <leeftijd> jaar
      En er komen 1 kinderen ten laste van het huishouden
      En de alleenstaande ouder heeft de volledige zorg voor een kind van 8 jaar
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 6 maanden voorbij
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.000,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En telt <mee> mee als middelen
      En is de grondslag "<grondslag>"

      Voorbeelden:
        | leeftijd | vrij     | mee        | grondslag                |
        |       26 | € 0,00   | € 1.000,00 | art. 31 lid 1 Pw         |
        |       27 | € 125,00 | € 875,00   | art. 31 lid 2 onder r Pw |
    # Art. 31 lid 2 onder r, 3° Pw: alleen als het "volgens het college bijdraagt aan zijn arbeidsinschakeling".
    # Zonder dat oordeel blijft na de zes maanden van onderdeel n niets vrij: de hele € 1.000,00 telt mee.

    @M13-045 @normenbrief-2026
    Scenario: Alleenstaande ouder zonder het oordeel van het college
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende is 35 jaar
      En er komen 1 kinderen ten laste van het huishouden
      En de alleenstaande ouder heeft de volledige zorg voor een kind van 8 jaar
      En van de vrijlatingsperiode zijn al 6 maanden voorbij
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.000,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En telt € 1.000,00 mee als middelen
    # Art. 31 lid 2 onder r Pw geldt alleen voor "een alleenstaande ouder": de ongehuwde met ten laste komende
    # kinderen (art. 4 lid 1 onder b Pw). Een gehuwde ouder met de volledige zorg voor een kind van 8 is dat niet, en
    # een ongehuwde zonder ten laste komende kinderen (bijvoorbeeld met een pleegkind, art. 4 lid 1 onder d) is
    # alleenstaande (onder a). Na de zes maanden van onderdeel n blijft dan niets vrij: € 1.000,00 telt mee.

    @M13-046 @normenbrief-2026
    Scenario: Een gehuwde ouder heeft geen vrijlating van onderdeel r
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende is 35 jaar
      En de belanghebbende is gehuwd met een partner van 35 jaar
      En er komen 1 kinderen ten laste van het huishouden
      En de belanghebbende heeft de volledige zorg voor een kind van 8 jaar
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 6 maanden voorbij
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.000,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En telt € 1.000,00 mee als middelen

    @M13-047 @normenbrief-2026
    Scenario: Een alleenstaande zonder ten laste komende kinderen heeft geen vrijlating van onderdeel r
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende is 35 jaar
      En er komen 0 kinderen ten laste van het huishouden
      En de belanghebbende heeft de volledige zorg voor een kind van 8 jaar
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 6 maanden voorbij
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.000,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En telt € 1.000,00 mee als middelen

  Regel: De maxima van art. 31 lid 2 volgen de Normenbrief: op 31 december 2025 die van 1 juli 2025, op 1 januari 2026 die van 1 januari 2026 (art. 31 lid 2 onder n, r en y en art. 38 lid 4 Pw)
    # Normenbrief 1 januari 2026, Bijlage I (kolommen 1 juli 2025 en 1 januari 2026): onderdeel n € 278,00 en
    # € 285,00; onderdeel r € 173,87 en € 177,66; onderdeel y € 176,35 en € 180,19. De inkomsten zijn zo hoog dat
    # het maximum beslist: 25 % van € 1.200,00 = € 300,00 (n), 12,5 % van € 2.000,00 = € 250,00 (r, kind van 11),
    # 15 % van € 1.500,00 = € 225,00 (y).

    @M13-032 @normenbrief-2026
    Abstract Scenario: Het maximum van onderdeel n voor de pensioengerechtigde rond de jaarwisseling
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.200,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten

      Voorbeelden:
        | peildatum  | vrij     |
        | 2025-12-31 | € 278,00 |
        | 2026-01-01 | € 285,00 |

    @M13-033 @normenbrief-2026
    Abstract Scenario: Het maximum van onderdeel r rond de jaarwisseling
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 35 jaar
      En er komen 1 kinderen ten laste van het huishouden
      En de alleenstaande ouder heeft de volledige zorg voor een kind van 11 jaar
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 6 maanden voorbij
      En van de vrijlating voor de alleenstaande ouder zijn al 3 maanden voorbij
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 2.000,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En geldt de vrijlating van "art. 31 lid 2 onder r Pw"

      Voorbeelden:
        | peildatum  | vrij     |
        | 2025-12-31 | € 173,87 |
        | 2026-01-01 | € 177,66 |

    @M13-034 @normenbrief-2026
    Abstract Scenario: Het maximum van onderdeel y rond de jaarwisseling
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 45 jaar
      En de belanghebbende is medisch urenbeperkt
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.500,00
      En van de vrijlatingsperiode zijn al 40 maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En geldt de vrijlating van "art. 31 lid 2 onder y Pw"

      Voorbeelden:
        | peildatum  | vrij     |
        | 2025-12-31 | € 176,35 |
        | 2026-01-01 | € 180,19 |
    # Een gemeente die vanaf 2026-01-01 vooruitloopt, past art. 34a op die dag toe: 15 % van € 600,00 = € 90,00 in
    # de eerste van twaalf maanden, daarna resten 11.

    @M13-035
    Scenario: Vervroegd toegepast vanaf de eerste dag waarop dat kon
      Gegeven de peildatum is 2026-01-01
      En de gemeente past artikel 34a vervroegd toe vanaf 2026-01-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 90,00 vrijgelaten
      En geldt de vrijlating van "art. 34a lid 1 onder a Pw"
      En resten na deze maand nog 11 maanden van de vrijlatingsperiode
      En is artikel 34a vervroegd toegepast
    # Art. 31 lid 2 onder z Pw (tekst 2026): ten hoogste twaalf maanden 15 % tot € 180,19. Met 0 maanden voorbij is
    # dit de eerste: 15 % van € 1.000,00 = € 150,00, daarna resten 12 − 0 − 1 = 11; met 11 voorbij resten 0.

    @M13-036 @normenbrief-2026
    Abstract Scenario: De resterende maanden van onderdeel z
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende is 30 jaar
      En de belanghebbende werkt in een dienstbetrekking en behoort tot de doelgroep loonkostensubsidie
      En van de vrijlatingsperiode zijn al 6 maanden voorbij
      En van de vrijlating voor de doelgroep loonkostensubsidie zijn al <voorbij> maanden voorbij
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.000,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 150,00 vrijgelaten
      En geldt de vrijlating van "art. 31 lid 2 onder z Pw"
      En resten na deze maand nog <rest> maanden van de vrijlatingsperiode

      Voorbeelden:
        | voorbij | rest |
        |       0 |   11 |
        |      11 |    0 |
    # Voorlopig: art. 34a lid 1 onder c Pw geeft 25 % tot € 226,00; voor vervroegde toepassing in 2026 noemt de
    # Normenbrief 1 januari 2026 de bedragen niet ("de bedragen die bij deze onderdelen horen zijn niet opgenomen").
    # pwib neemt het bedrag van de wettekst, € 226,00. 25 % van € 400,00 = € 100,00 (onder elk maximum van die
    # orde); 25 % van € 1.200,00 = € 300,00, begrensd op € 226,00. Elk antwoord leest dat maximum en is voorlopig.

    @M13-049 @voorlopig
    Abstract Scenario: De pensioengerechtigde bij vervroegde toepassing in 2026
      Gegeven de peildatum is 2026-03-01
      En de gemeente past artikel 34a vervroegd toe vanaf 2026-01-01
      En de belanghebbende is 68 jaar
      En de belanghebbende heeft de pensioengerechtigde leeftijd bereikt
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen <inkomsten>
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is <vrij> vrijgelaten
      En geldt de vrijlating van "art. 34a lid 1 onder c Pw"
      En is artikel 34a vervroegd toegepast

      Voorbeelden:
        | inkomsten  | vrij     |
        | € 400,00   | € 100,00 |
        | € 1.200,00 | € 226,00 |
    # Een gemeente die vanaf 2026-01-01 vooruitloopt, past art. 34a lid 1 onder b op die dag toe: 15 % van
    # € 1.500,00 = € 225,00, zonder maximum.

    @M13-037
    Scenario: Medisch urenbeperkt en vervroegd toegepast vanaf de eerste dag
      Gegeven de peildatum is 2026-01-01
      En de gemeente past artikel 34a vervroegd toe vanaf 2026-01-01
      En de belanghebbende is 45 jaar
      En de belanghebbende is medisch urenbeperkt
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.500,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 225,00 vrijgelaten
      En geldt de vrijlating van "art. 34a lid 1 onder b Pw"

  Regel: Of artikel 34a vervroegd of gewoon geldt en of een nieuwe periode begint, staat in het besluit (art. 34a lid 1 en 3 Pw; Normenbrief 1 januari 2026)
    # Een gemeente die vanaf 2026-07-01 vooruitloopt, past op 2026-07-01 art. 34a vervroegd toe, ook als het college
    # de vrijlating niet bijdragend acht (dan blijft niets vrij). Vanaf 2027 geldt art. 34a zelf: niet vervroegd. Een
    # nieuwe periode begint alleen bij nogmaals toepassen na een nieuw dienstverband (lid 3, M13-007). Een verlenging
    # met één maand (lid 2) maakt de dertiende maand nog vrij: 15 % van € 600,00 = € 90,00, daarna resten 0.

    @M13-026
    Scenario: Vervroegd toegepast in 2026
      Gegeven de peildatum is 2026-07-01
      En de gemeente past artikel 34a vervroegd toe vanaf 2026-07-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 2 maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 90,00 vrijgelaten
      En is artikel 34a vervroegd toegepast
      En begint geen nieuwe vrijlatingsperiode

    @M13-027
    Scenario: Vervroegd toegepast zonder het oordeel van het college laat niets vrij
      Gegeven de peildatum is 2026-07-01
      En de gemeente past artikel 34a vervroegd toe vanaf 2026-07-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En is artikel 34a vervroegd toegepast
      En begint geen nieuwe vrijlatingsperiode

    @M13-028
    Scenario: Vanaf 2027 geldt artikel 34a zelf
      Gegeven de peildatum is 2027-02-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 2 maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 90,00 vrijgelaten
      En is artikel 34a niet vervroegd toegepast
      En begint geen nieuwe vrijlatingsperiode

    @M13-029
    Scenario: Een verlenging met één maand
      Gegeven de peildatum is 2027-09-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 12 maanden voorbij
      En het college heeft de vrijlatingsperiode verlengd met 1 maanden
      En het college acht uitbreiding van de arbeidsomvang niet mogelijk
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 90,00 vrijgelaten
      En resten na deze maand nog 0 maanden van de vrijlatingsperiode
    # Zonder vervroegde toepassing geldt in 2026 art. 31 lid 2 en vanaf 2027 art. 34a zelf: ook als niets vrij blijft
    # (een belanghebbende van 45 zonder het oordeel van het college), is art. 34a niet vervroegd toegepast.

    @M13-048
    Abstract Scenario: Zonder vervroegde toepassing en zonder vrijlating is artikel 34a niet vervroegd toegepast
      Gegeven de peildatum is <peildatum>
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En is artikel 34a niet vervroegd toegepast
      En begint geen nieuwe vrijlatingsperiode

      Voorbeelden:
        | peildatum  |
        | 2026-03-01 |
        | 2027-02-01 |
    # Art. 31 lid 2 onder n Pw (tekst 2026): ten hoogste zes maanden; met acht maanden voorbij blijft niets vrij
    # (een belanghebbende van 45 zonder onderdeel r, y of z).

    @M13-030 @normenbrief-2026
    Scenario: Ruim na de zes maanden van onderdeel n
      Gegeven de peildatum is 2026-03-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 8 maanden voorbij
      Als de inkomstenvrijlating wordt beoordeeld
      Dan geldt geen vrijlating van inkomsten uit arbeid
      En telt € 600,00 mee als middelen
    # Art. 31 lid 2 onder r, 1° Pw: alleen voor een kind "tot 12 jaar"; met een kind van 13 blijft niets vrij.

    @M13-031 @normenbrief-2026
    Scenario: Alleenstaande ouder met de volledige zorg voor een kind van 13
      Gegeven de peildatum is 2026-05-01
      En de belanghebbende is 35 jaar
      En er komen 1 kinderen ten laste van het huishouden
      En de alleenstaande ouder heeft de volledige zorg voor een kind van 13 jaar
      En het college acht de vrijlating bijdragend aan de arbeidsinschakeling
      En van de vrijlatingsperiode zijn al 6 maanden voorbij
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 1.000,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan is € 0,00 vrijgelaten
      En telt € 1.000,00 mee als middelen

  Regel: Ongeldige invoer wordt geweigerd en elk onjuist gegeven genoemd

    @M13-015
    Scenario: Negatieve inkomsten uit arbeid bestaan niet
      Gegeven de peildatum is 2027-03-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € -10,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "inkomstenUitArbeid"

    @M13-016
    Scenario: Vooruitlopen kon niet vóór 2026
      Gegeven de peildatum is 2026-03-01
      En de gemeente past artikel 34a vervroegd toe vanaf 2025-12-01
      En de belanghebbende is 45 jaar
      En de inkomsten uit arbeid die in de maand worden verrekend bedragen € 600,00
      Als de inkomstenvrijlating wordt beoordeeld
      Dan wordt de invoer geweigerd met een melding over "beleid.inkomstenvrijlatingVervroegdVanaf"
