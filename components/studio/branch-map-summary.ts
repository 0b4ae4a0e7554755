import { countOf } from '@/lib/text/plural';

/**
 * The branch map's one-line count of what it draws ("1 scene, 2 endings, 1 way between them;
 * 1 with problems (unreachable or trap)"), each count with its noun in the right number.
 */
export function branchMapSummary(counts: { scenes: number; endings: number; ways: number; problems: number }): string {
  const drawn = `${countOf(counts.scenes, 'scene')}, ${countOf(counts.endings, 'ending')}, ${countOf(counts.ways, 'way')} between them`;
  return counts.problems ? `${drawn}; ${counts.problems} with problems (unreachable or trap)` : drawn;
}
