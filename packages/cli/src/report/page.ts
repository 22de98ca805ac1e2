import { esc } from './escape.js';

/**
 * The shell of every HTML file the CLI writes: one self-contained page whose Content-Security-Policy
 * forbids loading anything (no script, font, image or network; only the inline style), so it opens offline.
 * `title` is escaped here; `css` and `body` are the caller's markup, already escaped where they hold data.
 */
export function offlinePage(title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
