/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The frame every email's HTML shares: the center's name on top, the content, a footer. */
export function emailLayout(centerName: string, title: string, bodyHtml: string): string {
  const center = escapeHtml(centerName);
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;color:#1b1b1f;line-height:1.5">',
    `<p style="font-weight:bold;color:#1f3a93">${center}</p>`,
    bodyHtml,
    `<p style="color:#44474f;font-size:13px">Sent by ${center} through Debrief.</p>`,
    '</body></html>',
  ].join('\n');
}
