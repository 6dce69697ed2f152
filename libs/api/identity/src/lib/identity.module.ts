import { defineContext } from '@manager/api-core';
import { AuthResolver } from './auth.resolver';
import { LoginAttempt } from './login-attempt.entity';
import { CreateIdentity1764170000000 } from './migrations/1764170000000-CreateIdentity';
import { CreatePasswordConfirmationAttempts1764170009000 } from './migrations/1764170009000-CreatePasswordConfirmationAttempts';
import { CreatePasswordResets1764170010000 } from './migrations/1764170010000-CreatePasswordResets';
import { PasswordConfirmationAttempt } from './password-confirmation-attempt.entity';
import { PasswordResetRequest } from './passwords/password-reset-request.entity';
import { PasswordResetToken } from './passwords/password-reset-token.entity';
import { PasswordResolver } from './passwords/password.resolver';
import { Session } from './session.entity';
import { User } from './user.entity';

/** Users, sessions, sign-in and passwords. */
export const identityModule = defineContext({
  name: 'identity',
  resolvers: [AuthResolver, PasswordResolver],
  entities: [User, Session, LoginAttempt, PasswordConfirmationAttempt, PasswordResetToken, PasswordResetRequest],
  migrations: [CreateIdentity1764170000000, CreatePasswordConfirmationAttempts1764170009000, CreatePasswordResets1764170010000],
});
