import type { Rule } from '../rule';
import { adoptingBodyComma } from './adopting-body-comma';
import { alsoFurtherSequence } from './also-further-sequence';
import { capInternet } from './cap-internet';
import { capStates } from './cap-states';
import { chapeauColon } from './chapeau-colon';
import { chapeauRecommendation } from './chapeau-recommendation';
import { citedTitleCase } from './cited-title-case';
import { countryName } from './country-name';
import { dashSpacing } from './dash-spacing';
import { dateFormat } from './date-format';
import { doubleSpace } from './double-space';
import { footnoteCitationFormat } from './footnote-citation-format';
import { footnoteIbidAntecedent } from './footnote-ibid-antecedent';
import { footnoteMarkerPlacement } from './footnote-marker-placement';
import { footnoteMarkerPunctuation } from './footnote-marker-punctuation';
import { footnoteRefReused } from './footnote-ref-reused';
import { footnoteRepeat } from './footnote-repeat';
import { ibidStyle } from './ibid-style';
import { instrumentName } from './instrument-name';
import { itsOwnResolution } from './its-own-resolution';
import { opLastPeriod } from './op-last-period';
import { opTerminalSemicolon } from './op-terminal-semicolon';
import { opVerbForm } from './op-verb-form';
import { openerAdverbOrder } from './opener-adverb-order';
import { openerUnknown } from './opener-unknown';
import { ppTerminalComma } from './pp-terminal-comma';
import { quoteComma } from './quote-comma';
import { rangeDash } from './range-dash';
import { restrictiveWhich } from './restrictive-which';
import { scRemainSeized } from './sc-remain-seized';
import { serialComma } from './serial-comma';
import { sessionOrdinal } from './session-ordinal';
import { spellingBritish } from './spelling-british';
import { spellingIze } from './spelling-ize';
import { strayPunctuation } from './stray-punctuation';
import { subparaTerminal } from './subpara-terminal';
import { typographicQuotes } from './typographic-quotes';
import { unAbbreviation } from './un-abbreviation';

/** The lint catalogue (un-format.md §6.2), in catalogue order. */
export const allRules: readonly Rule[] = [
  ppTerminalComma, opTerminalSemicolon, opLastPeriod, chapeauColon, subparaTerminal, adoptingBodyComma, opVerbForm,
  openerAdverbOrder, openerUnknown, alsoFurtherSequence, spellingIze, spellingBritish, capInternet, capStates,
  citedTitleCase, quoteComma, instrumentName, countryName, typographicQuotes, strayPunctuation, footnoteIbidAntecedent,
  footnoteRefReused, footnoteMarkerPlacement, footnoteMarkerPunctuation, footnoteCitationFormat, footnoteRepeat,
  ibidStyle, serialComma, chapeauRecommendation, restrictiveWhich, dateFormat, rangeDash, sessionOrdinal, unAbbreviation,
  doubleSpace, dashSpacing, itsOwnResolution, scRemainSeized,
];
