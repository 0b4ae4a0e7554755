import { TableScroll } from '@/components/ui/table-scroll';
import type { DiffHunk } from '@/lib/studio/source-diff';

/**
 * A line diff as a table: old and new line numbers, and each line marked "added", "removed" or
 * unchanged in words as well as colour, so it reads the same without colour and to a screen reader.
 */
export function SourceDiffView({ hunks, caption }: { hunks: readonly DiffHunk[]; caption: string }) {
  if (hunks.length === 0) return <p>No changes.</p>;
  return (
    <TableScroll className="rounded-lg border-2 border-slate-300 dark:border-slate-700" label={caption}>
      <table className="w-full border-collapse font-mono text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left dark:border-slate-700">
            <th scope="col" className="px-2 py-1">Old</th>
            <th scope="col" className="px-2 py-1">New</th>
            <th scope="col" className="px-2 py-1">Change</th>
            <th scope="col" className="px-2 py-1">Line</th>
          </tr>
        </thead>
        {hunks.map((hunk) => (
          <tbody key={`${hunk.oldStart}-${hunk.newStart}`} className="border-b-2 border-slate-300 dark:border-slate-700">
            {hunk.lines.map((line, index) => (
              // Lines of a hunk never reorder.
              <tr
                key={index}
                className={
                  line.kind === 'added'
                    ? 'bg-emerald-50 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50'
                    : line.kind === 'removed'
                      ? 'bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-50'
                      : ''
                }
              >
                <td className="px-2 align-top">{line.oldLine ?? ''}</td>
                <td className="px-2 align-top">{line.newLine ?? ''}</td>
                <td className="px-2 align-top">{line.kind === 'added' ? '+ added' : line.kind === 'removed' ? '− removed' : ''}</td>
                <td className="whitespace-pre-wrap px-2 align-top">{line.text}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
