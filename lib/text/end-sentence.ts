/**
 * Someone's own words (a revocation reason) ended as a sentence inside the service's text: a full
 * stop is added only when the words do not already end one. "Issued in error." stays as it is
 * instead of becoming "Issued in error..". Sentence-final marks: . ! ? … with any closing
 * quote or bracket after them. Surrounding white space is dropped.
 */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["'”’)\]]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}
