import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameContext } from '../../../../entrypoints/lookup/frame-context';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createFrameContext', () => {
  it('turns invalid once the extension is gone, and tells each listener once', () => {
    let alive = true;
    const ctx = createFrameContext(() => alive);
    const gone = vi.fn();
    const removed = vi.fn();
    ctx.onInvalidated(gone);
    ctx.onInvalidated(removed)();
    expect(ctx.isInvalid).toBe(false);
    alive = false;
    expect(ctx.isInvalid).toBe(true);
    alive = true; // a dead context stays dead
    expect(ctx.isInvalid).toBe(true);
    expect(gone).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
  });

  it('removes its listeners when invalidated', () => {
    let alive = true;
    const ctx = createFrameContext(() => alive);
    const target = new EventTarget();
    const seen: string[] = [];
    ctx.addEventListener(target, 'ping', (e) => seen.push(e.type));
    target.dispatchEvent(new Event('ping'));
    alive = false;
    void ctx.isInvalid;
    target.dispatchEvent(new Event('ping'));
    expect(seen).toEqual(['ping']);
  });

  it('skips a timer whose context died before it fired', () => {
    vi.useFakeTimers();
    let alive = true;
    const ctx = createFrameContext(() => alive);
    const early = vi.fn();
    const late = vi.fn();
    ctx.setTimeout(early, 10);
    ctx.setTimeout(late, 50);
    vi.advanceTimersByTime(20);
    alive = false;
    vi.advanceTimersByTime(50);
    expect(early).toHaveBeenCalledTimes(1);
    expect(late).not.toHaveBeenCalled();
  });

  it('reports same-document navigations from the Navigation API, each new URL once', () => {
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    vi.stubGlobal('location', { href: 'https://news.example/a' });
    const ctx = createFrameContext(() => true);
    const changed = vi.fn();
    ctx.onLocationChange(changed);
    const navigate = (url: string) =>
      navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    navigate('https://news.example/a');
    expect(changed).not.toHaveBeenCalled();
    navigate('https://news.example/b');
    navigate('https://news.example/b');
    expect(changed).toHaveBeenCalledTimes(1);
    navigate('https://news.example/a');
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('polls the URL where the Navigation API is missing, and stops when invalidated', () => {
    vi.useFakeTimers();
    vi.stubGlobal('navigation', undefined);
    const loc = { href: 'https://news.example/a' };
    vi.stubGlobal('location', loc);
    let alive = true;
    const ctx = createFrameContext(() => alive);
    const changed = vi.fn();
    ctx.onLocationChange(changed);
    vi.advanceTimersByTime(1000);
    expect(changed).not.toHaveBeenCalled();
    loc.href = 'https://news.example/b';
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(1);
    alive = false;
    loc.href = 'https://news.example/c';
    vi.advanceTimersByTime(3000);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
