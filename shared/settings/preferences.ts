import { z } from 'zod';

/** A user's own treaty-table entry (saved in preferences, not in documents). */
export const UserTreaty = z.object({
  id: z.string(),
  names: z.array(z.string()).min(1),
  /** the structured citation, as in assets/treaties.json */
  citation: z.unknown(),
});

/** Per-user preferences, kept by the main process in the user-data folder. */
export const Preferences = z.object({
  /** the delegation or person written as author of tracked changes */
  author: z.string().default(''),
  delegation: z.string().default(''),
  userTreaties: z.array(UserTreaty).default([]),
  /** lint rules switched off for every document */
  disabledRules: z.array(z.string()).default([]),
  trackChanges: z.boolean().default(false),
});
export type Preferences = z.infer<typeof Preferences>;
