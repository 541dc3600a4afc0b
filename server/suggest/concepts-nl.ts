// Dutch care-domain concepts: words and phrases that mean the same thing in notes about
// informal and formal care working together. Notes of one theme often share no word
// ("iemand die ik altijd kan bellen", "één loket"); these lists let them meet. Data only:
// extend by adding terms. A term is a word or phrase as people write it (inflections
// need not be listed: terms are stemmed like the notes); a trailing * matches any word
// or compound part beginning with it ("logeer*": logeeropvang, logeerhuis). Phrases match
// whole words in order, stop words included. `weight` < 1 for concepts that cut across
// themes (a profession named in a note says little about what worked).
import type { ConceptList } from './concepts.js';

export const CONCEPTS_NL: ConceptList = [
  {
    id: 'aanspreekpunt',
    weight: 1,
    terms: [
      'bellen', 'belde', 'gebeld', 'terugbellen', 'bel', 'telefoon*', 'nummer', 'bereikbaar*',
      'opnemen', 'nam op', 'whatsapp', 'appen', 'aanspreekpunt', 'contactpersoon', 'vast gezicht',
      'vaste contactpersoon', 'ander gezicht', 'loket', 'één loket', 'één persoon', 'één nummer',
      'centraal', 'casemanager', 'coördinator', 'coördineerde', 'regie', 'regisseur', 'korte lijnen',
      'lijntjes', 'binnenlopen', 'inloop*', 'spreekuur', 'dag en nacht', 'altijd kan',
      'altijd bereikbaar',
    ],
  },
  {
    id: 'erkenning',
    weight: 1,
    terms: [
      'erkenning', 'erkend', 'gezien', 'zien als', 'gehoord', 'serieus', 'waardering', 'gewaardeerd',
      'bedankt', 'bedankte', 'bedank*', 'dank', 'compliment', 'mantelzorgcompliment', 'respect', 'luisterde',
      'luisteren', 'geluisterd', 'expert', 'deskundig*', 'ervaringskennis', 'ervaringsdeskundig*', 'collega',
      'gelijkwaardig*', 'mening', 'kennis', 'hoe het met', 'met míj', 'aandacht voor mij', 'aandacht', 'telde',
      'telt', 'dag van de mantelzorg', 'bedankkaart',
    ],
  },
  {
    id: 'ontlasting',
    weight: 1,
    terms: [
      'respijt*', 'logeer*', 'logeren', 'dagbesteding', 'dagopvang', 'dagverzorging', 'oppas*', 'vervangende',
      'vervangend', 'overnemen', 'nam het', 'over te nemen', 'overname', 'vrij', 'vrije', 'vakantie', 'weekend weg',
      'weekendje', 'week weg', 'tijd voor mezelf', 'voor mezelf', 'adem', 'ademhalen', 'bijtanken', 'opladen',
      'rust', 'uitrusten', 'doorslapen', 'slapen', 'nachtzorg', 'ontlast*', 'even weg', 'kapper', 'sporten',
      'koor', 'hobby', 'zorghotel', 'zorgboerderij', 'overbelast*', 'omvallen', 'valt om', 'uitgeput', 'uitputting',
      'opgebrand', 'volhouden', 'draagkracht', 'zwaar', 'invallen', 'vrije dag',
    ],
  },
  {
    id: 'samen-beslissen',
    weight: 1,
    terms: [
      'keukentafelgesprek', 'keukentafel', 'zorgplan', 'samen beslissen', 'meebeslissen', 'meedenken', 'beslist',
      'beslissen', 'besluit', 'kiezen', 'keuze', 'familiegesprek', 'familie', 'afgesproken', 'afspraken',
      'met ons', 'niet over ons', 'wat wíj nodig', 'wij nodig', 'helpt dit', 'te zeggen', 'betrokken', 'betrekken',
      'aan tafel', 'wensen', 'gesprek', 'ontslaggesprek', 'zelf ook',
    ],
  },
  {
    id: 'afstemming',
    weight: 1,
    terms: [
      'overleg*', 'mdo', 'multidisciplinair', 'overdracht*', 'dossier', 'logboek', 'schrift', 'afstemm*',
      'samenwerken', 'samenwerking', 'doorverwijz*', 'van elkaar', 'elkaar', 'kastje', 'muur', 'verhaal',
      'tien keer', 'opnieuw', 'uitleggen', 'wisten', 'gezamenlijk', 'één team',
      'klaar', 'inzien',
    ],
  },
  {
    id: 'lotgenoten',
    weight: 1,
    terms: [
      'lotgeno*', 'mantelzorgcafé', 'café', 'alzheimercafé', 'gespreksgroep', 'praatgroep', 'steungroep',
      'appgroep', 'groep', 'andere mantelzorgers', 'andere ouders', 'ouders van', 'herkenning',
      'herken*', 'delen', 'ervaringen', 'niet de enige', 'hetzelfde', 'meemaken', 'snappen', 'begrijpen',
      'dezelfde diagnose', 'contact met',
    ],
  },
  {
    id: 'informatie',
    weight: 1,
    terms: [
      'informatie*', 'info', 'folder', 'flyer', 'brochure', 'website', 'sociale kaart', 'kaart', 'wegwijzer',
      'wegwijs', 'overzicht', 'regelingen', 'regeling', 'cursus', 'training', 'uitlegde', 'uitleg', 'wist niet',
      'wist precies', 'wie wat doet', 'adressen', 'telefoonnummers', 'voorlichting', 'vinden', 'vindt', 'pagina',
      'bij wie', 'informatiepunt', 'bibliotheek',
    ],
  },
  {
    id: 'netwerk-buurt',
    weight: 1,
    terms: [
      'buren', 'buurvrouw', 'buurman', 'buurt*', 'straat', 'wijk', 'vrijwilliger*', 'kerk', 'moskee', 'maatje*',
      'zonnebloem', 'klus*', 'boodschappen', 'koken', 'eten', 'maaltijd*', 'tuin', 'gras', 'hond', 'vervoer',
      'rijdt', 'rijden', 'neef', 'nicht', 'vrienden', 'kennissen', 'netwerk', 'omkijken',
      'kijken naar elkaar', 'aankloppen', 'jong en oud', 'huiskamer', 'helpen elkaar', 'hele straat',
    ],
  },
  {
    id: 'snel-maatwerk',
    weight: 1,
    terms: [
      'snel', 'direct', 'meteen', 'binnen een week', 'dezelfde week', 'wachtlijst', 'zonder wachtlijst',
      'formulier*', 'bureaucratie', 'gedoe', 'regels', 'uitzondering', 'maatwerk', 'flexibel', 'ritme',
      'zelf kiezen', 'hoe laat', 'indicatie', 'geregeld', 'regelen', 'hulpmiddel*', 'rolstoel', 'past bij',
      'niet anders',
    ],
  },
  {
    id: 'werk-zorg',
    weight: 1,
    terms: [
      'werkgever*', 'baas', 'leidinggevende', 'zorgverlof', 'verlof', 'thuiswerken', 'dienst', 'fulltime',
      'parttime', 'minder werken', 'minder gaan werken', 'vergaderen', 'mantelzorgvriendelijk', 'werken',

    ],
  },
  {
    id: 'ouder',
    weight: 1,
    terms: [
      'moeder', 'mama', 'ma', 'vader', 'papa', 'pa', 'ouders', 'schoonvader', 'schoonmoeder', 'schoonouders', 'oma',
      'opa', 'mams', 'paps',
    ],
  },
  {
    id: 'partner-kind',
    weight: 1,
    terms: [
      'man', 'vrouw', 'partner', 'echtgenoot', 'echtgenote', 'vriendin', 'vriend', 'zoon', 'dochter', 'kind',
      'kinderen', 'gehandicapt', 'beperking',
    ],
  },
  {
    id: 'toekomst',
    weight: 1,
    terms: ['later', 'straks', 'toekomst', 'morgen', 'ooit', 'afhankelijk', 'opzien', 'zie op tegen', 'bang', 'angst', 'voor mij zorgt', 'overkomen', 'houdt me bezig'],
  },
  {
    id: 'beroep',
    weight: 0.5,
    terms: [
      'als wijkverpleegkundige', 'wijkverpleegkundige', 'verpleegkundige', 'huisarts', 'casemanager', 'consulent',
      'mantelzorgconsulent', 'wmo-consulent', 'praktijkondersteuner', 'ergotherapeut', 'fysio', 'specialist', 'arts',
      'wijkcoach', 'maatschappelijk werker', 'hulpverlener*', 'professional*', 'beroepskracht*', 'zorgverlener*',
      'in mijn werk', 'mijn werk', 'ik werk', 'als huisarts', 'bij de gemeente', 'in de thuiszorg', 'wijkteam',
    ],
  },
  {
    id: 'kennismaken',
    weight: 1,
    terms: [
      'kennismaken', 'kennismaking', 'leren kennen', 'elkaar kennen', 'ontmoeten', 'ontmoeting', 'koffieochtend',
      'netwerkbijeenkomst', 'bijeenkomst', 'werkbezoek', 'smoelenboek', 'kwartaal', 'op bezoek',
    ],
  },
  {
    id: 'signaleren',
    weight: 1,
    terms: [
      'intake*', 'mantelzorgcheck', 'check', 'signaler*', 'vraagt', 'vraag over', 'naar de mantelzorger',
      'hoe het met de partner', 'naaste', 'bij elke', 'standaard', 'vast moment', 'wie zorgt er nog meer',
    ],
  },
];
