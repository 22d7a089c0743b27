/** Keyboard shortcuts of the reader (documented in the page). */

export type ShortcutAction =
  'next' | 'prev' | 'next-doc' | 'prev-doc' | 'toggle-original' | 'copy-citation' | 'help';

export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** Tag name of the focused element (e.g. "INPUT"). */
  targetTag?: string;
  targetEditable?: boolean;
}

export const SHORTCUTS: ReadonlyArray<{ keys: string[]; action: ShortcutAction }> = [
  { keys: ['n', 'j'], action: 'next' },
  { keys: ['p', 'k'], action: 'prev' },
  { keys: [']'], action: 'next-doc' },
  { keys: ['['], action: 'prev-doc' },
  { keys: ['o'], action: 'toggle-original' },
  { keys: ['c'], action: 'copy-citation' },
  { keys: ['?'], action: 'help' },
];

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function shortcutFor(e: KeyLike): ShortcutAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.targetEditable || (e.targetTag && TYPING.has(e.targetTag.toUpperCase()))) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return SHORTCUTS.find((s) => s.keys.includes(key))?.action ?? null;
}
