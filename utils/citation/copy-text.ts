/**
 * The one clipboard writer of the card and the reader: the Clipboard API first; the copy-event
 * route when the page's permissions policy blocks it (the card runs inside any page). Needs a
 * document; tested in a real browser (tests/e2e).
 */
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
