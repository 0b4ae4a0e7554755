import { z } from 'zod';

/** The GDC register titles a learner can hold, as stored on `User.registrantType`. */
export const REGISTRANT_TYPES = [
  'dentist',
  'dental-nurse',
  'dental-hygienist',
  'dental-therapist',
  'orthodontic-therapist',
  'clinical-dental-technician',
  'dental-technician',
] as const;
export type RegistrantType = (typeof REGISTRANT_TYPES)[number];

export const registrantTypeSchema = z.enum(REGISTRANT_TYPES);

/** Labels as the GDC writes the register titles. */
export const REGISTRANT_TYPE_LABELS: Record<RegistrantType, string> = {
  dentist: 'Dentist',
  'dental-nurse': 'Dental nurse',
  'dental-hygienist': 'Dental hygienist',
  'dental-therapist': 'Dental therapist',
  'orthodontic-therapist': 'Orthodontic therapist',
  'clinical-dental-technician': 'Clinical dental technician',
  'dental-technician': 'Dental technician',
};

/** Verifiable CPD hours the GDC requires over one five-year cycle (Enhanced CPD scheme). */
export const CYCLE_REQUIREMENT_HOURS: Record<RegistrantType, number> = {
  dentist: 100,
  'dental-hygienist': 75,
  'dental-therapist': 75,
  'orthodontic-therapist': 75,
  'clinical-dental-technician': 75,
  'dental-nurse': 50,
  'dental-technician': 50,
};

/** The GDC's minimum for every two consecutive CPD years, the same for every registrant. */
export const TWO_YEAR_MINIMUM_HOURS = 10;

/** Dentists and dental care professionals (DCPs) run on different CPD calendars. */
export function isDentist(type: RegistrantType): boolean {
  return type === 'dentist';
}
