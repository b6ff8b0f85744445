// A service's price as customers read it on the booking page: one function for the page and for
// the back office, which shows staff exactly what customers will see.
import type { PriceType } from '../core/types.js';
import type { Messages } from './en.js';
import { formatCurrency } from './format.js';

export interface PricedService {
  defaultPrice?: number;
  defaultPriceType: PriceType;
  currency?: string;
}

/** What customers see for the price (`''`: no price is shown). */
export function customerPriceText(s: PricedService, businessCurrency: string, locale: string, m: Messages): string {
  const amount =
    s.defaultPrice === undefined ? '' : formatCurrency(s.defaultPrice, s.currency ?? businessCurrency, locale);
  switch (s.defaultPriceType) {
    case 'fixedPrice':
      return amount;
    case 'startingAt':
      return amount ? m.priceFrom(amount) : '';
    case 'hourly':
      return amount ? m.pricePerHour(amount) : '';
    case 'free':
      return m.priceFree;
    case 'priceVaries':
      return m.priceVaries;
    case 'callUs':
      return m.priceCallUs;
    default:
      return '';
  }
}
