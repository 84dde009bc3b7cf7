import type { CliCommand } from '../command';
import { inspect } from './inspect';

/** Every command of `penholder`, in --help order. Each feature adds its command here. */
export const commands: readonly CliCommand[] = [inspect];
