/**
 * Oxford -ize verbs used in UN texts (un-format.md §4.3). The spelling check is dictionary-driven: only the forms
 * of these verbs are changed, never any word that merely ends in "-ise" (advise, comprise, exercise, revise …).
 */
const IZE_VERBS = `
anonymize apologize authorize capitalize categorize centralize characterize civilize colonize commercialize
computerize contextualize criminalize customize decentralize decolonize decriminalize dehumanize demilitarize
democratize demobilize demoralize denuclearize depoliticize destabilize digitize dramatize economize emphasize
energize epitomize equalize externalize familiarize fertilize finalize formalize galvanize generalize globalize
harmonize homogenize hospitalize humanize hypothesize idealize immobilize immunize incentivize industrialize
institutionalize internalize internationalize italicize itemize jeopardize legalize legitimize liberalize localize
maximize marginalize materialize mechanize memorialize militarize minimize mobilize modernize monetize monopolize
nationalize naturalize neutralize normalize operationalize optimize organize ostracize penalize personalize polarize
politicize popularize prioritize privatize professionalize publicize radicalize rationalize realize recognize
regularize reorganize revictimize revitalize revolutionize sanitize scrutinize secularize sensitize socialize
specialize stabilize standardize sterilize stigmatize subsidize summarize symbolize sympathize synchronize
synthesize systematize terrorize theorize traumatize retraumatize trivialize urbanize utilize victimize visualize
vocalize westernize actualize conceptualize
`
  .split(/\s+/)
  .filter(Boolean);

const ENDINGS: [string, string][] = [
  ['ise', 'ize'], ['ises', 'izes'], ['ised', 'ized'], ['ising', 'izing'], ['isation', 'ization'],
  ['isations', 'izations'], ['isational', 'izational'], ['iser', 'izer'], ['isers', 'izers'],
];

/** Every -ise form of the dictionary → its -ize form ("organisations" → "organizations"). */
export const iseToIze: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const verb of IZE_VERBS) {
    const stem = verb.slice(0, -3);
    for (const [ise, ize] of ENDINGS) out.set(stem + ise, stem + ize);
  }
  return out;
})();

/** Words that keep -ise and are never "fixed" (a guard: the dictionary does not list them anyway). */
export const KEEPS_ISE = new Set(
  `advise advertise apprise arise chastise comprise compromise demise despise devise disguise enfranchise franchise
  enterprise excise exercise expertise improvise incise merchandise otherwise premise promise raise reprise revise rise
  supervise surmise surprise televise treatise wise likewise concise precise noise poise praise cruise`.split(/\s+/),
);

/** Proper names that keep their own spelling (un-format.md §4.3). */
export const PROPER_NAMES_WITH_ISE = [
  'Organisation for the Prohibition of Chemical Weapons',
  'Organisation for Economic Co-operation and Development',
  'Organisation of Islamic Cooperation',
  'Organisation internationale de la Francophonie',
];
