/**
 * Wraps an email's HTML body in a document for a sandboxed iframe: a language, a title, and a
 * Content-Security-Policy that blocks scripts and every remote load (tracking pixels, fonts), so
 * the preview can only show inline markup and styles.
 */
export function emailDocument(subject: string, html: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(subject)}</title>`,
    '<style>body{margin:16px;font:16px/1.5 system-ui,sans-serif;color:#1b1b1f;background:#fff}</style>',
    `</head><body>${html}</body></html>`,
  ].join('');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
