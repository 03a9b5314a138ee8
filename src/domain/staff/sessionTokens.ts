import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Session ids are 256 random bits, sent only in an HttpOnly cookie and stored only as a SHA-256
 * hash, so a copy of the database cannot be used to sign in. The CSRF token is an HMAC of the
 * session id: bound to that session, unguessable without the cookie, nothing extra to store.
 */

export function newRandomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId, 'utf8').digest('hex');
}

export function csrfTokenFor(sessionId: string): string {
  return createHmac('sha256', sessionId).update('send-navigator csrf v1').digest('base64url');
}

/** Constant-time comparison of two tokens (different lengths never match). */
export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
