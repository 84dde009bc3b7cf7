import type { Descendant } from 'slate';
import { makeFootnoteList, makeHeader, makeTitle, makeRecommendation } from '../model/factories';
import { PenholderFile } from '../model/file-schema';
import { normalizeValue } from '../model/headless';
import { makeFile } from '../model/read-file';
import { defaultSettings } from '../model/settings';
import type { TopBlock } from '../model/types';
import type { ImportResult } from './index';
import { countStructure, describeCounts, sameCounts } from './counts';
import type { ReportBuilder } from './report';
import type { BuiltDocument } from './structure/build';

/**
 * The last step of every importer: the Slate value in region order, run through the same structure
 * normalizers as typed text, checked against the file schema. A document that fails the schema is refused
 * whole: an import never yields half a document.
 */
export function finalize(built: BuiltDocument, report: ReportBuilder): ImportResult {
  const value: TopBlock[] = [makeHeader(built.header)];
  if (built.recommendation) value.push(makeRecommendation(built.recommendation));
  if (built.title) value.push(makeTitle(built.title));
  value.push(...built.body);
  if (built.closing) value.push(built.closing);
  value.push(...built.annexes);
  value.push(makeFootnoteList(built.footnotes));
  const before = countStructure(value);
  const normalized = normalizeValue(value as Descendant[]);
  const after = countStructure(normalized);
  if (!sameCounts(before, after)) {
    report.warn(`the structure rules changed the import: ${describeCounts(before)} became ${describeCounts(after)}`);
  }
  report.found(describeCounts(after));
  const settings = {
    ...defaultSettings(),
    footnoteRepeat: built.footnoteRepeat,
    ...(built.ibidStyle ? { ibidStyle: built.ibidStyle } : {}),
  };
  if (built.footnoteRepeat === 'new-footnote') report.found('footnote repeat policy: new-footnote (an operative footnote repeats a preamble citation)');
  if (built.ibidStyle) report.found(`Ibid. style: ${built.ibidStyle} (from the first Ibid.)`);
  const built_report = report.build();
  const file = makeFile(normalized, { settings, notes: [...built.notes, ...built_report.warnings] });
  const checked = PenholderFile.safeParse(JSON.parse(JSON.stringify(file)));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, error: `the import produced an invalid document (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})` };
  }
  return { ok: true, file: checked.data, report: built_report };
}
