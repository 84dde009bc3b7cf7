import { Element, Text, type Node } from 'slate';
import type {
  AdoptingBody,
  BodyParagraph,
  EmbeddedResolution,
  Footnote,
  FootnoteList,
  FootnoteRef,
  Header,
  Heading,
  OperativeParagraph,
  PlainParagraph,
  PreambularParagraph,
  ResolutionText,
} from './types';

/** Type guards over the resolution's nodes; they share the union's name, as Slate's `Element` does. */
const is =
  <T>(type: string) =>
  (node: unknown): node is T =>
    Element.isElement(node) && node.type === type;

export const ResolutionElement = {
  isPreambular: is<PreambularParagraph>('preambular-paragraph'),
  isOperative: is<OperativeParagraph>('operative-paragraph'),
  isPlain: is<PlainParagraph>('plain-paragraph'),
  isHeading: is<Heading>('heading'),
  isHeader: is<Header>('header'),
  isAdoptingBody: is<AdoptingBody>('adopting-body'),
  isEmbedded: is<EmbeddedResolution>('embedded-resolution'),
  isFootnote: is<Footnote>('footnote'),
  isFootnoteList: is<FootnoteList>('footnote-list'),
  isFootnoteRef: is<FootnoteRef>('footnote-ref'),
  /** a paragraph of the body: PP, OP (any level) or unnumbered text */
  isParagraph: (node: unknown): node is BodyParagraph =>
    Element.isElement(node) &&
    (node.type === 'preambular-paragraph' || node.type === 'operative-paragraph' || node.type === 'plain-paragraph'),
  /** PP or OP: the paragraphs that carry an opener */
  isClause: (node: unknown): node is PreambularParagraph | OperativeParagraph =>
    Element.isElement(node) && (node.type === 'preambular-paragraph' || node.type === 'operative-paragraph'),
};

export const isResolutionText = (node: Node): node is ResolutionText => Text.isText(node);
