import { CreateIdentity1764170000000 } from './lib/migrations/1764170000000-CreateIdentity';
import { AuthResolver } from './lib/auth.resolver';
import { LoginAttempt } from './lib/login-attempt.entity';
import { Session } from './lib/session.entity';
import { User } from './lib/user.entity';

export { User } from './lib/user.entity';
export { hashPassword, verifyUserPassword } from './lib/password-hasher';
export { openSession, resolveSession, SESSION_TTL_MS } from './lib/session.service';
export { normalizeEmail, WRONG_CREDENTIALS } from './lib/auth.service';
export { LOGIN_THROTTLE } from './lib/login-throttle';

export const identityEntities = [User, Session, LoginAttempt];
export const identityMigrations = [CreateIdentity1764170000000];
export const identityResolvers = [AuthResolver] as const;
