import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * sha256 (hex) of a library folder's files: every file's path relative to `folder` and its
 * bytes, in path order, so renaming, editing, adding or removing any file changes it. Reading
 * the bytes costs milliseconds; compiling and play-testing the library costs seconds, so `npm start`
 * compares this hash with the one stored at the last publication and publishes only on a change.
 * Node-only (reads files).
 */
export function libraryFilesHash(folder: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  for (const file of files) {
    const bytes = readFileSync(path.join(folder, file));
    // Lengths first, so no two different listings can run together into the same bytes.
    hash.update(`${Buffer.byteLength(file)}:${file}:${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}
