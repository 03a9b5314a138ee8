import type { Next, Request, Response } from 'restify';
import { sendError } from './httpErrors';

/**
 * Checks that run before a body is read, and so before any authentication: a declared size over
 * the limit is refused at once (413), and compressed bodies are refused (415) because a small
 * compressed body can unpack into a huge one. A body sent without a declared size is counted as
 * it arrives by restify's body parser, which refuses it with 413 once it passes the same limit.
 */
export function bodyLimits(maxBodyBytes: number) {
  return (req: Request, res: Response, next: Next): void => {
    const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity' && encoding !== '') {
      refuse(req, res, 415, 'UnsupportedMediaType', 'Compressed request bodies are not accepted.');
      return next(false);
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      refuse(req, res, 413, 'PayloadTooLarge', `The request is too large: the most this server accepts is ${Math.floor(maxBodyBytes / 1024)} KB.`);
      return next(false);
    }
    return next();
  };
}

function refuse(req: Request, res: Response, status: number, code: string, message: string): void {
  // Read and throw away whatever is still coming, so the client sees the answer, then hang up.
  res.setHeader('Connection', 'close');
  req.resume();
  sendError(res, status, code, message);
}
