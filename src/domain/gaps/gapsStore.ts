import type { ScrubbedText } from '../privacy/scrubPersonalDetails';
import type { GapRecord } from './gapRecord';

/**
 * Where gap records are kept. Records hold no conversation id (see gapRecord.ts), so there is
 * no eraseConversation: retention by age is the only deletion.
 */
export interface GapsStore {
  add(record: GapRecord): Promise<void>;
  /** Records created from `from` (inclusive) to `to` (exclusive), ISO timestamps; oldest first. */
  listBetween(from: string, to: string): Promise<GapRecord[]>;
  /** Adds the parent's scrubbed "what were you looking for?"; false when the record is gone. */
  addLookingFor(id: string, lookingFor: ScrubbedText): Promise<boolean>;
  /** Retention: deletes records created before the cutoff (ISO timestamp); returns how many. */
  purgeCreatedBefore(cutoff: string): Promise<number>;
}

/** For tests and one-off runs (the CLI); the server uses the database store. */
export class MemoryGapsStore implements GapsStore {
  private records: GapRecord[] = [];

  async add(record: GapRecord): Promise<void> {
    if (this.records.some((r) => r.id === record.id)) throw new Error('A gap record with this id already exists');
    this.records.push(record);
  }

  async listBetween(from: string, to: string): Promise<GapRecord[]> {
    return this.records
      .filter((r) => r.createdAt >= from && r.createdAt < to)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async addLookingFor(id: string, lookingFor: ScrubbedText): Promise<boolean> {
    const i = this.records.findIndex((r) => r.id === id);
    if (i < 0) return false;
    this.records[i] = { ...this.records[i], lookingFor };
    return true;
  }

  async purgeCreatedBefore(cutoff: string): Promise<number> {
    const before = this.records.length;
    this.records = this.records.filter((r) => r.createdAt >= cutoff);
    return before - this.records.length;
  }
}
