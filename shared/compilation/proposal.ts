/** Proposals are stored in the document file, so their schema lives with the model; compilation/ works on them. */
export * from '../model/proposal';
