/**
 * The scripts the background injects into a frame's isolated world (the second stage, the hover
 * card's logic, the card's renderer) hand themselves to the content script through `globalThis`,
 * which that world shares and the page cannot see. Each sits under a `Symbol.for` key with a
 * version: a stale copy left by an older build is not used, and a newer injection replaces it.
 */
interface Versioned {
  readonly version: number;
}

/** The value registered under `key`, when it has this `version`. */
export function registeredIn<T extends Versioned>(key: symbol, version: number): T | undefined {
  const value = (globalThis as Record<symbol, T | undefined>)[key];
  return value && value.version === version ? value : undefined;
}

/** Registers `value` under `key`: not enumerable nor writable, replaceable by a newer copy. */
export function registerIn(key: symbol, value: Versioned): void {
  Object.defineProperty(globalThis, key, {
    value,
    configurable: true,
    enumerable: false,
    writable: false,
  });
}
