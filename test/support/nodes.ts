import {
  clause,
  makeAdoptingBody,
  makeFootnoteList,
  makeHeader,
  makeOperative,
  makePreambular,
  makeTitle,
} from '../../shared/model/factories';
import type { Level, TopBlock } from '../../shared/model/types';

/** Shorthands for fixtures: pp('p1', 'Recalling', ' its resolution,') */
export const pp = (id: string, opener: string, rest: string) => makePreambular(clause(opener, rest), id);
export const op = (id: string, opener: string, rest: string, level: Level = 0) =>
  makeOperative(clause(opener, rest), level, id);
export const sub = (id: string, text: string, level: Level = 1) => makeOperative(text, level, id);

/** A whole document value around body paragraphs. */
export const doc = (...body: TopBlock[]): TopBlock[] => [
  makeHeader(),
  makeTitle('Test'),
  makeAdoptingBody('The General Assembly,'),
  ...body,
  makeFootnoteList(),
];
