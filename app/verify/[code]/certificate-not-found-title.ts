/** The tab title of the answer to a code that no certificate has: the page's and its not-found page's. */
export const CERTIFICATE_NOT_FOUND_TITLE = 'Certificate not found';
