import { LOCALE_ID, Pipe, PipeTransform, inject } from '@angular/core';
import {
  MoneyValue,
  countryName,
  entityTypeLabel,
  formatInstant,
  formatLocalDate,
  formatMoney,
  productCategoryLabel,
  roleLabel,
} from './format';

@Pipe({ name: 'money' })
export class MoneyPipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);
  transform(value: MoneyValue): string {
    return formatMoney(value, this.locale);
  }
}

@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);
  transform(value: string): string {
    return formatLocalDate(value, this.locale);
  }
}

@Pipe({ name: 'countryName' })
export class CountryNamePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);
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

/** `{{ createdAt | instant }}` → "1 Mar 2026, 15:05"; `{{ createdAt | instant: false }}` → date only. */
@Pipe({ name: 'instant' })
export class InstantPipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);
  transform(value: string | null | undefined, withTime = true): string {
    return value ? formatInstant(value, this.locale, withTime) : '';
  }
}
