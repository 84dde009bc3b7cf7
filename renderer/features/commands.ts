import type { Command } from '../commands/command';

/**
 * Commands contributed by features (footnotes, agreed language, negotiation, export): each replaces the
 * registry's placeholder for its id. Append yours here.
 */
export const featureCommands: Command[] = [];
