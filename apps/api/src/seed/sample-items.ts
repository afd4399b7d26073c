// Sample items of the Study Report Tracker: recommendations, lessons learnt and pilot records
// written from the public facts of shared/SAMPLE-FACTS.md, in our own words. The app labels the
// whole set as sample data. Meetings are named by their MEETINGS title, pilot administrations by
// their ORGANISATIONS key, and links point to other entries of this array by index.
//
// Each item also tells what happened to it: when its author wrote it, then every review step of
// SPEC §3 and edit in order. What was decided long ago carries the dates the public record allows
// (after the meeting it came from, after the facts its text reports); what still waits for someone
// is dated in days before the day of seeding, so that the review queue shows real waiting times.
import type {
  TItemStatus,
  TLessonContent,
  TLinkType,
  TPilotContent,
  TRecommendationContent,
  TWorkflowAction,
} from '@srt/contracts';

type DemoAuthor = 'member@example.org' | 'member2@example.org' | 'secretariat@example.org';

/** A UTC time: `YYYY-MM-DD HH:MM` for what the sample retells, or days before the day of seeding. */
export type SampleTime = string | { daysAgo: number; at: string };

/**
 * One thing that happened to an item after it was written: a transition of SPEC §3, taken by the
 * author or by the Secretariat as the workflow says, or an edit that saved the content below.
 */
export type SampleStep =
  | {
      action: TWorkflowAction;
      on: SampleTime;
      comment?: string;
      /** A rejection as a duplicate: the index of the item it duplicates. */
      duplicateOf?: number;
    }
  | { edit: 'author' | 'secretariat'; on: SampleTime };

type SampleBase = {
  /** Which demo account wrote it. */
  author: DemoAuthor;
  status: TItemStatus;
  /** Title of one of MEETINGS in reference-data.ts, when the item came from that meeting. */
  meeting?: string;
  /** Links to other items of this array, by index, made by the author when writing it. */
  links?: { type: TLinkType; to: number }[];
  /** When the author saved revision 1. */
  created: SampleTime;
  /** What happened next, in order; it must end in `status`. Drafts have none. */
  history?: SampleStep[];
  /** Revision 1's wording where the item's edit step later changed it to the content below. */
  firstDraft?: { summary?: string; body?: string; lesson?: string; outcomes?: string; partners?: string[] };
  comments?: { by: DemoAuthor | 'delegate@example.org'; on: SampleTime; body: string; internal?: boolean }[];
};

export type SampleItem = SampleBase &
  (
    | Omit<TRecommendationContent, 'meetingId'>
    | Omit<TLessonContent, 'meetingId'>
    | (Omit<TPilotContent, 'meetingId' | 'administrationId'> & { administration: string /* key of ORGANISATIONS */ })
  );

/** Joins Markdown lines. */
const md = (...lines: string[]) => lines.join('\n');

/** What is still under way: `days` before the day the seed runs, at `at` UTC. */
const daysAgo = (days: number, at: string): SampleTime => ({ daysAgo: days, at });

export const SAMPLE_ITEMS: SampleItem[] = [
  // ---------------------------------------------------------------- pilots (0–11)
  // 0
  {
    kind: 'PILOT',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2018-06-11 09:30',
    history: [
      { action: 'submit', on: '2018-06-11 16:05' },
      { action: 'assign', on: '2018-06-14 10:20' },
      { action: 'accept', on: '2018-07-03 11:45' },
      // The network grew after the record was accepted; the Secretariat brought it up to date.
      { edit: 'secretariat', on: '2022-03-14 14:10' },
    ],
    firstDraft: {
      body: md(
        'CADENA started in 2018 with Mexico, Peru and Costa Rica.',
        '',
        '- **Data exchanged:** AEO certificates and their status changes (granted, suspended, revoked).',
        "- **Purpose:** each partner sees the current status of the other partners' AEOs without bilateral messages or spreadsheets.",
        '- **Governance:** each administration writes its own AEO records; the IDB supports development and coordination.',
      ),
      partners: ['Inter-American Development Bank', 'SUNAT (Peru)', 'Dirección General de Aduanas (Costa Rica)'],
      outcomes: 'AEO data of the three founding administrations is visible to all partners in near real time.',
    },
    comments: [
      {
        by: 'member2@example.org',
        on: '2018-07-09 08:15',
        body: 'How did the partners agree who may record a suspension or a revocation? Korea Customs Service would like to learn from it.',
      },
    ],
    language: 'en',
    title: 'CADENA: blockchain exchange of AEO data in Latin America',
    summary:
      'A permissioned blockchain network, supported by the Inter-American Development Bank, through which Customs ' +
      'administrations share Authorised Economic Operator data to operate their mutual recognition arrangements.',
    body: md(
      'CADENA started in 2018 with Mexico, Peru and Costa Rica. Colombia and Chile joined next, followed by Bolivia, Ecuador and Guatemala.',
      '',
      '- **Data exchanged:** AEO certificates and their status changes (granted, suspended, revoked).',
      "- **Purpose:** each partner sees the current status of the other partners' AEOs without bilateral messages or spreadsheets.",
      '- **Governance:** each administration writes its own AEO records; the IDB supports development and coordination.',
    ),
    technologies: ['blockchain'],
    source: 'members',
    documentRef: null,
    administration: 'mx',
    country: 'MX',
    partners: [
      'Inter-American Development Bank',
      'SUNAT (Peru)',
      'Dirección General de Aduanas (Costa Rica)',
      'DIAN (Colombia)',
      'Servicio Nacional de Aduanas (Chile)',
      'Aduana Nacional (Bolivia)',
      'SENAE (Ecuador)',
      'SAT (Guatemala)',
    ],
    startDate: '2018-01-01',
    endDate: null,
    stage: 'ONGOING',
    outcomes:
      'AEO data of the participating administrations is visible to all partners in near real time; the network grew from three to eight administrations.',
  },
  // 1
  {
    kind: 'PILOT',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2020-10-05 09:10',
    history: [
      { action: 'submit', on: '2020-10-05 15:40' },
      { action: 'assign', on: '2020-10-07 09:55' },
      { action: 'accept', on: '2020-10-26 10:30' },
    ],
    language: 'en',
    title: 'bConnect prototype: Mercosur AEO data on a shared ledger',
    summary:
      'Receita Federal do Brasil and its IT provider Serpro built a blockchain prototype to exchange AEO data with ' +
      'the other Mercosur Customs administrations, which went into production in September 2020.',
    body: md(
      '## Scope',
      '',
      'The prototype (April 2019) connected the Customs administrations of Brazil, Argentina, Paraguay and Uruguay. ' +
        'AEO data came first because the mutual recognition arrangements between the four already defined what had to ' +
        'be shared.',
      '',
      '## Next steps',
      '',
      'Other data sets are to follow once the AEO exchange is stable.',
    ),
    technologies: ['blockchain'],
    source: 'members',
    documentRef: null,
    administration: 'br',
    country: 'BR',
    partners: [
      'Serpro',
      'Dirección General de Aduanas (Argentina)',
      'Dirección Nacional de Aduanas (Paraguay)',
      'Dirección Nacional de Aduanas (Uruguay)',
    ],
    startDate: '2019-04-01',
    endDate: '2020-09-01',
    stage: 'COMPLETED',
    outcomes: md(
      '- The prototype showed that the four administrations could keep AEO records in step without a central database.',
      '- bConnect was launched as a production network in **September 2020**.',
    ),
  },
  // 2
  {
    kind: 'PILOT',
    author: 'member2@example.org',
    status: 'ACCEPTED',
    created: '2019-02-11 07:50',
    history: [
      { action: 'submit', on: '2019-02-13 08:05' },
      { action: 'assign', on: '2019-02-15 13:20' },
      {
        action: 'request_changes',
        on: '2019-02-20 10:00',
        comment:
          'Please add what the consortium has achieved so far: how many document types are shared, and with whom.',
      },
      { edit: 'author', on: '2019-03-04 06:40' },
      { action: 'resubmit', on: '2019-03-04 06:45' },
      { action: 'accept', on: '2019-03-12 14:00' },
    ],
    firstDraft: { outcomes: '' },
    language: 'en',
    title: 'Blockchain-based export clearance consortium in Korea',
    summary:
      'In September 2018 the Korea Customs Service signed an agreement with a technology provider and 48 ' +
      'organisations to clear exports over a shared blockchain platform.',
    body: md(
      'Exporters, shipping lines, forwarders, insurers and banks record export documents once on the platform; ' +
        'Customs and the other participants read them from there instead of receiving copies.',
      '',
      'An e-commerce import pilot on the same principle followed in January 2019.',
    ),
    technologies: ['blockchain'],
    source: 'members',
    documentRef: null,
    administration: 'kr',
    country: 'KR',
    partners: [
      'Technology provider (consortium lead)',
      'Exporters, carriers, forwarders, insurers and banks (48 organisations in total)',
    ],
    startDate: '2018-09-01',
    endDate: null,
    stage: 'ONGOING',
    outcomes: 'Reported to share 28 types of trade documents in real time between the participants.',
  },
  // 3
  {
    kind: 'PILOT',
    author: 'member2@example.org',
    status: 'DRAFT',
    created: daysAgo(33, '08:20'),
    language: 'en',
    title: 'Blockchain pilot for e-commerce import clearance',
    summary:
      'Korea Customs Service pilot, from January 2019, sharing e-commerce order, payment and delivery data over a ' +
      'blockchain to speed up import clearance of parcels.',
    body: 'Draft: partner list and first figures still to be added.',
    technologies: ['blockchain'],
    source: 'members',
    documentRef: null,
    administration: 'kr',
    country: 'KR',
    partners: [],
    startDate: '2019-01-01',
    endDate: null,
    stage: 'ONGOING',
    outcomes: '',
  },
  // 4
  {
    kind: 'PILOT',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2023-04-17 09:00',
    history: [
      { action: 'submit', on: '2023-04-17 09:30' },
      { action: 'accept', on: '2023-05-08 15:15' },
    ],
    comments: [
      {
        by: 'delegate@example.org',
        on: '2023-05-22 13:05',
        body: 'Utile avant toute décision de se raccorder à une plateforme du secteur privé : qui garde les données si elle ferme ?',
      },
    ],
    language: 'en',
    title: 'TradeLens: Customs participation in an industry shipping platform',
    summary:
      'An industry blockchain platform for container shipping that went live in August 2018. Several Customs ' +
      'administrations joined to read shipment events and documents; the platform was shut down in early 2023.',
    body: md(
      'TradeLens combined a shared ledger of shipping documents with event data from carriers, ports and terminals, including container sensor data.',
      '',
      'Customs administrations took part as readers of advance shipment information. The operators closed the ' +
        'platform because it never reached the industry-wide participation it needed to be viable.',
    ),
    technologies: ['blockchain', 'iot'],
    source: 'open-sources',
    documentRef: null,
    administration: 'tradelens',
    country: 'DK',
    partners: [
      'A.P. Moller-Maersk',
      'IBM',
      'Participating Customs administrations',
      'Carriers, ports and terminal operators',
    ],
    startDate: '2018-08-01',
    endDate: '2023-03-31',
    stage: 'DISCONTINUED',
    outcomes: md(
      '- Live from August 2018; several Customs administrations connected.',
      '- Discontinued in early 2023 for lack of industry-wide collaboration, not for technical reasons.',
      '- Customs that relied on the feed had to fall back on their own channels.',
    ),
  },
  // 5
  {
    kind: 'PILOT',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2018-11-07 17:30',
    history: [
      { action: 'submit', on: '2018-11-12 09:15' },
      { action: 'assign', on: '2018-11-13 10:00' },
      { action: 'accept', on: '2018-11-29 16:20' },
    ],
    language: 'fr',
    meeting: 'PTC 221st/222nd Sessions',
    title: 'Preuve de concept de la chaîne de blocs pour les carnets ATA',
    summary:
      "La Commission européenne (DG TAXUD) a testé dès 2017 l'inscription des carnets ATA sur une chaîne de blocs " +
      'partagée, afin de suivre leur utilisation entre administrations sans échange de papier.',
    body: md(
      "Le carnet ATA, document d'admission temporaire, circule encore largement sur papier : chaque passage de frontière y ajoute un volet et un cachet.",
      '',
      '- **Objectif :** vérifier si un registre partagé peut remplacer ces volets et cachets.',
      "- **Présentation :** projets pilotes de l'UE présentés au Comité technique permanent en novembre 2018.",
    ),
    technologies: ['blockchain'],
    source: 'ptc',
    documentRef: 'PC0530F1a',
    administration: 'eu',
    // DG TAXUD sits in Brussels; the proof of concept was EU-wide.
    country: 'BE',
    partners: ["Administrations douanières d'États membres de l'UE", 'Chambres de commerce émettrices de carnets'],
    startDate: '2017-01-01',
    endDate: '2018-11-05',
    stage: 'COMPLETED',
    outcomes: md(
      '- Le suivi des carnets sur un registre partagé est techniquement faisable.',
      '- La reconnaissance juridique des inscriptions du registre reste à organiser avant toute mise en production.',
    ),
  },
  // 6
  {
    kind: 'PILOT',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2020-09-21 10:00',
    history: [
      { action: 'submit', on: '2020-09-21 10:20' },
      { action: 'assign', on: '2020-09-23 09:00' },
      { action: 'accept', on: '2020-10-14 11:30' },
    ],
    language: 'en',
    title: 'DATE fraud-detection model at two Nigerian ports (BACUDA)',
    summary:
      'Under the WCO BACUDA project, launched in September 2019, Nigeria Customs Service piloted the DATE ' +
      'machine-learning model to select fraudulent import declarations at two ports from March 2020.',
    body: md(
      'BACUDA brings Customs officers and data scientists together to build open analytics models for Customs.',
      '',
      'DATE scores each declaration for the likelihood and size of fraud, and the pilot compared its selections with ' +
        'those of a gradient-boosting baseline on the same declarations.',
    ),
    technologies: ['ai'],
    source: 'wco-secretariat',
    documentRef: null,
    administration: 'ng',
    country: 'NG',
    partners: ['WCO Secretariat (BACUDA project)'],
    startDate: '2020-03-01',
    endDate: null,
    stage: 'ONGOING',
    outcomes:
      'Interim result: DATE outperformed the gradient-boosting baseline in finding fraudulent declarations at both ports.',
  },
  // 7
  {
    kind: 'PILOT',
    author: 'secretariat@example.org',
    status: 'IN_REVIEW',
    created: daysAgo(58, '09:00'),
    history: [
      { action: 'submit', on: daysAgo(57, '10:15') },
      { action: 'assign', on: daysAgo(51, '14:30') },
    ],
    language: 'en',
    title: 'AI-assisted X-ray screening of international mail in Japan',
    summary:
      'Since April 2022 Japan Customs has used image-recognition software to help officers screen X-ray images of international mail items.',
    body:
      'The software flags images that may show prohibited or restricted goods; an officer decides whether the item is ' +
      'opened. Volumes of small parcels make manual review of every image impractical.',
    technologies: ['ai'],
    source: 'members',
    documentRef: null,
    administration: 'jp',
    country: 'JP',
    partners: [],
    startDate: '2022-04-01',
    endDate: null,
    stage: 'ONGOING',
    outcomes: '',
  },
  // 8
  {
    kind: 'PILOT',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2021-02-08 09:40',
    history: [
      { action: 'submit', on: '2021-02-08 10:00' },
      { action: 'assign', on: '2021-02-10 11:25' },
      { action: 'accept', on: '2021-03-01 09:50' },
    ],
    language: 'en',
    title: 'Facial comparison at U.S. ports of entry (fiscal year 2020)',
    summary:
      'U.S. Customs and Border Protection compares a live photograph of each traveller with the photographs already ' +
      'held for that journey. In fiscal year 2020 it processed more than 23 million travellers this way.',
    body: md(
      '- Travellers look at a camera at boarding or arrival; no documents need to be handed over.',
      '- The comparison runs against a small gallery built from the passenger manifest, not against a national database.',
      '- Officers handle every case the system cannot match.',
    ),
    technologies: ['biometrics', 'ai'],
    source: 'open-sources',
    documentRef: null,
    administration: 'us',
    country: 'US',
    partners: ['Airlines', 'Airport authorities'],
    startDate: '2019-10-01',
    endDate: '2020-09-30',
    stage: 'COMPLETED',
    outcomes: 'More than 23 million travellers processed in FY2020, with a match rate above 97%.',
  },
  // 9
  {
    kind: 'PILOT',
    author: 'member@example.org',
    status: 'DRAFT',
    created: daysAgo(6, '15:10'),
    language: 'en',
    title: 'Customs drones in the port of Rotterdam',
    summary:
      'Netherlands Customs trialled drones in the port of Rotterdam together with the Coastguard; the trials grew ' +
      'into a Customs drone team that now flies almost daily.',
    body: 'Draft: start date to be confirmed with the drone team before submission.',
    technologies: ['drones'],
    source: 'members',
    documentRef: null,
    administration: 'nl',
    country: 'NL',
    partners: ['Netherlands Coastguard'],
    startDate: '2019-01-01',
    endDate: null,
    stage: 'ONGOING',
    outcomes: '',
  },
  // 10
  {
    kind: 'PILOT',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2017-11-20 08:30',
    history: [
      { action: 'submit', on: '2017-11-21 09:00' },
      { action: 'assign', on: '2017-11-22 10:10' },
      { action: 'accept', on: '2017-12-11 15:00' },
      // DR Congo joined in 2019.
      { edit: 'secretariat', on: '2019-09-16 10:45' },
    ],
    firstDraft: {
      summary:
        "Lancé début 2017 par le Kenya, l'Ouganda et le Rwanda, le système suit les marchandises en transit grâce à des " +
        'scellés électroniques et à des centres de commandement.',
      partners: ['Uganda Revenue Authority', 'Rwanda Revenue Authority'],
    },
    language: 'fr',
    title: "Système régional de suivi électronique des marchandises en Afrique de l'Est",
    summary:
      "Lancé début 2017 par le Kenya, l'Ouganda et le Rwanda, rejoints par la RD Congo en 2019, le système suit les " +
      'marchandises en transit grâce à des scellés électroniques et à des centres de commandement.',
    body: md(
      "- **Scellés électroniques** posés au point d'entrée et relevés jusqu'à la sortie du corridor.",
      "- **Centres de commandement** qui reçoivent les alertes (arrêt prolongé, déviation d'itinéraire, ouverture du scellé).",
      "- **Un seul scellé** pour tout le trajet, au lieu d'un scellé par pays traversé.",
    ),
    technologies: ['iot'],
    source: 'members',
    documentRef: null,
    administration: 'ke',
    country: 'KE',
    partners: [
      'Uganda Revenue Authority',
      'Rwanda Revenue Authority',
      'Direction générale des douanes et accises (RD Congo, depuis 2019)',
    ],
    startDate: '2017-01-01',
    endDate: null,
    stage: 'ONGOING',
    outcomes: 'Délai de transit prévu entre Mombasa et Kigali ramené de 8 à 3 jours.',
  },
  // 11
  {
    kind: 'PILOT',
    author: 'secretariat@example.org',
    status: 'SUBMITTED',
    created: daysAgo(4, '11:00'),
    history: [{ action: 'submit', on: daysAgo(3, '09:20') }],
    language: 'en',
    title: 'RFID self-sealing of export containers in India',
    summary:
      'Since 1 October 2017 eligible exporters in India seal their own containers with RFID e-seals, which Customs ' +
      'reads at the port instead of examining the container there.',
    body: md(
      '- Exporters buy e-seals from approved vendors and record the seal number with the shipping bill.',
      '- Readers at ports and container depots check that the seal is intact and matches the declaration.',
    ),
    technologies: ['iot'],
    source: 'members',
    documentRef: null,
    administration: 'in',
    country: 'IN',
    partners: ['Exporters', 'Approved e-seal vendors'],
    startDate: '2017-10-01',
    endDate: null,
    stage: 'ONGOING',
    outcomes: '',
  },

  // ---------------------------------------------------------------- recommendations (12–24)
  // 12
  {
    kind: 'RECOMMENDATION',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2017-10-09 09:00',
    history: [
      { action: 'submit', on: '2017-10-09 09:30' },
      { action: 'accept', on: '2017-10-23 10:00' },
    ],
    language: 'en',
    meeting: 'PTC 217th/218th Sessions',
    title: 'Keep the Study Report on Disruptive Technologies as a living document',
    summary:
      'Develop the Study Report during the intersession and keep it up to date as Members gain experience, rather than treating it as a one-off publication.',
    body: md(
      '- Collect new pilots and lessons from Members between sessions.',
      '- Revisit the report at PTC sessions and publish revised editions.',
      '- Open the report to technologies beyond the first six when they become relevant.',
    ),
    technologies: ['blockchain', 'iot', 'ai', '3d-printing', 'biometrics', 'drones'],
    source: 'ptc',
    documentRef: 'PC0480E1a',
    addressees: ['PTC', 'SECRETARIAT'],
    priority: 'HIGH',
  },
  // 13
  {
    kind: 'RECOMMENDATION',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2018-11-09 08:45',
    history: [
      { action: 'submit', on: '2018-11-14 09:30' },
      { action: 'assign', on: '2018-11-15 09:00' },
      { action: 'accept', on: '2018-12-04 14:40' },
    ],
    language: 'fr',
    meeting: 'PTC 221st/222nd Sessions',
    title: 'Recourir à la prospective stratégique pour concevoir la douane de demain',
    summary:
      'Les administrations et le Secrétariat devraient utiliser les méthodes de prospective stratégique (scénarios, ' +
      "veille des signaux faibles) pour anticiper l'effet des technologies de rupture sur la douane.",
    body: md(
      '## Pourquoi',
      '',
      'Les technologies évoluent plus vite que les cycles de planification des administrations. La prospective permet ' +
        'de préparer plusieurs avenirs possibles au lieu de miser sur un seul.',
      '',
      '## Comment',
      '',
      '- Ateliers de scénarios lors des sessions du Comité technique permanent.',
      '- Partage des travaux de prospective nationaux entre Membres.',
    ),
    technologies: ['ai', 'blockchain', 'iot'],
    source: 'ptc',
    documentRef: 'PC0519F1a',
    addressees: ['MEMBERS', 'SECRETARIAT'],
    priority: 'MEDIUM',
  },
  // 14
  {
    kind: 'RECOMMENDATION',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2019-03-08 10:00',
    history: [
      { action: 'submit', on: '2019-03-11 09:00' },
      { action: 'assign', on: '2019-03-12 09:30' },
      { action: 'accept', on: '2019-03-25 15:00' },
    ],
    comments: [
      {
        by: 'member@example.org',
        on: '2019-04-02 12:30',
        body: 'Netherlands Customs can share its notes on the legal value of ledger records for this work.',
      },
    ],
    language: 'en',
    meeting: 'PTC 223rd/224th Sessions',
    title: 'Address the legal aspects and standardisation of blockchain in Customs',
    summary:
      'Before blockchain solutions scale up, work out the legal value of ledger records and agree common standards so ' +
      'that networks run by different administrations and industries can interoperate.',
    body: md(
      '- **Legal value:** can a ledger entry replace a signed document or certificate as evidence?',
      '- **Data protection:** which data may be shared across borders, and who answers for it?',
      '- **Standards:** align data on the WCO Data Model and agree how separate networks exchange data.',
      '- **Governance:** who may join, who operates nodes, how a network is wound down.',
    ),
    technologies: ['blockchain'],
    source: 'ptc',
    documentRef: 'PC0541E1a',
    addressees: ['MEMBERS', 'PRIVATE_SECTOR', 'OTHER_WCO_BODIES'],
    priority: 'HIGH',
  },
  // 15
  {
    kind: 'RECOMMENDATION',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2017-03-13 09:00',
    history: [
      { action: 'submit', on: '2017-03-13 09:20' },
      { action: 'accept', on: '2017-04-03 10:00' },
      // What the recommendation led to, added once BACUDA was launched.
      { edit: 'secretariat', on: '2019-10-07 09:30' },
    ],
    firstDraft: {
      body: 'Members asked for practical guidance: which data to start from, which skills to build, and how to test a model before relying on it.',
    },
    language: 'en',
    meeting: 'PTC 215th/216th Sessions',
    title: 'Develop guidance and capacity building on data analytics',
    summary:
      'The Secretariat should develop guidance and capacity-building material so that Members can use data analytics, ' +
      'including machine learning, in risk management.',
    body:
      'This recommendation led to the BACUDA project (September 2019), in which Customs officers and data scientists ' +
      'build analytics models together and test them on real declarations.',
    technologies: ['ai'],
    source: 'ptc',
    documentRef: 'PC0462E1a',
    addressees: ['SECRETARIAT', 'MEMBERS'],
    priority: 'HIGH',
  },
  // 16
  {
    kind: 'RECOMMENDATION',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2021-11-15 10:00',
    history: [
      { action: 'submit', on: '2021-11-15 10:30' },
      { action: 'assign', on: '2021-11-16 09:00' },
      { action: 'accept', on: '2021-12-06 11:00' },
    ],
    language: 'fr',
    title: 'Renforcer les compétences techniques, la cybersécurité et la gouvernance informatique des administrations',
    summary:
      "L'enquête de 2021 auprès des Membres (116 réponses) fait ressortir des besoins de renforcement des capacités " +
      "qu'il convient de traiter en priorité pour l'intelligence artificielle et la chaîne de blocs.",
    body: md(
      "## Résultats de l'enquête 2021",
      '',
      '- Technologies prioritaires : intelligence artificielle et apprentissage automatique, chaîne de blocs, informatique en nuage.',
      '- Besoins : compétences techniques, sensibilisation à la cybersécurité, gouvernance informatique, conduite du changement.',
      '',
      '## Recommandation',
      '',
      "Intégrer ces quatre besoins aux programmes de renforcement des capacités de l'OMD et des Membres.",
    ),
    technologies: ['ai', 'blockchain'],
    source: 'wco-secretariat',
    documentRef: null,
    addressees: ['MEMBERS', 'SECRETARIAT', 'OTHER_WCO_BODIES'],
    priority: 'MEDIUM',
  },
  // 17
  {
    kind: 'RECOMMENDATION',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2015-10-16 16:00',
    history: [
      { action: 'submit', on: '2015-10-26 09:00' },
      { action: 'assign', on: '2015-10-27 10:00' },
      { action: 'accept', on: '2015-11-16 11:00' },
    ],
    language: 'en',
    meeting: 'PTC 209th/210th Sessions',
    title: 'Examine the customs implications of 3D printing',
    summary:
      'Study how local printing of goods from imported design files changes the legal, revenue and risk-management ' +
      'questions Customs faces, and report back to the PTC.',
    body: md(
      '- **Legal responsibility:** who is the importer when goods are printed in the country of use?',
      '- **Supply chains:** trade shifts from finished goods to raw materials and design files.',
      '- **Risk management:** printed weapons or counterfeit parts never cross a border as goods.',
      '- **Intellectual property:** design files are easy to copy and hard to trace.',
      '- **Revenue:** design files travel as electronic transmissions, currently free of customs duties under the WTO moratorium.',
    ),
    technologies: ['3d-printing'],
    source: 'ptc',
    documentRef: 'PC0420E1a',
    addressees: ['PTC', 'OTHER_WCO_BODIES', 'MEMBERS'],
    priority: 'MEDIUM',
  },
  // 18
  {
    kind: 'RECOMMENDATION',
    author: 'secretariat@example.org',
    status: 'IN_REVIEW',
    created: '2019-03-08 15:30',
    history: [
      { action: 'submit', on: '2019-03-11 09:40' },
      { action: 'assign', on: '2019-03-12 09:45' },
      { action: 'accept', on: '2019-03-25 15:10' },
      {
        action: 'reopen',
        on: daysAgo(19, '10:30'),
        comment:
          'Reopened while the blockchain chapter is revised: the lesson learnt from the TradeLens shutdown bears on this recommendation.',
      },
    ],
    language: 'en',
    meeting: 'PTC 223rd/224th Sessions',
    title: 'Involve the private sector from the start of blockchain consortia',
    summary:
      'Customs-led blockchain projects should bring traders, carriers and service providers into their design and ' +
      'governance from the first phase, since the value of a shared ledger depends on who writes to it.',
    body:
      'Raised by the Private Sector Consultative Group in the panel on key success factors. A network that only ' +
      'Customs administrations use adds little over existing government-to-government messaging.',
    technologies: ['blockchain'],
    source: 'pscg',
    documentRef: null,
    addressees: ['MEMBERS', 'PRIVATE_SECTOR'],
    priority: 'MEDIUM',
    links: [{ type: 'SUPPORTS', to: 14 }],
  },
  // 19
  {
    kind: 'RECOMMENDATION',
    author: 'member2@example.org',
    status: 'SUBMITTED',
    created: '2018-04-23 08:00',
    history: [
      { action: 'submit', on: '2018-04-24 07:30' },
      { action: 'assign', on: '2018-04-26 09:00' },
      { action: 'accept', on: '2018-05-14 10:30' },
      { action: 'reopen', on: daysAgo(40, '09:15'), comment: 'Reopened for the next edition of the report.' },
      {
        action: 'request_changes',
        on: daysAgo(40, '09:20'),
        comment: 'Please point to an administration that already publishes its match rates, such as U.S. CBP.',
      },
      { edit: 'author', on: daysAgo(12, '07:45') },
      { action: 'resubmit', on: daysAgo(12, '07:50') },
    ],
    firstDraft: {
      body: md(
        '- Report match and error rates per year.',
        '- State retention periods for photographs of citizens and of foreign travellers.',
        '- Offer a manual alternative and say so at the checkpoint.',
      ),
    },
    language: 'en',
    meeting: 'PTC 219th/220th Sessions',
    title: 'Publish accuracy figures and privacy safeguards for biometric border checks',
    summary:
      'Administrations that use facial comparison should publish match rates, how long images are kept and how ' +
      'travellers can opt out, to keep public trust as use grows.',
    body: md(
      '- Report match and error rates per year, as U.S. CBP does for its ports of entry.',
      '- State retention periods for photographs of citizens and of foreign travellers.',
      '- Offer a manual alternative and say so at the checkpoint.',
    ),
    technologies: ['biometrics', 'ai'],
    source: 'vwg-fc',
    documentRef: null,
    addressees: ['MEMBERS'],
    priority: 'HIGH',
  },
  // 20
  {
    kind: 'RECOMMENDATION',
    author: 'member@example.org',
    status: 'IN_REVIEW',
    created: daysAgo(30, '13:00'),
    history: [
      { action: 'submit', on: daysAgo(29, '08:30') },
      { action: 'assign', on: daysAgo(26, '10:00') },
    ],
    comments: [
      {
        by: 'secretariat@example.org',
        on: daysAgo(24, '16:00'),
        internal: true,
        body: 'Ask the Technical Experts Group on Non-Intrusive Inspection whether labelled drone footage could be pooled the way X-ray images were.',
      },
    ],
    language: 'en',
    title: 'Pair drone imagery with machine-learning analysis for port surveillance',
    summary:
      'Daily drone flights produce more footage than officers can review; image-recognition models should pre-select the footage that needs a human look.',
    body: md(
      'Based on experience with drone flights in the port of Rotterdam.',
      '',
      '- Train models to spot vessels alongside without notice, people on container stacks and unusual transfers between ships.',
      '- Share labelled footage between administrations, as was done for X-ray images.',
    ),
    technologies: ['ai', 'drones'],
    source: 'members',
    documentRef: null,
    addressees: ['MEMBERS', 'SECRETARIAT'],
    priority: 'MEDIUM',
  },
  // 21
  {
    kind: 'RECOMMENDATION',
    author: 'member2@example.org',
    status: 'REJECTED',
    created: '2019-04-08 07:00',
    history: [
      { action: 'submit', on: '2019-04-08 07:10' },
      {
        action: 'reject',
        on: '2019-04-15 10:00',
        comment:
          'Already covered by the recommendation on the legal aspects and standardisation of blockchain accepted after the 223rd/224th PTC sessions.',
        duplicateOf: 14,
      },
    ],
    language: 'en',
    title: 'Address legal aspects and standardization of blockchain for Customs',
    summary:
      'The WCO should look at the legal status of blockchain records and at standards for blockchain platforms used by Customs.',
    body: 'Legal recognition of ledger records and common standards are needed before blockchain projects can move from pilot to production.',
    technologies: ['blockchain'],
    source: 'vwg-fc',
    documentRef: null,
    addressees: ['MEMBERS', 'OTHER_WCO_BODIES'],
    priority: 'HIGH',
  },
  // 22
  {
    kind: 'RECOMMENDATION',
    author: 'member2@example.org',
    status: 'CHANGES_REQUESTED',
    created: daysAgo(45, '06:30'),
    history: [
      { action: 'submit', on: daysAgo(44, '07:00') },
      { action: 'assign', on: daysAgo(40, '09:30') },
      {
        action: 'request_changes',
        on: daysAgo(33, '11:15'),
        comment: 'Please say which transit corridors this would serve and who would run the ledger nodes.',
      },
    ],
    language: 'en',
    title: 'Record electronic seal events on a shared ledger for transit',
    summary:
      'Where several administrations follow the same transit movement, e-seal events (sealing, alerts, opening) could ' +
      'be written to a shared ledger so that each sees the same history.',
    body:
      'Regional cargo tracking systems already collect these events in command centres; a ledger would let each ' +
      'administration keep its own copy without a central operator.',
    technologies: ['blockchain', 'iot'],
    source: 'vwg-fc',
    documentRef: null,
    addressees: ['MEMBERS', 'PRIVATE_SECTOR'],
    priority: 'LOW',
  },
  // 23
  {
    kind: 'RECOMMENDATION',
    author: 'member@example.org',
    status: 'DRAFT',
    created: daysAgo(2, '16:40'),
    language: 'fr',
    title: "Évaluer la réalité virtuelle pour la formation des agents à l'inspection",
    summary:
      "Étudier l'usage de la réalité virtuelle pour former les agents à l'inspection de conteneurs et de navires sans immobiliser de marchandises réelles.",
    body: "Brouillon : à compléter avec des exemples d'administrations qui utilisent déjà la réalité virtuelle en formation.",
    technologies: ['virtual-reality'],
    source: 'vwg-fc',
    documentRef: null,
    addressees: ['SECRETARIAT', 'MEMBERS'],
    priority: null,
  },
  // 24
  {
    kind: 'RECOMMENDATION',
    author: 'member@example.org',
    status: 'REJECTED',
    created: '2018-12-03 08:00',
    history: [
      { action: 'submit', on: '2018-12-03 08:30' },
      { action: 'assign', on: '2018-12-05 09:00' },
      {
        action: 'reject',
        on: '2018-12-19 14:00',
        comment:
          'Regional networks such as CADENA already run under their own governance; the working group favours making ' +
          'networks interoperate over one platform for all Members.',
      },
    ],
    language: 'en',
    title: 'Adopt a single global blockchain platform for all Customs administrations',
    summary:
      'All WCO Members should join one blockchain platform for exchanging Customs data, instead of building regional networks.',
    body: 'One platform would avoid the cost of connecting many regional networks to each other.',
    technologies: ['blockchain'],
    source: 'members',
    documentRef: null,
    addressees: ['MEMBERS', 'SECRETARIAT'],
    priority: 'HIGH',
  },

  // ---------------------------------------------------------------- lessons learnt (25–37)
  // 25
  {
    kind: 'LESSON',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2023-05-15 09:00',
    history: [
      { action: 'submit', on: '2023-05-15 09:20' },
      { action: 'assign', on: '2023-05-16 10:00' },
      { action: 'accept', on: '2023-06-05 11:00' },
    ],
    language: 'en',
    title: 'An industry platform needs industry-wide participation to survive',
    summary:
      'The TradeLens shutdown in early 2023 showed that a technically working platform can still fail if competitors ' +
      'do not join it; Customs should plan for the end of any platform it depends on.',
    body: '',
    technologies: ['blockchain', 'iot'],
    source: 'open-sources',
    documentRef: null,
    context:
      'Several Customs administrations connected to TradeLens, live since August 2018, to receive earlier and richer information on container shipments.',
    lesson: md(
      '- The platform closed for lack of industry-wide collaboration, not because the technology failed.',
      '- Before connecting, assess who governs a platform and whether its competitors will join.',
      "- Keep data needed for risk management in the administration's own systems and agree an exit plan.",
    ),
    links: [{ type: 'DERIVED_FROM', to: 4 }],
  },
  // 26
  {
    kind: 'LESSON',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2022-03-21 09:00',
    history: [
      { action: 'submit', on: '2022-03-21 09:30' },
      { action: 'accept', on: '2022-04-11 10:15' },
    ],
    language: 'fr',
    title: 'Échange de données OEA via la chaîne de blocs : commencer petit',
    summary:
      'CADENA a démarré avec un seul jeu de données, les certificats OEA, déjà encadré par des arrangements de ' +
      "reconnaissance mutuelle ; ce choix a facilité l'arrivée de nouveaux pays.",
    body: '',
    technologies: ['blockchain'],
    source: 'members',
    documentRef: null,
    context:
      "Le Mexique, le Pérou et le Costa Rica ont lancé en 2018, avec l'appui de la Banque interaméricaine de " +
      "développement, un réseau de chaîne de blocs pour partager l'état de leurs opérateurs économiques agréés.",
    lesson: md(
      '- Un périmètre restreint et juridiquement déjà couvert (les ARM) évite de renégocier le cadre légal.',
      '- Un bailleur neutre qui finance et coordonne aide à réunir plusieurs administrations.',
      "- Le réseau a ensuite accueilli la Colombie, le Chili, la Bolivie, l'Équateur et le Guatemala.",
    ),
    links: [{ type: 'DERIVED_FROM', to: 0 }],
  },
  // 27
  {
    kind: 'LESSON',
    author: 'secretariat@example.org',
    status: 'SUBMITTED',
    created: daysAgo(8, '10:00'),
    history: [{ action: 'submit', on: daysAgo(7, '08:45') }],
    language: 'en',
    title: 'A prototype phase builds trust before a regional ledger goes live',
    summary:
      'bConnect spent about eighteen months as a prototype before its launch in September 2020, which gave the four ' +
      'Mercosur administrations time to agree how the network would be run.',
    body: '',
    technologies: ['blockchain'],
    source: 'members',
    documentRef: null,
    context:
      'Receita Federal do Brasil and Serpro prototyped a ledger for AEO data with Argentina, Paraguay and Uruguay from April 2019.',
    lesson:
      'Running the prototype on real AEO data let the partners settle questions of governance and support before anyone depended on the network.',
  },
  // 28
  {
    kind: 'LESSON',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2020-10-19 09:00',
    history: [
      { action: 'submit', on: '2020-10-19 09:15' },
      { action: 'assign', on: '2020-10-20 08:40' },
      { action: 'accept', on: '2020-11-09 10:00' },
    ],
    language: 'en',
    title: 'Fraud-detection models should be tested against a baseline on local data',
    summary:
      'The BACUDA pilot in Nigeria compared the DATE model with a gradient-boosting baseline on the same ' +
      'declarations, which gave a clear answer on whether the new model was worth adopting.',
    body: '',
    technologies: ['ai'],
    source: 'wco-secretariat',
    documentRef: null,
    context:
      'Nigeria Customs Service ran the DATE model at two ports from March 2020 as part of the WCO BACUDA project.',
    lesson: md(
      '- A simple, well-known baseline makes the value of a new model visible to managers.',
      "- Testing on the administration's own declarations matters more than results published elsewhere.",
      "- Officers' examination results are the labels the model learns from: record them consistently.",
    ),
    links: [{ type: 'DERIVED_FROM', to: 6 }],
  },
  // 29
  {
    kind: 'LESSON',
    author: 'member@example.org',
    status: 'ACCEPTED',
    created: '2017-05-15 08:00',
    history: [
      { action: 'submit', on: '2017-05-16 07:45' },
      { action: 'assign', on: '2017-05-18 09:00' },
      {
        action: 'request_changes',
        on: '2017-05-29 10:30',
        comment:
          'Please say what made the image library the main effort, so that other administrations can plan for it.',
      },
      { edit: 'author', on: '2017-06-12 07:30' },
      { action: 'resubmit', on: '2017-06-12 07:40' },
      { action: 'accept', on: '2017-06-26 15:00' },
    ],
    firstDraft: {
      lesson: 'Most of the work went into building the library of labelled images, not into the algorithm.',
    },
    language: 'en',
    title: 'Automated X-ray analysis depends on large libraries of labelled scan images',
    summary:
      'Netherlands Customs supplied more than 30,000 scan images to the EU ACXIS project; building such a library, not the algorithm, was the main effort.',
    body: '',
    technologies: ['ai'],
    source: 'teg-nii',
    documentRef: null,
    context:
      'From 2012 the EU ACXIS project developed automated detection of tobacco, weapons and drugs in cargo X-ray ' +
      'images, with Netherlands Customs as a major data provider.',
    lesson: md(
      '- Images must be labelled with what the physical inspection found, which needs a routine at the scanner site.',
      '- Different scanner models produce different images; share images in a common format.',
      '- Pooling images between administrations gives models enough rare examples (weapons, drugs) to learn from.',
    ),
  },
  // 30
  {
    kind: 'LESSON',
    author: 'member@example.org',
    status: 'CHANGES_REQUESTED',
    created: daysAgo(21, '14:00'),
    history: [
      { action: 'submit', on: daysAgo(20, '08:10') },
      { action: 'assign', on: daysAgo(17, '09:40') },
      {
        action: 'request_changes',
        on: daysAgo(10, '15:30'),
        comment:
          'Please say who grants the standing flight permissions and how findings are handed over to the Coastguard.',
      },
    ],
    comments: [
      {
        by: 'member@example.org',
        on: daysAgo(9, '08:05'),
        body: 'Checking both points with the drone team; I will update the lesson as soon as I have their answer.',
      },
    ],
    language: 'en',
    title: 'Drone flights in a busy port need shared rules with other agencies',
    summary:
      'Working with the Coastguard in Rotterdam showed that airspace permissions and follow-up of findings must be ' +
      'agreed between agencies before drones can fly routinely.',
    body: '',
    technologies: ['drones'],
    source: 'members',
    documentRef: null,
    context:
      'Netherlands Customs trialled drones in the port of Rotterdam with the Coastguard; a Customs drone team now flies almost daily.',
    lesson:
      'Ad hoc flights by trained officers were not enough: routine use came only with a dedicated team, standing ' +
      'flight permissions and an agreement on who acts on what the drone sees.',
  },
  // 31
  {
    kind: 'LESSON',
    author: 'secretariat@example.org',
    status: 'ACCEPTED',
    created: '2019-09-23 09:00',
    history: [
      { action: 'submit', on: '2019-09-23 09:20' },
      { action: 'accept', on: '2019-10-14 10:00' },
    ],
    language: 'fr',
    title: "Suivi électronique des marchandises en transit : l'accord régional compte autant que la technologie",
    summary:
      "Le système d'Afrique de l'Est n'a raccourci les délais que parce que les pays du corridor ont accepté un scellé unique et partagé les alertes.",
    body: '',
    technologies: ['iot'],
    source: 'members',
    documentRef: null,
    context:
      "Le Kenya, l'Ouganda et le Rwanda ont mis en place début 2017 un suivi régional par scellés électroniques et " +
      "centres de commandement ; la RD Congo l'a rejoint en 2019.",
    lesson: md(
      '- Sans reconnaissance mutuelle des scellés, chaque frontière aurait imposé un nouveau contrôle.',
      '- Les centres de commandement doivent pouvoir faire intervenir une équipe sur le terrain rapidement.',
      '- Gain attendu : trajet vers Kigali ramené de 8 à 3 jours.',
    ),
  },
  // 32
  {
    kind: 'LESSON',
    author: 'secretariat@example.org',
    status: 'SUBMITTED',
    created: daysAgo(4, '11:30'),
    history: [{ action: 'submit', on: daysAgo(2, '10:00') }],
    language: 'en',
    title: 'RFID self-sealing moves the seal check from the port to the exporter',
    summary:
      'Letting exporters seal their own containers with RFID e-seals is meant to cut waiting at Indian ports, but ' +
      'only works where every port and depot has a working reader.',
    body: '',
    technologies: ['iot'],
    source: 'members',
    documentRef: null,
    context: 'India introduced RFID self-sealing of export containers from 1 October 2017.',
    lesson:
      'Trust moves to the exporter and the seal vendor: approval of vendors, reader coverage at ports and container ' +
      'depots, and a fallback when a seal cannot be read must all be in place on day one.',
  },
  // 33
  {
    kind: 'LESSON',
    author: 'member2@example.org',
    status: 'CHANGES_REQUESTED',
    created: daysAgo(70, '07:30'),
    history: [
      { action: 'submit', on: daysAgo(69, '07:45') },
      { action: 'assign', on: daysAgo(66, '10:00') },
      {
        action: 'request_changes',
        on: daysAgo(61, '14:20'),
        comment:
          'Please name the source of the FY2020 figures and say how officers handle the travellers the system cannot match.',
      },
    ],
    language: 'en',
    title: 'Facial comparison at scale depends on good reference photographs',
    summary:
      'U.S. CBP reached a match rate above 97% over more than 23 million travellers by comparing against a small ' +
      'gallery of known passport and visa photographs for each journey.',
    body: '',
    technologies: ['biometrics', 'ai'],
    source: 'open-sources',
    documentRef: null,
    context:
      'U.S. Customs and Border Protection used facial comparison at ports of entry for travellers in fiscal year 2020.',
    lesson:
      'Comparing with a small, journey-specific gallery of good-quality photographs gives high match rates and limits ' +
      'privacy concerns; the remaining few percent still need officers.',
  },
  // 34
  {
    kind: 'LESSON',
    author: 'secretariat@example.org',
    status: 'IN_REVIEW',
    created: daysAgo(15, '09:00'),
    history: [
      { action: 'submit', on: daysAgo(14, '09:30') },
      { action: 'assign', on: daysAgo(14, '11:00') },
    ],
    language: 'fr',
    meeting: 'PTC 209th/210th Sessions',
    title: 'Impression 3D : les fichiers de conception échappent aux contrôles douaniers classiques',
    summary:
      "Les travaux présentés au Comité technique permanent en 2015 ont montré que l'impression 3D déplace le risque " +
      'du bien fini vers le fichier numérique, qui franchit la frontière sans déclaration.',
    body: '',
    technologies: ['3d-printing'],
    source: 'ptc',
    documentRef: 'PC0420F1a',
    context:
      "Recherche sur l'impression 3D présentée lors des 209e/210e sessions du Comité technique permanent, en présence du Groupe consultatif du secteur privé.",
    lesson: md(
      "- Les fichiers de conception sont des transmissions électroniques, aujourd'hui exemptées de droits de douane par le moratoire de l'OMC.",
      "- La responsabilité juridique de l'objet imprimé localement reste à clarifier.",
      "- La gestion des risques et la protection de la propriété intellectuelle doivent s'adapter à ces flux immatériels.",
    ),
  },
  // 35
  {
    kind: 'LESSON',
    author: 'member2@example.org',
    status: 'SUBMITTED',
    created: daysAgo(6, '06:50'),
    history: [{ action: 'submit', on: daysAgo(5, '07:10') }],
    language: 'en',
    title: 'Agree data ownership before connecting a large blockchain consortium',
    summary:
      'Sharing 28 document types in real time between 48 organisations on one export clearance platform depends on ' +
      'clear rules on who owns, may read and may correct each of them.',
    body: '',
    technologies: ['blockchain'],
    source: 'members',
    documentRef: null,
    context:
      'Korea Customs Service and 48 organisations set up a blockchain-based export clearance consortium in September 2018.',
    lesson:
      'Agree access rules per document type before go-live: commercial participants share in real time only what they know competitors cannot read.',
  },
  // 36
  {
    kind: 'LESSON',
    author: 'secretariat@example.org',
    status: 'IN_REVIEW',
    created: daysAgo(36, '10:00'),
    history: [
      { action: 'submit', on: daysAgo(35, '09:00') },
      { action: 'assign', on: daysAgo(34, '10:30') },
    ],
    language: 'fr',
    meeting: 'PTC 221st/222nd Sessions',
    title: 'Carnets ATA sur chaîne de blocs : la technologie est prête, pas le cadre juridique',
    summary:
      "La preuve de concept de la DG TAXUD a montré qu'un registre partagé peut suivre les carnets ATA, mais le cadre " +
      'juridique des carnets ATA reste fondé sur le document papier.',
    body: '',
    technologies: ['blockchain'],
    source: 'ptc',
    documentRef: null,
    context:
      "La Commission européenne a testé à partir de 2017 l'inscription des carnets ATA sur un registre partagé et a " +
      'présenté ses projets pilotes au Comité technique permanent en novembre 2018.',
    lesson:
      'Une preuve de concept réussie ne suffit pas : il faut adapter en parallèle le cadre juridique international, ' +
      'faute de quoi le papier reste obligatoire et le registre fait double emploi.',
    links: [{ type: 'DERIVED_FROM', to: 5 }],
  },
  // 37
  {
    kind: 'LESSON',
    author: 'member2@example.org',
    status: 'WITHDRAWN',
    created: '2019-03-18 07:00',
    history: [
      { action: 'submit', on: '2019-03-18 07:20' },
      { action: 'assign', on: '2019-03-20 09:00' },
      {
        action: 'request_changes',
        on: '2019-04-01 10:00',
        comment: 'Please add first figures from the pilot, such as parcels cleared and clearance times.',
      },
      {
        action: 'withdraw',
        on: '2019-04-08 06:30',
        comment: 'Too early to draw conclusions; I will rewrite it once the pilot record is complete.',
      },
    ],
    language: 'en',
    title: 'First observations from the e-commerce import pilot',
    summary: 'Early notes on clearing e-commerce parcels with order and delivery data shared over a blockchain.',
    body: '',
    technologies: ['blockchain'],
    source: 'members',
    documentRef: null,
    context: 'Korea Customs Service pilot for e-commerce imports, started in January 2019.',
    lesson:
      'Withdrawn by the author: too early to draw conclusions; to be rewritten once the pilot record is complete.',
  },
];
