import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD (YAML may hand us a Date object: accept both). */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'),
);

export const sourceSchema = z.object({
  /** How the answer names it, e.g. "SEND Code of Practice 9.14" or "Children and Families Act 2014, s36(8)". */
  label: z.string().min(3, 'must name the source'),
  /** Where a reader can check it (legislation.gov.uk, GOV.UK, the Code of Practice PDF). */
  url: z.url('must be a web address').optional(),
});

export const audienceSchema = z.enum(['parent', 'young-person', 'professional']);

export const articleFrontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  title: z.string().min(3).max(90),
  /** Topic numbers from the topic map (knowledge/README.md). */
  topics: z.array(z.number().int().min(1).max(24)).min(1, 'must list at least one topic number'),
  /** Other ways a parent might ask this, in our own words. */
  questions: z.array(z.string().min(3)).min(2, 'must have at least two alternative questions'),
  /** Extra search words: acronyms, everyday words parents use. */
  keywords: z.array(z.string()).default([]),
  /** The short answer: plain English, one to three sentences, may use {{t:key}} placeholders. */
  summary: z.string().min(20).max(600),
  sources: z.array(sourceSchema).min(1, 'must cite at least one source'),
  audience: z.array(audienceSchema).min(1).default(['parent']),
  /** Ids of articles to offer as follow-ups. */
  related: z.array(z.string()).default([]),
  lastReviewed: isoDate,
  reviewBy: isoDate,
  reviewer: z.string().min(2),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type ArticleSource = z.infer<typeof sourceSchema>;
