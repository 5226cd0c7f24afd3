// Light and dark: the system's choice unless the user overrides it (remembered).
// The resolved theme is written to <html data-theme>, which theme.css reads.

import { storedPreference } from './stored-preference.ts';

export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];

export const themeLabels: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export const themePreference = storedPreference<ThemePreference>('sourcebench:theme', 'system', (value): value is ThemePreference =>
  (themePreferences as readonly unknown[]).includes(value),
);

const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

export function resolvedTheme(): 'light' | 'dark' {
  const preference = themePreference.get();
  if (preference !== 'system') return preference;
  return systemDark.matches ? 'dark' : 'light';
}

/** System → Light → Dark → System: what the one "Theme" command of the native menu does. */
export function cycleTheme(): ThemePreference {
  const next = themePreferences[(themePreferences.indexOf(themePreference.get()) + 1) % themePreferences.length] ?? 'system';
  themePreference.set(next);
  return next;
}

/** Applies the theme now and whenever the preference or the system's scheme changes. Called once, before the first render. */
export function followTheme(): void {
  const apply = () => {
    const theme = resolvedTheme();
    document.documentElement.dataset['theme'] = theme;
    document.documentElement.style.colorScheme = theme;
  };
  apply();
  themePreference.subscribe(apply);
  systemDark.addEventListener('change', apply);
}
