import type { Diagnostic } from '../../../shared/formatting/diagnostic';

/** One diagnostic as `penholder lint --json` prints it (cli.md); `related` and multi-paragraph fix edits are extra. */
export function diagnosticJson(d: Diagnostic, refOf: (paragraphId: string) => string) {
  const fix = d.fix
    ? {
        replacement: d.fix.replacement,
        ...(d.fix.edits ? { edits: d.fix.edits.map((e) => ({ ref: refOf(e.paragraphId), range: e.range, replacement: e.replacement })) } : {}),
        ...(d.fix.marker ? { marker: { from: d.fix.marker.from, to: d.fix.marker.to } } : {}),
      }
    : null;
  return {
    rule: d.rule,
    severity: d.severity,
    ref: d.ref,
    range: d.range,
    message: d.message,
    fix,
    ...(d.related ? { related: d.related } : {}),
  };
}

/** The human-readable report: one line per diagnostic, then the counts. */
export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  const lines = diagnostics.map((d) => {
    const where = d.range ? `${d.ref}:${d.range.start}-${d.range.end}` : d.ref;
    const fix = d.fix ? `  [fix: “${d.fix.replacement}”]` : '';
    return `${where.padEnd(16)} ${d.severity.padEnd(7)} ${d.rule.padEnd(27)} ${d.message}${fix}`;
  });
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  lines.push(`${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`);
  return lines;
}
