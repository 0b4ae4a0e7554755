const londonOffset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' });

function offsetMinutes(at: Date): number {
  const name = londonOffset.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The last moment of a calendar day (YYYY-MM-DD) in UK time: work "due on 1 May" is overdue
 * from midnight at the end of 1 May in the practice's clock, summer time included.
 */
export function endOfUkDay(day: string): Date {
  const utcMidnightAfter = Date.parse(`${day}T00:00:00.000Z`) + 24 * 60 * 60 * 1000;
  const guess = new Date(utcMidnightAfter);
  return new Date(utcMidnightAfter - offsetMinutes(guess) * 60 * 1000 - 1);
}

/** The UK calendar day (YYYY-MM-DD) a moment falls on, for date inputs and labels. */
export function ukDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
