import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileStore, StoredFileInput } from './fileStore';

export interface StoredFile {
  readonly name: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/**
 * Files under DATA_DIR/files, each in a folder named by an unguessable id, served at
 * `{publicUrl}/files/{id}/{name}`. Retention: deleted `retentionHours` after they were made.
 */
export class DiskFileStore implements FileStore {
  private readonly dir: string;

  /** `publicUrl` is read when a file is stored: the server knows its port only once it listens. */
  constructor(dataDir: string, private readonly publicUrl: () => string, private readonly retentionHours = 24 * 7) {
    this.dir = path.join(dataDir, 'files');
    fs.mkdirSync(this.dir, { recursive: true });
  }

  async put(file: StoredFileInput): Promise<{ url: string }> {
    const id = crypto.randomBytes(18).toString('base64url');
    const safeName = safeFileName(file.name);
    const folder = path.join(this.dir, id);
    // A few kilobytes each: written in one go rather than three waits on the disk in a row
    // (the end of a guided flow makes four files).
    await fs.promises.mkdir(folder, { recursive: true });
    await Promise.all([
      fs.promises.writeFile(path.join(folder, 'meta.json'), JSON.stringify({ name: safeName, contentType: file.contentType, created: new Date().toISOString() })),
      fs.promises.writeFile(path.join(folder, 'content'), file.content, 'utf8'),
    ]);
    return { url: `${this.publicUrl()}/files/${id}/${encodeURIComponent(safeName)}` };
  }

  async get(id: string): Promise<StoredFile | undefined> {
    if (!/^[A-Za-z0-9_-]{24}$/.test(id)) return undefined;
    const folder = path.join(this.dir, id);
    try {
      const meta = JSON.parse(await fs.promises.readFile(path.join(folder, 'meta.json'), 'utf8')) as { name: string; contentType: string };
      return { name: meta.name, contentType: meta.contentType, content: await fs.promises.readFile(path.join(folder, 'content')) };
    } catch {
      return undefined;
    }
  }

  /** Deletes files older than the retention period; returns how many went. */
  async purgeExpired(now = new Date()): Promise<number> {
    let removed = 0;
    for (const id of await fs.promises.readdir(this.dir).catch(() => [] as string[])) {
      const folder = path.join(this.dir, id);
      try {
        const meta = JSON.parse(await fs.promises.readFile(path.join(folder, 'meta.json'), 'utf8')) as { created: string };
        if (now.getTime() - Date.parse(meta.created) > this.retentionHours * 3600_000) {
          await fs.promises.rm(folder, { recursive: true, force: true });
          removed++;
        }
      } catch {
        await fs.promises.rm(folder, { recursive: true, force: true });
        removed++;
      }
    }
    return removed;
  }
}

export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'file.txt';
}
