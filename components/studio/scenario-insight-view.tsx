import type { ReactNode } from 'react';
import { Breadcrumb, type BreadcrumbStep } from '@/components/ui/breadcrumb';
import { Button } from '@/components/ui/button';
import { inputBoxClass } from '@/components/ui/input-class';
import { ErrorMessage } from '@/components/ui/status-message';
import { RowHeading, TableHead } from '@/components/ui/table-headings';
import { TitledSection } from '@/components/ui/titled-section';
import { formatShortDate } from '@/lib/cpd/plain-date';
import { REGISTRANT_TYPE_LABELS, REGISTRANT_TYPES } from '@/lib/cpd/registrant-types';
import type { ScenarioInsight, Share } from '@/lib/insight/build-scenario-insight';
import type { BranchOverlay } from '@/lib/insight/branch-overlay';
import { formatPercent, formatSeconds, HIDDEN_LABEL } from '@/lib/insight/format-insight';
import type { InsightFilters } from '@/lib/insight/insight-filters';
import type { Guarded } from '@/lib/insight/privacy';
import type { BranchGraph } from '@/lib/studio/branch-map/build-branch-map';
import { BranchMap } from './branch-map';
import { TableScroll } from '@/components/ui/table-scroll';

const linkClass = 'text-sky-800 underline underline-offset-4 dark:text-sky-300';
const tableClass = 'w-full text-left text-sm';
const headRow = 'border-b border-slate-300 dark:border-slate-700';
const bodyRow = 'border-b border-slate-200 dark:border-slate-800';

const count = (value: number) => String(value);
const shareText = (value: Share) => `${value.count} (${formatPercent(value.share)})`;

function Cell<T>({ cell, format }: { cell: Guarded<T>; format: (value: T) => string }) {
  return cell.hidden ? <span className="italic text-slate-700 dark:text-slate-300">{HIDDEN_LABEL}</span> : <>{format(cell.value)}</>;
}

function Table({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <TableScroll label={caption}>
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <TableHead rowClassName={headRow} columns={columns.map((label, index) => ({ label, className: index === 0 ? 'py-2 pr-4' : 'py-2 pr-4 text-right' }))} />
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

export interface ScenarioInsightViewProps {
  trail: readonly BreadcrumbStep[];
  insight: ScenarioInsight;
  /** The filters applied (after validation). */
  filters: InsightFilters;
  /** Why the filters in the address were ignored, when they were. */
  filterError?: string;
  practices: ReadonlyArray<{ id: string; name: string }>;
  /** The version's branch map with its overlay; null when its text was not kept. */
  map: { graph: BranchGraph; overlay: BranchOverlay } | null;
}

/**
 * A scenario version's decision insight (issue 16), as admins see it under /admin and authors and
 * reviewers in the studio: the filters, the branch map with each choice drawn by its share, and the
 * tables (the map's text equivalent), every small cell already hidden by the server.
 */
export function ScenarioInsightView({ trail, insight, filters, filterError, practices, map }: ScenarioInsightViewProps) {
  const exportQuery = new URLSearchParams(Object.entries({ ...filters, version: insight.versionId }).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return (
    <div className="space-y-8">
      <Breadcrumb trail={trail} />
      <h1 className="text-3xl font-bold break-words">{insight.scenario.title}: decision insight</h1>
      <p className="rounded-lg border-2 border-slate-400 p-3 dark:border-slate-600">
        Aggregates only. Any figure drawn from fewer than {insight.minLearners} learners is <em>hidden</em>, and so is one more figure when
        the hidden one could otherwise be worked out from the total. What learners wrote and their reflections are never shown: written
        replies appear only as check results and counts.
      </p>
      {filterError ? <ErrorMessage>Filters ignored: {filterError}</ErrorMessage> : null}

      <form className="flex flex-wrap items-end gap-3" aria-label="Filter insight">
        <Field id="version" label="Version">
          <select id="version" name="version" defaultValue={insight.versionId} className={`max-w-full ${inputBoxClass}`}>
            {insight.versions.map((version) => (
              <option key={version.id} value={version.id}>
                Version {version.version} · published {formatShortDate(version.publishedAt)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="from" label="Started from">
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ''} className={`max-w-full ${inputBoxClass}`} />
        </Field>
        <Field id="to" label="Started to">
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ''} className={`max-w-full ${inputBoxClass}`} />
        </Field>
        <Field id="registrantType" label="Registrant type">
          <select id="registrantType" name="registrantType" defaultValue={filters.registrantType ?? ''} className={`max-w-full ${inputBoxClass}`}>
            <option value="">All</option>
            {REGISTRANT_TYPES.map((type) => (
              <option key={type} value={type}>
                {REGISTRANT_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="practice" label="Practice">
          <select id="practice" name="practice" defaultValue={filters.practice ?? ''} className={`max-w-full ${inputBoxClass}`}>
            <option value="">All</option>
            {practices.map((practice) => (
              <option key={practice.id} value={practice.id}>
                {practice.name}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
      </form>
      <p>
        <a href={`/admin/scenarios/${encodeURIComponent(insight.scenario.id)}/insight/export?${exportQuery.toString()}`} className={`font-semibold ${linkClass}`} download>
          Download these tables as CSV
        </a>
      </p>

      <TitledSection headingId="map" title="How learners moved through it" className="space-y-3">
        {map ? (
          <>
            <p>The branch map of this version, each choice drawn by the share of learners who chose it. The same figures are in the Choices tables below.</p>
            <BranchMap graph={map.graph} overlay={map.overlay} minLearners={insight.minLearners} />
          </>
        ) : (
          <p>No map: the text of this version was not kept (it was published before the studio). The tables below have the same figures.</p>
        )}
      </TitledSection>

      <TitledSection headingId="totals" title="Attempts" className="space-y-2">
        <p>
          Learners: <Cell cell={insight.totals.learners} format={count} /> · attempts: <Cell cell={insight.totals.attempts} format={count} /> · completed:{' '}
          <Cell cell={insight.totals.completed} format={count} />
        </p>
      </TitledSection>

      <TitledSection headingId="scenes" title="Scenes: reach, time to decide and where learners stop" className="space-y-3">
        <Table caption="Scenes" columns={['Scene', 'Learners who decided here', 'Decisions', 'Median time to decide', 'Unfinished attempts waiting here']}>
          {insight.scenes.map((scene) => (
            <tr key={scene.sceneId} className={bodyRow}>
              <RowHeading className="py-2 pr-4">{scene.title}</RowHeading>
              <td className="py-2 pr-4 text-right"><Cell cell={scene.reached} format={count} /></td>
              <td className="py-2 pr-4 text-right"><Cell cell={scene.decisions} format={count} /></td>
              <td className="py-2 pr-4 text-right"><Cell cell={scene.medianSecondsToDecide} format={(value) => (value === null ? '—' : formatSeconds(value))} /></td>
              <td className="py-2 pr-4 text-right"><Cell cell={scene.stopped} format={count} /></td>
            </tr>
          ))}
        </Table>
      </TitledSection>

      <TitledSection headingId="choices" title="Choices" className="space-y-6">
        {insight.scenes
          .filter((scene) => scene.decision === 'choices')
          .map((scene) => {
            const positions = [...new Set(scene.options.flatMap((option) => option.byPosition.map((entry) => entry.position)))].sort((a, b) => a - b);
            return (
              <div key={scene.sceneId} className="space-y-2">
                <h3 className="font-semibold">{scene.title}</h3>
                <Table caption={`Choices in ${scene.title}`} columns={['Option', 'Chosen (share)', ...positions.map((position) => `Chosen when shown ${ordinal(position)}`)]}>
                  {scene.options.map((option) => (
                    <tr key={option.choiceId} className={bodyRow}>
                      <RowHeading className="py-2 pr-4">{option.label}</RowHeading>
                      <td className="py-2 pr-4 text-right"><Cell cell={option.chosen} format={shareText} /></td>
                      {positions.map((position) => {
                        const entry = option.byPosition.find((candidate) => candidate.position === position);
                        return (
                          <td key={position} className="py-2 pr-4 text-right">
                            {entry ? <Cell cell={entry.chosen} format={shareText} /> : '0'}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </Table>
                {scene.byPosition.length > 1 ? (
                  <p>
                    Whatever the option, chosen when shown{' '}
                    {scene.byPosition.map((entry, index) => (
                      <span key={entry.position}>
                        {index > 0 ? '; ' : ''}
                        {ordinal(entry.position)}: <Cell cell={entry.chosen} format={shareText} />
                      </span>
                    ))}
                  </p>
                ) : null}
              </div>
            );
          })}
      </TitledSection>

      <TitledSection headingId="endings" title="Endings" className="space-y-3">
        <Table caption="Endings reached by completed attempts" columns={['Ending', 'Rating', 'Completed attempts (share)']}>
          {insight.endings.map((ending) => (
            <tr key={ending.endingId} className={bodyRow}>
              <RowHeading className="py-2 pr-4">{ending.title}</RowHeading>
              <td className="py-2 pr-4 text-right">{ending.rating}</td>
              <td className="py-2 pr-4 text-right"><Cell cell={ending.reached} format={shareText} /></td>
            </tr>
          ))}
        </Table>
      </TitledSection>

      {insight.compose.length > 0 ? (
        <TitledSection headingId="written-replies" title="Written replies" className="space-y-6">
          <p className="text-slate-700 dark:text-slate-300">Check results only. Failed words are listed only when they come from the checks’ word lists or the scene’s forbidden words.</p>
          {insight.compose.map((scene) => (
            <div key={scene.sceneId} className="space-y-2">
              <h3 className="font-semibold">{scene.title}</h3>
              <p>
                Passed every check at the first try:{' '}
                <Cell cell={scene.firstTry} format={(value) => `${formatPercent(value.passRate)} of ${value.tries} first replies`} />
              </p>
              <Table caption={`Checks in ${scene.title}`} columns={['Check', 'Replies checked', 'Pass rate']}>
                {scene.checks.map((check) => (
                  <tr key={check.check} className={bodyRow}>
                    <RowHeading className="py-2 pr-4">{check.title}</RowHeading>
                    <td className="py-2 pr-4 text-right"><Cell cell={check.results} format={(value) => String(value.results)} /></td>
                    <td className="py-2 pr-4 text-right"><Cell cell={check.results} format={(value) => formatPercent(value.passRate)} /></td>
                  </tr>
                ))}
              </Table>
              {scene.failedWords.length > 0 ? (
                <Table caption={`Words that most often failed a check in ${scene.title}`} columns={['Word', 'Check', 'Times']}>
                  {scene.failedWords.map((word) => (
                    <tr key={`${word.check}:${word.word}`} className={bodyRow}>
                      <RowHeading className="py-2 pr-4">{word.word}</RowHeading>
                      <td className="py-2 pr-4 text-right">{word.check}</td>
                      <td className="py-2 pr-4 text-right">{word.times}</td>
                    </tr>
                  ))}
                </Table>
              ) : (
                <p>No failed word reaches the {insight.minLearners}-learner threshold.</p>
              )}
            </div>
          ))}
        </TitledSection>
      ) : null}
    </div>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="max-w-full min-w-0 space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {children}
    </div>
  );
}

function ordinal(position: number): string {
  const suffix = position % 10 === 1 && position % 100 !== 11 ? 'st' : position % 10 === 2 && position % 100 !== 12 ? 'nd' : position % 10 === 3 && position % 100 !== 13 ? 'rd' : 'th';
  return `${position}${suffix}`;
}
