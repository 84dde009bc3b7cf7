import type { Command } from '../commands/command';
import { negotiationCommands } from './negotiation/commands';
import { exportCommand } from './export/export-command';
import { insertFootnoteCommand } from './footnotes/footnote-command';
import { findForParagraph } from './agreed-language/find-command';

/**
 * Commands contributed by features (footnotes, agreed language, negotiation, export): each replaces the
 * registry's placeholder for its id. Append yours here.
 */
export const featureCommands: Command[] = [insertFootnoteCommand, ...negotiationCommands, exportCommand, findForParagraph];
