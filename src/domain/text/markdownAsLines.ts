/**
 * The bot's Markdown as plain lines, for places that show text as it is (the adviser hub's
 * transcript): headings, bold and links read as words, list points keep a bullet, and line
 * breaks stay, so an adviser reads "Your dates" rather than "## Your dates".
 */
export function markdownAsLines(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s*[-*+]\s+/, '• ')
      .replace(/^\s*-{3,}\s*$/, '')
      .replace(/\[([^\]]+)\]\((?:kb:[^)]*)\)/g, '$1')
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s).,;:!?]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
