import { Pipe, PipeTransform } from '@angular/core';
import { MoneyValue, formatSignedMoney } from './money';

/** `{{ entry.amount | signedMoney }}` → "+CHF 50.00" / "-CHF 12.00". */
@Pipe({ name: 'signedMoney' })
export class SignedMoneyPipe implements PipeTransform {
  transform(value: MoneyValue | null | undefined): string {
    return value ? formatSignedMoney(value) : '';
  }
}
