// For pages that render a dialog once and open it from many rows: the rows call `open(request)`,
// the one dialog component subscribes.
export function createDialogStore<R>() {
  const listeners = new Set<(request: R | null) => void>();
  return {
    open(request: R | null): void {
      for (const listener of listeners) listener(request);
    },
    subscribe(listener: (request: R | null) => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
