import crypto from 'node:crypto';

/**
 * What every place that keeps parents' files shares: the unguessable id, the safe file name,
 * the download address, and the record itself. The database backends only store and read rows.
 */

/** A file as served for download. */
export interface StoredFile {
  readonly name: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** A file as kept: `name` is already safe (safeFileName), `createdAt` an ISO time (retention counts from it). */
export interface StoredFileRecord extends StoredFile {
  readonly id: string;
  readonly createdAt: string;
}

/** Where the records are kept (a table in either database backend). */
export interface FileRecordStore {
  /** One statement: the file is there, whole, or not at all. */
  add(record: StoredFileRecord): Promise<void>;
  get(id: string): Promise<StoredFile | undefined>;
  /** Retention: deletes files made before the cutoff (ISO time); returns how many. */
  purgeCreatedBefore(cutoff: string): Promise<number>;
}

/** 18 random bytes: 24 base64url characters, so a link cannot be guessed. */
export function newFileId(): string {
  return crypto.randomBytes(18).toString('base64url');
}

const FILE_ID = /^[A-Za-z0-9_-]{24}$/;

/** Anything else in the id part of an address is not one of ours (and never reaches a query or a path). */
export function isFileId(id: string): boolean {
  return FILE_ID.test(id);
}

export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'file.txt';
}

/** `{publicUrl}/files/{id}/{name}`: the route in src/server/createServer.ts serves it. */
export function fileUrl(publicUrl: string, id: string, safeName: string): string {
  return `${publicUrl}/files/${id}/${encodeURIComponent(safeName)}`;
}
