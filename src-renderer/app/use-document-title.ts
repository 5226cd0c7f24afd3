// The window's title names what is open ("Title — Sourcebench"), for the task
// switcher and browser tabs.

import { useEffect } from 'react';

export function useDocumentTitle(subject: string | undefined): void {
  useEffect(() => {
    document.title = subject ? `${subject} — Sourcebench` : 'Sourcebench';
    return () => {
      document.title = 'Sourcebench';
    };
  }, [subject]);
}
