import { handlers } from '@/lib/server/auth/auth';

// Auth.js's own endpoints: CSRF token, sign-in requests, email-link and SSO callbacks, sign-out.
export const { GET, POST } = handlers;
