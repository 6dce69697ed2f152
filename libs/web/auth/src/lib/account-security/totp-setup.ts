import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import { ConfirmTotpEnrolmentDocument, StartTotpEnrolmentDocument, apiError } from '@manager/web-data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { UNREACHABLE } from '../unreachable';

/**
 * Sets up an authenticator app: the QR code (an SVG the API renders, nothing leaves the
 * Manager), the secret to type in instead, then the app's first code to confirm.
 */
@Component({
  selector: 'mgr-totp-setup',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatInput, MatError],
  template: `
    @if (!qrCode()) {
      <button mat-stroked-button type="button" (click)="start()" [disabled]="busy()" data-testid="totp-start" i18n="@@auth.totp.start">Set up an authenticator app</button>
      @if (error(); as text) {
        <p class="error" role="alert">{{ text }}</p>
      }
    } @else {
      <div class="setup">
        <div class="qr" [innerHTML]="qrCode()" role="img" aria-label="QR code for the authenticator app" i18n-aria-label="@@auth.totp.qrCode"></div>
        <div class="steps">
          <p i18n="@@auth.totp.scan">Scan the QR code with your authenticator app, or type in this key:</p>
          <p><code class="secret" data-testid="totp-secret">{{ secret() }}</code></p>
          <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label i18n="@@auth.totp.code">Six-digit code from the app</mat-label>
              <input matInput [formControl]="code" inputmode="numeric" autocomplete="one-time-code" maxlength="8" required data-testid="totp-code" />
              <mat-error>
                @if (error(); as text) {
                  {{ text }}
                } @else {
                  <ng-container i18n="@@auth.totp.codeRequired">Enter the code the app shows.</ng-container>
                }
              </mat-error>
            </mat-form-field>
            <div class="actions">
              <button mat-flat-button type="submit" [disabled]="busy()" data-testid="totp-confirm" i18n="@@auth.totp.turnOn">Turn on</button>
              <button mat-button type="button" (click)="cancel()" i18n="@@auth.totp.cancel">Cancel</button>
            </div>
          </form>
        </div>
      </div>
    }
  `,
  styles: `
    .setup {
      display: flex;
      flex-wrap: wrap;
      gap: 20px;
      align-items: flex-start;
    }
    .qr {
      flex: none;
      inline-size: 176px;
      block-size: 176px;
      padding: 8px;
      border-radius: var(--mat-sys-corner-medium);
      background: #ffffff; /* a QR code reads dark on light, in either theme */
    }
    .qr ::ng-deep svg {
      display: block;
      inline-size: 100%;
      block-size: 100%;
    }
    .steps {
      flex: 1 1 240px;
      min-inline-size: 0;
    }
    p {
      margin: 0 0 8px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .secret {
      font-family: ui-monospace, Menlo, Consolas, monospace;
      font-size: 14px;
      word-break: break-all;
      color: var(--mat-sys-on-surface);
    }
    mat-form-field {
      inline-size: 100%;
    }
    .actions {
      display: flex;
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class TotpSetup {
  private readonly apollo = inject(Apollo);
  private readonly sanitizer = inject(DomSanitizer);
  readonly enrolled = output<readonly string[]>();

  protected readonly qrCode = signal<SafeHtml | null>(null);
  protected readonly secret = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly code = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  /** A form group, so that `ngSubmit` is Angular's and never a page reload. */
  protected readonly form = new FormGroup({ code: this.code });

  protected async start(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: StartTotpEnrolmentDocument }));
      const enrolment = result.data?.startTotpEnrolment;
      if (!enrolment) throw new Error('no enrolment');
      // Our own API's SVG (qrcode, rendered server-side): trusted, and Angular would strip <svg>.
      this.qrCode.set(this.sanitizer.bypassSecurityTrustHtml(enrolment.qrCodeSvg));
      this.secret.set(enrolment.secret);
    } catch (e) {
      this.error.set(apiError(e)?.message ?? UNREACHABLE);
    } finally {
      this.busy.set(false);
    }
  }

  protected async confirm(): Promise<void> {
    if (this.code.invalid) {
      this.code.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: ConfirmTotpEnrolmentDocument, variables: { input: { code: this.code.value.trim() } } }),
      );
      this.qrCode.set(null);
      this.enrolled.emit(result.data?.confirmTotpEnrolment.recoveryCodes ?? []);
    } catch (e) {
      this.error.set(apiError(e)?.message ?? UNREACHABLE);
      this.code.setErrors({ server: true });
      this.code.markAsTouched();
    } finally {
      this.busy.set(false);
    }
  }

  protected cancel(): void {
    this.qrCode.set(null);
    this.code.reset();
    this.error.set(null);
  }
}
