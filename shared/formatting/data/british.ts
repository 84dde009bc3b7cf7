/**
 * US and house forms → UN British forms (un-format.md §4.3). Exact words only (lower case; the case of the typed
 * word is kept). Ambiguous words (license, practice, program as "computer program") are left out on purpose.
 */
const PAIRS = `
program programme|programs programmes|labor labour|labors labours|behavior behaviour|behaviors behaviours
behavioral behavioural|center centre|centers centres|centered centred|honor honour|honors honours|honored honoured
favor favour|favors favours|favorable favourable|favored favoured|unfavorable unfavourable|neighbor neighbour
neighbors neighbours|neighboring neighbouring|endeavor endeavour|endeavors endeavours|defense defence
offense offence|offenses offences|fulfill fulfil|fulfills fulfils|fulfillment fulfilment|enroll enrol|enrolls enrols
enrollment enrolment|counseling counselling|counselor counsellor|counselors counsellors|fueling fuelling|fueled fuelled
modeling modelling|modeled modelled|traveling travelling|traveled travelled|traveler traveller|travelers travellers
labeling labelling|labeled labelled|canceled cancelled|canceling cancelling|catalog catalogue|catalogs catalogues
dialog dialogue|dialogs dialogues|analyze analyse|analyzes analyses|analyzed analysed|analyzing analysing
paralyze paralyse|paralyzed paralysed|catalyze catalyse|catalyzed catalysed|catalyzing catalysing|aging ageing
gray grey|percent per cent|toward towards|combatting combating|combatted combated|multistakeholder multi-stakeholder
color colour|colors colours|harbor harbour|harbors harbours|rumor rumour|rumors rumours|vigor vigour|humor humour
skeptical sceptical|installment instalment|willful wilful|skillful skilful|jewelry jewellery|maneuver manoeuvre
pediatric paediatric|anemia anaemia|diarrhea diarrhoea|leveling levelling|leveled levelled|signaling signalling
totaling totalling|channeling channelling|channeled channelled|marvelous marvellous|tumor tumour|odor odour
armor armour|practicing practising|practiced practised|co-operation cooperation|co-ordination coordination
`;

export const britishForms: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/[|\n]/)
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair): [string, string] => {
      const [us, ...un] = pair.split(' ');
      return [us!, un.join(' ')];
    }),
);

/** Two-word forms that become one hyphenated word ("capacity building" → "capacity-building", A/RES/74/174). */
export const britishPhrases: readonly [RegExp, string][] = [[/\bcapacity building\b/gi, 'capacity-building']];

/** Proper names that keep a US or other form ("Organisation for Economic Co-operation and Development"). */
export const BRITISH_EXEMPT_NAMES = ['Economic Co-operation', 'Pan American Health', 'World Trade Center', 'Carter Center'];
