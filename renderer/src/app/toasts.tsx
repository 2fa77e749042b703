import { useSyncExternalStore } from 'react';

interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

// A module-level store: any code can say something short, the frame shows it for a moment.
let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: readonly Toast[]): void {
  toasts = next;
  for (const listener of listeners) listener();
}

/** Shows one line for a few seconds (errors a little longer), announced to screen readers. */
export function showToast(text: string, tone: Toast['tone'] = 'info'): void {
  const toast = { id: nextId++, text, tone };
  emit([...toasts, toast].slice(-3));
  setTimeout(() => emit(toasts.filter((t) => t.id !== toast.id)), tone === 'error' ? 6000 : 3000);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The messages of showToast, at the top of the window. */
export function Toasts() {
  const current = useSyncExternalStore(subscribe, () => toasts);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {current.map((toast) => (
        <div key={toast.id} className={`toast ${toast.tone}`}>
          {toast.text}
        </div>
      ))}
    </div>
  );
}
