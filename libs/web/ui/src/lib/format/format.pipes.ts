import { Pipe, PipeTransform, inject } from '@angular/core';
import { DISPLAY_LOCALE } from './display-locale';
import {
  MoneyValue,
  countryName,
  entityTypeLabel,
  formatDate,
  formatDaysFromToday,
  formatMoney,
  formatRelative,
  localizeText,
  productCategoryLabel,
  roleLabel,
} from './format';

/** `{{ price | money }}` → "CHF 129.50"; `{{ entry.amount | money: 'signed' }}` → "+CHF 50.00" / "-CHF 12.00". */
@Pipe({ name: 'money' })
export class MoneyPipe implements PipeTransform {
  private readonly locale = inject(DISPLAY_LOCALE);
  transform(value: MoneyValue | null | undefined, sign?: 'signed'): string {
    return value ? formatMoney(value, this.locale, { signed: sign === 'signed' }) : '';
  }
}

/**
 * `{{ product.renewalDate | localDate }}` → "Mar 1, 2026"; `{{ event.createdAt | localDate: 'time' }}`
 * → "Mar 1, 2026, 3:05 PM" (an instant, in the browser's time zone).
 */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  private readonly locale = inject(DISPLAY_LOCALE);
  transform(value: string | null | undefined, time?: 'time'): string {
    return value ? formatDate(value, this.locale, { time: time === 'time' }) : '';
  }
}

/**
 * `{{ token.expiresAt | relativeTime }}` → "in 89 days"; `{{ token.lastUsedAt | relativeTime }}` →
 * "5 minutes ago". Pure: worked out when the value changes, which is what a list that reloads needs.
 */
@Pipe({ name: 'relativeTime' })
export class RelativeTimePipe implements PipeTransform {
  private readonly locale = inject(DISPLAY_LOCALE);
  transform(value: string | null | undefined): string {
    return value ? formatRelative(value, this.locale) : '';
  }
}

/** `{{ product.renewalDate | daysFromToday }}` → "in 12 days", "today", "3 days ago". */
@Pipe({ name: 'daysFromToday' })
export class DaysFromTodayPipe implements PipeTransform {
  private readonly locale = inject(DISPLAY_LOCALE);
  transform(value: string | null | undefined): string {
    return value ? formatDaysFromToday(value, this.locale) : '';
  }
}

/** `{{ entry.description | localText }}`: a sentence of the API with its dates and amounts in the reader's locale. */
@Pipe({ name: 'localText' })
export class LocalTextPipe implements PipeTransform {
  private readonly locale = inject(DISPLAY_LOCALE);
  transform(value: string | null | undefined): string {
    return value ? localizeText(value, this.locale) : '';
  }
}

@Pipe({ name: 'countryName' })
export class CountryNamePipe implements PipeTransform {
  private readonly locale = inject(DISPLAY_LOCALE);
  transform(value: string): string {
    return countryName(value, this.locale);
  }
}

@Pipe({ name: 'productCategory' })
export class ProductCategoryPipe implements PipeTransform {
  transform(value: string): string {
    return productCategoryLabel(value);
  }
}

@Pipe({ name: 'roleLabel' })
export class RoleLabelPipe implements PipeTransform {
  transform(value: string): string {
    return roleLabel(value);
  }
}

@Pipe({ name: 'entityType' })
export class EntityTypePipe implements PipeTransform {
  transform(value: string): string {
    return entityTypeLabel(value);
  }
}
