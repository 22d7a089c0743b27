import type { JSX } from 'preact';
import type { LinkParams } from '../../utils/reader/params';

/** onClick for in-reader links: plain clicks navigate in place, modified clicks keep the browser's way. */
export function linkHandler(navigate: (to: LinkParams) => void, to: LinkParams) {
  return (e: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    e.preventDefault();
    navigate(to);
  };
}
