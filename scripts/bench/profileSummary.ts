import fs from 'node:fs';
import path from 'node:path';

/**
 * Reads a V8 CPU profile (from `npm run bench -- --profile DIR`) and prints where the time went:
 * self time by function and by package or source file, and total time (self and callees) by
 * source file of ours. `node -r tsx/cjs scripts/bench/profileSummary.ts FILE.cpuprofile [TOP]`
 */

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly selfByFunction: ReadonlyArray<[string, number]>;
  readonly selfByOwner: ReadonlyArray<[string, number]>;
  readonly totalByOwnFile: ReadonlyArray<[string, number]>;
}

/** "botbuilder-core" for a file in node_modules, "src/domain/kb/retriever.ts" for ours, "(node)" for Node's own. */
export function ownerOf(url: string, root: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return '(node)';
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return path.relative(root, file) || file;
}

export function summariseProfile(profile: CpuProfile, root: string): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  const selfByFunction = new Map<string, number>();
  const selfByOwner = new Map<string, number>();
  const totalByOwnFile = new Map<string, number>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    totalUs += us;
    const node = byId.get(id)!;
    const owner = ownerOf(node.callFrame.url, root);
    add(selfByFunction, `${node.callFrame.functionName || '(anonymous)'} ${owner}:${node.callFrame.lineNumber + 1}`, us);
    add(selfByOwner, owner, us);
    // Inclusive time for our own files: each file counted once per sample, however deep it recurs.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const o = ownerOf(byId.get(at)!.callFrame.url, root);
      if (!o.startsWith('(') && !o.includes('/node_modules/') && /\.(ts|js)$/.test(o) && !seen.has(o)) { seen.add(o); add(totalByOwnFile, o, us); }
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, us]) => [k, us / 1000] as [string, number]);
  return { totalMs: totalUs / 1000, selfByFunction: top(selfByFunction), selfByOwner: top(selfByOwner), totalByOwnFile: top(totalByOwnFile) };
}

function printTable(title: string, rows: ReadonlyArray<[string, number]>, totalMs: number, limit: number): void {
  process.stdout.write(`\n${title}\n`);
  for (const [name, ms] of rows.slice(0, limit)) {
    process.stdout.write(`${(100 * ms / totalMs).toFixed(1).padStart(6)}%  ${ms.toFixed(0).padStart(7)} ms  ${name}\n`);
  }
}

if (require.main === module) {
  const [file, topText] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('Usage: node -r tsx/cjs scripts/bench/profileSummary.ts FILE.cpuprofile [TOP]\n');
    process.exit(2);
  }
  const limit = Number(topText ?? 25);
  const summary = summariseProfile(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile, path.resolve(__dirname, '../..'));
  process.stdout.write(`profile: ${(summary.totalMs / 1000).toFixed(1)} s sampled\n`);
  printTable('self time by package or file', summary.selfByOwner, summary.totalMs, limit);
  printTable('self time by function', summary.selfByFunction, summary.totalMs, limit);
  printTable('total time (with callees) by file of ours', summary.totalByOwnFile, summary.totalMs, limit);
}
