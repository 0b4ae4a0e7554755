import { formatShortDate } from '@/lib/cpd/plain-date';


/** A date as UK readers expect it, e.g. "3 Mar 2026". */
export function formatDate(date: Date): string {
  return formatShortDate(date);
}
