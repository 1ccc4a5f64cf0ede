// Browser mode: the host opens the page at `#token=<per-launch token>`. Read it once, then take it
// out of the address bar so that it is not left on screen, in history or in a bookmark.

/** Returns the launch token from the URL fragment (or null) and removes the fragment. */
export function takeLaunchToken(
  location: Location = window.location,
  history: History = window.history,
): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  return token && token.length > 0 ? token : null;
}
