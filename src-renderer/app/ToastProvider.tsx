// Holds the visible toasts and draws them in a live region; errors stay until
// dismissed, other messages fade out after a few seconds.

import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type Toast, type Toaster, type ToastTone } from './toast-context.ts';
import './toasts.css';

const quietAfterMs = 5_000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);

  const toaster = useMemo<Toaster>(
    () => ({
      show(message: string, tone: ToastTone = 'info') {
        const id = nextId.current++;
        setToasts((current) => [...current.slice(-4), { id, tone, message }]);
        if (tone !== 'error') window.setTimeout(() => dismiss(id), quietAfterMs);
      },
    }),
    [dismiss],
  );

  return (
    <ToastContext.Provider value={toaster}>
      {children}
      {/* Polite and always present, so a toast is read when it appears; errors interrupt as alerts. */}
      <div className="toasts" role="region" aria-label="Notifications" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.tone}`} role={toast.tone === 'error' ? 'alert' : undefined}>
            <span className="toast__message">{toast.message}</span>
            <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
