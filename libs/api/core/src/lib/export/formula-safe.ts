/** Spreadsheet apps run text cells starting with these as formulas; a leading quote keeps them text. */
const FORMULA = /^[=+\-@\t\r]/;

/** A text cell for a CSV or workbook export that a spreadsheet shows as text, never runs. */
export function formulaSafe(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}
