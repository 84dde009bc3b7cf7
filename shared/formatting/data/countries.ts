/** Official UN short names of the Member States and observer States (UNTERM). */
export const COUNTRIES: readonly string[] = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|
Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|
Bolivia (Plurinational State of)|Bosnia and Herzegovina|Botswana|Brazil|Brunei Darussalam|Bulgaria|Burkina Faso|Burundi|
Cabo Verde|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|
Côte d’Ivoire|Croatia|Cuba|Cyprus|Czechia|Democratic People’s Republic of Korea|Democratic Republic of the Congo|Denmark|
Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|
Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|
Hungary|Iceland|India|Indonesia|Iran (Islamic Republic of)|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|
Kenya|Kiribati|Kuwait|Kyrgyzstan|Lao People’s Democratic Republic|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|
Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|
Micronesia (Federated States of)|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|
New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|Palau|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Qatar|Republic of Korea|Republic of Moldova|Romania|Russian Federation|Rwanda|
Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|
Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Sudan|
Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syrian Arab Republic|Tajikistan|Thailand|Timor-Leste|Togo|Tonga|
Trinidad and Tobago|Tunisia|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|
United Kingdom of Great Britain and Northern Ireland|United Republic of Tanzania|United States of America|Uruguay|
Uzbekistan|Vanuatu|Venezuela (Bolivarian Republic of)|Viet Nam|Yemen|Zambia|Zimbabwe|Holy See|State of Palestine`
  .split(/\|\s*/)
  .map((s) => s.trim());

/** Every capitalised word of an official name: such words are proper nouns wherever they stand. */
export const countryTokens: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((name) => name.split(/[\s()]+/)).filter((w) => /^\p{Lu}/u.test(w)),
);

/**
 * Common non-UN forms → the official short name. `unless` is text that, right before or after, makes the form
 * part of the right name ("Republic of Moldova", "Bolivia (Plurinational State of)").
 */
export const COUNTRY_VARIANTS: readonly { form: string; official: string; before?: RegExp; after?: RegExp }[] = [
  { form: 'Lichtenstein', official: 'Liechtenstein' },
  { form: 'Phillipines', official: 'Philippines' },
  { form: 'Philipines', official: 'Philippines' },
  { form: 'Phillippines', official: 'Philippines' },
  { form: 'Ivory Coast', official: 'Côte d’Ivoire' },
  { form: 'Cote d’Ivoire', official: 'Côte d’Ivoire' },
  { form: "Cote d'Ivoire", official: 'Côte d’Ivoire' },
  { form: 'Burma', official: 'Myanmar' },
  { form: 'Swaziland', official: 'Eswatini' },
  { form: 'Czech Republic', official: 'Czechia' },
  { form: 'Cape Verde', official: 'Cabo Verde' },
  { form: 'East Timor', official: 'Timor-Leste' },
  { form: 'Vietnam', official: 'Viet Nam' },
  { form: 'Russia', official: 'Russian Federation' },
  { form: 'Syria', official: 'Syrian Arab Republic' },
  { form: 'Laos', official: 'Lao People’s Democratic Republic' },
  { form: 'South Korea', official: 'Republic of Korea' },
  { form: 'North Korea', official: 'Democratic People’s Republic of Korea' },
  { form: 'Holland', official: 'Netherlands' },
  { form: 'Kyrgyz Republic', official: 'Kyrgyzstan' },
  { form: 'Slovak Republic', official: 'Slovakia' },
  { form: 'Tanzania', official: 'United Republic of Tanzania', before: /Republic of $/ },
  { form: 'Moldova', official: 'Republic of Moldova', before: /Republic of $/ },
  { form: 'Brunei', official: 'Brunei Darussalam', after: /^\sDarussalam/ },
  { form: 'Bolivia', official: 'Bolivia (Plurinational State of)', after: /^\s\(Plurinational/ },
  { form: 'Venezuela', official: 'Venezuela (Bolivarian Republic of)', after: /^\s\(Bolivarian/ },
  { form: 'Iran', official: 'Iran (Islamic Republic of)', after: /^\s\(Islamic/ },
  { form: 'Micronesia', official: 'Micronesia (Federated States of)', after: /^\s\(Federated/ },
  { form: 'Macedonia', official: 'North Macedonia', before: /(North|Republic of|Yugoslav Republic of) $/ },
];
