import { expect, test } from '@playwright/test';
import { signInThroughOutbox } from '../support/sign-in';

const certifiedEmail = 'certified@demo.postwise.test';
const adminEmail = 'admin@demo.postwise.test';
const moduleTitle = 'Social media and your professional reputation';
const reason = 'Demo: revoked to try the admin page; reinstated straight after.';

test('the quick start comes with a demo certificate: its holder finds it on /cpd, anyone verifies it, an admin revokes and reinstates it', async ({ page, browser }) => {
  await signInThroughOutbox(page, certifiedEmail, '/cpd');
  const link = page.getByRole('link', { name: `Certificate for ${moduleTitle}`, exact: true });
  const code = (await link.getAttribute('href'))?.split('/').pop() ?? '';
  expect(code).toMatch(/^PW-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(page.getByRole('row').filter({ has: link })).toContainText('2 hours 15 minutes');

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByRole('status').filter({ hasText: 'Valid certificate' })).toBeVisible();
  await expect(visitor.getByText('Alex Morgan')).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await signInThroughOutbox(admin, adminEmail, `/admin/certificates?q=${code}`);
  const entry = admin.getByRole('listitem').filter({ hasText: code });
  await entry.getByRole('textbox', { name: `Reason for revoking ${code} (shown publicly)`, exact: true }).fill(reason);
  await entry.getByRole('checkbox', { name: new RegExp(`^I understand: the verification page will show ${code} as revoked`) }).check();
  await entry.getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(admin.getByText('Certificate revoked. Its verification page now shows the reason.')).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText('Revoked: this certificate is no longer valid')).toBeVisible();

  const revoked = admin.getByRole('listitem').filter({ hasText: code });
  await revoked.getByRole('checkbox', { name: new RegExp(`^I understand: ${code} becomes valid again`) }).check();
  await revoked.getByRole('button', { name: 'Reinstate', exact: true }).click();
  await expect(admin.getByText('Certificate reinstated. Its verification page shows it as valid again, and the holder has been emailed.')).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole('status').filter({ hasText: 'Valid certificate' })).toBeVisible();
});
