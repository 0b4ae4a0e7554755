import type { MatrixEntries } from '../support/matrix';
import { adminsOnly, request, signedIn } from '../support/matrix';
import { formData } from '../support/personas';

/** Accounts, sign-in, profile and admin (lib/server/auth, lib/server/users). */
export const entries: MatrixEntries = {
  'app/api/auth/[...nextauth]/route.ts#GET': { public: 'Auth.js endpoints: CSRF token, session, email-link and SSO callbacks.' },
  'app/api/auth/[...nextauth]/route.ts#POST': { public: 'Auth.js endpoints: sign-in requests (rate limited) and sign-out.' },
  'app/sign-in/actions.ts#requestSignInLink': { public: 'Anyone may ask for a sign-in link; one email per address per 5 minutes, rate limited per IP.' },
  'app/sign-in/actions.ts#signInWithOidc': { public: 'Starts single sign-on; the identity provider authenticates.' },
  'app/sign-in/actions.ts#signOutUser': { public: 'Ends whatever session the caller has, if any.' },

  'app/profile/actions.ts#updateProfile': {
    allow: signedIn,
    call: (updateProfile) => updateProfile({ ok: null }, formData({ certificateName: 'Sam Patel', gdcNumber: '123456', registrantType: 'dentist', cpdCycleStart: '2023-01-01' })),
  },
  'app/account/export/route.ts#GET': { allow: signedIn, call: (GET) => GET(request('/account/export')) },
  'app/account/actions.ts#deleteAccount': {
    allow: signedIn,
    call: (deleteAccount, { user }) => deleteAccount({ ok: null }, formData({ confirmEmail: user?.email ?? 'nobody@example.test' })),
  },
  'app/account/actions.ts#signOutEverywhere': { allow: signedIn, call: (signOutEverywhere) => signOutEverywhere() },
  'app/admin/users/actions.ts#setUserSuspended': {
    allow: adminsOnly,
    call: (setUserSuspended, { world }) => setUserSuspended(null, formData({ userId: world.users.learner.id, suspended: 'true', confirm: 'yes' })),
  },
};

