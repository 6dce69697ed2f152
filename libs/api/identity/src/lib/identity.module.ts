import { defineContext } from '@manager/api-core';
import { AuthResolver } from './auth.resolver';
import { LoginAttempt } from './login-attempt.entity';
import { CreateIdentity1764170000000 } from './migrations/1764170000000-CreateIdentity';
import { CreatePasswordConfirmationAttempts1764170009000 } from './migrations/1764170009000-CreatePasswordConfirmationAttempts';
import { CreatePasswordResets1764170010000 } from './migrations/1764170010000-CreatePasswordResets';
import { CreateSecondFactors1764170080000 } from './migrations/1764170080000-CreateSecondFactors';
import { AddUserLanguage1764170100000 } from './migrations/1764170100000-AddUserLanguage';
import { secondFactorEntities } from './second-factor/second-factor.entities';
import { SecondFactorResolver } from './second-factor/second-factor.resolver';
import { SessionsResolver, UserSecondFactorResolver } from './sessions/sessions.resolver';
import { PasswordConfirmationAttempt } from './password-confirmation-attempt.entity';
import { PasswordResetRequest } from './passwords/password-reset-request.entity';
import { PasswordResetToken } from './passwords/password-reset-token.entity';
import { PasswordResolver } from './passwords/password.resolver';
import { Session } from './session.entity';
import { User } from './user.entity';

/** Users, sessions, sign-in, passwords and second factors (passkeys, authenticator apps, recovery codes). */
export const identityModule = defineContext({
  name: 'identity',
  resolvers: [AuthResolver, PasswordResolver, SecondFactorResolver, SessionsResolver, UserSecondFactorResolver],
  entities: [User, Session, LoginAttempt, PasswordConfirmationAttempt, PasswordResetToken, PasswordResetRequest, ...secondFactorEntities],
  migrations: [CreateIdentity1764170000000, CreatePasswordConfirmationAttempts1764170009000, CreatePasswordResets1764170010000, CreateSecondFactors1764170080000, AddUserLanguage1764170100000],
});
