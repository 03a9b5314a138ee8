import matter from 'gray-matter';
import yaml from 'js-yaml';
import { articleFrontMatterSchema } from '../articleSchema';

/**
 * Writes article front matter as YAML in the house style of knowledge/*.md (flow lists for short
 * words, block lists for questions and sources, the summary as a folded block). A field whose
 * value did not change keeps its original text, so a one-field edit is a one-field diff.
 */

export type FrontMatterValue = string | number | ReadonlyArray<string | number> | ReadonlyArray<{ label: string; url?: string }>;
export type FrontMatterValues = Readonly<Record<string, FrontMatterValue>>;

/** The order fields are written in when an article is new. */
export const FRONT_MATTER_ORDER = [
  'id', 'title', 'topics', 'questions', 'keywords', 'summary', 'sources', 'audience', 'related', 'lastReviewed', 'reviewBy', 'reviewer',
] as const;

const FLOW_LISTS = new Set(['topics', 'keywords', 'audience', 'related']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether YAML reads `text` back as `expected`, by both parsers that meet the file: gray-matter's
 * (an older js-yaml, YAML 1.1, which reads "1:1" as the number 61) and js-yaml 4.
 */
function loadsAs(text: string, expected: unknown): boolean {
  const wanted = JSON.stringify(expected);
  try {
    return JSON.stringify(yaml.load(text)) === wanted && JSON.stringify((matter(`---\nv: ${text}\n---\n`, {}).data as { v?: unknown }).v) === wanted;
  } catch {
    return false;
  }
}

/** Plain when YAML reads it back unchanged, else a double-quoted (JSON) string, which YAML also reads. */
function scalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return value !== '' && !value.includes('\n') && loadsAs(value, value) ? value : JSON.stringify(value);
}

function flowItem(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return value !== '' && loadsAs(`[${value}]`, [value]) ? value : JSON.stringify(value);
}

function emitField(key: string, value: FrontMatterValue): string {
  if (Array.isArray(value)) {
    const items = value as ReadonlyArray<string | number | { label: string; url?: string }>;
    if (!items.length) return `${key}: []`;
    if (FLOW_LISTS.has(key)) return `${key}: [${(items as ReadonlyArray<string | number>).map(flowItem).join(', ')}]`;
    const lines = items.map((item) => {
      if (typeof item === 'object') return `  - label: ${JSON.stringify(item.label)}${item.url !== undefined ? `\n    url: ${scalar(item.url)}` : ''}`;
      return `  - ${scalar(item)}`;
    });
    return `${key}:\n${lines.join('\n')}`;
  }
  const single = value as string | number;
  if (key === 'summary' && typeof single === 'string' && single.trim() && !single.includes('\n')) return `summary: >-\n  ${single.trim()}`;
  if ((key === 'lastReviewed' || key === 'reviewBy') && typeof single === 'string' && ISO_DATE.test(single)) return `${key}: ${single}`;
  return `${key}: ${scalar(single)}`;
}

/** The original text of each top-level field, and the field values as the schema reads them. */
function previousFields(previousSource: string | undefined): { chunks: Map<string, string>; values: Record<string, unknown> } | undefined {
  if (!previousSource) return undefined;
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(previousSource);
  if (!m) return undefined;
  let parsed;
  try {
    parsed = articleFrontMatterSchema.safeParse(matter(previousSource, {}).data);
  } catch {
    return undefined;
  }
  if (!parsed.success) return undefined;
  const chunks = new Map<string, string>();
  let current: { key: string; lines: string[] } | undefined;
  for (const line of m[1].split(/\r?\n/)) {
    const key = /^([A-Za-z_][\w-]*):/.exec(line)?.[1];
    if (key) {
      if (current) chunks.set(current.key, current.lines.join('\n'));
      current = { key, lines: [line] };
    } else if (current) current.lines.push(line);
  }
  if (current) chunks.set(current.key, current.lines.join('\n'));
  return { chunks, values: parsed.data as Record<string, unknown> };
}

/**
 * The front-matter block (without the --- lines) for `values`. Fields equal to those in
 * `previousSource` keep their original text and place; others are written afresh.
 */
export function frontMatterText(values: FrontMatterValues, previousSource?: string): string {
  const previous = previousFields(previousSource);
  const keys = [...(previous ? [...previous.chunks.keys()].filter((k) => k in values) : []), ...FRONT_MATTER_ORDER.filter((k) => k in values)];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const value = values[key];
    const unchanged = previous && JSON.stringify(previous.values[key]) === JSON.stringify(value);
    const chunk = previous?.chunks.get(key);
    // Unchanged and absent before: the schema's default gave that value, so leave it out again.
    if (unchanged) {
      if (chunk !== undefined) lines.push(chunk);
    } else lines.push(emitField(key, value));
  }
  return lines.join('\n');
}
