/**
 * A line-based unified diff (the format `diff -u` and git print), so a reviewer sees exactly
 * what a change does to the live article. Articles are a few hundred lines at most, so the
 * simple longest-common-subsequence table is quick enough and easy to trust.
 */

const CONTEXT_LINES = 3;

type Edit = { readonly op: ' ' | '-' | '+'; readonly line: string; readonly oldNo: number; readonly newNo: number };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function editScript(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      edits.push({ op: ' ', line: a[i], oldNo: i, newNo: j });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // Removals before additions, as diff and git print them.
      edits.push({ op: '-', line: a[i], oldNo: i, newNo: j });
      i++;
    } else {
      edits.push({ op: '+', line: b[j], oldNo: i, newNo: j });
      j++;
    }
  }
  return edits;
}

/** "" when the two texts are the same; otherwise the hunks, with headers naming the two sides. */
export function unifiedDiff(oldText: string, newText: string, oldName = 'live', newName = 'change'): string {
  const edits = editScript(splitLines(oldText), splitLines(newText));
  const changed = edits.map((e, k) => (e.op === ' ' ? -1 : k)).filter((k) => k >= 0);
  if (!changed.length) return '';

  // Group changes whose context would touch into one hunk.
  const hunks: Array<{ from: number; to: number }> = [];
  for (const k of changed) {
    const from = Math.max(0, k - CONTEXT_LINES);
    const to = Math.min(edits.length - 1, k + CONTEXT_LINES);
    const last = hunks.at(-1);
    if (last && from <= last.to + 1) last.to = Math.max(last.to, to);
    else hunks.push({ from, to });
  }

  const out = [`--- ${oldName}`, `+++ ${newName}`];
  for (const { from, to } of hunks) {
    const slice = edits.slice(from, to + 1);
    const oldCount = slice.filter((e) => e.op !== '+').length;
    const newCount = slice.filter((e) => e.op !== '-').length;
    const oldStart = oldCount ? slice.find((e) => e.op !== '+')!.oldNo + 1 : slice[0].oldNo;
    const newStart = newCount ? slice.find((e) => e.op !== '-')!.newNo + 1 : slice[0].newNo;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const e of slice) out.push(`${e.op}${e.line}`);
  }
  return out.join('\n') + '\n';
}

/** How many lines a diff adds and removes: "+3 −1" in lists. */
export function diffStat(diff: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++') || line.startsWith('---')) continue;
    if (line.startsWith('+')) added++;
    else if (line.startsWith('-')) removed++;
  }
  return { added, removed };
}
