import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultConfig, type AppConfig } from '../../src/config/config';

export const FIXTURE_KB = path.resolve(__dirname, '../fixtures/kb');
export const REAL_KB = path.resolve(__dirname, '../../knowledge');

const tempDirs = new Set<string>();
process.on('exit', () => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the process exits. */
export function tempDir(prefix = 'send-nav-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** Embedded-default configuration over a temporary data folder. */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): AppConfig {
  return defaultConfig({ DATA_DIR: tempDir(), PORT: '0', HOST: '127.0.0.1', KNOWLEDGE_DIR: REAL_KB, ...overrides });
}

/** Writes a set of article files to a temporary knowledge folder. */
export function writeKnowledge(files: Record<string, string>): string {
  const dir = tempDir('send-nav-kb-');
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURE_KB, name), 'utf8');
}
