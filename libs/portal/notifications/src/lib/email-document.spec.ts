import { emailDocument, escapeHtml } from './email-document';

describe('emailDocument', () => {
  const doc = emailDocument('You’re <invited>', '<p>Hello <a href="https://debrief.example/accept">accept</a></p>');

  it('keeps the email body', () => {
    expect(doc).toContain('<body><p>Hello <a href="https://debrief.example/accept">accept</a></p></body>');
  });

  it('declares a language and an escaped title', () => {
    expect(doc).toContain('<html lang="en">');
    expect(doc).toContain('<title>You’re &#60;invited&#62;</title>');
  });

  it('forbids scripts and remote loads', () => {
    expect(doc).toContain(`default-src 'none'`);
    expect(doc).not.toContain('script-src');
  });
});

describe('escapeHtml', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
