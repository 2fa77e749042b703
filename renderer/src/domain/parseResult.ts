/** Outcome of parsing user-typed text; `message` is Chinese and does not name the field. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };
