const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' });

/** A date as UK readers expect it, e.g. "3 Mar 2026". */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
