// The part of Node's `events` that exceljs's streaming writer and readable-stream use, for the
// sheet worker (Vite gives a browser build no Node built-ins). Listeners are kept lazily, as Node
// does, because exceljs's StreamBuf never calls the EventEmitter constructor.
type Listener = (...args: unknown[]) => void;

/** A minimal EventEmitter: on/once/off/emit and the listener queries readable-stream asks. */
export class EventEmitter {
  private _listeners?: Map<string | symbol, Listener[]>;

  private table(): Map<string | symbol, Listener[]> {
    this._listeners ??= new Map();
    return this._listeners;
  }

  on(event: string | symbol, listener: Listener): this {
    const list = this.table().get(event) ?? [];
    this.table().set(event, [...list, listener]);
    return this;
  }

  addListener(event: string | symbol, listener: Listener): this {
    return this.on(event, listener);
  }

  prependListener(event: string | symbol, listener: Listener): this {
    this.table().set(event, [listener, ...(this.table().get(event) ?? [])]);
    return this;
  }

  once(event: string | symbol, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(event, wrapped);
      listener(...args);
    };
    return this.on(event, wrapped);
  }

  removeListener(event: string | symbol, listener: Listener): this {
    const list = this.table().get(event);
    if (list)
      this.table().set(
        event,
        list.filter((l) => l !== listener),
      );
    return this;
  }

  off(event: string | symbol, listener: Listener): this {
    return this.removeListener(event, listener);
  }

  removeAllListeners(event?: string | symbol): this {
    if (event === undefined) this.table().clear();
    else this.table().delete(event);
    return this;
  }

  emit(event: string | symbol, ...args: unknown[]): boolean {
    const list = this.table().get(event);
    if (!list || list.length === 0) {
      if (event === 'error') throw args[0] instanceof Error ? args[0] : new Error(String(args[0]));
      return false;
    }
    for (const listener of list) listener.apply(this, args);
    return true;
  }

  listeners(event: string | symbol): Listener[] {
    return [...(this.table().get(event) ?? [])];
  }

  listenerCount(event: string | symbol): number {
    return this.table().get(event)?.length ?? 0;
  }

  setMaxListeners(): this {
    return this;
  }

  static listenerCount(emitter: EventEmitter, event: string | symbol): number {
    return emitter.listenerCount(event);
  }
}

export default EventEmitter;
