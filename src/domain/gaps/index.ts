/** What parents asked that the bot could not answer: records, store, retention, report and CSV. */
export {
  GAP_KINDS, GAP_KIND_LABELS, MAX_GAP_QUESTION_CHARS, MAX_LOOKING_FOR_CHARS,
  createGapRecord, isGapKind, scrubLookingFor,
  type GapInput, type GapKind, type GapRecord,
} from './gapRecord';
export { MemoryGapsStore, type GapsStore } from './gapsStore';
export { gapsRetentionCutoff, purgeExpiredGaps } from './gapsRetention';
export {
  DEFAULT_SIMILARITY_THRESHOLD, groupByClosestArticle, groupByWording, jaccard, trendOf, weeklyCounts, wordingTokens,
  type ArticleGroup, type GroupingOptions, type Trend, type WeekCount, type WordingGroup,
} from './gapGrouping';
export { buildGapsReport, loadGapsReport, type GapsReport, type ReportOptions } from './gapsReport';
export {
  CSV_CONTENT_TYPE, UTF8_BOM, articleGroupsToCsv, csvCell, gapsToCsv, toCsv, wordingGroupsToCsv, type CsvValue,
} from './gapsCsv';
export { londonDateOf, londonDayStart, londonDaysRange, weekStartOf } from './londonWeeks';
