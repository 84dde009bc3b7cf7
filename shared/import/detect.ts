/** Which importer reads a file: by its first bytes first (names lie), then by its extension. */
export type Format = 'docx' | 'akn' | 'html' | 'text';

export type Detected = { ok: true; format: Format } | { ok: false; error: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The first characters of the file as Latin-1, enough to recognize markup. */
function head(bytes: Uint8Array, n = 2048): string {
  let out = '';
  const end = Math.min(bytes.length, n);
  // UTF-16 text shows its ASCII as every other byte: skip the NULs
  for (let i = 0; i < end; i += 1) if (bytes[i] !== 0) out += String.fromCharCode(bytes[i]!);
  return out.replace(/^\uFEFF|^\u00EF\u00BB\u00BF|^\u00FF\u00FE|^\u00FE\u00FF/, '').trimStart();
}

export function detectFormat(name: string, bytes: Uint8Array): Detected {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return { ok: true, format: 'docx' };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return { ok: false, error: 'this is an old binary Word (.doc) file: save it as .docx and import that' };
  }
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
    return { ok: false, error: 'this is a PDF: convert it to text (or open it in Word and save as .docx) first' };
  }
  const start = head(bytes);
  if (start.startsWith('{\\rtf')) return { ok: false, error: 'RTF is not supported: save the file as .docx and import that' };
  if (/^\{\s*"format"\s*:\s*"penholder"/.test(start)) return { ok: false, error: 'this is already a Penholder document: open it instead of importing it' };
  if (ext === 'docx') return { ok: false, error: 'not a valid .docx file (it is not a zip archive; the file may be truncated or corrupt)' };
  if (/^<\?xml|^<akomaNtoso|^<!--/.test(start) || ext === 'xml' || ext === 'akn') {
    if (/<akomaNtoso\b|<[a-z]+:akomaNtoso\b/.test(start) || /akomantoso/i.test(start)) return { ok: true, format: 'akn' };
    if (/^<!doctype html|^<html/i.test(start)) return { ok: true, format: 'html' };
    return { ok: false, error: 'this XML file is not Akoma Ntoso (no <akomaNtoso> root)' };
  }
  if (/^<!doctype html|^<html|^<meta|^<body/i.test(start) || ext === 'html' || ext === 'htm') return { ok: true, format: 'html' };
  return { ok: true, format: 'text' };
}
