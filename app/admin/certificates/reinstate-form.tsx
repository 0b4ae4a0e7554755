'use client';

import { reinstateCertificateAction } from './actions';
import { ConfirmedCertificateForm } from './confirmed-certificate-form';

/** Reinstates one revoked certificate, within the grace period the page states (`until`), after a confirming tick. */
export function ReinstateForm({ code, search, until }: { code: string; search: string; until: string }) {
  return (
    <ConfirmedCertificateForm
      action={reinstateCertificateAction}
      code={code}
      search={search}
      errorId={`reinstate-${code}-error`}
      confirmation={`I understand: ${code} becomes valid again on its verification page, and the holder is emailed. (Possible until ${until}.)`}
      submitLabel="Reinstate"
    />
  );
}
