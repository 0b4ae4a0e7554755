import type { Audience } from '@/lib/scenario/definition';
import type { RegistrantType } from '@/lib/cpd/registrant-types';

/** Roles in the practice team that the GDC register does not describe, as stored on `User.teamRole`. */
export const TEAM_ROLES = ['receptionist', 'practice-manager'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  receptionist: 'Receptionist',
  'practice-manager': 'Practice manager',
};

/** The scenario audience each GDC register title belongs to (orthodontic therapists with therapists, clinical technicians with technicians). */
const AUDIENCE_OF_REGISTRANT: Record<RegistrantType, Audience> = {
  dentist: 'dentist',
  'dental-nurse': 'dental-nurse',
  'dental-hygienist': 'hygienist',
  'dental-therapist': 'therapist',
  'orthodontic-therapist': 'therapist',
  'clinical-dental-technician': 'technician',
  'dental-technician': 'technician',
};

/** The scenario audiences a learner belongs to, from their profile; empty when neither is set. */
export function learnerAudiences({ registrantType, teamRole }: { registrantType: RegistrantType | null; teamRole: TeamRole | null }): Audience[] {
  const audiences = new Set<Audience>();
  if (registrantType) audiences.add(AUDIENCE_OF_REGISTRANT[registrantType]);
  if (teamRole) audiences.add(teamRole);
  return [...audiences];
}

/** Whether a scenario written for `audience` (absent: everyone) is recommended to a learner in `learner`. */
export function isRecommendedFor(audience: readonly Audience[] | undefined, learner: readonly Audience[]): boolean {
  return audience !== undefined && learner.some((role) => audience.includes(role));
}
