/**
 * The hover card's stylesheet, adopted by its shadow root (constructable stylesheet, so a page CSP
 * that forbids inline styles does not apply). Pixel sizes only: the page's root font size, its
 * `* { all: unset }` and its z-index wars must not reach the card.
 */
export const CARD_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  contain: none !important;
  pointer-events: none !important;
}
.card, .card * {
  box-sizing: border-box;
  margin: 0;
  padding: 0;
  border: 0;
  font: inherit;
  color: inherit;
  background: none;
  text-align: left;
  text-transform: none;
  letter-spacing: normal;
  word-spacing: normal;
  text-shadow: none;
  float: none;
  visibility: inherit;
}
.card {
  --bg: #ffffff;
  --fg: #1b1f24;
  --muted: #59636e;
  --line: #d8dee4;
  --soft: #f3f5f7;
  --accent: #1f5fbf;
  --accent-fg: #ffffff;
  --mark-bg: #fff0a8;
  --mark-fg: #1b1f24;
  --bar: #1f5fbf;
  --bar-empty: #d0d7de;
  --shadow: 0 12px 32px rgba(15, 23, 42, 0.18), 0 2px 6px rgba(15, 23, 42, 0.12);
  color-scheme: light;
  position: fixed;
  top: 0;
  left: 0;
  display: flex;
  flex-direction: column;
  width: 420px;
  max-width: calc(100vw - 16px);
  max-height: min(620px, calc(100vh - 16px));
  overflow: hidden;
  pointer-events: auto;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--line);
  border-radius: 10px;
  box-shadow: var(--shadow);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 14px;
  font-weight: 400;
  font-style: normal;
  line-height: 20px;
  direction: ltr;
  white-space: normal;
  overflow-wrap: break-word;
  cursor: auto;
  user-select: text;
  -webkit-font-smoothing: antialiased;
}
.card[data-prewarm] { visibility: hidden !important; pointer-events: none !important; left: -10000px; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card:not([data-theme='light']) {
    --bg: #1e2329; --fg: #e6edf3; --muted: #9da7b3; --line: #3a424c; --soft: #272e36;
    --accent: #7cb4ff; --accent-fg: #0d1117; --mark-bg: #6b5310; --mark-fg: #fff6d6;
    --bar: #7cb4ff; --bar-empty: #454d57;
    --shadow: 0 12px 32px rgba(0, 0, 0, 0.55), 0 2px 6px rgba(0, 0, 0, 0.4);
    color-scheme: dark;
  }
}
.card[data-theme='dark'] {
  --bg: #1e2329; --fg: #e6edf3; --muted: #9da7b3; --line: #3a424c; --soft: #272e36;
  --accent: #7cb4ff; --accent-fg: #0d1117; --mark-bg: #6b5310; --mark-fg: #fff6d6;
  --bar: #7cb4ff; --bar-empty: #454d57;
  --shadow: 0 12px 32px rgba(0, 0, 0, 0.55), 0 2px 6px rgba(0, 0, 0, 0.4);
  color-scheme: dark;
}
.head { display: block; padding: 14px 44px 10px 16px; position: relative; }
.title { display: inline; font-size: 19px; line-height: 24px; font-weight: 700; }
.kind {
  display: inline-block; margin-left: 8px; padding: 0 6px; vertical-align: 2px;
  font-size: 11px; line-height: 17px; color: var(--muted);
  border: 1px solid var(--line); border-radius: 9px;
}
.expansion { display: block; margin-top: 2px; font-size: 14px; line-height: 19px; font-weight: 600; }
.also { display: block; margin-top: 2px; font-size: 12px; line-height: 16px; color: var(--muted); }
.also span { font-weight: 600; color: var(--fg); }
.body { display: block; overflow: auto; overscroll-behavior: contain; padding: 0 16px 12px; }
.explanation { display: block; font-size: 13.5px; line-height: 19px; }
.section-title {
  display: block; margin: 12px 0 5px; font-size: 11px; line-height: 14px; font-weight: 700;
  letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted);
}
button {
  display: inline-flex; align-items: center; gap: 6px; cursor: pointer;
  font-size: 12.5px; line-height: 16px; font-weight: 600; color: var(--accent);
  border-radius: 6px; padding: 5px 8px; background: transparent;
}
button:hover { background: var(--soft); }
button:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.close {
  position: absolute; top: 10px; right: 10px; width: 28px; height: 28px; padding: 0;
  justify-content: center; color: var(--muted); font-size: 20px; line-height: 20px; font-weight: 400;
}
svg { display: block; width: 14px; height: 14px; fill: none; stroke: currentColor; stroke-width: 2;
  stroke-linecap: round; stroke-linejoin: round; flex: none; }
.timeline { display: flex; gap: 6px; align-items: flex-end; list-style: none; }
.tl { display: flex; flex: 1 1 0; flex-direction: column; align-items: center; min-width: 0; }
.tl-n { display: block; font-size: 11px; line-height: 14px; color: var(--muted); font-variant-numeric: tabular-nums; }
.tl-track { display: flex; align-items: flex-end; width: 100%; height: 22px; border-bottom: 1px solid var(--line); }
.tl-bar { display: block; width: 100%; min-height: 2px; border-radius: 3px 3px 0 0; background: var(--bar); }
.tl-bar.zero { background: var(--bar-empty); }
.tl-y { display: block; margin-top: 3px; font-size: 11px; line-height: 14px; color: var(--muted); font-variant-numeric: tabular-nums; }
.tl-k { display: block; font-size: 10px; line-height: 12px; color: var(--muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 100%; }
.passages { display: block; list-style: none; }
.passage { display: flex; gap: 4px; align-items: flex-start; border-top: 1px solid var(--line); padding: 6px 0; }
.passage:first-child { border-top: 0; padding-top: 2px; }
.plink {
  display: block; flex: 1 1 auto; min-width: 0; color: inherit; text-decoration: none;
  border-radius: 6px; padding: 4px 6px; margin: -4px -6px; cursor: pointer;
}
.plink:hover { background: var(--soft); }
.pmeta { display: flex; min-width: 0; font-size: 12px; line-height: 16px; color: var(--muted); white-space: nowrap; }
.pdoc { flex: none; font-weight: 600; color: var(--accent); }
.psec { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.snip {
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden;
  margin-top: 2px; font-size: 13px; line-height: 18px;
}
mark { background: var(--mark-bg); color: var(--mark-fg); border-radius: 2px; padding: 0 1px; font-weight: 600; }
.copy { padding: 5px; color: var(--muted); }
.passages-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px 8px; }
.cite-formats { display: flex; flex-wrap: wrap; gap: 2px; }
.cite-format { padding: 2px 6px; border-radius: 4px; font-size: 11px; line-height: 16px; color: var(--muted); }
.cite-format[aria-pressed='true'] { background: var(--accent); color: var(--accent-fg); }
.empty, .status { display: block; font-size: 13px; line-height: 18px; color: var(--muted); }
.foot {
  display: flex; align-items: center; justify-content: space-between; gap: 8px;
  padding: 6px 10px; border-top: 1px solid var(--line); background: var(--soft);
}
.foot .status { padding: 0 6px; font-size: 12px; }
.skel { display: block; height: 12px; margin: 8px 0; border-radius: 4px; background: var(--soft); }

/* ---- Phones and touch screens (issue 15) ---- */
/* Fingers: every control at least 44×44 CSS px (WCAG 2.5.5, Apple and Android guidelines). */
@media (pointer: coarse) {
  button { min-width: 44px; min-height: 44px; justify-content: center; }
  .close { top: 4px; right: 4px; width: 44px; height: 44px; }
  .head { padding-right: 52px; }
  .plink { min-height: 44px; }
  .passage { padding: 4px 0; }
  .foot { padding: 0 6px; }
}
/* A phone: the card takes the screen's width less a margin (placed by place-card.ts). */
@media (max-width: 480px) {
  .card { width: calc(100vw - 16px); }
}
`;
