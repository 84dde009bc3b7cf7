import type { Citation } from './citation';
import { splitList } from './lists';
import { anchored, LOCATOR, NUMBER_LIST, ORGAN, RESOLUTION_NUMBER, SYMBOL } from './patterns';

/** Full citation forms of un-format.md §5.3, read from the plain text (italics already set aside). */

const UNTS = anchored(String.raw`(See )?United Nations, Treaty Series, vols?\. (${NUMBER_LIST}), Nos?\. (${NUMBER_LIST})\.`);
const ETS = anchored(String.raw`(See )?Council of Europe, European Treaty Series, No\. (\d+)\.`);
const ANNEX = anchored(
  String.raw`(See )?(?:(${ORGAN}) )?[Rr]esolution (${RESOLUTION_NUMBER})(?:, (annex(?:es)?(?: [IVXLC\d]+(?:(?:,| and) [IVXLC\d]+)*)?))?\.`,
);
const DOCUMENT = anchored(String.raw`(See )?(${SYMBOL})(?:, (${LOCATOR}))?\.`);
const RECORDS = anchored(
  String.raw`(See )?Official Records of the ([A-Z][^,]*?), ([^,()]+?)(?:, Supplement No\. ([^\s,()]+))?(?: \((${SYMBOL})\))?(?:, (.+?))?\.`,
);

const withSee = <T extends Citation>(citation: T, see: string | undefined): T => (see ? { ...citation, see: true } : citation);

export function parseFullForm(plain: string): Citation | null {
  let m = UNTS.exec(plain);
  if (m) return withSee({ kind: 'unts', vols: splitList(m[2]!), nos: splitList(m[3]!) }, m[1]);
  m = ETS.exec(plain);
  if (m) return withSee({ kind: 'ets', no: m[2]! }, m[1]);
  m = ANNEX.exec(plain);
  if (m) return withSee({ kind: 'annex', organ: m[2] ?? null, resolution: m[3]!, annex: m[4] ?? null }, m[1]);
  m = RECORDS.exec(plain);
  if (m) {
    const [, see, organ, year, supplement, symbol, locator] = m;
    return withSee(
      { kind: 'or', organ: organ!, year: year!, supplement: supplement ?? null, symbol: symbol ?? null, locator: locator ?? null },
      see,
    );
  }
  m = DOCUMENT.exec(plain);
  if (m) return withSee({ kind: 'symbol', symbol: m[2]!, locator: m[3] ?? null }, m[1]);
  return null;
}
