import { listPublishedKeys } from '@/lib/server/certificates/list-published-keys';

/** Public: every key that has signed certificates, so anyone can check one offline (ADR 003). */
export async function GET(): Promise<Response> {
  const keys = await listPublishedKeys();
  // Revalidated on every use: a key is listed from the moment it first signs, and a stale copy would miss it.
  return Response.json({ keys }, { headers: { 'Cache-Control': 'no-cache' } });
}
