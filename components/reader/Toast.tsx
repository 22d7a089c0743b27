import { useEffect } from 'preact/hooks';

export interface ToastState {
  id: number;
  ok: boolean;
  text: string;
  /** The exact text put on the clipboard (kept for checking). */
  copied: string;
}

/** A transient confirmation, announced politely. The live region is always in the page. */
export function Toast({ state, onDone }: { state: ToastState | null; onDone(): void }) {
  useEffect(() => {
    if (!state) return;
    const t = setTimeout(onDone, state.ok ? 2500 : 6000);
    return () => clearTimeout(t);
  }, [state?.id]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {state ? (
        <p class={`toast${state.ok ? '' : ' toast-error'}`} data-copied={state.copied}>
          {state.text}
        </p>
      ) : null}
    </div>
  );
}
