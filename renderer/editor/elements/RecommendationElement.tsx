import type { Recommendation } from '../../../shared/model/types';
import type { ElementProps } from '../element-props';

/** The recommendation chapeau: a plain paragraph before the title. */
export function RecommendationElement({ attributes, children }: ElementProps<Recommendation>) {
  return (
    <p {...attributes} className="recommendation">
      {children}
    </p>
  );
}
