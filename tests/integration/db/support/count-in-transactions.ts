// Test helper process: increments a RateLimitWindow row's count `times` times, each a
// read-then-write interactive transaction, as concurrent app instances would.
// Usage: node --import tsx count-in-transactions.ts <databaseUrl> <key> <times>
import { createPrismaClient } from '@/lib/server/db/create-client';

const [databaseUrl = '', key = '', times = '0'] = process.argv.slice(2);

async function main() {
  const db = createPrismaClient({ databaseUrl });
  for (let round = 0; round < Number(times); round += 1) {
    await db.$transaction(async (tx) => {
      const row = await tx.rateLimitWindow.findUniqueOrThrow({ where: { key }, select: { count: true } });
      await tx.rateLimitWindow.update({ where: { key }, data: { count: row.count + 1 } });
    });
  }
  await db.$disconnect();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
