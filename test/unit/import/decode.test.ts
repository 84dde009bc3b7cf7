import { describe, expect, it } from 'vitest';
import { decodeText, decodeUtf8, decodeWindows1252 } from '../../../shared/import/decode';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const utf16le = (s: string, bom: boolean) => new Uint8Array(Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]));
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
};
const TEXT = 'The General Assembly,\n\nRecalling its resolution 74/174 on Member States’ efforts — “réunion”,\n';

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8(TEXT), 'utf-8', null],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'utf-8', null],
    ['UTF-16 LE with BOM', utf16le(TEXT, true), 'utf-16le', /UTF-16/],
    ['UTF-16 LE without BOM', utf16le(TEXT, false), 'utf-16le', /no BOM/],
    ['UTF-16 BE with BOM', utf16be(TEXT), 'utf-16be', /UTF-16/],
  ])('reads %s', (_label, bytes, encoding, note) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(TEXT);
    expect(result.encoding).toBe(encoding);
    if (note) expect(result.note).toMatch(note);
    else expect(result.note).toBeNull();
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, and says so', () => {
    const latin1 = new Uint8Array([...Buffer.from('Member States', 'latin1'), 0x92, ...Buffer.from(' efforts, r\xe9union ', 'latin1'), 0x96, 0x20, 0x93, 0x78, 0x94]);
    const result = decodeText(latin1);
    expect(result.ok && result.text).toBe('Member States’ efforts, réunion – “x”');
    expect(result.ok && result.encoding).toBe('windows-1252');
    expect(result.ok && result.note).toMatch(/Windows-1252/);
  });

  it('refuses binary content', () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(decodeText(binary)).toEqual({ ok: false, error: expect.stringMatching(/binary/) });
  });

  it('replaces invalid UTF-8 sequences and counts them', () => {
    const result = decodeUtf8(new Uint8Array([0x41, 0xc3, 0x28, 0x42, 0xe2, 0x82]));
    expect(result).toEqual({ text: 'A\uFFFD(B\uFFFD\uFFFD', invalid: 3 });
    expect(decodeWindows1252(new Uint8Array([0x80, 0xe9]))).toBe('€é');
  });
});
