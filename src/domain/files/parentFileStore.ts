import type { LegacyDiskFiles } from './legacyDiskFiles';
import type { FileStore, StoredFileInput } from './fileStore';
import { fileUrl, isFileId, newFileId, safeFileName, type FileRecordStore, type StoredFile } from './storedFile';

export interface ParentFileStoreOptions {
  readonly clock?: () => Date;
  /** Transitional: files older versions wrote under DATA_DIR/files (see legacyDiskFiles.ts). */
  readonly legacy?: LegacyDiskFiles;
}

/**
 * The files the guided flows make for parents (a draft letter, a summary, a calendar), kept in
 * the database (`stores.files`) so that a link works on whichever instance the download reaches.
 * Served at `{publicUrl}/files/{id}/{name}`; deleted `retentionDays` after they were made.
 */
export class ParentFileStore implements FileStore {
  private readonly clock: () => Date;

  /** `publicUrl` is read when a file is stored: the server knows its port only once it listens. */
  constructor(
    private readonly records: FileRecordStore,
    private readonly publicUrl: () => string,
    private readonly retentionDays: number,
    private readonly options: ParentFileStoreOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  async put(file: StoredFileInput): Promise<{ url: string }> {
    const id = newFileId();
    const name = safeFileName(file.name);
    await this.records.add({ id, name, contentType: file.contentType, content: Buffer.from(file.content, 'utf8'), createdAt: this.clock().toISOString() });
    return { url: fileUrl(this.publicUrl(), id, name) };
  }

  async get(id: string): Promise<StoredFile | undefined> {
    if (!isFileId(id)) return undefined;
    return (await this.records.get(id)) ?? this.options.legacy?.get(id);
  }

  /** Deletes files older than the retention period; returns how many went. */
  async purgeExpired(now = this.clock()): Promise<number> {
    const retentionMs = this.retentionDays * 24 * 3600_000;
    const purged = await this.records.purgeCreatedBefore(new Date(now.getTime() - retentionMs).toISOString());
    return purged + (await this.options.legacy?.purgeExpired(now, retentionMs) ?? 0);
  }
}
