import { canonicalJson } from '@/lib/json/canonical-json';
import { generateCertificateCode } from '@/lib/certificates/certificate-code';
import { sampleContent, sampleModule } from '@/lib/certificates/sample-certificate.test-support';
import { signCertificate } from '@/lib/certificates/signing';
import { getSigningKey } from '@/lib/server/certificates/get-signing-key';
import type { CellContext, MatrixEntries } from '../support/matrix';
import { adminsOnly, request, routeParams, signedIn } from '../support/matrix';
import { formData } from '../support/personas';

const moduleId = 'matrix-certificate-module';

/** The sample module, published once per database (cells share the database, not the rows). */
async function ensureModule({ db }: CellContext): Promise<{ versionId: string }> {
  await db.cpdModule.upsert({ where: { id: moduleId }, create: { id: moduleId, title: sampleModule.title }, update: {} });
  const version = await db.moduleVersion.upsert({
    where: { moduleId_contentHash: { moduleId, contentHash: 'matrix-hash' } },
    create: { moduleId, version: 1, contentHash: 'matrix-hash', definitionJson: JSON.stringify({ ...sampleModule, id: moduleId, scenarios: [] }) },
    update: {},
    select: { id: true },
  });
  return { versionId: version.id };
}

/** A signed certificate belonging to the world's learner; returns its code. */
async function learnersCertificate(context: CellContext): Promise<string> {
  const { versionId } = await ensureModule(context);
  const code = generateCertificateCode();
  const content = sampleContent({ code, verifyUrl: `http://localhost:3000/verify/${code}` });
  const key = await getSigningKey();
  await context.db.certificate.create({
    data: {
      code,
      userId: context.world.users.learner.id,
      moduleId,
      moduleVersionId: versionId,
      contentJson: canonicalJson(content),
      signature: signCertificate(content, key.privateKeyPem),
      signingKeyId: key.keyId,
    },
  });
  return code;
}

/** An external CPD entry and a plan line owned by whoever is asking (the learner, for anonymous). */
async function ownEntries({ db, user, world }: CellContext): Promise<{ externalId: string; plannedId: string }> {
  const userId = user?.id ?? world.users.learner.id;
  const external = await db.externalCpdActivity.create({
    data: { userId, title: 'Course', provider: 'Deanery', completedOn: new Date('2025-01-10T12:00:00Z'), minutes: 60, outcomes: 'C' },
    select: { id: true },
  });
  const planned = await db.plannedCpdActivity.create({ data: { userId, title: 'Plan', outcomes: 'A', timeframe: '2027' }, select: { id: true } });
  return { externalId: external.id, plannedId: planned.id };
}

const externalEntry = { title: 'Radiography update', provider: 'Deanery', completedOn: '2025-11-02', hours: '2', outcomes: 'C' };

const reflection = Array.from({ length: 60 }, () => 'reflect').join(' ');

/** Module completion, certificates, verification and the admin certificate console (lib/server/completion, lib/server/certificates). */
export const entries: MatrixEntries = {
  'app/learn/[moduleId]/complete/actions.ts#saveReflectionAction': {
    allow: signedIn,
    call: async (saveReflectionAction, context) => {
      await ensureModule(context);
      return saveReflectionAction(null, formData({ moduleId, text: reflection }));
    },
  },
  'app/learn/[moduleId]/complete/actions.ts#saveFeedbackAction': {
    allow: signedIn,
    call: async (saveFeedbackAction, context) => {
      await ensureModule(context);
      return saveFeedbackAction(null, formData({ moduleId, rating: '4', comment: 'Clear and useful.' }));
    },
  },
  // Signed-in learners get as far as the completion check (CONFLICT: nothing played yet).
  'app/learn/[moduleId]/complete/actions.ts#getCertificateAction': {
    allow: signedIn,
    call: async (getCertificateAction, context) => {
      await ensureModule(context);
      return getCertificateAction(null, formData({ moduleId }));
    },
  },
  'app/certificates/[code]/pdf/route.ts#GET': {
    allow: ['learner', 'admin'],
    call: async (GET, context) => {
      const code = await learnersCertificate(context);
      return GET(request(`/certificates/${code}/pdf`), routeParams({ code }));
    },
  },
  // The CPD record: every signed-in learner edits and exports only their own (queries carry userId).
  'app/cpd/actions.ts#saveExternalCpdAction': { allow: signedIn, call: (save) => save(null, formData(externalEntry)) },
  'app/cpd/actions.ts#deleteExternalCpdAction': {
    allow: signedIn,
    call: async (remove, context) => remove(null, formData({ id: (await ownEntries(context)).externalId, confirm: 'yes' })),
  },
  'app/cpd/actions.ts#addPlannedCpdAction': {
    allow: signedIn,
    call: (add) => {
      const form = formData({ learningNeed: 'Safeguarding', fieldOfPractice: 'General practice', title: 'Safeguarding refresher', timeframe: 'by March 2027' });
      form.append('outcomes', 'D');
      return add(null, form);
    },
  },
  'app/cpd/actions.ts#deletePlannedCpdAction': {
    allow: signedIn,
    call: async (remove, context) => remove(null, formData({ id: (await ownEntries(context)).plannedId, confirm: 'yes' })),
  },
  'app/cpd/export/route.ts#GET': { allow: signedIn, call: (GET) => GET(request('/cpd/export?format=csv')) },
  'app/verify/[code]/json/route.ts#GET': { public: 'Certificate verification is public by design; codes are unguessable (60 random bits).' },
  'app/.well-known/postwise-certificate-keys.json/route.ts#GET': { public: 'The published public keys anyone needs to check a certificate offline.' },
  'app/admin/certificates/actions.ts#revokeCertificateAction': {
    allow: adminsOnly,
    call: async (revokeCertificateAction, context) => {
      const code = await learnersCertificate(context);
      return revokeCertificateAction(null, formData({ code, reason: 'Issued in error.', confirm: 'yes' }));
    },
  },
  'app/admin/certificates/actions.ts#reinstateCertificateAction': {
    allow: adminsOnly,
    call: async (reinstateCertificateAction, context) => {
      const code = await learnersCertificate(context);
      await context.db.certificate.update({ where: { code }, data: { revokedAt: new Date(), revokedReason: 'Issued in error.' } });
      return reinstateCertificateAction(null, formData({ code, confirm: 'yes' }));
    },
  },
};
