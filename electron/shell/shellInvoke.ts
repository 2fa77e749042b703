type Binding = (channel: string, args: unknown) => Promise<unknown>;

/**
 * The shell's bridge transport. Calls go through the page binding as JSON, except those carrying
 * bytes (`data` as a Uint8Array: `attachments:put`, `files:writeChunk`, `backup:write`), which
 * are posted as a binary request body to `uploadPath` on our own origin, the channel named in a
 * header: the shell's request interception reads them as a Buffer and runs the same `dispatch`.
 * (Through the binding a 20 MB photo would first become a 27 MB base64 string built in the page,
 * then be parsed back in Node; posted, it is copied as it is.)
 * Self-contained on purpose: the shell injects this function's source into the page.
 */
export function shellInvoke(binding: Binding, uploadPath: string): Binding {
  return async (channel, args) => {
    const call = args as { data?: unknown } | null | undefined;
    if (!(call?.data instanceof Uint8Array)) return binding(channel, args);
    const { data, ...rest } = call as Record<string, unknown> & { data: Uint8Array };
    const response = await fetch(uploadPath, {
      method: 'POST',
      // As a Blob: a typed array posted as it is held the page ~150 ms for a backup's 8 MB while
      // the request was built (measured with a CPU profile); a Blob's bytes go out of the page.
      body: new Blob([data as Uint8Array<ArrayBuffer>]),
      headers: {
        'X-Bridge-Channel': channel,
        // How many bytes were sent: a Chromium that drops a Blob body is refused, not obeyed.
        'X-Bridge-Bytes': String(data.byteLength),
        'X-Bridge-Args': encodeURIComponent(JSON.stringify(rest)),
      },
    });
    return response.json();
  };
}
