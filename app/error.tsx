'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { genericErrorMessage, storageUnavailableMessage } from '@/lib/errors';

/**
 * Any page that fails. Production hides server errors' messages from the browser, so this asks
 * /api/health whether the database can save: if not, the visitor is told the truth ("can't save
 * right now, nothing was lost") rather than a vague failure, a sign-in problem or an ended session.
 */
export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  const [storageDown, setStorageDown] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/health', { cache: 'no-store', signal: controller.signal })
      .then(async (response) => {
        const report = (await response.json()) as { database?: string };
        setStorageDown(report.database !== undefined && report.database !== 'ok');
      })
      // No answer at all: the server itself is unreachable, which the generic message covers.
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-3xl font-bold">{storageDown ? "We can't save right now" : 'Something went wrong'}</h1>
      <p role="alert">{storageDown ? storageUnavailableMessage : genericErrorMessage}</p>
      <Button onClick={retry}>Try again</Button>
    </div>
  );
}
