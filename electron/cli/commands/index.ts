import type { CliCommand } from '../command';
import { compare } from './compare';
import { exportCommand } from './export';
import { footnotes } from './footnotes';
import { importCommand } from './import';
import { inspect } from './inspect';
import { lintCommand } from './lint';
import { suggest } from './suggest';

/** Every command of `penholder`, in --help order. Each feature adds its command here. */
export const commands: readonly CliCommand[] = [inspect, importCommand, lintCommand, footnotes, compare, exportCommand, suggest];
