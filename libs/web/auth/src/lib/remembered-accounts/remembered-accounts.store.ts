import { Injectable, computed, signal } from '@angular/core';

/** What "Change user" remembers about an account: who it is, never how to get in. */
export interface RememberedAccount {
  displayName: string;
  email: string;
}

export const REMEMBERED_ACCOUNTS_KEY = 'manager.rememberedAccounts';
const MAX_ACCOUNTS = 10;

/**
 * The accounts used on this device, most recent first, kept in localStorage so the list survives
 * reloads and logouts. Only a display name and an email are ever written — the store copies those
 * two strings out of whatever it is given, so a password or token can never end up on disk by
 * accident, and anything else found in storage is dropped on read.
 */
@Injectable({ providedIn: 'root' })
export class RememberedAccountsStore {
  private readonly state = signal<readonly RememberedAccount[]>(read());

  readonly accounts = this.state.asReadonly();
  readonly isEmpty = computed(() => this.state().length === 0);

  /** Records a successful login; an email already listed moves to the top with its new name. */
  record(account: RememberedAccount): void {
    const entry = { displayName: String(account.displayName).trim(), email: String(account.email).trim() };
    if (!entry.email) return;
    const key = entry.email.toLowerCase();
    const next = [entry, ...this.state().filter((a) => a.email.toLowerCase() !== key)].slice(0, MAX_ACCOUNTS);
    this.commit(next);
  }

  /** Forgets one account on this device (case-insensitive email). */
  remove(email: string): void {
    const key = email.trim().toLowerCase();
    this.commit(this.state().filter((a) => a.email.toLowerCase() !== key));
  }

  private commit(accounts: RememberedAccount[]): void {
    this.state.set(accounts);
    try {
      localStorage.setItem(REMEMBERED_ACCOUNTS_KEY, JSON.stringify(accounts));
    } catch {
      // Storage full or disabled (private mode): the list just lives for this page.
    }
  }
}

function read(): RememberedAccount[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(REMEMBERED_ACCOUNTS_KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    const seen = new Set<string>();
    const accounts: RememberedAccount[] = [];
    for (const item of raw) {
      if (!item || typeof item !== 'object') continue;
      const { displayName, email } = item as Record<string, unknown>;
      if (typeof email !== 'string' || !email || typeof displayName !== 'string') continue;
      if (seen.has(email.toLowerCase())) continue;
      seen.add(email.toLowerCase());
      accounts.push({ displayName, email });
    }
    return accounts.slice(0, MAX_ACCOUNTS);
  } catch {
    return [];
  }
}
