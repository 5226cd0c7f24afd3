// The Help menu's two dialogs, registered as its commands.

import { useState } from 'react';
import { useMenuAction } from '../app/menu/menu-registry.ts';
import { AboutDialog } from './AboutDialog.tsx';
import { ShortcutSheet } from './ShortcutSheet.tsx';

export function HelpDialogs() {
  const [open, setOpen] = useState<'shortcuts' | 'about' | null>(null);
  useMenuAction('help.shortcuts', () => setOpen('shortcuts'));
  useMenuAction('help.about', () => setOpen('about'));
  return (
    <>
      <ShortcutSheet open={open === 'shortcuts'} onClose={() => setOpen(null)} />
      <AboutDialog open={open === 'about'} onClose={() => setOpen(null)} />
    </>
  );
}
