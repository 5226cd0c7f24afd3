// What the in-page menu bar shows: the menu table's commands, each enabled when
// something in the workbench handles it here, with the reason when it is not.
// The one Theme command opens up into three choices, so the current one can be seen.

import { menuActionSpecs, type MenuAction, type MenuName } from '../../../src-main/hosts/menu-actions.ts';
import { themeLabels, themePreference, themePreferences, type ThemePreference } from '../../appearance/theme.ts';
import { ariaKeyShortcut, displayAccelerator } from './accelerator.ts';
import { canRunMenuAction, runMenuAction } from './menu-registry.ts';

export const menuNames: readonly MenuName[] = ['File', 'Edit', 'View', 'Go', 'Help'];

export interface MenuItem {
  key: string;
  label: string;
  keys?: string;
  ariaKeys?: string;
  /** Why the item cannot be used here; undefined when it can. */
  unavailable?: string;
  /** For the theme choices (menuitemradio). */
  checked?: boolean;
  startsGroup: boolean;
  run(): void;
}

export function menuItems(menu: MenuName, theme: ThemePreference): MenuItem[] {
  return menuActionSpecs
    .filter((spec) => spec.menu === menu)
    .flatMap((spec): MenuItem[] => {
      const startsGroup = 'startsGroup' in spec && spec.startsGroup;
      if (spec.id === 'view.theme') return themeItems(theme, startsGroup);
      const accelerator = 'accelerator' in spec ? spec.accelerator : undefined;
      const unavailable = 'desktopOnly' in spec && spec.desktopOnly ? 'Desktop app only' : canRunMenuAction(spec.id) ? undefined : 'Not available here';
      return [
        {
          key: spec.id,
          label: spec.label,
          ...(accelerator === undefined ? {} : { keys: displayAccelerator(accelerator), ariaKeys: ariaKeyShortcut(accelerator) }),
          ...(unavailable === undefined ? {} : { unavailable }),
          startsGroup,
          run: () => runMenuAction(spec.id as MenuAction),
        },
      ];
    });
}

function themeItems(current: ThemePreference, startsGroup: boolean): MenuItem[] {
  return themePreferences.map((choice, index) => ({
    key: `view.theme.${choice}`,
    label: `Theme: ${themeLabels[choice]}`,
    checked: choice === current,
    startsGroup: startsGroup && index === 0,
    run: () => themePreference.set(choice),
  }));
}
