// The customer's path through <booking-page>, shared by the React and Vue example tests: whatever
// framework rendered the page, the customer does the same clicks and key presses.
import { expect, waitUntil } from '@open-wc/testing';
import type { BookingManage } from '../../src/elements/booking-manage/booking-manage.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import { BookingPagePage, deepQuery } from '../helpers/booking-page.page.js';

/** Service → first free time → details → consent → Book, on the sample clinic; ends on the confirmation. */
export async function bookFirstTime(el: BookingPage): Promise<BookingPagePage> {
  const page = new BookingPagePage(el);
  await page.waitForHeading('Choose a service');
  page.serviceButton('Dental cleaning').click();
  await page.waitForHeading('Choose a time');
  const times = await page.waitForTimes();
  times[0].click();
  await page.waitForHeading('Your details');
  await page.type('name', 'Mette Hansen');
  await page.type('emailAddress', 'mette@example.com');
  deepQuery<HTMLInputElement>(page.root, 'input[name="answer:first-visit"]')!.click();
  (page.field('consent') as HTMLInputElement).click();
  page.bookButton.click();
  await page.waitForHeading('You’re booked');
  expect(page.notice).to.equal('');
  return page;
}

/** Waits until <booking-manage> shows the booking. */
export async function waitForManage(manage: BookingManage): Promise<void> {
  await waitUntil(() => manage.shadowRoot?.querySelector('h3')?.textContent === 'Your booking', 'manage view loads', {
    timeout: 10000,
  });
}
