// A fetch that tells the caller of every request it makes (before sending: a request that fails is
// seen too) and, optionally, of every answer. For tests and benches that count what the kiosk asks
// of the central API.
export interface RecordedRequest {
  method: string;
  url: URL;
}

export function recordingFetch(
  onRequest: (request: RecordedRequest) => void,
  onResponse?: (response: Response) => Promise<void>,
): typeof fetch {
  return async (input, init) => {
    onRequest({
      method: input instanceof Request ? input.method : (init?.method ?? 'GET'),
      url: new URL(input instanceof Request ? input.url : String(input)),
    });
    const response = await fetch(input, init);
    await onResponse?.(response);
    return response;
  };
}
