import { CanMatchFn } from '@angular/router';
import { fetchSessionUserId } from './session-check';

/**
 * Matches only when nobody is signed in: a link that has a signed-out face (a partnership
 * invitation shows what it offers before the login) and a signed-in one (the shell's page).
 * Signed in, the route does not match and the router goes on to the signed-in routes. If the API
 * cannot be asked, the signed-out face shows (it says so itself and asks nothing of the session).
 */
export const signedOutGuard: CanMatchFn = async () => {
  try {
    return (await fetchSessionUserId()) === null;
  } catch {
    return true;
  }
};
