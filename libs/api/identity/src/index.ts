export { User } from './lib/user.entity';
/** How the other contexts create people and read who they are (never with SQL of their own on `app_user`). */
export { createUser, displayNameOf, findUserByEmail, userDisplayNames, userSummaries, type UserSummary } from './lib/users';
export { hashPassword } from './lib/password-hasher';
/** Every password confirmation (ending a partnership, password change, API tokens) goes through this one throttled check. */
export { confirmPassword, PASSWORD_CONFIRMATION_THROTTLE, WRONG_CONFIRMATION_PASSWORD } from './lib/password-confirmation';
export { openSession, requestDevice, resolveSession, SESSION_TTL_MS, type SessionDevice } from './lib/session.service';
/** Two-step verification: the operation guard's gate, the keys, and the activity other contexts add to. */
export { assertSecondFactorSatisfied, SECOND_FACTOR_ENROLMENT_FIELDS, secondFactorRequired } from './lib/second-factor/second-factor-gate';
export { configureSecondFactors } from './lib/second-factor/secret-box';
export { SECOND_FACTOR_THROTTLE } from './lib/second-factor/second-factor-throttle';
export { recordSecurityEvent } from './lib/security-events';
export { normalizeEmail, WRONG_CREDENTIALS } from './lib/auth.service';
export { LOGIN_THROTTLE } from './lib/login-throttle';
export { assertPasswordAllowed } from './lib/passwords/password-policy';
export { PASSWORD_RESET_THROTTLE } from './lib/passwords/password-reset-throttle';
export { PASSWORD_RESET_TTL_MINUTES } from './lib/passwords/password-reset-token';


export { identityModule } from './lib/identity.module';
/** The identity context's error messages in every language (registered for the answer's translation and the catalog test). */
export { IDENTITY_ERRORS } from './lib/i18n/identity-errors.catalog';
