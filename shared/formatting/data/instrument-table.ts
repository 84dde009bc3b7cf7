import { LOCAL_INSTRUMENTS, type InstrumentEntry } from './instruments';

/** The instrument names the checks use: one place to switch to the shipped treaty table. */
export const instrumentTable = (): readonly InstrumentEntry[] => LOCAL_INSTRUMENTS;
