// The View menu's commands: reading text size and the theme.

import { useToaster } from '../app/toast-context.ts';
import { useMenuAction } from '../app/menu/menu-registry.ts';
import { growReadingText, resetReadingText } from './reading-prefs.ts';
import { cycleTheme, themeLabels } from './theme.ts';

export function useAppearanceActions(): void {
  const toaster = useToaster();
  useMenuAction('view.fontLarger', () => growReadingText(1));
  useMenuAction('view.fontSmaller', () => growReadingText(-1));
  useMenuAction('view.fontReset', resetReadingText);
  useMenuAction('view.theme', () => toaster.show(`Theme: ${themeLabels[cycleTheme()]}`));
}
