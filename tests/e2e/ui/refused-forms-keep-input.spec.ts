import { randomBytes, randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { withE2eDatabase } from '../support/e2e-database';
import { signInThroughOutbox } from '../support/sign-in';

const adminEmail = 'admin@demo.postwise.test';

/**
 * Puts a certificate in the e2e server's database as a fixture, so the admin console has one to
 * refuse to revoke without a whole module being played first (certificates/complete-module.spec.ts
 * does that). Only the console reads it, never a verifier, so its signature is a placeholder; its
 * dates are copied from a seeded module version so they are stored the way Prisma stores them.
 */
function insertCertificate(learnerName: string): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const body = Array.from(randomBytes(12), (byte) => alphabet[byte & 31]).join('');
  const code = `PW-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}`;
  withE2eDatabase((database) => {
    const inserted = database
      .prepare(
        `INSERT INTO "Certificate" ("id", "code", "moduleId", "moduleVersionId", "contentJson", "signature", "signingKeyId", "issuedAt")
         SELECT ?, ?, "moduleId", "id", ?, 'e2e-fixture', 'e2e-fixture', "publishedAt" FROM "ModuleVersion" ORDER BY "publishedAt" LIMIT 1`,
      )
      .run(randomUUID(), code, JSON.stringify({ learner: { name: learnerName } }));
    if (inserted.changes !== 1) throw new Error('No module version to issue a fixture certificate for');
  });
  return code;
}

test('a refused revocation keeps the reason and the tick, and says on the field what is wrong', async ({ page }) => {
  const code = insertCertificate('Refused Revocation Fixture');
  await signInThroughOutbox(page, adminEmail, '/admin/certificates');
  await page.goto(`/admin/certificates?q=${code}`);
  const entry = page.getByRole('listitem').filter({ hasText: code });
  const reason = entry.getByRole('textbox', { name: `Reason for revoking ${code} (shown publicly)`, exact: true });
  const confirm = entry.getByRole('checkbox', { name: new RegExp(`^I understand: the verification page will show ${code} as revoked`) });

  // Five characters pass the browser's check, but the server trims them to two and refuses.
  await reason.fill('ab   ');
  await confirm.check();
  await entry.getByRole('button', { name: 'Revoke' }).click();
  const tooShort = 'Give the reason for revoking (at least 5 characters): it is shown on the public verification page.';
  // Said once, under the reason; the box names the field.
  await expect(entry.getByRole('alert')).toHaveText(`Check “Reason for revoking ${code} (shown publicly)”: what to change is under it.`);
  await expect(entry.getByText(tooShort, { exact: true })).toHaveCount(1);
  await expect(reason).toHaveValue('ab   ');
  await expect(confirm).toBeChecked();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(tooShort);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `revocation refused (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Sent unticked (as a browser that skips the required check would), the refusal names the tick and the reason stays.
  const fullReason = 'Issued in error: the practice reported two people shared this account.';
  await reason.fill(fullReason);
  await confirm.uncheck();
  await entry.locator('form').evaluate((form: HTMLFormElement) => {
    form.noValidate = true;
  });
  await entry.getByRole('button', { name: 'Revoke' }).click();
  const untickedMessage = 'Tick the box to confirm: revoking is public and the holder is emailed.';
  // The box asks for the tick in a few words instead of repeating its long label, and links to it.
  await expect(entry.getByRole('alert')).toHaveText('Tick the box to confirm.');
  await entry.getByRole('alert').getByRole('link', { name: 'Tick the box to confirm', exact: true }).click();
  await expect(confirm).toBeFocused();
  await expect(entry.getByText(untickedMessage, { exact: true })).toHaveCount(1);
  await expect(reason).toHaveValue(fullReason);
  await expect(reason).not.toHaveAttribute('aria-invalid', 'true');
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  await expect(confirm).toHaveAccessibleDescription(untickedMessage);

  // Nothing was revoked by either attempt: the console still offers to revoke it.
  await page.goto(`/admin/certificates?q=${code}`);
  await expect(page.getByRole('listitem').filter({ hasText: code }).getByRole('button', { name: 'Revoke' })).toBeVisible();
});
