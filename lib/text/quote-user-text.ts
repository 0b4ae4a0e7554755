/**
 * Quotes text a user chose (a practice name) for a place where readers expect the service's own
 * words, such as an email subject. The result is one line, at most `maxLength` characters inside
 * typographic quotes (longer text ends in "…"), with control characters and quote marks removed,
 * so a name like `Your account is locked" - reset at evil.example` reads as a name, never as a
 * message from Postwise.
 */
export function quoteUserText(text: string, maxLength: number): string {
  const oneLine = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/["“”„‟«»‹›'‘’‚‛`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = Array.from(oneLine);
  const shortened = characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('').trimEnd()}…` : oneLine;
  return `“${shortened}”`;
}
