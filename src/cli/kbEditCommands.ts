import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config/config';
import type { Actor } from '../domain/kb/editing/articleVersion';
import { readKnowledgeFiles, writeKnowledgeFiles } from '../domain/kb/editing/knowledgeFiles';
import { createLogger } from '../logging/logger';
import { openKnowledgeEditing } from '../server/admin/openKnowledgeEditing';
import { openStores } from '../storage/storageFactory';

/**
 * `send-navigator kb export --dir D` and `kb import --dir D [--as EMAIL]`: move the knowledge
 * base between a running instance's database and Markdown files (the layout of knowledge/), so a
 * forum can keep it in version control. Import is all or nothing and goes live at once; a
 * running server notices within about 15 seconds.
 */

export const KB_EDIT_USAGE = `Usage:
  send-navigator kb export --dir FOLDER              write the live articles and glossary.yaml as files
  send-navigator kb import --dir FOLDER [--as EMAIL] load the files as new live versions (all or nothing)

Import checks every file with the same rules as "kb check" first; if any file has a problem,
nothing is changed and each problem is listed. --as names the staff account the publishing log
records (default: "kb import (command line)").`;

export interface KbEditIo {
  out(line: string): void;
  err(line: string): void;
}

const COMMAND_LINE_ACTOR: Actor = { name: 'kb import (command line)' };

function parseArgs(args: readonly string[]): { dir?: string; as?: string; help: boolean; unknown?: string } {
  const parsed: { dir?: string; as?: string; help: boolean; unknown?: string } = { help: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') parsed.help = true;
    else if (a === '--dir' && args[i + 1] !== undefined) parsed.dir = args[++i];
    else if (a.startsWith('--dir=')) parsed.dir = a.slice(6);
    else if (a === '--as' && args[i + 1] !== undefined) parsed.as = args[++i];
    else if (a.startsWith('--as=')) parsed.as = a.slice(5);
    else parsed.unknown ??= a;
  }
  return parsed;
}

/** Runs `kb export` or `kb import` (`args[0]`); returns the exit code. */
export async function runKbEditCommand(args: readonly string[], config: AppConfig, io: KbEditIo): Promise<number> {
  const [sub, ...rest] = args;
  const opts = parseArgs(rest);
  if (opts.help) {
    io.out(KB_EDIT_USAGE);
    return 0;
  }
  if (opts.unknown !== undefined) {
    io.err(`kb ${sub}: unknown option "${opts.unknown}".\n\n${KB_EDIT_USAGE}`);
    return 2;
  }
  if (!opts.dir) {
    io.err(`kb ${sub}: --dir is required.\n\n${KB_EDIT_USAGE}`);
    return 2;
  }
  if (sub === 'export' && opts.as !== undefined) {
    io.err('kb export: --as is only for import.');
    return 2;
  }
  const dir = path.resolve(opts.dir);
  if (sub === 'import' && !fs.existsSync(dir)) {
    io.err(`kb import: the folder ${dir} does not exist.`);
    return 2;
  }

  const logger = createLogger({ level: config.logLevel === 'debug' ? 'debug' : 'warn', logPersonalData: false });
  // The server's own database (SQLite under DATA_DIR, or PostgreSQL when DATABASE_URL is set):
  // an import there tells running instances, which swap to it.
  const stores = await openStores(config, logger, { listen: false });
  try {
    const { editor } = await openKnowledgeEditing({ store: stores.kb, config, logger });
    if (sub === 'export') {
      const content = await editor.exportFiles();
      const written = writeKnowledgeFiles(dir, content);
      io.out(`Exported ${content.articles.length} live article${content.articles.length === 1 ? '' : 's'}${content.glossary !== undefined ? ' and glossary.yaml' : ''} to ${dir} (${written} files).`);
      return 0;
    }

    let actor = COMMAND_LINE_ACTOR;
    if (opts.as !== undefined) {
      const account = await stores.staff.findByEmail(opts.as.trim().toLowerCase());
      if (!account) {
        io.err(`kb import: there is no staff account for ${opts.as}. See "send-navigator staff list".`);
        return 2;
      }
      actor = { id: account.id, name: account.name };
    }
    const files = readKnowledgeFiles(dir);
    if (!files.articles.length && files.glossary === undefined) {
      io.err(`kb import: ${dir} has no articles (*.md) and no glossary.yaml.`);
      return 2;
    }
    const result = await editor.importFiles(files, actor);
    if (!result.ok) {
      io.err(`Import refused: nothing was changed. Fix ${result.problems.length === 1 ? 'this file' : `these ${result.problems.length} files`} and try again:`);
      for (const p of result.problems) {
        io.err(`  ${p.file}`);
        for (const m of p.messages) io.err(`    - ${m}`);
      }
      return 1;
    }
    const changed = result.imported.length;
    io.out(`Imported ${changed} changed article${changed === 1 ? '' : 's'}${changed ? `: ${result.imported.join(', ')}` : ''}. ${result.unchanged} unchanged.${result.glossaryChanged ? ' The glossary changed.' : ''}`);
    if (changed || result.glossaryChanged) io.out('They are live now. A running server picks them up within about 15 seconds.');
    return 0;
  } finally {
    await stores.close();
  }
}
