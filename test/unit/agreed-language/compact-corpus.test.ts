import { describe, expect, it } from 'vitest';
import { decodeCorpus, encodeCorpus } from '../../../shared/agreed-language/compact-corpus';
import { CORPUS_NOTICE } from '../../../shared/agreed-language/passage';
import { fixtureDocuments } from './corpus-fixture';

describe('the compact shipped corpus', () => {
  const sources = [{ repo: 'UNxml/GAresolutions', commit: 'abc' }];

  it('round-trips documents, paragraphs and the notice', () => {
    const encoded = encodeCorpus(fixtureDocuments(), CORPUS_NOTICE, sources);
    const decoded = decodeCorpus(JSON.parse(JSON.stringify(encoded)));
    expect(decoded).toEqual({ ok: true, documents: fixtureDocuments(), notice: CORPUS_NOTICE });
  });

  it('stores each text once: agreed language repeats across years', () => {
    const encoded = encodeCorpus(fixtureDocuments(), CORPUS_NOTICE, sources);
    const paragraphs = fixtureDocuments().reduce((n, d) => n + d.paragraphs.length, 0);
    expect(encoded.texts.length).toBeLessThan(paragraphs);
    expect(new Set(encoded.texts).size).toBe(encoded.texts.length);
  });

  it.each([
    ['null', null, /not a Penholder corpus/],
    ['another format', { format: 'other', version: 1 }, /not a Penholder corpus/],
    ['missing tables', { format: 'penholder-corpus', version: 1, documents: [] }, /incomplete/],
    ['a paragraph pointing past the texts', { format: 'penholder-corpus', version: 1, notice: '', sources: [], bodies: ['General Assembly'], leads: [''], texts: ['a'], documents: [['A/RES/1', 0, '', 't', [['PP1', 0, 0, 7]]]] }, /A\/RES\/1: a paragraph is malformed/],
    ['a malformed document row', { format: 'penholder-corpus', version: 1, bodies: [], leads: [], texts: [], documents: [['A/RES/1']] }, /malformed/],
  ])('refuses %s', (_name, value, message) => {
    const decoded = decodeCorpus(value);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(message);
  });
});
