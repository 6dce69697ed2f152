import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  AcceptMemberInvitationDocument,
  DeclineMemberInvitationDocument,
  InvitationPreviewDocument,
  InvitationPreviewQuery,
  MeDocument,
  ThemeService,
  apiError,
  pageQuery,
} from '@manager/web-data-access';
import { LocalDatePipe, PageStateView, PublicPage, applyServerError, errorField } from '@manager/web-ui';
import { NewPasswordField } from '@manager/web-ui/password';
import { Apollo } from 'apollo-angular';
import { catchError, firstValueFrom, forkJoin, map, of } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { MemberRolePipe } from '../members/member-role';
import { UNREACHABLE } from '../unreachable';
import { invitationMode } from './invitation-mode';

type Preview = NonNullable<InvitationPreviewQuery['invitationPreview']>;

/**
 * Where an invitation email leads (`/invitations/accept?token=…`, public). A new person creates
 * the account here; an existing account accepts once signed in as the invited email.
 */
@Component({
  selector: 'mgr-accept-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatAnchor,
    Icon,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    PublicPage,
    PageStateView,
    MemberRolePipe,
    LocalDatePipe,
    NewPasswordField,
  ],
  templateUrl: './accept-invitation.page.html',
  styleUrl: './accept-invitation.page.scss',
})
export class AcceptInvitationPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  /** `?token=` from the email link. */
  readonly token = input<string>();

  protected readonly page = pageQuery({
    key: () => this.token(),
    fetch: (token) =>
      forkJoin({
        preview: this.apollo.query({ query: InvitationPreviewDocument, variables: { token }, fetchPolicy: 'network-only' }),
        // Not signed in is an answer too: the page then offers to create the account.
        me: this.apollo.query({ query: MeDocument, fetchPolicy: 'network-only' }).pipe(catchError(() => of(null))),
      }).pipe(
        map(({ preview, me }) => {
          const invitation = preview.data?.invitationPreview;
          return invitation ? { invitation, signedInEmail: me?.data?.me?.email ?? null } : null;
        }),
      ),
  });
  protected readonly preview = computed<Preview | null>(() => this.page.data()?.invitation ?? null);
  protected readonly signedInEmail = computed(() => this.page.data()?.signedInEmail ?? null);
  protected readonly submitting = signal<'accept' | 'decline' | null>(null);
  /** The organization's name once the invitation is declined. */
  protected readonly declined = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected readonly mode = computed(() => {
    const p = this.preview();
    return p ? invitationMode(p, this.signedInEmail()) : null;
  });
  protected readonly loginLink = computed(() => {
    const p = this.preview();
    return {
      email: p?.email ?? '',
      returnUrl: `/invitations/accept?token=${encodeURIComponent(this.token() ?? '')}`,
    };
  });

  protected readonly form = new FormGroup({
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    // The password policy comes with <mgr-new-password-field>.
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  constructor() {
    inject(ThemeService).followSystem();
  }

  protected async accept(): Promise<void> {
    const token = this.token();
    const mode = this.mode();
    if (!token || this.submitting()) return;
    if (mode === 'create-account' && this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set('accept');
    this.error.set(null);
    const v = this.form.getRawValue();
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: AcceptMemberInvitationDocument,
          variables: {
            input: mode === 'create-account' ? { token, displayName: v.displayName.trim(), password: v.password } : { token },
          },
        }),
      );
      const organization = result.data?.acceptMemberInvitation.organization;
      if (!organization) throw new Error('acceptMemberInvitation returned nothing');
      // A new session (new account) or a new membership: start from a clean cache either way.
      await this.apollo.client.clearStore();
      await this.router.navigate(['/org', organization.id]);
    } catch (e) {
      const error = apiError(e);
      if (!error) this.error.set(UNREACHABLE);
      else if (!applyServerError(this.form, errorField(error.extensions), error.message)) this.error.set(error.message);
    } finally {
      this.submitting.set(null);
    }
  }

  protected async decline(organizationName: string): Promise<void> {
    const token = this.token();
    if (!token || this.submitting()) return;
    this.submitting.set('decline');
    this.error.set(null);
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: DeclineMemberInvitationDocument, variables: { input: { token } } }));
      this.declined.set(organizationName);
    } catch (e) {
      const error = apiError(e);
      // The link stopped working meanwhile (used, cancelled, expired): asking again shows it.
      if (error?.extensions['field'] === 'token') this.page.reload();
      else this.error.set(error?.message ?? UNREACHABLE);
    } finally {
      this.submitting.set(null);
    }
  }
}
