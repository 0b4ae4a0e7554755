'use client';

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
      errorId={`${id}-error`}
      confirmation={`I understand: the verification page will show ${code} as revoked with this reason, and the holder is emailed. It can be reinstated for a limited time.`}
      submitLabel="Revoke"
      fields={(refused) => (
        <div className="space-y-1">
          <label htmlFor={id} className="block text-sm font-semibold">
            Reason for revoking {code} (shown publicly)
          </label>
          <input
            id={id}
            name="reason"
            required
            minLength={5}
            maxLength={REVOCATION_REASON_MAX_LENGTH}
            aria-invalid={refused ? true : undefined}
            aria-describedby={refused ? `${id}-error` : undefined}
            className={`block w-64 ${inputBoxClass}`}
          />
        </div>
      )}
    />
  );
}
