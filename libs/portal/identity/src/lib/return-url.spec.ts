import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each(['/coaches?specialty=CODING', '/admin/users', '/'])('keeps the in-portal path %s', (url) => {
    expect(safeReturnUrl(url)).toBe(url);
  });

  it.each([undefined, null, '', 'https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/sign-in?returnUrl=%2F'])(
    'falls back to home for %p',
    (url) => {
      expect(safeReturnUrl(url)).toBe('/');
    },
  );
});
