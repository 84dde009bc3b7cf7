import type { RenderElementProps } from 'slate-react';
import { AdoptingBodyElement } from './elements/AdoptingBodyElement';
import { AnnexElement } from './elements/AnnexElement';
import { ClosingElement } from './elements/ClosingElement';
import { EmbeddedElement } from './elements/EmbeddedElement';
import { FootnoteElement } from './elements/FootnoteElement';
import { FootnoteListElement } from './elements/FootnoteListElement';
import { FootnoteRefElement } from './elements/FootnoteRefElement';
import { HeaderForm } from './elements/header/HeaderForm';
import { HeadingElement } from './elements/HeadingElement';
import { OperativeElement } from './elements/OperativeElement';
import { PlainElement } from './elements/PlainElement';
import { PreambularElement } from './elements/PreambularElement';
import { RecommendationElement } from './elements/RecommendationElement';
import { TitleElement } from './elements/TitleElement';

/** One component per element type; the switch narrows the element for each. */
export function renderElement({ element, ...props }: RenderElementProps) {
  switch (element.type) {
    case 'header':
      return <HeaderForm {...props} element={element} />;
    case 'recommendation':
      return <RecommendationElement {...props} element={element} />;
    case 'title':
      return <TitleElement {...props} element={element} />;
    case 'adopting-body':
      return <AdoptingBodyElement {...props} element={element} />;
    case 'preambular-paragraph':
      return <PreambularElement {...props} element={element} />;
    case 'operative-paragraph':
      return <OperativeElement {...props} element={element} />;
    case 'plain-paragraph':
      return <PlainElement {...props} element={element} />;
    case 'heading':
      return <HeadingElement {...props} element={element} />;
    case 'embedded-resolution':
      return <EmbeddedElement {...props} element={element} />;
    case 'closing':
      return <ClosingElement {...props} element={element} />;
    case 'annex':
      return <AnnexElement {...props} element={element} />;
    case 'footnote-list':
      return <FootnoteListElement {...props} element={element} />;
    case 'footnote':
      return <FootnoteElement {...props} element={element} />;
    case 'footnote-ref':
      return <FootnoteRefElement {...props} element={element} />;
  }
}
