import type { Citation } from './citation';
import { splitList } from './lists';
import { anchored, LOCATOR, NUMBER_LIST, SYMBOL } from './patterns';

/**
 * "Ibid." forms, resolved against the citation of the footnote before (the importer passes it). A Treaty
 * Series locator needs no antecedent: "vol. …, No. …" can only be the Treaty Series (001 fn 3 has a wrong
 * antecedent and still means the Treaty Series). Everything else borrows the antecedent's work.
 */

const UNTS = anchored(String.raw`, vols?\. (${NUMBER_LIST}), Nos?\. (${NUMBER_LIST})\.`);
const ETS = anchored(String.raw`, No\. (\d+)\.`);
const LOCATOR_ONLY = anchored(String.raw`, (${LOCATOR})\.`);
const RECORDS = anchored(
  String.raw`, ([^,()]+?)(?:, Supplement No\. ([^\s,()]+))?(?: \((${SYMBOL})\))?(?:, (.+?))?\.`,
);

const stripSee = (c: Citation): Citation => {
  if (!('see' in c)) return c;
  const { see: _see, ...rest } = c;
  return rest as Citation;
};

function withLocator(previous: Citation, locator: string): Citation | null {
  switch (previous.kind) {
    case 'symbol':
    case 'report':
    case 'or':
      return { ...previous, locator };
    case 'annex':
      return locator.startsWith('annex') ? { ...previous, annex: locator } : null;
    default:
      return null;
  }
}

/** `rest` is what follows "Ibid." ("" or ", vol. 2171, No. 27531."); null when it cannot be resolved. */
export function resolveIbid(rest: string, previous: Citation | null, see: boolean): Citation | null {
  const base = previous && previous.kind !== 'text' ? stripSee(previous) : null;
  const resolved = ((): Citation | null => {
    let m = UNTS.exec(rest);
    if (m) return { kind: 'unts', vols: splitList(m[1]!), nos: splitList(m[2]!) };
    if (!base) return null;
    if (rest === '' || rest === '.') return base;
    m = ETS.exec(rest);
    if (m && base.kind === 'ets') return { kind: 'ets', no: m[1]! };
    m = LOCATOR_ONLY.exec(rest);
    if (m) return withLocator(base, m[1]!);
    m = RECORDS.exec(rest);
    if (m && base.kind === 'or') {
      const [, year, supplement, symbol, locator] = m;
      return { ...base, year: year!, supplement: supplement ?? null, symbol: symbol ?? null, locator: locator ?? null };
    }
    return null;
  })();
  return resolved && see && resolved.kind !== 'text' ? { ...resolved, see: true } : resolved;
}
