/**
 * Hand review of the mined treaty data (../shared/data). The names there were cut out of GA footnote
 * contexts; `name_quality: trimmed | unclean` ones, and some `auto` ones, carry the sentence around them.
 * Every trimmed or unclean entry needs a decision here (the build fails otherwise): KEEP, new names, or DROP.
 * A list of names puts the official name first, then the forms drafts use.
 */
export const KEEP = 'keep' as const;
export const DROP = null;
export type Decision = typeof KEEP | typeof DROP | string[];

/** Treaty Series entries, keyed "volume|number" as in unts-citations.json. */
export const untsDecisions: Record<string, Decision> = {
  // trimmed, reviewed: the names are whole official titles
  '610|8843': KEEP,
  '2354|42279': KEEP,
  '2056|35597': KEEP,
  '2688|47713': KEEP,
  '2149|37517': KEEP,
  '2271|40446': KEEP,
  '1673|28911': KEEP,
  '120|1616': KEEP,
  '2163|37789': KEEP,
  '591|8564': KEEP,
  '2304|41069': KEEP,
  '1678|29004': KEEP,
  '1405|23489': KEEP,
  '1891|32194': KEEP,
  '2153|37605': KEEP,
  '2221|39489': KEEP,
  '2835|49647': KEEP,
  '2899|50553': KEEP,
  '1917|32724': KEEP,
  '70|241': KEEP,
  '1651|1061': KEEP,
  '2419|43649': KEEP,
  '2896|50518': KEEP,
  '2562|45696': KEEP,
  '1648|28327': KEEP,
  '3072|53043': KEEP,
  '2101|36508': KEEP,
  '1361|23001': ['International Convention on Standards of Training, Certification and Watchkeeping for Seafarers, 1978'],
  '2296|40906': [
    'Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations',
    'Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations of 18 June 1998',
  ],
  '360|5158': ['Convention relating to the Status of Stateless Persons', '1954 Convention relating to the Status of Stateless Persons'],
  '2167|37925': ['Agreement on the Privileges and Immunities of the International Tribunal for the Law of the Sea'],
  '3014|52375': [
    'African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa',
    'Kampala Convention',
  ],
  '1001|14691': [
    'Organization of African Unity Convention Governing the Specific Aspects of Refugee Problems in Africa',
    'OAU Convention Governing the Specific Aspects of Refugee Problems in Africa',
  ],
  '1506|25974': [
    'Convention for the Protection and Development of the Marine Environment of the Wider Caribbean Region',
    'Cartagena Convention',
  ],
  // the 2005 amendment; the Convention itself is vol. 1456
  '3132|24631': ['Amendment to the Convention on the Physical Protection of Nuclear Material'],
  '1155|18232': ['Vienna Convention on the Law of Treaties'],
  '1642|14668': [
    'Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty',
  ],
  '1340|22484': [
    'Protocol of 1978 relating to the International Convention for the Prevention of Pollution from Ships, 1973',
    'International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 relating thereto',
  ],
  '249 and 2253|3511': [
    '1954 Convention for the Protection of Cultural Property in the Event of Armed Conflict and the two Protocols thereto',
  ],
  '1079|16510': [
    'Customs Convention on the International Transport of Goods under Cover of TIR Carnets',
    'Customs Convention on the International Transport of Goods under Cover of TIR Carnets (TIR Convention)',
    'TIR Convention',
  ],
  '823|11806': KEEP,
  '2329|41723': [
    'Agreement between the United Nations and the Royal Government of Cambodia concerning the Prosecution under Cambodian Law of Crimes Committed during the Period of Democratic Kampuchea',
  ],
  '320|4648': ['Abolition of Forced Labour Convention, 1957 (No. 105)'],
  '362|5181': ['Discrimination (Employment and Occupation) Convention, 1958 (No. 111)'],
  '2421|43718': ['UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects', '1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects'],
  // auto names cut from a longer sentence
  '2167|37924': [
    'Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks',
    'United Nations Fish Stocks Agreement',
  ],
  '2258|40228': ['Agreement on the Conservation of Albatrosses and Petrels'],
  '2303|30822': ['Kyoto Protocol to the United Nations Framework Convention on Climate Change', 'Kyoto Protocol'],
  '2214|39357': ['Protocol on the Privileges and Immunities of the International Seabed Authority'],
  '2868|38544': ['Amendment to article 8 of the Rome Statute of the International Criminal Court'],
  '54|792': ['Labour Inspection Convention, 1947 (No. 81)'],
  '1025|15063': ['Treaty of Amity and Cooperation in Southeast Asia'],
  '2762|5742': [
    'Additional Protocol to the Convention on the Contract for the International Carriage of Goods by Road concerning the Electronic Consignment Note',
  ],
  // the footnote cites the Optional Protocol's volume only; vols. 1249 and 2131 is the pair
  '2131|20378': ['Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women'],
  '1249 and 2131|20378': ['Convention on the Elimination of All Forms of Discrimination against Women and the Optional Protocol thereto'],
  '2515 and 2518|44910': ['Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto'],
  '1513|26164': ['Vienna Convention for the Protection of the Ozone Layer'],
  '1522|26369': ['Montreal Protocol on Substances that Deplete the Ozone Layer'],
  '3146|1030': ['Agreement of Cooperation between the United Nations and the League of Arab States'],
  '3175|612': ['Protocol of 2014 to the Forced Labour Convention, 1930'],
  '3201|54669': ['Minamata Convention on Mercury'],
  '2302|41032': ['WHO Framework Convention on Tobacco Control', 'World Health Organization Framework Convention on Tobacco Control'],
  '3162|54134': [
    'Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled',
    'Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled',
  ],
  '429|6193': [
    'United Nations Educational, Scientific and Cultural Organization Convention against Discrimination in Education',
    'UNESCO Convention against Discrimination in Education',
    'Convention against Discrimination in Education',
  ],
  '1316|21931': ['International Convention against the Taking of Hostages'],
  '210|2838': ['Social Security (Minimum Standards) Convention, 1952 (No. 102)'],
  '125|1671': ['Convention on Road Traffic of 1949'],
  '1042|15705': ['Convention on Road Traffic of 1968'],
  '606|8791': ['Protocol relating to the Status of Refugees', '1967 Protocol relating to the Status of Refugees', '1967 Protocol thereto'],
  // not an instrument name, or not a Treaty Series citation, or a mined typo
  '2260|22495': DROP, // "amended article 1": an amendment, not nameable in running text
  '1677|28986': DROP, // a State's safeguards agreement described, not named
  '223|19735': DROP, // vol. 223 is a typo for vol. 1223 (same instrument, kept once)
  '3161|54133': DROP, // "Agreement)": the name is lost
  '60|1414': DROP, // the 1926 Slavery Convention is a League of Nations Treaty Series citation
  '2370|13561': DROP, // "Convention": the name is lost
};

/** Resolution-annex entries, keyed by `cited_as`. Null names in the data are filled in only where certain. */
export const annexDecisions: Record<string, Decision> = {
  'resolution 2200 A (XXI), annex': [
    'International Covenant on Civil and Political Rights',
    'International Covenant on Economic, Social and Cultural Rights',
    'International Covenants on Human Rights',
  ],
  'resolution 66/288, annex': ['The future we want'],
  'resolution 69/15, annex': ['SIDS Accelerated Modalities of Action (SAMOA) Pathway', 'SAMOA Pathway'],
  'resolution 70/175, annex': ['United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules)', 'United Nations Standard Minimum Rules for the Treatment of Prisoners', 'Nelson Mandela Rules'],
  'resolution 65/229, annex': ['United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders (the Bangkok Rules)', 'United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders', 'Bangkok Rules'],
  'resolution 45/110, annex': ['United Nations Standard Minimum Rules for Non-custodial Measures (the Tokyo Rules)', 'United Nations Standard Minimum Rules for Non-custodial Measures', 'Tokyo Rules'],
  'resolution 40/33, annex': ['United Nations Standard Minimum Rules for the Administration of Juvenile Justice (the Beijing Rules)', 'United Nations Standard Minimum Rules for the Administration of Juvenile Justice', 'Beijing Rules'],
  'resolution 78/1, annex': DROP, // a paragraph of text, not a title
  'resolution 77/289, annex': DROP, // a paragraph of text, not a title
  'resolution S-30/1, annex': ['Our joint commitment to effectively addressing and countering the world drug problem'],
  'resolution 48/134, annex': ['Principles relating to the Status of National Institutions for the Promotion and Protection of Human Rights (the Paris Principles)', 'Principles relating to the Status of National Institutions for the Promotion and Protection of Human Rights', 'Paris Principles'],
  'resolution 79/323, annex': ['Sevilla Commitment'],
  'resolution 71/312, annex': ['Our ocean, our future: call for action'],
  'resolution 69/283, annex I': ['Sendai Declaration'],
  'resolution 63/303, annex': ['Outcome of the Conference on the World Financial and Economic Crisis and Its Impact on Development'],
  'resolution S-27/2, annex': ['A world fit for children'],
  'resolution 70/266, annex': ['Political Declaration on HIV and AIDS: On the Fast Track to Accelerating the Fight against HIV and to Ending the AIDS Epidemic by 2030'],
  'resolution S-24/2, annex': ['Further initiatives for social development'],
  'resolution 75/284, annex': ['Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030'],
  'resolution 260 A (III), annex': ['Convention on the Prevention and Punishment of the Crime of Genocide'],
  'resolution 34/169, annex': ['Code of Conduct for Law Enforcement Officials'],
  'resolution 37/10, annex': ['Manila Declaration on the Peaceful Settlement of International Disputes'],
  'resolution 69/196, annex': ['International Guidelines for Crime Prevention and Criminal Justice Responses with Respect to Trafficking in Cultural Property and Other Related Offences'],
  'resolution 49/57, annex': ['Declaration on the Enhancement of Cooperation between the United Nations and Regional Arrangements or Agencies in the Maintenance of International Peace and Security'],
  'resolution 428 (V), annex': ['Statute of the Office of the United Nations High Commissioner for Refugees'],
  'resolution 69/194, annex': ['United Nations Model Strategies and Practical Measures on the Elimination of Violence against Children in the Field of Crime Prevention and Criminal Justice'],
  'resolution S-23/3, annex': ['Further actions and initiatives to implement the Beijing Declaration and Platform for Action'],
  // "Vienna Declaration" alone would also match the 1993 Vienna Declaration and Programme of Action
  'resolution 69/137, annex I': DROP,
  'resolution 70/294, annex': ['Political Declaration of the Comprehensive High-level Midterm Review of the Implementation of the Istanbul Programme of Action for the Least Developed Countries for the Decade 2011–2020'],
  'resolution 65/228, annex': ['Updated Model Strategies and Practical Measures on the Elimination of Violence against Women in the Field of Crime Prevention and Criminal Justice'],
  'resolution 56/83, annex': ['articles on responsibility of States for internationally wrongful acts'],
  'resolution 66/137, annex': ['United Nations Declaration on Human Rights Education and Training'],
  'resolution 3357 (XXIX), annex': ['Statute of the International Civil Service Commission'],
  'resolution 60/262, annex': ['Political Declaration on HIV/AIDS'],
  'resolution 65/277, annex': ['Political Declaration on HIV and AIDS: Intensifying Our Efforts to Eliminate HIV and AIDS'],
  'resolution 76/7, annex': ['2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons'],
};

/** Automatic aliases: names are cited with and without "United Nations" and a leading year. */
export function automaticAliases(name: string): string[] {
  const out: string[] = [];
  if (/^United Nations (?:Convention|Framework|Declaration|Standard|Rules|Principles|Guiding|Model)\b/.test(name)) {
    out.push(name.slice('United Nations '.length));
  }
  const year = /^(1[89]\d\d|20\d\d) (.+)$/.exec(name);
  if (year) out.push(year[2]!);
  const parenthetical = /^(.+) \([^()]+\)$/.exec(name);
  if (parenthetical) out.push(parenthetical[1]!);
  const dated = /^(.+), (?:of|signed at [^,]+, on) \d{1,2} [A-Z][a-z]+ \d{4}$/.exec(name);
  if (dated) out.push(dated[1]!);
  // a two-word remainder ("Protocol thereto") names nothing on its own
  return out.filter((alias) => alias.split(' ').length >= 3);
}
