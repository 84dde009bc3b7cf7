import {
  makeAdoptingBody,
  makeFootnoteList,
  makeHeader,
  makeOperative,
  makePreambular,
  makeTitle,
  type HeaderInit,
} from './factories';
import type { TopBlock } from './types';

export type TemplateId = 'ga-plenary' | 'ga-committee' | 'ecosoc' | 'hrc' | 'security-council' | 'ccpcj';

export interface Template {
  id: TemplateId;
  /** shown in the New dialog */
  name: string;
  header: HeaderInit;
  adoptingBody: string;
  /** the lint rule set for the organ */
  ruleSet: string;
}

const limited = { distribution: 'Limited' as const, languageLine: 'Original: English' };

export const templates: readonly Template[] = [
  {
    id: 'ga-plenary',
    name: 'General Assembly plenary draft',
    header: { fields: { organ: 'General Assembly', symbol: 'A/81/L.', session: 'Eighty-first session', ...limited }, sponsorLabel: 'draft resolution' },
    adoptingBody: 'The General Assembly,',
    ruleSet: 'ga',
  },
  {
    id: 'ga-committee',
    name: 'General Assembly Main Committee draft (Third Committee)',
    header: {
      fields: { organ: 'General Assembly', symbol: 'A/C.3/81/L.', subsidiaryBody: 'Third Committee', session: 'Eighty-first session', ...limited },
      sponsorLabel: 'draft resolution',
    },
    adoptingBody: 'The General Assembly,',
    ruleSet: 'ga',
  },
  {
    id: 'ecosoc',
    name: 'Economic and Social Council draft',
    header: { fields: { organ: 'Economic and Social Council', symbol: 'E/2027/L.', session: '2027 session', ...limited }, sponsorLabel: 'draft resolution' },
    adoptingBody: 'The Economic and Social Council,',
    ruleSet: 'ecosoc',
  },
  {
    id: 'hrc',
    name: 'Human Rights Council draft',
    header: {
      fields: { organ: 'General Assembly', symbol: 'A/HRC/64/L.', subsidiaryBody: 'Human Rights Council', session: 'Sixty-fourth session', ...limited },
      sponsorLabel: 'draft resolution',
    },
    adoptingBody: 'The Human Rights Council,',
    ruleSet: 'hrc',
  },
  {
    id: 'security-council',
    name: 'Security Council draft',
    header: { fields: { organ: 'Security Council', symbol: 'S/2026/', distribution: 'Limited', languageLine: 'Original: English' } },
    adoptingBody: 'The Security Council,',
    ruleSet: 'sc',
  },
  {
    id: 'ccpcj',
    name: 'Functional commission draft (Commission on Crime Prevention and Criminal Justice)',
    header: {
      fields: {
        organ: 'Economic and Social Council',
        symbol: 'E/CN.15/2027/L.',
        subsidiaryBody: 'Commission on Crime Prevention and Criminal Justice',
        session: 'Thirty-sixth session',
        placeAndDates: 'Vienna',
        ...limited,
      },
      sponsorLabel: 'draft resolution',
    },
    adoptingBody: 'The Commission on Crime Prevention and Criminal Justice,',
    ruleSet: 'functional-commission',
  },
];

export const templateById = (id: TemplateId): Template => templates.find((t) => t.id === id) ?? templates[0]!;

/** A new document's value: header, empty title, the organ's formula, one empty PP and one empty OP. */
export function newDocumentValue(id: TemplateId): TopBlock[] {
  const template = templateById(id);
  return [
    makeHeader({ kind: 'draft-resolution', ...template.header }),
    makeTitle(''),
    makeAdoptingBody(template.adoptingBody),
    makePreambular(''),
    makeOperative(''),
    makeFootnoteList(),
  ];
}
