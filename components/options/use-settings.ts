/** Settings as Preact state: loaded once, saved on every change, updated by changes elsewhere. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';

export interface SettingsState {
  settings: Settings | null;
  /** Saves a change immediately (WXT storage, synced); the UI updates optimistically. */
  save(patch: Partial<Settings>): Promise<void>;
  error: string | null;
}

/**
 * Saves run one after another: updateSettings reads then writes, so two overlapping calls (two
 * quick clicks) would otherwise lose the first change.
 */
let queue: Promise<unknown> = Promise.resolve();
function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => alive && setSettings(s));
    const unwatch = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  const save = useCallback(async (patch: Partial<Settings>) => {
    setSettings((s) => (s ? { ...s, ...patch } : s));
    try {
      setSettings(await queued(() => updateSettings(patch)));
      setError(null);
    } catch (err) {
      setError(String(err));
      setSettings(await loadSettings());
    }
  }, []);

  return { settings, save, error };
}
