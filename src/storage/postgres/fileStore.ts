import type { FileRecordStore, StoredFile, StoredFileRecord } from '../../domain/files/storedFile';
import type { PostgresDatabase } from './postgresDatabase';

/** Files made for parents in the shared PostgreSQL database (migration 030), so every instance can serve them. */
export class PostgresFileStore implements FileRecordStore {
  constructor(private readonly db: PostgresDatabase) {}

  async add(file: StoredFileRecord): Promise<void> {
    await this.db.query('INSERT INTO parent_files (id, created_at, name, content_type, content) VALUES ($1, $2, $3, $4, $5)',
      [file.id, file.createdAt, file.name, file.contentType, file.content]);
  }

  async get(id: string): Promise<StoredFile | undefined> {
    const { rows } = await this.db.query<StoredFile>('SELECT name, content_type AS "contentType", content FROM parent_files WHERE id = $1', [id]);
    return rows[0];
  }

  async purgeCreatedBefore(cutoff: string): Promise<number> {
    return (await this.db.query('DELETE FROM parent_files WHERE created_at < $1', [cutoff])).rowCount ?? 0;
  }
}
