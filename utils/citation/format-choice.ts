/**
 * The citation formats people can pick, and the reader's remembered choice (WXT storage, local:
 * a per-device habit, not a synced setting). A stored value that is not a known format reads as
 * plain text.
 */
import { storage } from 'wxt/utils/storage';
import type { CitationFormat } from './build-citation';
import { isCitationFormat } from './formats';

export const citationFormatItem = storage.defineItem<string>('local:citationFormat', {
  fallback: 'text',
});

export async function loadCitationFormat(): Promise<CitationFormat> {
  try {
    const v = await citationFormatItem.getValue();
    return isCitationFormat(v) ? v : 'text';
  } catch {
    return 'text';
  }
}

export function saveCitationFormat(f: CitationFormat): Promise<void> {
  return citationFormatItem.setValue(f).catch(() => {});
}
