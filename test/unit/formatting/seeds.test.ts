import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../shared/formatting/lint';
import { buildView } from '../../../shared/formatting/view/doc-view';
import { importShared, sharedDir, shippedInstruments } from './seed-docs';

interface Expectation {
  knownError: number;
  rule: string;
  ref: string;
  text?: string;
}
interface SeedFixture {
  knownErrors: Expectation[];
  clean?: boolean;
  alsoFurther?: { runs: number; paragraphs: string[] };
  mustNotFlag?: { rule: string; refs: string[] }[];
}

const fixtures = JSON.parse(readFileSync(new URL('../../fixtures/lint/seed-known-errors.json', import.meta.url), 'utf8')) as Record<string, SeedFixture | string>;
const expected = JSON.parse(readFileSync(`${sharedDir}seeds/expected.json`, 'utf8')) as {
  documents: Record<string, { knownErrors?: string[]; mustNotFlag?: string[] }>;
};

const seeds = Object.entries(fixtures).filter((e): e is [string, SeedFixture] => typeof e[1] !== 'string');

describe.each(seeds)('seed %s (real imported text)', (name, fixture) => {
  const file = importShared(`seeds/${name}`);
  const diagnostics = lint(file.body, { settings: file.settings, instruments: shippedInstruments });
  const view = buildView(file.body, file.settings, null);
  const flagged = (d: (typeof diagnostics)[number]) =>
    d.range ? (view.byId.get(d.paragraphId)?.text ?? '').slice(d.range.start, d.range.end) : '';

  it('maps every knownErrors entry of expected.json', () => {
    const known = expected.documents[name]?.knownErrors ?? [];
    const covered = new Set(fixture.knownErrors.map((e) => e.knownError));
    expect([...covered].sort((a, b) => a - b)).toEqual(known.map((_, i) => i));
  });

  it.each(fixture.knownErrors.map((e) => [`${e.rule} at ${e.ref}${e.text ? ` “${e.text}”` : ''}`, e] as const))(
    'reports %s at error or warning level',
    (_, e) => {
      const hits = diagnostics.filter(
        (d) => d.rule === e.rule && (d.ref === e.ref || d.related?.includes(e.ref)) && (!e.text || flagged(d) === e.text),
      );
      expect(hits.length, JSON.stringify(diagnostics.filter((d) => d.rule === e.rule))).toBeGreaterThan(0);
      expect(hits.some((d) => d.severity === 'error' || d.severity === 'warning')).toBe(true);
    },
  );

  if (fixture.alsoFurther) {
    const { runs, paragraphs } = fixture.alsoFurther;
    it(`reports ${runs} also/further runs covering exactly ${paragraphs.length} paragraphs (un-format.md §3)`, () => {
      const found = diagnostics.filter((d) => d.rule === 'also-further-sequence');
      expect(found).toHaveLength(runs);
      expect(found.flatMap((d) => [d.ref, ...(d.related ?? [])]).sort()).toEqual([...paragraphs].sort());
      expect(found.every((d) => d.severity === 'warning')).toBe(true);
    });
  }

  for (const rule of fixture.mustNotFlag ?? []) {
    it(`respects mustNotFlag: ${rule.rule} stays off ${rule.refs.join(', ')}`, () => {
      const touching = diagnostics.filter((d) => d.rule === rule.rule && [d.ref, ...(d.related ?? [])].some((r) => rule.refs.includes(r)));
      expect(touching).toEqual([]);
      expect(expected.documents[name]?.mustNotFlag?.length).toBeGreaterThan(0);
    });
  }

  if (fixture.clean) {
    it('produces no error and no warning', () => {
      expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    });
  }
});
