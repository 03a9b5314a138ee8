import type { Request, Response } from 'restify';
import { CONTENT_SECURITY_POLICY } from '../webChatPage';

/**
 * Small HTTP helpers for the staff pages: cookies (restify has no parser of its own), the
 * client's address, and sending an HTML page under the same security headers as the parent page.
 */

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export interface CookieOptions {
  readonly path: string;
  /** Omit for a browser-session cookie; 0 deletes the cookie. */
  readonly maxAgeSeconds?: number;
  readonly secure: boolean;
  readonly sameSite: 'Strict' | 'Lax';
}

/** Always HttpOnly: no staff cookie is ever readable by a script. */
export function setCookie(res: Response, name: string, value: string, options: CookieOptions): void {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path}`, 'HttpOnly', `SameSite=${options.sameSite}`];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${Math.floor(options.maxAgeSeconds)}`);
  if (options.secure) parts.push('Secure');
  const existing = res.getHeader('Set-Cookie');
  const list = Array.isArray(existing) ? existing : existing === undefined ? [] : [String(existing)];
  res.setHeader('Set-Cookie', [...list, parts.join('; ')]);
}

/** Over HTTPS directly, or behind a proxy that says so. */
export function cameOverHttps(req: Request): boolean {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase();
  return req.isSecure() || forwarded === 'https';
}

/** The connecting address (the proxy's, behind one: X-Forwarded-For can be forged, so it is not trusted). */
export function clientAddress(req: Request): string {
  return req.socket?.remoteAddress ?? 'unknown';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function sendHtml(res: Response, status: number, html: string): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Frame-Options', 'DENY');
  res.sendRaw(status, Buffer.from(html, 'utf8'));
}

export function redirect(res: Response, location: string): void {
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  res.send(303);
}

export function sendJson(res: Response, status: number, body: unknown): void {
  res.setHeader('Cache-Control', 'no-store');
  res.send(status, body);
}

/** A string field from a JSON or form body ('' when absent). */
export function bodyField(req: Request, name: string): string {
  const body: unknown = req.body;
  if (!body || typeof body !== 'object') return '';
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}
