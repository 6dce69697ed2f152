import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  type AccountSecurityQuery,
  RegenerateRecoveryCodesDocument,
  RemovePasskeyDocument,
  RemoveTotpDocument,
  RenamePasskeyDocument,
  apiError,
} from '@manager/web-data-access';
import { LocalDatePipe, RelativeTimePipe } from '@manager/web-ui';
import { Icon } from '@manager/web-ui/icons';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { UNREACHABLE } from '../unreachable';
import { PasskeyAdd } from './passkey-add';
import { RecoveryCodes } from './recovery-codes';
import { TotpSetup } from './totp-setup';

type Security = AccountSecurityQuery['accountSecurity'];

/** What the password confirms: removing a passkey or the app, or new recovery codes. */
type Confirming = { kind: 'passkey'; id: string; name: string } | { kind: 'totp' } | { kind: 'codes' };

/**
 * Two-step verification: passkeys (list, rename, remove, last used), the authenticator app,
 * recovery codes. Removals and new codes need the password. `changed` asks the page to reload.
 */
@Component({
  selector: 'mgr-second-factors-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButton, MatIconButton, MatFormField, MatLabel, MatInput, MatError, Icon, LocalDatePipe, RelativeTimePipe, PasskeyAdd, TotpSetup, RecoveryCodes],
  templateUrl: './second-factors-card.html',
  styleUrl: './security-cards.scss',
})
export class SecondFactorsCard {
  private readonly apollo = inject(Apollo);
  readonly security = input.required<Security>();
  /** The enrolment screen shows only what adds a factor. */
  readonly enrolOnly = input(false);
  readonly changed = output<void>();

  protected readonly newCodes = signal<readonly string[] | null>(null);
  protected readonly renaming = signal<string | null>(null);
  protected readonly confirming = signal<Confirming | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly renameControl = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly password = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  /** Form groups, so that `ngSubmit` is Angular's and never a page reload. */
  protected readonly renameForm = new FormGroup({ name: this.renameControl });
  protected readonly confirmForm = new FormGroup({ password: this.password });

  protected enrolled(codes: readonly string[]): void {
    if (codes.length) this.newCodes.set(codes);
    this.changed.emit();
  }

  protected renameLabel(name: string): string {
    return $localize`:@@auth.passkeys.renameLabel:Rename ${name}:name:`;
  }

  protected removeLabel(name: string): string {
    return $localize`:@@auth.passkeys.removeLabel:Remove ${name}:name:`;
  }

  protected startRename(id: string, name: string): void {
    this.renaming.set(id);
    this.renameControl.setValue(name);
  }

  protected async rename(id: string): Promise<void> {
    if (this.renameControl.invalid) return;
    await this.run(() => firstValueFrom(this.apollo.mutate({ mutation: RenamePasskeyDocument, variables: { input: { id, name: this.renameControl.value } } })));
    this.renaming.set(null);
  }

  protected ask(what: Confirming): void {
    this.confirming.set(what);
    this.password.reset();
    this.error.set(null);
  }

  protected async confirm(): Promise<void> {
    const what = this.confirming();
    if (!what || this.password.invalid) {
      this.password.markAsTouched();
      return;
    }
    const password = this.password.value;
    const ok = await this.run(async () => {
      if (what.kind === 'passkey') {
        await firstValueFrom(this.apollo.mutate({ mutation: RemovePasskeyDocument, variables: { input: { id: what.id, password } } }));
      } else if (what.kind === 'totp') {
        await firstValueFrom(this.apollo.mutate({ mutation: RemoveTotpDocument, variables: { input: { password } } }));
      } else {
        const result = await firstValueFrom(this.apollo.mutate({ mutation: RegenerateRecoveryCodesDocument, variables: { input: { password } } }));
        this.newCodes.set(result.data?.regenerateRecoveryCodes.recoveryCodes ?? null);
      }
    });
    if (ok) this.confirming.set(null);
  }

  private async run(work: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
      this.changed.emit();
      return true;
    } catch (e) {
      this.error.set(apiError(e)?.message ?? UNREACHABLE);
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
