import { Node, type Descendant } from 'slate';
import { renderedFootnotes } from '../footnotes/rendered';
import { ResolutionElement } from '../model/guards';
import { containers, mainContainer, paragraphRefs } from '../model/numbering';
import type { DocumentSettings } from '../model/settings';
import { paragraphText } from '../model/text';
import type { DocumentKind, Header } from '../model/types';

/** `penholder inspect --json` (cli.md): a summary derived from the value, never stored. */
export interface DocumentSummary {
  kind: DocumentKind;
  organ: string | null;
  symbol: string | null;
  date: string | null;
  distribution: string | null;
  resolutionNumber: string | null;
  title: string;
  adoptingBody: string | null;
  nested: { adoptingBody: string; via: string } | null;
  sponsors: string[];
  sponsorNotes: Record<string, string>;
  preambular: number;
  operative: number;
  subparagraphs: number;
  footnotes: { number: number; text: string }[];
  symbolFootnotes: { symbol: string; anchor: string; target?: string; text: string }[];
  paragraphs: { ref: string; opener: string; text: string }[];
}

/** The formula without its comma: "The General Assembly". */
export const formulaOf = (line: string): string => line.trim().replace(/[,:;.]$/, '').trim();

const openerOf = (children: readonly Descendant[]): string =>
  children
    .filter((c) => 'text' in c && c.opener === true && !c.del)
    .map((c) => ('text' in c ? c.text : ''))
    .join('');

export function summarize(value: readonly Descendant[], settings: Pick<DocumentSettings, 'ibidStyle'>): DocumentSummary {
  const header = value.find(ResolutionElement.isHeader) as Header | undefined;
  const fields = header?.fields;
  const main = mainContainer(value);
  const all = containers(value);
  const formula = (nodes: readonly Descendant[]) => {
    const line = nodes.find(ResolutionElement.isAdoptingBody);
    return line ? formulaOf(Node.string(line)) : null;
  };
  const outer = all.length > 1 ? all[all.length - 2]! : null;
  const via = outer?.find(ResolutionElement.isOperative);
  const nested =
    outer && formula(outer) !== null ? { adoptingBody: formula(outer)!, via: via ? paragraphText(via.children) : '' } : null;
  const ops = main.filter(ResolutionElement.isOperative).filter((op) => !op.del);
  const refs = paragraphRefs(value);
  const paragraphs: DocumentSummary['paragraphs'] = [];
  const visit = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if (ResolutionElement.isEmbedded(node)) visit(node.children);
      else if (ResolutionElement.isParagraph(node) && !node.del) {
        paragraphs.push({ ref: refs.get(node.id) ?? '', opener: openerOf(node.children), text: paragraphText(node.children) });
      }
    }
  };
  visit(value);
  const sponsors = header?.sponsors.filter((s) => !s.withdrawn) ?? [];
  const symbolNotes = header?.symbolNotes ?? [];
  const title = value.find((n) => 'type' in n && n.type === 'title');
  return {
    kind: header?.kind ?? 'draft-resolution',
    organ: fields?.organ ?? null,
    symbol: fields?.symbol ?? null,
    date: fields?.date ?? null,
    distribution: fields?.distribution ?? null,
    resolutionNumber: fields?.resolutionNumber ?? null,
    title: title ? Node.string(title) : '',
    adoptingBody: formula(main),
    nested,
    sponsors: sponsors.map((s) => s.name),
    sponsorNotes: Object.fromEntries(sponsors.filter((s) => s.onBehalfOf).map((s) => [s.name, s.onBehalfOf!])),
    preambular: main.filter(ResolutionElement.isPreambular).filter((p) => !p.del).length,
    operative: ops.filter((op) => op.level === 0).length,
    subparagraphs: ops.filter((op) => op.level > 0).length,
    footnotes: renderedFootnotes(value, settings).map(({ number, text }) => ({ number, text })),
    symbolFootnotes: symbolNotes.map((note, i) => ({
      symbol: '*'.repeat(i + 1),
      anchor: note.anchor,
      ...(note.target ? { target: note.target } : {}),
      text: note.text,
    })),
    paragraphs,
  };
}
