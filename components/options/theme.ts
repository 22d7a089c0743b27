/** Applies the user's theme choice to an extension page (options, welcome). */
import type { Theme } from '../../utils/settings';
// What data-theme means to the stylesheet: comes with every page that sets it.
import './theme.css';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
