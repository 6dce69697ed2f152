import type { BillingOwner, PartnershipAccess } from '@manager/domain';

/** A product a LIMITED partnership can cover. */
export interface ScopeProduct {
  id: string;
  name: string;
  category: string;
}

/** One category of the picker: its products, and how many of them are ticked. */
export interface ScopeCategory {
  category: string;
  products: readonly ScopeProduct[];
  selectedCount: number;
}

/** What a partnership covers, as the forms edit it: LIMITED needs products, COMPLETE a billing owner. */
export interface ScopeChoice {
  access: PartnershipAccess | null;
  productIds: readonly string[];
  billingOwner: BillingOwner | null;
}

/** The part of the API inputs (grant, review, update) that says what is covered. */
export interface ScopeInput {
  access: PartnershipAccess;
  productIds?: string[];
  billingOwner?: BillingOwner;
}

/**
 * Products grouped by category (categories and products by name), with the ticked count of each,
 * so a category shows "2 of 5" whichever category is open: ticks are kept across categories.
 *
 * @example
 * groupByCategory([{ id: 'a', name: 'x.ch', category: 'DOMAIN' }], ['a'])[0].selectedCount; // 1
 */
export function groupByCategory(products: readonly ScopeProduct[], selectedIds: readonly string[]): ScopeCategory[] {
  const selected = new Set(selectedIds);
  const byCategory = new Map<string, ScopeProduct[]>();
  for (const product of products) {
    const list = byCategory.get(product.category) ?? [];
    list.push(product);
    byCategory.set(product.category, list);
  }
  return [...byCategory.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, list]) => {
      const sorted = [...list].sort((a, b) => a.name.localeCompare(b.name));
      return { category, products: sorted, selectedCount: sorted.filter((p) => selected.has(p.id)).length };
    });
}

/** Ticks or unticks one product, keeping every other tick (in any category). */
export function toggleProduct(selectedIds: readonly string[], productId: string, checked: boolean): string[] {
  const rest = selectedIds.filter((id) => id !== productId);
  return checked ? [...rest, productId] : rest;
}

/** Ticks or unticks all the products of one category, keeping the other categories' ticks. */
export function setCategory(selectedIds: readonly string[], category: ScopeCategory, checked: boolean): string[] {
  const inCategory = new Set(category.products.map((p) => p.id));
  const rest = selectedIds.filter((id) => !inCategory.has(id));
  return checked ? [...rest, ...category.products.map((p) => p.id)] : rest;
}

/** Why a scope cannot be sent yet, or null when it can. */
export function scopeProblem(choice: ScopeChoice): string | null {
  if (!choice.access) return $localize`:@@partners.scope.problem.chooseAccess:Choose limited or complete access.`;
  if (choice.access === 'LIMITED' && choice.productIds.length === 0) return $localize`:@@partners.scope.problem.chooseProduct:Choose at least one product.`;
  if (choice.access === 'COMPLETE' && !choice.billingOwner) return $localize`:@@partners.scope.problem.chooseBillingOwner:Choose who pays for orders and renewals.`;
  return null;
}

/**
 * The scope as the API takes it: LIMITED sends its products and no billing owner, COMPLETE its
 * billing owner and no products (the API refuses the other combinations).
 */
export function scopeInput(choice: ScopeChoice): ScopeInput {
  if (scopeProblem(choice) || !choice.access) throw new Error(scopeProblem(choice) ?? 'no access');
  return choice.access === 'LIMITED'
    ? { access: 'LIMITED', productIds: [...choice.productIds] }
    : { access: 'COMPLETE', billingOwner: choice.billingOwner as BillingOwner };
}

/**
 * A date from `<input type="date">` ("2026-05-31") as the end of that day in the browser's time
 * zone, the instant the API stores; empty gives null (no end date).
 */
export function endOfDayIso(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999).toISOString();
}

/** An instant as the value of `<input type="date">`, in the browser's time zone. */
export function toDateInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Tomorrow as a `<input type="date">` minimum: an end date lies in the future. */
export function tomorrowDateInput(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return toDateInput(d.toISOString());
}
