// Links leave the app only as web or mail links, and only after a question
// that shows where they go.

import { describe, expect, it } from 'vitest';
import { externalLinkQuestion, externalLinkTarget } from '../../../src-main/hosts/electron/external-links.ts';

describe('externalLinkTarget', () => {
  it('lets web and mail links through, normalized', () => {
    expect(externalLinkTarget('https://www.reuters.com/world/iraq')).toBe('https://www.reuters.com/world/iraq');
    expect(externalLinkTarget('HTTP://Example.org')).toBe('http://example.org/');
    expect(externalLinkTarget('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  it('refuses files, scripts, app protocols, disguised hosts and non-URLs', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<b>x</b>', 'smb://server/share', 'ms-settings:privacy', 'https://bank.example@evil.example/', 'https://u:p@host.example/', 'not a url', '']) {
      expect(externalLinkTarget(url), url).toBeNull();
    }
  });
});

describe('externalLinkQuestion', () => {
  it('names the site on its own line, with Cancel as the default', () => {
    const q = externalLinkQuestion('https://www.aljazeera.com/news/2020/9/27/us-warns');
    expect(q.message).toBe('Open this link in your browser?');
    expect(q.detail.split('\n')[0]).toBe('Site: www.aljazeera.com');
    expect(q.detail).toContain('https://www.aljazeera.com/news/2020/9/27/us-warns');
    expect(q.buttons[q.defaultId]).toBe('Cancel');
    expect(q.cancelId).toBe(q.defaultId);
    expect(q.buttons[0]).toBe('Open in Browser');
  });

  it('shortens a very long URL but never the host line', () => {
    const long = `https://host.example/${'a'.repeat(2000)}`;
    const q = externalLinkQuestion(long);
    expect(q.detail.length).toBeLessThan(400);
    expect(q.detail.startsWith('Site: host.example\n')).toBe(true);
  });

  it('asks about mail links as mail', () => {
    const q = externalLinkQuestion('mailto:desk@example.org');
    expect(q.message).toMatch(/e-mail/);
    expect(q.detail.split('\n')[0]).toBe('An e-mail to desk@example.org');
  });
});
