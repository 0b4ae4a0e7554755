import type { MatrixEntries } from '../support/matrix';
import { practiceOwners, request, routeParams } from '../support/matrix';

/** Team insight (lib/server/insight/get-team-insight.ts): the practice's owners and managers only, checked in the query. */
export const entries: MatrixEntries = {
  'app/practice/[practiceId]/team-insight/export/route.ts#GET': {
    allow: practiceOwners,
    call: (GET, { world }) => GET(request(`/practice/${world.practiceId}/team-insight/export`), routeParams({ practiceId: world.practiceId })),
  },
};
