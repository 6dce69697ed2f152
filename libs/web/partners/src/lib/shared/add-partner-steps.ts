import type { BillingOwner, PartnershipAccess } from '@manager/domain';
import { scopeProblem } from './scope-selection';

/** The steps of "Add a partner", as the reference Manager orders them. */
export type AddPartnerStep = 'partner' | 'access' | 'scope' | 'review' | 'sent';

export interface AddPartnerState {
  partnerId: string | null;
  access: PartnershipAccess | null;
  productIds: readonly string[];
  billingOwner: BillingOwner | null;
  /** `<input type="date">` value; empty for none. */
  endsOn: string;
}

export const ADD_PARTNER_STEPS: readonly AddPartnerStep[] = ['partner', 'access', 'scope', 'review'];

/** Why "Continue" cannot go on from a step, or null. */
export function stepProblem(step: AddPartnerStep, state: AddPartnerState, today = todayDateInput()): string | null {
  switch (step) {
    case 'partner':
      return state.partnerId ? null : $localize`:@@partners.addPartner.problem.selectPartner:Select a partner in the search results.`;
    case 'access':
      return state.access ? null : $localize`:@@partners.scope.problem.chooseAccess:Choose limited or complete access.`;
    case 'scope':
      return scopeProblem(state);
    case 'review':
      if (state.endsOn && state.endsOn <= today) return $localize`:@@partners.addPartner.problem.endDateInPast:The end date must be in the future.`;
      return stepProblem('partner', state) ?? scopeProblem(state);
    case 'sent':
      return null;
  }
}

export function nextStep(step: AddPartnerStep): AddPartnerStep {
  const i = ADD_PARTNER_STEPS.indexOf(step);
  return i < 0 || i === ADD_PARTNER_STEPS.length - 1 ? 'sent' : ADD_PARTNER_STEPS[i + 1];
}

export function previousStep(step: AddPartnerStep): AddPartnerStep {
  const i = ADD_PARTNER_STEPS.indexOf(step);
  return i <= 0 ? 'partner' : ADD_PARTNER_STEPS[i - 1];
}

/**
 * The step titles. The third step is the products (LIMITED) or the payment method (COMPLETE): its
 * title names both, so it does not change under the reader's eyes when the access is chosen.
 */
export const ADD_PARTNER_STEP_TITLES: Readonly<Record<Exclude<AddPartnerStep, 'sent'>, string>> = {
  get partner() {
    return $localize`:@@partners.addPartner.step.partner:Partner`;
  },
  get access() {
    return $localize`:@@partners.addPartner.step.access:Access`;
  },
  get scope() {
    return $localize`:@@partners.addPartner.step.scope:Products or payment`;
  },
  get review() {
    return $localize`:@@partners.addPartner.step.review:Check and send`;
  },
};

function todayDateInput(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
