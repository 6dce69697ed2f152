import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { Icon } from '@manager/web-ui/icons';
import { Button, TextField, TextFieldState, TextInput } from '@manager/web-ui/native-form';
import { AuthLayout } from '../auth-layout/auth-layout';

export type SecondFactorMethod = 'TOTP' | 'RECOVERY_CODE' | 'PASSKEY';
export type CodeMethod = 'TOTP' | 'RECOVERY_CODE';

/**
 * The login's second step, once the password was accepted: a code (authenticator app or
 * recovery code), or a passkey. Its own component so that the login page loads it in a `@defer`
 * block when a second factor is due: most sign-ins never show it, and the first screen does not
 * carry it. The page keeps the state and does the calls; this draws them.
 */
@Component({
  selector: 'mgr-login-second-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextField, TextInput, Button, Icon, AuthLayout],
  templateUrl: './second-step.html',
  styleUrls: ['../auth-layout/auth-form.scss', './login.page.scss'],
})
export class LoginSecondStep {
  readonly methods = input.required<readonly SecondFactorMethod[]>();
  readonly codeMethod = input.required<CodeMethod>();
  readonly codeField = input.required<TextFieldState>();
  readonly message = input<string | null>(null);
  readonly submitting = input(false);
  readonly waiting = input(false);
  readonly passkeysSupported = input(false);

  readonly submitCode = output<Event>();
  readonly passkey = output<void>();
  readonly useMethod = output<CodeMethod>();
  readonly back = output<void>();

  protected readonly totpSubheading = $localize`:@@auth.login.totpSubheading:Enter the code from your authenticator app.`;
  protected readonly recoverySubheading = $localize`:@@auth.login.recoveryCodeSubheading:Enter one of your recovery codes.`;
  protected readonly totpLabel = $localize`:@@auth.login.totpLabel:Six-digit code`;
  protected readonly recoveryLabel = $localize`:@@auth.login.recoveryLabel:Recovery code`;
}
