// Apart from the CSV writer, so that the CLI can check --delimiter without loading csv-stringify.

/** --delimiter's choices: `;` by default, the list separator of Norwegian Excel. */
export const CSV_DELIMITERS: Readonly<Record<string, string>> = { ';': ';', ',': ',', tab: '\t' };

export interface CsvOptions {
  delimiter: string;
}
