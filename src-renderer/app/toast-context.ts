// The context through which any view posts a short message (a toast) to the
// corner of the window: confirmations, and errors with no better place to go.

import { createContext, useContext } from 'react';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
}

export interface Toaster {
  show(message: string, tone?: ToastTone): void;
}

export const ToastContext = createContext<Toaster | null>(null);

export function useToaster(): Toaster {
  const toaster = useContext(ToastContext);
  if (toaster === null) throw new Error('useToaster must be used inside <ToastProvider>.');
  return toaster;
}
