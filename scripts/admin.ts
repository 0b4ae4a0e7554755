/**
 * `npm run admin -- grant <email>` / `revoke <email>`: the only way to make someone an admin,
 * so the power can never be granted through the web app. Runs against DATABASE_URL.
 */
import { z } from 'zod';
import { setAdmin } from '@/lib/server/users/set-admin';
import { db } from '@/lib/server/db/client';

const usage = 'Usage: npm run admin -- grant <email>\n       npm run admin -- revoke <email>';

const argsSchema = z.tuple([z.enum(['grant', 'revoke']), z.email()]);

async function main(): Promise<number> {
  const parsed = argsSchema.safeParse(process.argv.slice(2));
  if (!parsed.success) {
    console.error(usage);
    return 2;
  }
  const [command, email] = parsed.data;
  const user = await setAdmin({ email, isAdmin: command === 'grant' });
  if (!user) {
    console.error(`No user with the email ${email}. They must sign in once before they can be made an admin.`);
    return 1;
  }
  console.log(`${user.email} is ${user.isAdmin ? 'now an admin' : 'no longer an admin'}.`);
  return 0;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exitCode = code;
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exitCode = 1;
  });
