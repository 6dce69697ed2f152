import { CreateIdentity1764170000000 } from './lib/migrations/1764170000000-CreateIdentity';
import { CreatePasswordConfirmationAttempts1764170009000 } from './lib/migrations/1764170009000-CreatePasswordConfirmationAttempts';
import { CreatePasswordResets1764170010000 } from './lib/migrations/1764170010000-CreatePasswordResets';
import { AuthResolver } from './lib/auth.resolver';
import { LoginAttempt } from './lib/login-attempt.entity';
import { PasswordConfirmationAttempt } from './lib/password-confirmation-attempt.entity';
import { PasswordResetRequest } from './lib/passwords/password-reset-request.entity';
import { PasswordResetToken } from './lib/passwords/password-reset-token.entity';
import { PasswordResolver } from './lib/passwords/password.resolver';
import { Session } from './lib/session.entity';
import { User } from './lib/user.entity';

export { User } from './lib/user.entity';
export { hashPassword } from './lib/password-hasher';
/** Every password confirmation (ending a partnership, password change, API tokens) goes through this one throttled check. */
export { confirmPassword, PASSWORD_CONFIRMATION_THROTTLE, WRONG_CONFIRMATION_PASSWORD } from './lib/password-confirmation';
export { openSession, resolveSession, SESSION_TTL_MS } from './lib/session.service';
export { normalizeEmail, WRONG_CREDENTIALS } from './lib/auth.service';
export { LOGIN_THROTTLE } from './lib/login-throttle';
export { assertPasswordAllowed } from './lib/passwords/password-policy';
export { PASSWORD_RESET_THROTTLE } from './lib/passwords/password-reset-throttle';
export { PASSWORD_RESET_TTL_MINUTES } from './lib/passwords/password-reset-token';

export const identityEntities = [User, Session, LoginAttempt, PasswordConfirmationAttempt, PasswordResetToken, PasswordResetRequest];
export const identityMigrations = [CreateIdentity1764170000000, CreatePasswordConfirmationAttempts1764170009000, CreatePasswordResets1764170010000];
export const identityResolvers = [AuthResolver, PasswordResolver] as const;
