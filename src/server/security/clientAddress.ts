import type { IncomingMessage } from 'node:http';
import net from 'node:net';

/**
 * Who is asking. Behind a reverse proxy (Azure App Service, a container platform, nginx) every
 * request arrives from the proxy, so the parent's address is the last entry the proxy added to
 * X-Forwarded-For. That header is believed only when the request really came from a proxy on a
 * private or loopback network: someone on the internet cannot choose their own address.
 */
export function clientAddress(req: IncomingMessage): string {
  const peer = normaliseAddress(req.socket.remoteAddress ?? '');
  if (!isPrivateOrLoopback(peer)) return peer;
  const forwarded = lastForwarded(req.headers['x-forwarded-for']);
  return forwarded ?? peer;
}

/** Over HTTPS: directly, or through a trusted proxy that says so. */
export function isSecureRequest(req: IncomingMessage): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  if (!isPrivateOrLoopback(normaliseAddress(req.socket.remoteAddress ?? ''))) return false;
  const proto = req.headers['x-forwarded-proto'];
  const last = (Array.isArray(proto) ? proto.join(',') : proto ?? '').split(',').pop()?.trim().toLowerCase();
  return last === 'https';
}

export function isLoopbackAddress(address: string): boolean {
  const a = normaliseAddress(address);
  return a === '::1' || a.startsWith('127.');
}

/** Loopback, RFC 1918, carrier-grade NAT, link-local and IPv6 unique-local addresses. */
export function isPrivateOrLoopback(address: string): boolean {
  const a = normaliseAddress(address);
  if (net.isIPv4(a)) {
    const [x, y] = a.split('.').map(Number);
    return x === 127 || x === 10 || (x === 172 && y >= 16 && y <= 31) || (x === 192 && y === 168)
      || (x === 169 && y === 254) || (x === 100 && y >= 64 && y <= 127);
  }
  if (net.isIPv6(a)) {
    const lower = a.toLowerCase();
    return lower === '::1' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80:');
  }
  return false;
}

/** "::ffff:10.0.0.1" is 10.0.0.1. */
export function normaliseAddress(address: string): string {
  return address.toLowerCase().startsWith('::ffff:') && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}

function lastForwarded(header: string | string[] | undefined): string | undefined {
  if (!header) return undefined;
  const last = (Array.isArray(header) ? header.join(',') : header).split(',').pop()?.trim() ?? '';
  // Some proxies add the port: "203.0.113.7:51234" or "[2001:db8::1]:51234".
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(last);
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(last);
  const candidate = normaliseAddress(bracketed?.[1] ?? withPort?.[1] ?? last);
  return net.isIP(candidate) ? candidate : undefined;
}
