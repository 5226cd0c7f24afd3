// Keys the workbench answers outside the menus, for the shortcut sheet. Each
// group names where it works; the menu commands come from the menu table.

export interface PageKey {
  keys: readonly string[];
  does: string;
}

export interface PageKeyGroup {
  title: string;
  keys: readonly PageKey[];
}

export const pageKeyGroups: readonly PageKeyGroup[] = [
  {
    title: 'Anywhere',
    keys: [
      { keys: ['/'], does: 'Put the caret in the search box' },
      { keys: ['?'], does: 'Show this list of shortcuts' },
      { keys: ['Tab'], does: 'Move to the next control' },
    ],
  },
  {
    title: 'Menu bar',
    keys: [
      { keys: ['F10'], does: 'Move to the menu bar' },
      { keys: ['←', '→'], does: 'Move between menus' },
      { keys: ['↓', 'Enter'], does: 'Open a menu' },
      { keys: ['Esc'], does: 'Close the menu' },
    ],
  },
  {
    title: 'Library and annotations tables',
    keys: [
      { keys: ['↑', '↓'], does: 'Move between rows' },
      { keys: ['Page Up', 'Page Down', 'Home', 'End'], does: 'Jump through the list' },
      { keys: ['Enter'], does: 'Open the source' },
    ],
  },
  {
    title: 'Reader',
    keys: [
      { keys: ['H'], does: 'Highlight the selected words in the last colour' },
      { keys: ['Ctrl+Shift+H'], does: 'Highlight the selection (also inside the text)' },
      { keys: ['F'], does: 'Find the selected words in the other sources' },
      { keys: ['↑', '↓'], does: 'Move between highlights in the side panel' },
      { keys: ['Ctrl+Enter'], does: 'Save a highlight’s note' },
      { keys: ['Esc'], does: 'Close the open highlight, then go back to the library' },
    ],
  },
];
