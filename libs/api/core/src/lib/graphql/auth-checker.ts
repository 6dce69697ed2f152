import type { AuthChecker } from 'type-graphql';
import { unauthenticated } from '../errors';
import type { RequestContext } from '../request-context';

/**
 * `@Authorized()` means "signed in". Finer rules (which organization, which product) are data
 * rules and live in the access policy, which the services call.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }) => {
  if (!context.actor) throw unauthenticated();
  return true;
};
