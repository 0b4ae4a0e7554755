import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { withE2eDatabase } from '../support/e2e-database';
import { playSteps } from '../support/play';
import { findPath, loadLibrary } from '../support/scenario-paths';
import { signInThroughOutbox } from '../support/sign-in';

const learnerName = 'Zoë Łukasz-Morgan';
const reflection =
  'Before this module I thought a closed professional group was a safe place to discuss cases. I now see how a few small details ' +
  'can identify a patient when they are put together. In future I will remove dates, places and photographs before asking colleagues ' +
  'for advice, I will decline friend requests from patients politely, and I will take advice from my defence organisation before replying to any review.';

const adminEmail = 'admin@demo.postwise.test';
const revocationReason =
  'Issued in error: the practice reported that two members of staff shared this account, so the reflection cannot be attributed to ' +
  'the named registrant. Reference PW-2026-0413; guidance followed: https://www.gdc-uk.org/education-cpd/cpd/enhanced-continuing-professional-development';

/**
 * Gives the learner's attempts 20 minutes of active time each. A test plays in seconds, but a
 * certificate needs at least 15 minutes of active learning (the GDC wants real hours, and the
 * hours rule never rounds up), so the e2e server's database is seeded directly, as a fixture:
 * there is deliberately no route in the app that could do this.
 */
function seedActiveTime(email: string): void {
  withE2eDatabase((database) => {
    const result = database
      .prepare('UPDATE "Attempt" SET "activeSeconds" = 1200 WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = ?)')
      .run(email);
    if (result.changes === 0) throw new Error(`No attempts to seed for ${email}`);
  });
}

test('a learner completes the module, gets a certificate and its PDF, and anyone can verify it; an admin revokes and reinstates it', async ({ page, browser }) => {
  const email = `certificate-${Date.now()}@e2e.postwise.test`;
  const library = loadLibrary();

  await signInThroughOutbox(page, email, '/profile');
  // An empty name is refused once, with the first rule it breaks only, and the box names the field.
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Check “Name on certificates”' })).toHaveText('Check “Name on certificates”: what to change is under it.');
  await expect(page.getByText('Enter your name as it should appear on your certificates.', { exact: true })).toHaveCount(1);
  await expect(page.getByText(/can only contain letters/)).toHaveCount(0);
  await page.getByLabel('Name on certificates').fill(learnerName);
  await page.getByLabel('GDC registration number (optional)').fill('123456');
  await page.getByLabel('Registrant type').selectOption({ label: 'Dental nurse' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your profile has been saved.' })).toBeVisible();

  // Before anything is played, the certificate button is disabled and says what is missing.
  await page.goto(`/learn/${library.moduleId}/complete`);
  await expect(page.getByRole('button', { name: 'Get my certificate' })).toBeDisabled();
  await expect(page.getByText(`Play ${library.scenarios.length} more scenarios to an ending.`)).toBeVisible();

  // Every scenario to its nearest ending, through the player.
  for (const scenario of library.scenarios) {
    const steps = findPath(scenario, (position) => position.kind === 'ending');
    if (!steps) throw new Error(`No way to an ending in ${scenario.id}`);
    await page.goto(`/learn/${library.moduleId}/${scenario.id}`);
    await playSteps(page, steps);
    await expect(page.getByRole('heading', { name: 'Your path' })).toBeVisible();
  }
  seedActiveTime(email);

  await page.goto(`/learn/${library.moduleId}/complete`);
  await expect(page.getByRole('heading', { name: `Scenarios: ${library.scenarios.length} of ${library.scenarios.length} played to an ending` })).toBeVisible();

  // A reflection that is too short is refused; a full one is saved.
  const reflectionBox = page.getByRole('textbox', { name: 'Your reflection' });
  await reflectionBox.fill('Too short to count.');
  await expect(page.getByText('4 words — 46 more needed')).toBeVisible();
  // Required fields say so; the refusal is said once, under its field, and the box names the field.
  await expect(page.locator('label[for="reflection-text"]')).toHaveText('Your reflection (required)');
  await expect(page.locator('label[for="feedback-comment"]')).toHaveText('Your comment (required)');
  await expect(page.getByRole('group', { name: 'How would you rate this module? (required)', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Save reflection', exact: true }).click();
  const tooShort = 'Write at least 50 words; you have written 4.';
  await expect(reflectionBox).toHaveAttribute('aria-invalid', 'true');
  await expect(reflectionBox).toHaveAccessibleDescription(new RegExp(`${tooShort.replace('.', '\\.')}$`));
  await expect(page.getByRole('alert').filter({ hasText: 'Check “Your reflection”' })).toHaveText('Check “Your reflection”: what to change is under it.');
  await expect(page.getByText(tooShort, { exact: true })).toHaveCount(1);
  await reflectionBox.fill(reflection);
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your reflection has been saved.' })).toBeVisible();

  // A comment too short to say anything is refused under the comment, the rating kept.
  await page.getByRole('radio', { name: '4 – Very good' }).check();
  const comment = page.getByRole('textbox', { name: 'Your comment', exact: true });
  await comment.fill('ok');
  await page.getByRole('button', { name: 'Save feedback', exact: true }).click();
  await expect(comment).toHaveAttribute('aria-invalid', 'true');
  await expect(comment).toHaveAccessibleDescription(/Tell us, in a few words, what worked or what could be better\.$/);
  await expect(page.getByRole('alert').filter({ hasText: 'Check “Your comment”' })).toHaveText('Check “Your comment”: what to change is under it.');
  await expect(page.getByRole('radio', { name: '4 – Very good' })).toBeChecked();
  await comment.fill('Realistic scenarios and clear feedback.');
  await page.getByRole('button', { name: 'Save feedback' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Thank you: your feedback has been saved.' })).toBeVisible();

  await page.getByRole('button', { name: 'Get my certificate' }).click();
  await expect(page).toHaveURL(/\/certificates\/PW-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const code = new URL(page.url()).pathname.split('/').pop() as string;
  await expect(page.getByRole('heading', { name: 'Certificate of verifiable CPD' })).toBeVisible();
  await expect(page.getByText(learnerName).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code linking to .*\/verify\// })).toBeVisible();
  // The README shows this certificate (npm run screenshots copies it to docs/screenshots/).
  mkdirSync('artifacts/readme', { recursive: true });
  await page.screenshot({ path: 'artifacts/readme/certificate.png' });

  // The PDF, with the learner's own session.
  const pdfHref = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
  expect(pdfHref).toBe(`/certificates/${code}/pdf`);
  const pdf = await page.request.get(pdfHref as string);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Going back to the completion page shows the certificate instead of issuing another.
  await page.goto(`/learn/${library.moduleId}/complete`);
  await expect(page.getByRole('link', { name: `View your certificate ${code}` })).toBeVisible();

  // A signed-out visitor types the code as printed, in lower case, and sees it verified.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/verify');
  await visitor.getByLabel('Certificate code').fill(code.toLowerCase());
  await visitor.getByRole('button', { name: 'Verify' }).click();
  await expect(visitor).toHaveURL(new RegExp(`/verify/${code}$`));
  await expect(visitor.getByRole('status').filter({ hasText: 'Valid certificate' })).toBeVisible();
  await expect(visitor.getByText(learnerName)).toBeVisible();
  await expect(visitor.getByText('123456')).toBeVisible();
  const visitorPdf = await visitor.request.get(`/certificates/${code}/pdf`);
  expect(visitorPdf.status()).toBe(401);

  await visitor.goto('/verify/PW-0000-0000-0000');
  await expect(visitor.getByRole('heading', { name: 'No certificate with this code' })).toBeVisible();

  // An admin revokes it, with a realistic long reason (a web address does not break), only after confirming.
  const admin = await (await browser.newContext()).newPage();
  await signInThroughOutbox(admin, adminEmail, '/admin/certificates');
  await admin.goto(`/admin/certificates?q=${code}`);
  const entry = admin.getByRole('listitem').filter({ hasText: code });
  const reason = entry.getByRole('textbox', { name: `Reason for revoking ${code} (shown publicly)`, exact: true });
  const confirmRevoke = entry.getByRole('checkbox', { name: new RegExp(`^I understand: the verification page will show ${code} as revoked`) });
  // A reason of spaces passes the browser's check but not the server's: refused once, under the reason, which it describes.
  await reason.fill('      ');
  await confirmRevoke.check();
  await entry.getByRole('button', { name: 'Revoke', exact: true }).click();
  const reasonRule = 'Give the reason for revoking (at least 5 characters): it is shown on the public verification page.';
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(reasonRule);
  await expect(entry.getByText(reasonRule, { exact: true })).toHaveCount(1);
  await expect(entry.getByRole('alert')).toHaveText(`Check “Reason for revoking ${code} (shown publicly)”: what to change is under it.`);
  await confirmRevoke.uncheck();
  await reason.fill(revocationReason);
  await entry.getByRole('button', { name: 'Revoke' }).click();
  // Unconfirmed, the browser keeps the form from being sent: the certificate is still valid.
  expect(await confirmRevoke.evaluate((box: HTMLInputElement) => box.validity.valueMissing)).toBe(true);
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByRole('status').filter({ hasText: 'Valid certificate' })).toBeVisible();
  await confirmRevoke.check();
  await entry.getByRole('button', { name: 'Revoke' }).click();
  await expect(admin.getByText('Certificate revoked. Its verification page now shows the reason.')).toBeVisible();
  await checkEverywhere(admin, 'admin-certificates-revoked');

  await visitor.reload();
  await expect(visitor.getByText('Revoked: this certificate is no longer valid')).toBeVisible();
  await expect(visitor.getByText(revocationReason, { exact: false })).toBeVisible();
  await checkEverywhere(visitor, 'verify-revoked');

  // Within the grace period the admin reinstates it, again only after confirming, and the public page shows it valid.
  const revoked = admin.getByRole('listitem').filter({ hasText: code });
  await revoked.getByRole('checkbox', { name: new RegExp(`^I understand: ${code} becomes valid again`) }).check();
  await revoked.getByRole('button', { name: 'Reinstate' }).click();
  await expect(admin.getByText('Certificate reinstated. Its verification page shows it as valid again, and the holder has been emailed.')).toBeVisible();
  await checkEverywhere(admin, 'admin-certificates-reinstated');
  await visitor.reload();
  await expect(visitor.getByRole('status').filter({ hasText: 'Valid certificate' })).toBeVisible();
  await expect(visitor.getByText('Revoked: this certificate is no longer valid')).toHaveCount(0);
});
