'use client';

import { FormField } from '@/components/ui/form-field';
import { inputBoxClass } from '@/components/ui/input-class';
import { revokeCertificateAction } from './actions';
import { ConfirmedCertificateForm } from './confirmed-certificate-form';

// The same limit as the server's (lib/server/certificates/revoke-certificate.ts), which a client component cannot import.
const REVOCATION_REASON_MAX_LENGTH = 500;

/**
 * Revokes one certificate. The reason is required and becomes public on its verification page;
 * a confirming tick makes revoking a deliberate second step.
 */
export function RevokeForm({ code, search }: { code: string; search: string }) {
  const id = `reason-${code}`;
  return (
    <ConfirmedCertificateForm
      action={revokeCertificateAction}
      code={code}
      search={search}
      errorId={`revoke-${code}-error`}
      confirmation={`I understand: the verification page will show ${code} as revoked with this reason, and the holder is emailed. It can be reinstated for a limited time.`}
      submitLabel="Revoke"
      fields={
        <FormField id={id} label={`Reason for revoking ${code} (shown publicly)`}>
          {(control) => <input {...control} name="reason" required minLength={5} maxLength={REVOCATION_REASON_MAX_LENGTH} className={`block w-64 max-w-full ${inputBoxClass}`} />}
        </FormField>
      }
    />
  );
}
