import type { z } from 'zod';
import type { Channel, contract, Res } from '../../../shared/ipc/contract';

/** A request after zod checked it (defaults filled in). */
export type Parsed<C extends Channel> = z.output<(typeof contract)[C]['req']>;
export type Handler<C extends Channel> = (req: Parsed<C>) => Promise<Res<C>>;
/** One handler per contract channel: a channel left out is a compile error. */
export type Handlers = { [C in Channel]: Handler<C> };
