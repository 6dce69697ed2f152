/**
 * The English possessive of a name: "Léa Rossi's", but "Pixel Partners'" (a name ending in s
 * takes the apostrophe alone, as it does for plural company names).
 *
 * @example
 * possessive('Pixel Partners'); // "Pixel Partners'"
 * possessive('Boulangerie Martin SAS'); // "Boulangerie Martin SAS's"
 */
export function possessive(name: string): string {
  const trimmed = name.trim();
  // "SAS", "AS", "Sàrl": an abbreviation in capitals reads as letters, so it keeps 's.
  if (/[A-Z]{2,}$/.test(trimmed)) return `${trimmed}'s`;
  return /s$/i.test(trimmed) ? `${trimmed}'` : `${trimmed}'s`;
}
