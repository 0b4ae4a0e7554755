import type { MatrixEntries } from '../support/matrix';
import { everyone } from '../support/matrix';

/** Endpoints of the app shell. */
export const entries: MatrixEntries = {
  // Load balancers call it signed out; it says only whether the app and database answer.
  'app/api/health/route.ts#GET': { allow: everyone, call: (GET) => GET() },
  'app/try/[scenarioId]/actions.ts#checkReply': {
    public: 'Visitors trying the public trial scenario have their written reply checked; it saves nothing and answers only for the trial scenario.',
  },
};
