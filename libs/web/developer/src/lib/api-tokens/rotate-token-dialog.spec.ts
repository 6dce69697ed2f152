import { importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { RotateApiTokenDocument } from '@manager/web-data-access';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { MatIconTestingModule, text, token } from '../testing/token-fixtures';
import { GRACE_PERIODS, RotateTokenDialog } from './rotate-token-dialog';

const SECRET = 'mgro_AbCdEfGhIjKlMnOpNEWSECRET0123456789abcdefghijklmnopqr12';

function setup() {
  const rotated = token({ lastRotatedAt: new Date().toISOString(), previousSecretValidUntil: new Date(Date.now() + 3 * 86_400_000).toISOString() });
  const mutate = jest.fn(() => of({ data: { rotateApiToken: { secret: SECRET, token: rotated } } }));
  const dialogRef = { close: jest.fn(), disableClose: false };
  TestBed.configureTestingModule({
    providers: [
      importProvidersFrom(MatIconTestingModule),
      { provide: Apollo, useValue: { mutate } },
      { provide: MAT_DIALOG_DATA, useValue: { token: token() } },
      { provide: MatDialogRef, useValue: dialogRef },
    ],
  });
  const fixture = TestBed.createComponent(RotateTokenDialog);
  fixture.detectChanges();
  return { fixture, mutate, dialogRef, rotated, el: fixture.nativeElement as HTMLElement };
}

describe('RotateTokenDialog', () => {
  it('offers 0 to 7 days of grace, none by default', () => {
    expect(GRACE_PERIODS.map((g) => g.days)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const { fixture } = setup();
    expect((fixture.componentInstance as unknown as { grace: { value: number } }).grace.value).toBe(0);
  });

  it('sends the grace period and the password, then shows the new secret once and cannot be closed by accident', async () => {
    const { fixture, mutate, dialogRef, rotated, el } = setup();
    const dialog = fixture.componentInstance as unknown as { grace: { setValue(v: number): void }; password: { setValue(v: string): void }; rotate(): Promise<void> };
    dialog.grace.setValue(3);
    dialog.password.setValue('my password');
    await dialog.rotate();
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ mutation: RotateApiTokenDocument, variables: { input: { tokenId: 't1', gracePeriodDays: 3, password: 'my password' } } }),
    );
    expect(text(el.querySelector('[data-testid=token-secret]'))).toBe(SECRET);
    expect(text(el)).toContain('you will not see it again');
    expect(dialogRef.disableClose).toBe(true);
    (Array.from(el.querySelectorAll('button')).find((b) => text(b) === 'Done') as HTMLButtonElement).click();
    expect(dialogRef.close).toHaveBeenCalledWith(rotated);
  });

  it('asks for the password before calling the API', async () => {
    const { fixture, mutate } = setup();
    await (fixture.componentInstance as unknown as { rotate(): Promise<void> }).rotate();
    expect(mutate).not.toHaveBeenCalled();
  });
});
