/**
 * Files the guided flows make for parents to keep (a draft letter, a calendar). Channels
 * download them by address, so a store turns content into a link.
 */
export interface StoredFileInput {
  readonly name: string;
  readonly contentType: string;
  readonly content: string;
}

export interface FileStore {
  put(file: StoredFileInput): Promise<{ url: string }>;
}

/** Files as `data:` addresses: no server needed (tests, the terminal chat, `ask`). */
export class InlineFileStore implements FileStore {
  async put(file: StoredFileInput): Promise<{ url: string }> {
    return { url: `data:${file.contentType};base64,${Buffer.from(file.content, 'utf8').toString('base64')}` };
  }
}
