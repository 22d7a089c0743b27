import { describe, expect, it } from 'vitest';
import {
  READ_WHOLE_MAX,
  ROW_RUN,
  TextPieces,
  type ReadRun,
  type PieceNode,
  type PieceRoot,
} from '../../../../../entrypoints/lookup/first-stage/text-pieces';

/**
 * A minimal tree with the node fields the reader uses (unit tests have no DOM). Reads are
 * counted: `textContent` copies a subtree's text, which is what the reader bounds.
 */
class FakeNode implements PieceRoot {
  parentNode: FakeNode | null = null;
  previousSibling: FakeNode | null = null;
  kids: FakeNode[] = [];
  static wholeReads: string[] = [];
  /** The names of the elements read whole, in order. */
  static wholeNames: string[] = [];

  constructor(
    readonly nodeType: number,
    readonly localName?: string,
    readonly data?: string,
  ) {}

  get lastChild(): FakeNode | null {
    return this.kids.at(-1) ?? null;
  }
  get childNodes(): { length: number } {
    return { length: this.kids.length };
  }
  get childElementCount(): number {
    return this.kids.filter((k) => k.nodeType === 1).length;
  }
  private descendants(): FakeNode[] {
    return this.kids.flatMap((k) => [k, ...k.descendants()]);
  }
  text(): string {
    if (this.nodeType === 3 || this.nodeType === 4) return this.data ?? '';
    return this.kids.map((k) => k.text()).join('');
  }
  get textContent(): string {
    const t = this.text();
    if (this.nodeType === 1) {
      FakeNode.wholeReads.push(t);
      FakeNode.wholeNames.push(this.localName!);
    }
    return t;
  }
  getElementsByTagName(): { item(i: number): unknown } {
    const els = this.descendants().filter((n) => n.nodeType === 1);
    return { item: (i: number) => els[i] ?? null };
  }
  querySelectorAll(selectors: string): FakeNode[] {
    const names = selectors.split(',');
    return this.descendants().filter((n) => n.nodeType === 1 && names.includes(n.localName!));
  }
}

function el(name: string, ...kids: (FakeNode | string)[]): FakeNode {
  const e = new FakeNode(1, name);
  let prev: FakeNode | null = null;
  for (const k of kids) {
    const n = typeof k === 'string' ? new FakeNode(3, undefined, k) : k;
    n.parentNode = e;
    n.previousSibling = prev;
    prev = n;
    e.kids.push(n);
  }
  return e;
}

/** Every piece, in order. */
function readAll(top: FakeNode, readRun?: ReadRun): string[] {
  FakeNode.wholeReads = [];
  FakeNode.wholeNames = [];
  const r = new TextPieces(top as PieceNode as PieceRoot, readRun);
  const out: string[] = [];
  for (let s = r.next(); s !== null; s = r.next()) out.push(s);
  // Read to the end: it stays there.
  expect(r.next()).toBeNull();
  return out;
}

describe('TextPieces (the probe reads a subtree in bounded pieces)', () => {
  it('reads a small subtree without scripts in one call', () => {
    // Two element children, fewer than READ_WHOLE_MAX elements, no script: one textContent.
    const top = el('body', el('h1', 'Titre'), el('p', 'Le ', el('a', 'PNR'), ' belge.'));
    expect(readAll(top)).toEqual(['TitreLe PNR belge.']);
    expect(FakeNode.wholeReads).toEqual(['TitreLe PNR belge.']);
  });

  it('leaves out scripts, styles and noscript, keeping the rest in document order', () => {
    const top = el(
      'body',
      el('p', 'avant '),
      el('div', el('script', 'var ECE = 1;'), el('p', 'la CCPD'), el('style', '.x{}')),
      el('noscript', 'SIS'),
      ' après',
    );
    expect(readAll(top).join('')).toBe('avant la CCPD après');
    // The paragraphs beside the script are still read whole.
    expect(FakeNode.wholeReads).toEqual(['avant ', 'la CCPD']);
  });

  it('opens a subtree of READ_WHOLE_MAX elements or more, joining pieces as textContent does', () => {
    const rows = Array.from({ length: READ_WHOLE_MAX }, (_, i) => el('p', `ligne ${i} `));
    const big = el('div', ...rows);
    const top = el('body', el('h1', 'Titre '), big);
    const pieces = readAll(top);
    expect(pieces.join('')).toBe(top.textContent);
    // The body and the big div were opened: no piece holds more than one paragraph.
    expect(pieces.length).toBe(1 + READ_WHOLE_MAX);
    expect(Math.max(...pieces.map((p) => p.length))).toBe('ligne 127 '.length);
  });

  it('reads a subtree just under the bound whole', () => {
    const rows = Array.from({ length: READ_WHOLE_MAX - 2 }, (_, i) => el('li', `${i}`));
    const top = el('body', el('ul', ...rows));
    // body holds ul + its items: READ_WHOLE_MAX - 1 elements.
    expect(readAll(top)).toHaveLength(1);
  });

  it('reads text nodes side by side (a parser-split long text) one by one, without copying', () => {
    // body > pre, as a text file is shown: the body (one element child) is opened too.
    const a = 'x'.repeat(65_536 - 4) + 'mand';
    const b = "at d'arrêt européen" + 'y'.repeat(1000);
    const top = el('body', el('pre', a, b, 'fin'));
    const pieces = readAll(top);
    expect(pieces).toEqual([a, b, 'fin']);
    // Glued as textContent glues them: a term across the split stays whole.
    expect(pieces.join('')).toContain("mandat d'arrêt européen");
    expect(FakeNode.wholeReads).toEqual([]);
  });

  it('skips the text of form controls and templates in an opened subtree', () => {
    const filler = Array.from({ length: READ_WHOLE_MAX }, () => el('span', '.'));
    const top = el(
      'body',
      el('textarea', 'ECE'),
      el('select', el('option', 'PNR')),
      el('template', 'SIS'),
      ...filler,
      'ok',
    );
    expect(readAll(top).join('')).toBe('.'.repeat(READ_WHOLE_MAX) + 'ok');
  });

  it('opens a shadow root (a fragment) and reads its children', () => {
    const sr = new FakeNode(11);
    const p = el('p', 'Tournai II');
    p.parentNode = sr;
    sr.kids.push(p);
    expect(readAll(sr)).toEqual(['Tournai II']);
  });

  it('reads CDATA sections and ignores comments', () => {
    const cdata = new FakeNode(4, undefined, 'CTE');
    const comment = new FakeNode(8, undefined, 'ECE');
    const filler = Array.from({ length: READ_WHOLE_MAX }, () => el('i'));
    const top = el('body', cdata, comment, ...filler);
    const pieces = readAll(top);
    expect(pieces[0]).toBe('CTE');
    expect(pieces.join('')).toBe('CTE');
  });

  it('opens an element with a single element child, and reads a lone text node whole', () => {
    const top = el('body', el('div', el('p', 'Le ', el('a', 'PNR'), ' belge'), el('p', 'ECE')));
    // body (one child) opened; the div (two children, few elements) read whole.
    expect(readAll(top)).toEqual(['Le PNR belgeECE']);
    const lone = el('body', el('main', el('p', 'la CCPD')));
    // body and main opened (one child each); the p (one text node) read whole.
    expect(readAll(lone)).toEqual(['la CCPD']);
    expect(FakeNode.wholeReads).toEqual(['la CCPD']);
  });

  it('reads the rows of a table or a list in runs, one call per run, when it can', () => {
    // What a Range from child `from` to child `to` reads (runs are logged, not textContent).
    const runs: [string, number, number][] = [];
    const readRun: ReadRun = (parent, from, to) => {
      const p = parent as unknown as FakeNode;
      runs.push([p.localName!, from, to]);
      const kids = p.kids.slice(from, to);
      return kids.map((k) => (k.nodeType === 3 ? k.data! : k.kids.length ? k.text() : '')).join('');
    };
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        el('tr', el('td', `${i}`), el('td', el('a', i === 150 ? 'CCPD' : 'Lille'))),
        '\n',
      ]).flat();
    const top = el('body', el('table', el('tbody', ...rows(200))), el('ul', ...rows(20)));
    const pieces = readAll(top, readRun);
    expect(pieces.join('')).toBe(top.textContent);
    // 400 children in runs of ROW_RUN: no row read alone.
    expect(runs).toEqual(
      [0, 64, 128, 192, 256, 320, 384].map((from) => [
        'tbody',
        from,
        Math.min(400, from + ROW_RUN),
      ]),
    );
    expect(FakeNode.wholeNames).not.toContain('tr');
    // A short list (ROW_RUN children or fewer) is read as before.
    expect(pieces.at(-1)).toBe(top.kids[1]!.textContent);
  });

  it('opens a row container that holds a script child by child, leaving the script out', () => {
    const runs: number[] = [];
    const readRun: ReadRun = (_p, from) => {
      runs.push(from);
      return '';
    };
    const items = Array.from({ length: 100 }, (_, i) => el('li', `item ${i} `));
    const top = el('body', el('ul', el('script', 'var PNR;'), ...items));
    expect(readAll(top, readRun).join('')).toBe(items.map((_, i) => `item ${i} `).join(''));
    expect(runs).toEqual([]);
  });

  it('reads a row, an item or a paragraph whole, even with one element child', () => {
    const rows = Array.from({ length: READ_WHOLE_MAX }, (_, i) => el('tr', el('td', `${i} `)));
    const top = el('body', el('table', ...rows), el('li', el('a', 'SIS')));
    const pieces = readAll(top);
    // The body and the table opened; each row and the item one textContent.
    expect(pieces).toEqual([...rows.map((_, i) => `${i} `), 'SIS']);
    expect(FakeNode.wholeNames).toEqual([...rows.map(() => 'tr'), 'li']);
  });
});
