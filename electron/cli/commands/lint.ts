import { lint } from '../../../shared/formatting/lint';
import { ORGANS, parseOrgan } from '../../../shared/formatting/organs';
import { buildView } from '../../../shared/formatting/view/doc-view';
import { CliError, EXIT, type CliCommand } from '../command';
import { flagString } from '../args';
import { loadDocument } from '../load-document';
import { diagnosticJson, diagnosticLines } from './lint-format';
import { shippedTreaties } from './lint-treaties';

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'check UN resolution format: punctuation, openers, also/further, spelling, citations, footnotes',
  usage: `Usage: penholder lint <file> [--json] [--rules <organ rule set>]

Checks a Penholder document or any importable file against UN resolution format.
  --json            print [{ rule, severity, ref, range, message, fix }] as one JSON array
  --rules <set>     the organ rule set: ${ORGANS.join(', ')} (default: from the document)
Exit codes: 0 no error-level diagnostic, 1 at least one, 2 usage or input error.`,
  valueFlags: ['--rules'],
  booleanFlags: ['--json'],
  run: async (args, io) => {
    const path = args.positional[0];
    if (!path || args.positional.length > 1) {
      io.stderr('usage: penholder lint <file> [--json] [--rules <organ rule set>]\n');
      return EXIT.usage;
    }
    const rules = flagString(args, '--rules');
    const organ = rules === undefined ? null : parseOrgan(rules);
    if (rules !== undefined && !organ) throw new CliError(`unknown rule set '${rules}' (one of: ${ORGANS.join(', ')})`);
    const { file } = await loadDocument(path);
    const instruments = await shippedTreaties();
    const diagnostics = lint(file.body, { settings: file.settings, organ, ignored: file.ignored, instruments });
    if (args.flags.has('--json')) {
      const refs = buildView(file.body, file.settings, organ).refs;
      io.stdout(`${JSON.stringify(diagnostics.map((d) => diagnosticJson(d, (id) => refs.get(id) ?? id)), null, 1)}\n`);
    } else {
      io.stdout(`${diagnosticLines(diagnostics).join('\n')}\n`);
    }
    return diagnostics.some((d) => d.severity === 'error') ? EXIT.failure : EXIT.ok;
  },
};
