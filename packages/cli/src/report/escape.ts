/** Escape text for HTML content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only `http:` and `https:` URLs become links (never `javascript:` or `data:`). */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}
