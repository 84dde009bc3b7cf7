import { z } from 'zod';
import { Passage, ScoredPassage, SearchContext, SearchFilters, SearchMode } from '../agreed-language/passage';
import type { CommandId } from '../commands/catalog';
import { PenholderFile } from '../model/file-schema';
import { ImportReport } from '../import/report-schema';
import { Preferences } from '../settings/preferences';

/**
 * The one renderer ↔ main contract: channel → zod request and response. Main checks every request with
 * it; the preload exposes one function per channel; browser mode serves the same channels over HTTP.
 */
const result = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: z.string() })]);

export { ImportReport } from '../import/report-schema';

const Recovery = z.object({ path: z.string().nullable(), file: PenholderFile, savedAt: z.string() });

export const ExportBase = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('revision'), id: z.string() }),
  z.object({ kind: z.literal('file'), path: z.string() }),
  z.object({ kind: z.literal('corpus'), symbol: z.string() }),
]);

export const CorpusSource = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['default', 'akn-folder', 'documents']),
  path: z.string().nullable(),
  enabled: z.boolean(),
  paragraphs: z.number().int(),
  /** why the source has no (or fewer) paragraphs: a missing folder, files that could not be imported */
  error: z.string().optional(),
});
export type CorpusSource = z.infer<typeof CorpusSource>;

const Empty = z.object({});

/** The `error` of a response when the user cancelled a file dialog: nothing to show, nothing went wrong. */
export const CANCELLED = 'cancelled';

export const contract = {
  openDocument: {
    req: z.object({ path: z.string().optional() }),
    res: result(z.object({ path: z.string(), file: PenholderFile, migratedFrom: z.number().nullable() })),
  },
  saveDocument: {
    req: z.object({ path: z.string().optional(), file: PenholderFile }),
    res: result(z.object({ path: z.string() })),
  },
  listDocuments: {
    req: Empty,
    res: result(
      z.object({ folder: z.string(), entries: z.array(z.object({ name: z.string(), path: z.string(), modified: z.string() })) }),
    ),
  },
  recentFiles: { req: Empty, res: result(z.object({ paths: z.array(z.string()) })) },
  writeRecovery: { req: z.object({ path: z.string().nullable(), file: PenholderFile }), res: result(Empty) },
  takeRecovery: { req: Empty, res: result(z.object({ recovery: Recovery.nullable() })) },
  discardRecovery: { req: Empty, res: result(Empty) },
  importFile: {
    req: z.object({ path: z.string().optional(), name: z.string().optional(), dataBase64: z.string().optional() }),
    res: result(z.object({ file: PenholderFile, report: ImportReport, name: z.string() })),
  },
  exportDocument: {
    req: z.object({
      file: PenholderFile,
      to: z.enum(['docx', 'md', 'akn', 'pdf']),
      path: z.string().optional(),
      against: ExportBase.optional(),
      author: z.string().optional(),
      compilation: z.boolean().optional(),
    }),
    res: result(z.object({ path: z.string() })),
  },
  searchCorpus: {
    req: z.object({
      text: z.string().min(1),
      k: z.number().int().min(1).max(50),
      filters: SearchFilters.optional(),
      context: SearchContext.optional(),
      /** prefix: the beginning of a paragraph being typed (default); words: free text anywhere (search panel);
       *  similar: a whole paragraph ("Find agreed language for this paragraph") */
      mode: SearchMode.optional(),
    }),
    res: result(z.object({ results: z.array(ScoredPassage), ms: z.number() })),
  },
  corpusPassage: { req: z.object({ ref: z.string() }), res: result(z.object({ passage: Passage.nullable() })) },
  corpusSources: { req: Empty, res: result(z.object({ sources: z.array(CorpusSource) })) },
  addCorpusSource: {
    req: z.object({ kind: z.enum(['akn-folder', 'documents']), path: z.string() }),
    res: result(z.object({ sources: z.array(CorpusSource) })),
  },
  setCorpusSourceEnabled: {
    req: z.object({ id: z.string(), enabled: z.boolean() }),
    res: result(z.object({ sources: z.array(CorpusSource) })),
  },
  getPreferences: { req: Empty, res: result(Preferences) },
  setPreferences: { req: Preferences, res: result(Preferences) },
  setWindowState: { req: z.object({ title: z.string(), dirty: z.boolean() }), res: result(Empty) },
  /** the file the operating system asked to open (command line, file association, a second launch), once */
  takeLaunchFile: { req: Empty, res: result(z.object({ path: z.string().nullable() })) },
} satisfies Record<string, { req: z.ZodType; res: z.ZodType }>;

export type Channel = keyof typeof contract;
export const channels = Object.keys(contract) as Channel[];
export type Req<C extends Channel> = z.input<(typeof contract)[C]['req']>;
export type Res<C extends Channel> = z.output<(typeof contract)[C]['res']>;
export type Ok<C extends Channel> = Extract<Res<C>, { ok: true }>['value'];

export type RendererApi = { [C in Channel]: (req: Req<C>) => Promise<Res<C>> } & {
  /** menu clicks from main; returns "unsubscribe" */
  onMenuCommand: (listener: (id: CommandId) => void) => () => void;
  /** main asks before closing a window with unsaved changes */
  onCloseRequested: (listener: () => void) => () => void;
  /** a file waits to be opened (takeLaunchFile): a second launch or the OS named one while the app runs */
  onLaunchFile: (listener: () => void) => () => void;
  /** 'desktop' under Electron, 'browser' against the local server */
  mode: 'desktop' | 'browser';
};
