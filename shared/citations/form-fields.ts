import { Citation, type CitationKind } from './citation';
import { joinList, splitList } from './lists';
import { markupRuns, runsMarkdown } from './markup';

/**
 * A citation as the fields of the hand-editing form, and back. The form is generic: it draws the fields of
 * the chosen kind from this table, so what a kind holds is said once, here.
 */
export interface CitationField {
  name: string;
  label: string;
  /** list: "2171, 2173 and 2983"; markdown: *italics* kept; check: the "See" box */
  type: 'text' | 'list' | 'markdown' | 'check';
  required?: true;
}

const see: CitationField = { name: 'see', label: 'Introduce with “See”', type: 'check' };

export const citationKinds: { kind: CitationKind; label: string; fields: CitationField[] }[] = [
  { kind: 'unts', label: 'United Nations Treaty Series', fields: [
    { name: 'vols', label: 'Volume(s)', type: 'list', required: true },
    { name: 'nos', label: 'Registration number(s)', type: 'list', required: true }, see] },
  { kind: 'ets', label: 'European Treaty Series', fields: [{ name: 'no', label: 'Number', type: 'text', required: true }, see] },
  { kind: 'annex', label: 'Resolution (annex)', fields: [
    { name: 'organ', label: 'Organ (blank in a text of that organ)', type: 'text' },
    { name: 'resolution', label: 'Resolution', type: 'text', required: true },
    { name: 'annex', label: 'Annex (“annex I”; blank for none)', type: 'text' }, see] },
  { kind: 'symbol', label: 'Document symbol', fields: [
    { name: 'symbol', label: 'Symbol', type: 'text', required: true },
    { name: 'locator', label: 'Locator (“annex”, “chap. I”)', type: 'text' }, see] },
  { kind: 'or', label: 'Official Records', fields: [
    { name: 'organ', label: 'Organ', type: 'text', required: true },
    { name: 'year', label: 'Year or session', type: 'text', required: true },
    { name: 'supplement', label: 'Supplement No.', type: 'text' },
    { name: 'symbol', label: 'Symbol', type: 'text' },
    { name: 'locator', label: 'Locator (“chap. I, sect. D”)', type: 'text' }, see] },
  { kind: 'report', label: 'Report (titled)', fields: [
    { name: 'title', label: 'Title', type: 'text', required: true },
    { name: 'locator', label: 'Locator', type: 'text' },
    { name: 'symbol', label: 'Symbol', type: 'text' }, see] },
  { kind: 'text', label: 'Free text (explanatory note)', fields: [{ name: 'text', label: 'Text (*italics*)', type: 'markdown', required: true }] },
];

export type FieldValues = Record<string, string>;

export function citationToFields(citation: Citation): { kind: CitationKind; values: FieldValues } {
  const values: FieldValues = {};
  for (const [name, value] of Object.entries(citation)) {
    if (name === 'kind') continue;
    if (name === 'runs') values['text'] = runsMarkdown(citation.kind === 'text' ? citation.runs : []);
    else if (Array.isArray(value)) values[name] = joinList(value as string[]);
    else if (typeof value === 'boolean') values[name] = value ? 'true' : '';
    else values[name] = value === null ? '' : String(value);
  }
  return { kind: citation.kind, values };
}

export function fieldsToCitation(kind: CitationKind, values: FieldValues): { ok: true; citation: Citation } | { ok: false; error: string } {
  const spec = citationKinds.find((k) => k.kind === kind);
  if (!spec) return { ok: false, error: `unknown kind ${kind}` };
  const draft: Record<string, unknown> = { kind };
  for (const field of spec.fields) {
    const raw = (values[field.name] ?? '').trim();
    if (field.required && !raw) return { ok: false, error: `${field.label} is required` };
    if (field.type === 'check') {
      if (raw) draft[field.name] = true;
    } else if (field.type === 'list') draft[field.name] = splitList(raw);
    else if (field.type === 'markdown') draft['runs'] = markupRuns(raw);
    else draft[field.name] = raw || null;
  }
  const parsed = Citation.safeParse(draft);
  return parsed.success ? { ok: true, citation: parsed.data } : { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid citation' };
}
