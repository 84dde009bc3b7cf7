import { DATE_PATTERN } from '../dates';

/** Patterns of masthead and session-block lines (un-format.md §1.2), tried on one header piece each. */

const M = '\uE010*';
export const ORGANS = ['General Assembly', 'Economic and Social Council', 'Security Council', 'Trusteeship Council'];

export const HEADER = {
  symbol: new RegExp(String.raw`^United Nations\s+([A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]+)+)\s*(${M})$`),
  unitedNations: /^United Nations$/,
  organ: new RegExp(`^(${ORGANS.join('|')})$`),
  distribution: new RegExp(String.raw`^Distr\.:?\s*(General|Limited|Restricted)\b\s*(${DATE_PATTERN})?$`),
  date: new RegExp(`^(${DATE_PATTERN})$`),
  language: /^(Original:\s*[A-Z][a-z]+(?:\/[A-Z][a-z]+)*|(?:[A-Z][a-z]+(?:, | and )?)+ only)$/,
  session: /^([A-Z][a-z]+(?:-[a-z]+)?(?: special| resumed| emergency special)? session|\d{4}(?: [a-z]+)? session)$/,
  place: new RegExp(String.raw`^([A-Z][A-Za-z .'’\-]*,\s+\d{1,2}(?:[\s\u00a0]+[A-Z][a-z]+)?\s*[-–]\s*${DATE_PATTERN}|[A-Z][A-Za-z .'’\-]*,\s+${DATE_PATTERN})$`),
  agendaItem: new RegExp(String.raw`^((?:Provisional a|A)genda items? \d+(?:\s?\([a-z]{1,2}\))?(?:(?:,| and) \d+(?:\s?\([a-z]{1,2}\))?)*|Items? \d+(?:\s?\([a-z]{1,2}\))?(?: and \d+)? of the (?:provisional|preliminary) (?:agenda|list))\s*(${M})$`),
  adoption: new RegExp(String.raw`^Resolution adopted by the (.+?) on (${DATE_PATTERN})$`),
  provenance: /^\[((?:on the (?:recommendation|report|proposal) of|without reference to) .+)\]$/,
  sponsors: new RegExp(String.raw`^(.+?):\s*((?:[Rr]evised )?[Dd]raft (?:resolution|decision))\s*(${M})$`),
  chapeau: /^The .+? recommends? to the .+? (?:the )?(?:adoption|approval) of the following draft (?:resolution|decision)\b.*$/,
  subsidiary: /^((?:Commission|Committee|Conference|Board|Sub-Commission|Working Group|Special Committee|Ad Hoc Committee|Preparatory Committee|Human Rights Council|Executive Board|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee)\b[^.:;]*)$/,
  reportMarker: /^(Report of the [^.]+|Note by the Secretar(?:y-General|iat)|Letter dated .+)$/,
  resolutionNumber: /^(\d{1,4}\/\d+(?:\s[A-Z])?)\.\s+/,
};

/** Run-on masthead lines ("Twenty-eighth session Vienna, 20–24 May 2019 Agenda item 8 World crime …"). */
export const RUN_ON = {
  session: /^([A-Z][a-z]+(?:-[a-z]+)? session|\d{4} session)\s+/,
  place: new RegExp(String.raw`^([A-Z][A-Za-z .'’\-]*,\s+\d{1,2}(?:[\s\u00a0]+[A-Z][a-z]+)?\s*[-–]\s*${DATE_PATTERN}|[A-Z][A-Za-z .'’\-]*,\s+${DATE_PATTERN})\s*`),
  agendaItem: /^((?:Agenda item|Item) \d+(?:\s?\([a-z]{1,2}\))?(?: of the provisional agenda)?)\s*/,
};

/** The enacting formula (un-format.md §7.2), tried on a paragraph with emphasis removed. */
export const FORMULA =
  /^(The (?:General Assembly|Economic and Social Council|Security Council|Human Rights Council|Trusteeship Council|Commission on [A-Z][\w ]+|Conference of the Parties[\w ]*|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee)),?$/;

/** "33rd plenary meeting", "48th (resumed) plenary meeting", then the date. */
export const CLOSING = new RegExp(String.raw`^(\d+(?:st|nd|rd|th)(?: \(resumed\))? (?:plenary )?meeting)[\s,]+(${DATE_PATTERN})$`);
export const CLOSING_START = /^\*?\d+(?:st|nd|rd|th)(?: \(resumed\))? (?:plenary )?meeting\b/;
