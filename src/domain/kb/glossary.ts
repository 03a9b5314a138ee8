import yaml from 'js-yaml';
import { z } from 'zod';
import type { GlossaryEntry, KbProblem } from './article';
import { isoDate } from './articleSchema';

export const glossaryEntrySchema = z.object({
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  meaning: z.string().min(10),
  article: z.string().optional(),
  /** When the meaning was last checked against its source (shown with a definition that has no article). */
  lastReviewed: isoDate.optional(),
});

/** Parses knowledge/glossary.yaml; a bad entry is reported by its position and the rest still load. */
export function parseGlossary(file: string, source: string): { entries: GlossaryEntry[]; problems: KbProblem[] } {
  let data: unknown;
  try {
    data = yaml.load(source);
  } catch (err) {
    return { entries: [], problems: [{ severity: 'error', file, field: 'glossary', message: `is not valid YAML: ${(err as Error).message.split('\n')[0]}` }] };
  }
  if (!Array.isArray(data)) {
    return { entries: [], problems: [{ severity: 'error', file, field: 'glossary', message: 'must be a list of terms' }] };
  }
  const entries: GlossaryEntry[] = [];
  const problems: KbProblem[] = [];
  data.forEach((raw, i) => {
    const r = glossaryEntrySchema.safeParse(raw);
    if (r.success) entries.push(r.data);
    else for (const issue of r.error.issues) {
      problems.push({ severity: 'error', file, field: `[${i}]${issue.path.length ? '.' + issue.path.join('.') : ''}`, message: issue.message });
    }
  });
  return { entries, problems };
}
