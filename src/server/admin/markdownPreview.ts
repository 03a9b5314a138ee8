import { escapeHtml } from '../staff/httpBits';

/**
 * Just enough Markdown to show an answer the way the chat shows it: paragraphs, line breaks,
 * bullet and numbered lists, **bold** and web links. Everything is escaped first, so nothing an
 * editor types can become markup.
 */

function inline(escaped: string): string {
  return escaped
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2" rel="noreferrer noopener">$1</a>');
}

export function markdownToHtml(markdown: string): string {
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return blocks.map((block) => {
    const lines = block.split('\n');
    if (lines.every((l) => /^[-*]\s+/.test(l))) {
      return `<ul>${lines.map((l) => `<li>${inline(escapeHtml(l.replace(/^[-*]\s+/, '')))}</li>`).join('')}</ul>`;
    }
    if (lines.every((l) => /^\d+\.\s+/.test(l))) {
      return `<ol>${lines.map((l) => `<li>${inline(escapeHtml(l.replace(/^\d+\.\s+/, '')))}</li>`).join('')}</ol>`;
    }
    return `<p>${lines.map((l) => inline(escapeHtml(l))).join('<br>')}</p>`;
  }).join('\n');
}
