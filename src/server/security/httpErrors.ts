import type { Request, Response } from 'restify';

/**
 * Error answers from this server are JSON in the Direct Line shape,
 * `{ "error": { "code": "...", "message": "..." } }`, with a plain message and nothing from the
 * request echoed back. Errors raised by restify itself (bad JSON, too large, no such route) are
 * rewritten into the same shape; 5xx answers never show internal details. A browser opening a
 * page (`prefersHtml`) gets a page for people instead (see ../errorPages).
 */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

export function sendError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.send(status, errorBody(code, message));
}

/** restify's own error names, and what we say instead. */
const FRAMEWORK_ERRORS: Record<string, { code: string; message: string }> = {
  InvalidContentError: { code: 'BadArgument', message: 'The request body is not valid JSON.' },
  BadRequestError: { code: 'BadArgument', message: 'The request is not valid.' },
  PayloadTooLargeError: { code: 'PayloadTooLarge', message: 'The request is too large.' },
  RequestEntityTooLargeError: { code: 'PayloadTooLarge', message: 'The request is too large.' },
  ResourceNotFoundError: { code: 'NotFound', message: 'There is nothing at this address.' },
  MethodNotAllowedError: { code: 'MethodNotAllowed', message: 'This address does not accept that method.' },
  UnsupportedMediaTypeError: { code: 'UnsupportedMediaType', message: 'This content type or encoding is not accepted.' },
  NotAcceptableError: { code: 'NotAcceptable', message: 'This address cannot answer in the format asked for.' },
  BadDigestError: { code: 'BadArgument', message: 'The request body does not match its checksum.' },
};

export const SERVER_ERROR_MESSAGE = 'Something went wrong on our side. Please try again in a minute.';

/**
 * Called from restify's error event before the error is sent: gives framework errors and every
 * 5xx our shape. Errors a route raised on purpose (with its own wording) are left alone.
 */
export function reshapeFrameworkError(err: Error & { statusCode?: number; toJSON?: () => unknown }): void {
  const status = err.statusCode ?? 500;
  const known = FRAMEWORK_ERRORS[err.name];
  if (status >= 500) err.toJSON = () => errorBody('ServerError', SERVER_ERROR_MESSAGE);
  else if (known) err.toJSON = () => errorBody(known.code, known.message);
}

/**
 * Whether the client asked for a web page: its Accept header names text/html (as browsers do
 * when opening a page) and ranks it at least as high as JSON. Scripts and API clients (no Accept,
 * star-slash-star, or application/json) get JSON.
 */
export function prefersHtml(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const accept = req.headers.accept;
  if (typeof accept !== 'string') return false;
  const quality = (type: string): number => {
    let best = 0;
    for (const part of accept.split(',')) {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      if (name.trim() !== type) continue;
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      best = Math.max(best, q ? Number(q.slice(2)) || 0 : 1);
    }
    return best;
  };
  const html = Math.max(quality('text/html'), quality('application/xhtml+xml'));
  return html > 0 && html >= quality('application/json');
}
