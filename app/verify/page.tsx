import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/input-class';
import { normaliseCertificateCode } from '@/lib/certificates/certificate-code';

export const metadata: Metadata = { title: 'Verify a certificate' };

/** Public: type the code printed on a certificate to see whether it is genuine and still valid. */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code: typed } = await searchParams;
  const input = typeof typed === 'string' ? typed.slice(0, 100) : '';
  const code = input ? normaliseCertificateCode(input) : null;
  if (code) redirect(`/verify/${code}`);
  const invalid = input !== '';

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">Verify a certificate</h1>
      <p>Enter the code printed on a Postwise CPD certificate, or scan its QR code, to see the details we issued and whether it is still valid.</p>
      <form method="get" action="/verify" className="space-y-3" noValidate>
        <div className="space-y-1">
          <label htmlFor="code" className="block font-semibold">
            Certificate code
          </label>
          <p id="code-hint" className="text-sm text-slate-700 dark:text-slate-300">
            For example PW-7K3M-Q9XD-2HVA. Capitals and dashes do not matter.
          </p>
          <input
            id="code"
            name="code"
            defaultValue={input}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? 'code-hint code-error' : 'code-hint'}
            className={`${inputClass} font-mono`}
          />
          {invalid ? (
            <p id="code-error" role="alert" className="text-red-800 dark:text-red-300">
              That is not a certificate code: it should be PW followed by 12 letters and digits.
            </p>
          ) : null}
        </div>
        <Button type="submit">Verify</Button>
      </form>
    </div>
  );
}
