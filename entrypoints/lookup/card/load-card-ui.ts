/**
 * Loads the card renderer (`/card-renderer.js`) into this frame on demand: the background injects it
 * (scripting.executeScript / tabs.executeScript) into the sender's frame, where it registers
 * itself on `globalThis` (see card-ui-api.ts). One request at a time; after a failure, a clear
 * console error and a pause before the next attempt. Highlights never depend on it.
 */
import { registeredCardUi, type CardUi } from './card-ui-api';
import { sendMessage } from '../../../utils/send-message';

/** Pause after a failed load before trying again (another hover, the keyboard command…). */
const RETRY_AFTER_MS = 10_000;

let loading: Promise<CardUi> | null = null;
let failedAt = -Infinity;

/** The renderer, when it is already loaded (no wait). */
export function cardUiNow(): CardUi | undefined {
  return registeredCardUi();
}

async function request(): Promise<CardUi> {
  const res = await sendMessage({ type: 'loadCardUi', part: 'renderer' });
  const ui = registeredCardUi();
  if (ui) return ui;
  throw new Error(res && !res.ok ? (res.error ?? 'failed') : 'the renderer did not register');
}

/** The renderer, loading it if needed. Rejects (already logged) when it cannot be loaded. */
export function loadCardUi(): Promise<CardUi> {
  const ui = registeredCardUi();
  if (ui) return Promise.resolve(ui);
  if (loading) return loading;
  if (performance.now() - failedAt < RETRY_AFTER_MS) {
    return Promise.reject(new Error('card UI unavailable'));
  }
  const p = request();
  loading = p;
  p.then(
    () => {
      loading = null;
    },
    (err: unknown) => {
      loading = null;
      failedAt = performance.now();
      console.error('[vdl] the hover card could not be loaded (highlights keep working):', err);
    },
  );
  return p;
}

/** Starts loading the renderer ahead of need (no error surfaces to the caller). */
export function preloadCardUi(): void {
  if (registeredCardUi() || loading) return;
  loadCardUi().catch(() => {});
}
