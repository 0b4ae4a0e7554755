/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and sums self time by where the code lives: a
 * package under node_modules (scoped packages by scope/name), Next.js's compiled chunks of the
 * app, Node's internals, garbage collection, idle. What `npm run bench:load -- --profile` prints.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function bucketOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const packages = url.split('node_modules/');
  if (packages.length > 1) {
    const rest = packages.at(-1)!.split('/');
    const name = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    // Next.js bundles its own copies of React and other libraries under next/dist/compiled.
    if (name === 'next' && rest[2] === 'compiled') return `next (compiled ${rest[3]})`;
    return name;
  }
  if (url.startsWith('node:')) return 'node internals';
  if (url.includes('/.next/server/chunks/')) return 'app server chunks (.next)';
  if (url.includes('/.next/')) return 'app build (.next, other)';
  return url.replace(/^file:\/\//, '');
}

/** The `top` largest shares of self time in `file`, as lines "percent  bucket". */
export function summariseProfile(file: string, top = 15): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const bucketById = new Map(profile.nodes.map((node) => [node.id, bucketOf(node.callFrame)]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const bucket = bucketById.get(id) ?? '(unknown)';
    totals.set(bucket, (totals.get(bucket) ?? 0) + delta);
    all += delta;
  });
  const busy = all - (totals.get('(idle)') ?? 0);
  return [...totals]
    .filter(([bucket]) => bucket !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([bucket, micros]) => `${((100 * micros) / Math.max(1, busy)).toFixed(1).padStart(5)}%  ${bucket}`);
}

/** The same, by function (name and file:line), for the heaviest functions outside idle. */
export function summariseFunctions(file: string, top = 25): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nameById = new Map(
    profile.nodes.map((node) => [node.id, `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('node_modules/').at(-1)}:${node.callFrame.lineNumber + 1}`]),
  );
  const totals = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const name = nameById.get(id) ?? '(unknown)';
    if (name.startsWith('(idle)')) return;
    const delta = profile.timeDeltas[index] ?? 0;
    totals.set(name, (totals.get(name) ?? 0) + delta);
    busy += delta;
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => `${((100 * micros) / Math.max(1, busy)).toFixed(1).padStart(5)}%  ${name}`);
}
