import { CreateIdentity1764170000000 } from './lib/migrations/1764170000000-CreateIdentity';
import { CreatePasswordConfirmationAttempts1764170009000 } from './lib/migrations/1764170009000-CreatePasswordConfirmationAttempts';
import { AuthResolver } from './lib/auth.resolver';
import { LoginAttempt } from './lib/login-attempt.entity';
import { PasswordConfirmationAttempt } from './lib/password-confirmation-attempt.entity';
import { Session } from './lib/session.entity';
import { User } from './lib/user.entity';

export { User } from './lib/user.entity';
export { hashPassword } from './lib/password-hasher';
/** Every password confirmation (ending a partnership, password change, API tokens) goes through this one throttled check. */
export { confirmPassword, PASSWORD_CONFIRMATION_THROTTLE, WRONG_CONFIRMATION_PASSWORD } from './lib/password-confirmation';
export { openSession, resolveSession, SESSION_TTL_MS } from './lib/session.service';
export { normalizeEmail, WRONG_CREDENTIALS } from './lib/auth.service';
export { LOGIN_THROTTLE } from './lib/login-throttle';

export const identityEntities = [User, Session, LoginAttempt, PasswordConfirmationAttempt];
export const identityMigrations = [CreateIdentity1764170000000, CreatePasswordConfirmationAttempts1764170009000];
export const identityResolvers = [AuthResolver] as const;
