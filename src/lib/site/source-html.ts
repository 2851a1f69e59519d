/**
 * The source page's body as one string: thousands of lines per document make per-node
 * rendering the slowest part of a city-scale build. Every character of the source is escaped.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function sourceListHtml(lines: readonly string[]): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const cells = lines[i]!.split('\t').map(escapeHtml).join('<span class="tab" aria-hidden="true">│</span>');
    out += `<li id="L${i + 1}">${cells}</li>`;
  }
  return out;
}
