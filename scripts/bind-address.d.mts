/** Types of scripts/bind-address.mjs (plain JavaScript, run by scripts/start.mjs before any TypeScript hook). */
/** The address `npm start` listens on, or why it refuses to serve (HOSTNAME beyond loopback without PUBLIC_BASE_URL). */
export declare function chooseBindAddress(env: { HOSTNAME?: string; PUBLIC_BASE_URL?: string; PORT: number }): { address: string } | { refusal: string };
