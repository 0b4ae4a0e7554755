import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { RowHeading, TableHead } from '@/components/ui/table-headings';
import { TableScroll } from '@/components/ui/table-scroll';
import { TitledSection } from '@/components/ui/titled-section';
import { isAppError } from '@/lib/errors';
import type { Share } from '@/lib/insight/build-scenario-insight';
import type { TeamInsight } from '@/lib/insight/build-team-insight';
import { formatPercent, HIDDEN_LABEL } from '@/lib/insight/format-insight';
import type { Guarded } from '@/lib/insight/privacy';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { getTeamInsight } from '@/lib/server/insight/get-team-insight';
import { pluralNoun } from '@/lib/text/plural';

export const metadata: Metadata = { title: 'Team insight', robots: { index: false } };

const linkClass = 'text-sky-800 underline underline-offset-4 dark:text-sky-300';
const shareText = (value: Share) => `${value.count} (${formatPercent(value.share)})`;

function Cell<T>({ cell, format }: { cell: Guarded<T>; format: (value: T) => string }) {
  return cell.hidden ? <span className="italic text-slate-700 dark:text-slate-300">{HIDDEN_LABEL}</span> : <>{format(cell.value)}</>;
}

async function loadInsight(actorId: string, practiceId: string): Promise<TeamInsight> {
  try {
    return await getTeamInsight({ actorId, practiceId });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

/** Practice owners and managers: where the team as a whole chose risky options, by guidance theme. Counts only. */
export default async function TeamInsightPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const user = await requirePageUser(`/practice/${encodeURIComponent(practiceId)}/team-insight`);
  const insight = await loadInsight(user.id, practiceId);

  return (
    <div className="flex flex-col gap-8">
      <Breadcrumb trail={[{ href: `/practice/${encodeURIComponent(practiceId)}`, label: insight.practice.name }]} />
      <h1 className="text-3xl font-bold break-words">Team insight</h1>
      <div className="space-y-2 rounded-lg border-2 border-slate-400 p-3 dark:border-slate-600">
        <p>
          How your team as a whole decided in the scenarios, grouped by the guidance each decision teaches: how often someone chose an
          option the guidance warns against (a <em>risky choice</em>). Use it to decide what to discuss together.
        </p>
        <p>
          This is team insight, not surveillance: it shows counts only, never who chose what, never anyone&apos;s ending, written replies or
          reflections. Any figure drawn from fewer than {insight.minLearners} people is <em>hidden</em>, and a risky count is shown only when
          at least {insight.minLearners} people made risky choices.
        </p>
      </div>
      <p>
        <a href={`/practice/${encodeURIComponent(practiceId)}/team-insight/export`} className={`font-semibold ${linkClass}`} download>
          Download these figures as CSV
        </a>
      </p>

      {insight.themes.length === 0 ? (
        <p>No one in the practice has made a decision in a scenario yet.</p>
      ) : (
        <TitledSection headingId="themes" title="Risky choices by guidance theme" className="space-y-3">
          <TableScroll label="Risky choices by guidance theme">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Risky choices by guidance theme</caption>
              <TableHead
                rowClassName="border-b border-slate-300 dark:border-slate-700"
                columns={['Theme', 'People who decided', 'Decisions', 'Risky choices'].map((label, index) => ({
                  label,
                  className: index === 0 ? 'py-2 pr-4' : 'py-2 pr-4 text-right',
                }))}
              />
              <tbody>
                {insight.themes.map((theme) => (
                  <tr key={theme.theme} className="border-b border-slate-200 dark:border-slate-800">
                    <RowHeading className="py-2 pr-4">{theme.title}</RowHeading>
                    <td className="py-2 pr-4 text-right"><Cell cell={theme.learners} format={String} /></td>
                    <td className="py-2 pr-4 text-right"><Cell cell={theme.decisions} format={String} /></td>
                    <td className="py-2 pr-4 text-right"><Cell cell={theme.risky} format={shareText} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </TitledSection>
      )}

      {insight.themes.map((theme) => (
        <TitledSection key={theme.theme} headingId={`theme-${theme.theme}`} title={theme.title} className="space-y-2">
          {theme.where.length > 0 ? (
            <ul className="list-disc space-y-1 pl-6">
              {theme.where.map((decision) => (
                <li key={`${decision.scenarioTitle}\u0000${decision.sceneTitle}`}>
                  {decision.scenarioTitle}, “{decision.sceneTitle}”: risky choices <Cell cell={decision.risky} format={shareText} />
                </li>
              ))}
            </ul>
          ) : (
            <p>No single decision in this theme has enough people behind it to show.</p>
          )}
          {theme.hiddenDecisions > 0 ? (
            <p className="text-slate-700 dark:text-slate-300">
              {theme.hiddenDecisions} more {pluralNoun(theme.hiddenDecisions, 'decision is', 'decisions are')} hidden: fewer than {insight.minLearners}{' '}
              people made {pluralNoun(theme.hiddenDecisions, 'it', 'them')} or chose a risky option there.
            </p>
          ) : null}
        </TitledSection>
      ))}
    </div>
  );
}
