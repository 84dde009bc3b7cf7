/**
 * Bytes → text for the text-like formats. shared/ has no TextDecoder in its lib, and the importer must
 * say what it did with an odd encoding, so the decoders are written out here (they are short).
 */

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; note: string | null }
  | { ok: false; error: string };

interface FatalDecoder {
  decode(bytes: Uint8Array): string;
}
/** The platform's decoder when there is one (Node, Chromium): fast, and fatal on invalid bytes. */
const platform = (): FatalDecoder | null => {
  const ctor = (globalThis as { TextDecoder?: new (label: string, options: { fatal: boolean }) => FatalDecoder }).TextDecoder;
  return ctor ? new ctor('utf-8', { fatal: true }) : null;
};
const fast = platform();

/** Decodes UTF-8; invalid sequences become U+FFFD and are counted. */
export function decodeUtf8(bytes: Uint8Array, start = 0): { text: string; invalid: number } {
  if (fast) {
    try {
      return { text: fast.decode(bytes.subarray(start)), invalid: 0 };
    } catch {
      // invalid bytes: the slow path below counts and replaces them
    }
  }
  const parts: string[] = [];
  let chunk: number[] = [];
  let invalid = 0;
  const push = (cp: number) => {
    chunk.push(cp);
    if (chunk.length >= 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  };
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      push(b);
      i += 1;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    let cp = need === 3 ? b & 0x07 : need === 2 ? b & 0x0f : b & 0x1f;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k += 1) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    const min = need === 3 ? 0x10000 : need === 2 ? 0x800 : 0x80;
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      push(0xfffd);
      invalid += 1;
      i += 1;
      continue;
    }
    push(cp);
    i += need + 1;
  }
  parts.push(String.fromCodePoint(...chunk));
  return { text: parts.join(''), invalid };
}

function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = start; i + 1 < bytes.length; i += 2) {
    chunk.push(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode(...chunk));
  // lone surrogates from a truncated file become U+FFFD rather than broken text
  return parts.join('').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The bytes 0x80–0x9F of Windows-1252 (Latin-1 elsewhere), the usual "ANSI" of a Western Word export. */
const CP1252 =
  '\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD' +
  '\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    out += b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80]! : String.fromCharCode(b);
  }
  return out;
}

/** UTF-16 without a BOM shows as NUL bytes on every other position of ASCII text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul += 1;
    if (bytes[i + 1] === 0) oddNul += 1;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control characters that never occur in a text document (NUL, and the C0 set apart from tab, LF, FF, CR). */
const controlShare = (text: string): number => {
  let bad = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) bad += 1;
  }
  return n === 0 ? 0 : bad / n;
};

/**
 * Decodes a text file: a BOM decides (UTF-8, UTF-16 LE/BE); BOM-less UTF-16 is recognized by its NUL bytes;
 * otherwise UTF-8, falling back to Windows-1252 when the bytes are not UTF-8 (an old "ANSI" export).
 * Binary content is refused with one line.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  let result: Decoded;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const { text, invalid } = decodeUtf8(bytes, 3);
    result = { ok: true, text, encoding: 'utf-8', note: invalid ? `${invalid} invalid UTF-8 sequences replaced by �` : null };
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const le = bytes[0] === 0xff;
    result = { ok: true, text: decodeUtf16(bytes, 2, le), encoding: le ? 'utf-16le' : 'utf-16be', note: `decoded as UTF-16 (${le ? 'LE' : 'BE'}, with BOM)` };
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      result = { ok: true, text: decodeUtf16(bytes, 0, utf16 === 'utf-16le'), encoding: utf16, note: `decoded as UTF-16 (${utf16 === 'utf-16le' ? 'LE' : 'BE'}, no BOM)` };
    } else {
      const { text, invalid } = decodeUtf8(bytes);
      if (invalid === 0) result = { ok: true, text, encoding: 'utf-8', note: null };
      else if (invalid <= 3 && text.length > 200) {
        result = { ok: true, text, encoding: 'utf-8', note: `${invalid} invalid UTF-8 sequences replaced by �` };
      } else {
        result = { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252', note: 'not UTF-8: decoded as Windows-1252 (Latin-1); check accented letters' };
      }
    }
  }
  if (result.ok && controlShare(result.text) > 0.02) {
    return { ok: false, error: 'the file is binary, not text (unsupported format or corrupt file)' };
  }
  return result;
}
