import type { FileRecordStore, StoredFile, StoredFileRecord } from '../../domain/files/storedFile';
import type { SqliteDb } from './sqliteDatabase';

/** Files made for parents in the embedded database (migration 030); ids, names and links: src/domain/files. */
export class SqliteFileStore implements FileRecordStore {
  // Prepared once: the end of a guided flow stores several files in a row.
  private readonly insert;

  constructor(private readonly db: SqliteDb) {
    this.insert = db.prepare<[string, string, string, string, Buffer]>(
      'INSERT INTO parent_files (id, created_at, name, content_type, content) VALUES (?, ?, ?, ?, ?)');
  }

  async add(file: StoredFileRecord): Promise<void> {
    this.insert.run(file.id, file.createdAt, file.name, file.contentType, file.content);
  }

  async get(id: string): Promise<StoredFile | undefined> {
    return this.db.prepare<[string], StoredFile>('SELECT name, content_type AS "contentType", content FROM parent_files WHERE id = ?').get(id);
  }

  async purgeCreatedBefore(cutoff: string): Promise<number> {
    return this.db.prepare('DELETE FROM parent_files WHERE created_at < ?').run(cutoff).changes;
  }
}
