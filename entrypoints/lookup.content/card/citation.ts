/** Copying a passage citation: title, date, passage, link. */
import type { TermPassageRef } from '../../../utils/messages';

export function citationText(p: TermPassageRef, date: string): string {
  const s = p.snippet;
  const quote = `${s.cutStart ? '…' : ''}${s.text}${s.cutEnd ? '…' : ''}`;
  const section = p.section.filter(Boolean).join(' › ');
  return `« ${quote} »\n${p.docTitle}, ${date}${section ? `, § ${section}` : ''}\n${p.readerUrl}`;
}

/** Clipboard API first; the copy-event route when the page's permissions policy blocks it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // fall through
  }
  let done = false;
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
    e.stopImmediatePropagation();
    done = !!e.clipboardData;
  };
  document.addEventListener('copy', onCopy, true);
  try {
    done = document.execCommand('copy') && done;
  } catch {
    done = false;
  } finally {
    document.removeEventListener('copy', onCopy, true);
  }
  return done;
}
