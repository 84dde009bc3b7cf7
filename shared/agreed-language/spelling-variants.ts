/**
 * US and unedited spellings → the UN form (un-format.md §4.3), applied to folded tokens on BOTH sides of a
 * match, so a draft typed "program" still finds the adopted "programme". The -ise/-ize pair is not listed:
 * fold.ts folds it by rule. A value may be two tokens ("per cent").
 */
export const spellingVariants: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    program: 'programme', programs: 'programmes', labor: 'labour', center: 'centre', centers: 'centres',
    behavior: 'behaviour', behaviors: 'behaviours', honor: 'honour', honors: 'honours', favor: 'favour',
    favorable: 'favourable', neighbor: 'neighbour', neighbors: 'neighbours', neighboring: 'neighbouring',
    endeavor: 'endeavour', endeavors: 'endeavours', defense: 'defence', offense: 'offence', offenses: 'offences',
    fulfill: 'fulfil', fulfills: 'fulfils', fulfillment: 'fulfilment', enroll: 'enrol', enrollment: 'enrolment',
    counseling: 'counselling', fueling: 'fuelling', modeling: 'modelling', traveling: 'travelling',
    labeling: 'labelling', canceled: 'cancelled', catalog: 'catalogue', dialog: 'dialogue', aging: 'ageing',
    gray: 'grey', toward: 'towards', combatting: 'combating', percent: 'per cent', multistakeholder: 'multi stakeholder',
    license: 'licence', licenses: 'licences', practise: 'practice',
  }).map(([from, to]) => [from, to.split(' ')]),
);
