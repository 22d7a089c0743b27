/** The reader page in a real Chromium: landing on a passage, marks, stepping from hit to hit. */
import { describe, expect, it } from 'vitest';
import { corpus, inView, pick, reachable, targetState, useReaderPage } from './support/reader-page';

describe('reader page: landing and stepping', () => {
  const r = useReaderPage();

  it('opens a passage link: in view, current, query words marked, title follows', async () => {
    // A passage far down a long document, so scrolling matters.
    const doc = 'declaration-2023-05-05';
    const inDoc = reachable.filter((p) => p.doc === doc);
    const target = inDoc[Math.floor(inDoc.length * 0.7)] ?? reachable[reachable.length - 1]!;
    const word = (target.text.match(/[\p{L}]{7,}/u) ?? ['coopération'])[0];
    await r.open(
      `?doc=${target.doc}&passage=${target.id}&q=${encodeURIComponent(word.toUpperCase())}`,
    );
    await r.waitCurrent(target.id);
    const s = await r.page.evaluate(targetState, target.id);
    expect(s).toMatchObject({ current: 'location', inView: true, currents: 1 });
    expect(s!.marks.map((m) => m?.toLowerCase())).toContain(word.toLowerCase());
    expect(await r.page.title()).toContain(corpus.documents.find((d) => d.id === doc)!.title);
  });

  it('marks query words without regard to accents or case', async () => {
    const target = pick((p) => /coopération/i.test(p.text));
    await r.open(`?doc=${target.doc}&passage=${target.id}&q=COOPERATION`);
    await r.page.waitForSelector(`[id="${target.id}"] mark`);
    const s = await r.page.evaluate(targetState, target.id);
    expect(s!.marks.some((m) => /^coopérations?$/i.test(m ?? ''))).toBe(true);
  });

  it('follows a term (&term=) and steps to the next and previous occurrence', async () => {
    // The term with the most passages (from the build's occurrences; else the glossary's PNR).
    const perTerm = new Map<string, Set<string>>();
    for (const o of corpus.occurrences) {
      perTerm.set(o.term, (perTerm.get(o.term) ?? new Set()).add(o.passage));
    }
    const [term, passages] = [...perTerm].sort((a, b) => b[1].size - a[1].size)[0] ?? [
      'pnr',
      new Set(reachable.filter((p) => /\bPNR\b/.test(p.text)).map((p) => p.id)),
    ];
    const first = reachable.find((p) => passages.has(p.id))!;
    await r.open(`?doc=${first.doc}&passage=${first.id}&term=${term}`);
    await r.page.waitForSelector(`[id="${first.id}"] mark`);
    const s = await r.page.evaluate(targetState, first.id);
    expect(s).toMatchObject({ current: 'location', inView: true });
    expect(s!.marks.length).toBeGreaterThan(0);
    expect(await r.page.locator('[data-focus=term]').count()).toBe(1);

    const next = r.page.locator('a[data-step=next]');
    if (passages.size > 1 && (await next.count())) {
      const href = new URL((await next.getAttribute('href'))!, r.base);
      const nextId = href.searchParams.get('passage')!;
      await next.click();
      await r.waitCurrent(nextId);
      await r.page.waitForFunction(inView, nextId);
      expect(await r.page.evaluate(targetState, nextId)).toMatchObject({
        inView: true,
        currents: 1,
      });
      expect(new URL(r.page.url()).searchParams.get('passage')).toBe(nextId);
      await r.page.keyboard.press('p');
      await r.waitCurrent(first.id);
    }
  });

  it('steps through query hits across documents with n / p and the buttons', async () => {
    await r.open('?doc=communication-2017-10-16&q=coop%C3%A9ration');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      await r.page.keyboard.press('n');
      await r.page.waitForFunction(
        (prev) => {
          const id = new URL(location.href).searchParams.get('passage');
          return (
            id &&
            id !== prev &&
            document.getElementById(id)?.getAttribute('aria-current') === 'location'
          );
        },
        ids[ids.length - 1] ?? '',
      );
      ids.push(new URL(r.page.url()).searchParams.get('passage')!);
    }
    expect(new Set(ids).size).toBe(4);
    const id = ids[3]!;
    await r.page.waitForFunction((i) => {
      const b = document.getElementById(i)!.getBoundingClientRect();
      return b.top < innerHeight && b.bottom > 0;
    }, id);
    // Within a text « Previous »; at its first hit, the explicit « earlier, in … » link.
    await r.page.locator('a[data-step=prev], a[data-step=prev-doc]').click();
    await r.page.waitForFunction(
      (i) => new URL(location.href).searchParams.get('passage') === i,
      ids[2]!,
    );
    await r.page.goBack();
    await r.waitCurrent(id);
  });

  it('opens every passage of every document by its id', async () => {
    // One real load per document, then the location changes in place (history + popstate, the
    // way the back button moves the reader), checked inside the page to keep the run short.
    const failures: string[] = [];
    for (const d of corpus.documents) {
      const ids = reachable.filter((p) => p.doc === d.id).map((p) => p.id);
      if (!ids.length) continue;
      await r.page.goto(`${r.base}?doc=${d.id}&passage=${ids[0]}`);
      await r.page.waitForFunction(inView, ids[0]!).catch(() => {});
      const bad = await r.page.evaluate(
        async ({ doc, ids }) => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
          const out: string[] = [];
          for (const id of ids) {
            history.pushState(null, '', `?doc=${doc}&passage=${id}`);
            dispatchEvent(new PopStateEvent('popstate'));
            let ok = false;
            for (let i = 0; i < 40 && !ok; i++) {
              await frame();
              const el = document.getElementById(id);
              const b = el?.getBoundingClientRect();
              ok =
                !!el &&
                !!b &&
                el.getAttribute('aria-current') === 'location' &&
                document.querySelectorAll('[aria-current=location]').length === 1 &&
                b.top < innerHeight &&
                b.bottom > 0;
            }
            if (!ok) out.push(`${doc}#${id}`);
          }
          return out;
        },
        { doc: d.id, ids },
      );
      failures.push(...bad);
    }
    expect(failures).toEqual([]);
    expect(r.errors).toEqual([]);
  });

  it('« Previous » and « Next » stay in the text: disabled on « passage 1 of 1 »', async () => {
    // A term with exactly one passage in some text, and passages in other texts.
    const byTerm = new Map<string, Map<string, Set<string>>>();
    for (const o of corpus.occurrences) {
      const p = corpus.passages.find((x) => x.id === o.passage);
      if (!p) continue;
      const docs = byTerm.get(o.term) ?? new Map<string, Set<string>>();
      docs.set(p.doc, (docs.get(p.doc) ?? new Set()).add(p.id));
      byTerm.set(o.term, docs);
    }
    let found: { term: string; doc: string; passage: string } | null = null;
    for (const [term, docs] of byTerm) {
      if (docs.size < 2) continue;
      for (const [doc, ids] of docs) {
        if (ids.size === 1) found ??= { term, doc, passage: [...ids][0]! };
      }
    }
    expect(found).not.toBeNull();
    const { term, doc, passage } = found!;
    await r.open(`?doc=${doc}&passage=${passage}&term=${term}`);
    await r.page.waitForSelector(`[id="${passage}"][aria-current=location]`);
    // Both buttons are disabled: nothing before or after in this text.
    for (const rel of ['prev', 'next']) {
      const step = r.page.locator(`[data-step=${rel}]`);
      await expect(step.getAttribute('aria-disabled')).resolves.toBe('true');
      await expect(step.getAttribute('href')).resolves.toBeNull();
    }
    // The other texts stay one explicit link away, naming their year.
    const other = r.page.locator('a[data-step=prev-doc], a[data-step=next-doc]');
    expect(await other.count()).toBeGreaterThanOrEqual(1);
    expect(await other.first().textContent()).toMatch(/20\d\d/);
    await other.first().click();
    await r.page.waitForFunction((d) => new URL(location.href).searchParams.get('doc') !== d, doc);
    const landed = new URL(r.page.url()).searchParams.get('passage')!;
    await r.waitCurrent(landed);
  });
});
