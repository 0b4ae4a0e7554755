/**
 * What a history page says of the oldest version it lists, which has no version before it to diff
 * against. Only version 1 is "the first version": publishing from files keeps the number the file
 * carries (lib/content/publish-library.ts), so a module or scenario whose file had reached version 3
 * before it was first published here starts its history at version 3, and versions 1 and 2 never
 * existed on this site. (The studio always publishes the highest number + 1, so it never skips.)
 *
 * @param version the oldest listed version's number (a whole number, 1 or more)
 */
export function oldestVersionNote(version: number): string {
  if (version <= 1) return 'The first version.';
  const earlier = version === 2 ? 'Version 1 was' : `Versions 1 to ${version - 1} were`;
  return `The earliest version published here. ${earlier} never published on this site, so there is no earlier text to compare it with.`;
}
