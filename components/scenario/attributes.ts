/** Up to two initials for a placeholder avatar ("Priya Shah" → "PS", "@smile_clinic" → "SC"). */
export function initials(name: string): string {
  const words = name.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words.slice(0, 1);
  return letters.map((word) => (word ?? '').charAt(0).toLocaleUpperCase('en-GB')).join('') || '?';
}
