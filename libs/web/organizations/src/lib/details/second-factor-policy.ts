import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { SetSecondFactorRequirementDocument, apiError } from '@manager/web-data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { unreachableMessage } from '../organization-labels';

/**
 * The legal responsible's switch: members (and partners' people) reach the organization only after
 * two-step verification. Turning it on needs the legal responsible's own session to have it.
 */
@Component({
  selector: 'mgr-second-factor-policy',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatSlideToggle],
  template: `
    <section class="card policy" aria-labelledby="policy-heading">
      <h2 id="policy-heading" class="section" i18n="@@organizations.secondFactor.heading">Two-step verification</h2>
      <mat-slide-toggle [checked]="required()" (change)="set($event.checked)" [disabled]="busy()" data-testid="require-second-factor" i18n="@@organizations.secondFactor.toggle"
        >Require two-step verification for every member</mat-slide-toggle
      >
      <p class="hint" i18n="@@organizations.secondFactor.hint">Members without a passkey or an authenticator app must set one up at their next request before they reach anything else. Partners’ people reach this organization only with two-step verification too.</p>
      @if (error(); as text) {
        <p class="error" role="alert" data-testid="policy-error">{{ text }}</p>
      }
    </section>
  `,
  styles: `
    .policy {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-block-start: 16px;
    }
    .policy .section {
      margin: 0 0 4px;
    }
    .hint {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
  `,
  styleUrl: './organization-details.page.scss',
})
export class SecondFactorPolicy implements OnInit {
  private readonly apollo = inject(Apollo);
  readonly organizationId = input.required<string>();
  readonly initial = input.required<boolean>();
  protected readonly required = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.required.set(this.initial());
  }

  protected async set(required: boolean): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.required.set(required);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: SetSecondFactorRequirementDocument, variables: { input: { organizationId: this.organizationId(), required } } }),
      );
      this.required.set(result.data?.setSecondFactorRequirement.organization.requiresSecondFactor ?? required);
    } catch (e) {
      this.required.set(!required);
      this.error.set(apiError(e)?.message ?? unreachableMessage());
    } finally {
      this.busy.set(false);
    }
  }
}
