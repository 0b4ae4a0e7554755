/**
 * Which interface `npm start` binds, and whether it may: without PUBLIC_BASE_URL every link the
 * app sends says http://localhost:PORT, which works only on this machine, so serving other
 * machines that way is refused with a message that says what to set. Plain JavaScript: scripts/start.mjs
 * decides with it before any TypeScript is compiled, to fork the page renderer at once (ADR 014,
 * addendum "startup-first-fork").
 *
 * @param {{ HOSTNAME?: string; PUBLIC_BASE_URL?: string; PORT: number }} env
 * @returns {{ address: string } | { refusal: string }}
 */
export function chooseBindAddress(env) {
  const address = env.HOSTNAME ?? (env.PUBLIC_BASE_URL ? '0.0.0.0' : '127.0.0.1');
  if (env.PUBLIC_BASE_URL || isLoopback(address)) return { address };
  return {
    refusal:
      `HOSTNAME=${address} serves other machines, but PUBLIC_BASE_URL is not set, so links in emails and certificates would point at http://localhost:${env.PORT}.\n` +
      'Set PUBLIC_BASE_URL to the address people open, e.g. PUBLIC_BASE_URL=https://cpd.example.org (and TRUSTED_PROXIES=1 behind one reverse proxy), or unset HOSTNAME to serve this machine only.',
  };
}

/** @param {string} host */
function isLoopback(host) {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
