import { renderCpdRecordPdf } from '@/lib/certificates/cpd-record-pdf';
import { cpdRecordToCsv } from '@/lib/cpd/cpd-record-csv';
import { ukToday } from '@/lib/cpd/plain-date';
import { AppError, toErrorResponse } from '@/lib/errors';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { getCpdRecord } from '@/lib/server/cpd-record/get-cpd-record';

/** The signed-in learner's own CPD record: `?format=csv` (every activity) or `?format=pdf` (the current cycle and plan). */
export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requireUser();
    const format = new URL(request.url).searchParams.get('format') ?? 'csv';
    if (format !== 'csv' && format !== 'pdf') throw new AppError('VALIDATION', 'Choose format=csv or format=pdf.');
    const record = await getCpdRecord({ userId: user.id });
    if (!record.registrantType) {
      throw new AppError('CONFLICT', 'Set your registrant type in your profile first: it decides your CPD years and cycle.');
    }
    const date = ukToday();
    const headers = { 'Cache-Control': 'private, no-store' };
    if (format === 'csv') {
      return new Response(cpdRecordToCsv({ registrantType: record.registrantType, activities: record.activities }), {
        headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="cpd-record-${date}.csv"` },
      });
    }
    if (!record.summary) {
      throw new AppError('CONFLICT', 'Enter your CPD cycle start in your profile first: GDC cycles are individual, so we do not guess yours.');
    }
    const pdf = await renderCpdRecordPdf({ summary: record.summary, activities: record.summary.activities, plan: record.plan, learner: record.learner });
    return new Response(Buffer.from(pdf), {
      headers: { ...headers, 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="cpd-record-${date}.pdf"` },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
