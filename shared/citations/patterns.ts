/** Regular-expression pieces of UN citation forms, shared by the parsers (sources, not RegExp objects). */

/** A/51/385, A/S-27/12, A/CONF.213/18, E/CN.15/2019/L.3/Rev.1, E/2007/30/Rev.1 */
export const SYMBOL = String.raw`[A-Z]{1,8}(?:[.\-][A-Z0-9]+)*(?:\/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+`;

/** One locator item: "annex I", "chap. I", "sect. D", "part one", "resolution 1", "para. 5". */
const LOCATOR_ITEM = String.raw`(?:annex(?:es)?|appendix|enclosure|attachment|chaps?\.|sects?\.|parts?|paras?\.|resolutions?|decisions?|vol\.|pp?\.|footnote|table|figure|No\.)(?:\s[^,()]+)?`;

/** "chap. I, sect. D": one or more locator items separated by commas. */
export const LOCATOR = String.raw`${LOCATOR_ITEM}(?:, ${LOCATOR_ITEM})*`;

/** 55/25, 2200 A (XXI), 217 A (III), S-27/2, ES-11/1, 2005/20, 59/113 A */
export const RESOLUTION_NUMBER = String.raw`(?:(?:S|ES)-)?\d+\/\d+(?: [A-Z])?|\d+(?: [A-Z])? \([IVXLC]+\)`;

/** A volume or registration-number list: "2171, 2173 and 2983", "970–973", "17512 and 17513". */
export const NUMBER_LIST = String.raw`[0-9A-Z][0-9A-Z‐‑–-]*(?:(?:,? and |, )[0-9A-Z][0-9A-Z‐‑–-]*)*`;

/** Organs whose resolutions a footnote names ("General Assembly resolution 55/25, annex I."). */
export const ORGAN = String.raw`General Assembly|Economic and Social Council|Security Council|Human Rights Council|Trusteeship Council`;

export const anchored = (source: string): RegExp => new RegExp(`^${source}$`);
