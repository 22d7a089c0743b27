import { describe, expect, it } from 'vitest';
import { topFrameHost } from '../../../utils/frame-host';

describe('topFrameHost: iframes follow the page they are embedded in', () => {
  it('is the own host in the top frame', () => {
    expect(topFrameHost({ hostname: 'lesoir.be', isTop: true })).toBe('lesoir.be');
  });
  it('reads the top host when the chain is same-origin', () => {
    expect(topFrameHost({ hostname: 'lesoir.be', isTop: false, topHostname: 'lesoir.be' })).toBe(
      'lesoir.be',
    );
  });
  it('uses the last ancestor origin in a cross-origin frame (Chromium)', () => {
    expect(
      topFrameHost({
        hostname: 'embed.video.example',
        isTop: false,
        ancestorOrigins: ['https://ads.example', 'https://www.lemonde.fr'],
        referrer: 'https://ads.example/frame',
      }),
    ).toBe('www.lemonde.fr');
  });
  it('falls back to the referrer, then to the own host', () => {
    expect(
      topFrameHost({ hostname: 'embed.example', isTop: false, referrer: 'https://rtbf.be/x' }),
    ).toBe('rtbf.be');
    expect(topFrameHost({ hostname: 'embed.example', isTop: false, referrer: '' })).toBe(
      'embed.example',
    );
    expect(
      topFrameHost({ hostname: 'embed.example', isTop: false, ancestorOrigins: ['null'] }),
    ).toBe('embed.example');
  });
});
