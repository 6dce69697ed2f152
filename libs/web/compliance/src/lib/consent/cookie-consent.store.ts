import { Injectable, computed, signal } from '@angular/core';
import { RecordCookieConsentDocument, postGraphql } from '@manager/web-data-access/fetch';
import { type CookiePolicy, operatorFacts } from '../operator/operator-facts';

export interface CookieDecision {
  version: string;
  /** Optional category id → granted. */
  choices: Record<string, boolean>;
  /** ISO time of the decision: it holds `validityMonths`, then the dialog asks again. */
  decidedAt: string;
  source: 'DIALOG' | 'GPC';
  /** Recorded on the account of whoever was signed in; a decision made signed out is recorded at the next sign-in. */
  recorded?: boolean;
}

/**
 * Kept in this browser's localStorage, not in a cookie: it is read only here, so nothing is sent
 * with every request, and the cookie jar holds the session cookie alone (the one strictly
 * necessary cookie). A key of its own, removed when it expires.
 */
const STORAGE_KEY = 'mgr.cookie-consent';

function readStored(): CookieDecision | null {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as CookieDecision | null;
    return value && typeof value.version === 'string' && typeof value.decidedAt === 'string' && value.choices ? value : null;
  } catch {
    return null;
  }
}

/** Whether the browser sends Global Privacy Control: a refusal of every optional category. */
export function globalPrivacyControl(): boolean {
  return (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
}

/** A decision still holds: same version as the policy, and younger than its validity. */
export function decisionHolds(decision: CookieDecision | null, policy: CookiePolicy, now = new Date()): decision is CookieDecision {
  if (!decision || decision.version !== policy.version) return false;
  const expires = new Date(decision.decidedAt);
  expires.setMonth(expires.getMonth() + policy.validityMonths);
  return expires > now;
}

/**
 * The person's cookie choices in this browser: what an operator's optional integration (analytics,
 * preferences) asks before it sets anything (`granted('analytics')`, false until chosen), what the
 * dialog shows, and where a decision is stored and, for someone signed in, recorded on the server.
 * No banner is ever shown by default: the product itself sets only the session cookie.
 */
@Injectable({ providedIn: 'root' })
export class CookieConsentStore {
  private readonly stored = signal<CookieDecision | null>(readStored());
  private readonly policy = signal<CookiePolicy | null>(null);

  /** The decision in force (null: none, expired, or made for other categories). */
  readonly decision = computed(() => {
    const policy = this.policy();
    const stored = this.stored();
    return policy && decisionHolds(stored, policy) ? stored : null;
  });

  /** Fail closed: false until the policy is known and the category was granted. */
  granted(category: string): boolean {
    return this.decision()?.choices[category] === true;
  }

  async loadPolicy(): Promise<CookiePolicy> {
    const policy = (await operatorFacts()).cookies;
    this.policy.set(policy);
    if (!decisionHolds(this.stored(), policy) && this.stored()) this.forget();
    return policy;
  }

  /**
   * At start: a browser that sends Global Privacy Control has refused every optional category,
   * recorded once like a choice in the dialog (nothing to ask when the operator enabled none).
   */
  async honourGlobalPrivacyControl(): Promise<void> {
    if (!globalPrivacyControl()) return;
    const policy = await this.loadPolicy();
    if (!policy.optionalCategories.length || this.decision()) return;
    await this.decide(policy, Object.fromEntries(policy.optionalCategories.map((c) => [c.id, false])), 'GPC');
  }

  /** Stores the choice here and, when someone is signed in, records it on their account. */
  async decide(policy: CookiePolicy, choices: Record<string, boolean>, source: 'DIALOG' | 'GPC'): Promise<void> {
    const decision: CookieDecision = { version: policy.version, choices, decidedAt: new Date().toISOString(), source, recorded: false };
    this.store(decision);
    this.policy.set(policy);
    await this.record(policy, decision);
  }

  /**
   * In the signed-in frame: a decision this browser made while nobody was signed in (the Global
   * Privacy Control refusal on the login page, a choice on a public page) is recorded now.
   */
  async recordIfPending(): Promise<void> {
    if (!this.stored() || this.stored()?.recorded) return;
    const policy = await this.loadPolicy();
    const decision = this.decision();
    if (decision && !decision.recorded) await this.record(policy, decision);
  }

  private async record(policy: CookiePolicy, decision: CookieDecision): Promise<void> {
    try {
      await postGraphql(RecordCookieConsentDocument, {
        input: {
          version: policy.version,
          source: decision.source,
          choices: policy.optionalCategories.map((c) => ({ category: c.id, granted: decision.choices[c.id] === true })),
        },
      });
      this.store({ ...decision, recorded: true });
    } catch {
      // Not signed in (UNAUTHENTICATED), or offline: the choice holds in this browser all the same.
    }
  }

  private store(decision: CookieDecision): void {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(decision));
    } catch {
      // Storage refused (private mode): the choice holds for this page only.
    }
    this.stored.set(decision);
  }

  private forget(): void {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored.
    }
    this.stored.set(null);
  }
}
