import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseReaderParams } from '../../../utils/reader/params';
import { readerSearch, readerUrl } from '../../../utils/reader-url';

describe('reader links', () => {
  it('put the parameters in the contract order: doc, passage, then term or q', () => {
    expect(readerSearch({ doc: 'd', q: 'x', passage: 'p-1' })).toBe('?doc=d&passage=p-1&q=x');
    expect(readerSearch({ doc: 'd', passage: null, term: 'ece', q: 'ignored' })).toBe(
      '?doc=d&term=ece',
    );
  });

  it('are absolute URLs of the extension’s reader page', () => {
    expect(readerUrl({ doc: 'declaration-2018-06-11', passage: 'p-abcdef123456' })).toBe(
      `chrome-extension://${fakeBrowser.runtime.id}/reader.html?doc=declaration-2018-06-11&passage=p-abcdef123456`,
    );
  });

  it('cut a long query to what the reader accepts, and the reader reads it back', () => {
    const q = 'mandat d’arrêt européen & coopération '.repeat(10);
    const back = parseReaderParams(readerSearch({ doc: 'd', q }));
    expect(back.problems).toEqual([]);
    expect(back.q).toBe(q.slice(0, 200).trim());
  });
});
