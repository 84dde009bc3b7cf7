import { create } from 'zustand';
import type { FootnoteOffer } from '../../../shared/footnotes/offer';

/**
 * The footnote offer at the caret. Kept apart from the app store because it changes with every keystroke
 * and only the offer chip and its keys read it.
 */
interface OfferState {
  offer: FootnoteOffer | null;
  /** the key of an offer the delegate waved away (Escape): not offered again for that name there */
  dismissed: string | null;
  setOffer: (offer: FootnoteOffer | null) => void;
  dismiss: () => void;
}

export const offerKey = (offer: FootnoteOffer): string => `${offer.paragraphId}:${offer.start}:${offer.entry.id}`;

export const useOfferStore = create<OfferState>()((set, get) => ({
  offer: null,
  dismissed: null,
  setOffer: (offer) => {
    const current = get().offer;
    if (offer && offerKey(offer) === get().dismissed) offer = null;
    if ((current && offer && offerKey(current) === offerKey(offer) && current.at === offer.at) || current === offer) return;
    set({ offer });
  },
  dismiss: () => set((s) => ({ dismissed: s.offer ? offerKey(s.offer) : s.dismissed, offer: null })),
}));
