/**
 * `npm run bench:active-time`: how long learners really take. For each scenario of each published
 * module on DATABASE_URL, the median active time the server credited to learners who finished it,
 * beside the scenario's `minutes`; for each module, the median over learners who finished every
 * scenario, beside its `hours`. Authors use it to correct estimates from real data.
 */
import { summariseActiveTime } from '@/lib/server/catalogue/summarise-active-time';
import { db } from '@/lib/server/db/client';

async function main(): Promise<void> {
  const rows = await summariseActiveTime();
  if (rows.length === 0) {
    console.log('No published modules.');
    return;
  }
  const table = rows.map((row) => ({
    module: row.moduleId,
    scenario: row.scenarioId ?? '(whole module)',
    'estimated min': row.estimatedMinutes,
    'finished by': row.learners,
    'median active min': row.medianMinutes ?? '–',
  }));
  console.table(table);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
