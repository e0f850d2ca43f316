// Permanent API tokens: create, list and delete, each for the user who is calling.
import type { FullMockUser } from './data.js';
import { uuidV4 } from './jwt.js';
import { apiError, json, text, type MockOperation } from './routes.js';
import { authenticate } from './auth.js';
import type { MockState, Responder } from './state.js';

export function tokensOf(state: MockState, user: FullMockUser): string[] {
  return [...state.apiTokens].filter(([, owner]) => owner === user).map(([token]) => token);
}

export const tokenResponders: Pick<Record<MockOperation, Responder>, 'createToken' | 'listTokens' | 'deleteToken'> = {
  createToken(context) {
    const user = authenticate(context);
    if (user instanceof Response) return user;
    const token = `${user.platformId}:${uuidV4()}`;
    context.state.apiTokens.set(token, user);
    const status = context.state.createTokenStatus;
    return status === 200 ? text(token) : new Response(null, { status });
  },
  listTokens(context) {
    const user = authenticate(context);
    return user instanceof Response ? user : json(tokensOf(context.state, user));
  },
  deleteToken(context) {
    const user = authenticate(context);
    if (user instanceof Response) return user;
    const { state, path, params } = context;
    const token = params.token!;
    if (state.apiTokens.get(token) !== user) return apiError(404, path, 'Api token not found', 'resource.not.found.exception');
    state.apiTokens.delete(token);
    return text('true');
  },
};
