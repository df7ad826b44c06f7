import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl, isTrustedSender, mayRequest } from '../../electron/security';

describe('URL decisions', () => {
  it('recognises only the app origin as the app', () => {
    expect(isAppUrl('app://bitext/index.html')).toBe(true);
    expect(isAppUrl('app://bitext.evil/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@bitext/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
  it('allows external links only over https to listed hosts, parsed with URL', () => {
    expect(isAllowedExternalUrl('https://www.sggp.org.vn/nga-va-trieu-tien-post745114.html')).toBe(true);
    expect(isAllowedExternalUrl('https://github.com.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://evil.example/?https://github.com')).toBe(false);
    expect(isAllowedExternalUrl('file://github.com/')).toBe(false);
  });
  it('trusts only a top frame showing the app', () => {
    expect(isTrustedSender({ url: 'app://bitext/index.html', parent: null })).toBe(true);
    expect(isTrustedSender(null)).toBe(false);
    expect(mayRequest('devtools://devtools/bundled/x.js')).toBe(true);
    expect(mayRequest('https://fonts.example/x.woff2')).toBe(false);
  });
});
