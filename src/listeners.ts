/** A set of listeners, each told in turn; one that throws does not stop the others. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  /** Adds `listener`; returns a function that removes it. */
  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(value: T): void {
    for (const listener of [...this.set]) {
      try {
        listener(value);
      } catch (error) {
        // A broken listener must not break the client or the other listeners: report it apart.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }

  clear(): void {
    this.set.clear();
  }
}
