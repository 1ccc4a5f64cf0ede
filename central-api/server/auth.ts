// Bearer-token check for the /v1 routes. Tokens are compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function createTokenCheck(tokens: string[]): (authorization: string | undefined) => void {
  if (tokens.length === 0 || tokens.some((t) => t.length < 8)) {
    throw new Error('central-api: give at least one kiosk token of 8 or more characters');
  }
  const known = tokens.map(digest);
  return (authorization) => {
    const match = /^Bearer (\S+)$/.exec(authorization ?? '');
    if (!match?.[1]) throw new ApiError(401, 'UNAUTHORIZED', 'missing Authorization: Bearer <token>');
    const given = digest(match[1]);
    // Compare against every token so the time taken does not tell which one nearly matched.
    const ok = known.map((k) => timingSafeEqual(k, given)).includes(true);
    if (!ok) throw new ApiError(401, 'UNAUTHORIZED', 'the bearer token is not a known kiosk token');
  };
}
