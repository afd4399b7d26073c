// Reference data of the Study Report Tracker: the taxonomies of SPEC §3 and the public facts of
// shared/SAMPLE-FACTS.md (meetings, organisations, report structure).
import type { TOrganisationType, TRole, TSourceKind } from '@srt/contracts';

export const TECHNOLOGIES = [
  {
    slug: 'blockchain',
    nameEn: 'Blockchain',
    nameFr: 'Chaîne de blocs',
    description: 'Distributed ledgers shared between administrations and trade.',
  },
  {
    slug: 'iot',
    nameEn: 'Internet of Things',
    nameFr: 'Internet des objets',
    description: 'Connected sensors, electronic seals and cargo tracking.',
  },
  {
    slug: 'ai',
    nameEn: 'Artificial Intelligence',
    nameFr: 'Intelligence artificielle',
    description: 'Machine learning for risk management, image analysis and data analytics.',
  },
  {
    slug: '3d-printing',
    nameEn: '3D printing',
    nameFr: 'Impression 3D',
    description: 'Additive manufacturing and the trade in design files.',
  },
  {
    slug: 'biometrics',
    nameEn: 'Biometrics',
    nameFr: 'Biométrie',
    description: 'Facial comparison and other biometric identification at borders.',
  },
  {
    slug: 'drones',
    nameEn: 'Drones',
    nameFr: 'Drones',
    description: 'Unmanned aerial vehicles for surveillance and inspection.',
  },
  {
    slug: 'virtual-reality',
    nameEn: 'Virtual reality',
    nameFr: 'Réalité virtuelle',
    description: 'Immersive environments for training and inspection (added in the 2019 edition).',
  },
] as const;

export const SOURCE_BODIES: { slug: string; name: string; kind: TSourceKind }[] = [
  { slug: 'ptc', name: 'Permanent Technical Committee (PTC)', kind: 'PTC' },
  { slug: 'vwg-fc', name: 'Virtual Working Group on the Future of Customs (VWG FC)', kind: 'VWG_FC' },
  { slug: 'wco-secretariat', name: 'WCO Secretariat', kind: 'SECRETARIAT' },
  { slug: 'council', name: 'Council', kind: 'WCO_BODY' },
  { slug: 'policy-commission', name: 'Policy Commission', kind: 'WCO_BODY' },
  { slug: 'imsc', name: 'Information Management Sub-Committee', kind: 'WCO_BODY' },
  { slug: 'dmpt', name: 'Data Model Project Team', kind: 'WCO_BODY' },
  { slug: 'enforcement-committee', name: 'Enforcement Committee', kind: 'WCO_BODY' },
  { slug: 'capacity-building-committee', name: 'Capacity Building Committee', kind: 'WCO_BODY' },
  { slug: 'integrity-sub-committee', name: 'Integrity Sub-Committee', kind: 'WCO_BODY' },
  { slug: 'safe-wg', name: 'SAFE Working Group', kind: 'WCO_BODY' },
  { slug: 'teg-nii', name: 'Technical Experts Group on Non-Intrusive Inspection', kind: 'WCO_BODY' },
  { slug: 'pscg', name: 'Private Sector Consultative Group', kind: 'WCO_BODY' },
  { slug: 'members', name: 'WCO Members', kind: 'MEMBER' },
  { slug: 'open-sources', name: 'Open sources', kind: 'OPEN_SOURCE' },
];

export const MEETINGS = [
  {
    source: 'ptc',
    title: 'PTC 209th/210th Sessions',
    startDate: '2015-10-14',
    endDate: '2015-10-16',
    location: 'Brussels',
    agendaRef: null,
    notes:
      '3D printing research presented; the Private Sector Consultative Group attended as observers for the first time.',
  },
  {
    source: 'ptc',
    title: 'PTC 215th/216th Sessions',
    startDate: '2017-03-01',
    endDate: null,
    location: 'Brussels',
    agendaRef: null,
    notes:
      'Spring 2017 (day not recorded in the sample). Data analysis theme; the working group to focus on disruptive technologies.',
  },
  {
    source: 'ptc',
    title: 'PTC 217th/218th Sessions',
    startDate: '2017-10-01',
    endDate: null,
    location: 'Brussels',
    agendaRef: null,
    notes:
      'October 2017 (day not recorded in the sample). Break-out session on disruptive technologies; the Study Report to be developed during the intersession.',
  },
  {
    source: 'ptc',
    title: 'PTC 219th/220th Sessions',
    startDate: '2018-04-16',
    endDate: '2018-04-20',
    location: 'Brussels',
    agendaRef: null,
    notes:
      'Full day on disruptive technologies with workshops; the draft Study Report supported, to be revisited in spring 2019.',
  },
  {
    source: 'ptc',
    title: 'PTC 221st/222nd Sessions',
    startDate: '2018-11-05',
    endDate: '2018-11-08',
    location: 'Brussels',
    agendaRef: null,
    notes: 'Strategic foresight work began; EU blockchain pilots presented.',
  },
  {
    source: 'ptc',
    title: 'PTC 223rd/224th Sessions',
    startDate: '2019-03-05',
    endDate: '2019-03-08',
    location: 'Brussels',
    agendaRef: null,
    notes:
      'The Study Report endorsed; panels on key success factors and on legal aspects and standardisation of blockchain.',
  },
];

export const ORGANISATIONS: { key: string; name: string; type: TOrganisationType; country: string | null }[] = [
  { key: 'wco', name: 'WCO Secretariat', type: 'WCO_SECRETARIAT', country: null },
  { key: 'nl', name: 'Netherlands Customs', type: 'CUSTOMS_ADMINISTRATION', country: 'NL' },
  { key: 'kr', name: 'Korea Customs Service', type: 'CUSTOMS_ADMINISTRATION', country: 'KR' },
  { key: 'ng', name: 'Nigeria Customs Service', type: 'CUSTOMS_ADMINISTRATION', country: 'NG' },
  { key: 'pscg', name: 'Private Sector Consultative Group', type: 'PRIVATE_SECTOR', country: null },
  { key: 'idb', name: 'Inter-American Development Bank', type: 'INTERNATIONAL_ORGANISATION', country: null },
  { key: 'br', name: 'Receita Federal do Brasil', type: 'CUSTOMS_ADMINISTRATION', country: 'BR' },
  { key: 'mx', name: 'Agencia Nacional de Aduanas de México', type: 'CUSTOMS_ADMINISTRATION', country: 'MX' },
  {
    key: 'pe',
    name: 'Superintendencia Nacional de Aduanas y de Administración Tributaria (SUNAT)',
    type: 'CUSTOMS_ADMINISTRATION',
    country: 'PE',
  },
  { key: 'cr', name: 'Dirección General de Aduanas de Costa Rica', type: 'CUSTOMS_ADMINISTRATION', country: 'CR' },
  { key: 'us', name: 'U.S. Customs and Border Protection', type: 'CUSTOMS_ADMINISTRATION', country: 'US' },
  { key: 'jp', name: 'Japan Customs', type: 'CUSTOMS_ADMINISTRATION', country: 'JP' },
  { key: 'in', name: 'Central Board of Indirect Taxes and Customs', type: 'CUSTOMS_ADMINISTRATION', country: 'IN' },
  { key: 'ke', name: 'Kenya Revenue Authority', type: 'CUSTOMS_ADMINISTRATION', country: 'KE' },
  { key: 'eu', name: 'European Commission (DG TAXUD)', type: 'INTERNATIONAL_ORGANISATION', country: null },
  { key: 'tradelens', name: 'TradeLens (A.P. Moller-Maersk and IBM)', type: 'PRIVATE_SECTOR', country: null },
];

export const DEMO_ACCOUNTS: {
  email: string;
  displayName: string;
  role: TRole;
  organisation: string;
  language: 'en' | 'fr';
}[] = [
  { email: 'admin@example.org', displayName: 'Ada Admin', role: 'ADMIN', organisation: 'wco', language: 'en' },
  {
    email: 'secretariat@example.org',
    displayName: 'Sam Secretariat',
    role: 'SECRETARIAT',
    organisation: 'wco',
    language: 'en',
  },
  { email: 'member@example.org', displayName: 'Maarten Member', role: 'MEMBER', organisation: 'nl', language: 'en' },
  { email: 'member2@example.org', displayName: 'Min-jun Member', role: 'MEMBER', organisation: 'kr', language: 'en' },
  {
    email: 'delegate@example.org',
    displayName: 'Delphine Délégué',
    role: 'DELEGATE',
    organisation: 'ng',
    language: 'fr',
  },
];

export const DEFAULT_TECHNOLOGY_SECTIONS = [
  { anchor: 'what-it-is', title: 'What it is' },
  { anchor: 'use-in-customs', title: 'Use in Customs, border and supply chain management' },
  { anchor: 'use-more-broadly', title: 'Use more broadly' },
  { anchor: 'risks-and-benefits', title: 'Risks and benefits' },
  { anchor: 'potential-future-applications', title: 'Potential future applications' },
  { anchor: 'recommendations-and-lessons', title: 'Recommendations and lessons learnt' },
];

export const EDITIONS = [
  {
    label: '2018 draft',
    // Begun after the PTC decided in October 2017 to develop the report during the intersession.
    createdAt: '2017-10-23T14:00:00Z',
    publishedAt: '2018-04-20T12:00:00Z',
    technologies: ['blockchain', 'iot', 'ai', '3d-printing', 'biometrics', 'drones'],
  },
  {
    label: '2019 edition',
    // The PTC supported the draft in April 2018, to be revisited in spring 2019.
    createdAt: '2018-05-07T09:00:00Z',
    publishedAt: null,
    technologies: ['blockchain', 'iot', 'ai', '3d-printing', 'biometrics', 'drones', 'virtual-reality'],
  },
] as const;
