import type { Request, Response } from 'restify';
import { isSecureRequest } from './clientAddress';

/**
 * Headers on every response. The Content-Security-Policy is the parent page's: Web Chat needs
 * inline styles and its own data:/blob: images, and no third-party origin at all beyond Azure's
 * Direct Line. A page that needs a different policy sets its own header, which replaces this one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss: https://directline.botframework.com wss://directline.botframework.com",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Nothing on these pages needs the camera, microphone, location or payments. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()', 'camera=()', 'geolocation=()', 'gyroscope=()', 'magnetometer=()',
  'microphone=()', 'payment=()', 'usb=()', 'display-capture=()',
].join(', ');

/** One year; only ever sent over HTTPS (browsers ignore it over plain HTTP anyway). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

export function setSecurityHeaders(req: Request, res: Response): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  if (isSecureRequest(req)) res.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
}
