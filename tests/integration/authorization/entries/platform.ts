import type { MatrixEntries } from '../support/matrix';
import { everyone } from '../support/matrix';

/** Endpoints of the app shell. */
export const entries: MatrixEntries = {
  // Load balancers call it signed out; it says only whether the app and database answer.
  'app/api/health/route.ts#GET': { allow: everyone, call: (GET) => GET() },
};
