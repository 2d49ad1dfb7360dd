"""pwib reference: de Participatiewet in balans als pure Python.

`api/` en de tests gebruiken alleen wat hier in `__all__` staat.
"""

from reference.berekening import (
    Beleidskeuzes,
    Berekeningsfeiten,
    Bijstandsberekening,
    Bufferbudgetinzet,
    Jongereninvoer,
    Maandinkomsten,
    Maandverlaging,
    Normafwijking,
    Vermogensopgave,
    Vrijlating,
    bereken_bijstand,
    gehuwdenhuishouden,
    vermogensfeiten,
)
from reference.catalogus import Maatregel, catalogus, maatregel
from reference.errors import (
    Bezwaar,
    OngeldigeFeiten,
    ParameterFout,
    ParameterOntbreekt,
    PwibFout,
)
from reference.feiten import (
    TIJDELIJK_ELDERS_VOOR_MANTELZORG,
    Huishouden,
    Mantelzorg,
    Medebewoner,
    Overeenkomst,
    Persoon,
)
from reference.gegevensbronnen import Bronnenlijst, Bronnenstand, Bronvermelding, bronnenlijst, lees_bronnenlijst
from reference.maatregelen.afstemming import (
    AfgestemdeVerlaging,
    Afstemmingsbeleid,
    Afstemmingsbesluit,
    Afstemmingsfeiten,
    Afstemmingsverplichting,
    VorigeVerlaging,
    afstemming,
)
from reference.maatregelen.bufferbudget import Bufferbudgetbesluit, Bufferbudgetfeiten, bufferbudget
from reference.maatregelen.categoriale_bijzondere_bijstand import (
    Bijzonderebijstandbesluit,
    Bijzonderebijstandfeiten,
    VormBijzondereBijstand,
    categoriale_bijzondere_bijstand,
)
from reference.maatregelen.experimenten import (
    Experimentafwijking,
    Experimentafwijkingsoordeel,
    Experimentbesluit,
    Experimentdoel,
    Experimentfeiten,
    experiment,
)
from reference.maatregelen.gezamenlijke_huishouding import (
    GezamenlijkeHuishoudingBesluit,
    GezamenlijkeHuishoudingFeiten,
    Verwantschap,
    gezamenlijke_huishouding,
)
from reference.maatregelen.giftenvrijlating import Giftenbesluit, Giftenfeiten, giftenvrijlating
from reference.maatregelen.herhaalaanvraag import Herhaalaanvraagbesluit, Herhaalaanvraagfeiten, herhaalaanvraag
from reference.maatregelen.identificatie import (
    Betrouwbaarheidsniveau,
    ElektronischIdentificatiemiddel,
    IdentificatieBesluit,
    IdentificatieFeiten,
    Identiteitsdocument,
    Uitgifte,
    identificatie,
)
from reference.maatregelen.individuele_inkomenstoeslag import (
    Inkomenstoeslagbeleid,
    Inkomenstoeslagbesluit,
    Inkomenstoeslagfeiten,
    individuele_inkomenstoeslag,
)
from reference.maatregelen.inkomen_partner_zonder_recht import (
    Partnerinkomenbesluit,
    Partnerinkomenfeiten,
    inkomen_partner_zonder_recht,
)
from reference.maatregelen.inkomstenvrijlating import (
    Inkomstenvrijlatingbesluit,
    Inkomstenvrijlatingfeiten,
    Vrijlatingstand,
    inkomstenvrijlating,
)
from reference.maatregelen.inlichtingenplicht import (
    Gegevensbron,
    Inlichtingenbesluit,
    Inlichtingenfeiten,
    Uitvoeringsorgaan,
    inlichtingenplicht,
)
from reference.maatregelen.jongerentoeslag import (
    Jongerentoeslagbesluit,
    Jongerentoeslagfeiten,
    Ouders,
    jongerentoeslag,
)
from reference.maatregelen.kostendelersnorm import (
    Kostendelersbesluit,
    Medebewonersoordeel,
    kostendelersnorm,
)
from reference.maatregelen.maatschappelijke_participatie import (
    EigenActiviteit,
    Participatiebesluit,
    Participatiefeiten,
    Participatieregime,
    maatschappelijke_participatie,
)
from reference.maatregelen.maatwerk import Maatwerkbesluit, Maatwerkfeiten, maatwerk
from reference.maatregelen.melding_na_afwijzing import (
    AfgewezenAanvraag,
    Afwijzingsregeling,
    MeldingNaAfwijzingBesluit,
    MeldingNaAfwijzingFeiten,
    melding_na_afwijzing,
)
from reference.maatregelen.ontheffing import Ontheffingsbesluit, Ontheffingsfeiten, Ontheffingsgrond, ontheffing
from reference.maatregelen.opschorting import (
    Opschortingsbesluit,
    Opschortingsfeiten,
    Opschortingsuitzondering,
    opschorting,
)
from reference.maatregelen.rechtsvermoeden import (
    RechtsvermoedenBesluit,
    RechtsvermoedenFeiten,
    rechtsvermoeden_gezamenlijke_huishouding,
)
from reference.maatregelen.taaleis import Taaleisfeiten
from reference.maatregelen.terugwerkende_kracht import Ingangsbesluit, Ingangsfeiten, terugwerkende_kracht
from reference.maatregelen.vakantiegeld import (
    Inkomenssoort,
    Vakantiegeldbesluit,
    Vakantiegeldfeiten,
    vakantiegeld,
)
from reference.maatregelen.vermogen import Vermogensbesluit, Vermogensfeiten, vermogen
from reference.maatregelen.verrekening_inkomsten import (
    Betaling,
    Toerekening,
    Verrekeningsbesluit,
    Verrekeningsfeiten,
    verrekening_inkomsten,
)
from reference.maatregelen.voorschot import Voorschotbesluit, Voorschotfeiten, voorschot
from reference.maatregelen.zoektermijn import Zoektermijnbesluit, Zoektermijnfeiten, zoektermijn
from reference.maatwerkruimte import (
    AfwijkbareUitkomst,
    DwingendeUitkomst,
    Maatwerkruimte,
    lees_maatwerkruimte,
    maatwerkruimte,
)
from reference.parameters import Parameterboek, Parameterwaarde, Wetstand, parameterboek
from reference.uitleg import Stap, Uitleg
from reference.verwijzing import OngeldigeAanhaling, Verwijzing, verwijzingen
from reference.waarden import Bedrag, Maand

__all__ = [
    "TIJDELIJK_ELDERS_VOOR_MANTELZORG",
    "AfgestemdeVerlaging",
    "AfgewezenAanvraag",
    "Afstemmingsbeleid",
    "Afstemmingsbesluit",
    "Afstemmingsfeiten",
    "Afstemmingsverplichting",
    "AfwijkbareUitkomst",
    "Afwijzingsregeling",
    "Bedrag",
    "Beleidskeuzes",
    "Berekeningsfeiten",
    "Betaling",
    "Betrouwbaarheidsniveau",
    "Bezwaar",
    "Bijstandsberekening",
    "Bijzonderebijstandbesluit",
    "Bijzonderebijstandfeiten",
    "Bronnenlijst",
    "Bronnenstand",
    "Bronvermelding",
    "Bufferbudgetbesluit",
    "Bufferbudgetfeiten",
    "Bufferbudgetinzet",
    "DwingendeUitkomst",
    "EigenActiviteit",
    "ElektronischIdentificatiemiddel",
    "Experimentafwijking",
    "Experimentafwijkingsoordeel",
    "Experimentbesluit",
    "Experimentdoel",
    "Experimentfeiten",
    "Gegevensbron",
    "GezamenlijkeHuishoudingBesluit",
    "GezamenlijkeHuishoudingFeiten",
    "Giftenbesluit",
    "Giftenfeiten",
    "Herhaalaanvraagbesluit",
    "Herhaalaanvraagfeiten",
    "Huishouden",
    "IdentificatieBesluit",
    "IdentificatieFeiten",
    "Identiteitsdocument",
    "Ingangsbesluit",
    "Ingangsfeiten",
    "Inkomenssoort",
    "Inkomenstoeslagbeleid",
    "Inkomenstoeslagbesluit",
    "Inkomenstoeslagfeiten",
    "Inkomstenvrijlatingbesluit",
    "Inkomstenvrijlatingfeiten",
    "Inlichtingenbesluit",
    "Inlichtingenfeiten",
    "Jongereninvoer",
    "Jongerentoeslagbesluit",
    "Jongerentoeslagfeiten",
    "Kostendelersbesluit",
    "Maand",
    "Maandinkomsten",
    "Maandverlaging",
    "Maatregel",
    "Maatwerkbesluit",
    "Maatwerkfeiten",
    "Maatwerkruimte",
    "Mantelzorg",
    "Medebewoner",
    "Medebewonersoordeel",
    "MeldingNaAfwijzingBesluit",
    "MeldingNaAfwijzingFeiten",
    "Normafwijking",
    "OngeldigeAanhaling",
    "OngeldigeFeiten",
    "Ontheffingsbesluit",
    "Ontheffingsfeiten",
    "Ontheffingsgrond",
    "Opschortingsbesluit",
    "Opschortingsfeiten",
    "Opschortingsuitzondering",
    "Ouders",
    "Overeenkomst",
    "ParameterFout",
    "ParameterOntbreekt",
    "Parameterboek",
    "Parameterwaarde",
    "Participatiebesluit",
    "Participatiefeiten",
    "Participatieregime",
    "Partnerinkomenbesluit",
    "Partnerinkomenfeiten",
    "Persoon",
    "PwibFout",
    "RechtsvermoedenBesluit",
    "RechtsvermoedenFeiten",
    "Stap",
    "Taaleisfeiten",
    "Toerekening",
    "Uitgifte",
    "Uitleg",
    "Uitvoeringsorgaan",
    "Vakantiegeldbesluit",
    "Vakantiegeldfeiten",
    "Vermogensbesluit",
    "Vermogensfeiten",
    "Vermogensopgave",
    "Verrekeningsbesluit",
    "Verrekeningsfeiten",
    "Verwantschap",
    "Verwijzing",
    "Voorschotbesluit",
    "Voorschotfeiten",
    "VorigeVerlaging",
    "VormBijzondereBijstand",
    "Vrijlating",
    "Vrijlatingstand",
    "Wetstand",
    "Zoektermijnbesluit",
    "Zoektermijnfeiten",
    "afstemming",
    "bereken_bijstand",
    "bronnenlijst",
    "bufferbudget",
    "catalogus",
    "categoriale_bijzondere_bijstand",
    "experiment",
    "gehuwdenhuishouden",
    "gezamenlijke_huishouding",
    "giftenvrijlating",
    "herhaalaanvraag",
    "identificatie",
    "individuele_inkomenstoeslag",
    "inkomen_partner_zonder_recht",
    "inkomstenvrijlating",
    "inlichtingenplicht",
    "jongerentoeslag",
    "kostendelersnorm",
    "lees_bronnenlijst",
    "lees_maatwerkruimte",
    "maatregel",
    "maatschappelijke_participatie",
    "maatwerk",
    "maatwerkruimte",
    "melding_na_afwijzing",
    "ontheffing",
    "opschorting",
    "parameterboek",
    "rechtsvermoeden_gezamenlijke_huishouding",
    "terugwerkende_kracht",
    "vakantiegeld",
    "vermogen",
    "vermogensfeiten",
    "verrekening_inkomsten",
    "verwijzingen",
    "voorschot",
    "zoektermijn",
]
