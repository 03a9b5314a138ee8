import fs from 'node:fs';
import path from 'node:path';
import { isFileId, type StoredFile } from './storedFile';

/**
 * TRANSITIONAL. Before migration 030 files for parents were written under DATA_DIR/files, one
 * folder each (meta.json + content). Nothing is written there any more: what is left is still
 * served (for ids not in the database) and deleted when its retention ends, and the folder goes
 * once empty. Delete this file once no install can still hold such files (they last 7 days).
 */
export class LegacyDiskFiles {
  private constructor(private readonly dir: string) {}

  /** Only for an install that has the folder (it was upgraded from an older version). */
  static ifPresent(dataDir: string): LegacyDiskFiles | undefined {
    const dir = path.join(dataDir, 'files');
    return fs.existsSync(dir) ? new LegacyDiskFiles(dir) : undefined;
  }

  async get(id: string): Promise<StoredFile | undefined> {
    if (!isFileId(id)) return undefined;
    const folder = path.join(this.dir, id);
    try {
      const meta = JSON.parse(await fs.promises.readFile(path.join(folder, 'meta.json'), 'utf8')) as { name: string; contentType: string };
      return { name: meta.name, contentType: meta.contentType, content: await fs.promises.readFile(path.join(folder, 'content')) };
    } catch {
      return undefined;
    }
  }

  /** Deletes files made more than `retentionMs` before `now`; returns how many went. */
  async purgeExpired(now: Date, retentionMs: number): Promise<number> {
    let removed = 0;
    for (const id of await fs.promises.readdir(this.dir).catch(() => [] as string[])) {
      const folder = path.join(this.dir, id);
      try {
        const meta = JSON.parse(await fs.promises.readFile(path.join(folder, 'meta.json'), 'utf8')) as { created: string };
        if (now.getTime() - Date.parse(meta.created) > retentionMs) {
          await fs.promises.rm(folder, { recursive: true, force: true });
          removed++;
        }
      } catch {
        await fs.promises.rm(folder, { recursive: true, force: true });
        removed++;
      }
    }
    // Fails while anything is left; once empty the folder goes, and the next start skips all this.
    await fs.promises.rmdir(this.dir).catch(() => undefined);
    return removed;
  }
}

